package extract

import (
	"strings"

	"github.com/briefing-tools/briefing/internal/briefing"
)

// institutionHeads end the name of an organisation the gazetteer does
// not know ("Finnish Border Guard", "National Bureau of Investigation").
var institutionHeads = map[string]bool{
	"ministry": true, "command": true, "agency": true, "forces": true, "force": true, "guard": true,
	"corps": true, "council": true, "committee": true, "office": true, "service": true, "services": true,
	"department": true, "bureau": true, "directorate": true, "staff": true, "army": true, "navy": true,
	"fleet": true, "brigades": true, "brigade": true, "party": true, "front": true, "movement": true,
	"authority": true, "administration": true, "commission": true, "institute": true, "centre": true,
	"center": true, "maritime": true, "shipping": true, "lines": true, "organization": true,
	"organisation": true, "union": true, "alliance": true, "coalition": true, "police": true,
	"headquarters": true, "cabinet": true, "parliament": true, "assembly": true, "court": true,
	"intelligence": true, "relations": true, "group": true, "division": true, "regiment": true,
}

// institutionStarts begin such a name ("Ministry of Defence").
var institutionStarts = map[string]bool{
	"ministry": true, "office": true, "department": true, "bureau": true, "directorate": true,
	"operation": true, "council": true, "committee": true, "commission": true,
}

// findOrganizations finds organisations the gazetteer does not know, by
// the shape of their names, and acronyms defined in brackets after a name.
func (a *analysis) findOrganizations() {
	for i := 0; i < len(a.words); i++ {
		if a.taken[i] && !a.isDemonym(i) {
			continue
		}
		if !a.words[i].cap || notNameWords[a.lowerWord(i)] && !a.isDemonym(i) {
			continue
		}
		last := a.orgNameRun(i)
		if last <= i {
			continue
		}
		head, start := a.lowerWord(last), a.lowerWord(i)
		if a.isDemonym(i) {
			start = a.lowerWord(i + 1)
		}
		if !institutionHeads[head] && !institutionStarts[start] {
			continue
		}
		// "the Ministry" alone is no name
		if last-i < 1 || (a.isDemonym(i) && last == i+1 && !institutionHeads[head]) {
			continue
		}
		affiliation := ""
		if a.isDemonym(i) {
			affiliation = a.releaseState(i)
		} else if i > 0 && a.words[i-1].possessive {
			affiliation = a.ownerAt(i - 1)
		}
		name := strings.Join(strings.Fields(a.spanText(i, last)), " ")
		a.addActor("org:"+normalizeName(name), i, last, name, func(d *actorDraft) {
			d.name, d.kind, d.affiliation = name, briefing.Organization, affiliation
		})
		i = last
	}
	a.findAcronyms()
}

func (a *analysis) isDemonym(i int) bool {
	for _, s := range a.states {
		if s.first == i && s.last == i && s.form == formDemonym {
			return true
		}
	}
	return false
}

// releaseState removes the state mention at word i (it becomes part of
// an organisation's name) and returns the state.
func (a *analysis) releaseState(i int) string {
	for _, d := range a.actors {
		for k, m := range d.mentions {
			if m.first == i && m.last == i && d.kind == briefing.State {
				d.mentions = append(d.mentions[:k], d.mentions[k+1:]...)
				a.taken[i] = false
				return d.name
			}
		}
	}
	return ""
}

// orgNameRun returns the last word of a run of capitalised words from
// first, with "of", "for", "and", "the" allowed inside.
func (a *analysis) orgNameRun(first int) int {
	last := first
	for j := first + 1; j < len(a.words) && j-first < 7; j++ {
		if !a.words[j].soft || a.gapText(j) != " " || a.taken[j] {
			break
		}
		lw := a.lowerWord(j)
		if a.words[j].cap && !notNameWords[lw] {
			last = j
			if a.words[j].possessive {
				break
			}
			continue
		}
		if (lw == "of" || lw == "for" || lw == "and" || lw == "the") && j+1 < len(a.words) && a.words[j+1].cap {
			continue
		}
		break
	}
	return last
}

// findAcronyms links "(CENTCOM)"-style acronyms to the actor named just
// before them, then every later use of the acronym.
func (a *analysis) findAcronyms() {
	acronyms := map[string]*actorDraft{}
	for i := 1; i < len(a.words); i++ {
		w := a.words[i]
		if !w.upper || a.taken[i] || !strings.HasSuffix(a.gapText(i), "(") || !strings.HasPrefix(a.text[w.end:], ")") {
			continue
		}
		for _, d := range a.actors {
			if len(d.mentions) > 0 && d.kind == briefing.Organization && d.mentions[len(d.mentions)-1].last == i-1 {
				acronyms[a.wordText(i)] = d
			}
		}
	}
	if len(acronyms) == 0 {
		return
	}
	for i, w := range a.words {
		if w.upper && !a.taken[i] {
			if d, ok := acronyms[a.wordText(i)]; ok {
				a.addActor(d.key, i, i, a.wordText(i), func(*actorDraft) {})
			}
		}
	}
}
