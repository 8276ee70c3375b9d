package docgen

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"fmt"
	"strings"
	"time"
)

// DOCX writes d as a Word document: headings in the Heading1.. styles
// (the title in Title), items as bulleted list paragraphs, rows as one
// table, and title, creator and dates in docProps/core.xml.
func DOCX(d Doc) ([]byte, error) {
	var body strings.Builder
	inTable := false
	for _, b := range d.Blocks {
		if b.Kind != Row && inTable {
			body.WriteString("</w:tbl>")
			inTable = false
		}
		switch b.Kind {
		case Heading:
			style := fmt.Sprintf("Heading%d", max(b.Level-1, 1))
			if b.Level == 1 {
				style = "Title"
			}
			body.WriteString(paragraph(style, false, b.Text))
		case Item:
			body.WriteString(paragraph("ListParagraph", true, b.Text))
		case Row:
			if !inTable {
				body.WriteString("<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/></w:tblPr>")
				inTable = true
			}
			body.WriteString("<w:tr>")
			for _, c := range b.Cells {
				body.WriteString("<w:tc>" + paragraph("", false, c) + "</w:tc>")
			}
			body.WriteString("</w:tr>")
		default:
			body.WriteString(paragraph("", false, b.Text))
		}
	}
	if inTable {
		body.WriteString("</w:tbl>")
	}
	date := d.Date
	if date.IsZero() {
		date = time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	files := []struct{ name, body string }{
		{"[Content_Types].xml", contentTypes},
		{"_rels/.rels", rootRels},
		{"word/document.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
			`<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>` +
			body.String() + `</w:body></w:document>`},
		{"docProps/core.xml", fmt.Sprintf(coreProps, esc(d.Title), esc(d.Author), date.Format(time.RFC3339), date.Format(time.RFC3339))},
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, f := range files {
		w, err := zw.CreateHeader(&zip.FileHeader{Name: f.name, Method: zip.Deflate, Modified: date})
		if err != nil {
			return nil, err
		}
		if _, err := w.Write([]byte(f.body)); err != nil {
			return nil, err
		}
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

func paragraph(style string, bullet bool, text string) string {
	var p strings.Builder
	p.WriteString("<w:p>")
	if style != "" || bullet {
		p.WriteString("<w:pPr>")
		if style != "" {
			p.WriteString(`<w:pStyle w:val="` + style + `"/>`)
		}
		if bullet {
			p.WriteString(`<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>`)
		}
		p.WriteString("</w:pPr>")
	}
	p.WriteString(`<w:r><w:t xml:space="preserve">` + esc(text) + `</w:t></w:r></w:p>`)
	return p.String()
}

func esc(s string) string {
	var b strings.Builder
	xml.EscapeText(&b, []byte(s))
	return b.String()
}

const contentTypes = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`

const rootRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`

const coreProps = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>%s</dc:title><dc:creator>%s</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">%s</dcterms:modified></cp:coreProperties>`
