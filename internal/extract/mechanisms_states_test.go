package extract_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/briefing-tools/briefing/internal/briefing"
)

// States: their governments, forces and bodies, two states' bodies of
// one name, and towns and datelines that name no state.

// TestTownsNamedWithAState: "Puerto Jordan" is a town, not Jordan; a
// direction before a state still names the state.
func TestTownsNamedWithAState(t *testing.T) {
	b := run("Rebels fired rockets at a base in Puerto Jordan, in Colombia's east. Shelling also hit northern Israel.")
	if _, ok := findActor(b, "Jordan"); ok {
		t.Errorf("the town Puerto Jordan read as Jordan (actors %v)", actorNames(b.Actors))
	}
	for _, name := range []string{"Colombia", "Israel"} {
		if _, ok := findActor(b, name); !ok {
			t.Errorf("no %s (actors %v)", name, actorNames(b.Actors))
		}
	}
}

// TestDatelineNamesNoGovernment: a capital that opens a paragraph as the
// place a report was filed from is where the reporter stood, not a
// government that acts; the same capital in a sentence stays one.
func TestDatelineNamesNoGovernment(t *testing.T) {
	cases := []struct {
		text, state string
		mentions    int
	}{
		{"Cairo: Two days after the offensive began, Libyan forces said they had shot down a drone.\n\nThe drone was Turkish-made.", "Egypt", 0},
		{"TOKYO (Reuters) - Fighter jets scrambled on Thursday after a drone flew near the islets.\n\nThe flight lasted an hour.", "Japan", 0},
		{"ANKARA, Dec. 5 (AP) — Warships sailed for the strait.\n\nAnkara said the move was routine.", "Turkey", 1},
		{"Moscow said on Tuesday it would respond to the strikes.\n\nNo date was given.", "Russia", 1},
		{"Cairo has offered to host talks: both sides are expected to attend.", "Egypt", 1},
		{"(PARIS) -- Drones struck two depots overnight, the ministry said.\n\nThe depots burned for hours.", "France", 0},
	}
	for _, c := range cases {
		b := runParsed(c.text)
		got := 0
		if a, ok := findActor(b, c.state); ok {
			got = len(a.Mentions)
		}
		if got != c.mentions {
			t.Errorf("%q: %s has %d mentions, want %d", c.text, c.state, got, c.mentions)
		}
	}
}

// TestStateNamesAsAdjectivesAndPeoples: a state whose name serves as its
// adjective owns an institution ("Kosovo police"), while a demonym after
// "ethnic" or after another demonym names a people, not a state.
func TestStateNamesAsAdjectivesAndPeoples(t *testing.T) {
	b := run("Kosovo police sealed off the village after gunmen killed a Kosovar Albanian police officer. " +
		"Ethnic Albanians in the valley fled south.")
	if a, ok := findActor(b, "Kosovo police"); !ok || a.Kind != briefing.Organization {
		t.Errorf("Kosovo police: %+v, want an organisation (actors %v)", a, actorNames(b.Actors))
	}
	for _, name := range []string{"Albania", "Albanian police"} {
		if _, ok := findActor(b, name); ok {
			t.Errorf("%q is no actor here (actors %v)", name, actorNames(b.Actors))
		}
	}
}

// TestARegionThatSpeaksIsAnActor: a region the gazetteer knows that
// speaks is its government ("Somaliland said …").
func TestARegionThatSpeaksIsAnActor(t *testing.T) {
	b := run("Fighting broke out near the town on Monday. Somaliland said its army would defend itself if attacked.")
	wantActors(t, b, "Somaliland")
}

func TestAStatesForcesAreOneActorApartFromTheState(t *testing.T) {
	b := run("Eritrean forces shelled the border town on Tuesday, and Eritrean troops later crossed the river. " +
		"Thai troops exchanged fire near the temple, the Royal Thai Armed Forces said. " +
		"The head of Sweden's Navy spoke of escorts. Tajik troops opened fire on an outpost; Tajikistan's army denied it. " +
		"Regime forces held the hill while Iranian border forces fired warning shots. By night the Eritrean troops " +
		"had dug in, and Tajik troops had pulled back.")
	forces := func(state string, forms ...string) {
		t.Helper()
		var seen []string
		for _, form := range forms {
			a, ok := findActor(b, form)
			if !ok || a.Kind != briefing.Organization || a.Affiliation != state {
				t.Errorf("%q: %+v, want an organisation of %s (actors %v)", form, a, state, actorNames(b.Actors))
			}
			seen = append(seen, a.ID)
		}
		if seen = slices.Compact(seen); len(seen) != 1 {
			t.Errorf("%v name one body, found as %v (actors %v)", forms, seen, actorNames(b.Actors))
		}
	}
	// the gazetteer's institution when it holds one, else the text's words
	forces("Eritrea", "Eritrean forces", "Eritrean troops", "Eritrean Defence Forces")
	forces("Thailand", "Thai troops", "Royal Thai Armed Forces")
	forces("Sweden", "Swedish Navy")
	forces("Tajikistan", "Tajik troops", "Tajikistan's army")
	// the state stays an actor of its own, the troops an asset when they
	// are in play (named again), not when named once in passing
	wantActors(t, b, "Eritrea", "Thailand", "Tajikistan")
	wantAssets(t, b, "Eritrean troops", "Tajik troops")
	refuseAssets(t, b, "are named once, in passing", "Thai troops")
	// forces further from the owner name no one body of its
	refuseActors(t, b, "are no state's whole military", "Iranian border forces", "Regime forces")
}

// TestGovernmentOfAState: "the Federal Government of Somalia" is Somalia
// named by its government, no body of its own; a government named for
// what it is stays one ("Government of National Accord").
func TestGovernmentOfAState(t *testing.T) {
	b := run("The strike was made with the Federal Government of Somalia. The Government of National Accord objected.")
	wantActors(t, b, "Somalia", "Government of National Accord")
	refuseActorNames(t, b, "is Somalia's government, the state itself", "Federal Government")
}

func TestAGenericBodyNameTheTextDefinesIsItsStatesBody(t *testing.T) {
	b := run("Kenya — The Ministry of Defence (MODK) said Kenyan jets intercepted a drone near Lamu. " +
		"A MODK spokesman said the drone was Somali.")
	d, ok := findActor(b, "MODK")
	if !ok || d.Affiliation != "Kenya" || d.Name == "UK Ministry of Defence" {
		t.Errorf("MODK: %+v, want Kenya's ministry, not the UK's (actors %v)", d, actorNames(b.Actors))
	}
	// the UK's ministry by the name the gazetteer knows stays the UK's
	b = run("The Ministry of Defence (MoD) in London said two RAF Typhoons were scrambled.")
	if d, ok := findActor(b, "Ministry of Defence"); !ok || d.Affiliation != "United Kingdom" {
		t.Errorf("Ministry of Defence (MoD): %+v, want the UK's (actors %v)", d, actorNames(b.Actors))
	}
}

// TestInstitutionsOfTwoStates: the same institution name owned by two
// states in one report names two bodies; with one owner, the bare name
// later is that owner's.
func TestInstitutionsOfTwoStates(t *testing.T) {
	b := run("Georgia's Interior Ministry said police had detained four men. Russia's neighbour Armenia said nothing. " +
		"Azerbaijan's Interior Ministry later denied that its officers crossed the line.")
	for _, name := range []string{"Georgia's Interior Ministry", "Azerbaijan's Interior Ministry"} {
		if _, ok := findActor(b, name); !ok {
			t.Errorf("no actor %q (actors %v)", name, actorNames(b.Actors))
		}
	}
	one := run("Moldova's Interior Ministry said the drone fell near a village. The Interior Ministry later said it carried no explosives.")
	n := 0
	for _, a := range one.Actors {
		if strings.Contains(a.Name, "Interior Ministry") {
			n++
			if a.Name != "Moldova's Interior Ministry" || len(a.Mentions) != 2 {
				t.Errorf("got %q with %d mentions, want Moldova's Interior Ministry with both", a.Name, len(a.Mentions))
			}
		}
	}
	if n != 1 {
		t.Errorf("%d interior ministries, want one (actors %v)", n, actorNames(one.Actors))
	}
}

// TestAnotherStatesBody: a form the gazetteer gives one state's ministry
// ("MoD", "Ministry of Defence" are the UK's) names another state's when
// that state's demonym or possessive stands before it.
func TestAnotherStatesBody(t *testing.T) {
	text := "The Georgian MoD reported drones over the border. " +
		"Georgia's MoD later said the flights had stopped. " +
		"Britain's defence secretary spoke to the MoD in London."
	b := run(text)
	var georgian, british int
	for _, a := range b.Actors {
		switch {
		case a.Name == "Georgian MoD":
			georgian++
			if a.Affiliation != "Georgia" || a.Kind != "organization" {
				t.Errorf("Georgian MoD: affiliation %q kind %q, want a Georgian organization", a.Affiliation, a.Kind)
			}
			if len(a.Mentions) != 2 {
				t.Errorf("Georgian MoD: %d mentions, want both forms as one actor", len(a.Mentions))
			}
		case a.Name == "UK Ministry of Defence":
			british++
		case strings.Contains(a.Name, "MoD"):
			t.Errorf("unexpected actor %q", a.Name)
		}
	}
	if georgian != 1 || british != 1 {
		t.Errorf("Georgian MoD %d, UK MoD %d; want one each (actors %v)", georgian, british, actorNames(b.Actors))
	}
}
