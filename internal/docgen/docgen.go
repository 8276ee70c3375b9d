// Package docgen writes briefing documents as PDF and DOCX files: the
// sample briefings of fixtures/ (scripts/gendocs) and the documents the
// PDF and DOCX readers are tested on. It writes what Briefing reads, not
// every feature of either format.
package docgen

import (
	"strings"
	"time"

	"github.com/briefing-tools/briefing/internal/briefing"
)

// Kind is what a block is.
type Kind int

const (
	Para Kind = iota
	Heading
	Item
	Row // a table row; the first row of a table is its header
)

// Block is one unit of a document.
type Block struct {
	Kind  Kind
	Level int // heading level: 1 is the title
	Text  string
	Cells []string // Row only
}

// Doc is a document to write.
type Doc struct {
	Title, Author string
	Date          time.Time
	// Header is a running header on every page after the first (PDF).
	Header string
	Blocks []Block
}

// FromMarkdown reads the small Markdown the sample sources are written
// in: "# " and "## " headings, "- " items, "| a | b |" table rows (the
// "|---|" line is skipped), and paragraphs separated by blank lines.
//
// A front matter block between "---" lines may set author, date
// (YYYY-MM-DD) and header.
func FromMarkdown(src string) Doc {
	var d Doc
	if rest, ok := strings.CutPrefix(src, "---\n"); ok {
		if front, body, ok := strings.Cut(rest, "\n---\n"); ok {
			src = body
			for _, line := range strings.Split(front, "\n") {
				key, value, _ := strings.Cut(line, ":")
				value = strings.TrimSpace(value)
				switch strings.TrimSpace(key) {
				case "author":
					d.Author = value
				case "date":
					d.Date, _ = time.Parse("2006-01-02", value)
				case "header":
					d.Header = value
				}
			}
		}
	}
	var para []string
	flush := func() {
		if len(para) > 0 {
			d.Blocks = append(d.Blocks, Block{Kind: Para, Text: strings.Join(para, " ")})
			para = nil
		}
	}
	for _, line := range strings.Split(src, "\n") {
		t := strings.TrimSpace(line)
		switch {
		case t == "":
			flush()
		case strings.HasPrefix(t, "#"):
			flush()
			level := len(t) - len(strings.TrimLeft(t, "#"))
			text := strings.TrimSpace(t[level:])
			if level == 1 && d.Title == "" {
				d.Title = text
			}
			d.Blocks = append(d.Blocks, Block{Kind: Heading, Level: level, Text: text})
		case strings.HasPrefix(t, "- "):
			flush()
			d.Blocks = append(d.Blocks, Block{Kind: Item, Text: strings.TrimSpace(t[2:])})
		case strings.HasPrefix(t, "|"):
			flush()
			if strings.Trim(t, "|-: ") == "" {
				continue
			}
			var cells []string
			for _, c := range strings.Split(strings.Trim(t, "|"), "|") {
				cells = append(cells, strings.TrimSpace(c))
			}
			d.Blocks = append(d.Blocks, Block{Kind: Row, Cells: cells})
		default:
			para = append(para, t)
		}
	}
	flush()
	return d
}

// FromDocument turns a loaded document back into blocks, to write the
// same text in another format.
func FromDocument(doc briefing.Document) Doc {
	d := Doc{Title: doc.Title, Author: doc.Author}
	if t, err := time.Parse("2006-01-02", doc.Date); err == nil {
		d.Date = t
	}
	for _, b := range doc.Blocks {
		text := doc.Text[b.Start:b.End]
		switch b.Kind {
		case briefing.Heading:
			d.Blocks = append(d.Blocks, Block{Kind: Heading, Level: max(b.Level, 1), Text: text})
		case briefing.ListItem:
			d.Blocks = append(d.Blocks, Block{Kind: Item, Text: strings.TrimPrefix(text, "- ")})
		case briefing.PageBreak:
		default:
			d.Blocks = append(d.Blocks, Block{Kind: Para, Text: strings.Join(strings.Fields(text), " ")})
		}
	}
	return d
}
