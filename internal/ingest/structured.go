package ingest

import (
	"strings"

	"github.com/briefing-tools/briefing/internal/briefing"
)

// structWriter builds a document from structure found in a binary format
// (PDF lines, DOCX paragraphs): headings, paragraphs, list items and
// table rows. Like the Markdown reader, it opens a curated section at a
// heading such as "Key actors", so its list items and table rows become
// the author's own items.
type structWriter struct {
	tb           textBuilder
	section      briefing.Section
	sectionLevel int
	group        string
	header       []string // the current table's header row
}

func (w *structWriter) heading(level int, text string) {
	w.tb.endList()
	w.header = nil
	w.tb.add(briefing.Heading, level, text)
	title := SanitizeLine(text)
	if s, ok := curatedSection(title); ok {
		w.section, w.sectionLevel, w.group = s, level, ""
		return
	}
	if w.section != "" && level > w.sectionLevel {
		w.group = title
		return
	}
	w.section, w.group = "", ""
}

func (w *structWriter) paragraph(text string) {
	w.tb.endList()
	w.header = nil
	w.tb.add(briefing.Paragraph, 0, text)
}

func (w *structWriter) item(text string) {
	start, end, clean := w.tb.addItem("- ", text)
	if clean != "" && w.section != "" {
		w.curated(clean, start, end, nil)
	}
}

// row writes a table row as one line, cells joined by " | "; the first
// row of a table is its header and names the fields of the others.
func (w *structWriter) row(cells []string, first bool) {
	for i := range cells {
		cells[i] = strings.Join(strings.Fields(SanitizeLine(cells[i])), " ")
	}
	if first {
		w.header = cells
		w.tb.endList()
		w.tb.add(briefing.Paragraph, 0, strings.Join(cells, " | "))
		return
	}
	start, end, clean := w.tb.addItem("", strings.Join(cells, " | "))
	if clean == "" || w.section == "" {
		return
	}
	fields := map[string]string{}
	for i, cell := range cells {
		if i < len(w.header) && cell != "" {
			fields[strings.ToLower(w.header[i])] = cell
		}
	}
	w.curated(clean, start, end, fields)
}

func (w *structWriter) pageBreak(text string) {
	w.tb.endList()
	w.tb.add(briefing.PageBreak, 0, text)
	w.tb.endList()
}

func (w *structWriter) curated(text string, start, end int, fields map[string]string) {
	w.tb.curated = append(w.tb.curated, briefing.CuratedItem{
		Section: w.section, Text: text, Group: w.group, Fields: fields,
		Span: briefing.Span{Start: start, End: end},
	})
}
