package extract

import (
	"github.com/briefing-tools/briefing/internal/briefing"
)

// findGroups finds groups named by a demonym and a collective noun.
func (a *analysis) findGroups() {
	for _, s := range a.states {
		if s.form != formDemonym {
			continue
		}
		next := s.last + 1
		if next >= len(a.words) || !a.words[next].soft || a.words[next].cap {
			continue
		}
		last := -1
		if next+1 < len(a.words) && a.lexicon.CollectivePhrases[a.lowerWord(next)+" "+a.lowerWord(next+1)] && a.words[next+1].soft {
			last = next + 1
		} else if a.is(next, lexCollective) {
			last = next
		}
		if last < 0 || !a.free(next, last) {
			continue
		}
		name := oneLine(a.spanText(s.first, last))
		a.addActor("group:"+a.normName(name), s.first, last, name, func(d *actorDraft) {
			d.name, d.kind, d.affiliation = name, briefing.Group, s.state
		})
	}
}
