package extract_test

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/briefing-tools/briefing/internal/briefing"
	"github.com/briefing-tools/briefing/internal/extract"
)

// BenchmarkExtractSeedProse measures throughput on the seed article, a
// real news report, replicated to 5 MB as separate documents.
func BenchmarkExtractSeedProse(b *testing.B) {
	raw, err := os.ReadFile(filepath.Join("..", "..", "..", "shared", "seeds", "000_55285c0b103b9a94.txt"))
	if err != nil {
		b.Skipf("seed article not available: %v", err)
	}
	var docs []briefing.Document
	size := 0
	for i := 0; size < 5<<20; i++ {
		docs = append(docs, briefing.Document{ID: fmt.Sprintf("d%d", i+1), Text: string(raw)})
		size += len(raw)
	}
	if _, err := extract.DefaultGazetteer(); err != nil { // compiled outside the timed loop
		b.Fatal(err)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		extract.Run(docs)
	}
}
