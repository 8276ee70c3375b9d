package extract_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"

	"github.com/briefing-tools/briefing/internal/docgen"
)

// TestPDFScoresMatchText writes fixtures as PDF (with running headers,
// page numbers and hyphenation) and scores extraction on the PDFs
// against the same gold files: the totals must be within 0.02 of the
// scores on the fixtures themselves. Fixtures with characters the PDF
// writer's Windows-1252 fonts cannot show are left out.
func TestPDFScoresMatchText(t *testing.T) {
	dir := t.TempDir()
	var asText, asPDF fixtureScore
	n := 0
	for _, path := range fixtureFiles(t) {
		switch filepath.Ext(path) {
		case ".txt", ".md", ".html":
		default:
			continue
		}
		doc := loadOne(t, path)
		if _, err := charmap.Windows1252.NewEncoder().String(doc.Text); err != nil {
			t.Logf("%s: not all Windows-1252; left out", filepath.Base(path))
			continue
		}
		g, err := readGold(goldPath(path))
		if err != nil {
			t.Fatal(err)
		}
		data, err := docgen.PDF(docgen.FromDocument(doc), docgen.PDFOptions{Hyphenate: true})
		if err != nil {
			t.Fatal(err)
		}
		name := strings.TrimSuffix(filepath.Base(path), filepath.Ext(path)) + ".pdf"
		pdfPath := filepath.Join(dir, name)
		if err := os.WriteFile(pdfPath, data, 0o644); err != nil {
			t.Fatal(err)
		}
		text, fromPDF := scoreFixture(t, path, g), scoreFixture(t, pdfPath, g)
		add(&asText, text)
		add(&asPDF, fromPDF)
		n++
	}
	if n < 5 {
		t.Fatalf("only %d fixtures could be written as PDF", n)
	}
	t.Logf("%d fixtures\n%s", n, scoreTable([]fixtureScore{withName("as text", asText), withName("as PDF", asPDF)}))
	for _, c := range []struct {
		what      string
		text, pdf float64
	}{
		{"actor F1", asText.actors.f1(), asPDF.actors.f1()},
		{"asset F1", asText.assets.f1(), asPDF.assets.f1()},
		{"question recall", asText.qRecall.recall(), asPDF.qRecall.recall()},
		{"question precision", asText.qPrecision.precision(), asPDF.qPrecision.precision()},
	} {
		if d := c.text - c.pdf; d > 0.02 || d < -0.02 {
			t.Errorf("%s: %.3f as text, %.3f as PDF", c.what, c.text, c.pdf)
		}
	}
	for _, m := range asPDF.mentions {
		t.Errorf("bad mention in a PDF: %s", m)
	}
}

func add(total *fixtureScore, s fixtureScore) {
	total.actors.add(s.actors)
	total.assets.add(s.assets)
	total.qRecall.add(s.qRecall)
	total.qPrecision.add(s.qPrecision)
	total.mentions = append(total.mentions, s.mentions...)
}

func withName(name string, s fixtureScore) fixtureScore {
	s.name = name
	return s
}
