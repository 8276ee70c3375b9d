package crossdoc

import (
	"slices"
	"strings"
	"testing"

	"github.com/briefing-tools/briefing/internal/briefing"
)

func TestRulesLoad(t *testing.T) {
	if _, err := parseRules(conflictsYAML); err != nil {
		t.Fatal(err)
	}
}

func TestRulesRejectBadData(t *testing.T) {
	for name, data := range map[string]string{
		"unknown key":      "statuses: []",
		"unknown status":   "status_conflicts: [[sunk, damaged]]",
		"same status":      "status_conflicts: [[damaged, damaged]]",
		"claim sans item":  "claims: [{topic: hit, question: 'Was it hit, as {yes} says, or not, as {no} says?', affirm: [hit], deny: [missed]}]",
		"claim no ?":       "claims: [{topic: hit, question: 'Was {item} hit, as {yes} says, or not, as {no} says.', affirm: [hit], deny: [missed]}]",
		"upper-case cue":   "claims: [{topic: hit, question: 'Was {item} hit, as {yes} says, or not, as {no} says?', affirm: [Hit], deny: [missed]}]",
		"place in itself":  "within: {aden: [aden]}",
		"negative number":  "numbers: {none: 0}",
		"unknown cue stat": "status_cues: {sunk: [sank]}",
	} {
		if _, err := parseRules([]byte(data)); err == nil {
			t.Errorf("%s: parseRules accepted %q", name, data)
		}
	}
}

func TestCount(t *testing.T) {
	c := &checker{r: loadRules()}
	for q, want := range map[string][2]int{"three": {3, 3}, "2 batteries": {2, 2}, "two to four": {2, 4}, "Six": {6, 6}, "12": {12, 12}} {
		lo, hi, ok := c.count(q)
		if !ok || lo != want[0] || hi != want[1] {
			t.Errorf("count(%q) = %d, %d, %v; want %v", q, lo, hi, ok, want)
		}
	}
	for _, q := range []string{"", "several", "at least two", "dozens of", "a handful of", "about 40", "many"} {
		if _, _, ok := c.count(q); ok {
			t.Errorf("count(%q) is exact, want vague", q)
		}
	}
}

func TestContains(t *testing.T) {
	r := loadRules()
	for _, c := range [][2]string{{"red sea", "hodeidah"}, {"middle east", "hodeidah"}, {"persian gulf", "strait of hormuz"}, {"black sea", "sevastopol"}} {
		if !r.contains(c[0], c[1]) {
			t.Errorf("%s does not contain %s", c[0], c[1])
		}
	}
	for _, c := range [][2]string{{"hodeidah", "red sea"}, {"red sea", "gulf of oman"}, {"baltic sea", "odesa"}} {
		if r.contains(c[0], c[1]) {
			t.Errorf("%s contains %s", c[0], c[1])
		}
	}
}

// TestConflictsOnAHandMadeBriefing: status, location and quantity are
// compared per document; compatible values raise nothing.
func TestConflictsOnAHandMadeBriefing(t *testing.T) {
	docs := []briefing.Document{
		{ID: "d1", Source: "Wire A", Text: "USS Carney sank off Hodeidah. Two destroyers."},
		{ID: "d2", Source: "Wire B", Text: "USS Carney was damaged in the Red Sea. Three destroyers."},
	}
	ship := briefing.Asset{ID: "ast1", Name: "USS Carney", Why: briefing.Why{Rule: "ship-prefix"},
		Mentions: []briefing.Span{{Doc: "d1", Start: 0, End: 10}, {Doc: "d2", Start: 0, End: 10}},
		Reports: []briefing.Report{
			{Doc: "d1", Status: briefing.Destroyed, Location: "Hodeidah"},
			{Doc: "d2", Status: briefing.Damaged, Location: "Red Sea"},
		}}
	b := briefing.Briefing{Documents: docs, Assets: []briefing.Asset{ship}}
	qs := conflicts(&b)
	if len(qs) != 1 || qs[0].Why.Rule != RulePrefix+"status" || len(qs[0].Evidence) != 2 {
		t.Fatalf("conflicts = %+v, want one status conflict (Hodeidah lies in the Red Sea)", qs)
	}
	if qs[0].Text != "Is USS Carney destroyed, as Wire A reports, or damaged, as Wire B reports?" {
		t.Errorf("text %q", qs[0].Text)
	}
}

// TestSideAndClaimConflicts: one named ship given to two sides by two
// documents is asked about; a claim affirmed in one document and denied
// in another is asked about once, and no status question repeats it; a
// document saying both takes no side.
func TestSideAndClaimConflicts(t *testing.T) {
	docs := []briefing.Document{
		{ID: "d1", Source: "Wire A", Text: "The tanker Sea Star was struck by a missile."},
		{ID: "d2", Source: "Wire B", Text: "All missiles aimed at the tanker Sea Star were intercepted."},
		{ID: "d3", Author: "Desk C", Text: "One side says Sea Star was struck; the other says the missiles were intercepted."},
	}
	mention := func(doc, text string) briefing.Span {
		for _, d := range docs {
			if d.ID == doc {
				i := strings.Index(d.Text, text)
				return briefing.Span{Doc: doc, Start: i, End: i + len(text)}
			}
		}
		return briefing.Span{}
	}
	ship := briefing.Asset{ID: "ast1", Name: "Sea Star", Side: "Greece", Why: briefing.Why{Rule: "ship-noun-and-name"},
		Mentions: []briefing.Span{mention("d1", "Sea Star"), mention("d3", "Sea Star")},
		Reports:  []briefing.Report{{Doc: "d1", Side: "Greece", Status: briefing.Damaged}, {Doc: "d3", Side: "Greece", Status: briefing.Damaged}}}
	other := briefing.Asset{ID: "ast2", Name: "Sea Star", Side: "Iran", Why: briefing.Why{Rule: "ship-noun-and-name"},
		Mentions: []briefing.Span{mention("d2", "Sea Star")},
		Reports:  []briefing.Report{{Doc: "d2", Side: "Iran", Status: briefing.Deployed}}}
	b := briefing.Briefing{Documents: docs, Assets: []briefing.Asset{ship, other}}
	var rules []string
	for _, q := range conflicts(&b) {
		rules = append(rules, q.Why.Rule)
		if !strings.HasSuffix(q.Text, "?") || len(q.Evidence) != 2 || q.Kind != briefing.Conflict {
			t.Errorf("malformed conflict %+v", q)
		}
	}
	want := []string{RulePrefix + "side"}
	if !slices.Equal(rules, want) {
		t.Errorf("rules %v, want %v (the claim is on two assets, one per side)", rules, want)
	}

	// one asset, both documents: the claim is asked, the status is not
	one := ship
	one.Mentions = []briefing.Span{mention("d1", "Sea Star"), mention("d2", "Sea Star"), mention("d3", "Sea Star")}
	one.Reports = []briefing.Report{{Doc: "d1", Status: briefing.Damaged}, {Doc: "d2", Status: briefing.Deployed}}
	b = briefing.Briefing{Documents: docs, Assets: []briefing.Asset{one}}
	qs := conflicts(&b)
	if len(qs) != 1 || qs[0].Why.Rule != RulePrefix+"claim-hit" {
		t.Fatalf("conflicts %+v, want the claim alone", qs)
	}
	if want := "Was Sea Star hit, as Wire A says (“was struck”), or not, as Wire B says (“intercepted”)?"; qs[0].Text != want {
		t.Errorf("text %q, want %q", qs[0].Text, want)
	}
}
