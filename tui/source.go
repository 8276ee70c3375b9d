package tui

import (
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/rivo/uniseg"

	"github.com/briefing-tools/briefing/internal/briefing"
	"github.com/briefing-tools/briefing/internal/fold"
)

// lineRange is one wrapped line: a byte range of the document's text.
type lineRange struct{ start, end int }

// SourcePane shows a document's text wrapped to the pane, with every
// mention of the selected item highlighted and the current one distinct.
// Text is wrapped once per width; drawing touches only visible lines.
type SourcePane struct {
	doc       *briefing.Document
	lines     []lineRange
	wrapWidth int
	offset    int
	marks     []briefing.Span // in this document, sorted
	current   briefing.Span
	// pending is a byte offset to bring into view once the pane has a
	// size, or -1.
	pending int
	// lowered caches the lower-cased text of loweredFor, for search.
	lowered    string
	loweredFor *briefing.Document
	focused    bool
	width      int
	height     int
	// KeyMap is the keys the pane answers and shows as help.
	KeyMap SourceKeyMap
	// docNotes counts the notes on each document, by id (marks.go)
	docNotes map[string]int
}

func newSourcePane(keys SourceKeyMap) SourcePane { return SourcePane{KeyMap: keys, pending: -1} }

// SetDocument shows another document from its top.
func (p *SourcePane) SetDocument(doc *briefing.Document) {
	if p.doc == doc {
		return
	}
	p.doc, p.offset, p.marks, p.current = doc, 0, nil, briefing.Span{}
	p.wrapWidth = -1
	p.rewrap()
}

// SetSize sets the outer size; the text is wrapped again when the width
// changes, keeping the first visible line in view.
func (p *SourcePane) SetSize(w, h int) {
	p.width, p.height = w, h
	top := -1
	if p.offset < len(p.lines) {
		top = p.lines[p.offset].start
	}
	p.rewrap()
	if top >= 0 {
		p.offset = p.lineAt(top)
	}
	if p.pending >= 0 && len(p.lines) > 0 {
		at := p.pending
		p.pending = -1
		p.ScrollTo(at)
	}
	p.clamp()
}

func (p *SourcePane) Focus()       { p.focused = true }
func (p *SourcePane) Blur()        { p.focused = false }
func (p SourcePane) Focused() bool { return p.focused }

func (p SourcePane) innerWidth() int              { return max(p.width-4, 1) } // borders and a margin
func (p SourcePane) bodyHeight() int              { return max(p.height-3, 1) }
func (p SourcePane) Document() *briefing.Document { return p.doc }

// LowerText is the document's text in lower case with its byte offsets
// kept (fold.Lower), folded once per document for searching.
func (p *SourcePane) LowerText() string {
	if p.doc != nil && p.loweredFor != p.doc {
		p.lowered, p.loweredFor = fold.Lower(p.doc.Text), p.doc
	}
	return p.lowered
}

func (p *SourcePane) rewrap() {
	w := p.innerWidth()
	if p.doc == nil || w == p.wrapWidth {
		return
	}
	if p.width == 0 {
		p.lines = p.lines[:0] // no window yet: wrapping now would be thrown away
		return
	}
	p.wrapWidth = w
	p.lines = wrapText(p.doc.Text, w, p.lines[:0])
}

// SetMarks highlights spans of this document; current is drawn apart.
func (p *SourcePane) SetMarks(spans []briefing.Span, current briefing.Span) {
	p.marks = p.marks[:0]
	for _, s := range spans {
		if p.doc != nil && s.Doc == p.doc.ID {
			p.marks = append(p.marks, s)
		}
	}
	sort.Slice(p.marks, func(i, j int) bool { return p.marks[i].Start < p.marks[j].Start })
	p.current = current
}

// ScrollTo brings a byte offset into view, a third from the top.
func (p *SourcePane) ScrollTo(offset int) {
	if len(p.lines) == 0 {
		p.pending = offset
		return
	}
	line := p.lineAt(offset)
	h := p.bodyHeight()
	if line < p.offset || line >= p.offset+h {
		p.offset = line - h/3
	}
	p.clamp()
}

// lineAt returns the wrapped line holding a byte offset.
func (p SourcePane) lineAt(offset int) int {
	i := sort.Search(len(p.lines), func(i int) bool { return p.lines[i].end >= offset })
	return min(i, max(len(p.lines)-1, 0))
}

func (p *SourcePane) clamp() {
	p.offset = min(max(p.offset, 0), max(len(p.lines)-p.bodyHeight(), 0))
}

// SetDocNotes tells how many notes each document has, by id, for the
// title line.
func (p *SourcePane) SetDocNotes(notes map[string]int) { p.docNotes = notes }

// TopOffset is the byte offset of the first line shown, or -1.
func (p SourcePane) TopOffset() int {
	if p.offset < len(p.lines) {
		return p.lines[p.offset].start
	}
	return -1
}

// ScrollToTop shows the line holding a byte offset first, as TopOffset
// gave it (the text may have changed since).
func (p *SourcePane) ScrollToTop(at int) {
	if p.doc == nil {
		return
	}
	p.offset = p.lineAt(min(at, len(p.doc.Text)))
	p.clamp()
}

// Scroll moves the view by n lines.
func (p *SourcePane) Scroll(n int) {
	p.offset += n
	p.clamp()
}

// Update scrolls on the pane's keys when focused.
func (p SourcePane) Update(msg tea.Msg) (SourcePane, tea.Cmd) {
	k, ok := msg.(tea.KeyMsg)
	if !ok || !p.focused {
		return p, nil
	}
	if pos, ok := p.KeyMap.move(k, p.offset, p.bodyHeight()-1, len(p.lines)); ok {
		p.offset = pos
	}
	p.clamp()
	return p, nil
}

// View draws the visible lines with their highlights.
func (p SourcePane) View(s Styles) string {
	inner := max(p.width-2, 1)
	var b strings.Builder
	titleStyle := s.PaneTitle
	if p.focused {
		titleStyle = s.PaneTitleFocused
	}
	meta := ""
	if p.doc != nil {
		meta = p.doc.Title
		if n := p.docNotes[p.doc.ID]; n > 0 {
			meta = fmt.Sprintf("[* %d note%s] %s", n, pluralS(n), meta)
		}
		if n := len(p.lines); n > 0 {
			meta += fmt.Sprintf(" · %d%%", min(100, 100*(p.offset+p.bodyHeight())/n))
		}
	}
	b.WriteString(fit(titleStyle.Render(paneSource.String())+" "+s.Faint.Render(meta), inner))
	h := p.bodyHeight()
	for i := 0; i < h; i++ {
		b.WriteByte('\n')
		n := p.offset + i
		if p.doc == nil || n >= len(p.lines) {
			if p.doc == nil && i == 0 {
				b.WriteString(fit(s.Faint.Render(" no document"), inner))
			}
			continue
		}
		b.WriteString(fit(" "+p.renderLine(s, p.lines[n]), inner))
	}
	style := s.Pane
	if p.focused {
		style = s.PaneFocused
	}
	return style.Render(b.String())
}

// renderLine styles the marks inside one wrapped line.
func (p SourcePane) renderLine(s Styles, l lineRange) string {
	text := p.doc.Text
	base := s.Base
	if p.inHeading(l.start) {
		base = s.Heading
	} else if b, ok := p.doc.BlockAt(l.start); ok && b.Kind == briefing.PageBreak {
		base = s.Faint // a PDF's "— page 2 —"
	}
	var b strings.Builder
	at := l.start
	i := sort.Search(len(p.marks), func(i int) bool { return p.marks[i].End > l.start })
	for ; i < len(p.marks) && p.marks[i].Start < l.end; i++ {
		m := p.marks[i]
		start, end := max(m.Start, l.start), min(m.End, l.end)
		if start < at {
			start = at
		}
		if start >= end {
			continue
		}
		b.WriteString(base.Render(text[at:start]))
		style := s.Highlight
		if m == p.current {
			style = s.Current
		}
		b.WriteString(style.Render(text[start:end]))
		at = end
	}
	if at < l.end {
		b.WriteString(base.Render(text[at:l.end]))
	}
	return b.String()
}

func (p SourcePane) inHeading(offset int) bool {
	b, ok := p.doc.BlockAt(offset)
	return ok && b.Kind == briefing.Heading
}

// wrapText breaks text into lines of at most width cells, at spaces when
// it can and inside words longer than a line when it must. Wide runes
// (CJK, emoji) count two cells.
func wrapText(text string, width int, out []lineRange) []lineRange {
	for start := 0; start <= len(text); {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		out = wrapParagraph(text, start, end, width, out)
		start = end + 1
	}
	return out
}

func wrapParagraph(text string, start, end, width int, out []lineRange) []lineRange {
	if start == end {
		return append(out, lineRange{start, end})
	}
	lineStart, lineWidth := start, 0
	lastSpace := -1
	state := -1
	for i := start; i < end; {
		// printable ASCII is one cell (sanitised text has no controls or
		// tabs); anything else is measured by grapheme cluster, so a
		// flag or an emoji sequence is never split across lines
		r, size, w := rune(text[i]), 1, 1
		if text[i] >= utf8.RuneSelf || i+1 < end && text[i+1] >= utf8.RuneSelf {
			var cluster string
			cluster, _, w, state = uniseg.FirstGraphemeClusterInString(text[i:end], state)
			size = len(cluster)
			r, _ = utf8.DecodeRuneInString(cluster)
		} else {
			state = -1
		}
		if lineWidth+w > width && i > lineStart && r != ' ' {
			cut := i
			if lastSpace > lineStart {
				cut = lastSpace
			}
			out = append(out, lineRange{lineStart, cut})
			if cut == lastSpace {
				cut++ // the space stays at the end of the line
			}
			lineStart, lastSpace = cut, -1
			lineWidth = uniseg.StringWidth(text[lineStart:i])
			continue
		}
		if r == ' ' {
			lastSpace = i
		}
		lineWidth += w
		i += size
	}
	return append(out, lineRange{lineStart, end})
}

// clone copies the pane deeply: wrapping reuses its slices in place.
func (p SourcePane) clone() SourcePane {
	p.lines = append([]lineRange(nil), p.lines...)
	p.marks = append([]briefing.Span(nil), p.marks...)
	return p
}
