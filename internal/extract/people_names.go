package extract

import (
	"slices"
	"strings"
)

// The shape of a person's name: where it may start, where its words
// run to, and a quoted nickname inside it.

// startsName reports a capitalised, free word that may begin a name.
func (c *mentionCtx) startsName(i int) bool {
	if i < 0 || i >= len(c.words) {
		return false
	}
	w := c.words[i]
	return w.cap && !w.upper && !c.taken[i] && !c.is(i, lexNotName|lexInstitutionHead|lexInstitutionStart) &&
		!c.inSet(i, setGroupStarter) && // "Katiba Serma claimed …": a group
		!c.continuesName(i)
}

// initialsAt reports a person's initials written in capitals at word i,
// before the rest of the name: "AK Bharti", "MS Gill". No known name or
// acronym is initials.
func (c *mentionCtx) initialsAt(i int) bool {
	if i < 0 || i+1 >= len(c.words) {
		return false
	}
	w := c.words[i]
	return w.upper && w.end-w.start <= 3 && !c.taken[i] && c.at[i] < 0 && c.gapText(i+1) == " " && c.startsName(i+1)
}

// continuesName reports a capitalised word that continues a longer name
// through "of" or "for": "Ministry of Public Works", "Department of
// Foreign Affairs" hold no person.
func (c *mentionCtx) continuesName(i int) bool {
	if i < 2 || c.gapText(i) != " " || c.gapText(i-1) != " " {
		return false
	}
	k := i - 1
	if c.lowerWord(k) == "the" {
		k-- // "Kari Vik of the Socialist Left": a body after a name
	}
	if k < 1 || c.gapText(k) != " " {
		return false
	}
	w := c.lowerWord(k)
	return (w == "of" || w == "for") && c.words[k-1].cap
}

// personNameRun returns the last word of a person's name starting at
// first: one to four capitalised words, particles allowed inside.
func (c *mentionCtx) personNameRun(first int) int {
	last := c.wordRun(first, 5, personNameGaps, func(j int, gap string) runVerdict {
		w := c.words[j]
		switch {
		case j > first && strings.HasPrefix(gap, ".") && !c.middleInitial(j-1):
			return runStop // a full stop ends a name, but after an initial
		case c.is(j, lexInstitutionHead|lexInstitutionStart) || c.rankAt(j):
			return runStop // "State Secretary Claudiu Enache": a title, then the name
		case j > first && c.middleInitial(j):
			return runTake // "John W. Raymond"
		case w.cap && !c.taken[j] && !c.is(j, lexNotName) && !w.upper:
			return runTake
		case j > first && gap == "-" && !c.taken[j]:
			return runTake // "Lee Jae-myung", "Lai Ching-te"
		}
		return runStop
	})
	return c.nicknameInside(first, last)
}

// nicknameInside returns where a run of name words ends when a quoted
// nickname may sit inside it: "Issiaka “Wattao” Ouattara" is a name
// with the surname after the nickname; "Putin “Russia" is not, and ends
// before the quotation mark.
func (c *mentionCtx) nicknameInside(first, last int) int {
	open := -1
	for j := first + 1; j <= last; j++ {
		switch g := c.gapText(j); {
		case openQuoteGap(g):
			if open != -1 {
				return open - 1
			}
			open = j
		case closeQuoteGap(g):
			if open < 0 || j == open {
				return j - 1
			}
			open = -2 // closed, a surname follows
		}
	}
	if open >= 0 {
		return open - 1 // never closed, or nothing after it
	}
	if last-first >= 4 && open != -2 {
		return first + 3 // four words at most without a nickname
	}
	return last
}

// nameGaps join the words of a person's name; the quotation marks of a
// nickname inside it too (see nicknameInside).
var nameGaps = []string{" ", "-", " “", "” ", ` "`, `" `, " ‘", "’ ", " '", "' "}

// personNameGaps are nameGaps and the full stop after a middle initial
// ("John W. Raymond", "John W. “Jay” Raymond").
var personNameGaps = append([]string{". ", ". “", `. "`}, nameGaps...)

// middleInitial reports a single capital letter at word i followed by a
// full stop and a capitalised word: a middle initial.
func (c *mentionCtx) middleInitial(i int) bool {
	if i < 0 || i+1 >= len(c.words) || len(c.wordText(i)) != 1 || !c.words[i].upper || !c.words[i+1].cap {
		return false
	}
	return strings.HasPrefix(c.gapText(i+1), ". ")
}

// personName is the name written in words first..last without a quoted
// nickname inside it: "Issiaka “Wattao” Ouattara" is Issiaka Ouattara.
func (c *mentionCtx) personName(first, last int) string {
	var b strings.Builder
	quoted := false
	for j := first; j <= last; j++ {
		gap := c.gapText(j)
		switch {
		case j > first && openQuoteGap(gap):
			if !quoted && gap[0] == '.' {
				b.WriteByte('.') // "John W. “Jay” Raymond"
			}
			quoted = true
		case closeQuoteGap(gap):
			quoted = false
			gap = " "
		}
		if quoted {
			continue
		}
		if j > first {
			b.WriteString(gap)
		}
		b.WriteString(c.wordText(j))
	}
	return oneLine(b.String())
}

// runVerdict says what a word does to a run of name words.
type runVerdict int

const (
	runStop runVerdict = iota
	runTake
)

// wordRun returns the last word of a run of name words starting at first
// (first-1 when there is none): at most max words, each joined to the
// one before by one of gaps, each taken or refused by judge. A particle
// between two capitalised words ("Sejong the Great") sits inside; a
// possessive ends the run.
func (c *mentionCtx) wordRun(first, max int, gaps []string, judge func(j int, gap string) runVerdict) int {
	last := first - 1
	for j := first; j < len(c.words) && j-first < max; j++ {
		gap := c.gapText(j)
		// (a nickname's quotation marks: only a person's name run lists them)
		if j > first && (!c.words[j].soft && !openQuoteGap(gap) && !closeQuoteGap(gap) || !slices.Contains(gaps, gap)) {
			break
		}
		if j > first && c.is(j, lexParticle) && j+1 < len(c.words) && c.words[j+1].cap {
			continue
		}
		if judge(j, gap) != runTake {
			return last
		}
		last = j
		if c.words[j].possessive {
			return last
		}
	}
	return last
}
