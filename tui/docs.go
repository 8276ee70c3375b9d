package tui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
)

// DocList lists the documents and the warnings of loading; enter shows
// a document (or all of them).
type DocList struct {
	ix     *index
	cursor int // 0 is "all documents", then one per document
	offset int
	width  int
	height int
	// KeyMap is the keys the list answers and shows as help.
	KeyMap DocsKeyMap
	// notes counts each document's notes; extra lines (the notes on
	// documents and the orphaned marks) follow the warnings (marks.go)
	notes map[int]int
	extra []string
}

// docChosenMsg asks the root to show a document (allDocs for all).
type docChosenMsg struct{ doc int }

// newDocList lists the documents with the cursor on the current one;
// notes and extra are the analyst's work on them (docWork).
func newDocList(ix *index, current int, keys DocsKeyMap, notes map[int]int, extra []string) DocList {
	return DocList{ix: ix, cursor: current + 1, KeyMap: keys, notes: notes, extra: extra}
}

// SetSize sets the outer size and keeps the cursor in view.
func (d *DocList) SetSize(w, h int) {
	d.width, d.height = w, h
	if d.cursor >= d.offset+d.pageHeight() {
		d.offset = d.cursor - d.pageHeight() + 1
	}
}

func (d DocList) Update(msg tea.Msg) (DocList, tea.Cmd) {
	k, ok := msg.(tea.KeyMsg)
	if !ok {
		return d, nil
	}
	lines, selectable := d.lines()
	n := len(lines)
	if pos, ok := d.KeyMap.move(k, d.cursor, d.pageHeight(), n); ok {
		d.cursor = pos
	} else if key.Matches(k, d.KeyMap.Show) && d.cursor < selectable {
		doc := d.cursor - 1
		return d, func() tea.Msg { return docChosenMsg{doc} }
	}
	d.cursor = min(max(d.cursor, 0), n-1)
	// the view follows the cursor, warnings included
	h := d.pageHeight()
	if d.cursor < d.offset {
		d.offset = d.cursor
	}
	if d.cursor >= d.offset+h {
		d.offset = d.cursor - h + 1
	}
	return d, nil
}

// lines lays out the list: documents first, then loading warnings.
func (d DocList) lines() (lines []string, selectable int) {
	b := d.ix.b
	lines = append(lines, fmt.Sprintf("All documents (%d)", len(b.Documents)))
	for i, doc := range b.Documents {
		title := doc.Name()
		if n := d.notes[len(lines)-1]; n > 0 {
			title = fmt.Sprintf("[* %d note%s] %s", n, pluralS(n), title)
		}
		line := fmt.Sprintf("%-4s %s", itoa(i+1)+".", title)
		if doc.Date != "" {
			line += " · " + doc.Date
		}
		line += " · " + doc.Path
		if w := len(d.ix.warningsByPath[doc.Path]); w > 0 {
			line += fmt.Sprintf(" · ⚠ %d", w)
		}
		lines = append(lines, line)
	}
	selectable = len(lines)
	if len(b.Warnings) > 0 {
		lines = append(lines, "", fmt.Sprintf("Warnings (%d)", len(b.Warnings)))
		// the path on one line, the reason under it, so neither is cut
		for _, w := range b.Warnings {
			lines = append(lines, "⚠ "+w.Path, "    "+w.Message)
		}
	}
	lines = append(lines, d.extra...)
	return lines, selectable
}

// pageHeight is how many lines of the list show at once.
func (d DocList) pageHeight() int { return max(d.height-5, 1) }

func (d DocList) View(s Styles) string {
	inner := max(d.width-4, 1)
	lines, selectable := d.lines()
	h := d.pageHeight()
	title := s.Title.Render("Documents")
	if n := len(d.ix.b.Warnings); n > 0 && d.offset+h < len(lines)-2*n {
		// the warnings are further down: say so where the eye starts
		title += s.Warning.Render(fmt.Sprintf("  ⚠ Warnings (%d) below", n))
	}
	rows := []string{title}
	for n := d.offset; n < min(d.offset+h, len(lines)); n++ {
		text := ansi.Truncate(lines[n], inner, "…")
		switch {
		case n == d.cursor:
			text = s.RowSelected.Render(pad(text, inner))
		case n >= selectable && strings.HasPrefix(lines[n], "  ") && !strings.HasPrefix(lines[n], "    "):
			text = s.Base.Render(text) // a note or an orphaned mark
		case n >= selectable && (strings.HasPrefix(lines[n], "⚠") || strings.HasPrefix(lines[n], "    ")):
			text = s.Warning.Render(text)
		case n >= selectable:
			text = s.Heading.Render(text)
		default:
			text = s.Base.Render(text)
		}
		rows = append(rows, text)
	}
	return overlayFrame(s, inner, h+1, rows, "enter show · ↑/↓ scroll to the warnings · esc back")
}
