package extract_test

import (
	"bytes"
	"testing"

	"github.com/briefing-tools/briefing/internal/briefing"
	"github.com/briefing-tools/briefing/internal/export"
	"github.com/briefing-tools/briefing/internal/extract"
	"github.com/briefing-tools/briefing/internal/ingest"
)

func exportOf(t *testing.T, b briefing.Briefing) string {
	t.Helper()
	var buf bytes.Buffer
	if err := export.JSON(&buf, b); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

// TestCacheGivesRunsResults: a briefing built from cached analyses is
// byte for byte the one Run gives, also when a document changed, one was
// added in the middle (shifting the ids of those after it) or removed;
// and only new or changed documents are analysed.
func TestCacheGivesRunsResults(t *testing.T) {
	res := ingest.Load([]string{fixturesDir}, ingest.Options{})
	docs := res.Documents
	if len(docs) < 4 {
		t.Fatalf("%d fixtures", len(docs))
	}
	g, err := extract.DefaultGazetteer()
	if err != nil {
		t.Fatal(err)
	}
	e := extract.New(g)
	e.Workers = 2
	c := extract.NewCache()
	renumber := func(docs []briefing.Document) []briefing.Document {
		out := make([]briefing.Document, len(docs))
		copy(out, docs)
		return ingest.Renumber(out)
	}
	check := func(step string, docs []briefing.Document, analysed int) {
		t.Helper()
		before := c.Misses()
		got := exportOf(t, e.RunCached(docs, c))
		want := exportOf(t, extract.Run(docs))
		if got != want {
			t.Fatalf("%s: the cached briefing differs from Run's", step)
		}
		if n := c.Misses() - before; n != analysed {
			t.Errorf("%s: %d documents analysed, want %d", step, n, analysed)
		}
	}
	check("first run", renumber(docs), len(docs))
	check("again", renumber(docs), 0)

	changed := renumber(docs)
	changed[1].Text += "\n\nThe frigate HMS Example sailed from Portsmouth."
	changed[1].Blocks = append(changed[1].Blocks, briefing.Block{Kind: briefing.Paragraph, Start: len(docs[1].Text) + 2, End: len(changed[1].Text)})
	check("one changed", changed, 1)

	added := renumber(append(append([]briefing.Document{}, docs[:2]...), append([]briefing.Document{{Path: "new.txt", Format: briefing.FormatText,
		Text: "The destroyer USS Example left Norfolk on Monday.", Blocks: []briefing.Block{{Kind: briefing.Paragraph, End: 49}}}}, docs[2:]...)...))
	check("one added in the middle", added, 2) // the new one, and the changed one back as it was

	removed := renumber(append(append([]briefing.Document{}, docs[:1]...), docs[2:]...))
	check("one removed", removed, 0)
}
