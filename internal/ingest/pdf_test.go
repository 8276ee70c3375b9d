package ingest

import (
	"bytes"
	"compress/zlib"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"codeberg.org/go-pdf/fpdf"

	"github.com/briefing-tools/briefing/internal/briefing"
	"github.com/briefing-tools/briefing/internal/docgen"
	"github.com/briefing-tools/briefing/internal/pdf"
	"github.com/briefing-tools/briefing/internal/tmuxtest"
)

// patrolParagraphs is prose of our own, long enough to fill three pages,
// with long words a typesetter breaks at line ends.
func patrolParagraphs() []string {
	places := []string{"Karsholm", "Vintra Sound", "the Osterby narrows", "Port Haldane", "the Fennick banks", "Cape Mirrow",
		"the Tallis channel", "Skarva island", "the Brenmoor shelf", "Lake Oda", "the Western roads", "Greyhaven",
		"Aldon point", "the Rusk estuary", "Norvik bay", "the Pellan deep", "Tarn harbour", "the Quill banks"}
	var out []string
	for i, p := range places {
		out = append(out, fmt.Sprintf("On day %d the frigate Aldermoor patrolled near %s while a maritime patrol aircraft "+
			"flew counterintelligence and reconnaissance sorties overhead. The commander reported that telecommunications "+
			"interoperability with the coastguard had improved, although %d unidentified contacts were logged and the "+
			"liaison officers asked for additional characterisation of the merchant traffic in the area. By nightfall "+
			"the task group had returned to its anchorage off %s, and the watch officers filed their summaries "+
			"for the morning conference.", i+1, p, i+3, p))
	}
	return out
}

func patrolDoc() docgen.Doc {
	d := docgen.Doc{
		Title:  "Patrol summary for the northern approaches",
		Author: "Analysis Cell Nine",
		Date:   time.Date(2025, 4, 17, 0, 0, 0, 0, time.UTC),
		Header: "Northern approaches - restricted distribution",
	}
	d.Blocks = append(d.Blocks, docgen.Block{Kind: docgen.Heading, Level: 1, Text: d.Title})
	d.Blocks = append(d.Blocks, docgen.Block{Kind: docgen.Heading, Level: 2, Text: "Daily reports"})
	for _, p := range patrolParagraphs() {
		d.Blocks = append(d.Blocks, docgen.Block{Kind: docgen.Para, Text: p})
	}
	return d
}

func writeFile(t *testing.T, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func loadPDF(t *testing.T, path string, opt Options) Result {
	t.Helper()
	return Load([]string{path}, opt)
}

// checkProse checks what both producers' PDFs must give: every
// paragraph whole (hyphenated words joined), no running header, footer
// or page number, page breaks as blocks, valid block offsets.
func checkProse(t *testing.T, doc briefing.Document, paragraphs []string, header string) {
	t.Helper()
	for _, p := range paragraphs {
		if !strings.Contains(doc.Text, p) {
			got := ""
			if i := strings.Index(doc.Text, p[:40]); i >= 0 {
				got = doc.Text[i:min(len(doc.Text), i+len(p)+80)]
			}
			t.Errorf("paragraph missing or changed:\nwant %q\ngot  %q", p, got)
		}
	}
	for _, leak := range []string{header, "Page 2", "Page 3"} {
		if leak != "" && strings.Contains(doc.Text, leak) {
			t.Errorf("running header or footer %q kept in the text", leak)
		}
	}
	breaks := 0
	for _, b := range doc.Blocks {
		if b.Start < 0 || b.End > len(doc.Text) || b.Start > b.End {
			t.Fatalf("block %+v outside the text", b)
		}
		if b.Kind == briefing.PageBreak {
			breaks++
			if !strings.HasPrefix(doc.Text[b.Start:b.End], "— page ") {
				t.Errorf("page break block reads %q", doc.Text[b.Start:b.End])
			}
		}
	}
	if breaks < 2 {
		t.Errorf("%d page breaks recorded, want at least 2", breaks)
	}
}

func TestPDFFromGoWriter(t *testing.T) {
	d := patrolDoc()
	data, err := docgen.PDF(d, docgen.PDFOptions{Hyphenate: true, Uncompressed: true})
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(data, []byte("-) Tj")) {
		t.Fatal("the writer hyphenated no word at a line end; the test would prove nothing")
	}
	res := loadPDF(t, writeFile(t, "patrol.pdf", data), Options{})
	if len(res.Documents) != 1 || len(res.Warnings) != 0 {
		t.Fatalf("%d documents, warnings %v", len(res.Documents), res.Warnings)
	}
	doc := res.Documents[0]
	if doc.Format != briefing.FormatPDF || doc.Title != d.Title || doc.Author != d.Author || doc.Date != "2025-04-17" {
		t.Errorf("format %q title %q author %q date %q", doc.Format, doc.Title, doc.Author, doc.Date)
	}
	if got := blockTexts(doc, briefing.Heading); len(got) != 2 || got[1] != "Daily reports" {
		t.Errorf("headings %q", got)
	}
	checkProse(t, doc, patrolParagraphs(), d.Header)
}

// TestPDFFromGroff reads what a second producer writes: groff's PDF
// device (embedded Type 1 fonts, a partial ToUnicode map, ligatures,
// its own hyphenation and ms running headers and page numbers).
func TestPDFFromGroff(t *testing.T) {
	tmuxtest.Need(t, "groff", "gropdf")
	var src strings.Builder
	src.WriteString(".pdfinfo /Title Patrol summary for the northern approaches\n.pdfinfo /Author Analysis Cell Nine\n")
	src.WriteString(".ds LH Northern approaches restricted\n.ds CH\n.ds RH\n.ds CF Page %\n.hy 1\n")
	src.WriteString(".TL\nPatrol summary for the northern approaches\n.NH\nDaily reports\n")
	for _, p := range patrolParagraphs() {
		src.WriteString(".PP\n" + p + "\n")
	}
	cmd := exec.Command("groff", "-ms", "-Tpdf")
	cmd.Stdin = strings.NewReader(src.String())
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	if err := cmd.Run(); err != nil {
		t.Fatalf("groff: %v: %s", err, errOut.String())
	}
	res := loadPDF(t, writeFile(t, "patrol-groff.pdf", out.Bytes()), Options{})
	if len(res.Documents) != 1 || len(res.Warnings) != 0 {
		t.Fatalf("%d documents, warnings %v", len(res.Documents), res.Warnings)
	}
	doc := res.Documents[0]
	if doc.Title != "Patrol summary for the northern approaches" || doc.Author != "Analysis Cell Nine" || doc.Date == "" {
		t.Errorf("title %q author %q date %q", doc.Title, doc.Author, doc.Date)
	}
	if got := blockTexts(doc, briefing.Heading); len(got) != 2 || got[1] != "1. Daily reports" {
		t.Errorf("headings %q", got)
	}
	checkProse(t, doc, patrolParagraphs(), "Northern approaches restricted")
}

func TestPDFListsAndCuratedSections(t *testing.T) {
	d := docgen.Doc{Title: "Strait watch", Blocks: []docgen.Block{
		{Kind: docgen.Heading, Level: 1, Text: "Strait watch"},
		{Kind: docgen.Para, Text: "The corvette Marlin shadowed the convoy through the strait."},
		{Kind: docgen.Heading, Level: 2, Text: "Key actors"},
		{Kind: docgen.Item, Text: "Admiral Jonas Rekk, commander of the coastal fleet"},
		{Kind: docgen.Item, Text: "The Harbour Authority of Velm"},
		{Kind: docgen.Heading, Level: 2, Text: "Assessment"},
		{Kind: docgen.Para, Text: "The convoy is expected to reach Velm by Friday."},
	}}
	data, err := docgen.PDF(d, docgen.PDFOptions{})
	if err != nil {
		t.Fatal(err)
	}
	res := loadPDF(t, writeFile(t, "strait.pdf", data), Options{})
	if len(res.Documents) != 1 {
		t.Fatalf("warnings %v", res.Warnings)
	}
	doc := res.Documents[0]
	if got := blockTexts(doc, briefing.ListItem); len(got) != 2 {
		t.Errorf("list items %q", got)
	}
	if len(doc.Curated) != 2 || doc.Curated[0].Section != briefing.SectionActors || doc.Curated[1].Text != "The Harbour Authority of Velm" {
		t.Errorf("curated %+v", doc.Curated)
	}
}

// rawPDF assembles a PDF from numbered objects with a classic
// cross-reference table.
func rawPDF(objects ...string) []byte {
	var b bytes.Buffer
	b.WriteString("%PDF-1.7\n")
	offsets := make([]int, len(objects))
	for i, o := range objects {
		offsets[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objects)+1)
	for _, off := range offsets {
		fmt.Fprintf(&b, "%010d 00000 n \n", off)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(objects)+1, xref)
	return b.Bytes()
}

func deflate(data []byte) string {
	var b bytes.Buffer
	w := zlib.NewWriter(&b)
	w.Write(data)
	w.Close()
	return b.String()
}

// onePage is a catalog, a page tree and one page drawing content.
func onePage(content string, filter string) []string {
	return []string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
		fmt.Sprintf("<< /Length %d %s >>\nstream\n%s\nendstream", len(content), filter, content),
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
	}
}

// TestHostilePDFs: each hostile PDF gives one warning that says what is
// wrong, stopped by the limits (the limits are asserted by what the
// warning names, not by timing).
func TestHostilePDFs(t *testing.T) {
	good, err := docgen.PDF(patrolDoc(), docgen.PDFOptions{})
	if err != nil {
		t.Fatal(err)
	}
	encrypted, err := docgen.PDF(patrolDoc(), docgen.PDFOptions{Encrypt: "secret"})
	if err != nil {
		t.Fatal(err)
	}
	deep := strings.Repeat("[", 100_000) + strings.Repeat("]", 100_000)
	// 8 MiB of spaces deflate to about 8 KiB; the limit is lowered to
	// 1 MiB so the test inflates little (the default is 64 MiB)
	bomb := deflate(bytes.Repeat([]byte(" "), 8<<20))
	// a page tree whose node is its own kid
	loop := []string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [2 0 R] /Count 5 >>",
	}
	manyPages := []string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [] /Count 100000000 >>",
	}
	badOperator := onePage("BT /F1 12 Tf 72 700 Td (too) (many) Tj ET", "")
	cases := []struct {
		name, file string
		data       []byte
		opt        Options
		want       string
	}{
		{"encrypted", "locked.pdf", encrypted, Options{}, "encrypted PDF"},
		{"truncated", "cut.pdf", good[:len(good)/2], Options{}, "truncated or damaged PDF"},
		{"image only", "scan.pdf", imageOnlyPDF(t), Options{}, "no text layer"},
		{"deep nesting", "deep.pdf", rawPDF(append(onePage("BT ET", ""), deep)...), Options{}, ""},
		{"deflate bomb", "bomb.pdf", rawPDF(onePage(bomb, "/Filter /FlateDecode")...), Options{PDF: pdf.Limits{MaxInflated: 1 << 20}}, "decompress to more than 1 MiB"},
		{"page tree loop", "loop.pdf", rawPDF(loop...), Options{PDF: pdf.Limits{MaxOps: 100_000}}, "safety limit"},
		{"huge page count", "pages.pdf", rawPDF(manyPages...), Options{}, "over the 2000-page limit"},
		{"library panic", "bad-op.pdf", rawPDF(badOperator...), Options{}, "damaged PDF"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			res := loadPDF(t, writeFile(t, tc.file, tc.data), tc.opt)
			if tc.want == "" {
				// nesting beyond the page's needs is never read: the file
				// loads or warns, and does not crash
				if len(res.Warnings)+len(res.Documents) != 1 {
					t.Fatalf("documents %d, warnings %v", len(res.Documents), res.Warnings)
				}
				return
			}
			if len(res.Documents) != 0 || len(res.Warnings) != 1 {
				t.Fatalf("documents %d, warnings %v", len(res.Documents), res.Warnings)
			}
			if !strings.Contains(res.Warnings[0].Message, tc.want) {
				t.Errorf("warning %q does not say %q", res.Warnings[0].Message, tc.want)
			}
		})
	}
}

// TestPDFNestingLimit: an object nested deeper than the limit is
// refused by the parser, not by the stack.
func TestPDFNestingLimit(t *testing.T) {
	deep := strings.Repeat("[", 100_000) + strings.Repeat("]", 100_000)
	objs := onePage("BT ET", "")
	objs[2] = "<< /Type /Page /Parent 2 0 R /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> /Extra " + deep + " >>"
	res := loadPDF(t, writeFile(t, "deep.pdf", rawPDF(objs...)), Options{})
	if len(res.Warnings) != 1 || !strings.Contains(res.Warnings[0].Message, "nested more than 64 deep") {
		t.Fatalf("warnings %v", res.Warnings)
	}
}

// imageOnlyPDF is a page holding a picture and no text, as a scanner
// writes.
func imageOnlyPDF(t *testing.T) []byte {
	img := image.NewGray(image.Rect(0, 0, 40, 40))
	for i := range img.Pix {
		img.Pix[i] = uint8(i)
	}
	img.Set(1, 1, color.White)
	var pngData bytes.Buffer
	if err := png.Encode(&pngData, img); err != nil {
		t.Fatal(err)
	}
	f := fpdf.New("P", "mm", "A4", "")
	f.AddPage()
	f.RegisterImageOptionsReader("scan", fpdf.ImageOptions{ImageType: "PNG"}, &pngData)
	f.ImageOptions("scan", 10, 10, 100, 100, false, fpdf.ImageOptions{ImageType: "PNG"}, 0, "")
	var out bytes.Buffer
	if err := f.Output(&out); err != nil {
		t.Fatal(err)
	}
	return out.Bytes()
}

// TestPDFObjectStreamLoop: an object stream said (by a cross-reference
// stream) to be stored inside itself would be resolved without end; the
// nesting limit stops it with one warning.
func TestPDFObjectStreamLoop(t *testing.T) {
	var b bytes.Buffer
	b.WriteString("%PDF-1.7\n")
	objs := []string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /Contents 6 0 R >>",
		"<< /Length 5 >>\nstream\nBT ET\nendstream",
	}
	offsets := []int{0}
	for i, o := range objs {
		offsets = append(offsets, b.Len())
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	xrefAt := b.Len()
	var table bytes.Buffer
	entry := func(typ byte, a, c int) {
		table.Write([]byte{typ, byte(a >> 24), byte(a >> 16), byte(a >> 8), byte(a), byte(c >> 8), byte(c)})
	}
	entry(0, 0, 65535)
	for _, off := range offsets[1:] {
		entry(1, off, 0)
	}
	entry(2, 5, 0) // object 5, the object stream, lies in object stream 5
	entry(2, 5, 1) // object 6 too
	entry(1, xrefAt, 0)
	fmt.Fprintf(&b, "7 0 obj\n<< /Type /XRef /Size 8 /W [1 4 2] /Root 1 0 R /Length %d >>\nstream\n", table.Len())
	b.Write(table.Bytes())
	fmt.Fprintf(&b, "\nendstream\nendobj\nstartxref\n%d\n%%%%EOF\n", xrefAt)
	res := loadPDF(t, writeFile(t, "objstm-loop.pdf", b.Bytes()), Options{})
	if len(res.Documents) != 0 || len(res.Warnings) != 1 || !strings.Contains(res.Warnings[0].Message, "nested more than 64 deep") {
		t.Fatalf("documents %d, warnings %v", len(res.Documents), res.Warnings)
	}
}

// TestPDFGlyphLimit: a page drawing more glyphs than any page of text
// (a small stream inflating to millions of Tj) stops at the page limit,
// so the glyphs kept in memory stay bounded.
func TestPDFGlyphLimit(t *testing.T) {
	content := deflate([]byte("BT /F1 12 Tf " + strings.Repeat("(glyphs) Tj ", 300_000) + " ET"))
	res := loadPDF(t, writeFile(t, "glyphs.pdf", rawPDF(onePage(content, "/Filter /FlateDecode")...)), Options{})
	if len(res.Warnings) != 1 || !strings.Contains(res.Warnings[0].Message, "more than 200000 glyphs") {
		t.Fatalf("warnings %v", res.Warnings)
	}
}

// BenchmarkLoadPDF reads the three-page patrol summary written by fpdf.
func BenchmarkLoadPDF(b *testing.B) {
	data, err := docgen.PDF(patrolDoc(), docgen.PDFOptions{Hyphenate: true})
	if err != nil {
		b.Fatal(err)
	}
	path := filepath.Join(b.TempDir(), "patrol.pdf")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if res := Load([]string{path}, Options{}); len(res.Documents) != 1 {
			b.Fatal(res.Warnings)
		}
	}
}

// TestPDFReadingOrder: a page that draws its lines bottom first reads
// top to bottom.
func TestPDFReadingOrder(t *testing.T) {
	content := "BT /F1 12 Tf 72 80 Td (12) Tj ET " +
		"BT /F1 12 Tf 72 686 Td (shadowed the tanker to the strait.) Tj ET " +
		"BT /F1 12 Tf 72 700 Td (The frigate Aldermoor) Tj ET"
	res := loadPDF(t, writeFile(t, "order.pdf", rawPDF(onePage(content, "")...)), Options{})
	if len(res.Documents) != 1 {
		t.Fatalf("warnings %v", res.Warnings)
	}
	if got := res.Documents[0].Text; got != "The frigate Aldermoor shadowed the tanker to the strait." {
		t.Errorf("text %q", got)
	}
}

// TestPDFOwnerPasswordOnly: a PDF encrypted with an owner password only
// (copying or editing restricted) opens without one, and is read.
func TestPDFOwnerPasswordOnly(t *testing.T) {
	data, err := docgen.PDF(patrolDoc(), docgen.PDFOptions{Restrict: true})
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(data, []byte("/Encrypt")) {
		t.Fatal("the writer did not encrypt the file")
	}
	res := loadPDF(t, writeFile(t, "restricted.pdf", data), Options{})
	if len(res.Documents) != 1 || len(res.Warnings) != 0 {
		t.Fatalf("documents %d, warnings %v", len(res.Documents), res.Warnings)
	}
	checkProse(t, res.Documents[0], patrolParagraphs(), "")
}

// FuzzLoadPDF: whatever the bytes, a PDF gives one document or one
// warning, and never reaches the "internal error" of a parser panic.
// go test ./internal/ingest -run XXX -fuzz FuzzLoadPDF
func FuzzLoadPDF(f *testing.F) {
	if data, err := os.ReadFile(filepath.Join("..", "..", "fixtures", "barents-patrol-report.pdf")); err == nil {
		f.Add(data)
	}
	f.Add(rawPDF(onePage("BT /F1 12 Tf 72 700 Td (The frigate sailed.) Tj ET", "")...))
	f.Fuzz(func(t *testing.T, data []byte) {
		path := filepath.Join(t.TempDir(), "fuzz.pdf")
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		res := Load([]string{path}, Options{})
		if len(res.Documents)+len(res.Warnings) == 0 {
			t.Fatal("neither a document nor a warning")
		}
		for _, w := range res.Warnings {
			if strings.HasPrefix(w.Message, "internal error") {
				t.Fatal(w.Message)
			}
		}
	})
}

// TestPDFUnclosedString: a content stream ending inside a string (a
// reader at the end of a stream sees line ends for ever) stops there.
func TestPDFUnclosedString(t *testing.T) {
	for _, content := range []string{"BT /F1 12 Tf 72 700 Td (The frigate sailed", "BT /F1 12 Tf 72 700 Td <54686520"} {
		res := loadPDF(t, writeFile(t, "unclosed.pdf", rawPDF(onePage(content, "")...)), Options{})
		if len(res.Documents)+len(res.Warnings) != 1 {
			t.Errorf("%q: documents %d, warnings %v", content, len(res.Documents), res.Warnings)
		}
	}
}

// TestPDFCompoundBrokenAtItsHyphen: "long-range" broken after its own
// hyphen keeps it, since the document writes it so elsewhere; a word the
// layout broke ("recon-naissance") is joined.
func TestPDFCompoundBrokenAtItsHyphen(t *testing.T) {
	content := "BT /F1 12 Tf 72 700 Td (The long-range radar and the long-) Tj ET " +
		"BT /F1 12 Tf 72 686 Td (range missile support recon-) Tj ET " +
		"BT /F1 12 Tf 72 672 Td (naissance flights.) Tj ET"
	res := loadPDF(t, writeFile(t, "compound.pdf", rawPDF(onePage(content, "")...)), Options{})
	if len(res.Documents) != 1 {
		t.Fatalf("warnings %v", res.Warnings)
	}
	if got := res.Documents[0].Text; got != "The long-range radar and the long-range missile support reconnaissance flights." {
		t.Errorf("text %q", got)
	}
}

// TestBinaryFormatsFromStdin: a PDF or a DOCX on standard input is
// recognised by its first bytes.
func TestBinaryFormatsFromStdin(t *testing.T) {
	pdfData, err := docgen.PDF(patrolDoc(), docgen.PDFOptions{})
	if err != nil {
		t.Fatal(err)
	}
	docxData, err := docgen.DOCX(patrolDoc())
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		data   []byte
		format briefing.Format
	}{{pdfData, briefing.FormatPDF}, {docxData, briefing.FormatDOCX}} {
		res := Load([]string{StdinPath}, Options{Stdin: bytes.NewReader(c.data)})
		if len(res.Documents) != 1 || res.Documents[0].Format != c.format || res.Documents[0].Title != patrolDoc().Title {
			t.Errorf("%s: %d documents, warnings %v", c.format, len(res.Documents), res.Warnings)
		}
	}
}
