package extract

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefing-tools/briefing/internal/briefing"
)

// mentionAt is one mention of an actor or asset, by where it starts.
type mentionAt struct {
	start int
	actor *actorDraft
	asset *assetDraft
}

// indexMentions orders every mention found by position, so that the
// questions can find the items of a sentence by binary search. Mentions
// start at words, so a counting sort by first word orders them in one
// pass, actors before assets at the same word.
func (a *questionStage) indexMentions() {
	count := slices.Grow(a.mentionCount[:0], len(a.words)+1)[:len(a.words)+1]
	clear(count)
	total := 0
	for _, d := range a.actors {
		for _, m := range d.mentions {
			count[m.first+1]++
			total++
		}
	}
	for _, d := range a.assets {
		for _, m := range d.mentions {
			count[m.first+1]++
			total++
		}
	}
	for i := 1; i < len(count); i++ {
		count[i] += count[i-1]
	}
	a.mentionIdx = slices.Grow(a.mentionIdx[:0], total)[:total]
	place := func(first int, m mentionAt) {
		a.mentionIdx[count[first]] = m
		count[first]++
	}
	for _, d := range a.actors {
		for _, m := range d.mentions {
			place(m.first, mentionAt{start: int(a.words[m.first].start), actor: d})
		}
	}
	for _, d := range a.assets {
		for _, m := range d.mentions {
			place(m.first, mentionAt{start: int(a.words[m.first].start), asset: d})
		}
	}
	a.mentionCount = count
}

// mentionsIn returns the mentions starting in [start, end).
func (q *questionScratch) mentionsIn(start, end int) []mentionAt {
	lo := sort.Search(len(q.mentionIdx), func(i int) bool { return q.mentionIdx[i].start >= start })
	hi := sort.Search(len(q.mentionIdx), func(i int) bool { return q.mentionIdx[i].start >= end })
	return q.mentionIdx[lo:hi]
}

func (t *textView) isHeadingSentence(start, end int) bool {
	b, ok := t.doc.BlockAt(start)
	return ok && b.Kind == briefing.Heading && end <= b.End
}

// explicitQuestion cleans a question the text asks itself: "The
// question now is: will Islamabad respond?" → "Will Islamabad respond?".
func explicitQuestion(text string) string {
	text = strings.TrimRight(text, `"”’) `)
	if i := strings.LastIndex(text, ": "); i >= 0 && i < len(text)-3 {
		text = text[i+2:]
	}
	text = strings.TrimLeft(text, `-–—•*"“ `)
	return upperFirst(text)
}

// lastNamed returns the last person (or other kind) named up to the end
// of sentence s, by surname.
func (a *questionStage) lastNamed(s int, kind briefing.ActorKind) string {
	before := a.mentionsIn(0, a.sentences[s].End)
	for i := len(before) - 1; i >= 0; i-- {
		if d := before[i].actor; d != nil && d.kind == kind {
			// the whole name: which part is the surname differs from
			// country to country ("Hla Thein", "Kim Jong Un")
			return d.name
		}
	}
	return ""
}

// lastAsset returns the last specific asset named before sentence s.
func (a *questionStage) lastAsset(s int) string {
	before := a.mentionsIn(0, a.sentences[s].Start)
	for i := len(before) - 1; i >= 0; i-- {
		// "it": one thing, not a class, a kind of thing or a force of
		// several ("nine squadrons")
		if d := before[i].asset; d != nil && d.kind != "generic" && d.kind != "class" && !(d.kind == "unit" && d.quantity != "") {
			return strings.Replace("the "+d.name, "the USS ", "USS ", 1)
		}
	}
	return ""
}

// actorPhrase names an actor as a sentence would: states and
// organisations with the article their names take ("the Netherlands",
// "the Houthis"), groups with "the", people bare.
func (a *questionStage) actorPhrase(d *actorDraft) string {
	article := ""
	switch d.kind {
	case briefing.State:
		if i, ok := a.ix.states[a.normKey(d.name)]; ok {
			article = a.g.States[i].Article
		}
	case briefing.Organization, briefing.Group:
		if i, ok := a.ix.organizations.get(a.normKey(d.name)); ok && a.g.Organizations[i].Article != "" {
			article = a.g.Organizations[i].Article
		} else if strings.Contains(d.name, " ") && !strings.HasPrefix(d.name, "The ") || d.kind == briefing.Group {
			article = "the"
		}
	}
	return strings.TrimSpace(article + " " + d.name)
}

// subjectActor returns the first actor named in sentence s.
func (a *questionStage) subjectActor(s int) *actorDraft {
	for _, m := range a.mentionsIn(a.sentences[s].Start, a.sentences[s].End) {
		if m.actor != nil {
			return m.actor
		}
	}
	return nil
}

// topicOf names what sentence s (or the one before) is about: its first
// asset, else its first actor.
func (a *questionStage) topicOf(s int) string {
	for _, k := range []int{s, s - 1} {
		if k < 0 {
			continue
		}
		for _, m := range a.mentionsIn(a.sentences[k].Start, a.sentences[k].End) {
			if m.asset != nil {
				return m.asset.name
			}
		}
		if d := a.subjectActor(k); d != nil {
			return d.name
		}
	}
	return ""
}

// finish makes a phrase a question: a capital first letter, one space
// between words, a question mark at the end.
func finish(s string) string {
	s = strings.TrimRight(oneLine(s), " ,;:.!?-–—")
	if s == "" {
		return ""
	}
	r, size := utf8.DecodeRuneInString(s)
	var b strings.Builder
	b.Grow(len(s) + utf8.UTFMax + 1)
	b.WriteRune(unicode.ToUpper(r))
	b.WriteString(s[size:])
	b.WriteByte('?')
	return b.String()
}

// nearDuplicate finds a question that says nearly the same thing, by the
// overlap of their content words.
func nearDuplicate(known [][]int32, words []int32) int {
	for i, other := range known {
		common := commonCount(words, other)
		union := len(words) + len(other) - common
		if union > 0 && float64(common)/float64(union) >= 0.6 || common == len(words) && common >= 2 || common == len(other) && common >= 2 {
			return i
		}
	}
	return -1
}

// isStopWord reports a word that carries no meaning of its own.
func isStopWord(w string) bool {
	switch w {
	case "the", "a", "an", "of", "to", "in", "on", "and", "or",
		"will", "would", "is", "was", "did", "does", "be", "it",
		"for", "with", "at", "by", "that", "this", "has", "have",
		"as", "says", "say", "claims", "which", "were", "are", "do":
		return true
	}
	return false
}
