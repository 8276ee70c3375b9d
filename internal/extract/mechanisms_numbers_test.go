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
