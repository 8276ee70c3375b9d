package extract

import (
	"slices"
	"strings"

	"github.com/briefing-tools/briefing/internal/briefing"
)

// A state's armed forces as one actor, apart from the state: "Eritrean
// forces", "Tajik troops", "Colombia's armed forces" (found by
// groupStage.find and orgStage.findOwned, which call stateForces).

// isStateForces reports words first..last that name a state's armed
// forces as one body ("forces", "armed forces").
func (c *mentionCtx) isStateForces(first, last int) bool {
	switch last - first {
	case 0:
		w := c.lowerWord(first)
		return c.inSet(first, setStateForceBody) || slices.Contains(c.lexicon.StateForces, w)
	case 1:
		return slices.Contains(c.lexicon.StateForces, c.lowerWord(first)+" "+c.lowerWord(last))
	}
	return false
}

// stateForces adds the mention first..last ("Tajik troops", its force
// words head) to the actor for state's armed forces: the gazetteer's own
// institution for them when it holds one, looked up under head and then
// each of the lexicon's words for them in turn, else an organisation
// called name.
func (c *mentionCtx) stateForces(state, head, surface, name string, first, last int, rule string) *actorDraft {
	for _, d := range c.actors {
		if d.kind == briefing.Organization && d.affiliation == state && c.namesStateForces(d.name) {
			return c.addActor(d.key, first, last, surface, func(*actorDraft) {})
		}
	}
	for _, w := range append([]string{head}, c.lexicon.StateForces...) {
		if k, ok := c.countryOrg(state, w); ok {
			return c.addActor(c.ix.orgKeys[k], first, last, surface, func(d *actorDraft) {
				o := &c.g.Organizations[k]
				d.name, d.kind, d.affiliation, d.why.Rule = o.Name, o.actorKind(), o.Country, rule
			})
		}
	}
	return c.addActor("forces:"+c.normKey(state), first, last, surface, func(d *actorDraft) {
		d.name, d.kind, d.affiliation, d.why.Rule = name, briefing.Organization, state, rule
	})
}

// namesStateForces reports an institution's name whose head is one of
// the lexicon's words for a state's armed forces ("Royal Thai Armed
// Forces", "Nigerian Army"), not one of their branches ("Navy").
func (c *mentionCtx) namesStateForces(name string) bool {
	// the head of the name: "Armed Forces of Ukraine", not "General
	// Staff of the Armed Forces"
	head, _, _ := strings.Cut(" "+strings.ToLower(name), " of ")
	for _, w := range c.lexicon.StateForces {
		if strings.HasSuffix(head, " "+w) {
			return true
		}
	}
	return false
}
