package extract_test

import (
	"strings"
	"testing"

	"github.com/briefing-tools/briefing/internal/briefing"
	"github.com/briefing-tools/briefing/internal/extract"
)

// Institutions, organisations and companies: named with their owner, by
// an acronym or an office, and capitals that name no body.

func TestAcronymDefinedInTheTextWins(t *testing.T) {
	b := run("The Armed Forces of the Philippines (AFP) said two ships were harassed. AFP officers filmed the encounter.")
	if _, ok := findActor(b, "Agence France-Presse"); ok {
		t.Errorf("AFP read as the news agency in a text that defines it: %v", actorNames(b.Actors))
	}
	a, ok := findActor(b, "Armed Forces of the Philippines")
	if !ok || len(a.Mentions) < 3 {
		t.Errorf("Armed Forces of the Philippines: %+v, want the name and both acronyms as mentions", a)
	}
}

func TestInstitutionsOfTheirOwner(t *testing.T) {
	b := run("Ukraine's general staff said the strike hit a depot. Moscow's Defense Ministry denied it.")
	if a, ok := findActor(b, "general staff"); !ok || a.Affiliation != "Ukraine" {
		t.Errorf("Ukraine's general staff: %+v (actors %v)", a, actorNames(b.Actors))
	}
	if _, ok := findActor(b, "Defense Ministry"); !ok {
		t.Errorf("Moscow's Defense Ministry not found (actors %v)", actorNames(b.Actors))
	}
}

func TestNamesOfInstitutionsCompaniesAndRegions(t *testing.T) {
	b := run("Kenya's Ministry of Public Works said the bridge was shut. Ramon Balani, spokesman for the " +
		"Department of National Defense, said all options were open. The cable's operator, Nordlink Telecom, " +
		"said traffic was rerouted. Ship-tracking firm Seatrace said the tanker left port. Puntland authorities " +
		"and Swedish police said nothing.")
	for _, name := range []string{"Ministry of Public Works", "Department of National Defense", "Nordlink Telecom",
		"Seatrace", "Puntland", "Swedish police"} {
		if a, ok := findActor(b, name); !ok || a.Kind != briefing.Organization {
			t.Errorf("%q: %+v, want an organisation (actors %v)", name, a, actorNames(b.Actors))
		}
	}
	if a, ok := findActor(b, "Ramon Balani"); !ok || a.Kind != briefing.Person {
		t.Errorf("Ramon Balani: %+v, want a person (actors %v)", a, actorNames(b.Actors))
	}
	for _, wrong := range []string{"Public Works", "Local authorities"} {
		if _, ok := findActor(b, wrong); ok {
			t.Errorf("%q is part of a longer name, or nobody's", wrong)
		}
	}
}

// TestBodiesNamedByTheirHead: a name ending in a body's head ("Cell",
// "Science", "Research") is an organisation, not a person.
func TestBodiesNamedByTheirHead(t *testing.T) {
	b := run("The Kenyan Security Media Cell said two rangers were hurt. Harbour Applied Science, a consultancy, " +
		"studied the satellite images, and Lakeside Defence Research published them.")
	for _, name := range []string{"Kenyan Security Media Cell", "Harbour Applied Science", "Lakeside Defence Research"} {
		if a, ok := findActor(b, name); !ok || a.Kind != briefing.Organization {
			t.Errorf("%q: %+v, want an organisation (actors %v)", name, a, actorNames(b.Actors))
		}
	}
}

func TestInstitutionNamesThatHoldPlacesAndStates(t *testing.T) {
	b := run("Georgetown may take the matter to the Organization of American States (OAS). The SEF asked the Association " +
		"for Relations Across the Taiwan Strait to respond. The pipeline is run by the West African Oil Pipeline Company. " +
		"The ruling National Council for the Safeguard of the Homeland spoke. The Norwegian Fishermen's Association says " +
		"14 boats left. Commentary | Indo-Pacific Maritime Programme | a fellow.")
	for _, name := range []string{"Organization of American States", "Association for Relations Across the Taiwan Strait",
		"West African Oil Pipeline Company", "National Council for the Safeguard of the Homeland", "Norwegian Fishermen's Association"} {
		if a, ok := findActor(b, name); !ok || a.Kind != briefing.Organization {
			t.Errorf("%q: %+v (actors %v)", name, a, actorNames(b.Actors))
		}
	}
	if _, ok := findActor(b, "Maritime Programme"); ok {
		t.Errorf("'Maritime Programme' names no institution (actors %v)", actorNames(b.Actors))
	}
}

func TestBodiesNamedByAPlaceOrOwningAnOffice(t *testing.T) {
	b := run("Jubaland's security minister denied losing any men. Kashmir Tigers claimed the attack. " +
		"The Kinmen Defense Command raised its alert level. The Storting debated the report. Today's security briefing was short.")
	for name, kind := range map[string]briefing.ActorKind{"Jubaland": briefing.Organization, "Kashmir Tigers": briefing.Group,
		"Kinmen Defense Command": briefing.Organization, "Storting": briefing.Organization} {
		if a, ok := findActor(b, name); !ok || a.Kind != kind {
			t.Errorf("%q: %+v, want %s (actors %v)", name, a, kind, actorNames(b.Actors))
		}
	}
	if _, ok := findActor(b, "Today"); ok {
		t.Errorf("'Today's' owns nothing")
	}
}

// TestTitleCaseHeadingNamesNothing: in a headline written in title case
// every word has a capital, so a run of them is no organisation's name;
// a known name in it still counts.
func TestTitleCaseHeadingNamesNothing(t *testing.T) {
	doc := briefing.Document{ID: "d1", Text: "Authorities Recover Anchor Thought To Be Tied To Cut Cables\n\n" +
		"Finnish police detained a tanker on Friday, and Estonia said it would help the inquiry.\n"}
	doc.Blocks = []briefing.Block{{Kind: briefing.Heading, Start: 0, End: 59, Level: 1}, {Kind: briefing.Paragraph, Start: 61, End: len(doc.Text)}}
	b := extract.Run([]briefing.Document{doc})
	for _, a := range b.Actors {
		if strings.Contains(a.Name, "Authorities") || strings.Contains(a.Name, "Anchor") {
			t.Errorf("a headline's capitals read as a name: %q (actors %v)", a.Name, actorNames(b.Actors))
		}
	}
	if _, ok := findActor(b, "Estonia"); !ok {
		t.Errorf("no Estonia (actors %v)", actorNames(b.Actors))
	}
}

// TestAcronymDefinedWithOr: "the Karen National Union, or KNU," defines
// the acronym as brackets do: later "KNU" mentions are the group.
func TestAcronymDefinedWithOr(t *testing.T) {
	b := run("On Monday the Lanna Liberation Front, or LLF, took the bridge. LLF units then moved south. The LLF said it lost two men.")
	a, ok := findActor(b, "Lanna Liberation Front")
	if !ok {
		t.Fatalf("no Lanna Liberation Front (actors %v)", actorNames(b.Actors))
	}
	if len(a.Mentions) < 3 {
		t.Errorf("Lanna Liberation Front: %d mentions, want its acronym's too (actors %v)", len(a.Mentions), actorNames(b.Actors))
	}
}

// TestNameAfterASentenceInitialNoun: "Fighters of the X Front took …"
// names the X Front, not "Fighters of the X Front".
func TestNameAfterASentenceInitialNoun(t *testing.T) {
	b := run("Fighters of the Lanna Liberation Front took the bridge on Monday.")
	if _, ok := findActor(b, "Lanna Liberation Front"); !ok {
		t.Errorf("no Lanna Liberation Front (actors %v)", actorNames(b.Actors))
	}
}

// TestCustomsAsAnInstitution: "Finnish customs" is Finland's customs
// service, an actor, like "Finnish police".
func TestCustomsAsAnInstitution(t *testing.T) {
	b := run("Estonian customs have said they suspect the tanker carried sanctioned oil.")
	a, ok := findActor(b, "Estonian customs")
	if !ok || a.Affiliation != "Estonia" {
		t.Errorf("no Estonian customs of Estonia (actors %v)", actorNames(b.Actors))
	}
}

// TestThingsThatAreNoActors: words that look like an actor's but name a
// town, a business's flag, a river, a network or a hedge.
func TestThingsThatAreNoActors(t *testing.T) {
	cases := []struct{ text, notActor string }{
		{"Insurgents overran Vila da Praia on Sunday before the army returned.", "Cape Verde"},
		{"Two planes of Togolese airline Asky were hit on the apron.", "Togo"},
		{"Fighters crossed the Euphrates River, the spokesman of the council announced.", "Euphrates River"},
		{"Mobile networks went dark as the convoy moved into the district.", "mobile networks"},
		{"Rebel Chief Ali Mansour Reportedly Killed\n\nThe rebel chief Ali Mansour was killed in a strike, his aides said.", "Ali Mansour Reportedly"},
	}
	for _, c := range cases {
		b := runParsed(c.text)
		if _, ok := findActor(b, c.notActor); ok {
			t.Errorf("%q: %q is an actor (actors %v)", c.text, c.notActor, actorNames(b.Actors))
		}
	}
}

func TestFightersThatAreJetsAndShortInstitutionNames(t *testing.T) {
	b := run("The Japanese Defense Ministry said Chinese J-15 fighters locked their radar onto two F-15s. " +
		"Chinese fighters did so twice. The Defense Ministry called it dangerous.")
	if _, ok := findActor(b, "Chinese fighters"); ok {
		t.Errorf("jets read as a group of people (actors %v)", actorNames(b.Actors))
	}
	for _, a := range b.Actors {
		if a.Name == "Defense Ministry" {
			t.Errorf("the Defense Ministry is the Japanese one named before, not another (actors %v)", actorNames(b.Actors))
		}
	}
}

// TestOfficesAreNoOrganisations: "Chief of the Naval Staff" and "Army
// Chief of Staff" are titles; a body named before an office keeps its
// name ("Department of Defence Head of Communication"); a department
// between a title and a rank is no person ("the Director, Naval
// Information, Commodore …").
func TestOfficesAreNoOrganisations(t *testing.T) {
	b := run("The Chief of the Naval Staff Vice Admiral Tunde Bello praised the crew. Army Chief of Staff Lt. Gen. " +
		"Ali Musa visited the base. Department of Defence Head of Communication Sipho Dube said the families were told.")
	for _, name := range []string{"Chief of the Naval Staff", "Naval Staff", "Army Chief of Staff"} {
		if _, ok := findActor(b, name); ok {
			t.Errorf("%q is an office, not an organisation (actors %v)", name, actorNames(b.Actors))
		}
	}
	b2 := run("Confirming the rescue, the Director, Naval Information, Commodore Ade Okon said the crew were safe.")
	if _, ok := findActor(b2, "Naval Information"); ok {
		t.Errorf("a department between commas is no person (actors %v)", actorNames(b2.Actors))
	}
	wantActors(t, b2, "Ade Okon")
	wantActors(t, b, "Tunde Bello", "Ali Musa", "Department of Defence", "Sipho Dube")
}

func TestTitlesWithoutTheirDotAndOwnedAirForces(t *testing.T) {
	b := run("The spokesman, Brig Richard Kamau, told reporters that jets raided the camps. Brig Kamau said they used " +
		"artillery. Dr Kamau is his brother's title too. The jets will now serve Argentina's air force, the minister said.")
	if a, ok := findActor(b, "Richard Kamau"); !ok || len(a.Mentions) < 2 {
		t.Errorf("Richard Kamau: %+v, want at least two mentions (actors %v)", a, actorNames(b.Actors))
	}
	refuseActors(t, b, "is a title and a known surname, no new person", "Brig Kamau", "Dr Kamau")
	wantActors(t, b, "Argentina's air force")
	// a name after an undotted title that no one named in full stays a name
	b = run("Gen Nakano said the talks would resume.")
	wantActors(t, b, "Gen Nakano")
}

func TestAnInstitutionNamedWithItsStateBeforeItsAcronym(t *testing.T) {
	b := run("Border Guard Bangladesh (BGB) members were put on alert after shells landed at a BGB camp.")
	if a, ok := findActor(b, "Border Guard Bangladesh"); !ok || a.Affiliation != "Bangladesh" || len(a.Mentions) < 3 {
		t.Errorf("Border Guard Bangladesh: %+v, want Bangladesh's, with its acronym's mentions (actors %v)", a, actorNames(b.Actors))
	}
}

func TestAnOwnedFormIsLaterWrittenWithoutItsOwner(t *testing.T) {
	b := run("Two soldiers were killed on the border, Venezuela's Armed Forces said on Monday. The Armed Forces said " +
		"there had been clashes with armed groups.")
	refuseActorNames(t, b, "are Venezuela's, named before", "Armed Forces")
}

// TestAcronymOfAnAssetAndRegions: an acronym the text gives a fleet
// names the fleet wherever it appears, not the gazetteer's body of that
// acronym; "South America" is a region, not the United States; Niue is
// a state.
func TestAcronymOfAnAssetAndRegions(t *testing.T) {
	b := run("Two years of war have worn down the Russian Black Sea Fleet (BSF). The BSF now plans a new base. " +
		"Buyers in Asia and South America are interested. Patrols will cover Fiji and Niue.")
	refuseActors(t, b, "are not named: BSF is the fleet, America a part of a region's name", "Border Security Force", "United States")
	wantActors(t, b, "Niue")
	if a, ok := findAsset(b, "Black Sea Fleet"); !ok || len(a.Mentions) != 3 {
		t.Errorf("Black Sea Fleet: %d mentions, want its name and both BSFs (found %v)", len(a.Mentions), ok)
	}
}

// TestBodiesSpelledOutBeforeTheirAcronym: capitalised words whose
// initials spell the bracketed acronym after them name a body, and the
// acronym is that body later; words that do not spell it name none.
func TestBodiesSpelledOutBeforeTheirAcronym(t *testing.T) {
	b := run("The figures come from the Border Monitoring Network (BMN), a group of volunteers. BMN counted 40 " +
		"crossings. The Committee to Protect Journalists (CPJ) said two reporters died. Heavy Rain Today (XYZ) fell.")
	wantActors(t, b, "Border Monitoring Network", "Committee to Protect Journalists")
	if a, _ := findActor(b, "Border Monitoring Network"); len(a.Mentions) != 3 {
		t.Errorf("Border Monitoring Network: %d mentions, want its name and both BMNs", len(a.Mentions))
	}
	refuseActors(t, b, "spell no acronym", "Heavy Rain Today")
}

// TestInstitutionWordAsModifier: "Turkey's ongoing military campaign" is
// a campaign; "Turkey's military said" is Turkey's military.
func TestInstitutionWordAsModifier(t *testing.T) {
	b := run("Turkey's ongoing military campaign in the mountains has intensified.")
	refuseActorNames(t, b, "is a campaign, not a body", "Turkey’s ongoing military", "Turkey's ongoing military")
	b = run("Turkey's military said it struck twenty targets in the mountains.")
	wantActors(t, b, "Turkish Armed Forces")
}

func TestBodiesNamedOnlyByABracketedAcronym(t *testing.T) {
	b := run("Peru's electoral oversight office (ONPE) said turnout was low. The state oil company (PETROVEN) " +
		"denied the report. Soldiers fired surface-to-air missiles (SAM) at the drones. Later ONPE published the count. " +
		"Deputy Niamh Ó Dubhghaill asked the minister how many patrol ships can sail.")
	for name, state := range map[string]string{"ONPE": "Peru", "PETROVEN": ""} {
		a, ok := findActor(b, name)
		if !ok || a.Kind != briefing.Organization || a.Affiliation != state {
			t.Errorf("%q: %+v, want an organisation of %q (actors %v)", name, a, state, actorNames(b.Actors))
		}
	}
	if a, _ := findActor(b, "ONPE"); len(a.Mentions) != 2 {
		t.Errorf("ONPE mentions %v, want the bracket and the later use", a.Mentions)
	}
	refuseActorNames(t, b, "a weapon, not a body", "SAM")
	// an Irish particle sits inside a name
	wantActors(t, b, "Niamh Ó Dubhghaill")
}
