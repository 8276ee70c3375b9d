package extract_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/briefing-tools/briefing/internal/briefing"
	"github.com/briefing-tools/briefing/internal/extract"
)

func BenchmarkZZRealdev(b *testing.B) {
	paths, _ := filepath.Glob("/work/shared/realdev/docs/*")
	if len(paths) == 0 {
		b.Fatal("no realdev docs")
	}
	var base []briefing.Document
	for _, p := range paths {
		raw, err := os.ReadFile(p)
		if err != nil || !strings.HasSuffix(p, ".txt") && !strings.HasSuffix(p, ".md") {
			continue
		}
		base = append(base, briefing.Document{ID: "x", Path: p, Format: briefing.FormatText, Text: string(raw)})
	}
	var docs []briefing.Document
	total := 0
	for total < 1<<20 {
		for _, d := range base {
			d.ID = "d" + string(rune('a'+len(docs)%26)) + strings.Repeat("x", len(docs)/26)
			d.Text = d.Text + "\n\nCopy " + d.ID + ".\n"
			docs = append(docs, d)
			total += len(d.Text)
		}
	}
	if _, err := extract.DefaultGazetteer(); err != nil {
		b.Fatal(err)
	}
	in := make([]briefing.Document, len(docs))
	b.SetBytes(int64(total))
	b.ReportAllocs()
	for b.Loop() {
		copy(in, docs)
		extract.Run(in)
	}
}
