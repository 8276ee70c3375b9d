package extract_test

import (
	"strings"
	"testing"
)

// Whose an asset is: from its phrase, the report, its buyer or flyer, and
// the verbs that set an actor apart from an owner.

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

// TestTroopsInPlayNamedOnce: a state's troops named once are in play
// when a verb of deployment or fighting ("opened fire") stands beside them,
// or they are somewhere ("are in the buffer zone"), and a number
// written with commas is their whole quantity.
func TestTroopsInPlayNamedOnce(t *testing.T) {
	b := run("Hundreds of Turkish troops have been deployed along the northern ridge. Kigali sent 1,000 " +
		"Rwandan troops to the province in 2021. Seven Pakistani soldiers were killed in the ambush. " +
		"Officials said Armenian troops opened fire on a farm. About 900 Ghanaian peacekeepers are in the buffer zone.")
	wantAssets(t, b, "Turkish troops", "Rwandan troops", "Armenian troops", "Ghanaian peacekeepers")
	refuseAssets(t, b, "are named once, as casualties", "Pakistani soldiers")
	if a, ok := findAsset(b, "Rwandan troops"); !ok || a.Quantity != "1,000" || a.Why.Rule != "forces-deployed" {
		t.Errorf("Rwandan troops: quantity %q rule %q, want 1,000 and forces-deployed", a.Quantity, a.Why.Rule)
	}
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
		// "a military patrol", "army trucks" in a report on one state
		{name: "the home state's forces in the asset's own words", asset: "military patrol", want: "Peru",
			text: "Rebels ambushed a military patrol in a mountain valley in Peru on Sunday, a Peruvian ministry said. Three army trucks were burned."},
		{name: "the home state's forces before the asset", asset: "army trucks", want: "Peru",
			text: "Rebels ambushed a military patrol in a mountain valley in Peru on Sunday, a Peruvian ministry said. Three army trucks were burned."},
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

// TestGenericsOfTwoSidesStaySeparate: "Chinese fighter jets" and
// "Japanese fighter jets" are two assets, each with its side.
func TestGenericsOfTwoSidesStaySeparate(t *testing.T) {
	b := run("Japanese fighter jets were scrambled on Tuesday after Chinese fighter jets escorted two bombers over the sea.")
	sides := map[string]bool{}
	for _, a := range b.Assets {
		if a.Category == "fighter aircraft" {
			sides[a.Side] = true
		}
	}
	if !sides["Japan"] || !sides["China"] || len(sides) != 2 {
		t.Errorf("fighter jets' sides %v, want Japan and China apart (assets %v)", sides, assetNames(b.Assets))
	}
}
