package extract

import (
	"strings"
	"unicode"
)

// garbled reports a question too broken to show: fewer than three words
// ("Which force?") ask nothing a reader can place.
func garbled(text string) bool {
	// counted as strings.Fields would, without building the list
	words, inWord := 0, false
	for _, r := range text {
		space := unicode.IsSpace(r)
		if !space && !inWord {
			if words++; words == 3 {
				return false
			}
		}
		inWord = !space
	}
	return true
}

// fieldCount is len(strings.Fields(s)), without building the list.
func fieldCount(s string) int {
	n, inField := 0, false
	for _, r := range s {
		space := unicode.IsSpace(r)
		if !space && !inField {
			n++
		}
		inField = !space
	}
	return n
}

// misbuilt reports a yes/no question whose subject slot holds a word no
// subject begins with: a preposition or an auxiliary ("Did in a
// statement overrun …", "Did have kill …", "Did among the weapons …"),
// the sign of a clause read from the wrong place.
func (lx *qlexicon) misbuilt(text string) bool {
	first, rest, ok := strings.Cut(text, " ")
	if !ok || !lx.aux.has(strings.ToLower(first)) {
		return false
	}
	second, rest, _ := strings.Cut(rest, " ")
	second = strings.ToLower(second)
	if second == "at" && strings.HasPrefix(rest, "least ") { // "Were at least 34 injured …"
		return false
	}
	// "Will around 80 personnel arrive", "Were over 100 killed": a count's
	// approximation, not a preposition
	if third, _, _ := strings.Cut(rest, " "); lx.prep.has(second) && (lx.isCount(strings.ToLower(third)) || third != "" && third[0] >= '0' && third[0] <= '9') {
		return false
	}
	// "Will including secret develop …" (a list's opener); "Will we send
	// …" (a speaker's own "we", which names no one)
	if second == "including" || second == "according" || second == "we" || second == "i" || second == "you" ||
		second == "what" || second == "which" || second == "whom" { // "Is what a shell" from "what is believed to be"
		return true
	}
	return lx.prep.has(second) || lx.aux.has(second) && second != "there" || lx.reflexive.has(second) || lx.beForm.has(second)
}

// tidyVoices keeps a question's credits to words that can name who
// speaks: "a statement from the port authority" is the authority's,
// "the coast guard yesterday" is the coast guard, and a verb or a
// preposition read as the speaker ("as addressing claims", "as been
// says") gives way to the plain credit its verb implies ("as claimed").
func (q *qctx) tidyVoices(p *phrased) {
	if p.creditBy != nil && !q.tidyVoice(p.creditBy) {
		p.credit, p.creditBy = plainCredit(p.creditBy.verb), nil
	}
	if p.counterBy != nil && !q.tidyVoice(p.counterBy) {
		p.counterBy = nil
	}
}

// tidyVoice trims v's speaker and reports whether one is left.
func (q *qctx) tidyVoice(v *voice) bool {
	words := strings.Fields(v.who.text)
	n := len(words)
	// "from the ministry", "by the army"; "alias Hemedti" (a name's
	// second half, after a comma)
	if len(words) > 1 && (words[0] == "from" || words[0] == "by" || words[0] == "alias") {
		words = words[1:]
	}
	for len(words) > 1 && q.lx.timeAdverb.has(strings.ToLower(words[len(words)-1])) {
		words = words[:len(words)-1]
	}
	if len(words) == 0 {
		return false
	}
	first := strings.ToLower(words[0])
	if q.lx.aux.has(first) || q.lx.beForm.has(first) || q.lx.prep.has(first) || q.lx.reflexive.has(first) {
		return false
	}
	if _, gerund := q.vb.gerundBase(first); gerund && words[0] == first {
		return false // "addressing", but not "Fighting Brigade"
	}
	if n != len(words) {
		v.who.text = strings.Join(words, " ")
	}
	return true
}

// plainCredit is the credit a verb of saying gives without a speaker.
func plainCredit(verb string) string {
	switch first, _, _ := strings.Cut(verb, " "); first {
	case "claims", "claim":
		return "as claimed"
	case "alleges", "allege", "accuses", "accuse":
		return "as alleged"
	}
	return "as reported"
}
