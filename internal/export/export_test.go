package export_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/briefing-tools/briefing/internal/briefing"
	"github.com/briefing-tools/briefing/internal/export"
	"github.com/briefing-tools/briefing/internal/extract"
	"github.com/briefing-tools/briefing/internal/ingest"
)

func loadFixtures(t *testing.T) briefing.Briefing {
	t.Helper()
	res := ingest.Load([]string{filepath.Join("..", "..", "fixtures")}, ingest.Options{})
	b := extract.Run(res.Documents)
	b.Warnings = res.Warnings
	return b
}

// TestJSONRoundTrip writes the fixtures' briefing as JSON, reads the file
// back through the .json reader, analyses it again and expects the very
// same export.
func TestJSONRoundTrip(t *testing.T) {
	b := loadFixtures(t)
	var first bytes.Buffer
	if err := export.JSON(&first, b); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "brief.json")
	if err := os.WriteFile(path, first.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	res := ingest.Load([]string{path}, ingest.Options{})
	again := extract.Run(res.Documents)
	// The reloaded export carries the original warnings as notes about
	// itself; compare the warnings of the first load instead.
	again.Warnings = b.Warnings
	for i := range again.Documents {
		if again.Documents[i].Path != b.Documents[i].Path {
			t.Fatalf("document %d path %q, want %q", i, again.Documents[i].Path, b.Documents[i].Path)
		}
	}
	var second bytes.Buffer
	if err := export.JSON(&second, again); err != nil {
		t.Fatal(err)
	}
	if first.String() != second.String() {
		a, c := first.String(), second.String()
		i := 0
		for i < len(a) && i < len(c) && a[i] == c[i] {
			i++
		}
		t.Fatalf("round trip differs at byte %d:\nfirst:  %q\nsecond: %q", i, a[max(0, i-200):min(len(a), i+200)], c[max(0, i-200):min(len(c), i+200)])
	}
	if len(res.Warnings) != len(b.Warnings) {
		t.Errorf("reloaded export reported %d warnings, the original had %d", len(res.Warnings), len(b.Warnings))
	}
}

func TestJSONSchemaAndOffsets(t *testing.T) {
	b := loadFixtures(t)
	var buf bytes.Buffer
	if err := export.JSON(&buf, b); err != nil {
		t.Fatal(err)
	}
	var out struct {
		Schema    string              `json:"schema"`
		Documents []briefing.Document `json:"documents"`
		Actors    []briefing.Actor    `json:"actors"`
		Assets    []briefing.Asset    `json:"assets"`
		Questions []briefing.Question `json:"questions"`
		Warnings  []briefing.Warning  `json:"warnings"`
	}
	if err := json.Unmarshal(buf.Bytes(), &out); err != nil {
		t.Fatal(err)
	}
	if out.Schema != "briefing/v1" {
		t.Errorf("schema %q", out.Schema)
	}
	texts := map[string]string{}
	for _, d := range out.Documents {
		texts[d.ID] = d.Text
	}
	check := func(what, name string, spans []briefing.Span) {
		if len(spans) == 0 {
			t.Errorf("%s %q has no spans", what, name)
		}
		for _, s := range spans {
			text, ok := texts[s.Doc]
			if !ok || s.Start < 0 || s.End > len(text) || s.Start >= s.End {
				t.Errorf("%s %q: bad span %+v", what, name, s)
			}
		}
	}
	for _, a := range out.Actors {
		check("actor", a.Name, a.Mentions)
		if a.Origin == "" || a.Kind == "" {
			t.Errorf("actor %q lacks origin or kind", a.Name)
		}
	}
	for _, a := range out.Assets {
		check("asset", a.Name, a.Mentions)
		names := []string{fold(a.Name)}
		for _, alias := range a.Aliases {
			names = append(names, fold(alias))
		}
		for _, m := range a.Mentions {
			if got := fold(texts[m.Doc][m.Start:m.End]); !slices.Contains(names, got) {
				t.Errorf("asset %q mention covers %q, which is neither its name nor an alias", a.Name, texts[m.Doc][m.Start:m.End])
			}
		}
	}
	for _, q := range out.Questions {
		check("question", q.Text, q.Evidence)
		if !strings.HasSuffix(q.Text, "?") {
			t.Errorf("question %q does not end in ?", q.Text)
		}
	}
	if len(out.Actors) == 0 || len(out.Assets) == 0 || len(out.Questions) == 0 {
		t.Errorf("curated items missing: %d actors, %d assets, %d questions", len(out.Actors), len(out.Assets), len(out.Questions))
	}
}

// fold compares names the way a reader would: case, dashes, spacing,
// possessives and a plural ending aside.
func fold(s string) string {
	s = strings.ToLower(strings.NewReplacer("'s", "", "’s", "", "-", " ", "–", " ", "—", " ", ".", "").Replace(s))
	s = strings.Join(strings.Fields(s), " ")
	return strings.TrimSuffix(s, "s")
}

func TestEmptyListsAreArrays(t *testing.T) {
	var buf bytes.Buffer
	if err := export.JSON(&buf, briefing.Briefing{}); err != nil {
		t.Fatal(err)
	}
	for _, key := range []string{`"documents": []`, `"actors": []`, `"assets": []`, `"questions": []`, `"warnings": []`} {
		if !strings.Contains(buf.String(), key) {
			t.Errorf("export lacks %s:\n%s", key, buf.String())
		}
	}
}

func TestMarkdownBrief(t *testing.T) {
	b := loadFixtures(t)
	var buf bytes.Buffer
	if err := export.Markdown(&buf, b); err != nil {
		t.Fatal(err)
	}
	md := buf.String()
	for _, want := range []string{"# Briefing: ", "## Key actors", "## Order of battle", "| Asset | Category |", "## Open questions", "   > ", "## Warnings"} {
		if !strings.Contains(md, want) {
			t.Errorf("brief lacks %q", want)
		}
	}
	if strings.ContainsAny(md, "\x1b\x07\r") {
		t.Error("control characters in the brief")
	}
}

func TestMarkdownEscapesDocumentText(t *testing.T) {
	b := briefing.Briefing{
		Documents: []briefing.Document{{ID: "d1", Title: "A *bold* | title", Text: "x"}},
		Assets:    []briefing.Asset{{ID: "ast1", Name: "Pipe | name", Origin: briefing.Curated}},
	}
	var buf bytes.Buffer
	if err := export.Markdown(&buf, b); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), `# A \*bold\* \| title`) || !strings.Contains(buf.String(), `| Pipe \| name |`) {
		t.Errorf("not escaped:\n%s", buf.String())
	}
}
