package timeline

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/briefing-tools/briefing/internal/briefing"
	"github.com/briefing-tools/briefing/internal/fold"
	"github.com/briefing-tools/briefing/internal/sentence"
)

// screenMisses lists the sentences of text in which the scanner finds a
// date expression but the anchor screen would have passed them over.
func screenMisses(t testing.TB, text string) []string {
	v, err := loadVocab()
	if err != nil {
		t.Fatal(err)
	}
	doc := briefing.Document{ID: "d1", Text: text}
	var buf fold.Buffer
	var misses []string
	for _, s := range sentence.Split(&doc, nil) {
		lower := buf.Lower(text[s.Start:s.End])
		scan := scanner{v: v, toks: tokenize(text, lower, s.Start, s.End, nil)}
		if len(scan.scan(nil)) > 0 && !v.anchors.mayHold(lower) {
			misses = append(misses, text[s.Start:s.End])
		}
	}
	return misses
}

// TestAnchorScreenMissesNoDate: every sentence that holds a date, in
// every shape the scanner reads, passes the screen; sentences without
// one are passed over.
func TestAnchorScreenMissesNoDate(t *testing.T) {
	texts := []string{
		"On 7 January 2026 the convoy left. It came back on Jan. 9. The talks ran from 3–5 March.",
		"The ship sailed on Saturday night. It docked on Tues. Crews rested overnight.",
		"Yesterday the ministry spoke. It will speak again tomorrow. This morning a drone flew. Late last night it landed.",
		"The day before, troops moved. The following week they left. Earlier this month the port shut.",
		"Two days earlier it fired. A week ago it stopped. 3 months later it resumed. A few weeks ago it began.",
		"In mid-June the strikes grew. By early 2025 they ebbed. In recent days they rose. Since the end of May, none.",
		"The drills of 2026-02-07 were long. In September 2024 it began. Sept. 3 was quiet.",
		"JUNE 4: the JUNE's convoy. «Monday» talks. Tonight’s vote.",
	}
	for _, dir := range []string{filepath.Join("..", "..", "fixtures"), filepath.Join("..", "..", "..", "shared", "realdev", "docs")} {
		paths, _ := filepath.Glob(filepath.Join(dir, "*.*"))
		for _, p := range paths {
			if ext := filepath.Ext(p); ext != ".txt" && ext != ".md" && ext != ".html" {
				continue
			}
			raw, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			texts = append(texts, string(raw))
		}
	}
	for _, text := range texts {
		for _, m := range screenMisses(t, text) {
			t.Errorf("the screen passes over a sentence with a date: %q", m)
		}
	}
	v, _ := loadVocab()
	if !v.anchors.screen {
		t.Fatal("the anchor screen is off: some anchor word is not three or more ASCII letters")
	}
	for _, s := range []string{"The frigate sailed north and met the tanker.", "Officials said the talks would go on.", "Zzz: jazz, fuzz and a quiz.", "It fired 20 drones and 1,500 shells at 12345 targets."} {
		if v.anchors.mayHold(s) {
			t.Errorf("mayHold(%q) = true, want false: the sentence has no date", s)
		}
	}
}

// TestCloseUp: the space a cut date leaves goes before every closing
// mark, and only there, as strings.Replacer would take it out.
func TestCloseUp(t *testing.T) {
	r := strings.NewReplacer(" ?", "?", " !", "!", " .", ".", " ,", ",", " ;", ";", " :", ":", " )", ")")
	for _, s := range []string{"", " ", "rebuilt its stocks ?", "a , b ; c : d ) e . f ! g", "  ?", "no marks here", "end ", " ,", "( a )", "é ?"} {
		if got, want := closeUp(s), r.Replace(s); got != want {
			t.Errorf("closeUp(%q) = %q, want %q", s, got, want)
		}
	}
}
