package extract_test

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/briefing-tools/briefing/internal/briefing"
	"github.com/briefing-tools/briefing/internal/extract"
	"github.com/briefing-tools/briefing/internal/ingest"
)

// The mechanisms that read real reporting, each on sentences written for
// this test: what is found, what it is and whose it is.

func run(text string) briefing.Briefing {
	return extract.Run([]briefing.Document{{ID: "d1", Text: text}})
}

// runParsed extracts text read as a document is (headings and
// paragraphs found), where run takes it as one bare block.
func runParsed(text string) briefing.Briefing {
	res := ingest.Load([]string{ingest.StdinPath}, ingest.Options{Stdin: strings.NewReader(text)})
	return extract.Run(res.Documents)
}

func findAsset(b briefing.Briefing, name string) (briefing.Asset, bool) {
	for _, a := range b.Assets {
		if strings.EqualFold(a.Name, name) || slices.ContainsFunc(a.Aliases, func(s string) bool { return strings.EqualFold(s, name) }) {
			return a, true
		}
	}
	return briefing.Asset{}, false
}

func findActor(b briefing.Briefing, name string) (briefing.Actor, bool) {
	for _, a := range b.Actors {
		if strings.EqualFold(a.Name, name) || slices.ContainsFunc(a.Aliases, func(s string) bool { return strings.EqualFold(s, name) }) {
			return a, true
		}
	}
	return briefing.Actor{}, false
}

// wantAssets fails t for each name b holds no asset of.
func wantAssets(t *testing.T, b briefing.Briefing, names ...string) {
	t.Helper()
	for _, name := range names {
		if _, ok := findAsset(b, name); !ok {
			t.Errorf("%q not found (assets %v)", name, assetNames(b.Assets))
		}
	}
}

// wantActors fails t for each name b holds no actor of.
func wantActors(t *testing.T, b briefing.Briefing, names ...string) {
	t.Helper()
	for _, name := range names {
		if _, ok := findActor(b, name); !ok {
			t.Errorf("%q not found (actors %v)", name, actorNames(b.Actors))
		}
	}
}

func TestShipsAsReportingWritesThem(t *testing.T) {
	cases := []struct {
		text, ship, side string
	}{
		{"The cutter CCG 5901 shadowed the convoy for an hour.", "CCG 5901", "China"},
		{"BRP Sierra Madre (LS-57) has been grounded on the reef since 1999.", "BRP Sierra Madre", "Philippines"},
		{"HMAS Warramunga sailed from Darwin on Monday.", "HMAS Warramunga", "Australia"},
		{"TCG Anadolu led the flotilla out of the Bosphorus.", "TCG Anadolu", "Turkey"},
		// a prefix of two navies takes the one the document names
		{"India sent INS Kolkata to the gulf after the attack.", "INS Kolkata", "India"},
	}
	for _, c := range cases {
		b := run(c.text)
		a, ok := findAsset(b, c.ship)
		if !ok {
			t.Errorf("%q: no ship %q (assets %v)", c.text, c.ship, assetNames(b.Assets))
			continue
		}
		if a.Side != c.side || a.Domain != briefing.Sea {
			t.Errorf("%q: %s side %q domain %q, want %q, sea", c.text, c.ship, a.Side, a.Domain, c.side)
		}
		if a.Why.Rule == "" {
			t.Errorf("%q: %s has no why", c.text, c.ship)
		}
	}
}

func TestShipsListedAfterTheirClass(t *testing.T) {
	b := run("Three Type 054A frigates, Xuchang, Nantong and Huangshi, sailed past the island.")
	for _, name := range []string{"Xuchang", "Nantong", "Huangshi"} {
		a, ok := findAsset(b, name)
		if !ok {
			t.Errorf("no ship %s (assets %v)", name, assetNames(b.Assets))
			continue
		}
		if a.Category != "frigate" || a.Side != "China" {
			t.Errorf("%s: category %q side %q, want frigate, China", name, a.Category, a.Side)
		}
	}
	for _, a := range b.Actors {
		if a.Kind == briefing.Person {
			t.Errorf("a ship's name read as a person: %s", a.Name)
		}
	}
}

func TestUnitsByTheShapeOfTheirNames(t *testing.T) {
	text := "Ukraine's 47th Separate Mechanised Brigade and a drone team known as Group 9 held the village. " +
		"Later the 47th Brigade pulled back. Russia's 8th Combined Arms Army attacked from the east."
	b := run(text)
	for _, c := range []struct{ name, side string }{
		{"47th Separate Mechanised Brigade", "Ukraine"}, {"Group 9", "Ukraine"}, {"8th Combined Arms Army", "Russia"},
	} {
		a, ok := findAsset(b, c.name)
		if !ok {
			t.Errorf("no unit %q (assets %v)", c.name, assetNames(b.Assets))
			continue
		}
		if a.Category != "military unit" || a.Side != c.side {
			t.Errorf("%s: category %q side %q, want military unit, %s", c.name, a.Category, a.Side, c.side)
		}
	}
	if a, ok := findAsset(b, "47th Separate Mechanised Brigade"); ok && !slices.Contains(a.Aliases, "47th Brigade") {
		t.Errorf("the short form does not join the full name: aliases %v", a.Aliases)
	}
	for _, a := range b.Actors {
		if strings.Contains(a.Name, "Brigade") || strings.Contains(a.Name, "Army") {
			t.Errorf("a unit read as an actor: %s", a.Name)
		}
	}
}

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

func TestSidesFromThePhrase(t *testing.T) {
	cases := []struct {
		text, asset, side string
	}{
		{"A Danish frigate escorted the convoy past Greece.", "frigate", "Denmark"},
		{"Greece watched as the drones launched by Houthi forces fell short.", "drone", "Houthis"},
		{"The drone belonging to the Sudanese Armed Forces crashed near the airport.", "drone", "Sudan"},
		{"Two missiles were fired from the Houthi-controlled port of Hodeidah.", "missile", "Houthis"},
		// the party that shoots an asset down is not its operator
		{"Israeli jets shot down two drones over the Golan.", "drone", ""},
		{"US forces destroyed two drones over the sea.", "drone", ""},
	}
	for _, c := range cases {
		b := run(c.text)
		a, ok := findAsset(b, c.asset)
		if !ok {
			t.Errorf("%q: no %s (assets %v)", c.text, c.asset, assetNames(b.Assets))
			continue
		}
		if a.Side != c.side {
			t.Errorf("%q: %s side %q, want %q", c.text, c.asset, a.Side, c.side)
		}
	}
}

func TestQuantityFromTheAssetsOwnPhrase(t *testing.T) {
	b := run("China flew 24 J-16 and J-10C fighters across the line.")
	if a, ok := findAsset(b, "J-10C"); ok && a.Quantity != "" {
		t.Errorf("J-10C quantity %q: the 24 counts the J-16s", a.Quantity)
	}
}

func TestModifiersNameNoAsset(t *testing.T) {
	b := run("The army bought anti-tank rockets and counter-drone systems for the drone industry.")
	for _, a := range b.Assets {
		if a.Name == "tank" || a.Name == "drone" {
			t.Errorf("a modifier read as an asset: %s (%v)", a.Name, a.Aliases)
		}
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

func TestEveryExtractedItemSaysWhy(t *testing.T) {
	for _, path := range fixtureFiles(t) {
		b := extract.Run([]briefing.Document{loadOne(t, path)})
		for _, a := range b.Actors {
			if a.Origin == briefing.Extracted && a.Why.Rule == "" {
				t.Errorf("%s: actor %s has no why", path, a.Name)
			}
		}
		for _, a := range b.Assets {
			if a.Origin == briefing.Extracted && a.Why.Rule == "" {
				t.Errorf("%s: asset %s has no why", path, a.Name)
			}
		}
		for _, q := range b.Questions {
			if q.Origin == briefing.Extracted && (q.Why.Rule == "" || q.Why.Cue == "") {
				t.Errorf("%s: question %q has no rule or cue", path, q.Text)
			}
		}
	}
}

func TestSurnameJoinsFullNameAcrossDocuments(t *testing.T) {
	docs := []briefing.Document{
		{ID: "d1", Text: "Defense Secretary Lloyd Austin said the carrier would stay."},
		{ID: "d2", Text: "Austin said the deployment was open-ended."},
	}
	b := extract.Run(docs)
	var people []string
	for _, a := range b.Actors {
		if a.Kind == briefing.Person {
			people = append(people, a.Name)
		}
	}
	if len(people) != 1 || people[0] != "Lloyd Austin" {
		t.Errorf("people %v, want one: Lloyd Austin", people)
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

func TestKnownSurnameAsAnotherMansFirstName(t *testing.T) {
	b := run("Teodoro Balani, spokesman for the coast guard, said the ship was damaged.")
	if _, ok := findActor(b, "Gilberto Teodoro"); ok {
		t.Errorf("'Teodoro Balani' is not the defence secretary (actors %v)", actorNames(b.Actors))
	}
	if _, ok := findActor(b, "Teodoro Balani"); !ok {
		t.Errorf("Teodoro Balani not found (actors %v)", actorNames(b.Actors))
	}
}

func TestTypesAndUnitsTheGazetteerLacks(t *testing.T) {
	b := run("The frigate's SH-60B Seahawk helicopter joined the search. The militia fired Burkan rockets at the post. " +
		"A patrol of the UN force's Indonesian battalion came under fire. Burundi has kept three battalions in South Kivu. " +
		"North Korean troops were sent to the front. The jets came from two squadrons. More North Korean troops followed.")
	want := map[string]string{"SH-60B Seahawk": "helicopter", "Burkan": "rocket", "Indonesian battalion": "military unit",
		"three battalions": "military unit", "North Korean troops": "military unit"}
	for name, category := range want {
		if a, ok := findAsset(b, name); !ok || a.Category != category {
			t.Errorf("%q: %+v, want category %q (assets %v)", name, a, category, assetNames(b.Assets))
		}
	}
	if a, _ := findAsset(b, "three battalions"); a.Quantity != "three" {
		t.Errorf("three battalions: quantity %q", a.Quantity)
	}
	if _, ok := findAsset(b, "two squadrons"); ok {
		t.Errorf("'from two squadrons' counts the jets; it is no asset of its own")
	}
	// the troops stand for their state's military too, an organisation
	// apart from the state (see TestAStatesForcesAreOneActorApartFromTheState)
	if a, ok := findActor(b, "North Korean troops"); ok && a.Kind != briefing.Organization {
		t.Errorf("North Korean troops: %+v, an asset and their state's military, no %s", a, a.Kind)
	}
}

func TestGenericBesideNamedShips(t *testing.T) {
	b := run("The supply vessel Sierra Mar reached the shoal. Drones destroyed Russia's Ivanovets missile ship and a Russian corvette. " +
		"Norway said 12 submarines left Murmansk. Two Sierra-class submarines were seen later in the week.")
	if a, ok := findAsset(b, "Sierra Mar"); !ok || a.Category != "support ship" {
		t.Errorf("Sierra Mar: %+v (assets %v)", a, assetNames(b.Assets))
	}
	if a, ok := findAsset(b, "Ivanovets"); !ok || a.Category != "corvette" {
		t.Errorf("Ivanovets: %+v (assets %v)", a, assetNames(b.Assets))
	}
	if _, ok := findAsset(b, "corvette"); !ok {
		t.Errorf("'a Russian corvette' is another ship than the Ivanovets (assets %v)", assetNames(b.Assets))
	}
	if a, ok := findAsset(b, "submarines"); !ok || a.Quantity != "12" {
		t.Errorf("12 submarines outnumber the two named: %+v (assets %v)", a, assetNames(b.Assets))
	}
}

func TestTitlesAndNamesInsideLongerOnes(t *testing.T) {
	b := run("\"The sea lanes are safe,\" said State Secretary Claudiu Enache. The Mine Countermeasures Naval Group Black Sea " +
		"ended its patrol. The next patrol began under Bulgarian command.")
	if a, ok := findActor(b, "Claudiu Enache"); !ok || a.Title != "State Secretary" {
		t.Errorf("Claudiu Enache: %+v (actors %v)", a, actorNames(b.Actors))
	}
	for _, wrong := range []string{"State Secretary", "Naval Group", "Bulgarian command"} {
		if _, ok := findActor(b, wrong); ok {
			t.Errorf("%q is no actor here (actors %v)", wrong, actorNames(b.Actors))
		}
	}
}

func TestPeopleByHowReportingIntroducesThem(t *testing.T) {
	b := run("Rauf Mirzazade, a Baku-based military analyst, said it was not clear. The boat was held, according to " +
		"Hsieh Chun-wei, deputy director-general of the CGA. Guyana's Foreign Secretary, Anand Persaud, called it a " +
		"provocation. Kari Solberg Vik of the Conservative Party asked the minister. Eirik Mo Tangen of the Socialist " +
		"Left asked when. Lt Col Arvind Rathee, defence spokesperson in Jammu, says troops responded.")
	for _, name := range []string{"Rauf Mirzazade", "Hsieh Chun-wei", "Anand Persaud", "Kari Solberg Vik", "Eirik Mo Tangen", "Arvind Rathee"} {
		if a, ok := findActor(b, name); !ok || a.Kind != briefing.Person {
			t.Errorf("%q: %+v, want a person (actors %v)", name, a, actorNames(b.Actors))
		}
	}
	if a, _ := findActor(b, "Eirik Mo Tangen"); a.Title != "" {
		t.Errorf("Eirik Mo Tangen took the title %q of the sentence before", a.Title)
	}
	if a, _ := findActor(b, "Arvind Rathee"); a.Title != "Lieutenant Colonel" {
		t.Errorf("Arvind Rathee: title %q, want Lieutenant Colonel", a.Title)
	}
	if _, ok := findActor(b, "Socialist Left"); ok {
		t.Errorf("'Socialist Left' is a party, not a person")
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

// TestTypeBesideItsVariantIsOneAsset: a type written next to one of its
// variants ("F/A-18 Super Hornets", "E-2D Hawkeye") is one mention of
// the variant, not the type and the variant as two assets.
func TestTypeBesideItsVariantIsOneAsset(t *testing.T) {
	b := run("The carrier launched F/A-18 Super Hornets at dawn. An E-2D Hawkeye flew ahead of them.")
	var names []string
	for _, a := range b.Assets {
		names = append(names, a.Name)
	}
	for _, want := range []string{"F/A-18E/F Super Hornet", "E-2D Advanced Hawkeye"} {
		if a, ok := findAsset(b, want); !ok || len(a.Mentions) != 1 {
			t.Errorf("want one mention of %s; assets %q", want, names)
		}
	}
	for _, unwanted := range []string{"F/A-18 Hornet", "E-2 Hawkeye"} {
		if _, ok := findAsset(b, unwanted); ok {
			t.Errorf("the type %s was counted beside its variant; assets %q", unwanted, names)
		}
	}
}

// TestTypeAndItsVariantAreOneAsset: the author's "P-8A Poseidon" in an
// order of battle and the text's "P-8A Poseidon", which the gazetteer
// files under the type P-8 Poseidon, are one asset; and a document that
// names a type and exactly one of its variants means the variant.
func TestTypeAndItsVariantAreOneAsset(t *testing.T) {
	path := filepath.Join(t.TempDir(), "patrol.md")
	text := "# Patrol\n\nA P-8A Poseidon flew along the cable route on Monday.\n\n## Order of battle\n\n- P-8A Poseidon — maritime patrol aircraft, United States\n"
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	b := extract.Run([]briefing.Document{loadOne(t, path)})
	var names []string
	for _, a := range b.Assets {
		names = append(names, a.Name)
	}
	if len(b.Assets) != 1 || len(b.Assets[0].Mentions) != 2 {
		t.Errorf("assets %q, want one P-8A Poseidon with both mentions", names)
	}
	b = run("An E-2D Advanced Hawkeye launched at dawn. Later the E-2 landed again.")
	names = names[:0]
	for _, a := range b.Assets {
		names = append(names, a.Name)
	}
	if a, ok := findAsset(b, "E-2D Advanced Hawkeye"); !ok || len(a.Mentions) != 2 || len(b.Assets) != 1 {
		t.Errorf("assets %q, want the E-2D with both mentions", names)
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

// TestPartyClaimsOfCounts: in a document where claims are disputed, a
// count of enemy losses a party gives is asked back, the party named by
// what it is ("the army") or by name, "more than" kept with its count.
func TestPartyClaimsOfCounts(t *testing.T) {
	b := run("The rebels said they had shot down a drone, which the army denied. " +
		"According to the army, more than thirty rebels were killed in the fighting. " +
		"Two armoured vehicles were destroyed near the bridge, the rebels said.")
	want := map[string]bool{
		"Were more than thirty rebels killed in the fighting, as the army claims?":   false,
		"Were two armoured vehicles destroyed near the bridge, as the rebels claim?": false,
	}
	var got []string
	for _, q := range b.Questions {
		got = append(got, q.Text)
		if _, ok := want[q.Text]; ok {
			want[q.Text] = true
		}
	}
	for text, found := range want {
		if !found {
			t.Errorf("no question %q (got %q)", text, got)
		}
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

// TestPersonByAbbreviatedTitle: "Boris Ivanov, an MP, said" is a person
// known by the apposition, its title written in capitals.
func TestPersonByAbbreviatedTitle(t *testing.T) {
	b := run("Boris Ivanov, an MP, said the army had shelled the town of Kamen.")
	a, ok := findActor(b, "Boris Ivanov")
	if !ok || a.Kind != "person" {
		t.Fatalf("no person Boris Ivanov (actors %v)", actorNames(b.Actors))
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

// TestGenericNounOfANamedAsset: a generic noun is the named asset it
// was once written after ("two F-15 fighter jets"), however far apart
// the two are; a generic never written so stays an asset of its own.
func TestGenericNounOfANamedAsset(t *testing.T) {
	far := " The patrol went on for hours while officials met in the capital. Talks covered trade, fishing and the weather. No statement followed."
	b := run("Japan scrambled fighter jets on Thursday." + far + " The ministry said two F-15 fighter jets were sent to the scene.")
	if _, ok := findAsset(b, "fighter jet"); ok {
		t.Errorf("a generic fighter jet beside the F-15 fighter jets: %v", assetNames(b.Assets))
	}
	if _, ok := findAsset(b, "F-15"); !ok {
		t.Errorf("no F-15: %v", assetNames(b.Assets))
	}
	b = run("Ukraine launched naval drones at the port." + far + " A Magura V5 was seen near the bay.")
	if _, ok := findAsset(b, "naval drone"); !ok {
		t.Errorf("the naval drones were never written after the Magura V5's name, yet dropped: %v", assetNames(b.Assets))
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

// TestDotlessRankBeforeFullName: "Gen" without its dot is a rank before
// a first name and a surname, and a first name before a surname alone.
func TestDotlessRankBeforeFullName(t *testing.T) {
	b := run("The head of the council, Gen Moussa Barry Keita, said on radio that the army would respond.")
	if a, ok := findActor(b, "Moussa Barry Keita"); !ok || a.Title != "General" {
		t.Errorf("want General Moussa Barry Keita, got %v", actorNames(b.Actors))
	}
	b = run("Gen Nakatani said Japan would respond.")
	if _, ok := findActor(b, "Gen Nakatani"); !ok {
		t.Errorf("want the person Gen Nakatani, got %v", actorNames(b.Actors))
	}
}

// TestNoShipNamedInATitleCaseHeadline: after a ship noun in a headline
// written in title case, the capitals name nothing.
func TestNoShipNamedInATitleCaseHeadline(t *testing.T) {
	text := "Guyana Says Venezuela Sent Naval Ship Near Offshore Oil Platform\n\nGuyana said a Venezuelan patrol ship came close to an oil platform on Saturday."
	b := runParsed(text)
	if a, ok := findAsset(b, "Near Offshore Oil Platform"); ok {
		t.Errorf("a ship named from a headline's capitals: %+v", a)
	}
}

// TestSailorsAreNoForce: seafarers taken from a tanker are victims, not
// a state's force in the order of battle.
func TestSailorsAreNoForce(t *testing.T) {
	b := run("Kyiv said no Ukrainian sailors were aboard the tanker when pirates boarded it.")
	if a, ok := findAsset(b, "Ukrainian sailors"); ok {
		t.Errorf("sailors made an asset: %+v", a)
	}
}

// TestPeopleBesideTheirRoles: names set off by commas before a verb of
// speech, names after their role, and a first name that is also a
// missile's.
func TestPeopleBesideTheirRoles(t *testing.T) {
	cases := []struct{ text, person, notAsset string }{
		{"Latvia's head of the Security Bureau, Ilze Ozola, said the country was ready.", "Ilze Ozola", ""},
		{"Karim Haidari, Taliban border police spokesman, said the shooting stopped at noon.", "Karim Haidari", ""},
		{"The units sided with Salem Juha, brother of Interior Minister Emad Juha, on Friday.", "Emad Juha", "Emad"},
	}
	for _, c := range cases {
		b := run(c.text)
		if _, ok := findActor(b, c.person); !ok {
			t.Errorf("%q: no person %q (actors %v)", c.text, c.person, actorNames(b.Actors))
		}
		if c.notAsset != "" {
			if _, ok := findAsset(b, c.notAsset); ok {
				t.Errorf("%q: a first name made the asset %q", c.text, c.notAsset)
			}
		}
	}
	b := run("Karim Haidari, Taliban Ministry of Defence spokesman, said the shooting stopped.")
	if _, ok := findActor(b, "UK Ministry of Defence"); ok {
		t.Errorf("the Taliban's ministry taken for the UK's: %v", actorNames(b.Actors))
	}
}

// TestNameAndInstitutionStayApart: "Kikli and Government of National
// Unity" is a man and a government, not one institution.
func TestNameAndInstitutionStayApart(t *testing.T) {
	b := run("Tensions grew between Haddad and Government of National Accord officials over the port.")
	if _, ok := findActor(b, "Haddad and Government of National Accord"); ok {
		t.Errorf("a name joined to an institution: %v", actorNames(b.Actors))
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

// refuseActors fails t for each name b holds an actor of (by its name or
// an alias); why says what the words are instead.
func refuseActors(t *testing.T, b briefing.Briefing, why string, names ...string) {
	t.Helper()
	for _, name := range names {
		if _, ok := findActor(b, name); ok {
			t.Errorf("%q %s (actors %v)", name, why, actorNames(b.Actors))
		}
	}
}

// refuseActorNames fails t for each name an actor of b is named by (an
// alias may still hold it: "Berg Lind" of "Anna Berg Lind").
func refuseActorNames(t *testing.T, b briefing.Briefing, why string, names ...string) {
	t.Helper()
	for _, name := range names {
		if slices.ContainsFunc(b.Actors, func(a briefing.Actor) bool { return a.Name == name }) {
			t.Errorf("%q %s (actors %v)", name, why, actorNames(b.Actors))
		}
	}
}

// refuseAssets fails t for each name b holds an asset of (by its name or
// an alias).
func refuseAssets(t *testing.T, b briefing.Briefing, why string, names ...string) {
	t.Helper()
	for _, name := range names {
		if _, ok := findAsset(b, name); ok {
			t.Errorf("%q %s (assets %v)", name, why, assetNames(b.Assets))
		}
	}
}

// TestAMonthsShortFormStartsAName: "Jan" opens a person's name when a
// name follows it; before a day's number it is still the month.
func TestAMonthsShortFormStartsAName(t *testing.T) {
	b := run("Jan Kowalski, a spokesman for the brigade, declined to comment. On Jan. 8 the brigade withdrew, " +
		"and by Jan 12 it had left the valley.")
	wantActors(t, b, "Jan Kowalski")
	refuseActorNames(t, b, "is a date, no person", "Jan", "Jan. 8", "Jan 12")
}

// TestAGivenNameOpensAPersonsName: a full name opened by a common given
// name is a person even with nothing beside it; the same run ending in
// a building's or a body's word is a place or a body.
func TestAGivenNameOpensAPersonsName(t *testing.T) {
	b := run("Officials would not say whether Yusuf Haddad was among those killed in the strike. " +
		"The wounded were taken to Khalil Hospital, and the Ahmed Karimi administration said the Omar Tell Brigade " +
		"had withdrawn.")
	wantActors(t, b, "Yusuf Haddad")
	refuseActors(t, b, "are no people", "Khalil Hospital", "Ahmed Karimi", "Omar Tell")
}

// TestASuicideBomberIsNoAircraft: "suicide bomber" is a person; a car
// laden with explosives is a vehicle bomb.
func TestASuicideBomberIsNoAircraft(t *testing.T) {
	b := run("A suicide bomber blew himself up at the gate, and an explosives-laden truck struck the barracks an hour later.")
	if len(b.Assets) != 1 || b.Assets[0].Category != "improvised explosive device" {
		t.Errorf("want one vehicle bomb, got %v", assetNames(b.Assets))
	}
}
