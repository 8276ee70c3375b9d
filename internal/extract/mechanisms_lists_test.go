package extract_test

import (
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
