package extract

import (
	"github.com/briefing-tools/briefing/internal/briefing"
)

// collectiveNouns, after a demonym, name a group of people that acts in
// its own right ("Iranian protesters", "North Korean troops").
var collectiveNouns = map[string]bool{
	"protesters": true, "protestors": true, "demonstrators": true, "civilians": true, "students": true,
	"activists": true, "militants": true, "rebels": true, "insurgents": true, "separatists": true,
	"troops": true, "soldiers": true, "marines": true, "sailors": true, "paratroopers": true, "commandos": true,
	"hackers": true, "refugees": true, "mercenaries": true, "volunteers": true, "fighters": true,
	"pilots": true, "crews": true, "dissidents": true, "opposition": true, "settlers": true, "gunmen": true,
	"militias": true, "militiamen": true, "reservists": true, "conscripts": true, "prisoners": true,
	"hostages": true, "detainees": true, "residents": true, "voters": true, "workers": true, "fishermen": true,
}

// collectivePhrases are two-word group nouns.
var collectivePhrases = map[string]bool{
	"security forces": true, "special forces": true, "assault groups": true, "assault units": true,
	"air defenders": true, "border guards": true, "riot police": true,
}

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
		if next+1 < len(a.words) && collectivePhrases[a.lowerWord(next)+" "+a.lowerWord(next+1)] && a.words[next+1].soft {
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
