package tui

import (
	"strings"
	"testing"

	"github.com/briefing-tools/briefing/internal/briefing"
)

// whyBriefing is one document whose items say why they were found, but
// for one curated actor that says nothing.
func whyBriefing() *briefing.Briefing {
	text := "USS Mason sailed as Iran watched. It is unclear whether Iran will respond."
	span := func(s string) []briefing.Span {
		i := strings.Index(text, s)
		return []briefing.Span{{Doc: "d1", Start: i, End: i + len(s)}}
	}
	return &briefing.Briefing{
		Documents: []briefing.Document{{ID: "d1", Path: "x.txt", Title: "T", Text: text,
			Blocks: []briefing.Block{{Kind: briefing.Paragraph, Start: 0, End: len(text)}}}},
		Actors: []briefing.Actor{
			{ID: "act1", Name: "Mason", Kind: briefing.Person, Origin: briefing.Curated, Mentions: span("Mason")},
			{ID: "act2", Name: "Iran", Kind: briefing.State, Origin: briefing.Extracted,
				Why: briefing.Why{Rule: "gazetteer", Cue: "Iran"}, Mentions: span("Iran")},
		},
		Assets: []briefing.Asset{{ID: "ast1", Name: "USS Mason", Domain: briefing.Sea, Origin: briefing.Extracted,
			Why: briefing.Why{Rule: "ship-prefix", Cue: "USS"}, Mentions: span("USS Mason")}},
		Questions: []briefing.Question{{ID: "q1", Text: "Will Iran respond?", Kind: briefing.Unknown, Cue: "unclear whether",
			Origin: briefing.Extracted, Why: briefing.Why{Rule: "hedge/unknown", Cue: "unclear whether"},
			Evidence: span("It is unclear whether Iran will respond.")}},
	}
}

// TestDetailShowsWhy: the detail of an item says which rule found it and
// on which words, in plain text (legible without colour); an item found
// by no rule has no such line, and a question's cue is not said twice.
func TestDetailShowsWhy(t *testing.T) {
	b := whyBriefing()
	tests := []struct {
		name    string
		keys    []string
		want    []string
		without []string
	}{
		{"curated actor", []string{"1", "enter"}, []string{"Origin       curated"}, []string{"Found by"}},
		{"extracted actor", []string{"1", "G", "enter"}, []string{"Origin       extracted", "Found by     gazetteer — “Iran”"}, nil},
		{"asset", []string{"2", "enter"}, []string{"USS Mason", "Found by     ship-prefix — “USS”"}, nil},
		{"question", []string{"3", "enter"}, []string{"Kind         unknown", "Raised by    hedge/unknown — “unclear whether”"}, []string{"Found by", "Cue "}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := newTestModel(t, b, 120, 40)
			m, _ = press(t, m, tt.keys...)
			if m.overlay != detailOverlay {
				t.Fatalf("overlay = %v, want the detail", m.overlay)
			}
			s := screen(m)
			for _, want := range tt.want {
				if !strings.Contains(s, want) {
					t.Errorf("detail lacks %q:\n%s", want, s)
				}
			}
			for _, no := range tt.without {
				if strings.Contains(s, no) {
					t.Errorf("detail has %q:\n%s", no, s)
				}
			}
		})
	}
}
