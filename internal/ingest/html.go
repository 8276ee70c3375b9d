package ingest

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/briefing-tools/briefing/internal/briefing"
)

// parseHTML keeps the article text of a web page: its title, headings,
// paragraphs and list items, without scripts, styles, navigation or other
// page furniture. The article element is preferred, then main, then body.
func parseHTML(doc *briefing.Document, src string) {
	root, err := html.Parse(strings.NewReader(src))
	if err != nil { // x/net/html recovers from any markup; only I/O fails
		parseText(doc, src)
		return
	}
	readMeta(doc, root)
	content := findFirst(root, atom.Article)
	if content == nil {
		content = findFirst(root, atom.Main)
	}
	if content == nil {
		content = findFirst(root, atom.Body)
	}
	if content == nil {
		content = root
	}
	h := &htmlWalker{}
	h.walk(content)
	h.flush()
	h.tb.finish(doc)
	for _, b := range doc.Blocks {
		if b.Kind == briefing.Heading && b.Level == 1 {
			if doc.Title == "" {
				doc.Title = SanitizeLine(doc.Text[b.Start:b.End])
			}
			break
		}
	}
	if doc.Title == "" {
		if t := findFirst(root, atom.Title); t != nil {
			doc.Title = SanitizeLine(textOf(t))
		}
	}
}

// htmlWalker collects inline text until a block boundary closes it.
type htmlWalker struct {
	tb    textBuilder
	buf   strings.Builder
	kind  briefing.BlockKind
	level int
	inPre bool
}

// furniture is never part of the article text.
var furniture = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Nav: true, atom.Aside: true, atom.Footer: true, atom.Form: true,
	atom.Button: true, atom.Svg: true, atom.Iframe: true, atom.Select: true,
	atom.Object: true, atom.Embed: true, atom.Canvas: true, atom.Dialog: true,
	atom.Menu: true, atom.Head: true, atom.Title: true, atom.Math: true,
}

var blockElements = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Section: true, atom.Article: true, atom.Blockquote: true,
	atom.Pre: true, atom.Ul: true, atom.Ol: true, atom.Li: true, atom.Table: true, atom.Tr: true,
	atom.Dl: true, atom.Dt: true, atom.Dd: true, atom.Figure: true, atom.Figcaption: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Header: true, atom.Main: true, atom.Hr: true, atom.Address: true, atom.Caption: true,
}

func headingLevel(a atom.Atom) int {
	switch a {
	case atom.H1:
		return 1
	case atom.H2:
		return 2
	case atom.H3:
		return 3
	case atom.H4:
		return 4
	case atom.H5:
		return 5
	case atom.H6:
		return 6
	}
	return 0
}

func (h *htmlWalker) walk(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		h.buf.WriteString(n.Data)
		return
	case html.ElementNode:
		if furniture[n.DataAtom] || isHidden(n) {
			return
		}
		if n.DataAtom == atom.Br {
			h.buf.WriteByte(' ')
			return
		}
		// a header outside the article is site chrome; inside, it holds the headline
		if n.DataAtom == atom.Header && findFirstHeading(n) == nil {
			return
		}
	case html.CommentNode, html.DoctypeNode:
		return
	}
	block := n.Type == html.ElementNode && blockElements[n.DataAtom]
	if block {
		h.flush()
		switch {
		case headingLevel(n.DataAtom) > 0:
			h.kind, h.level = briefing.Heading, headingLevel(n.DataAtom)
		case n.DataAtom == atom.Li || n.DataAtom == atom.Dt || n.DataAtom == atom.Dd:
			h.kind = briefing.ListItem
		case n.DataAtom == atom.Tr:
			h.kind = briefing.ListItem
		case n.DataAtom == atom.Pre:
			h.inPre = true
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if n.DataAtom == atom.Tr && c.Type == html.ElementNode && h.buf.Len() > 0 {
			h.buf.WriteString(" | ")
		}
		h.walk(c)
	}
	if block {
		h.flush()
		if n.DataAtom == atom.Ul || n.DataAtom == atom.Ol || n.DataAtom == atom.Table {
			h.tb.endList()
		}
		if n.DataAtom == atom.Pre {
			h.inPre = false
		}
	}
}

// flush ends the current block.
func (h *htmlWalker) flush() {
	text := h.buf.String()
	h.buf.Reset()
	kind, level := h.kind, h.level
	h.kind, h.level = "", 0
	if strings.TrimSpace(text) == "" {
		return
	}
	if kind == briefing.ListItem {
		h.tb.addItem("- ", text)
		return
	}
	if !h.inPre {
		text = strings.Join(strings.Fields(text), " ")
	}
	if kind == "" {
		kind = briefing.Paragraph
	}
	h.tb.endList()
	h.tb.add(kind, level, text)
}

// isHidden reports elements marked as not rendered.
func isHidden(n *html.Node) bool {
	for _, a := range n.Attr {
		switch strings.ToLower(a.Key) {
		case "hidden":
			return true
		case "aria-hidden":
			if strings.EqualFold(a.Val, "true") {
				return true
			}
		case "style":
			v := strings.ToLower(strings.ReplaceAll(a.Val, " ", ""))
			if strings.Contains(v, "display:none") || strings.Contains(v, "visibility:hidden") {
				return true
			}
		}
	}
	return false
}

// readMeta takes the date, source, author and classification from the
// page's meta elements.
func readMeta(doc *briefing.Document, root *html.Node) {
	forEach(root, func(n *html.Node) {
		if n.DataAtom == atom.Time && doc.Date == "" {
			doc.Date = SanitizeLine(attr(n, "datetime"))
		}
		if n.DataAtom != atom.Meta {
			return
		}
		key := strings.ToLower(attr(n, "name") + attr(n, "property"))
		val := SanitizeLine(attr(n, "content"))
		set := func(field *string) {
			if *field == "" {
				*field = val
			}
		}
		switch key {
		case "date", "pubdate", "publish-date", "article:published_time", "dc.date", "dcterms.date":
			set(&doc.Date)
		case "og:site_name", "source", "publisher", "dc.publisher":
			set(&doc.Source)
		case "author", "article:author", "dc.creator":
			set(&doc.Author)
		case "classification", "marking":
			set(&doc.Classification)
		}
	})
	if len(doc.Date) > 10 && doc.Date[4] == '-' && doc.Date[10] == 'T' {
		doc.Date = doc.Date[:10]
	}
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return a.Val
		}
	}
	return ""
}

func forEach(n *html.Node, fn func(*html.Node)) {
	if n.Type == html.ElementNode {
		fn(n)
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		forEach(c, fn)
	}
}

func findFirst(n *html.Node, a atom.Atom) *html.Node {
	if n.Type == html.ElementNode && n.DataAtom == a {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if f := findFirst(c, a); f != nil {
			return f
		}
	}
	return nil
}

func findFirstHeading(n *html.Node) *html.Node {
	if n.Type == html.ElementNode && headingLevel(n.DataAtom) > 0 {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if f := findFirstHeading(c); f != nil {
			return f
		}
	}
	return nil
}

// textOf is the text content of a node.
func textOf(n *html.Node) string {
	var b strings.Builder
	var rec func(*html.Node)
	rec = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			rec(c)
		}
	}
	rec(n)
	return b.String()
}

// htmlText is the visible text of an HTML fragment (used for raw HTML
// blocks inside Markdown).
func htmlText(fragment string) string {
	nodes, err := html.ParseFragment(strings.NewReader(fragment), &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body})
	if err != nil {
		return ""
	}
	h := &htmlWalker{}
	for _, n := range nodes {
		h.walk(n)
	}
	h.flush()
	return h.tb.text.String()
}
