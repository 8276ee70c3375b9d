package extract_test

import (
	"path/filepath"
	"testing"

	"github.com/briefing-tools/briefing/internal/briefing"
	"github.com/briefing-tools/briefing/internal/extract"
)

// TestWindowedAnalysisKeepsItems analyses every fixture in windows far
// smaller than it and compares with the whole analysis: mentions still
// point at their items' names, and the items named stay the same, but
// for the few whose context a cut removed.
func TestWindowedAnalysisKeepsItems(t *testing.T) {
	g, err := extract.DefaultGazetteer()
	if err != nil {
		t.Fatal(err)
	}
	var kept, total, split, wholeQ, cutQ int
	for _, path := range fixtureFiles(t) {
		doc := loadOne(t, path)
		whole := extract.New(g).Run([]briefing.Document{doc})
		e := extract.New(g)
		e.WindowBytes = 1200
		e.Workers = 2
		cut := e.Run([]briefing.Document{doc})
		if len(doc.Text) > 2*e.WindowBytes {
			split++
		}
		wholeQ += len(whole.Questions)
		cutQ += len(cut.Questions)
		for _, p := range mentionProblems(cut) {
			t.Errorf("%s: %s", filepath.Base(path), p)
		}
		for _, q := range cut.Questions {
			for _, s := range q.Evidence {
				if s.Start < 0 || s.End > len(doc.Text) || s.Start >= s.End {
					t.Errorf("%s: question %q has evidence [%d,%d) outside the text", filepath.Base(path), q.Text, s.Start, s.End)
				}
			}
		}
		names := map[string]bool{}
		for _, a := range cut.Actors {
			names[a.Name] = true
		}
		for _, a := range cut.Assets {
			names[a.Name] = true
		}
		for _, a := range whole.Actors {
			total++
			if names[a.Name] {
				kept++
			}
		}
		for _, a := range whole.Assets {
			total++
			if names[a.Name] {
				kept++
			}
		}
	}
	share := float64(kept) / float64(max(total, 1))
	t.Logf("items of the whole analysis found again in 1200-byte windows: %d of %d (%.3f); %d fixtures cut in three or more; questions %d whole, %d windowed", kept, total, share, split, wholeQ, cutQ)
	if split == 0 {
		t.Fatal("no fixture is long enough to be cut: the test checks nothing")
	}
	if share < 0.9 {
		t.Errorf("windowed analysis keeps %.3f of the items, want at least 0.9", share)
	}
}
