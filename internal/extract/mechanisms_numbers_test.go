package extract_test

import (
	"slices"
	"strings"
	"testing"
)

// TestUnitsNamedByPlainNumbers: air wings, squadrons and corps are often
// numbered without an ordinal suffix, and a head may follow a head.
func TestUnitsNamedByPlainNumbers(t *testing.T) {
	text := "Jets of the 117 Combat Wing and 336 Squadron flew from Souda. " +
		"Islamabad moved 12 Corps and the 202 Rahbar Corps towards the border, and the 3rd Army Corps stayed in reserve. " +
		"The 4th Military Region and the 2nd Naval District were put on alert. " +
		"More than 300 Army recruits and 150 Navy cadets graduated in 2024."
	b := run(text)
	for _, name := range []string{"117 Combat Wing", "336 Squadron", "12 Corps", "202 Rahbar Corps", "3rd Army Corps", "4th Military Region", "2nd Naval District"} {
		a, ok := findAsset(b, name)
		if !ok {
			t.Errorf("no unit %q (assets %v)", name, assetNames(b.Assets))
			continue
		}
		if a.Category != "military unit" {
			t.Errorf("%s: category %q, want military unit", name, a.Category)
		}
	}
	for _, a := range b.Assets {
		switch a.Name {
		case "300 Army", "3rd Army", "150 Navy", "Rahbar Corps":
			t.Errorf("%q read as a unit (assets %v)", a.Name, assetNames(b.Assets))
		}
	}
}

// TestShipsNamedByTheirHullNumber: a name with a pennant or hull number
// in brackets is a ship, even with no prefix and when the number looks
// like a missile's name; a missile with its reporting name stays one.
func TestShipsNamedByTheirHullNumber(t *testing.T) {
	text := "The cutters Kojima (PL-41) and Ishigaki (PL-12) shadowed the convoy. " +
		"Moscow moved the Iskander (SS-26) launchers and a Triumf (S-400) battery west. " +
		"Haijing 2901 and Haijing 3304 entered the contiguous zone."
	b := run(text)
	for _, c := range []struct{ name, category string }{
		{"Kojima", "patrol vessel"}, {"Ishigaki", "patrol vessel"}, {"Haijing 2901", ""}, {"Haijing 3304", ""},
	} {
		a, ok := findAsset(b, c.name)
		if !ok {
			t.Errorf("no ship %q (assets %v)", c.name, assetNames(b.Assets))
			continue
		}
		if a.Domain != "sea" || c.category != "" && a.Category != c.category {
			t.Errorf("%s: category %q domain %q, want %q at sea", c.name, a.Category, a.Domain, c.category)
		}
	}
	if a, ok := findAsset(b, "Haijing 2901"); ok && a.Side != "China" {
		t.Errorf("Haijing 2901: side %q, want China", a.Side)
	}
	for _, a := range b.Assets {
		if (a.Name == "Iskander" || a.Name == "Triumf" || a.Name == "PL-12") && a.Domain == "sea" {
			t.Errorf("%q read as a ship (assets %v)", a.Name, assetNames(b.Assets))
		}
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

// TestNamesThatHoldKnownWords: a family name the gazetteer knows for one
// person, after another first name, is another person; a state's name
// after a rank and first names ends a person's name.
func TestNamesThatHoldKnownWords(t *testing.T) {
	b := run("Khalifa Haftar met envoys in Benghazi. Belqasem Haftar, who runs a reconstruction fund, said the talks went well. " +
		"Brigadier General Ana Lucia Jordan told reporters the drill would end on Friday.")
	for _, name := range []string{"Khalifa Haftar", "Belqasem Haftar", "Ana Lucia Jordan"} {
		if a, ok := findActor(b, name); !ok || a.Kind != "person" {
			t.Errorf("no person %q (actors %v)", name, actorNames(b.Actors))
		}
	}
	if k, ok := findActor(b, "Khalifa Haftar"); ok && len(k.Mentions) != 1 {
		t.Errorf("Khalifa Haftar has %d mentions, want 1: his son's name is not his", len(k.Mentions))
	}
	if _, ok := findActor(b, "Jordan"); ok {
		t.Errorf("a general's family name read as the state of Jordan (actors %v)", actorNames(b.Actors))
	}
}

// TestTwoCountsInOneSentence: two sources' counts of one toll in one
// sentence are one conflict; a doubt about both joins it, not a
// question of its own.
func TestTwoCountsInOneSentence(t *testing.T) {
	b := run("The army gave a toll of six soldiers killed; a hospital director in Gao put the number at nine. " +
		"Neither figure could be independently verified.")
	var found []string
	for _, q := range b.Questions {
		found = append(found, q.Text)
		if q.Kind == "conflict" && strings.Contains(q.Text, "six") && strings.Contains(q.Text, "nine") &&
			strings.Contains(q.Text, "army") && strings.Contains(q.Text, "hospital director") {
			if strings.Contains(q.Text, "verified") && len(q.Evidence) != 2 {
				t.Errorf("%q: %d evidence spans, want the counts' sentence and the doubt's", q.Text, len(q.Evidence))
			}
			if len(b.Questions) != 1 {
				t.Errorf("the doubt about both counts stays a question of its own: %q", found)
			}
			return
		}
	}
	t.Errorf("no conflict question naming both counts and sources: %q", found)
}

// TestPeopleAndBodiesAsReportingNamesThem: a name with "has said" or
// "later wrote", a name after a lowercase office and a comma, a body
// after the noun that introduces it; a think tank is no tank.
func TestPeopleAndBodiesAsReportingNamesThem(t *testing.T) {
	b := run("Shipyard chief executive Ilse Marten has said the frigates will be late. " +
		"A local legislator, Tomas Ruud, later wrote that the base was hit. " +
		"The figures come from the monitoring group Sahel Watch. " +
		"Marta Sousa, an analyst at the Lisbon think tank, said the drills would continue.")
	for _, name := range []string{"Ilse Marten", "Tomas Ruud", "Marta Sousa"} {
		if a, ok := findActor(b, name); !ok || a.Kind != "person" {
			t.Errorf("no person %q (actors %v)", name, actorNames(b.Actors))
		}
	}
	if _, ok := findActor(b, "Sahel Watch"); !ok {
		t.Errorf("no organisation Sahel Watch (actors %v)", actorNames(b.Actors))
	}
	for _, a := range b.Assets {
		if a.Name == "tank" {
			t.Errorf("a think tank read as a tank (assets %v)", assetNames(b.Assets))
		}
	}
}

// TestInabilityAndReticence: a source unable to verify figures asks
// about the figures, not about the source; acknowledging something
// "without confirming" numbers leaves the numbers open for the subject.
func TestInabilityAndReticence(t *testing.T) {
	b := run("The observer mission said it had not been able to verify casualty figures near Tessit, where elders speak of 60 dead. " +
		"Niamey acknowledged air operations in the area without confirming any strike numbers.")
	var texts []string
	for _, q := range b.Questions {
		texts = append(texts, q.Text)
	}
	want := map[string]bool{
		"Are casualty figures near Tessit accurate, which the observer mission could not verify?": false,
		"Has Niamey confirmed any strike numbers?":                                                false,
	}
	for _, q := range texts {
		if _, ok := want[q]; ok {
			want[q] = true
		}
	}
	for q, found := range want {
		if !found {
			t.Errorf("no question %q; got %q", q, texts)
		}
	}
}

// TestDeedsSaidNotDone: a source saying a deed was not done denies it;
// a source saying something else had not happened denies nothing.
func TestDeedsSaidNotDone(t *testing.T) {
	b := run("Manila said a Chinese vessel rammed the supply boat. Beijing said its coast guard ship had not rammed the boat and was acting lawfully. " +
		"Officials said talks had not started yet.")
	var texts []string
	for _, q := range b.Questions {
		texts = append(texts, q.Text)
	}
	want := "Did the coast guard ship ram the boat, which Beijing denies?"
	found := false
	for _, q := range texts {
		if q == want {
			found = true
		}
		if strings.Contains(q, "talks") && strings.Contains(q, "denies") {
			t.Errorf("talks not started read as a denial: %q", q)
		}
	}
	if !found {
		t.Errorf("no question %q; got %q", want, texts)
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

// TestCountsOfPeopleAtOdds: a toll a source puts at one number against
// a count of people (or of a people) given sentences before.
func TestCountsOfPeopleAtOdds(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Officials said at least five people were killed in the raid. Relatives blamed the militia. The hospital put the toll at eight.",
			"How many people: at least five, as officials say, or eight, as the hospital says?"},
		{"Soldiers killed three Sahrawis near the berm, according to a local activist. The ministry put the toll at one.",
			"How many Sahrawis: three, as a local activist says, or one, as the ministry says?"},
	} {
		b := run(c.text)
		var texts []string
		for _, q := range b.Questions {
			texts = append(texts, q.Text)
		}
		if !slices.Contains(texts, c.want) {
			t.Errorf("%q: no question %q; got %q", c.text, c.want, texts)
		}
	}
}

// TestFirstCountThenRevised: "initially … before revising it to …" is
// two accounts, asked once each.
func TestFirstCountThenRevised(t *testing.T) {
	b := run("The coast guard initially put the number of migrants rescued at 40 before raising it to 65 on Sunday.")
	want := "Which account holds: the coast guard first put the number of migrants rescued at 40, but later raised it to 65?"
	var texts []string
	for _, q := range b.Questions {
		texts = append(texts, q.Text)
	}
	if !slices.Contains(texts, want) {
		t.Errorf("no question %q; got %q", want, texts)
	}
}

// TestWhoDisputesWhat: "disputed that, saying …" disputes what went
// before; a name in apposition speaks; a second verb after "and" has the
// first one's subject; a quoted noun is no cue.
func TestWhoDisputesWhat(t *testing.T) {
	b := run("The governor said the road was open. Two drivers disputed that, saying convoys were still being turned back. " +
		"The navy's spokesman, Ilkka Salo, said the ship was on a routine patrol and denied any incursion. " +
		"Guards fired \"warning shots\" at \"suspects\" near the fence.")
	var texts []string
	for _, q := range b.Questions {
		texts = append(texts, q.Text)
	}
	for _, want := range []string{"Was the road open, as the governor says, and two drivers dispute?", "Was there any incursion, which Ilkka Salo denies?"} {
		if !slices.Contains(texts, want) {
			t.Errorf("no question %q; got %q", want, texts)
		}
	}
	for _, q := range texts {
		if strings.Contains(q, "suspects") || strings.Contains(q, "Were saying") {
			t.Errorf("a question from a quoted noun or a gerund: %q", q)
		}
	}
}

// TestMeansOfIrregularWar: technicals, car bombs and armoured bulldozers
// are means in play; a technical problem is none.
func TestMeansOfIrregularWar(t *testing.T) {
	b := run("Fighters in technicals stormed the checkpoint after a VBIED struck the gate. " +
		"Engineers cited a technical problem. Armoured D9 bulldozers levelled the berm.")
	for _, c := range []struct{ name, category string }{
		{"armed pickup truck", "armed pickup truck"}, {"vehicle-borne improvised explosive device", "improvised explosive device"}, {"Caterpillar D9", "engineering vehicle"},
	} {
		a, ok := findAsset(b, c.name)
		if !ok {
			t.Errorf("no asset %q (assets %v)", c.name, assetNames(b.Assets))
			continue
		}
		if a.Category != c.category || a.Domain != "land" {
			t.Errorf("%s: category %q domain %q, want %s on land", c.name, a.Category, a.Domain, c.category)
		}
	}
	if n := len(b.Assets); n != 3 {
		t.Errorf("%d assets, want 3 (a technical problem is no asset): %v", n, assetNames(b.Assets))
	}
}

// TestPeopleMissing: people reported missing leave their fate open; a
// missing thing is a fact.
func TestPeopleMissing(t *testing.T) {
	b := run("Two sailors were still missing after the collision. The ship's radar mast was missing, divers said.")
	var texts []string
	for _, q := range b.Questions {
		texts = append(texts, q.Text)
	}
	if !slices.Contains(texts, "What is the fate of two sailors, reported missing?") {
		t.Errorf("no question on the missing sailors; got %q", texts)
	}
	for _, q := range texts {
		if strings.Contains(q, "mast") {
			t.Errorf("a missing mast asked about: %q", q)
		}
	}
}

// TestCountRatherThanAnother: "N rather than the M cited by B" is two
// sources' counts at odds.
func TestCountRatherThanAnother(t *testing.T) {
	b := run("The coast guard reported five boats rather than the nine cited by local fishermen.")
	want := "How many boats: five, as the coast guard says, or nine, as local fishermen say?"
	var texts []string
	for _, q := range b.Questions {
		texts = append(texts, q.Text)
	}
	if !slices.Contains(texts, want) {
		t.Errorf("no question %q; got %q", want, texts)
	}
}

// TestCountedUnitsWithQualifiers: a count, words that qualify a unit,
// and its head are a counted unit; without a count they are none.
func TestCountedUnitsWithQualifiers(t *testing.T) {
	b := run("Kenya moved several motorised battalions to the border. The armoured brigades stayed in their barracks.")
	a, ok := findAsset(b, "several motorised battalions")
	if !ok {
		t.Fatalf("no counted unit (assets %v)", assetNames(b.Assets))
	}
	if a.Quantity != "several" || a.Category != "military unit" {
		t.Errorf("quantity %q category %q, want several, military unit", a.Quantity, a.Category)
	}
	if _, ok := findAsset(b, "armoured brigades"); ok {
		t.Errorf("uncounted brigades read as a unit (assets %v)", assetNames(b.Assets))
	}
}

// TestCountIsNoTypeName: "Several" opening a clause after a dateline's
// dash counts the drones; it names no type of drone.
func TestCountIsNoTypeName(t *testing.T) {
	b := run("KIRKUK, Iraq, March 3, 2026 (wire) - Several one-way attack drones struck an airfield near the city.")
	for _, a := range b.Assets {
		if strings.HasPrefix(a.Name, "Several") {
			t.Errorf("a count read as a type's name: %q (assets %v)", a.Name, assetNames(b.Assets))
		}
	}
	if _, ok := findAsset(b, "one-way attack drone"); !ok {
		t.Errorf("no one-way attack drone (assets %v)", assetNames(b.Assets))
	}
}

// TestHullNumbersAfterAHyphen: a coast guard's hull number is also
// written joined to its prefix by a hyphen; a missile's name written the
// same way ("KN-23s") is no ship.
func TestHullNumbersAfterAHyphen(t *testing.T) {
	text := "The cutters CCG-2502 and CCG 5203 blocked the supply boat. " +
		"Pyongyang fired two KN-23s towards the sea, and a KN-25 followed."
	b := run(text)
	for _, name := range []string{"CCG-2502", "CCG 5203"} {
		a, ok := findAsset(b, name)
		if !ok {
			t.Errorf("no ship %q (assets %v)", name, assetNames(b.Assets))
			continue
		}
		if a.Side != "China" || a.Domain != "sea" {
			t.Errorf("%s: side %q domain %q, want China at sea", name, a.Side, a.Domain)
		}
	}
	for _, a := range b.Assets {
		if strings.HasPrefix(a.Name, "KN-") && a.Domain == "sea" {
			t.Errorf("%q read as a ship (assets %v)", a.Name, assetNames(b.Assets))
		}
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

// TestForceVessels: "vessels" alone is no asset, but after a coast guard,
// navy or armed group it names that force's boats; "coastguard" is the
// same word as "coast guard".
func TestForceVessels(t *testing.T) {
	b := run("Three Chinese coastguard vessels shadowed the supply boat. " +
		"IRGC Navy boats circled the tanker. Two merchant vessels waited offshore.")
	for _, c := range []struct{ name, category, side string }{
		{"Chinese coastguard vessels", "patrol vessel", "China"},
		{"IRGC Navy boats", "small boat", "Iran"},
	} {
		a, ok := findAsset(b, c.name)
		if !ok {
			t.Errorf("no asset %q (assets %v)", c.name, assetNames(b.Assets))
			continue
		}
		if a.Category != c.category || a.Side != c.side || a.Domain != "sea" {
			t.Errorf("%s: category %q side %q domain %q, want %s of %s at sea", c.name, a.Category, a.Side, a.Domain, c.category, c.side)
		}
	}
	twice := run("Four Chinese coastguard vessels entered the zone on Monday. It was the ninth visit by Chinese coastguard ships this year.")
	if n := len(twice.Assets); n != 1 {
		t.Errorf("one coast guard's vessels and ships are %d assets, want one (assets %v)", n, assetNames(twice.Assets))
	}
	named := run("A Philippine Coast Guard ship, the BRP Cabra, was hit by a water cannon.")
	for _, a := range named.Assets {
		if strings.Contains(a.Name, "Coast Guard ship") {
			t.Errorf("the ship in apposition read as an asset of its own: %q (assets %v)", a.Name, assetNames(named.Assets))
		}
	}
	for _, a := range b.Assets {
		if strings.Contains(a.Name, "merchant") || a.Name == "vessels" {
			t.Errorf("%q read as an asset (assets %v)", a.Name, assetNames(b.Assets))
		}
	}
	if _, ok := findActor(b, "China Coast Guard"); !ok {
		t.Errorf("\"Chinese coastguard\" is not the China Coast Guard (actors %v)", actorNames(b.Actors))
	}
}
