package export_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/briefing-tools/briefing/internal/briefing"
	"github.com/briefing-tools/briefing/internal/crossdoc"
	"github.com/briefing-tools/briefing/internal/export"
	"github.com/briefing-tools/briefing/internal/extract"
	"github.com/briefing-tools/briefing/internal/ingest"
)

// firstDifference shows where two outputs first differ, with some text
// around that byte from each, labelled.
func firstDifference(a, c, labelA, labelC string) string {
	i := 0
	for i < len(a) && i < len(c) && a[i] == c[i] {
		i++
	}
	return fmt.Sprintf("at byte %d:\n%s: %q\n%s: %q", i, labelA, a[max(0, i-200):min(len(a), i+200)], labelC, c[max(0, i-200):min(len(c), i+200)])
}

// loadFixtures loads the sample briefings and the hostile inputs, so the
// exports carry warnings too.
func loadFixtures(t *testing.T) briefing.Briefing {
	t.Helper()
	res := ingest.Load([]string{filepath.Join("..", "..", "fixtures"), filepath.Join("..", "..", "testdata", "hostile")}, ingest.Options{})
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
		t.Fatalf("round trip differs %s", firstDifference(first.String(), second.String(), "first", "second"))
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

// TestJSONWhyRoundTrip exports items with and without a why, reads the
// file back through the .json reader and analyses it again: why is
// written only where it is set, and comes back the same.
func TestJSONWhyRoundTrip(t *testing.T) {
	text := "USS Mason sailed with Iran watching. It is unclear whether Iran will respond."
	span := func(s string) []briefing.Span {
		i := strings.Index(text, s)
		return []briefing.Span{{Doc: "d1", Start: i, End: i + len(s)}}
	}
	assetWhy := briefing.Why{Rule: "ship-prefix", Cue: "USS"}
	actorWhy := briefing.Why{Rule: "gazetteer"}
	questionWhy := briefing.Why{Rule: "hedge/unknown", Cue: "it is unclear whether"}
	// items in the order the merger gives them: by first mention
	b := briefing.Briefing{
		Documents: []briefing.Document{{ID: "d1", Path: "x.txt", Format: briefing.FormatText, Title: "T", Text: text}},
		Actors: []briefing.Actor{
			{ID: "act1", Name: "Mason", Kind: briefing.Person, Origin: briefing.Curated, Mentions: span("Mason")},
			{ID: "act2", Name: "Iran", Kind: briefing.State, Origin: briefing.Extracted, Why: actorWhy, Mentions: span("Iran")},
		},
		Assets: []briefing.Asset{{ID: "ast1", Name: "USS Mason", Domain: briefing.Sea, Origin: briefing.Extracted, Why: assetWhy, Mentions: span("USS Mason")}},
		Questions: []briefing.Question{{ID: "q1", Text: "Will Iran respond?", Kind: briefing.Unknown, Cue: "unclear", Origin: briefing.Extracted,
			Why: questionWhy, Evidence: span("It is unclear whether Iran will respond.")}},
	}
	// what a run derives across documents (sources) is part of its items
	crossdoc.Annotate(&b, 1)
	var buf bytes.Buffer
	if err := export.JSON(&buf, b); err != nil {
		t.Fatal(err)
	}
	var raw struct {
		Actors, Assets, Questions []map[string]json.RawMessage
	}
	if err := json.Unmarshal(buf.Bytes(), &raw); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		item map[string]json.RawMessage
		want string // "" for no why key at all
	}{
		{raw.Actors[0], ""},
		{raw.Actors[1], `{"rule":"gazetteer"}`},
		{raw.Assets[0], `{"rule":"ship-prefix","cue":"USS"}`},
		{raw.Questions[0], `{"rule":"hedge/unknown","cue":"it is unclear whether"}`},
	} {
		var compact bytes.Buffer
		if w, ok := c.item["why"]; ok {
			if err := json.Compact(&compact, w); err != nil {
				t.Fatal(err)
			}
		} else if c.want != "" {
			t.Errorf("%s has no why, want %s", c.item["id"], c.want)
		}
		if compact.String() != c.want {
			t.Errorf("%s why %s, want %q", c.item["id"], compact.String(), c.want)
		}
	}

	path := filepath.Join(t.TempDir(), "brief.json")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	res := ingest.Load([]string{path}, ingest.Options{})
	if len(res.Warnings) != 0 {
		t.Fatalf("warnings on reload: %v", res.Warnings)
	}
	again := extract.Run(res.Documents)
	whyOf := map[string]briefing.Why{}
	for _, a := range again.Actors {
		whyOf[a.Name] = a.Why
	}
	for _, a := range again.Assets {
		whyOf[a.Name] = a.Why
	}
	for _, q := range again.Questions {
		whyOf[q.Text] = q.Why
	}
	for name, want := range map[string]briefing.Why{"Iran": actorWhy, "Mason": {}, "USS Mason": assetWhy, "Will Iran respond?": questionWhy} {
		if got, ok := whyOf[name]; !ok || got != want {
			t.Errorf("%q reloaded with why %+v (found %v), want %+v", name, got, ok, want)
		}
	}
	// the reader adds the blocks the hand-made document lacks; the items
	// must be exactly as they were
	again.Documents = b.Documents
	var second bytes.Buffer
	if err := export.JSON(&second, again); err != nil {
		t.Fatal(err)
	}
	if second.String() != buf.String() {
		t.Errorf("export differs after a reload:\nfirst:\n%s\nsecond:\n%s", buf.String(), second.String())
	}
}

// TestMarkdownWhy: an open question with a why says its cue and rule on
// a line of its own under the evidence, the cue not repeated beside the
// kind; a question without one has no such line.
func TestMarkdownWhy(t *testing.T) {
	text := "It is unclear whether Iran will respond. Officials said the *strike* was claimed."
	b := briefing.Briefing{
		Documents: []briefing.Document{{ID: "d1", Title: "T", Text: text}},
		Questions: []briefing.Question{
			{ID: "q1", Text: "Will Iran respond?", Kind: briefing.Unknown, Cue: "unclear whether", Origin: briefing.Extracted,
				Why: briefing.Why{Rule: "hedge/unknown", Cue: "unclear whether"}, Evidence: []briefing.Span{{Doc: "d1", Start: 0, End: 40}}},
			{ID: "q2", Text: "Was the strike real?", Kind: briefing.Claim, Cue: "claimed", Origin: briefing.Extracted,
				Why: briefing.Why{Rule: "claim_*verb*", Cue: "was claimed"}, Evidence: []briefing.Span{{Doc: "d1", Start: 41, End: len(text)}}},
			{ID: "q3", Text: "Who decides?", Kind: briefing.Decision, Cue: "who", Origin: briefing.Curated},
		},
	}
	var buf bytes.Buffer
	if err := export.Markdown(&buf, b); err != nil {
		t.Fatal(err)
	}
	md := buf.String()
	want := strings.Join([]string{
		"1. **Will Iran respond?** — unknown",
		"   > It is unclear whether Iran will respond. (T)",
		"   - cue: “unclear whether”; rule: hedge/unknown",
		"2. **Was the strike real?** — claim · cue “claimed”",
		`   > Officials said the \*strike\* was claimed. (T)`,
		`   - cue: “was claimed”; rule: claim\_\*verb\*`,
		"3. **Who decides?** — decision · cue “who”",
		"",
	}, "\n")
	if !strings.Contains(md, want) {
		t.Errorf("open questions are not\n%s\nin:\n%s", want, md)
	}
}

// TestJSONStreamMatchesOneEncoding: the streamed export is byte for byte
// what encoding the whole briefing at once gives.
func TestJSONStreamMatchesOneEncoding(t *testing.T) {
	b := loadFixtures(t)
	b.Questions = append(b.Questions, briefing.Question{Text: "<b>&</b> in a question"}) // HTML left as is, nil evidence as []
	// a text longer than the chunks it is escaped in, with characters of
	// every width, escapes and invalid bytes across the cuts
	long := strings.Repeat("Fregatte \"Hessen\" — 北京 \\ <a&b>\u2028\t\x01\xff\xe2\x82 ☢\n", 9000)
	b.Documents = append(b.Documents,
		briefing.Document{ID: "long", Path: "long.txt", Format: "txt", Text: long},
		briefing.Document{ID: "blocks", Path: "b.md", Format: "md", Text: long[:5000], Blocks: []briefing.Block{{Kind: briefing.Heading, Start: 0, End: 10, Level: 1}, {Kind: briefing.Paragraph, Start: 11, End: 5000}}},
		briefing.Document{ID: "empty", Path: "e.txt", Format: "txt"})
	b.Actors = append(b.Actors, briefing.Actor{ID: "none", Name: "No mentions"})
	var streamed bytes.Buffer
	if err := export.JSON(&streamed, b); err != nil {
		t.Fatal(err)
	}
	whole := struct {
		Schema    string              `json:"schema"`
		Documents []briefing.Document `json:"documents"`
		Actors    []briefing.Actor    `json:"actors"`
		Assets    []briefing.Asset    `json:"assets"`
		Questions []briefing.Question `json:"questions"`
		Warnings  []briefing.Warning  `json:"warnings"`
		Timeline  []briefing.Event    `json:"timeline,omitempty"`
	}{briefing.Schema, b.Documents, slices.Clone(b.Actors), slices.Clone(b.Assets), slices.Clone(b.Questions), b.Warnings, b.Timeline}
	for i := range whole.Actors {
		if whole.Actors[i].Mentions == nil {
			whole.Actors[i].Mentions = []briefing.Span{}
		}
	}
	for i := range whole.Assets {
		if whole.Assets[i].Mentions == nil {
			whole.Assets[i].Mentions = []briefing.Span{}
		}
	}
	for i := range whole.Questions {
		if whole.Questions[i].Evidence == nil {
			whole.Questions[i].Evidence = []briefing.Span{}
		}
	}
	var once bytes.Buffer
	enc := json.NewEncoder(&once)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(whole); err != nil {
		t.Fatal(err)
	}
	if streamed.String() != once.String() {
		t.Fatalf("streamed export differs %s", firstDifference(streamed.String(), once.String(), "streamed", "at once"))
	}
	// and an empty briefing
	var empty bytes.Buffer
	if err := export.JSON(&empty, briefing.Briefing{}); err != nil {
		t.Fatal(err)
	}
	want := "{\n  \"schema\": \"briefing/v1\",\n  \"documents\": [],\n  \"actors\": [],\n  \"assets\": [],\n  \"questions\": [],\n  \"warnings\": []\n}\n"
	if empty.String() != want {
		t.Errorf("empty export %q, want %q", empty.String(), want)
	}
}
