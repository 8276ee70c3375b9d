package extract

import (
	"slices"
	"strings"

	"github.com/briefing-tools/briefing/internal/briefing"
)

// A state body's generic name made one state's: "Armenian MoD", and
// "The Ministry of Defence (MINDEF)" in a text about Singapore.

// foreignBody makes "Armenian MoD" and "Armenia's Ministry of Defence"
// Armenia's ministry: a form the gazetteer gives one state's body (o),
// owned in the text by another state. It reports whether it did.
func (gz *gazetteerStage) foreignBody(m match, o *Organization) bool {
	i := m.first - 1
	if i < 0 || o.Country == "" || !gz.lexicon.StateBodyCategories[o.Category] {
		return false
	}
	k, ok := gz.stateWord.get(i)
	if !ok || gz.states[k].state == o.Country {
		return false
	}
	owner, first := gz.states[k].state, m.first
	switch {
	case gz.words[i].possessive:
	case gz.isDemonym(i) && gz.gapText(m.first) == " ":
		first = gz.states[k].first
		gz.releaseState(i) // the demonym is part of the name
	case gz.states[k].form == formName && gz.states[k].last == i && gz.gapText(m.first) == " " && gz.words[i].cap:
		// "Taliban Ministry of Defence": the owner's name before the body's
	default:
		return false
	}
	name := oneLine(gz.spanText(gz.states[k].first, m.last))
	// every form of the body this owner is written with is one actor
	d := gz.addActor("org:"+gz.normName(owner+"|"+o.Name), first, m.last, oneLine(gz.spanText(first, m.last)), func(d *actorDraft) {
		d.name, d.kind, d.affiliation, d.why.Rule = name, briefing.Organization, owner, "owned-institution"
	})
	gz.addOwnerForms(d, owner, gz.spanText(m.first, m.last))
	return true
}

// redefinedBody makes "The Ministry of Defence (MINDEF)" in a text about
// Singapore Singapore's ministry: a state body's generic name the text
// defines by an acronym of its own, in a window that never names the
// gazetteer body's state. The body is the state the window names most.
// It reports whether it did.
func (gz *gazetteerStage) redefinedBody(m match, o *Organization) bool {
	n := m.last + 1
	if n >= len(gz.words) || o.Country == "" || !gz.lexicon.StateBodyCategories[o.Category] ||
		!strings.HasSuffix(gz.gapText(n), "(") || !gz.words[n].upper || !strings.HasPrefix(gz.text[gz.words[n].end:], ")") {
		return false
	}
	acronym := gz.wordText(n)
	same := func(f string) bool { return strings.EqualFold(f, acronym) }
	if slices.ContainsFunc(o.Acronyms, same) || slices.ContainsFunc(o.Aliases, same) {
		return false
	}
	count := map[string]int{}
	for _, s := range gz.states {
		count[s.state]++
	}
	if count[o.Country] > 0 {
		return false // the gazetteer's state is in the text: its body may be meant
	}
	owner, most := "", 0
	for _, s := range gz.states {
		if _, state := gz.ix.states[gz.normKey(s.state)]; count[s.state] > most && state {
			owner, most = s.state, count[s.state]
		}
	}
	if owner == "" {
		return false
	}
	name := oneLine(gz.spanText(m.first, m.last))
	d := gz.addActor("org:"+gz.normName(owner+"|"+o.Name), m.first, m.last, name, func(d *actorDraft) {
		d.name, d.kind, d.affiliation, d.why.Rule = name, briefing.Organization, owner, "owned-institution"
	})
	d.surfaces.add(owner+" "+name, gz.normName)
	return true
}
