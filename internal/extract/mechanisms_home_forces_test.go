package extract_test

import (
	"testing"

	"github.com/briefing-tools/briefing/internal/briefing"
)

// TestBareForcesAreTheHomeStates: in a report on one state, "the army"
// and "the military" standing alone are that state's armed forces, and
// "the junta" is the state; the same words describing a noun ("the
// military operation") name no one.
func TestBareForcesAreTheHomeStates(t *testing.T) {
	b := run("Gunmen raided a village in central Nigeria on Friday, officials in Nigeria said. " +
		"The military said its jets struck the raiders as they fled, and the army later sent reinforcements. " +
		"Nigeria has struggled to contain such attacks.")
	for _, form := range []string{"military", "army"} {
		a, ok := findActor(b, form)
		if !ok || a.Kind != briefing.Organization || a.Affiliation != "Nigeria" {
			t.Errorf("%q: %+v, want Nigeria's forces (actors %v)", form, a, actorNames(b.Actors))
		}
	}

	b = run("The junta in Myanmar has lost several border posts. Residents said a junta jet bombed the market, " +
		"and Myanmar state media denied it.")
	if a, ok := findActor(b, "junta"); !ok || a.Name != "Myanmar" {
		t.Errorf("junta: %+v, want the state Myanmar (actors %v)", a, actorNames(b.Actors))
	}

	// a person's or body's state before the word wins over the report's
	b = run("Israel and Israeli officials said Israel would respond. Lebanon's prime minister met envoys. " +
		"Israeli jets flew over Israel's north while Israel Defense Forces chief Eyal Zamir ordered the military to stay on alert.")
	if a, ok := findActor(b, "military"); !ok || a.Name != "Israel Defense Forces" {
		t.Errorf("military: %+v, want the Israel Defense Forces (actors %v)", a, actorNames(b.Actors))
	}

	b = run("Nigeria said the military operation in the northwest would go on. Nigerian officials in Nigeria agreed.")
	refuseActors(t, b, "describe an operation", "military", "Nigerian military")
	// a text that names no state gives the word to no one
	b = run("The army said the convoy was hit. The military denied it. The junta fell.")
	refuseActors(t, b, "belong to no state named", "army", "military", "junta")
	// two states named alike leave the word to no one
	b = run("Ukraine and Russia traded strikes. Russia said Ukraine lost ground; Ukraine said Russia did. The army said nothing.")
	refuseActors(t, b, "belong to neither state", "army")
}
