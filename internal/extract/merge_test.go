package extract

import (
	"testing"

	"github.com/briefing-tools/briefing/internal/briefing"
	"github.com/briefing-tools/briefing/internal/fold"
)

// TestMergeKeepsFirstWhy merges the same actor, asset and question from
// two documents, each found by a different rule: the merged item keeps
// the Why of the first document.
func TestMergeKeepsFirstWhy(t *testing.T) {
	docs := []briefing.Document{{ID: "d1"}, {ID: "d2"}}
	items := func(doc string, why briefing.Why) briefing.Items {
		span := []briefing.Span{{Doc: doc, Start: 0, End: 4}}
		return briefing.Items{
			Actors:    []briefing.Actor{{ID: "a1", Name: "Iran", Kind: briefing.State, Origin: briefing.Extracted, Why: why, Mentions: span}},
			Assets:    []briefing.Asset{{ID: "s1", Name: "Shahed-136", Side: "Iran", Origin: briefing.Extracted, Why: why, Mentions: span}},
			Questions: []briefing.Question{{Text: "Will Iran strike?", Origin: briefing.Extracted, Why: why, Evidence: span}},
		}
	}
	first := briefing.Why{Rule: "gazetteer", Cue: "Iran"}
	m := newMerger(docs)
	m.add(items("d1", first))
	m.add(items("d2", briefing.Why{Rule: "demonym", Cue: "Iranian"}))
	b := m.finish()
	if len(b.Actors) != 1 || len(b.Assets) != 1 || len(b.Questions) != 1 {
		t.Fatalf("merged into %d actors, %d assets, %d questions; want one of each", len(b.Actors), len(b.Assets), len(b.Questions))
	}
	if got := b.Actors[0].Why; got != first {
		t.Errorf("actor why %+v, want %+v", got, first)
	}
	if got := b.Assets[0].Why; got != first {
		t.Errorf("asset why %+v, want %+v", got, first)
	}
	if got := b.Questions[0].Why; got != first {
		t.Errorf("question why %+v, want %+v", got, first)
	}
}

// TestMergeWhyFirstNonZero: an item without a Why (curated, or from an
// older export) neither erases the Why of the item merged into it nor
// keeps the next one's from being taken.
func TestMergeWhyFirstNonZero(t *testing.T) {
	why := briefing.Why{Rule: "hedge/unknown", Cue: "unclear"}
	type item struct {
		origin briefing.Origin
		why    briefing.Why
	}
	for _, tc := range []struct {
		name          string
		first, second item
	}{
		{"curated second", item{briefing.Extracted, why}, item{briefing.Curated, briefing.Why{}}},
		{"curated first", item{briefing.Curated, briefing.Why{}}, item{briefing.Extracted, why}},
		{"extracted without why first", item{briefing.Extracted, briefing.Why{}}, item{briefing.Extracted, why}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := newMerger([]briefing.Document{{ID: "d1"}, {ID: "d2"}})
			for n, it := range []item{tc.first, tc.second} {
				span := []briefing.Span{{Doc: []string{"d1", "d2"}[n], Start: 0, End: 4}}
				m.add(briefing.Items{
					Actors:    []briefing.Actor{{ID: "a1", Name: "Iran", Kind: briefing.State, Origin: it.origin, Why: it.why, Mentions: span}},
					Assets:    []briefing.Asset{{ID: "s1", Name: "Shahed-136", Origin: it.origin, Why: it.why, Mentions: span}},
					Questions: []briefing.Question{{Text: "Will Iran strike?", Origin: it.origin, Why: it.why, Evidence: span}},
				})
			}
			b := m.finish()
			if got := [3]briefing.Why{b.Actors[0].Why, b.Assets[0].Why, b.Questions[0].Why}; got != [3]briefing.Why{why, why, why} {
				t.Errorf("actor, asset, question why %+v, want %+v for each", got, why)
			}
		})
	}
}

// TestMergeCopiesWhy: a cue may be a piece of the lower-cased text the
// extractor reuses for its next document; the merged item keeps its own
// copy.
func TestMergeCopiesWhy(t *testing.T) {
	var buf fold.Buffer
	cue := buf.Lower("WHETHER")
	m := newMerger([]briefing.Document{{ID: "d1"}})
	span := []briefing.Span{{Doc: "d1", Start: 0, End: 4}}
	m.add(briefing.Items{
		Actors:    []briefing.Actor{{ID: "a1", Name: "Iran", Kind: briefing.State, Why: briefing.Why{Rule: "r", Cue: cue}, Mentions: span}},
		Questions: []briefing.Question{{Text: "Will Iran strike?", Why: briefing.Why{Rule: "r", Cue: cue}, Evidence: span}},
	})
	buf.Lower("XXXXXXX") // the extractor moves on to its next document
	b := m.finish()
	if got := b.Actors[0].Why.Cue; got != "whether" {
		t.Errorf("actor cue %q after the buffer was reused, want %q", got, "whether")
	}
	if got := b.Questions[0].Why.Cue; got != "whether" {
		t.Errorf("question cue %q after the buffer was reused, want %q", got, "whether")
	}
}
