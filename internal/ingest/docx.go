package ingest

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/briefing-tools/briefing/internal/briefing"
)

// Limits of a DOCX file: a zip with more entries, a part larger than
// this once inflated, or one that inflates more than maxZipRatio times
// (a zip bomb) is refused.
const (
	maxZipEntries  = 10_000
	maxDocxPart    = 64 << 20
	maxZipRatio    = 200
	maxXMLDepth    = 256
	docxDocument   = "word/document.xml"
	docxStyles     = "word/styles.xml"
	docxCoreProps  = "docProps/core.xml"
	wordprocessing = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
)

// parseDOCX reads a Word document: paragraphs, headings (by style),
// list items, tables (a row per line) and the core properties.
func parseDOCX(path string, data []byte, opt Options) ([]briefing.Document, []string, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, nil, fmt.Errorf("damaged DOCX (not a readable zip archive): %v", err)
	}
	if len(zr.File) > maxZipEntries {
		return nil, nil, fmt.Errorf("DOCX stopped by a safety limit: more than %d entries in the archive", maxZipEntries)
	}
	parts := map[string]*zip.File{}
	for _, f := range zr.File {
		parts[f.Name] = f
	}
	main, ok := parts[docxDocument]
	if !ok {
		return nil, nil, docxKind(parts)
	}
	body, err := readPart(main)
	if err != nil {
		return nil, nil, err
	}
	styles := map[string]string{}
	if f, ok := parts[docxStyles]; ok {
		if raw, err := readPart(f); err == nil {
			styles = docxStyleNames(raw)
		}
	}
	doc := briefing.Document{Path: path, Format: briefing.FormatDOCX}
	var w structWriter
	if err := walkDocx(body, styles, &w); err != nil {
		return nil, nil, err
	}
	w.tb.finish(&doc)
	if f, ok := parts[docxCoreProps]; ok {
		if raw, err := readPart(f); err == nil {
			docxCore(&doc, raw)
		}
	}
	if strings.TrimSpace(doc.Text) == "" {
		return nil, nil, errEmpty
	}
	if len(doc.Blocks) > 0 && doc.Blocks[0].Kind == briefing.Heading {
		doc.Blocks[0].Level = 1
		if doc.Title == "" {
			doc.Title = SanitizeLine(doc.Text[doc.Blocks[0].Start:doc.Blocks[0].End])
		}
	}
	if doc.Title == "" {
		doc.Title, doc.TitleFromPath = titleFromPath(path), true
	}
	return []briefing.Document{doc}, nil, nil
}

// docxKind explains a zip that is not a Word document.
func docxKind(parts map[string]*zip.File) error {
	switch {
	case parts["xl/workbook.xml"] != nil:
		return errors.New(`unsupported format: an Excel workbook (.xlsx); save it as .docx, .pdf or .txt to load it`)
	case parts["ppt/presentation.xml"] != nil:
		return errors.New(`unsupported format: a PowerPoint presentation (.pptx); save it as .docx, .pdf or .txt to load it`)
	case parts["mimetype"] != nil:
		return errors.New(`unsupported format: an OpenDocument file; save it as .docx, .pdf or .txt to load it`)
	}
	return errors.New("damaged DOCX: it has no word/document.xml")
}

// readPart inflates one zip entry within the limits, whatever size the
// archive claims.
func readPart(f *zip.File) ([]byte, error) {
	if f.UncompressedSize64 > maxDocxPart {
		return nil, fmt.Errorf("DOCX stopped by a safety limit: %s inflates to %s, over %s", f.Name, humanSize(int64(min(f.UncompressedSize64, 1<<62))), humanSize(maxDocxPart))
	}
	rc, err := f.Open()
	if err != nil {
		return nil, fmt.Errorf("damaged DOCX: %s: %v", f.Name, err)
	}
	defer rc.Close()
	limit := int64(maxDocxPart)
	if c := int64(f.CompressedSize64); c > 0 && c*maxZipRatio < limit {
		limit = max(c*maxZipRatio, 1<<20)
	}
	data, err := io.ReadAll(io.LimitReader(rc, limit+1))
	if err != nil {
		return nil, fmt.Errorf("damaged DOCX: %s: %v", f.Name, err)
	}
	if int64(len(data)) > limit {
		return nil, fmt.Errorf("DOCX stopped by a safety limit: %s inflates more than %d times its size (a zip bomb?)", f.Name, maxZipRatio)
	}
	return data, nil
}

// docxStyleNames maps style ids to their lower-cased names ("Heading1"
// → "heading 1"; a German document's "berschrift1" → "heading 1" too).
func docxStyleNames(raw []byte) map[string]string {
	names := map[string]string{}
	dec := xml.NewDecoder(bytes.NewReader(raw))
	id := ""
	for {
		tok, err := dec.Token()
		if err != nil {
			return names
		}
		if se, ok := tok.(xml.StartElement); ok {
			switch se.Name.Local {
			case "style":
				id = xmlAttr(se, "styleId")
			case "name":
				if id != "" {
					names[id] = strings.ToLower(xmlAttr(se, "val"))
				}
			}
		}
	}
}

func xmlAttr(se xml.StartElement, local string) string {
	for _, a := range se.Attr {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}

// docxPara is the paragraph being read.
type docxPara struct {
	text    strings.Builder
	style   string
	list    bool
	outline int // outline level + 1 from w:outlineLvl; 0 when none
}

// walkDocx streams word/document.xml into w.
func walkDocx(raw []byte, styles map[string]string, w *structWriter) error {
	dec := xml.NewDecoder(bytes.NewReader(raw))
	depth := 0
	var p *docxPara
	var row []string
	var cell strings.Builder
	tableDepth, firstRow := 0, false
	inText := false
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fmt.Errorf("damaged DOCX: %s: %v", docxDocument, err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			depth++
			if depth > maxXMLDepth {
				return fmt.Errorf("DOCX stopped by a safety limit: elements nested more than %d deep", maxXMLDepth)
			}
			if t.Name.Space != wordprocessing && t.Name.Space != "" {
				continue
			}
			switch t.Name.Local {
			case "tbl":
				tableDepth++
				if tableDepth == 1 {
					firstRow = true
				}
			case "tr":
				row = row[:0]
			case "tc":
				cell.Reset()
			case "p":
				p = &docxPara{}
			case "pStyle":
				if p != nil {
					p.style = xmlAttr(t, "val")
				}
			case "numPr":
				if p != nil {
					p.list = true
				}
			case "outlineLvl":
				if p != nil {
					if n, err := strconv.Atoi(xmlAttr(t, "val")); err == nil && n < 9 {
						p.outline = n + 1
					}
				}
			case "t":
				inText = true
			case "tab", "br", "cr":
				if p != nil {
					p.text.WriteByte(' ')
				}
			}
		case xml.EndElement:
			depth--
			if t.Name.Space != wordprocessing && t.Name.Space != "" {
				continue
			}
			switch t.Name.Local {
			case "t":
				inText = false
			case "p":
				if p == nil {
					continue
				}
				if tableDepth > 0 {
					if cell.Len() > 0 {
						cell.WriteByte(' ')
					}
					cell.WriteString(p.text.String())
				} else {
					emitDocxPara(w, p, styles)
				}
				p = nil
			case "tc":
				row = append(row, cell.String())
			case "tr":
				if tableDepth == 1 && len(row) > 0 {
					w.row(append([]string(nil), row...), firstRow)
					firstRow = false
				}
			case "tbl":
				tableDepth--
			}
		case xml.CharData:
			if inText && p != nil {
				p.text.Write(t)
			}
		}
	}
}

// emitDocxPara writes a finished paragraph as a heading, an item or
// prose, by its style.
func emitDocxPara(w *structWriter, p *docxPara, styles map[string]string) {
	text := p.text.String()
	if strings.TrimSpace(text) == "" {
		return
	}
	name := styles[p.style]
	if name == "" {
		name = strings.ToLower(p.style)
	}
	level := 0
	switch {
	case name == "title":
		level = 1
	case strings.HasPrefix(name, "heading"):
		n, err := strconv.Atoi(strings.TrimSpace(strings.TrimPrefix(name, "heading")))
		if err == nil && n > 0 {
			level = n + 1
		}
	case p.outline > 0:
		level = p.outline + 1
	}
	switch {
	case level > 0:
		w.heading(min(level, 6), text)
	case p.list || strings.Contains(name, "list"):
		w.item(text)
	default:
		w.paragraph(text)
	}
}

// docxCore reads title, author and date from docProps/core.xml.
func docxCore(doc *briefing.Document, raw []byte) {
	var core struct {
		Title    string `xml:"title"`
		Creator  string `xml:"creator"`
		Created  string `xml:"created"`
		Modified string `xml:"modified"`
	}
	if xml.Unmarshal(raw, &core) != nil {
		return
	}
	if t := SanitizeLine(strings.TrimSpace(core.Title)); t != "" {
		doc.Title = t
	}
	doc.Author = SanitizeLine(strings.TrimSpace(core.Creator))
	for _, d := range []string{core.Created, core.Modified} {
		if len(d) >= 10 && d[4] == '-' && d[7] == '-' {
			doc.Date = d[:10]
			break
		}
	}
}
