package extract

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/briefing-tools/briefing/internal/briefing"
)

func TestWindowsTileTheText(t *testing.T) {
	para := "The frigate left port on Monday. Officials declined to comment.\n"
	cases := map[string]string{
		"paragraphs":      strings.Repeat(para+"\n", 200),
		"lines":           strings.Repeat(para, 200),
		"one long line":   strings.Repeat("Drones struck the depot. ", 400),
		"no spaces":       strings.Repeat("x", 5000),
		"wide characters": strings.Repeat("北京的驱逐舰", 700),
		"short":           "Short text.",
		"empty":           "",
	}
	const size = 1000
	for name, text := range cases {
		ws := windows(text, size)
		at := 0
		for i, w := range ws {
			if w.start != at || w.end <= w.start && len(text) > 0 {
				t.Fatalf("%s: window %d is [%d,%d), want it to start at %d and hold text", name, i, w.start, w.end, at)
			}
			if w.end-w.start > size {
				t.Errorf("%s: window %d holds %d bytes, more than %d", name, i, w.end-w.start, size)
			}
			if !utf8.ValidString(text[w.start:w.end]) {
				t.Errorf("%s: window %d cuts a character", name, i)
			}
			if name == "lines" && w.end < len(text) && text[w.end-1] != '\n' {
				t.Errorf("%s: window %d ends inside a line: %q", name, i, text[w.end-10:w.end])
			}
			at = w.end
		}
		if at != len(text) {
			t.Errorf("%s: windows end at %d of %d bytes", name, at, len(text))
		}
	}
}

// TestLongDocumentWorkingSetIsBounded analyses a document 64 times the
// window and checks that the per-word working arrays hold one window,
// not the document.
func TestLongDocumentWorkingSetIsBounded(t *testing.T) {
	g, err := DefaultGazetteer()
	if err != nil {
		t.Fatal(err)
	}
	const size = 16 << 10
	para := "Chinese coast guard vessel CCG 5304 fired water cannon at BRP Sierra Madre, Manila said; Beijing denied it.\n"
	doc := briefing.Document{ID: "d1", Text: strings.Repeat(para, 64*size/len(para))}
	e := &Extractor{g: g, Workers: 1, WindowBytes: size}
	a := newAnalysis(g)
	units := planUnits([]briefing.Document{doc}, size)
	if len(units) < 64 {
		t.Fatalf("%d windows for %d bytes, want at least 64", len(units), len(doc.Text))
	}
	found := 0
	for _, u := range units {
		items, _ := e.analyse(a, &doc, u)
		found += len(items.Assets)
		for _, s := range items.Assets[0].Mentions {
			if got := doc.Text[s.Start:s.End]; !strings.Contains(got, "5304") && !strings.Contains(got, "Sierra Madre") && !strings.Contains(got, "vessel") {
				t.Fatalf("window at %d: mention %q does not point into the document at its name", u.span.start, got)
			}
		}
	}
	if found < len(units) {
		t.Errorf("%d assets over %d windows, want some in every window", found, len(units))
	}
	// a word takes at least two bytes with its gap, a sentence more
	for name, n := range map[string]int{"words": cap(a.words), "taken": cap(a.taken), "at": cap(a.at), "sentenceAt": cap(a.sentenceAt), "wordStatus": cap(a.wordStatus)} {
		if n > size {
			t.Errorf("the %s array holds %d entries after a %d-byte document; the window is %d bytes", name, n, len(doc.Text), size)
		}
	}
}
