package export_test

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/briefing-tools/briefing/internal/export"
	"github.com/briefing-tools/briefing/internal/extract"
	"github.com/briefing-tools/briefing/internal/ingest"
)

var updateFrozen = flag.Bool("update-frozen", false, "rewrite testdata/frozen-exports.txt from the current exports")

const frozenPath = "testdata/frozen-exports.txt"

// frozenSets are the inputs whose exports are frozen: the fixtures, the
// seed article and the real dev articles, each loaded as one briefing.
var frozenSets = []struct{ name, path string }{
	{"fixtures", "../../fixtures"},
	{"seed", "../../../shared/seeds"},
	{"realdev", "../../../shared/realdev/docs"},
}

// TestExportsMatchFrozen compares the JSON and Markdown exports of the
// frozen sets with digests taken when the extraction core was
// restructured: work on the pipeline's structure or speed must not
// change a byte. A change to what is extracted updates the digests with
// -update-frozen, in a commit that names the change.
func TestExportsMatchFrozen(t *testing.T) {
	want := readFrozen(t)
	var lines []string
	for _, set := range frozenSets {
		if _, err := os.Stat(set.path); err != nil {
			if *updateFrozen {
				t.Fatalf("%s: %v: every set must be present to freeze", set.name, err)
			}
			t.Logf("%s skipped: %s is absent", set.name, set.path)
			continue
		}
		res := ingest.Load([]string{set.path}, ingest.Options{})
		b := extract.Run(res.Documents)
		b.Warnings = res.Warnings
		var js, md bytes.Buffer
		if err := export.JSON(&js, b); err != nil {
			t.Fatal(err)
		}
		if err := export.Markdown(&md, b); err != nil {
			t.Fatal(err)
		}
		got := fmt.Sprintf("%s json %s markdown %s", set.name, digest(js.Bytes()), digest(md.Bytes()))
		lines = append(lines, got)
		if *updateFrozen {
			continue
		}
		if w, ok := want[set.name]; !ok {
			t.Errorf("%s has no frozen digests; run go test ./internal/export -run Frozen -update-frozen", set.name)
		} else if w != got {
			t.Errorf("the exports of %s changed:\n got %s\nwant %s\n(an intended change to extraction: -update-frozen, named in the commit)", set.name, got, w)
		}
	}
	if *updateFrozen {
		if err := os.WriteFile(frozenPath, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func digest(b []byte) string {
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:12])
}

// readFrozen maps each set's name to its frozen line.
func readFrozen(t *testing.T) map[string]string {
	t.Helper()
	f, err := os.Open(frozenPath)
	if err != nil {
		if *updateFrozen && os.IsNotExist(err) {
			return nil
		}
		t.Fatal(err)
	}
	defer f.Close()
	out := map[string]string{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if name, _, ok := strings.Cut(sc.Text(), " "); ok {
			out[name] = sc.Text()
		}
	}
	names := make([]string, 0, len(frozenSets))
	for _, s := range frozenSets {
		names = append(names, s.name)
	}
	for name := range out {
		if !slices.Contains(names, name) {
			t.Errorf("%s names an unknown set %q", filepath.Base(frozenPath), name)
		}
	}
	return out
}
