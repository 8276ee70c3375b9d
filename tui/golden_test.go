package tui

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/briefing-tools/briefing/internal/briefing"
	"github.com/briefing-tools/briefing/internal/export"
	"github.com/briefing-tools/briefing/internal/extract"
	"github.com/briefing-tools/briefing/internal/ingest"
)

// updateGolden rewrites the golden files: go test ./tui -run Golden -update
var updateGolden = flag.Bool("update", false, "rewrite the golden files in testdata/")

// TestGoldenDashboard snapshots the whole first screen on the fixture
// briefing, colour off, at a medium, a wide and a very wide size. The
// briefing is a frozen export (testdata/briefing.json, read back through
// the .json reader) so that better extraction does not move the goldens;
// -update writes it again from the fixtures.
func TestGoldenDashboard(t *testing.T) {
	b := frozenBriefing(t)
	for _, size := range [][2]int{{80, 24}, {120, 40}, {200, 60}} {
		w, h := size[0], size[1]
		t.Run(fmt.Sprintf("%dx%d", w, h), func(t *testing.T) {
			m := newTestModel(t, b, w, h)
			checkGolden(t, filepath.Join("testdata", fmt.Sprintf("TestGoldenDashboard_%dx%d.golden", w, h)), m.View())
		})
	}
}

// checkGolden compares got with a golden file, or rewrites the file
// under -update. The frame is stored as drawn: with colour pinned off it
// must hold no escape sequence, and a stray one shows up in the diff.
func checkGolden(t *testing.T, path, got string) {
	t.Helper()
	if *updateGolden {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./tui -run %s -update to create it)", err, t.Name())
	}
	want := string(raw)
	if got == want {
		return
	}
	t.Errorf("%s differs from the view (rerun with -update if the change is intended):\n%s", path, lineDiff(want, got))
}

// lineDiff lists the lines that differ, marked - for the golden file
// and + for the view, with their line numbers.
func lineDiff(want, got string) string {
	wl, gl := strings.Split(want, "\n"), strings.Split(got, "\n")
	var b strings.Builder
	shown := 0
	for i := 0; i < max(len(wl), len(gl)) && shown < 20; i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w == g {
			continue
		}
		shown++
		fmt.Fprintf(&b, "%3d - %q\n%3d + %q\n", i+1, w, i+1, g)
	}
	if len(wl) != len(gl) {
		fmt.Fprintf(&b, "golden has %d lines, view has %d\n", len(wl), len(gl))
	}
	return b.String()
}

// frozenBriefing loads testdata/briefing.json, or writes it from the
// fixtures under -update.
// liveFixtures runs the extractor on ../fixtures: what -update freezes.
func liveFixtures() briefing.Briefing {
	res := ingest.Load([]string{"../fixtures"}, ingest.Options{})
	b := extract.Run(res.Documents)
	b.Warnings = res.Warnings
	return b
}

func frozenBriefing(t *testing.T) *briefing.Briefing {
	t.Helper()
	path := filepath.Join("testdata", "briefing.json")
	if *updateGolden {
		var buf bytes.Buffer
		if err := export.JSON(&buf, liveFixtures()); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	res := ingest.Load([]string{path}, ingest.Options{})
	if len(res.Documents) == 0 {
		t.Fatalf("frozen briefing %s did not load: %v", path, res.Warnings)
	}
	b := extract.Run(res.Documents)
	b.Warnings = fixtures(t).Warnings
	return &b
}
