package ingest

import (
	"archive/zip"
	"bytes"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/briefing-tools/briefing/internal/briefing"
	"github.com/briefing-tools/briefing/internal/docgen"
)

func TestDOCXHeadingsListsTables(t *testing.T) {
	d := docgen.Doc{
		Title: "Harbour watch, week 12", Author: "Desk Four",
		Date: time.Date(2025, 3, 21, 0, 0, 0, 0, time.UTC),
		Blocks: []docgen.Block{
			{Kind: docgen.Heading, Level: 1, Text: "Harbour watch, week 12"},
			{Kind: docgen.Para, Text: "Two tankers & a tug left Velm harbour on Tuesday <under escort>."},
			{Kind: docgen.Heading, Level: 2, Text: "Key actors"},
			{Kind: docgen.Item, Text: "Admiral Jonas Rekk, commander of the coastal fleet"},
			{Kind: docgen.Item, Text: "The Harbour Authority of Velm"},
			{Kind: docgen.Heading, Level: 2, Text: "Order of battle"},
			{Kind: docgen.Row, Cells: []string{"Asset", "Side", "Status"}},
			{Kind: docgen.Row, Cells: []string{"Corvette Marlin", "Velm", "deployed"}},
			{Kind: docgen.Row, Cells: []string{"Tug Brisk", "Velm", "in port"}},
			{Kind: docgen.Heading, Level: 2, Text: "Assessment"},
			{Kind: docgen.Para, Text: "The escort is likely to continue."},
		},
	}
	data, err := docgen.DOCX(d)
	if err != nil {
		t.Fatal(err)
	}
	res := Load([]string{writeFile(t, "watch.docx", data)}, Options{})
	if len(res.Documents) != 1 || len(res.Warnings) != 0 {
		t.Fatalf("%d documents, warnings %v", len(res.Documents), res.Warnings)
	}
	doc := res.Documents[0]
	if doc.Format != briefing.FormatDOCX || doc.Title != d.Title || doc.Author != "Desk Four" || doc.Date != "2025-03-21" {
		t.Errorf("format %q title %q author %q date %q", doc.Format, doc.Title, doc.Author, doc.Date)
	}
	if got := blockTexts(doc, briefing.Heading); strings.Join(got, "|") != "Harbour watch, week 12|Key actors|Order of battle|Assessment" {
		t.Errorf("headings %q", got)
	}
	if got := blockTexts(doc, briefing.ListItem); len(got) != 4 || got[0] != "- Admiral Jonas Rekk, commander of the coastal fleet" || got[2] != "Corvette Marlin | Velm | deployed" {
		t.Errorf("items %q", got)
	}
	if !strings.Contains(doc.Text, "Two tankers & a tug left Velm harbour on Tuesday <under escort>.") {
		t.Errorf("escaped text not restored: %q", doc.Text)
	}
	var sections []string
	for _, c := range doc.Curated {
		sections = append(sections, fmt.Sprintf("%s:%s", c.Section, c.Text))
		if doc.Text[c.Span.Start:c.Span.End] != c.Text {
			t.Errorf("curated span %v reads %q, not %q", c.Span, doc.Text[c.Span.Start:c.Span.End], c.Text)
		}
	}
	want := "actors:Admiral Jonas Rekk, commander of the coastal fleet|actors:The Harbour Authority of Velm|assets:Corvette Marlin | Velm | deployed|assets:Tug Brisk | Velm | in port"
	if strings.Join(sections, "|") != want {
		t.Errorf("curated\n got %s\nwant %s", strings.Join(sections, "|"), want)
	}
	if f := doc.Curated[2].Fields; f["asset"] != "Corvette Marlin" || f["status"] != "deployed" {
		t.Errorf("table fields %v", f)
	}
}

func zipOf(t *testing.T, files map[string][]byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for name, body := range files {
		w, err := zw.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Deflate})
		if err != nil {
			t.Fatal(err)
		}
		w.Write(body)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestHostileDOCX: office files that are not Word documents, damaged
// archives and zip bombs each give one warning.
func TestHostileDOCX(t *testing.T) {
	para := `<w:p><w:r><w:t>The frigate sailed.</w:t></w:r></w:p>`
	doc := func(body string) []byte {
		return []byte(`<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>` + body + `</w:body></w:document>`)
	}
	many := map[string][]byte{"word/document.xml": doc(para)}
	for i := 0; i <= maxZipEntries; i++ {
		many[fmt.Sprintf("junk/%d", i)] = nil
	}
	cases := []struct {
		name, file string
		data       []byte
		want       string
	}{
		{"zip bomb", "bomb.docx", zipOf(t, map[string][]byte{"word/document.xml": doc(strings.Repeat(" ", 50<<20) + para)}), "zip bomb"},
		{"too many entries", "many.docx", zipOf(t, many), "more than 10000 entries"},
		{"not a zip", "broken.docx", []byte("PK\x03\x04 this is not really a zip"), "damaged DOCX"},
		{"spreadsheet renamed", "sheet.docx", zipOf(t, map[string][]byte{"xl/workbook.xml": []byte("<workbook/>")}), "Excel"},
		{"deep XML", "deep.docx", zipOf(t, map[string][]byte{"word/document.xml": doc(strings.Repeat("<w:x>", 1000) + strings.Repeat("</w:x>", 1000))}), "nested more than 256 deep"},
		{"malformed XML", "bad.docx", zipOf(t, map[string][]byte{"word/document.xml": []byte("<w:document><w:body><w:p>")}), "damaged DOCX"},
		{"Word 97 file", "old.doc", []byte("\xd0\xcf\x11\xe0"), `unsupported format ".doc" (Word 97-2003)`},
		{"OpenDocument file", "notes.odt", []byte("PK"), `unsupported format ".odt"`},
		{"RTF file", "memo.rtf", []byte("{\\rtf1}"), `unsupported format ".rtf"`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			res := Load([]string{writeFile(t, tc.file, tc.data)}, Options{})
			if len(res.Documents) != 0 || len(res.Warnings) != 1 {
				t.Fatalf("documents %d, warnings %v", len(res.Documents), res.Warnings)
			}
			if !strings.Contains(res.Warnings[0].Message, tc.want) {
				t.Errorf("warning %q does not say %q", res.Warnings[0].Message, tc.want)
			}
		})
	}
}
