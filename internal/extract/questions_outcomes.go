package extract

import (
	"github.com/briefing-tools/briefing/internal/briefing"
)

// Outcomes still to come: what an inquiry will find, how fighting under
// way will end, whom a search goes after.

// askFindings asks what the inquiry named by word noun will find, and
// into what when the text says: "What will the investigation into the
// shooting find".
func (q *qctx) askFindings(noun int) phrased { return q.askFindingsOf(noun, "") }

// askFindingsOf is askFindings with a word that qualifies the inquiry
// ("the ongoing investigation").
func (q *qctx) askFindingsOf(noun int, qualifier string) phrased {
	ts := q.ts
	name := ts[noun].low
	if qualifier != "" {
		name = qualifier + " " + name
	}
	if from := noun + 1; from < len(ts) && ts[from].low == "into" {
		if end := q.nounEnd(ts, from+1); end > from+1 {
			// "into the loss of the aircraft": the "of" belongs to it
			for end+1 < len(ts) && ts[end].low == "of" && !ts[end-1].brk {
				e := q.nounEnd(ts, end+1)
				if e <= end+1 {
					break
				}
				end = e
			}
			name += " into " + q.nounPhrase(withDefinite(ts[from+1:end]))
		}
	}
	return phrased{core: "What will the " + name + " find", kind: briefing.Decision, unsourced: true}
}

// askOutcome asks how fighting still under way will end: "What will be
// the outcome of the fighting around the airport".
func (q *qctx) askOutcome(m cueMatch) (phrased, bool) {
	return phrased{core: "What will be the outcome of " + q.fightingNamed(m), kind: briefing.Unknown, unsourced: true}, true
}

// askDuration asks how long fighting only beginning will go on:
// "operations are just beginning" → "How long will the operations go on".
func (q *qctx) askDuration(m cueMatch) (phrased, bool) {
	return phrased{core: "How long will " + q.fightingNamed(m) + " go on", kind: briefing.Timing, unsourced: true}, true
}

// fightingNamed is the fighting a cue speaks of: the cue's first word,
// with what follows up to the verb ("the fighting around the airport"),
// and whom a search goes after.
func (q *qctx) fightingNamed(m cueMatch) string {
	ts := q.ts
	end := m.first + 1
	for end < m.last && !q.lx.aux.hasTok(&ts[end]) && ts[end].low != "remains" && ts[end].low != "remain" &&
		ts[end].low != "still" && !ts[end-1].brk {
		end++
	}
	np := ts[m.first:end]
	// "the clearing operation": the words between its article and it
	for k := m.first - 1; k >= 0 && k >= m.first-3; k-- {
		if q.lx.det.hasTok(&ts[k]) {
			np = ts[k+1 : end]
			break
		}
		if ts[k].brk || ts[k].cap || q.lx.prep.hasTok(&ts[k]) || q.lx.aux.hasTok(&ts[k]) || q.pastTense(ts[k].low) {
			break
		}
	}
	// "launched a counterattack near the dam, with clashes still
	// ongoing": the fighting is the deed the clause names
	if m.first > 1 && ts[m.first-1].low == "with" && ts[m.first-2].brk {
		for j := m.first - 2; j > 0; j-- {
			if q.lx.launch.hasTok(&ts[j]) && q.lx.det.hasTok(&ts[j-1]) {
				e := j + 1
				for e < m.first-1 && !ts[e-1].brk && !q.lx.timeWord.hasTok(&ts[e]) && !q.lx.timeOpener.hasTok(&ts[e]) {
					e++
				}
				return q.nounPhrase(withDefinite(ts[j-1 : e]))
			}
		}
	}
	text := "the " + q.nounPhrase(np)
	// (not "adding that operations …": "that" before a plural opens a clause)
	if m.first > 0 && q.lx.det.hasTok(&ts[m.first-1]) && !(ts[m.first-1].low == "that" && pluralNoun(&ts[m.first])) {
		text = q.nounPhrase(withDefinite(ts[m.first-1 : end]))
	}
	return text + q.huntTarget(m)
}

// huntTarget is whom a search launched goes after, as the words after
// its verb name them: "a search operation was launched on Tuesday to
// track down the gunmen" → " to track down the gunmen"; "… against the
// militants responsible" likewise. Fighting's outcome has none.
func (q *qctx) huntTarget(m cueMatch) string {
	ts := q.ts
	if w := ts[m.last].low; w != "launched" || ts[m.last].brk {
		return ""
	}
	j := m.last + 1
	// "on Tuesday", "late on Friday": when, not whom
	for j < len(ts) && (q.lx.timeOpener.hasTok(&ts[j]) || q.lx.timeWord.hasTok(&ts[j])) && !ts[j].brk {
		j++
	}
	if j+1 >= len(ts) || ts[j-1].brk && j > m.last+1 {
		return ""
	}
	switch ts[j].low {
	case "against", "for":
	case "to":
		if !q.vb.base.has(ts[j+1].low) {
			return ""
		}
	default:
		return ""
	}
	return " " + render(ts[j:q.clauseEnd(ts, j)])
}
