package extract

import (
	"github.com/briefing-tools/briefing/internal/briefing"
)

// Bodies named in lower case after their owner ("Ukraine's general
// staff") and the rulers of a region ("Puntland authorities").

// findOwnedInstitutions finds institutions written in lower case after
// their owner: "Ukraine's general staff", "Sudan's regular army", "the
// Philippine military's western command". The owner is part of the name.
func (a *analysis) findOwnedInstitutions() {
	for i := 0; i+1 < len(a.words); i++ {
		// an owner is a possessive or a demonym, which has a capital
		if w := &a.words[i]; !w.possessive && !w.cap {
			continue
		}
		// without its "'s", an owner is a state's name or demonym
		if _, ok := a.stateWord.get(i); !ok && !a.words[i].possessive {
			continue
		}
		// "Ukraine's general staff"; "the Danish parliament"; "Kosovo
		// police" (a state whose name serves as its adjective)
		byName := a.isStateNameAt(i) && !a.words[i+1].cap && a.words[i+1].soft && a.gapText(i+1) == " " &&
			(a.lexicon.OwnedInstitutionHeads[a.lowerWord(i+1)] || a.isStateForces(i+1, i+1))
		if !a.words[i].possessive && !(a.isDemonym(i) && a.words[i+1].soft && a.gapText(i+1) == " ") && !byName {
			continue
		}
		owner, ownerFirst := "", -1
		if k, ok := a.stateWord.get(i); ok {
			owner, ownerFirst = a.states[k].state, a.states[k].first
		} else if d, _ := a.actorWord.get(i); d != nil && d.kind == briefing.Organization {
			owner = firstNonEmpty(d.affiliation, d.name)
			for _, m := range d.mentions {
				if m.last == i {
					ownerFirst = m.first
				}
			}
		}
		if owner == "" || ownerFirst < 0 {
			continue
		}
		last := -1
		for j := i + 1; j < len(a.words) && j <= i+3; j++ {
			// after the owner the gap holds its "'s"
			// after a possessive the institution may be capitalised
			// ("Sweden's Navy"); after a demonym that is a name of its own
			if a.words[j].cap && !a.words[i].possessive || a.taken[j] || !a.words[j].soft || j > i+1 && a.gapText(j) != " " {
				break
			}
			if a.lexicon.OwnedInstitutionHeads[a.lowerWord(j)] || j == i+1 && a.isStateForces(j, j) ||
				j > i+1 && a.lexicon.OwnedInstitutionPhrases[a.lowerWord(j-1)+" "+a.lowerWord(j)] {
				last = j
			}
		}
		// "under Bulgarian command": who leads, not a body of its own
		if last < 0 || byName && last != i+1 || last == i+1 && a.lowerWord(last) == "command" && ownerFirst > 0 && a.lowerWord(ownerFirst-1) == "under" {
			continue
		}
		// "Japan's chief cabinet secretary", "a Kosovar Albanian police
		// officer", "Serbia's recent military build-up": the head names an
		// office or describes a thing (not "the interior ministry
		// spokesman", who speaks for the ministry)
		if a.describesNounAfter(last) {
			continue
		}
		name := oneLine(a.spanText(ownerFirst, last))
		if _, isState := a.stateWord.get(i); isState && a.isStateForces(i+1, last) {
			// "Eritrean forces", "Colombia's armed forces": the state's
			// military as one body; the owner still names the state
			a.stateForces(owner, a.spanText(i+1, last), name, name, ownerFirst, last, "state-forces")
			continue
		}
		// "the Danish parliament": the demonym is part of the name, not a
		// mention of the state of its own
		first := i + 1
		if !a.words[i].possessive {
			a.releaseState(i)
			first = ownerFirst
		}
		var d *actorDraft
		if k, ok := a.countryOrg(owner, a.spanText(i+1, last)); ok {
			d = a.addActor(a.ix.orgKeys[k], first, last, oneLine(a.spanText(first, last)), func(d *actorDraft) {
				o := &a.g.Organizations[k]
				d.name, d.kind, d.affiliation, d.why.Rule = o.Name, o.actorKind(), o.Country, "country-institution"
			})
		} else {
			d = a.addActor("org:"+a.normName(name), first, last, oneLine(a.spanText(first, last)), func(d *actorDraft) {
				d.name, d.kind, d.affiliation, d.why.Rule = name, briefing.Organization, owner, "owned-institution"
			})
		}
		a.addOwnerForms(d, owner, a.spanText(i+1, last))
	}
}

// findRegionalAuthorities finds the rulers of a region the gazetteer
// does not hold as a state: "Puntland authorities", "Kherson officials".
// The region's name is the actor's alias.
func (a *analysis) findRegionalAuthorities() {
	for _, c := range a.capitals {
		i := int(c)
		next := i + 1
		officeAfter := func() bool {
			for k := next; k < len(a.words) && k <= next+1 && !a.words[k].cap; k++ {
				if a.is(k, lexRoleNoun) || a.lexicon.OwnedInstitutionHeads[a.lowerWord(k)] {
					return true
				}
			}
			return false
		}
		if next < len(a.words) && a.words[i].possessive && !a.taken[i] && !a.words[i].upper && a.words[i].id < 0 &&
			!a.is(i, lexNotName) && officeAfter() {
			// "Jubaland's security minister": an unknown name that owns a
			// government's office is a government
			name := oneLine(a.spanText(i, i))
			a.addActor("org:"+a.normName(name), i, i, name, func(d *actorDraft) {
				d.name, d.kind, d.why.Rule = name, briefing.Organization, "regional-authority"
			})
			continue
		}
		// "Somaliland said …": a region that speaks is its government
		if _, place := a.placeStart.get(i); place && next < len(a.words) && !a.words[next].cap && !a.words[i].possessive && a.gapText(next) == " " &&
			a.lexicon.SpeechVerbs[a.lowerWord(next)] && a.regionAt(i) {
			region := oneLine(a.spanText(i, i))
			a.addActor("org:"+a.normName(region), i, i, region, func(d *actorDraft) {
				d.name, d.kind, d.why.Rule = region, briefing.Organization, "regional-authority"
			})
			continue
		}
		if next >= len(a.words) || a.words[next].cap || a.taken[next] || a.words[i].upper || a.words[i].possessive ||
			a.gapText(next) != " " || !a.lexicon.AuthorityNouns[a.lowerWord(next)] {
			continue
		}
		// a known place, or a capitalised word inside a sentence the
		// gazetteer does not know ("Local authorities" opens one)
		_, place := a.placeStart.get(i)
		atStart := i == 0 || a.gapHas(i, gapPeriod)
		if !place && (a.taken[i] || atStart || a.is(i, lexNotName|lexRoleNoun) || a.rankAt(i) || a.words[i].id >= 0) {
			continue
		}
		if place {
			if k, _ := a.placeStart.get(i); a.places[k].last != i {
				continue
			}
		}
		region := oneLine(a.spanText(i, i))
		name := oneLine(a.spanText(i, next))
		d := a.addActor("org:"+a.normName(name), i, next, name, func(d *actorDraft) {
			d.name, d.kind, d.why.Rule = name, briefing.Organization, "regional-authority"
		})
		d.surfaces.add(region, a.normName)
	}
}

// describesNounAfter reports an institution's name ending at word last
// that only describes the noun after it: "Serbia's recent military
// build-up", "host Russian military bases", "a Kosovar police officer".
func (a *analysis) describesNounAfter(last int) bool {
	n := last + 1
	return n < len(a.words) && !a.words[n].cap && a.words[n].soft && a.gapText(n) == " " &&
		(a.lexicon.InstitutionModifierNouns[a.lowerWord(n)] || n+1 < len(a.words) && a.gapText(n+1) == "-")
}
