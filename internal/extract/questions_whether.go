package extract

import (
	"slices"
	"strings"
)

// askWhether: "whether S will V" → "Will S V"; "whether to V" → "Will X V".
func askWhether(q *qctx, m cueMatch) (phrased, bool) {
	// an open alternative is nobody's claim: "it is unclear whether
	// Russia will retaliate, analysts said" asks "Will Russia retaliate?"
	p, ok := q.askWhether(m)
	p.unsourced = true
	return p, ok
}

func (q *qctx) askWhether(m cueMatch) (phrased, bool) {
	ts := q.ts
	// "could not confirm the attack, if it happened": a condition after a
	// clause, not what was left unconfirmed
	for j := m.first; j < m.last; j++ {
		if ts[j].brk {
			return phrased{}, false
		}
	}
	from := m.after()
	if from < len(ts) && ts[from].low == "or" && from+1 < len(ts) && ts[from+1].low == "not" {
		from += 2
	}
	if from >= len(ts) {
		return phrased{}, false
	}
	end := q.clauseEnd(ts, from)
	if ts[from].low == "to" {
		sub := q.mainSubject(m.first)
		if end-from < 2 {
			return phrased{}, false
		}
		if sub.text == "" {
			// "a decision on whether to arrest the crew is expected":
			// nobody named acts, the deed is asked in the passive
			return q.askPassive(ts, from+1, end)
		}
		return phrased{core: "Will " + sub.text + " " + render(ts[from+1:end])}, true
	}
	// "did not say if the gunmen had left": whether they have, as of now
	if k := q.finite(ts, from, end); k > from && ts[k].low == "had" && k+1 < end && ts[k+1].low != "been" {
		if _, ok := q.vb.participleBase(ts[k+1].low); ok {
			if sub := q.subjectOf(ts[from:k]); sub.text != "" {
				has := map[bool]string{true: "Have ", false: "Has "}[sub.plural]
				return phrased{core: has + sub.text + " " + render(ts[k+1:end])}, true
			}
		}
	}
	core := q.askClause(ts, from, end)
	return phrased{core: core}, core != ""
}

// pluralBefore is the last plural noun phrase before word k of the
// sentence ("tracked the drones, though …"), or nil.
func (q *qctx) pluralBefore(ts []tok, k int) []tok {
	for j := k - 1; j > 0; j-- {
		if pluralNoun(&ts[j]) && !ts[j].cap && (ts[j].brk || !pluralNoun(&ts[j+1])) {
			st := j
			for st > 0 && j-st < 5 && !q.lx.det.hasTok(&ts[st]) && !ts[st-1].brk && !q.pastTense(ts[st-1].low) &&
				!q.lx.pronoun.hasTok(&ts[st-1]) && !q.lx.prep.hasTok(&ts[st-1]) && !q.lx.aux.hasTok(&ts[st-1]) {
				st--
			}
			if q.lx.det.hasTok(&ts[st]) {
				np := slices.Clone(ts[st : j+1])
				np[len(np)-1].brk = false
				if np[0].low != "the" && np[0].low != "its" && np[0].low != "their" {
					np[0] = synth("the") // "several ships … any of them" → "any of the ships"
				}
				return np
			}
			return nil
		}
	}
	return nil
}

// askPassive: "arrest any of the crew members" → "Will any of the crew
// members be arrested".
func (q *qctx) askPassive(ts []tok, verb, end int) (phrased, bool) {
	if !q.vb.base.has(ts[verb].low) || verb+1 >= end {
		return phrased{}, false
	}
	from := verb + 1
	objEnd := q.nounEnd(ts, from)
	// "any of the 24 crew members": the partitive's noun too
	if objEnd < end && ts[objEnd].low == "of" {
		objEnd = q.nounEnd(ts, objEnd+1)
	}
	if objEnd <= from || objEnd > end {
		return phrased{}, false
	}
	return phrased{core: "Will " + render(ts[from:objEnd]) + " be " + q.vb.participleFor(ts[verb].low)}, true
}

// askPremature: "premature to say the stand-off is over" → "Is the
// stand-off over".
func askPremature(q *qctx, m cueMatch) (phrased, bool) {
	from := m.after()
	if from < len(q.ts) && (q.ts[from].low == "that" || q.ts[from].low == "whether" || q.ts[from].low == "if") {
		from++
	}
	if from >= len(q.ts) {
		return phrased{}, false
	}
	core := q.askClause(q.ts, from, q.clauseEnd(q.ts, from))
	return phrased{core: core}, core != ""
}

// whQuestion turns an indirect question starting at the wh-word ts[i]
// into a direct one: "how long it would stay" → "How long would it stay".
func (q *qctx) whQuestion(ts []tok, i, end int) string {
	wh := ts[i].low
	from := i + 1
	for from < end-1 && (ts[from].low == "exactly" || ts[from].low == "precisely" || ts[from].low == "just") {
		from++
	}
	// "how come they were": asks why, and keeps the clause's order
	if wh == "how" && from < end-1 && ts[from].low == "come" {
		wh = "why"
		from++
	}
	lead := []string{upperFirst(wh)}
	// "how or when it intends to …": both asked, the last leading
	if from+1 < end && (ts[from].low == "or" || ts[from].low == "and") && q.lx.wh.hasTok(&ts[from+1]) {
		wh = ts[from+1].low
		lead = []string{upperFirst(ts[i].low) + " and " + wh}
		from += 2
	}
	// "how many launchers", "how long", "which units", "what concessions"
	if from < end && (wh == "how" && (ts[from].low == "many" || ts[from].low == "much" || !q.lx.det.hasTok(&ts[from]) && !q.lx.pronoun.hasTok(&ts[from]) && !ts[from].cap) ||
		(wh == "which" || wh == "what" || wh == "whose") && !q.lx.aux.hasTok(&ts[from]) && !q.lx.det.hasTok(&ts[from])) {
		lead = append(lead, ts[from].w)
		from++
		// "how much of its missile stock survived": the partitive too
		if (lead[1] == "many" || lead[1] == "much") && from+1 < end && ts[from].low == "of" {
			lead = append(lead, ts[from].w)
			from++
			for from < end && q.finite(ts, from-1, from+1) < 0 && !ts[from-1].brk && !q.lx.aux.hasTok(&ts[from]) {
				if _, ok := q.vb.pastBase(ts[from].low); ok {
					break
				}
				lead = append(lead, ts[from].w)
				from++
			}
		}
		// "how many soldiers": the noun belongs to the wh-phrase
		if (lead[1] == "many" || lead[1] == "much" || wh != "how") && from < end && lead[len(lead)-1] != "of" && len(lead) == 2 {
			for from < end && !q.lx.aux.hasTok(&ts[from]) && !q.lx.det.hasTok(&ts[from]) && !q.lx.pronoun.hasTok(&ts[from]) && !ts[from-1].brk {
				// "how many separatist forces have died": before an
				// auxiliary, "forces" is the noun, not a verb
				if from+1 < end && q.lx.aux.hasTok(&ts[from+1]) && from > i+1 {
					lead = append(lead, ts[from].w)
					from++
					break
				}
				if q.finite(ts, from-1, from+1) >= 0 {
					break
				}
				if _, ok := q.vb.pastBase(ts[from].low); ok {
					break
				}
				lead = append(lead, ts[from].w)
				from++
			}
		}
	}
	if from >= end {
		if len(lead) > 1 {
			return strings.Join(lead, " ")
		}
		return ""
	}
	head := strings.Join(lead, " ")
	// "who carried out the attack", "how many were killed": the wh-phrase
	// is the subject
	if q.lx.aux.hasTok(&ts[from]) {
		if _, past := q.vb.pastBase(ts[from].low); wh == "who" || wh == "what" || len(lead) > 1 && (lead[1] == "many" || lead[1] == "much") || past {
			return head + " " + render(ts[from:end])
		}
	}
	if wh == "who" || wh == "what" || len(lead) > 1 && (lead[1] == "many" || lead[1] == "much") {
		if _, past := q.vb.pastBase(ts[from].low); past {
			return head + " " + render(ts[from:end])
		}
	}
	k := q.finite(ts, from, end)
	if k <= from {
		return head + " " + render(ts[from:end])
	}
	np := ts[from:k]
	if len(np) > 1 && (np[0].low == "that" || np[0].low == "this") {
		// "how that attack was carried out": the attack
		np = append([]tok{synth("the")}, np[1:]...)
	}
	sub := q.subjectOf(np)
	// "the ministry said …, without saying how it knew": the speaker
	if k == from+1 && q.lx.pronoun.hasTok(&ts[from]) {
		if at, ok := q.attribution(); ok {
			if src := q.sourceText(at.source); q.speaksOf(ts[from].low, src) {
				sub = src
			}
		}
	}
	inverted := q.yesNo(sub, ts[k:end])
	if inverted == "" {
		return head + " " + render(ts[from:end])
	}
	// the yes/no question's auxiliary follows the wh-phrase
	return head + " " + lowerFirstWord(inverted)
}

// lowerFirstWord lower-cases the first letter of an auxiliary.
func lowerFirstWord(s string) string {
	first, rest, _ := strings.Cut(s, " ")
	return strings.ToLower(first) + " " + rest
}
