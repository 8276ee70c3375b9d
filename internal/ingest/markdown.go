package ingest

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"

	"github.com/briefing-tools/briefing/internal/briefing"
)

var markdownParser = goldmark.New(goldmark.WithExtensions(extension.Table, extension.Strikethrough)).Parser()

// parseMarkdown reads optional YAML front matter and a Markdown body. The
// body becomes plain analysed text (no Markdown syntax); list items of
// curated sections become curated items. It returns notes for warnings.
func parseMarkdown(doc *briefing.Document, src string) []string {
	var notes []string
	front, body, ok, err := splitFrontMatter(src)
	if err != nil {
		notes = append(notes, err.Error())
	}
	if ok {
		if err := applyFrontMatter(doc, front); err != nil {
			notes = append(notes, err.Error())
		}
	}
	source := []byte(body)
	root := markdownParser.Parse(text.NewReader(source))
	w := &markdownWalker{src: source}
	w.blocks(root)
	w.tb.finish(doc)
	if doc.Title == "" {
		for _, b := range doc.Blocks {
			if b.Kind == briefing.Heading && b.Level == 1 {
				doc.Title = SanitizeLine(doc.Text[b.Start:b.End])
				break
			}
		}
	}
	return notes
}

// markdownWalker turns the block structure of a Markdown AST into text,
// tracking which curated section (if any) the walk is inside.
type markdownWalker struct {
	src []byte
	tb  textBuilder

	section      briefing.Section
	sectionLevel int
	group        string // sub-heading inside a curated section
}

func (w *markdownWalker) blocks(parent ast.Node) {
	for n := parent.FirstChild(); n != nil; n = n.NextSibling() {
		w.block(n)
	}
}

func (w *markdownWalker) block(n ast.Node) {
	switch n := n.(type) {
	case *ast.Heading:
		w.tb.endList()
		title := w.inline(n)
		w.tb.add(briefing.Heading, n.Level, title)
		w.enterHeading(n.Level, title)
	case *ast.Paragraph, *ast.TextBlock:
		w.tb.endList()
		w.tb.add(briefing.Paragraph, 0, w.inline(n))
	case *ast.List:
		w.list(n, "")
		w.tb.endList()
	case *ast.Blockquote:
		w.blocks(n)
	case *ast.FencedCodeBlock, *ast.CodeBlock:
		w.tb.endList()
		w.tb.add(briefing.Paragraph, 0, w.lines(n))
	case *ast.HTMLBlock:
		w.tb.endList()
		w.tb.add(briefing.Paragraph, 0, htmlText(w.lines(n)))
	case *east.Table:
		w.table(n)
		w.tb.endList()
	case *ast.ThematicBreak:
		w.tb.endList()
	default:
		w.blocks(n)
	}
}

// enterHeading opens or closes a curated section.
func (w *markdownWalker) enterHeading(level int, title string) {
	if s, ok := curatedSection(title); ok {
		w.section, w.sectionLevel, w.group = s, level, ""
		return
	}
	if w.section != "" && level > w.sectionLevel {
		w.group = SanitizeLine(title)
		return
	}
	w.section, w.group = "", ""
}

// list writes each item as its own block; nested lists follow their
// parent item, which becomes the group of their curated items.
func (w *markdownWalker) list(l *ast.List, group string) {
	num := l.Start
	for item := l.FirstChild(); item != nil; item = item.NextSibling() {
		prefix := "- "
		if l.IsOrdered() {
			prefix = fmt.Sprintf("%d. ", num)
			num++
		}
		var words []string
		var nested []*ast.List
		for c := item.FirstChild(); c != nil; c = c.NextSibling() {
			if sub, ok := c.(*ast.List); ok {
				nested = append(nested, sub)
				continue
			}
			if c.Kind() == ast.KindParagraph || c.Kind() == ast.KindTextBlock || c.Kind() == ast.KindHeading {
				words = append(words, w.inline(c))
			} else {
				words = append(words, w.lines(c))
			}
		}
		itemText := strings.Join(words, " ")
		start, end, clean := w.tb.addItem(prefix, itemText)
		if clean != "" && w.section != "" {
			w.addCurated(clean, start, end, firstNonEmpty(group, w.group), nil)
		}
		for _, sub := range nested {
			w.list(sub, clean)
		}
	}
}

// table writes each body row as an item whose cells are joined by " | ".
// In a curated section each row is one item with named fields.
func (w *markdownWalker) table(t *east.Table) {
	var header []string
	for row := t.FirstChild(); row != nil; row = row.NextSibling() {
		var cells []string
		for c := row.FirstChild(); c != nil; c = c.NextSibling() {
			cells = append(cells, strings.TrimSpace(SanitizeLine(w.inline(c))))
		}
		if row.Kind() == east.KindTableHeader {
			header = cells
			w.tb.add(briefing.Paragraph, 0, strings.Join(cells, " | "))
			continue
		}
		start, end, clean := w.tb.addItem("", strings.Join(cells, " | "))
		if clean == "" || w.section == "" {
			continue
		}
		fields := map[string]string{}
		for i, cell := range cells {
			if i < len(header) && cell != "" {
				fields[strings.ToLower(header[i])] = cell
			}
		}
		w.addCurated(clean, start, end, w.group, fields)
	}
}

func (w *markdownWalker) addCurated(text string, start, end int, group string, fields map[string]string) {
	w.tb.curated = append(w.tb.curated, briefing.CuratedItem{
		Section: w.section, Text: text, Group: group, Fields: fields,
		Span: briefing.Span{Start: start, End: end},
	})
}

// inline renders the inline content of a block as plain text: emphasis
// and link markup dropped, entities and escapes resolved, raw HTML
// removed. Sanitising happens after, in the text builder.
func (w *markdownWalker) inline(n ast.Node) string {
	var b bytes.Buffer
	w.inlineTo(&b, n)
	return b.String()
}

func (w *markdownWalker) inlineTo(b *bytes.Buffer, parent ast.Node) {
	for n := parent.FirstChild(); n != nil; n = n.NextSibling() {
		switch n := n.(type) {
		case *ast.Text:
			b.Write(resolveText(n.Value(w.src)))
			if n.HardLineBreak() {
				b.WriteByte('\n')
			} else if n.SoftLineBreak() {
				b.WriteByte(' ')
			}
		case *ast.String:
			b.Write(resolveText(n.Value))
		case *ast.AutoLink:
			b.Write(n.Label(w.src))
		case *ast.RawHTML:
			// inline tags carry no words of their own
		default:
			w.inlineTo(b, n)
		}
	}
}

// lines returns the raw lines of a code or HTML block.
func (w *markdownWalker) lines(n ast.Node) string {
	var b bytes.Buffer
	segs := n.Lines()
	for i := 0; i < segs.Len(); i++ {
		seg := segs.At(i)
		b.Write(seg.Value(w.src))
	}
	return b.String()
}

func resolveText(v []byte) []byte {
	return util.ResolveEntityNames(util.ResolveNumericReferences(util.UnescapePunctuations(v)))
}

func firstNonEmpty(s ...string) string {
	for _, x := range s {
		if x != "" {
			return x
		}
	}
	return ""
}
