package extract

import (
	"github.com/briefing-tools/briefing/internal/briefing"
)

// Bodies named in lower case after their owner ("Ukraine's general
// staff") and the rulers of a region ("Puntland authorities").

// findOwned finds institutions written in lower case after
// their owner: "Ukraine's general staff", "Sudan's regular army", "the
// Philippine military's western command". The owner is part of the name.
func (og *orgStage) findOwned() {
	for i := 0; i+1 < len(og.words); i++ {
		// an owner is a possessive or a demonym, which has a capital
		if w := &og.words[i]; !w.possessive && !w.cap {
			continue
		}
		// without its "'s", an owner is a state's name or demonym
		if _, ok := og.stateWord.get(i); !ok && !og.words[i].possessive {
			continue
		}
		// "Ukraine's general staff"; "the Danish parliament"; "Kosovo
		// police" (a state whose name serves as its adjective)
		byName := og.isStateNameAt(i) && !og.words[i+1].cap && og.words[i+1].soft && og.gapText(i+1) == " " &&
			(og.lexicon.OwnedInstitutionHeads[og.lowerWord(i+1)] || og.isStateForces(i+1, i+1))
		if !og.words[i].possessive && !(og.isDemonym(i) && og.words[i+1].soft && og.gapText(i+1) == " ") && !byName {
			continue
		}
		owner, ownerFirst := "", -1
		if k, ok := og.stateWord.get(i); ok {
			owner, ownerFirst = og.states[k].state, og.states[k].first
		} else if d, _ := og.actorWord.get(i); d != nil && d.kind == briefing.Organization {
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
		for j := i + 1; j < len(og.words) && j <= i+3; j++ {
			// after the owner the gap holds its "'s"
			// after a possessive the institution may be capitalised
			// ("Sweden's Navy"); after a demonym that is a name of its own
			if og.words[j].cap && !og.words[i].possessive || og.taken[j] || !og.words[j].soft || j > i+1 && og.gapText(j) != " " {
				break
			}
			if og.lexicon.OwnedInstitutionHeads[og.lowerWord(j)] || j == i+1 && og.isStateForces(j, j) ||
				j > i+1 && og.lexicon.OwnedInstitutionPhrases[og.lowerWord(j-1)+" "+og.lowerWord(j)] {
				last = j
			}
		}
		// "under Bulgarian command": who leads, not a body of its own
		if last < 0 || byName && last != i+1 || last == i+1 && og.lowerWord(last) == "command" && ownerFirst > 0 && og.lowerWord(ownerFirst-1) == "under" {
			continue
		}
		// "Japan's chief cabinet secretary", "a Kosovar Albanian police
		// officer", "Serbia's recent military build-up": the head names an
		// office or describes a thing (not "the interior ministry
		// spokesman", who speaks for the ministry)
		if og.describesNounAfter(last) {
			continue
		}
		name := oneLine(og.spanText(ownerFirst, last))
		if _, isState := og.stateWord.get(i); isState && og.isStateForces(i+1, last) {
			// "Eritrean forces", "Colombia's armed forces": the state's
			// military as one body; the owner still names the state
			og.stateForces(owner, og.spanText(i+1, last), name, name, ownerFirst, last, "state-forces")
			continue
		}
		// "the Danish parliament": the demonym is part of the name, not a
		// mention of the state of its own
		first := i + 1
		if !og.words[i].possessive {
			og.releaseState(i)
			first = ownerFirst
		}
		var d *actorDraft
		if k, ok := og.countryOrg(owner, og.spanText(i+1, last)); ok {
			d = og.addActor(og.ix.orgKeys[k], first, last, oneLine(og.spanText(first, last)), func(d *actorDraft) {
				o := &og.g.Organizations[k]
				d.name, d.kind, d.affiliation, d.why.Rule = o.Name, o.actorKind(), o.Country, "country-institution"
			})
		} else {
			d = og.addActor("org:"+og.normName(name), first, last, oneLine(og.spanText(first, last)), func(d *actorDraft) {
				d.name, d.kind, d.affiliation, d.why.Rule = name, briefing.Organization, owner, "owned-institution"
			})
		}
		og.addOwnerForms(d, owner, og.spanText(i+1, last))
	}
}

// findRegionalAuthorities finds the rulers of a region the gazetteer
// does not hold as a state: "Puntland authorities", "Kherson officials".
// The region's name is the actor's alias.
func (og *orgStage) findRegionalAuthorities() {
	for _, c := range og.capitals {
		i := int(c)
		next := i + 1
		officeAfter := func() bool {
			for k := next; k < len(og.words) && k <= next+1 && !og.words[k].cap; k++ {
				if og.is(k, lexRoleNoun) || og.lexicon.OwnedInstitutionHeads[og.lowerWord(k)] {
					return true
				}
			}
			return false
		}
		if next < len(og.words) && og.words[i].possessive && !og.taken[i] && !og.words[i].upper && og.words[i].id < 0 &&
			!og.is(i, lexNotName) && officeAfter() {
			// "Jubaland's security minister": an unknown name that owns a
			// government's office is a government
			name := oneLine(og.spanText(i, i))
			og.addActor("org:"+og.normName(name), i, i, name, func(d *actorDraft) {
				d.name, d.kind, d.why.Rule = name, briefing.Organization, "regional-authority"
			})
			continue
		}
		// "Somaliland said …": a region that speaks is its government
		if _, place := og.placeStart.get(i); place && next < len(og.words) && !og.words[next].cap && !og.words[i].possessive && og.gapText(next) == " " &&
			og.inSet(next, setSpeechVerb) && og.regionAt(i) {
			region := oneLine(og.spanText(i, i))
			og.addActor("org:"+og.normName(region), i, i, region, func(d *actorDraft) {
				d.name, d.kind, d.why.Rule = region, briefing.Organization, "regional-authority"
			})
			continue
		}
		if next >= len(og.words) || og.words[next].cap || og.taken[next] || og.words[i].upper || og.words[i].possessive ||
			og.gapText(next) != " " || !og.lexicon.AuthorityNouns[og.lowerWord(next)] {
			continue
		}
		// a known place, or a capitalised word inside a sentence the
		// gazetteer does not know ("Local authorities" opens one)
		_, place := og.placeStart.get(i)
		atStart := i == 0 || og.gapHas(i, gapPeriod)
		if !place && (og.taken[i] || atStart || og.is(i, lexNotName|lexRoleNoun) || og.rankAt(i) || og.words[i].id >= 0) {
			continue
		}
		if place {
			if k, _ := og.placeStart.get(i); og.places[k].last != i {
				continue
			}
		}
		region := oneLine(og.spanText(i, i))
		name := oneLine(og.spanText(i, next))
		d := og.addActor("org:"+og.normName(name), i, next, name, func(d *actorDraft) {
			d.name, d.kind, d.why.Rule = name, briefing.Organization, "regional-authority"
		})
		d.surfaces.add(region, og.normName)
	}
}

// describesNounAfter reports an institution's name ending at word last
// that only describes the noun after it: "Serbia's recent military
// build-up", "host Russian military bases", "a Kosovar police officer".
func (og *orgStage) describesNounAfter(last int) bool {
	n := last + 1
	return n < len(og.words) && !og.words[n].cap && og.words[n].soft && og.gapText(n) == " " &&
		(og.lexicon.InstitutionModifierNouns[og.lowerWord(n)] || n+1 < len(og.words) && og.gapText(n+1) == "-")
}
