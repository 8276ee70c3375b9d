package timeline

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/briefing-tools/briefing/internal/briefing"
)

func TestVocabularyLoads(t *testing.T) {
	if _, err := loadVocab(); err != nil {
		t.Fatal(err)
	}
}

func TestVocabularyRejectsBadData(t *testing.T) {
	for name, data := range map[string]string{
		"unknown key":       "monthz: []",
		"bad precision":     "relative: [{phrase: x, anchor: doc, precision: fortnight}]",
		"bad anchor":        "relative: [{phrase: x, anchor: moon, precision: day}]",
		"span without rng":  "relative: [{phrase: x, anchor: doc, span_days: 3, precision: day}]",
		"bad month number":  "months: [{number: 13, names: [x]}]",
		"bad unit":          "units: [{names: [fortnight], unit: fortnight, precision: week}]",
		"bad direction":     "directions: [{word: x, sign: 2, anchor: doc}]",
		"bad part":          "parts: [{words: [x], first: 20, last: 10}]",
		"bad lead":          "leads: [{word: x, direction: sideways}]",
		"too few weekdays":  "weekdays: [{number: 1, names: [monday]}]",
		"number with space": "numbers: {a few: 3}",
	} {
		if _, err := parseVocab([]byte(data)); err == nil {
			t.Errorf("%s: parseVocab accepted %q", name, data)
		}
	}
}

// dateCase: one sentence of a document dated docDate; want lists each
// date expression found as stated=ISO/precision/basis.
type dateCase struct {
	docDate string
	text    string
	want    []string
}

func TestDates(t *testing.T) {
	cases := []dateCase{
		{"2026-01-10", "The frigate sailed on 7 January 2026.", []string{"7 January 2026=2026-01-07/day/stated"}},
		{"2026-01-10", "The frigate sailed on 7 January.", []string{"7 January=2026-01-07/day/resolved"}},
		{"2026-01-10", "Talks were held on January 8-9 in Muscat.", []string{"January 8-9=2026-01-08/2026-01-09/range/resolved"}},
		{"2026-01-10", "Strikes hit the port on 8–9 January.", []string{"8–9 January=2026-01-08/2026-01-09/range/resolved"}},
		{"2026-01-10", "The drone struck on Saturday.", []string{"Saturday=2026-01-10/day/resolved"}},
		{"2026-01-11", "The drone struck on Saturday night.", []string{"Saturday night=2026-01-10/day/resolved"}},
		{"2026-01-11", "Talks will resume on Tuesday.", []string{"Tuesday=2026-01-13/day/resolved"}},
		{"2026-01-14", "The ministry spoke last Wednesday.", []string{"last Wednesday=2026-01-07/day/resolved"}},
		{"2026-01-10", "Two tankers were seized yesterday.", []string{"yesterday=2026-01-09/day/resolved"}},
		{"2026-01-14", "The convoy left last week.", []string{"last week=2026-W02/week/resolved"}},
		{"2026-01-20", "Patrols grew earlier this month.", []string{"earlier this month=2026-01/month/resolved"}},
		{"2026-01-20", "A similar raid took place a few weeks ago.", []string{"a few weeks ago=2025-12-23/2026-01-06/range/resolved"}},
		{"2026-01-20", "The base was hit in June 2025.", []string{"June 2025=2025-06/month/stated"}},
		{"2026-01-20", "The base was hit last June.", []string{"last June=2025-06/month/resolved"}},
		{"2026-01-20", "Reinforcements arrived in mid-March.", []string{"mid-March=2025-03-11/2025-03-20/range/resolved"}},
		{"2026-01-20", "Reinforcements arrived in early January.", []string{"early January=2026-01-01/2026-01-10/range/resolved"}},
		{"2026-01-05", "The cable was cut on 28 December.", []string{"28 December=2025-12-28/day/resolved"}},
		{"2026-01-20", "The exercise has run annually since 2019.", []string{"since 2019=2019/year/stated"}},
		{"2026-01-20", "On January 12, 2026, the destroyer was struck.", []string{"January 12, 2026=2026-01-12/day/stated"}},
		{"2026-01-20", "Published 2026-01-18 by the ministry.", []string{"2026-01-18=2026-01-18/day/stated"}},
		{"2026-01-20", "The frigate sailed on 7 January. Two days earlier it had refuelled.", []string{"7 January=2026-01-07/day/resolved", "Two days earlier=2026-01-05/day/resolved"}},
		{"2026-01-20", "The carrier arrived on 12 January; three days later it launched strikes.", []string{"12 January=2026-01-12/day/resolved", "three days later=2026-01-15/day/resolved"}},
		{"", "The drone struck on Saturday, a week ago.", []string{"Saturday=/day/unresolved", "a week ago=/week/unresolved"}},
		{"", "The frigate sailed on 7 January.", []string{"7 January=--01-07/day/unresolved"}},
		{"", "The frigate sailed on 7 January, after the refit of 12 June 2025.", []string{"7 January=2025-01-07/day/resolved", "12 June 2025=2025-06-12/day/stated"}},
		// a month and year is no full date: it lends no year
		{"", "The frigate sailed on 7 January, after the June 2025 refit.", []string{"7 January=--01-07/day/unresolved", "June 2025=2025-06/month/stated"}},
		// a dateline far above: read as the story's date, so a later month
		// in a sentence about the past is the year before
		{"", "Beirut, 9 June 2024. " + strings.Repeat("The border stayed tense. ", 12) + "Fire has been traded since October 7.",
			[]string{"9 June 2024=2024-06-09/day/stated", "since October 7=2023-10-07/day/resolved"}},
		// not dates
		{"2026-01-20", "Officials may decide. The F-35 flew 12 sorties in 3 hours with 2024 rounds.", nil},
		{"2026-01-20", "Protesters march in the capital; two days of talks ended.", nil},
	}
	for _, c := range cases {
		doc := briefing.Document{ID: "d1", Date: c.docDate, Text: c.text}
		var got []string
		for _, d := range Dates(&doc) {
			got = append(got, d.Stated+"="+d.ISO+"/"+string(d.Precision)+"/"+string(d.Basis))
		}
		if strings.Join(got, "; ") != strings.Join(c.want, "; ") {
			t.Errorf("%q (dated %q):\n got  %q\n want %q", c.text, c.docDate, got, c.want)
		}
	}
}

func TestParseDocDate(t *testing.T) {
	for s, want := range map[string]string{
		"2026-01-29": "2026-01-29", "2026-01-29T08:30:00Z": "2026-01-29", "29 January 2026": "2026-01-29",
		"January 29, 2026": "2026-01-29", "2026-01-29 08:30": "2026-01-29",
	} {
		got, ok := ParseDocDate(s)
		if !ok || got.Format("2006-01-02") != want {
			t.Errorf("ParseDocDate(%q) = %v, %v; want %s", s, got, ok, want)
		}
	}
	for _, s := range []string{"", "soon", "2026"} {
		if _, ok := ParseDocDate(s); ok {
			t.Errorf("ParseDocDate(%q) found a day", s)
		}
	}
}

func TestBuildEvents(t *testing.T) {
	b := briefing.Briefing{Documents: []briefing.Document{
		{ID: "d1", Path: "a/wire.txt", Date: "2026-01-10", Text: "On 7 January, Houthi forces fired two missiles at the tanker Kestrel Dawn. The navy said nothing yesterday."},
		{ID: "d2", Title: "Ministry note", Text: "The tanker was towed to Aden on 6 January 2026."},
	}}
	b.Actors = []briefing.Actor{{ID: "act1", Name: "Houthis", Mentions: []briefing.Span{{Doc: "d1", Start: 14, End: 20}}}}
	b.Assets = []briefing.Asset{{ID: "ast1", Name: "Kestrel Dawn", Mentions: []briefing.Span{{Doc: "d1", Start: 61, End: 73}, {Doc: "d2", Start: 4, End: 10}}}}
	Build(&b, 2)
	if len(b.Timeline) != 3 {
		t.Fatalf("timeline = %+v, want 3 events", b.Timeline)
	}
	first := b.Timeline[0]
	if first.Date != "2026-01-06" || first.Document != "Ministry note" || first.Text != "The tanker was towed to Aden" || first.Assets[0] != "ast1" {
		t.Errorf("first event = %+v", first)
	}
	second := b.Timeline[1]
	if second.Date != "2026-01-07" || second.Text != "Houthi forces fired two missiles at the tanker Kestrel Dawn" ||
		len(second.Actors) != 1 || len(second.Assets) != 1 || second.Document != "wire.txt" {
		t.Errorf("second event = %+v", second)
	}
	if b.Timeline[2].Date != "2026-01-09" || b.Timeline[2].ID != "ev3" {
		t.Errorf("third event = %+v", b.Timeline[2])
	}
}

// TestBuildSameOnAnyWorkers: the timeline does not depend on how many
// goroutines read the documents.
func TestBuildSameOnAnyWorkers(t *testing.T) {
	var docs []briefing.Document
	for i := range 12 {
		docs = append(docs, briefing.Document{ID: fmt.Sprintf("d%d", i), Date: fmt.Sprintf("2026-01-%02d", i+10),
			Text: "On Saturday the convoy left. Two days earlier a drone flew over it. The talks of 8–9 January failed."})
	}
	one := briefing.Briefing{Documents: docs}
	Build(&one, 1)
	many := briefing.Briefing{Documents: docs}
	Build(&many, 4)
	if len(one.Timeline) != 36 || !reflect.DeepEqual(one.Timeline, many.Timeline) {
		t.Errorf("1 worker: %d events; 4 workers: %d events, equal %v", len(one.Timeline), len(many.Timeline), reflect.DeepEqual(one.Timeline, many.Timeline))
	}
}
