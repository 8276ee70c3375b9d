package tui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/briefing-tools/briefing/internal/briefing"
)

// TestUnnamedReferencesFoldUnderNamedPlatforms: in the order of battle,
// named platforms come first and bare nouns ("helicopter", "radar") fold
// under one "unnamed references" line, which opens like any group.
func TestUnnamedReferencesFoldUnderNamedPlatforms(t *testing.T) {
	text := "A helicopter and a radar were seen near the USS Mason, and an MH-60R Seahawk landed."
	span := func(s string) []briefing.Span {
		i := strings.Index(text, s)
		return []briefing.Span{{Doc: "d1", Start: i, End: i + len(s)}}
	}
	asset := func(id, name, cat string) briefing.Asset {
		return briefing.Asset{ID: id, Name: name, Category: cat, Side: "United States", Domain: briefing.Sea, Mentions: span(name)}
	}
	b := &briefing.Briefing{
		Documents: []briefing.Document{{ID: "d1", Path: "x.txt", Title: "T", Text: text}},
		Assets: []briefing.Asset{
			asset("s1", "helicopter", "helicopter"),
			asset("s2", "USS Mason", "destroyer"),
			asset("s3", "radar", "radar"),
			asset("s4", "MH-60R Seahawk", "helicopter"),
		},
	}
	m := newTestModel(t, b, 120, 40)
	m, _ = press(t, m, "2")
	var order []string
	for _, v := range m.lists[paneAssets].visible {
		order = append(order, ansi.Strip(m.lists[paneAssets].rows[v].cells[0]))
	}
	want := []string{"United States", "Sea", "USS Mason", "MH-60R Seahawk", "unnamed references"}
	if strings.Join(order, "|") != strings.Join(want, "|") {
		t.Fatalf("rows %q, want %q", order, want)
	}
	if s := screen(m); !strings.Contains(s, "▸ unnamed references 2") || !strings.Contains(s, "Order of Battle 4") {
		t.Errorf("want a folded line counting 2 unnamed references and the pane counting all 4:\n%s", s)
	}
	m, _ = press(t, m, "G", " ")
	if s := screen(m); !strings.Contains(s, "helicopter") || !strings.Contains(s, "radar") {
		t.Errorf("opening the line did not show the unnamed references:\n%s", s)
	}
}
