package ingest

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/briefing-tools/briefing/internal/briefing"
)

// write creates a file under dir and returns its path.
func write(t *testing.T, dir, name string, data []byte) string {
	t.Helper()
	path := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func loadOne(t *testing.T, name, content string) (briefing.Document, []briefing.Warning) {
	t.Helper()
	path := write(t, t.TempDir(), name, []byte(content))
	res := Load([]string{path}, Options{})
	if len(res.Documents) != 1 {
		t.Fatalf("want 1 document from %s, got %d (warnings %v)", name, len(res.Documents), res.Warnings)
	}
	return res.Documents[0], res.Warnings
}

func blockTexts(d briefing.Document, kind briefing.BlockKind) []string {
	var out []string
	for _, b := range d.Blocks {
		if b.Kind == kind {
			out = append(out, d.Text[b.Start:b.End])
		}
	}
	return out
}

func TestPlainTextOneParagraphPerLine(t *testing.T) {
	doc, warns := loadOne(t, "wire.txt", "The carrier left port on Monday.\r\nAnalysts expect a long deployment.\nWhat comes next\nOfficials declined to say where it is going.\n")
	if len(warns) != 0 {
		t.Errorf("unexpected warnings %v", warns)
	}
	if doc.Format != briefing.FormatText || doc.ID != "d1" {
		t.Errorf("format %q id %q", doc.Format, doc.ID)
	}
	if strings.Contains(doc.Text, "\r") {
		t.Errorf("CR survived: %q", doc.Text)
	}
	if got := blockTexts(doc, briefing.Heading); len(got) != 1 || got[0] != "What comes next" {
		t.Errorf("headings = %q", got)
	}
	if got := blockTexts(doc, briefing.Paragraph); len(got) != 3 {
		t.Errorf("paragraphs = %q", got)
	}
	// a heading further down titles its section, not the document: a
	// document opening with prose is titled by its file name, marked so
	if doc.Title != "wire" || !doc.TitleFromPath {
		t.Errorf("title = %q (from path %v), want the file name", doc.Title, doc.TitleFromPath)
	}
}

func TestPlainTextBlankLineParagraphs(t *testing.T) {
	text := "Frigates Shadow Tanker in Baltic\n\nTALLINN, Jan. 9 — Two frigates followed a tanker\nthrough the Gulf of Finland overnight.\n\nBackground\n\nThe cable was cut in December.\n\n1. First point.\n2. Second point.\n"
	doc, _ := loadOne(t, "note.txt", text)
	if doc.Title != "Frigates Shadow Tanker in Baltic" {
		t.Errorf("title = %q", doc.Title)
	}
	paras := blockTexts(doc, briefing.Paragraph)
	if len(paras) != 2 || !strings.HasSuffix(paras[0], "overnight.") {
		t.Errorf("paragraphs = %q", paras)
	}
	if got := blockTexts(doc, briefing.Heading); len(got) != 2 || got[1] != "Background" {
		t.Errorf("headings = %q", got)
	}
	if got := blockTexts(doc, briefing.ListItem); len(got) != 2 {
		t.Errorf("items = %q", got)
	}
	if doc.Blocks[0].Level != 1 {
		t.Errorf("first heading level = %d, want 1", doc.Blocks[0].Level)
	}
}

func TestPlainTextWithoutHeadingUsesFileName(t *testing.T) {
	doc, _ := loadOne(t, "morning-note.txt", "The destroyer sailed at dawn.\nIt was not alone.\n")
	if doc.Title != "morning-note" {
		t.Errorf("title = %q", doc.Title)
	}
}

func TestMarkdownFrontMatterAndCuratedSections(t *testing.T) {
	src := `---
title: Gulf posture
date: 2026-01-20
source: Staff notes
author: J. Analyst
classification: UNCLASSIFIED//FOR TRAINING
---
# Gulf posture

The **carrier** is [en route](https://example.com) &amp; escorted.

## Key actors

- Eyal Zamir — Lieutenant General, IDF Chief of Staff
- CENTCOM

## Order of battle

### United States

- THAAD — air-defence system, 2 batteries, deployed, Israel

| Asset | Side | Status |
|---|---|---|
| USS Abraham Lincoln | United States | en route |

## Open questions

1. Will Israel join a US strike?

## Notes

- not curated
`
	doc, warns := loadOne(t, "sitrep.md", src)
	if len(warns) != 0 {
		t.Errorf("warnings %v", warns)
	}
	if doc.Title != "Gulf posture" || doc.Date != "2026-01-20" || doc.Source != "Staff notes" ||
		doc.Author != "J. Analyst" || doc.Classification != "UNCLASSIFIED//FOR TRAINING" {
		t.Errorf("front matter: %+v", doc)
	}
	if strings.ContainsAny(doc.Text, "*[]#") || strings.Contains(doc.Text, "&amp;") || strings.Contains(doc.Text, "title:") {
		t.Errorf("markup left in text: %q", doc.Text)
	}
	if !strings.Contains(doc.Text, "The carrier is en route & escorted.") {
		t.Errorf("paragraph text wrong: %q", doc.Text)
	}
	var got []string
	for _, c := range doc.Curated {
		if doc.Text[c.Span.Start:c.Span.End] != c.Text {
			t.Errorf("curated span %v covers %q, want %q", c.Span, doc.Text[c.Span.Start:c.Span.End], c.Text)
		}
		got = append(got, fmt.Sprintf("%s|%s|%s", c.Section, c.Group, c.Text))
	}
	want := []string{
		"actors||Eyal Zamir — Lieutenant General, IDF Chief of Staff",
		"actors||CENTCOM",
		"assets|United States|THAAD — air-defence system, 2 batteries, deployed, Israel",
		"assets|United States|USS Abraham Lincoln | United States | en route",
		"questions||Will Israel join a US strike?",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("curated items:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if f := doc.Curated[3].Fields; f["asset"] != "USS Abraham Lincoln" || f["status"] != "en route" {
		t.Errorf("table fields = %v", f)
	}
}

func TestCuratedSectionSynonyms(t *testing.T) {
	for heading, want := range map[string]briefing.Section{
		"Key actors": briefing.SectionActors, "Actors": briefing.SectionActors, "Key players": briefing.SectionActors,
		"Order of battle": briefing.SectionAssets, "Forces": briefing.SectionAssets, "Assets": briefing.SectionAssets,
		"Forces & assets": briefing.SectionAssets, "ORBAT": briefing.SectionAssets,
		"Open questions": briefing.SectionQuestions, "Key questions": briefing.SectionQuestions,
		"Intelligence gaps": briefing.SectionQuestions, "Key unknowns": briefing.SectionQuestions,
	} {
		if got, ok := curatedSection(heading); !ok || got != want {
			t.Errorf("curatedSection(%q) = %q, %v; want %q", heading, got, ok, want)
		}
	}
	for _, heading := range []string{"Background", "Assessment", "Key judgements"} {
		if s, ok := curatedSection(heading); ok {
			t.Errorf("curatedSection(%q) = %q, want none", heading, s)
		}
	}
}

func TestHTMLKeepsArticleTextOnly(t *testing.T) {
	src := `<!doctype html><html><head><title>Site | Story</title>
<meta property="og:site_name" content="Harbour Watch"><meta name="date" content="2026-02-03T10:00:00Z">
<style>p { color: red }</style><script>alert("x")</script></head>
<body><nav><a href="/">Home</a> Menu</nav><header><div class="logo">Logo text</div></header>
<article><h1>Drones strike a patrol ship</h1><p>Naval drones hit the <b>ship</b> overnight,&nbsp;officials said.</p>
<div hidden>secret hidden text</div><h2>Claims</h2><ul><li>First claim</li><li>Second claim</li></ul>
<script>var tracking = 1;</script><p>Moscow denied it &mdash; again.</p></article>
<footer>Copyright footer</footer></body></html>`
	doc, _ := loadOne(t, "story.html", src)
	for _, junk := range []string{"alert", "color", "Menu", "Logo text", "tracking", "Copyright", "hidden text", "Home"} {
		if strings.Contains(doc.Text, junk) {
			t.Errorf("page furniture %q in text: %q", junk, doc.Text)
		}
	}
	if doc.Title != "Drones strike a patrol ship" || doc.Source != "Harbour Watch" || doc.Date != "2026-02-03" {
		t.Errorf("meta: title %q source %q date %q", doc.Title, doc.Source, doc.Date)
	}
	for _, want := range []string{"Naval drones hit the ship overnight, officials said.", "Moscow denied it — again.", "- First claim\n- Second claim"} {
		if !strings.Contains(doc.Text, want) {
			t.Errorf("text lacks %q: %q", want, doc.Text)
		}
	}
	if got := blockTexts(doc, briefing.Heading); len(got) != 2 || got[1] != "Claims" {
		t.Errorf("headings %q", got)
	}
}

func TestStdinIsSniffed(t *testing.T) {
	res := Load([]string{"-"}, Options{Stdin: strings.NewReader("# From a pipe\n\nThe frigate sailed.\n")})
	if len(res.Documents) != 1 {
		t.Fatalf("documents: %v warnings: %v", res.Documents, res.Warnings)
	}
	d := res.Documents[0]
	if d.Path != "stdin" || d.Format != briefing.FormatMarkdown || d.Title != "From a pipe" {
		t.Errorf("got path %q format %q title %q", d.Path, d.Format, d.Title)
	}
}

func TestDirectoryWalkIsSortedAndSkipsHidden(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "b.txt", []byte("Second document text.\n"))
	write(t, dir, "a/z.md", []byte("First document text.\n"))
	write(t, dir, ".hidden.txt", []byte("Hidden.\n"))
	write(t, dir, ".git/config.txt", []byte("Hidden dir.\n"))
	write(t, dir, "c.gold.yaml", []byte("actors: []\n"))
	res := Load([]string{dir}, Options{})
	var paths []string
	for _, d := range res.Documents {
		paths = append(paths, filepath.Base(d.Path)+"="+d.ID)
	}
	if strings.Join(paths, " ") != "z.md=d1 b.txt=d2" {
		t.Errorf("documents %v", paths)
	}
	if len(res.Warnings) != 0 {
		t.Errorf("warnings %v", res.Warnings)
	}
}

// TestBadInput checks that every kind of bad input gives exactly one clear
// warning naming its path, and that the good document beside it loads.
func TestBadInput(t *testing.T) {
	cases := []struct {
		name    string
		setup   func(t *testing.T, dir string) string
		loads   bool
		message string
	}{
		{"empty file", func(t *testing.T, dir string) string { return write(t, dir, "empty.txt", nil) }, false, "empty document"},
		{"whitespace only", func(t *testing.T, dir string) string { return write(t, dir, "blank.md", []byte(" \n\t\n")) }, false, "empty document"},
		{"binary with NUL bytes", func(t *testing.T, dir string) string {
			return write(t, dir, "image.txt", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"))
		}, false, "binary content"},
		{"mostly undecodable bytes", func(t *testing.T, dir string) string {
			return write(t, dir, "noise.txt", []byte{0xff, 0xfe + 1, 0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1, 0xf0, 0x28, 0x8c, 0xbc})
		}, false, "binary content"},
		{"over the size limit", func(t *testing.T, dir string) string {
			return write(t, dir, "huge.txt", []byte(strings.Repeat("A long report line.\n", 100)))
		}, false, "over the 1.0 KiB limit"},
		{"invalid UTF-8", func(t *testing.T, dir string) string {
			return write(t, dir, "latin1.txt", []byte("The caf\xe9 by the quay closed.\n"))
		}, true, "invalid UTF-8 replaced"},
		{"missing file", func(t *testing.T, dir string) string { return filepath.Join(dir, "missing.txt") }, false, "no such file"},
		{"dangling symlink", func(t *testing.T, dir string) string {
			p := filepath.Join(dir, "link.txt")
			if err := os.Symlink(filepath.Join(dir, "gone"), p); err != nil {
				t.Fatal(err)
			}
			return p
		}, false, "no such file"},
		{"broken front matter", func(t *testing.T, dir string) string {
			return write(t, dir, "broken.md", []byte("---\ntitle: [unclosed\n---\nThe body still loads.\n"))
		}, true, "malformed front matter"},
		{"unclosed front matter", func(t *testing.T, dir string) string {
			return write(t, dir, "unclosed.md", []byte("---\ntitle: x\n\nThe body still loads.\n"))
		}, true, "not closed"},
		{"unsupported extension", func(t *testing.T, dir string) string {
			return write(t, dir, "report.odt", []byte("PK\x03\x04"))
		}, false, "unsupported format"},
		{"truncated PDF", func(t *testing.T, dir string) string {
			return write(t, dir, "report.pdf", []byte("%PDF-1.4"))
		}, false, "truncated or damaged PDF"},
		{"JSON that is not an export", func(t *testing.T, dir string) string {
			return write(t, dir, "other.json", []byte(`{"a": 1}`))
		}, false, "schema"},
		{"truncated JSON", func(t *testing.T, dir string) string {
			return write(t, dir, "cut.json", []byte(`{"schema": "briefing/v1", "documents": [`))
		}, false, "not a valid briefing export"},
		{"export of another schema", func(t *testing.T, dir string) string {
			return write(t, dir, "v9.json", []byte(`{"schema": "briefing/v9", "documents": []}`))
		}, false, "unsupported schema"},
		{"FIFO inside a directory", func(t *testing.T, dir string) string {
			sub := filepath.Join(dir, "withfifo")
			if err := os.Mkdir(sub, 0o755); err != nil {
				t.Fatal(err)
			}
			if err := syscall.Mkfifo(filepath.Join(sub, "pipe.txt"), 0o644); err != nil {
				t.Fatal(err)
			}
			return sub
		}, false, "not a regular file"},
	}
	if os.Geteuid() != 0 { // root reads any file, so permissions only bite others
		cases = append(cases, struct {
			name    string
			setup   func(t *testing.T, dir string) string
			loads   bool
			message string
		}{"unreadable file", func(t *testing.T, dir string) string {
			p := write(t, dir, "secret.txt", []byte("Classified.\n"))
			if err := os.Chmod(p, 0); err != nil {
				t.Fatal(err)
			}
			return p
		}, false, "permission denied"})
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			bad := tc.setup(t, dir)
			good := write(t, t.TempDir(), "good.txt", []byte("The frigate returned to port.\n"))
			res := Load([]string{bad, good}, Options{MaxDocSize: 1024})
			if len(res.Warnings) != 1 {
				t.Fatalf("want exactly one warning, got %v", res.Warnings)
			}
			w := res.Warnings[0]
			if !strings.Contains(w.Path, filepath.Base(bad)) && !strings.Contains(w.Path, "pipe.txt") {
				t.Errorf("warning path %q does not name %q", w.Path, bad)
			}
			if !strings.Contains(w.Message, tc.message) {
				t.Errorf("warning %q does not say %q", w.Message, tc.message)
			}
			wantDocs := 1
			if tc.loads {
				wantDocs = 2
			}
			if len(res.Documents) != wantDocs {
				t.Fatalf("want %d documents, got %d", wantDocs, len(res.Documents))
			}
			last := res.Documents[len(res.Documents)-1]
			if !strings.Contains(last.Text, "frigate returned") {
				t.Errorf("good document missing; last is %q", last.Text)
			}
		})
	}
}

func TestUTF16WithBOMIsDecoded(t *testing.T) {
	// "Hi there." in UTF-16LE with a byte-order mark.
	data := []byte{0xff, 0xfe}
	for _, r := range "Patrol boat seen.\n" {
		data = append(data, byte(r), 0)
	}
	path := write(t, t.TempDir(), "utf16.txt", data)
	res := Load([]string{path}, Options{})
	if len(res.Documents) != 1 || !strings.HasPrefix(res.Documents[0].Text, "Patrol boat seen.") {
		t.Fatalf("documents %+v warnings %v", res.Documents, res.Warnings)
	}
}

func TestDirectoryOfAThousandFiles(t *testing.T) {
	dir := t.TempDir()
	for i := range 1000 {
		name := fmt.Sprintf("doc-%04d.txt", i)
		content := fmt.Sprintf("Report %d\n\nPatrol number %d saw two frigates near the strait.\n", i, i)
		switch i % 100 {
		case 7:
			content = "" // some are empty
		case 13:
			content = "bin\x00ary"
		}
		write(t, dir, name, []byte(content))
	}
	res := Load([]string{dir}, Options{})
	if len(res.Documents) != 980 || len(res.Warnings) != 20 {
		t.Fatalf("got %d documents and %d warnings", len(res.Documents), len(res.Warnings))
	}
	for i, d := range res.Documents {
		if d.ID != fmt.Sprintf("d%d", i+1) {
			t.Fatalf("document %d has id %s", i, d.ID)
		}
		if i > 0 && res.Documents[i-1].Path >= d.Path {
			t.Fatalf("not sorted: %s then %s", res.Documents[i-1].Path, d.Path)
		}
	}
}

// TestHostileFixtures loads every file of testdata/hostile: each gives a
// clean document or a warning naming it, and no text keeps a control.
func TestHostileFixtures(t *testing.T) {
	dir := filepath.Join("..", "..", "testdata", "hostile")
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	res := Load([]string{dir}, Options{})
	for _, e := range entries {
		path := filepath.Join(dir, e.Name())
		found := false
		for _, d := range res.Documents {
			found = found || d.Path == path
		}
		for _, w := range res.Warnings {
			found = found || w.Path == path
		}
		if !found {
			t.Errorf("%s: neither loaded nor warned about", e.Name())
		}
	}
	for _, d := range res.Documents {
		for _, field := range []string{d.Text, d.Title, d.Path, d.Source} {
			if Sanitize(field) != field || strings.ContainsAny(field, "\x1b\x07\x08\r\u202e\u200b\ufeff\u009b") {
				t.Errorf("%s: control characters survived in %q", d.Path, field)
			}
		}
	}
	if len(res.Documents) == 0 {
		t.Fatal("no hostile fixture loaded as a clean document")
	}
}

func TestWholeFixturesDirectoryLoadsGoodFiles(t *testing.T) {
	res := Load([]string{filepath.Join("..", "..", "fixtures")}, Options{})
	good := 0
	for _, d := range res.Documents {
		if !strings.Contains(d.Path, "hostile") {
			good++
			if d.Title == "" || len(d.Blocks) == 0 {
				t.Errorf("%s: title %q, %d blocks", d.Path, d.Title, len(d.Blocks))
			}
		}
	}
	if good < 8 {
		t.Errorf("only %d good fixtures loaded", good)
	}
	for _, w := range res.Warnings {
		if !strings.Contains(w.Path, "hostile") {
			t.Errorf("warning for a good fixture: %s", w)
		}
	}
}

// TestSubheadingDoesNotTitleTheDocument: a report that opens with prose
// and has a subheading in its middle is titled by its file name, marked
// as such, not by the subheading.
func TestSubheadingDoesNotTitleTheDocument(t *testing.T) {
	text := "The carrier group left Bahrain on Saturday, officials said, and turned south toward the strait.\n\nTwo destroyers followed it.\n\nClose ties between the admirals\n\nThe two commanders met twice this month.\n"
	doc, _ := loadOne(t, "gulf-report.txt", text)
	if doc.Title != "gulf-report" || !doc.TitleFromPath {
		t.Errorf("title %q (from path %v), want the file name", doc.Title, doc.TitleFromPath)
	}
	if got := blockTexts(doc, briefing.Heading); len(got) != 1 || got[0] != "Close ties between the admirals" {
		t.Errorf("headings = %q: the subheading is still a heading of its section", got)
	}
}
