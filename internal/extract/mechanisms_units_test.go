package extract_test

import (
	"slices"
	"strings"
	"testing"
)

// Units and formations: by the shape of their names, by an acronym, a
// service's units, and names that only hold a unit's word.

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

// TestAServicesUnitsTakeItsCountry: "the Army's 6th Infantry Division"
// belongs to the one army the document names with its country.
func TestAServicesUnitsTakeItsCountry(t *testing.T) {
	b := run("The Kenyan Army clashed with rebels in the hills, the Army said. The commander of the Army's 6th " +
		"Infantry Division said troops had withdrawn.")
	if a, ok := findAsset(b, "6th Infantry Division"); !ok || a.Side != "Kenya" {
		t.Errorf("6th Infantry Division: %+v, want the army's country (assets %v)", a, assetNames(b.Assets))
	}
}

func TestOrdinalsListedBeforeAPluralUnitAndNewTypes(t *testing.T) {
	b := run("An offensive by Eritrea's 57th and 21st divisions was stopped. The Tobol complex jammed signals, an HC-130J " +
		"searched the area, and an improvised bomb hit the road.")
	wantAssets(t, b, "57th division", "21st division", "Tobol", "C-130J Super Hercules", "improvised explosive device")
	if a, _ := findAsset(b, "57th division"); a.Side != "Eritrea" {
		t.Errorf("57th division: side %q, want Eritrea", a.Side)
	}
}

// TestUnitNameInsideADocumentsName: "the Surface Fleet Review" is a
// review, no fleet.
func TestUnitNameInsideADocumentsName(t *testing.T) {
	b := run("The gap was found by the Surface Fleet Review. The 3rd Infantry Brigade moved north.")
	refuseAssets(t, b, "is part of a review's name", "Surface Fleet")
	wantAssets(t, b, "3rd Infantry Brigade")
}

func TestAUnitNamedByAnAcronymNothingElseClaims(t *testing.T) {
	b := run("The elite KORPAT unit said it would refuse orders. Later KORPAT officers took the radio station. " +
		"The village is held by the People's Defence Forces (PDF). The local PDF unit reported six dead.")
	if a, ok := findAsset(b, "KORPAT"); !ok || a.Category != "military unit" || len(a.Mentions) != 2 {
		t.Errorf("KORPAT: %+v, want a unit named twice (assets %v)", a, assetNames(b.Assets))
	}
	refuseAssets(t, b, "a group's own acronym, defined in the text", "PDF")
}

func TestANavalTaskGroupIsAFormation(t *testing.T) {
	b := run("A Chinese naval task group sailed through the Arafura Sea on Monday. Canberra said the task group " +
		"was shadowed by a patrol aircraft.")
	a, ok := findAsset(b, "naval task group")
	if !ok || a.Side != "China" || a.Domain != "sea" {
		t.Errorf("naval task group: %+v, want a Chinese formation at sea (assets %v)", a, assetNames(b.Assets))
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

// TestDemonymAndGroupsNameNoUnit: a demonym before "groups" names firms
// or factions as often as a unit; "Indonesian battalion" is a unit.
func TestDemonymAndGroupsNameNoUnit(t *testing.T) {
	b := run("Spanish groups will build the new port terminal. The UN force's Indonesian battalion left the camp.")
	refuseAssets(t, b, "are firms, not a unit", "Spanish groups")
	if a, ok := findAsset(b, "Indonesian battalion"); !ok || a.Side != "Indonesia" {
		t.Errorf("Indonesian battalion: %+v, want a unit of Indonesia (assets %v)", a, assetNames(b.Assets))
	}
}
