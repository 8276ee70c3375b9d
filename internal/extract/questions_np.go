package extract

import (
	"strings"
)

// agentive reports a subject that can intend things: an actor or asset
// named, a pronoun, or a noun for people or forces.
func (q *qctx) agentive(np []tok) bool {
	np = q.trimSubject(np)
	if len(np) == 0 {
		return true // left unsaid: the clause's subject, checked elsewhere
	}
	h := q.head(np)
	if h.name || h.cap && q.properNoun(h) || q.lx.pronoun.hasTok(&h) && h.low != "this" && h.low != "that" {
		return true
	}
	return q.lx.agents.hasTok(&h) || q.lx.agents.has(strings.TrimSuffix(h.low, "s"))
}

// head returns the head word of a noun phrase: the last before a
// preposition ("strikes on refineries" → strikes), the noun after "of"
// when a quantity comes first ("some of the submarines" → submarines).
func (q *qctx) head(np []tok) tok {
	for i, t := range np {
		if i == 0 || !q.lx.prep.has(t.low) {
			continue
		}
		if t.low == "of" && (q.lx.det.hasTok(&np[i-1]) || q.lx.isCount(np[i-1].low) || np[i-1].low == "one") {
			continue
		}
		return np[i-1]
	}
	return np[len(np)-1]
}

// resolveFor resolves a pronoun subject of verb: "it could arrive" is
// the ship named last; other pronouns as resolve does.
func (q *qctx) resolveFor(pronoun, verb string) (subject, bool) {
	if pronoun == "it" {
		// "it could take weeks": no thing at all
		if !q.lx.assetVerb.has(verb) {
			return subject{}, false
		}
		if name := q.a.lastAsset(q.s); name != "" {
			return subject{text: name}, true
		}
	}
	return q.resolve(pronoun)
}

// matchAt matches cue c at word j of the sentence; it returns the last
// word of the match.
func (q *qctx) matchAt(c *qcue, j int) (int, bool) {
	ts := q.ts
	i := j
	for p := 0; p < len(c.pat); p++ {
		pt := &c.pat[p]
		if pt.gap {
			// the next pattern word within maxCueGap words, in the clause
			nextPat := &c.pat[p+1]
			found := -1
			for g := i; g < len(ts) && g <= i+maxCueGap; g++ {
				if nextPat.matchesNumber(q.a.cueNumber(&ts[g]), ts[g].low) {
					found = g
					break
				}
				if strings.IndexByte(ts[g].w, ';') >= 0 {
					break
				}
			}
			if found < 0 {
				return 0, false
			}
			i = found
			continue
		}
		if i >= len(ts) || !pt.matchesNumber(q.a.cueNumber(&ts[i]), ts[i].low) {
			return 0, false
		}
		if i > j && p > 0 && ts[i-1].brk && !c.pat[p-1].gap {
			return 0, false // a cue does not run over a comma
		}
		i++
	}
	return i - 1, true
}

func (lx *qlexicon) ruleIndex(name string) int {
	for i, r := range lx.rules {
		if r.name == name {
			return i
		}
	}
	return -1
}
