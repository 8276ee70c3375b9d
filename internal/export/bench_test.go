package export_test

import (
	"io"
	"testing"

	"github.com/briefing-tools/briefing/internal/export"
	"github.com/briefing-tools/briefing/internal/extract"
	"github.com/briefing-tools/briefing/internal/ingest"
)

// BenchmarkJSON writes the fixtures' briefing as JSON: text, items with
// their mentions, timeline. MB/s is of the output.
func BenchmarkJSON(b *testing.B) {
	res := ingest.Load([]string{"../../fixtures"}, ingest.Options{})
	br := extract.Run(res.Documents)
	n := &countingWriter{}
	if err := export.JSON(n, br); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(n.n)
	b.ReportAllocs()
	for b.Loop() {
		if err := export.JSON(io.Discard, br); err != nil {
			b.Fatal(err)
		}
	}
}

type countingWriter struct{ n int64 }

func (w *countingWriter) Write(p []byte) (int, error) {
	w.n += int64(len(p))
	return len(p), nil
}
