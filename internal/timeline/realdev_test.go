package timeline_test

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/briefing-tools/briefing/internal/briefing"
	"github.com/briefing-tools/briefing/internal/ingest"
	"github.com/briefing-tools/briefing/internal/timeline"
)

// TestRealdevDates prints the dates found in the real-news dev set
// (../shared/realdev beside the repository, or $BRIEFING_REALDEV): how
// many, how many resolved, and a sample to read. Its texts carry no
// metadata date, so relative dates stay unresolved there; what must
// hold is that absolute dates are read, and nothing is invented.
func TestRealdevDates(t *testing.T) {
	dir := filepath.Join("..", "..", "..", "shared", "realdev", "docs")
	if p := os.Getenv("BRIEFING_REALDEV"); p != "" {
		dir = filepath.Join(p, "docs")
		if st, err := os.Stat(p); err == nil && !st.IsDir() {
			dir = filepath.Join(filepath.Dir(p), "docs")
		}
	}
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("no real-news dev set at %s: %v", dir, err)
	}
	res := ingest.Load([]string{dir}, ingest.Options{})
	if len(res.Documents) == 0 {
		t.Fatalf("no document loaded from %s", dir)
	}
	found, resolved, stated := 0, 0, 0
	var sample []string
	for i := range res.Documents {
		doc := &res.Documents[i]
		dates := timeline.Dates(doc)
		for n, d := range dates {
			found++
			switch d.Basis {
			case briefing.Stated:
				stated++
				resolved++
			case briefing.Resolved:
				resolved++
			}
			if n < 3 {
				sample = append(sample, fmt.Sprintf("%-28s %-26q → %-22s %-6s %s", filepath.Base(doc.Path), d.Stated, d.ISO, d.Precision, d.Basis))
			}
			if d.Basis != briefing.Unresolved && (d.First.Year() < 1900 || d.Last.Before(d.First)) {
				t.Errorf("%s: %q resolved to an impossible %s", doc.Path, d.Stated, d.ISO)
			}
		}
	}
	t.Logf("realdev: %d documents, %d date expressions, %d resolved (%d stated in full), %d left unresolved",
		len(res.Documents), found, resolved, stated, found-resolved)
	for _, s := range sample {
		t.Log(s)
	}
	if found == 0 {
		t.Error("no date found in the whole dev set")
	}
}
