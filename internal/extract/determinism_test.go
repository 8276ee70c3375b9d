package extract_test

import (
	"bytes"
	"testing"

	"github.com/briefing-tools/briefing/internal/briefing"
	"github.com/briefing-tools/briefing/internal/export"
	"github.com/briefing-tools/briefing/internal/extract"
	"github.com/briefing-tools/briefing/internal/ingest"
)

// TestRunIsDeterministic runs the fixtures twice, once on one goroutine
// and once on four, and expects the same export byte for byte.
func TestRunIsDeterministic(t *testing.T) {
	g, err := extract.DefaultGazetteer()
	if err != nil {
		t.Fatal(err)
	}
	var outs []string
	for _, workers := range []int{1, 4, 1} {
		res := ingest.Load(fixtureFiles(t), ingest.Options{})
		e := extract.New(g)
		e.Workers = workers
		var buf bytes.Buffer
		if err := export.JSON(&buf, e.Run(res.Documents)); err != nil {
			t.Fatal(err)
		}
		outs = append(outs, buf.String())
	}
	if outs[0] != outs[1] || outs[0] != outs[2] {
		t.Error("extraction differs between runs or worker counts")
	}
}

// TestEmptyAndOddDocuments feeds text with no words, only punctuation, a
// single huge word and unbalanced quotes: no panic, spans stay in range.
func TestEmptyAndOddDocuments(t *testing.T) {
	texts := []string{"", " ", "...", "?!?", `"unclosed quote and whether`, "USS", "USS (DDG-", "Adm.", "the", "class class class",
		string(bytes.Repeat([]byte("a"), 100000)), "Whether?", "— — —", "台灣 🚢 e\u0301 Израиль", "F-35s F-35s F-35s"}
	var docs []briefing.Document
	for i, text := range texts {
		docs = append(docs, briefing.Document{ID: "d" + string(rune('a'+i)), Text: text})
	}
	b := extract.Run(docs)
	lengths := map[string]int{}
	for _, d := range docs {
		lengths[d.ID] = len(d.Text)
	}
	for _, a := range b.Assets {
		for _, m := range a.Mentions {
			if m.Start < 0 || m.End > lengths[m.Doc] || m.Start >= m.End {
				t.Errorf("asset %q: span %+v out of range", a.Name, m)
			}
		}
	}
}
