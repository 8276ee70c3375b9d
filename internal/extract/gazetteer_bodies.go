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
func (a *analysis) foreignBody(m match, o *Organization) bool {
	i := m.first - 1
	if i < 0 || o.Country == "" || !a.lexicon.StateBodyCategories[o.Category] {
		return false
	}
	k, ok := a.stateWord.get(i)
	if !ok || a.states[k].state == o.Country {
		return false
	}
	owner, first := a.states[k].state, m.first
	switch {
	case a.words[i].possessive:
	case a.isDemonym(i) && a.gapText(m.first) == " ":
		first = a.states[k].first
		a.releaseState(i) // the demonym is part of the name
	case a.states[k].form == formName && a.states[k].last == i && a.gapText(m.first) == " " && a.words[i].cap:
		// "Taliban Ministry of Defence": the owner's name before the body's
	default:
		return false
	}
	name := oneLine(a.spanText(a.states[k].first, m.last))
	// every form of the body this owner is written with is one actor
	d := a.addActor("org:"+a.normName(owner+"|"+o.Name), first, m.last, oneLine(a.spanText(first, m.last)), func(d *actorDraft) {
		d.name, d.kind, d.affiliation, d.why.Rule = name, briefing.Organization, owner, "owned-institution"
	})
	a.addOwnerForms(d, owner, a.spanText(m.first, m.last))
	return true
}

// redefinedBody makes "The Ministry of Defence (MINDEF)" in a text about
// Singapore Singapore's ministry: a state body's generic name the text
// defines by an acronym of its own, in a window that never names the
// gazetteer body's state. The body is the state the window names most.
// It reports whether it did.
func (a *analysis) redefinedBody(m match, o *Organization) bool {
	n := m.last + 1
	if n >= len(a.words) || o.Country == "" || !a.lexicon.StateBodyCategories[o.Category] ||
		!strings.HasSuffix(a.gapText(n), "(") || !a.words[n].upper || !strings.HasPrefix(a.text[a.words[n].end:], ")") {
		return false
	}
	acronym := a.wordText(n)
	same := func(f string) bool { return strings.EqualFold(f, acronym) }
	if slices.ContainsFunc(o.Acronyms, same) || slices.ContainsFunc(o.Aliases, same) {
		return false
	}
	count := map[string]int{}
	for _, s := range a.states {
		count[s.state]++
	}
	if count[o.Country] > 0 {
		return false // the gazetteer's state is in the text: its body may be meant
	}
	owner, most := "", 0
	for _, s := range a.states {
		if _, state := a.ix.states[a.normKey(s.state)]; count[s.state] > most && state {
			owner, most = s.state, count[s.state]
		}
	}
	if owner == "" {
		return false
	}
	name := oneLine(a.spanText(m.first, m.last))
	d := a.addActor("org:"+a.normName(owner+"|"+o.Name), m.first, m.last, name, func(d *actorDraft) {
		d.name, d.kind, d.affiliation, d.why.Rule = name, briefing.Organization, owner, "owned-institution"
	})
	d.surfaces.add(owner+" "+name, a.normName)
	return true
}
