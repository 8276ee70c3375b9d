package extract_test

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/briefing-tools/briefing/internal/briefing"
	"github.com/briefing-tools/briefing/internal/extract"
)

// Assets: types and their variants, generic nouns, weapons, bombs and
// mines, a force's craft, and words that name no asset.

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

// TestSailorsAreNoForce: seafarers taken from a tanker are victims, not
// a state's force in the order of battle.
func TestSailorsAreNoForce(t *testing.T) {
	b := run("Kyiv said no Ukrainian sailors were aboard the tanker when pirates boarded it.")
	if a, ok := findAsset(b, "Ukrainian sailors"); ok {
		t.Errorf("sailors made an asset: %+v", a)
	}
}

// TestASuicideBomberIsNoAircraft: "suicide bomber" is a person; a car
// laden with explosives is a vehicle bomb.
func TestASuicideBomberIsNoAircraft(t *testing.T) {
	b := run("A suicide bomber blew himself up at the gate, and an explosives-laden truck struck the barracks an hour later.")
	if len(b.Assets) != 1 || b.Assets[0].Category != "improvised explosive device" {
		t.Errorf("want one vehicle bomb, got %v", assetNames(b.Assets))
	}
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

func TestTypesListedBeforeTheirNounAndMarks(t *testing.T) {
	b := run("In the south the army flies Merlin, Puma and Lynx helicopters. The ministry will convert the eight " +
		"Chinook Mk3 helicopters to a transport role.")
	wantAssets(t, b, "AgustaWestland AW101", "Aérospatiale SA 330 Puma", "Westland Lynx", "CH-47 Chinook")
	refuseAssets(t, b, "is a mark of the Chinook, no asset of its own", "Mk3", "Mk3 helicopters")
}

func TestVehiclesAndTheWeaponsMountedOnThem(t *testing.T) {
	b := run("Raiders arrived in four-wheel-drive vehicles and pickup trucks with mounted machine guns.")
	wantAssets(t, b, "four-wheel-drive vehicle", "pickup truck")
	if _, ok := findAsset(b, "machine gun"); ok {
		t.Errorf("the machine guns are the trucks', no asset of their own (assets %v)", assetNames(b.Assets))
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

// TestJetFighterIsAFighterJet: the noun order reporting also uses names
// the same generic asset.
func TestJetFighterIsAFighterJet(t *testing.T) {
	b := run("A witness said he saw a jet fighter overhead before the bombs fell.")
	if a, ok := findAsset(b, "fighter jet"); !ok || a.Category != "fighter aircraft" {
		t.Errorf("fighter jet: %+v (found %v), want the generic fighter aircraft", a, ok)
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

func TestLightAttackAircraftAndArmourOfSmallerWars(t *testing.T) {
	b := run("OV-10 Bronco planes and two Super Tucano aircraft struck the camp while Casspir vehicles and BRDM-2 " +
		"scout cars sealed the road.")
	wantAssets(t, b, "OV-10 Bronco", "Embraer EMB 314 Super Tucano", "Casspir", "BRDM-2")
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

// TestOrdinalNamesNoType: "Its First Drone Strike" in a title-case line
// counts the strike; "First" is no drone's type.
func TestOrdinalNamesNoType(t *testing.T) {
	b := run("Has Chile Carried Out Its First Drone Strike In The North? Chilean officials said the army used an armed drone near the border.")
	refuseAssets(t, b, "is an ordinal, not a type", "First", "First Drone")
	if _, ok := findAsset(b, "drone"); !ok {
		t.Errorf("want the generic drone (assets %v)", assetNames(b.Assets))
	}
}

// TestIdiomsNameNoAsset: "under the radar", "a smoking gun" end in an
// asset's noun and name none; a frigate's radar is still one.
func TestIdiomsNameNoAsset(t *testing.T) {
	b := run("The feud has flown under the radar of diplomats. Investigators found no smoking gun.")
	refuseAssets(t, b, "is an idiom's word", "radar", "gun", "smoking gun")
	b = run("The frigate carries a new radar.")
	if _, ok := findAsset(b, "radar"); !ok {
		t.Errorf("want the radar (assets %v)", assetNames(b.Assets))
	}
}
