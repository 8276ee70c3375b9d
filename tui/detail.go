package tui

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
)

// target names an item another view can jump to.
type target struct {
	kind paneKind
	item int
	// mention, when set, is the mention to show in Source.
	mention int
}

// detailLine is a line of the detail view; lines with a target can be
// selected and followed with enter.
type detailLine struct {
	text   string
	style  string // "title", "label", "faint" or ""
	target *target
}

// DetailView shows every attribute of an item, every mention with its
// sentence in full (wrapped to the width it has, scrolled when longer
// than the screen), and the linked items, which can be followed.
type DetailView struct {
	of     target
	lines  []detailLine
	rows   []detailRow // lines wrapped to the width
	first  []int       // per line, its first row
	cue    string      // a question's cue, marked in its evidence
	cursor int         // index into lines of the selected link, -1 when none
	offset int         // first row shown
	width  int
	height int
	// KeyMap is the keys the view answers and shows as help.
	KeyMap DetailKeyMap
}

// detailRow is one screen row of a wrapped line.
type detailRow struct {
	line int
	text string
}

// jumpedMsg asks the root to select an item (sent when enter follows a link).
type jumpedMsg struct{ to target }

func newDetailView(ix *index, of target, keys DetailKeyMap, marks []detailLine) DetailView {
	d := DetailView{of: of, KeyMap: keys, cursor: -1}
	d.lines = withMarkLines(detailLines(ix, of), marks)
	if of.kind == paneQuestions {
		d.cue = ix.b.Questions[of.item].Cue
	}
	d.cursor = d.nextLink(-1, 1)
	d.wrap()
	return d
}

// Of is the item the detail shows.
func (d DetailView) Of() target { return d.of }

// Scroll is where the view stands: its first row and selected link.
func (d DetailView) Scroll() (offset, cursor int) { return d.offset, d.cursor }

// SetScroll puts the view back where Scroll said; a view not sized yet
// is kept within its rows when it is.
func (d *DetailView) SetScroll(offset, cursor int) {
	d.offset, d.cursor = offset, cursor
	if d.width > 0 {
		d.clamp(false)
	}
}

func (d *DetailView) SetSize(w, h int) {
	d.width, d.height = w, h
	d.wrap()
	d.clamp(false)
}

// wrap breaks every line into rows of the inner width: nothing is cut.
func (d *DetailView) wrap() {
	inner := max(d.width-4, 1)
	d.rows, d.first = nil, nil // fresh: a saved step back may share the old ones
	for n, l := range d.lines {
		d.first = append(d.first, len(d.rows))
		text := l.text
		if d.width > 0 {
			text = wrapHanging(text, inner)
		}
		for _, r := range strings.Split(text, "\n") {
			d.rows = append(d.rows, detailRow{line: n, text: r})
		}
	}
}

// wrapHanging wraps text to width with its continuation rows indented
// under where its text starts: a field's value after its label
// ("Reported by  1 document, …"), an indented sentence after its
// indent; a line that is neither wraps flush.
func wrapHanging(text string, width int) string {
	indent := hangingIndent(ansi.Strip(text))
	if indent == 0 || indent > width/2 {
		return ansi.Wrap(text, width, " -")
	}
	head, value := ansi.Truncate(text, indent, ""), ansi.TruncateLeft(text, indent, "")
	rows := strings.Split(ansi.Wrap(value, width-indent, " -"), "\n")
	pad := strings.Repeat(" ", indent)
	for i := range rows {
		if i == 0 {
			rows[i] = head + rows[i]
		} else {
			rows[i] = pad + rows[i]
		}
	}
	return strings.Join(rows, "\n")
}

// hangingIndent is the column plain's text starts at: after its leading
// spaces, or after a short label and the two or more spaces that end it.
func hangingIndent(plain string) int {
	if lead := len(plain) - len(strings.TrimLeft(plain, " ")); lead > 0 {
		return lead
	}
	label, _, ok := strings.Cut(plain, "  ")
	if !ok || ansi.StringWidth(label) > 16 {
		return 0
	}
	rest := plain[len(label):]
	return ansi.StringWidth(label) + len(rest) - len(strings.TrimLeft(rest, " "))
}

// bodyHeight is how many rows show: the box, its frame and hint line
// included, is at most height tall.
func (d DetailView) bodyHeight() int { return max(min(d.height-3, len(d.rows)), 1) }

// rowsOf returns the first and last row of line n.
func (d DetailView) rowsOf(n int) (first, last int) {
	first, last = d.first[n], len(d.rows)-1
	if n+1 < len(d.first) {
		last = d.first[n+1] - 1
	}
	return first, last
}

// clamp keeps the offset within the rows and, when follow is set (the
// selection moved), the selected link on screen: its start, when it is
// taller than the screen. Scrolling by page instead moves the selection
// to a link on screen, so enter never follows one out of sight.
func (d *DetailView) clamp(follow bool) {
	h := d.bodyHeight()
	d.offset = min(max(d.offset, 0), max(len(d.rows)-h, 0))
	if !follow && d.cursor >= 0 && d.cursor < len(d.first) {
		if first, last := d.rowsOf(d.cursor); last < d.offset || first >= d.offset+h {
			d.cursor = -1
			for r := d.offset; r < min(d.offset+h, len(d.rows)); r++ {
				if d.lines[d.rows[r].line].target != nil {
					d.cursor = d.rows[r].line
					break
				}
			}
		}
	}
	if follow && d.cursor >= 0 && d.cursor < len(d.first) {
		first, last := d.rowsOf(d.cursor)
		if last >= d.offset+h {
			d.offset = last - h + 1
		}
		if first < d.offset || first >= d.offset+h {
			d.offset = first
		}
	}
	d.offset = min(max(d.offset, 0), max(len(d.rows)-h, 0))
}

// nextLink finds the next line with a target in direction dir.
func (d DetailView) nextLink(from, dir int) int {
	for i := from + dir; i >= 0 && i < len(d.lines); i += dir {
		if d.lines[i].target != nil {
			return i
		}
	}
	return from
}

// Update moves between links, scrolls, and follows a link with enter.
func (d DetailView) Update(msg tea.Msg) (DetailView, tea.Cmd) {
	k, ok := msg.(tea.KeyMsg)
	if !ok {
		return d, nil
	}
	switch {
	case key.Matches(k, d.KeyMap.Down):
		// the next link when it is on screen or the next row would show
		// it; else one row down, so long text is read a line at a time
		if next := d.nextLink(d.cursor, 1); next != d.cursor && d.first[next] <= d.offset+d.bodyHeight() {
			d.cursor = next
			d.clamp(true)
			return d, nil
		}
		d.offset++
	case key.Matches(k, d.KeyMap.Up):
		if prev := d.nextLink(d.cursor, -1); prev != d.cursor && d.cursor >= 0 {
			if _, last := d.rowsOf(prev); last >= d.offset-1 {
				d.cursor = prev
				d.clamp(true)
				return d, nil
			}
		}
		d.offset--
	case key.Matches(k, d.KeyMap.PageDn):
		d.offset += d.bodyHeight()
	case key.Matches(k, d.KeyMap.PageUp):
		d.offset -= d.bodyHeight()
	case key.Matches(k, d.KeyMap.Top):
		d.offset, d.cursor = 0, d.nextLink(-1, 1)
		d.clamp(false)
		return d, nil
	case key.Matches(k, d.KeyMap.Follow):
		if d.cursor >= 0 && d.lines[d.cursor].target != nil {
			to := *d.lines[d.cursor].target
			return d, func() tea.Msg { return jumpedMsg{to} }
		}
	}
	d.clamp(false)
	return d, nil
}

// View draws the detail as a framed overlay.
func (d DetailView) View(s Styles) string {
	inner := max(d.width-4, 1)
	end := min(d.offset+d.bodyHeight(), len(d.rows))
	rows := make([]string, 0, end-d.offset)
	for r := d.offset; r < end; r++ {
		n := d.rows[r].line
		l := d.lines[n]
		text := ansi.Truncate(d.rows[r].text, inner, "…")
		evidence := d.cue != "" && l.target != nil && l.target.kind == paneQuestions
		switch {
		case n == d.cursor && evidence:
			text = markCue(pad(text, inner), d.cue, s.RowSelected, s.RowSelected.Underline(true).Bold(true))
		case n == d.cursor:
			text = s.RowSelected.Render(pad(text, inner))
		case evidence:
			text = markCue(text, d.cue, s.Key, s.Highlight)
		case l.style == "title":
			text = s.Title.Render(text)
		case l.style == "label":
			text = s.Heading.Render(text)
		case l.style == "faint":
			text = s.Faint.Render(text)
		case l.target != nil:
			text = s.Key.Render(text)
		default:
			text = s.Base.Render(text)
		}
		rows = append(rows, text)
	}
	return overlayFrame(s, inner, d.bodyHeight(), rows, d.KeyMap.hint())
}

// markCue draws text in style base with every occurrence of cue (in any
// case) in style mark: the words that raised a question, in its evidence.
func markCue(text, cue string, base, mark lipgloss.Style) string {
	lower, c := strings.ToLower(text), strings.ToLower(cue)
	if c == "" || len(lower) != len(text) {
		return base.Render(text)
	}
	var b strings.Builder
	for {
		i := strings.Index(lower, c)
		if i < 0 {
			b.WriteString(base.Render(text))
			return b.String()
		}
		if i > 0 {
			b.WriteString(base.Render(text[:i]))
		}
		b.WriteString(mark.Render(text[i : i+len(c)]))
		text, lower = text[i+len(c):], lower[i+len(c):]
	}
}
