package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// match is a run of words that names one or more gazetteer entries.
// gazetteerMatches is the second stage's result: the gazetteer's names
// found in a window's words, and where each starts and ends.
type gazetteerMatches struct {
	matches []match
	// at maps a word to the match that starts there, or -1.
	at    []int
	endAt indexByWord // last word of a match → match
}

// find matches the gazetteer against the words of t.
func (m *gazetteerMatches) find(g *Gazetteer, t *textView) {
	n := len(t.words)
	m.endAt.reset(n)
	m.at = slices.Grow(m.at[:0], n)[:n]
	if n > 0 {
		// -1 everywhere, doubling what is set
		m.at[0] = -1
		for k := 1; k < n; k *= 2 {
			copy(m.at[k:], m.at[:k])
		}
	}
	m.matches = g.index.matchWords(t.text, t.words, m.matches)
	m.matches = joinFamilyMatches(g, t.words, m.matches)
	for i, x := range m.matches {
		m.at[x.first] = i
		m.endAt.set(x.last, i)
	}
}

type match struct {
	first, last int // word indexes, inclusive
	refs        []ref
}

// matchWords finds, left to right, the longest gazetteer match at each
// word whose case fits the surface form.
func (ix *index) matchWords(text string, words []word, out []match) []match {
	out = out[:0]
	// candidate ends of the current walk and their trie nodes
	var ends [8]int
	var nodes [8]int32
	for i := 0; i < len(words); {
		if words[i].lex&lexBeginsForm == 0 {
			i++
			continue
		}
		node := int32(0)
		n := 0
		for j := i; j < len(words) && (j == i || words[j].soft) && words[j].id >= 0; j++ {
			child, ok := ix.child(node, words[j].id)
			if !ok && words[j].alt >= 0 {
				child, ok = ix.child(node, words[j].alt)
			}
			if !ok {
				break
			}
			node = child
			if ix.terminal(node) && n < len(ends) {
				ends[n], nodes[n] = j, node
				n++
			}
		}
		matched := false
		for k := n - 1; k >= 0 && !matched; k-- {
			refs := ix.fitting(text, words[i:ends[k]+1], ix.nodeRefs(nodes[k]))
			if len(refs) > 0 {
				out = append(out, match{first: i, last: ends[k], refs: refs})
				i = ends[k] + 1
				matched = true
			}
		}
		if !matched {
			i++
		}
	}
	return out
}

// fitting keeps the refs whose surface form allows the case of the text:
// short capitalised forms (US, IDF, Su-24) need their capitals; proper
// names need a capital first letter, except generic nouns.
func (ix *index) fitting(text string, ws []word, refs []ref) []ref {
	span := text[ws[0].start:ws[len(ws)-1].end]
	dotAfter := int(ws[len(ws)-1].end) < len(text) && text[ws[len(ws)-1].end] == '.'
	fits := func(r ref) bool {
		// "Gen." is a rank; "Gen Nakatani" is a name, but "Gen
		// Abdourahmane Tchiani" a rank before a full name
		if r.kind == kindRank && strings.HasSuffix(r.surface, ".") && !dotAfter && !twoNameWordsAt(text, int(ws[len(ws)-1].end)) {
			return false
		}
		return ix.caseFits(r, span, ws[0])
	}
	fit := 0
	for _, r := range refs {
		if fits(r) {
			fit++
		}
	}
	if fit == len(refs) || fit == 0 {
		if fit == 0 {
			return nil
		}
		return refs
	}
	out := make([]ref, 0, fit)
	for _, r := range refs {
		if fits(r) {
			out = append(out, r)
		}
	}
	return out
}

func (ix *index) caseFits(r ref, span string, first word) bool {
	if r.short {
		return capitalsMatch(r.surface, span)
	}
	if r.kind == kindGeneric || r.kind == kindRank && len(span) > 4 {
		return true // "leader Kim Jong Un"; a name must follow, checked later
	}
	if first.cap || first.digit {
		return true
	}
	// a few state names are written in lower case by careless copy
	// ("against israel"); words that are also common nouns are not
	return r.kind == kindState && r.form == formName && len(span) >= 5 && !ix.commonNounStates[span]
}

// shortWithCapitals reports a short form that has capitals (at most four
// letters, such as "US", "U.S.", "IDF", "MoD").
func shortWithCapitals(surface string) bool {
	letters, hasUpper := 0, false
	for _, r := range surface {
		if unicode.IsLetter(r) {
			letters++
			hasUpper = hasUpper || unicode.IsUpper(r)
		}
	}
	return hasUpper && letters <= 4
}

// capitalsMatch checks that every capital letter of the form is a capital
// in the text, letter for letter.
func capitalsMatch(form, span string) bool {
	if titleCaseAcronym(form, span) {
		return true // "Nato", "Centcom": British style writes long acronyms so
	}
	j := 0
	for _, r := range span {
		if !unicode.IsLetter(r) {
			continue
		}
		var f rune
		for j < len(form) {
			c, size := utf8.DecodeRuneInString(form[j:])
			j += size
			if unicode.IsLetter(c) {
				f = c
				break
			}
		}
		if f == 0 {
			break
		}
		if unicode.IsUpper(f) && !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// titleCaseAcronym reports span as the title-case spelling of an
// acronym of four letters or more: "Nato" for NATO, "Isis" for ISIS.
func titleCaseAcronym(form, span string) bool {
	if len(form) < 4 || len(form) != len(span) || !noLower(form) || !isASCII(form) {
		return false
	}
	for i := 0; i < len(form); i++ {
		if form[i] < 'A' || form[i] > 'Z' {
			return false
		}
	}
	return span[0] == form[0] && span[1:] == strings.ToLower(form[1:])
}

func allSingleLetters(parts []string) bool {
	for _, p := range parts {
		if utf8.RuneCountInString(p) != 1 {
			return false
		}
	}
	return true
}

// joinFamilyMatches makes one mention of a type written next to its own
// variant ("F/A-18 Super Hornets", "E-2D Hawkeye"): the two matches
// become one, spanning both words and naming the variant, instead of
// counting the type and the variant as two assets.
func joinFamilyMatches(g *Gazetteer, words []word, matches []match) []match {
	out := matches[:0]
	for _, m := range matches {
		if n := len(out); n > 0 && out[n-1].last+1 == m.first && words[m.first].soft && !words[m.first].digit {
			prev := &out[n-1]
			if child, ok := variantOf(g, bestRef(prev.refs), bestRef(m.refs)); ok {
				prev.last = m.last
				prev.refs = []ref{child}
				continue
			}
		}
		out = append(out, m)
	}
	return out
}

// variantOf returns whichever of two platform references is the variant
// of the other.
func variantOf(g *Gazetteer, a, b ref) (ref, bool) {
	if a.kind != kindPlatform || b.kind != kindPlatform || a.index == b.index {
		return ref{}, false
	}
	pa, pb := &g.Platforms[a.index], &g.Platforms[b.index]
	switch {
	case pb.Parent != "" && pb.Parent == pa.Name:
		return b, true
	case pa.Parent != "" && pa.Parent == pb.Name:
		return a, true
	}
	return ref{}, false
}

// twoNameWordsAt reports two capitalised words, each of two letters or
// more, right after offset at: a first name and a surname.
func twoNameWordsAt(text string, at int) bool {
	for n := 0; n < 2; n++ {
		if at >= len(text) || text[at] != ' ' {
			return false
		}
		at++
		r, size := utf8.DecodeRuneInString(text[at:])
		if !unicode.IsUpper(r) {
			return false
		}
		at += size
		letters := 1
		for at < len(text) {
			r, size := utf8.DecodeRuneInString(text[at:])
			if !unicode.IsLetter(r) {
				break
			}
			at += size
			letters++
		}
		if letters < 2 {
			return false
		}
	}
	return true
}
