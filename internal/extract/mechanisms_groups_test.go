package extract_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/briefing-tools/briefing/internal/briefing"
)

// Armed groups and collectives: by the shape of their names, by what they
// do or who backs them, their branches and their rivals.

func TestArmedGroupsByTheShapeOfTheirNames(t *testing.T) {
	text := "Katiba Serma claimed the raid. Ansar al-Furqan, a smaller faction, denied any role. " +
		"The Kivu Liberation Front and the al-Nasr Brigade are said to have joined forces."
	b := run(text)
	for _, name := range []string{"Katiba Serma", "Ansar al-Furqan", "Kivu Liberation Front", "al-Nasr Brigade"} {
		a, ok := findActor(b, name)
		if !ok {
			t.Errorf("no group %q (actors %v)", name, actorNames(b.Actors))
			continue
		}
		if a.Kind != briefing.Group {
			t.Errorf("%s: kind %s, want group", name, a.Kind)
		}
	}
	// states' forces stay organisations; named armed groups are groups
	b = run("The Indian Army moved two regiments while Hezbollah fired rockets.")
	if a, ok := findActor(b, "Indian Army"); !ok || a.Kind != briefing.Organization {
		t.Errorf("Indian Army: %+v, want an organisation", a)
	}
	if a, ok := findActor(b, "Hezbollah"); !ok || a.Kind != briefing.Group {
		t.Errorf("Hezbollah: %+v, want a group", a)
	}
}

func TestGroupsNamedByWhatTheyDo(t *testing.T) {
	b := run("Local resistance committees and drug trafficking groups filled the gap, while armed groups watched.")
	for _, name := range []string{"Local resistance committees", "drug trafficking groups"} {
		if a, ok := findActor(b, name); !ok || a.Kind != briefing.Group {
			t.Errorf("%q: %+v, want a group (actors %v)", name, a, actorNames(b.Actors))
		}
	}
	if _, ok := findActor(b, "armed groups"); ok {
		t.Errorf("'armed groups' alone names nobody in particular")
	}
}

// TestGroupsNamedByTheirPatron: "Iran-backed militias" is a group named
// with its patron, who stays an actor of its own.
func TestGroupsNamedByTheirPatron(t *testing.T) {
	b := run("Iran-backed militias fired rockets at the base. Moscow-backed separatists shelled the town.")
	for _, c := range []struct{ name, affiliation string }{
		{"Iran-backed militias", "Iran"}, {"Moscow-backed separatists", "Russia"},
	} {
		a, ok := findActor(b, c.name)
		if !ok {
			t.Errorf("no group %q (actors %v)", c.name, actorNames(b.Actors))
			continue
		}
		if a.Kind != "group" || a.Affiliation != c.affiliation {
			t.Errorf("%s: kind %q affiliation %q, want a group of %s", c.name, a.Kind, a.Affiliation, c.affiliation)
		}
	}
	if _, ok := findActor(b, "Iran"); !ok {
		t.Errorf("the patron Iran lost its mention (actors %v)", actorNames(b.Actors))
	}
	for _, a := range b.Actors {
		if strings.HasPrefix(a.Name, "backed") {
			t.Errorf("group named without its patron: %q", a.Name)
		}
	}
}

// TestBareGroupIsItsOneBranch: in a report on one branch of a group,
// the group named bare is that branch; beside two branches it stays the
// group.
func TestBareGroupIsItsOneBranch(t *testing.T) {
	b := run("Fighters of the Islamic State group raided a barracks on Sunday. Gunmen from Islamic State West Africa Province (ISWAP) also set fire to trucks.")
	if _, ok := findActor(b, "Islamic State"); ok {
		t.Errorf("the group stays beside its one branch: %v", actorNames(b.Actors))
	}
	b = run("The Islamic State group lost ground, analysts said, comparing ISWAP with the Islamic State Khorasan Province.")
	if _, ok := findActor(b, "Islamic State"); !ok {
		t.Errorf("the group folded into one of two branches: %v", actorNames(b.Actors))
	}
}

func TestGroupsForAPatronAndOfficesOfAState(t *testing.T) {
	b := run("Pro-Kyiv raiders crossed the border on Monday. Russian militias and pro-Russia militias shelled the town. " +
		"Japan's chief cabinet secretary Hiro Sato said the drills were a concern, and Serbia's recent military build-up alarmed Kosovo.")
	if a, ok := findActor(b, "Pro-Kyiv raiders"); !ok || a.Kind != briefing.Group || a.Affiliation != "Ukraine" {
		t.Errorf("Pro-Kyiv raiders: %+v, want a group for Ukraine (actors %v)", a, actorNames(b.Actors))
	}
	groups := 0
	for _, a := range b.Actors {
		if a.Kind == briefing.Group && strings.HasSuffix(a.Name, "militias") {
			groups++
		}
	}
	if groups != 1 {
		t.Errorf("Russian and pro-Russia militias are one group, got %d (actors %v)", groups, actorNames(b.Actors))
	}
	refuseActors(t, b, "is an office or a thing, not an institution", "Japan's chief cabinet", "Serbia's recent military")
}

// TestGroupsNamedByASingularNoun: a capitalised name and "cartel",
// "gang" or "clan" in lower case make a group; a sentence's capital does
// not.
func TestGroupsNamedByASingularNoun(t *testing.T) {
	b := run("Marines killed a leader of the Ortega Ruiz cartel near the port. Police blamed the 300 Ravines gang " +
		"for the fire. Gang members fled.")
	for _, name := range []string{"Ortega Ruiz cartel", "300 Ravines gang"} {
		if a, ok := findActor(b, name); !ok || a.Kind != briefing.Group {
			t.Errorf("%q: %+v, want a group (actors %v)", name, a, actorNames(b.Actors))
		}
	}
}

func TestArmedGroupsOfACapitalAndTheirCommanders(t *testing.T) {
	b := run("Fighting broke out in the capital on Monday. Among those killed was Abdul Karim al-Tarhouni, known as " +
		"\"Sheikh,\" the commander of the Coastal Stability Apparatus (CSA). Two other armed groups, the 55th Brigade " +
		"and the Public Security Service, moved into the district. Following Tarhouni's death, the CSA withdrew.")
	wantActors(t, b, "Abdul Karim al-Tarhouni", "Coastal Stability Apparatus", "Public Security Service")
	// the nickname after "known as" and the surname without its article
	// are mentions
	if a, _ := findActor(b, "Abdul Karim al-Tarhouni"); len(a.Mentions) != 3 {
		t.Errorf("the nickname and the surname without its article are mentions: %d mentions, want 3", len(a.Mentions))
	}
	refuseActors(t, b, "is no actor here", "Security Service", "Following Tarhouni")
}

// TestPlaceOwnedCollectivesNameNoGroup: "the country's gangs" are gangs
// of a place, no group named by what they do.
func TestPlaceOwnedCollectivesNameNoGroup(t *testing.T) {
	b := run("New measures target the country's gangs, and the region's militias answered with raids. " +
		"Drug trafficking groups stayed away.")
	refuseActorNames(t, b, "are named by a place they belong to", "country's gangs", "region's militias")
	wantActors(t, b, "drug trafficking groups")
}

func TestGroupsNamedAsTheTextIntroducesThem(t *testing.T) {
	b := run("The agency accused a group called Dark Lantern of stealing the plans. Investigators also traced a hacking " +
		"outfit known as the Grey Kestrel Team, and a militia which calls itself Sons of the Valley. " +
		"The station's Administrator Ruth Okafor said the breach was contained.")
	for _, name := range []string{"Dark Lantern", "Grey Kestrel Team", "Sons of the Valley"} {
		if a, ok := findActor(b, name); !ok || a.Kind != briefing.Group {
			t.Errorf("%q: %+v, want a group (actors %v)", name, a, actorNames(b.Actors))
		}
	}
	// the role before a name said to speak is no part of it
	wantActors(t, b, "Ruth Okafor")
	refuseActorNames(t, b, "holds a role, not a name", "Administrator Ruth Okafor")
}

func TestRivalGroupsOfOneCountryStayApart(t *testing.T) {
	b := run("Gunmen of the Sinaloa Cartel clashed with the Gulf Cartel near the border. " +
		"Iranian militias fired rockets at the base, and pro-Iran militias later claimed the attack.")
	for _, name := range []string{"Sinaloa Cartel", "Gulf Cartel"} {
		if a, ok := findActor(b, name); !ok || a.Name != name {
			t.Errorf("%q: %+v, want a group of its own (actors %v)", name, a, actorNames(b.Actors))
		}
	}
	// the same patron's auxiliaries named two ways are still one group
	a, ok := findActor(b, "Iranian militias")
	if !ok || !slices.Contains(a.Aliases, "pro-Iran militias") {
		t.Errorf("Iranian militias: %+v, want pro-Iran militias folded in (actors %v)", a, actorNames(b.Actors))
	}
}

func TestISAsTheIslamicStateNotInCapitals(t *testing.T) {
	b := run("IS claimed responsibility for the ambush near Menaka. Local officials said the jihadists of IS had " +
		"regrouped. It is unclear how many fighters remain.")
	if a, ok := findActor(b, "Islamic State"); !ok || a.Kind != briefing.Group {
		t.Errorf("IS: %+v, want the Islamic State (actors %v)", a, actorNames(b.Actors))
	}
	shouted := run("THIS IS WHAT THE ARMY SAID\n\nThe army said the road is open.")
	if _, ok := findActor(shouted, "Islamic State"); ok {
		t.Errorf("a headline in capitals names the Islamic State (actors %v)", actorNames(shouted.Actors))
	}
	after := runParsed("THE ROAD TO MENAKA\n\nIS claimed the ambush on Sunday.")
	if _, ok := findActor(after, "Islamic State"); !ok {
		t.Errorf("IS after a headline in capitals: no Islamic State (actors %v)", actorNames(after.Actors))
	}
}

// TestCollectivesAndHyphenatedNames: a hyphen joins the capitalised
// words of an institution's name; verbs and superlatives before a
// group noun name no group.
func TestCollectivesAndHyphenatedNames(t *testing.T) {
	b := run("The province's Anti-Smuggling Directorate said the boats came from the south. " +
		"Residents said gunmen had burned the market, and the army vowed to pursue bandits. " +
		"Analysts call it one of the largest militias in the valley.")
	if _, ok := findActor(b, "Anti-Smuggling Directorate"); !ok {
		t.Errorf("no actor Anti-Smuggling Directorate (actors %v)", actorNames(b.Actors))
	}
	for _, a := range b.Actors {
		switch a.Name {
		case "said gunmen", "pursue bandits", "largest militias", "Smuggling Directorate":
			t.Errorf("%q read as an actor (actors %v)", a.Name, actorNames(b.Actors))
		}
	}
}

// TestForcesInScareQuotes: Russian "peacekeepers" present somewhere are
// Russia's forces in play, quotes or not; the name drops the quote.
func TestForcesInScareQuotes(t *testing.T) {
	b := run(`Some 900 Russian "peacekeepers" remain in the enclave, officials in Moldova said.`)
	a, ok := findAsset(b, "Russian peacekeepers")
	if !ok || a.Side != "Russia" {
		t.Errorf("Russian peacekeepers: %+v, want Russia's forces (assets %v)", a, assetNames(b.Assets))
	}
}

// TestCountsAndVerbsNameNoGroup: a number word, or a plural's present
// verb, before a collective noun says nothing of who they are.
func TestCountsAndVerbsNameNoGroup(t *testing.T) {
	b := run("Fourteen rebels died as government forces battle insurgents in the north.")
	refuseActors(t, b, "count them or say what others do to them", "Fourteen rebels", "battle insurgents")
}
