package extract_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/briefing-tools/briefing/internal/briefing"
)

// Ships as reporting names them: after their class, in headlines, named
// for an officer, with a navy's prefix, and names that hide no platform.

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

// TestNoShipNamedInATitleCaseHeadline: after a ship noun in a headline
// written in title case, the capitals name nothing.
func TestNoShipNamedInATitleCaseHeadline(t *testing.T) {
	text := "Guyana Says Venezuela Sent Naval Ship Near Offshore Oil Platform\n\nGuyana said a Venezuelan patrol ship came close to an oil platform on Saturday."
	b := runParsed(text)
	if a, ok := findAsset(b, "Near Offshore Oil Platform"); ok {
		t.Errorf("a ship named from a headline's capitals: %+v", a)
	}
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
