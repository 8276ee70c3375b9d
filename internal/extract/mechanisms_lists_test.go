package extract_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/briefing-tools/briefing/internal/briefing"
)

// Mechanisms found on real reporting the rules were not written against:
// people listed with their ages, ships after a class with an article, the
// side a list shares or a state's forces name, units named by type and
// number.

func TestPeopleListedWithTheirAges(t *testing.T) {
	b := run("The raid freed Dana Levin, 31, Omer Kaplan, 19; and Yosef Adler, 52, who were held in the camp. " +
		"The convoy left on June 26, 2024, before dawn.")
	for _, name := range []string{"Dana Levin", "Omer Kaplan", "Yosef Adler"} {
		if a, ok := findActor(b, name); !ok || a.Kind != briefing.Person {
			t.Errorf("%q: %+v, want a person (actors %v)", name, a, actorNames(b.Actors))
		}
	}
	if _, ok := findActor(b, "June"); ok {
		t.Errorf("a date is no person (actors %v)", actorNames(b.Actors))
	}
}

func TestShipsAfterAClassWithAnArticle(t *testing.T) {
	b := run("Radio reports said the group consists of the Kalvar-class frigate the Tessaly, the Morrin-class " +
		"destroyer the Arkon and a tanker.")
	wantAssets(t, b, "Tessaly", "Arkon", "Morrin class", "Kalvar class")
	for _, a := range b.Assets {
		if a.Name == "Tessaly, the Morrin class" {
			t.Errorf("a class name reaches over \", the\": %q", a.Name)
		}
	}
}

func TestListedAssetsShareTheKnownSide(t *testing.T) {
	b := run("New Zealand's navy is shadowing the group. The group consists of the Kalvar-class frigate the " +
		"Tessaly, the Type 055 cruiser Zunyi and the Morrin-class replenishment ship the Arkon.")
	for _, name := range []string{"Tessaly", "Arkon"} {
		if a, ok := findAsset(b, name); !ok || a.Side != "China" {
			t.Errorf("%q: side %q, want China, the side of the Type 055 listed with it (assets %v)", name, a.Side, assetNames(b.Assets))
		}
	}
}

func TestSideFromTheForceNotThePlace(t *testing.T) {
	b := run("The Polish military said the operations in Belarus began overnight and involved the 12th Division. " +
		"Poland said fighting erupted with the rebels in western Belarus after its paratroops and commandos launched raids.")
	for _, name := range []string{"12th Division", "paratroopers", "special operations forces"} {
		if a, ok := findAsset(b, name); !ok || a.Side != "Poland" {
			t.Errorf("%q: side %q, want Poland, whose forces the sentence names (assets %v)", name, a.Side, assetNames(b.Assets))
		}
	}
}

func TestUnitsNamedByTypeAndNumber(t *testing.T) {
	b := run("The jet belonged to Strike Fighter Squadron (VFA) 105. Two destroyers assigned to Destroyer Squadron 26 " +
		"escorted the carrier.")
	for name, domain := range map[string]briefing.Domain{"Strike Fighter Squadron (VFA) 105": briefing.Air, "Destroyer Squadron 26": briefing.Sea} {
		if a, ok := findAsset(b, name); !ok || a.Domain != domain {
			t.Errorf("%q: %+v, want a unit in the %s domain (assets %v)", name, a, domain, assetNames(b.Assets))
		}
	}
	refuseAssets(t, b, "is part of a longer unit name", "Squadron 26", "Squadron (VFA) 105")
}

func TestHeadlineShipJoinsItsFullName(t *testing.T) {
	b := runParsed("USS Vinson Arrives in Guam After Long Pacific Patrol\n\n" +
		"The aircraft carrier USS Carl Vinson (CVN 70) arrived in Guam on Monday after four months at sea.\n")
	a, ok := findAsset(b, "USS Carl Vinson")
	if !ok {
		t.Fatalf("USS Carl Vinson not found (assets %v)", assetNames(b.Assets))
	}
	if len(a.Mentions) < 2 {
		t.Errorf("the headline's USS Vinson is not a mention of USS Carl Vinson: %+v", a)
	}
	for _, x := range b.Assets {
		if strings.Contains(x.Name, "Arrives") || x.Name == "USS Vinson" {
			t.Errorf("headline words read as a ship: %q (assets %v)", x.Name, assetNames(b.Assets))
		}
	}
}

func TestHyphenatedShipNamesAndTrainingTopics(t *testing.T) {
	b := run("Ships taking part included ROKS Yang Man-chun and the USS Carney-led task group. The drills cover " +
		"Ballistic Missile Defense and Anti-Submarine Warfare.")
	if _, ok := findAsset(b, "ROKS Yang Man-chun"); !ok {
		t.Errorf("ROKS Yang Man-chun not found whole (assets %v)", assetNames(b.Assets))
	}
	refuseAssets(t, b, "read as an asset", "USS Carney-led", "Warfare", "ballistic missile")
}

func TestShipNamedForAnOfficer(t *testing.T) {
	b := run("The trawler met one of the fleet's largest destroyers, the Admiral Vorontsov, during drills. " +
		"Chief mate Lars Eikeland said the crew was told to leave. Admiral Tom Hale said the navy was watching.")
	if a, ok := findAsset(b, "Admiral Vorontsov"); !ok || a.Category != "destroyer" {
		t.Errorf("the Admiral Vorontsov: %+v, want a destroyer (assets %v)", a, assetNames(b.Assets))
	}
	if _, ok := findActor(b, "Vorontsov"); ok {
		t.Errorf("a ship read as a person (actors %v)", actorNames(b.Actors))
	}
	for _, name := range []string{"Lars Eikeland", "Tom Hale"} {
		if a, ok := findActor(b, name); !ok || a.Kind != briefing.Person {
			t.Errorf("%q: %+v, want a person (actors %v)", name, a, actorNames(b.Actors))
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

func TestStatusOfTheShipAJetWasLostFrom(t *testing.T) {
	b := runParsed("Navy Jet Lost at Sea as USS Vinson Evades Missile\n\n" +
		"An F/A-18E Super Hornet was lost overboard from the USS Carl Vinson (CVN 70) on Monday, the Navy said. " +
		"The carrier group also includes the cruiser USS Princeton.\n")
	// the jet was lost, not the carrier, nor the cruiser named after it
	for _, name := range []string{"USS Carl Vinson", "USS Princeton"} {
		if a, ok := findAsset(b, name); !ok || a.Status == briefing.Destroyed {
			t.Errorf("%q: status %q, want any but destroyed (assets %v)", name, a.Status, assetNames(b.Assets))
		}
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

func TestPluralInIesMatchesItsForm(t *testing.T) {
	b := run("Jets struck surface-to-air missile batteries near the coast, and the navy said its SAM arrays were intact.")
	a, ok := findAsset(b, "air-defence system")
	if !ok || a.Category != "air-defence system" {
		t.Fatalf("no air-defence system (assets %v)", assetNames(b.Assets))
	}
	if _, ok := findAsset(b, "surface-to-air missile"); ok {
		t.Errorf("the batteries read as their missile (assets %v)", assetNames(b.Assets))
	}
}

// TestArmsSeizedInARaid: the arms a raid takes are assets, each of its
// own kind, and "rocket-propelled grenades" is no rocket.
func TestArmsSeizedInARaid(t *testing.T) {
	b := run("The insurgents said they seized 40 assault rifles, rocket-propelled grenades, a heavy machine gun " +
		"and six military vehicles when they overran the outpost.")
	wantAssets(t, b, "assault rifle", "rocket-propelled grenade", "machine gun", "military vehicle")
	if _, ok := findAsset(b, "rocket"); ok {
		t.Errorf("a rocket-propelled grenade read as a rocket (assets %v)", assetNames(b.Assets))
	}
}

// TestBombsByKind: cluster bombs and a guided bomb named with a plain
// word ("Hammer munitions") are assets; a bare "bomb" is not.
func TestBombsByKind(t *testing.T) {
	b := run("The militia has fired rockets, including cluster bombs, at the port. The jets used Hammer munitions " +
		"against the depots. A car bomb went off near the market.")
	wantAssets(t, b, "cluster munition", "AASM Hammer")
	for _, a := range b.Assets {
		if strings.Contains(strings.ToLower(a.Name), "car bomb") {
			t.Errorf("a car bomb is no asset: %q", a.Name)
		}
	}
}

// TestMinesByDomain: mines on land and at sea are assets of their own
// domains; a gold mine is not.
func TestMinesByDomain(t *testing.T) {
	b := run("Retreating units left anti-tank mines on the road, and the navy says sea mines were laid off the port. " +
		"Armoured cars guarded the gold mine.")
	for name, domain := range map[string]briefing.Domain{"landmine": briefing.Land, "naval mine": briefing.Sea, "armoured vehicle": briefing.Land} {
		if a, ok := findAsset(b, name); !ok || a.Domain != domain {
			t.Errorf("%q: %+v, want domain %s (assets %v)", name, a, domain, assetNames(b.Assets))
		}
	}
	if len(b.Assets) != 3 {
		t.Errorf("assets %v, want the two mines and the armoured cars", assetNames(b.Assets))
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

// TestWidelyExportedPlatformTakesTheReportsSide: a platform sold to many
// states takes the side the report gives, not its maker's, when the
// gazetteer lists none of the document's states among its operators.
func TestWidelyExportedPlatformTakesTheReportsSide(t *testing.T) {
	b := run("Mexican marines clashed with gunmen in the port town on Friday. An official said a Black Hawk " +
		"helicopter fired on the gunmen's trucks.")
	if a, ok := findAsset(b, "UH-60 Black Hawk"); !ok || a.Side != "Mexico" {
		t.Errorf("Black Hawk: side %q, want Mexico (assets %v)", a.Side, assetNames(b.Assets))
	}
}

// TestMerchantShipNamesHideNoPlatform: a tanker named "MT Coral Osprey"
// is no V-22 Osprey.
func TestMerchantShipNamesHideNoPlatform(t *testing.T) {
	b := run("Pirates boarded the tanker MT Coral Osprey off the coast on Sunday before the navy ship NNS Okpabana " +
		"foiled the attack. Two Ospreys later flew over the area.")
	wantAssets(t, b, "NNS Okpabana")
	if a, ok := findAsset(b, "V-22 Osprey"); ok && len(a.Mentions) != 1 {
		t.Errorf("V-22 Osprey read in the tanker's name: %d mentions", len(a.Mentions))
	}
}

// TestARegionThatSpeaksIsAnActor: a region the gazetteer knows that
// speaks is its government ("Somaliland said …").
func TestARegionThatSpeaksIsAnActor(t *testing.T) {
	b := run("Fighting broke out near the town on Monday. Somaliland said its army would defend itself if attacked.")
	wantActors(t, b, "Somaliland")
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

// TestAServicesUnitsTakeItsCountry: "the Army's 6th Infantry Division"
// belongs to the one army the document names with its country.
func TestAServicesUnitsTakeItsCountry(t *testing.T) {
	b := run("The Kenyan Army clashed with rebels in the hills, the Army said. The commander of the Army's 6th " +
		"Infantry Division said troops had withdrawn.")
	if a, ok := findAsset(b, "6th Infantry Division"); !ok || a.Side != "Kenya" {
		t.Errorf("6th Infantry Division: %+v, want the army's country (assets %v)", a, assetNames(b.Assets))
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

func TestTypesListedBeforeTheirNounAndMarks(t *testing.T) {
	b := run("In the south the army flies Merlin, Puma and Lynx helicopters. The ministry will convert the eight " +
		"Chinook Mk3 helicopters to a transport role.")
	wantAssets(t, b, "AgustaWestland AW101", "Aérospatiale SA 330 Puma", "Westland Lynx", "CH-47 Chinook")
	refuseAssets(t, b, "is a mark of the Chinook, no asset of its own", "Mk3", "Mk3 helicopters")
}

func TestPeopleListedAfterAPluralRoleAndHyphenatedRanks(t *testing.T) {
	b := run("The dead were ranger Somchai Dee, Sergeant Preecha Kong and volunteers Anan Suk and Wichai Thong-on. " +
		"\"They want chaos,\" Third Army Commander Lt-General Pravit Rak said. A spokesman for the Yemen-based rebels spoke.")
	wantActors(t, b, "Somchai Dee", "Preecha Kong", "Anan Suk", "Wichai Thong-on", "Pravit Rak")
	if a, _ := findActor(b, "Wichai Thong-on"); a.Role != "volunteer" {
		t.Errorf("Wichai Thong-on: role %q, want volunteer", a.Role)
	}
	refuseActors(t, b, "is no actor", "Lt", "based rebels")
}

func TestOrdinalsListedBeforeAPluralUnitAndNewTypes(t *testing.T) {
	b := run("An offensive by Eritrea's 57th and 21st divisions was stopped. The Tobol complex jammed signals, an HC-130J " +
		"searched the area, and an improvised bomb hit the road.")
	wantAssets(t, b, "57th division", "21st division", "Tobol", "C-130J Super Hercules", "improvised explosive device")
	if a, _ := findAsset(b, "57th division"); a.Side != "Eritrea" {
		t.Errorf("57th division: side %q, want Eritrea", a.Side)
	}
}

func TestSurnamesOfTwoWordsAndSinaiNames(t *testing.T) {
	b := run("Rear Adm. Anna Berg Lind spoke in Washington. Berg Lind said ships turned off their transponders. " +
		"Fighters of Province of Sinai stormed a checkpoint in Sheikh Zuwayed.")
	if a, ok := findActor(b, "Anna Berg Lind"); !ok || len(a.Mentions) < 2 {
		t.Errorf("Anna Berg Lind: %+v, want two mentions (actors %v)", a, actorNames(b.Actors))
	}
	wantActors(t, b, "Islamic State Sinai Province")
	refuseActorNames(t, b, "is no actor of its own", "Berg Lind", "Zuwayed")
}

func TestVehiclesAndTheWeaponsMountedOnThem(t *testing.T) {
	b := run("Raiders arrived in four-wheel-drive vehicles and pickup trucks with mounted machine guns.")
	wantAssets(t, b, "four-wheel-drive vehicle", "pickup truck")
	if _, ok := findAsset(b, "machine gun"); ok {
		t.Errorf("the machine guns are the trucks', no asset of their own (assets %v)", assetNames(b.Assets))
	}
}

func TestFullNamesSetOffBesideARole(t *testing.T) {
	b := run("The leader of the breakaway region, Arman Vale, boasted on television. Reports prompted Kemal Ozan, foreign " +
		"policy adviser to the President, to call on the Ambassador to the country, Ravi Sundaram. The lake shore, " +
		"Pangong Lake, froze.")
	wantActors(t, b, "Arman Vale", "Kemal Ozan", "Ravi Sundaram")
	refuseActorNames(t, b, "is a lake, no person", "Pangong Lake")
}

func TestSupportShipsByNameAndSouthAfricanPrefix(t *testing.T) {
	b := run("The ministry named the ships as the frigate Admiral Gorshkov, the fleet oil tanker Pashin and the salvage " +
		"tug Nikolai Chiker. Three sailors had been aboard SAS Manthatisi. A PLA-N destroyer shadowed them.")
	wantAssets(t, b, "Pashin", "Nikolai Chiker", "SAS Manthatisi")
	wantActors(t, b, "PLA Navy")
	refuseActorNames(t, b, "is not in this text", "Special Air Service", "N")
	for _, wrong := range []string{"Special Air Service", "N"} {
		if slices.ContainsFunc(b.Assets, func(a briefing.Asset) bool { return a.Name == wrong }) {
			t.Errorf("%q is not in this text (assets %v)", wrong, assetNames(b.Assets))
		}
	}
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

func TestSpeakerLabelsOfATranscript(t *testing.T) {
	b := run("Written answers\n\nMr. Alan Reeve: To ask the Secretary of State what helicopters are deployed.\n\n" +
		"Ruth Calder [holding answer 4 March]: As of February, the UK deployed Chinook helicopters.\n\n" +
		"Key Points: the fleet is stretched.\n\nTom Hale: Will more be sent?\n\nRuth Calder: Not this year.\n\nTom Hale: Thank you.")
	wantActors(t, b, "Alan Reeve", "Ruth Calder", "Tom Hale")
	refuseActorNames(t, b, "is a heading's label, no person", "Key Points")
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

// TestRolesAndAcronymsOfProcurementNews: a role in capitals before a
// name ("CEO"), a counterpart named after a comma, and a body's acronym
// that the gazetteer gives another state.
func TestRolesAndAcronymsOfProcurementNews(t *testing.T) {
	b := run("Shipyard CEO Anika Folau signed the deal, watched by the Fijian minister, Semi Tora, and his Tongan " +
		"counterpart, Viliami Hufanga. Funds come from the Tongan Ministry of Defence (MoD), and the MoD said the first " +
		"boat arrives in May.")
	wantActors(t, b, "Anika Folau", "Semi Tora", "Viliami Hufanga", "Tongan Ministry of Defence")
	refuseActors(t, b, "is the UK's ministry; the text defines MoD as Tonga's", "UK Ministry of Defence")
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

// TestNameBeforeWho: a full name set off by a comma before "who" is a
// person's; bodies so written stay what they are.
func TestNameBeforeWho(t *testing.T) {
	b := run("One of the brigade's commanders is Idris al-Maghrabi, who is wanted by a court in The Hague. " +
		"The Rapid Support Forces, who deny the charge, said nothing more.")
	wantActors(t, b, "Idris al-Maghrabi")
	if a, ok := findActor(b, "Rapid Support Forces"); !ok || a.Kind == briefing.Person {
		t.Errorf("Rapid Support Forces: kind %q (found %v), want a group", a.Kind, ok)
	}
}

// TestTypeNameBeforeDescribedNoun: a type the gazetteer does not know as
// such is named before its noun also with a describing word between.
func TestTypeNameBeforeDescribedNoun(t *testing.T) {
	b := run("The battalion brings its Puma armoured infantry fighting vehicles to the border.")
	if a, ok := findAsset(b, "Puma"); !ok || a.Category != "infantry fighting vehicle" {
		t.Errorf("Puma: category %q (found %v), want infantry fighting vehicle", a.Category, ok)
	}
	refuseAssets(t, b, "is the Puma's own noun", "infantry fighting vehicle")
}

// TestNicknamesAndNamedFactions: a name after "aka" is the person's; a
// capitalised name before "structure" or "faction" names a group.
func TestNicknamesAndNamedFactions(t *testing.T) {
	b := run("The patrol hunted Ruperto Salas Quinto, aka Comrade Tomas, near the river. The ambush was blamed on " +
		"the Manuel Ortiz structure, a dissident faction.")
	wantActors(t, b, "Ruperto Salas Quinto", "Manuel Ortiz structure")
	persons := 0
	for _, a := range b.Actors {
		if a.Kind == briefing.Person {
			persons++
			if !slices.Contains(a.Aliases, "Comrade Tomas") {
				t.Errorf("%s: aliases %v, want Comrade Tomas among them", a.Name, a.Aliases)
			}
		}
	}
	if persons != 1 {
		t.Errorf("%d persons, want one: the alias is no person of its own", persons)
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

// TestGovernmentOfAState: "the Federal Government of Somalia" is Somalia
// named by its government, no body of its own; a government named for
// what it is stays one ("Government of National Accord").
func TestGovernmentOfAState(t *testing.T) {
	b := run("The strike was made with the Federal Government of Somalia. The Government of National Accord objected.")
	wantActors(t, b, "Somalia", "Government of National Accord")
	refuseActorNames(t, b, "is Somalia's government, the state itself", "Federal Government")
}

// TestPlaceOwnedCollectivesNameNoGroup: "the country's gangs" are gangs
// of a place, no group named by what they do.
func TestPlaceOwnedCollectivesNameNoGroup(t *testing.T) {
	b := run("New measures target the country's gangs, and the region's militias answered with raids. " +
		"Drug trafficking groups stayed away.")
	refuseActorNames(t, b, "are named by a place they belong to", "country's gangs", "region's militias")
	wantActors(t, b, "drug trafficking groups")
}

// TestUnitNameInsideADocumentsName: "the Surface Fleet Review" is a
// review, no fleet.
func TestUnitNameInsideADocumentsName(t *testing.T) {
	b := run("The gap was found by the Surface Fleet Review. The 3rd Infantry Brigade moved north.")
	refuseAssets(t, b, "is part of a review's name", "Surface Fleet")
	wantAssets(t, b, "3rd Infantry Brigade")
}

// TestInitialsAfterARank: initials in capitals open a name after a rank
// ("Air Marshal AK Bharti"); a known acronym there does not.
func TestInitialsAfterARank(t *testing.T) {
	b := run("Senior officers, including Air Marshal RK Sethi, spoke. Sethi said the pilots were safe.")
	wantActors(t, b, "RK Sethi")
}

// TestJetFighterIsAFighterJet: the noun order reporting also uses names
// the same generic asset.
func TestJetFighterIsAFighterJet(t *testing.T) {
	b := run("A witness said he saw a jet fighter overhead before the bombs fell.")
	if a, ok := findAsset(b, "fighter jet"); !ok || a.Category != "fighter aircraft" {
		t.Errorf("fighter jet: %+v (found %v), want the generic fighter aircraft", a, ok)
	}
}

// TestTroopsInPlayNamedOnce: a state's troops named once are in play
// when a verb of deployment or fighting ("opened fire") stands beside them, and a number
// written with commas is their whole quantity.
func TestTroopsInPlayNamedOnce(t *testing.T) {
	b := run("Hundreds of Turkish troops have been deployed along the northern ridge. Kigali sent 1,000 " +
		"Rwandan troops to the province in 2021. Seven Pakistani soldiers were killed in the ambush. " +
		"Officials said Armenian troops opened fire on a farm.")
	wantAssets(t, b, "Turkish troops", "Rwandan troops", "Armenian troops")
	refuseAssets(t, b, "are named once, as casualties", "Pakistani soldiers")
	if a, ok := findAsset(b, "Rwandan troops"); !ok || a.Quantity != "1,000" || a.Why.Rule != "forces-deployed" {
		t.Errorf("Rwandan troops: quantity %q rule %q, want 1,000 and forces-deployed", a.Quantity, a.Why.Rule)
	}
}

func TestSatellitesNamedBySeriesAndNumber(t *testing.T) {
	b := run("Moscow launched Kosmos 2590 last week; analysts said it flies close to USA 338, an American reconnaissance " +
		"platform. Beijing placed Yaogan-41 in orbit. A Russian interceptor struck a dead Russian satellite " +
		"(Cosmos 1500) in a test the USA condemned.")
	for name, side := range map[string]string{"Kosmos 2590": "Russia", "USA 338": "United States", "Yaogan-41": "China", "Cosmos 1500": "Russia"} {
		a, ok := findAsset(b, name)
		if !ok || a.Category != "satellite" || a.Domain != briefing.Space || a.Side != side {
			t.Errorf("%q: %+v, want a satellite of %s in space (assets %v)", name, a, side, assetNames(b.Assets))
		}
	}
	// the satellite named in brackets after the noun is the same one
	if a, _ := findAsset(b, "Cosmos 1500"); !slices.Contains(a.Aliases, "Russian satellite") && !slices.Contains(a.Aliases, "satellite") {
		t.Errorf("Cosmos 1500 does not take the noun before it: %+v (assets %v)", a, assetNames(b.Assets))
	}
	// the series word alone is the state
	wantActors(t, b, "United States")
	refuseAssets(t, b, "is the state, no satellite", "USA")
}

func TestDesignatorsInPluralAndNounsBesideAName(t *testing.T) {
	b := run("Jakarta still plans to buy 32 F-16Vs. Bombers flew in the Alaska Air Defense Identification Zone. " +
		"The navy's submarine, KRI Cakra-401, lost contact with the base on Wednesday.")
	if a, ok := findAsset(b, "F-16Vs"); !ok || a.Name != "F-16V" {
		t.Errorf("F-16Vs: %+v, want the F-16V (assets %v)", a, assetNames(b.Assets))
	}
	refuseAssets(t, b, "names a zone, not a system", "air-defence system", "Air Defense")
	// the submarine is the one named after the comma, which the prefix
	// alone gave no type
	if a, ok := findAsset(b, "KRI Cakra-401"); !ok || a.Category != "submarine" || a.Domain != briefing.Sea {
		t.Errorf("KRI Cakra-401: %+v, want the submarine (assets %v)", a, assetNames(b.Assets))
	}
	if slices.ContainsFunc(b.Assets, func(a briefing.Asset) bool { return a.Name == "submarine" }) {
		t.Errorf("the submarine is the one named beside it, no generic asset (assets %v)", assetNames(b.Assets))
	}
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

func TestAForcesOwnCraftIsOneAssetUnderItsNames(t *testing.T) {
	b := run("Thailand scrambled jets after a Royal Malaysia Police helicopter crossed the Golok river. Radar showed the " +
		"helicopter turning back towards Thai airspace. The Royal Malaysian Police (PDRM) said a PDRM helicopter was on a " +
		"routine flight. Carabineros and the Jandarma also fly such craft.")
	var helis []briefing.Asset
	for _, a := range b.Assets {
		if strings.Contains(strings.ToLower(a.Name), "helicopter") {
			helis = append(helis, a)
		}
	}
	if len(helis) != 1 || helis[0].Side != "Malaysia" || len(helis[0].Mentions) != 3 {
		t.Fatalf("helicopters %+v, want one Malaysian asset with three mentions", helis)
	}
	// police, gendarmeries and border guards are in the gazetteer
	for name, state := range map[string]string{"Carabineros de Chile": "Chile", "Turkish Gendarmerie": "Turkey", "Royal Malaysia Police": "Malaysia"} {
		if a, ok := findActor(b, name); !ok || a.Affiliation != state {
			t.Errorf("%q: %+v, want an actor of %s (actors %v)", name, a, state, actorNames(b.Actors))
		}
	}
}

func TestShipNamesAsHansardAndCaptainsWriteThem(t *testing.T) {
	b := run("Lord Avery asked what equipment from HMS “Kent” was lost. Our thoughts are with the crew, said HMS Tyne " +
		"Commander Ruth Pryce. Searchers followed the route of the submarine, the ARA Salta, towards the shelf. " +
		"Skopje troops crossed the river and counterattacked insurgents near the ridge. Macedonia attacks rebels from the air.")
	for _, name := range []string{"HMS Kent", "HMS Tyne"} {
		if _, ok := findAsset(b, name); !ok {
			t.Errorf("no %q (assets %v)", name, assetNames(b.Assets))
		}
	}
	if a, ok := findAsset(b, "ARA Salta"); !ok || a.Category != "submarine" {
		t.Errorf("ARA Salta: %+v, want the submarine it is said to be (assets %v)", a, assetNames(b.Assets))
	}
	for _, a := range b.Assets {
		if a.Name == "submarine" {
			t.Errorf("a generic submarine beside the one named (assets %v)", assetNames(b.Assets))
		}
	}
	wantActors(t, b, "Ruth Pryce", "North Macedonia")
	refuseActorNames(t, b, "a verb, not a group's name", "counterattacked insurgents", "Macedonia attacks rebels")
}

func TestNicknamesClaimantsAndTypesListedBesideAKnownOne(t *testing.T) {
	b := run("Fighters loyal to presidential claimant Marc Dossou took the bridge. Their commander, Didier “Tonnerre” " +
		"Kouassi, said he had 3,000 men. President Lobo “We will win” was heard on the radio. At dawn, Hawk and " +
		"F-16 fighter jets from the air force struck the depot.")
	wantActors(t, b, "Marc Dossou", "Didier Kouassi")
	refuseActorNames(t, b, "a quotation, not a nickname", "Lobo We")
	if a, ok := findAsset(b, "Hawk"); !ok || a.Category != "fighter aircraft" {
		t.Errorf("Hawk: %+v, want a type of the list's noun (assets %v)", a, assetNames(b.Assets))
	}
}

func TestAUnitNamedByAnAcronymNothingElseClaims(t *testing.T) {
	b := run("The elite KORPAT unit said it would refuse orders. Later KORPAT officers took the radio station. " +
		"The village is held by the People's Defence Forces (PDF). The local PDF unit reported six dead.")
	if a, ok := findAsset(b, "KORPAT"); !ok || a.Category != "military unit" || len(a.Mentions) != 2 {
		t.Errorf("KORPAT: %+v, want a unit named twice (assets %v)", a, assetNames(b.Assets))
	}
	refuseAssets(t, b, "a group's own acronym, defined in the text", "PDF")
}

func TestPeopleIntroducedByWhoTheyAreOrByARoleAfterTheirName(t *testing.T) {
	b := run("A herder named Tesfaye Alemu Bekele said the drones came at dawn. Samoan man Iosefa Tuilagi, " +
		"interviewed by local radio, said fuel had reached the reef. Gangs answer to Dieudonne Pierre Louis, alias " +
		"“Ti Lapli,” in the hills. A village defence guard Rahul Verma was killed. Sami Haddad, Director of Public " +
		"Information for the Interior Ministry, said talks would resume. The rebel Free Sahel Movement denied it.")
	wantActors(t, b, "Tesfaye Alemu Bekele", "Iosefa Tuilagi", "Dieudonne Pierre Louis", "Rahul Verma", "Sami Haddad")
	if a, _ := findActor(b, "Iosefa Tuilagi"); a.Role == "man" {
		t.Errorf("Iosefa Tuilagi: role %q; saying who someone is gives no office", a.Role)
	}
	refuseActorNames(t, b, "a group's name, not a person's", "Free Sahel")
}

func TestABuyerOrFlyerOfAWidelySoldTypeIsItsSide(t *testing.T) {
	b := run("Switzerland will buy the Patriot system, the government said. Norway deployed two " +
		"F-16 fighters on Saturday. Iranian drones struck a base in Israel, and a Patriot battery fired at them.")
	sides := map[string]string{}
	for _, a := range b.Assets {
		sides[a.Name] = a.Side
	}
	if sides["F-16 Fighting Falcon"] != "Norway" {
		t.Errorf("F-16 side %q, want Norway, which deployed them (assets %v)", sides["F-16 Fighting Falcon"], sides)
	}
	for _, a := range b.Assets {
		if a.Name == "Patriot" && a.Side == "Iran" {
			t.Errorf("Patriot side Iran: a state named near a type it does not buy or fly is not its side")
		}
	}
}

func TestAHeadlineVerbSeparatesTheActorFromTheOwner(t *testing.T) {
	b := runParsed("Greece Downs Turkish Drone Over Aegean\n\nA Greek F-16 intercepted a Turkish drone over Lesbos on Monday.\n")
	for _, a := range b.Assets {
		if strings.Contains(a.Name, "drone") && a.Side != "Turkey" {
			t.Errorf("%s: side %q, want Turkey (the demonym beside it, not the state before the verb)", a.Name, a.Side)
		}
	}
}

func TestLightAttackAircraftAndArmourOfSmallerWars(t *testing.T) {
	b := run("OV-10 Bronco planes and two Super Tucano aircraft struck the camp while Casspir vehicles and BRDM-2 " +
		"scout cars sealed the road.")
	wantAssets(t, b, "OV-10 Bronco", "Embraer EMB 314 Super Tucano", "Casspir", "BRDM-2")
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

func TestMiddleInitialsInsideNames(t *testing.T) {
	b := run("The launch was seen on Monday. Gen. Marta K. Oduya said the test was reckless. " +
		"\"It worries us,\" said Col. Peter R. \"Pete\" Linde, the wing's commander. The memo was signed by " +
		"Secretary Dan J. Hollis. It ends here. Oduya left.")
	for _, name := range []string{"Marta K. Oduya", "Peter R. Linde", "Dan J. Hollis"} {
		if a, ok := findActor(b, name); !ok || a.Kind != briefing.Person {
			t.Errorf("%q: %+v, want a person (actors %v)", name, a, actorNames(b.Actors))
		}
	}
	for _, cut := range []string{"Marta", "Peter", "Dan", "Peter R", "Marta K"} {
		if _, ok := findActor(b, cut); ok {
			t.Errorf("a name cut at its initial: %q (actors %v)", cut, actorNames(b.Actors))
		}
	}
}

func TestShipNameEndsBeforeAHeadlinePreposition(t *testing.T) {
	b := runParsed("Norway Sends HNoMS Stavern Off Svalbard After Cable Damage.\n\n" +
		"The navy said HNoMS Stavern, a minesweeper, left Tromso on Friday.")
	wantAssets(t, b, "HNoMS Stavern")
	for _, a := range b.Assets {
		if strings.Contains(a.Name, "Svalbard") || strings.Contains(a.Name, "Off") {
			t.Errorf("a ship's name reaches into the headline: %q", a.Name)
		}
	}
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

func TestANavalTaskGroupIsAFormation(t *testing.T) {
	b := run("A Chinese naval task group sailed through the Arafura Sea on Monday. Canberra said the task group " +
		"was shadowed by a patrol aircraft.")
	a, ok := findAsset(b, "naval task group")
	if !ok || a.Side != "China" || a.Domain != "sea" {
		t.Errorf("naval task group: %+v, want a Chinese formation at sea (assets %v)", a, assetNames(b.Assets))
	}
}

func TestConvoysPatrolsAndTheirSides(t *testing.T) {
	b := run("A clash between fighters of the Red Hand Front and a military patrol left four dead near Pazur. " +
		"Later an explosive device hit an army convoy outside the town, wounding six Veronan soldiers.")
	if a, ok := findAsset(b, "military patrol"); !ok || a.Side == "Red Hand Front" {
		t.Errorf("military patrol: %+v, want a patrol not owned by the group it fought (assets %v)", a, assetNames(b.Assets))
	}
	if a, ok := findAsset(b, "improvised explosive device"); !ok || a.Side != "" {
		t.Errorf("explosive device: %+v, want no side: whoever laid it is not named (assets %v)", a, assetNames(b.Assets))
	}
	if _, ok := findAsset(b, "military convoy"); !ok {
		t.Errorf("no military convoy (assets %v)", assetNames(b.Assets))
	}
}

func TestANumberedMilitaryBaseIsAUnit(t *testing.T) {
	b := run("The 9th Veronan Military Base sits outside the port, and Veronan military advisers visit it. " +
		"Veronia's 14th Military Base was put on alert on Tuesday.")
	wantAssets(t, b, "9th Veronan Military Base", "14th Military Base")
}

func TestNamedBrigadesOfAStateAreUnits(t *testing.T) {
	b := run("The army said troops of the Golani Brigade entered the camp on Tuesday, backed by the Azov Brigade's drones.")
	for _, name := range []string{"Golani Brigade", "Azov Brigade"} {
		if a, ok := findAsset(b, name); !ok || a.Category != "military unit" {
			t.Errorf("%q: %+v, want a unit in the order of battle (assets %v)", name, a, assetNames(b.Assets))
		}
		if _, ok := findActor(b, name); ok {
			t.Errorf("%q is an actor too (actors %v)", name, actorNames(b.Actors))
		}
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

// TestAnAssetsSideFromItsPhrase: the words around an asset say whose it
// is, or who it is not: want is the side it must have, not one it must
// not have.
func TestAnAssetsSideFromItsPhrase(t *testing.T) {
	for _, c := range []struct {
		name, text, asset, want, not string
		parsed                       bool
	}{
		{name: "an origin after a list is each asset's", asset: "F-16", want: "Denmark",
			text: "The reinforcements include F-16 fighter jets and a frigate from Denmark, and Rafale jets from France. " +
				"Washington welcomed the move."},
		{name: "a state named as the place of the attack", asset: "drone", not: "Mali", parsed: true,
			text: "Six soldiers killed in northern Mali drone and mortar attack\n\n" +
				"JNIM fighters allegedly killed six soldiers in a drone and mortar attack on a camp in the north of the country."},
		{name: "a party shooting the drones down", asset: "drone", not: "Sudan", parsed: true,
			text: "Sudanese Army Downs Drones Over Port Sudan\n\n" +
				"The Sudanese army said on Sunday it had shot down drones over the port. " +
				"Officials in Khartoum said the drones caused little damage."},
		{name: "the maker before the type", asset: "F-5 Tiger II", not: "United States",
			text: "Indonesia signed for six more Rafales. The jets will replace the air force's retired " +
				"Northrop Grumman F-5E/F Tiger II fighters, Indonesia's defence ministry said."},
		{name: "a body of no country, part of one", asset: "patrol boat", want: "Russia",
			text: "Since 2019, patrol boats from the Coast Guard of the Russian Federal Security Service have been based at the port."},
		{name: "no armed group's jets by a guess", asset: "fighter jet", not: "Islamic State West Africa Province",
			text: "ISWAP fighters raided the base at dawn and killed six soldiers, the army said. " +
				"According to reports, fighter jets launched from the regional capital attacked the attackers as they fled."},
		{name: "the buyer after a sale", asset: "F-16", want: "Turkey",
			text: "Washington approved the sale of 40 F-16 jets to Turkey on Friday, officials said."},
		{name: "the recipient after a delivery verb", asset: "IRIS-T", want: "Ukraine",
			text: "Germany delivered two more IRIS-T systems to Ukraine last month."},
		{name: "the recipient before a list of deliveries", asset: "NH90", want: "Greece",
			text: "The ministers discussed French deliveries to Greece, such as Rafale fighters, NH90 helicopters and Exocet missiles."},
		{name: "the recipient after the asset", asset: "Patriot", want: "Poland",
			text: "Two Patriot batteries were delivered to Poland in May, the ministry said."},
		{name: "no recipient in a purpose", asset: "drone", not: "Ukraine",
			text: "Russia sent drones to attack Kyiv overnight, the air force said."},
		{name: "the buyer before a verb of buying, not the maker", asset: "J-10C", want: "Bangladesh",
			text: "Bangladesh will buy 20 Chinese J-10C fighter jets to replace its ageing fleet, officials said."},
		{name: "the buyer of a class from a foreign yard", asset: "Mogami class", want: "Australia",
			text: "Australia selected the Mogami-class frigate from Japan's Mitsubishi Heavy Industries on Tuesday."},
		{name: "an owner before a list of assets", asset: "Apache", want: "Egypt",
			text: "Egyptian army F-16 jets and Apache helicopters struck the area, which lies between Israel and the canal."},
	} {
		b := run(c.text)
		if c.parsed {
			b = runParsed(c.text)
		}
		a, ok := findAsset(b, c.asset)
		if !ok || c.want != "" && a.Side != c.want || c.not != "" && a.Side == c.not {
			t.Errorf("%s: %s: %+v, want side %q, not %q (assets %v)", c.name, c.asset, a, c.want, c.not, assetNames(b.Assets))
		}
	}
}
