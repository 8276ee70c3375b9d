package tui

import (
	"fmt"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"

	"github.com/briefing-tools/briefing/internal/briefing"
)

// TimelineView lists the dated events of every loaded document, by
// date, grouped by month, each naming its document; enter shows the
// event's sentence in Source.
type TimelineView struct {
	ix     *index
	lines  []timelineLine
	cursor int // index into lines, always on an event
	offset int
	width  int
	height int
	// KeyMap is the keys the view answers and shows as help.
	KeyMap TimelineKeyMap
}

// timelineLine is a month heading or one event.
type timelineLine struct {
	heading string
	event   int // index into the briefing's Timeline; -1 for headings
}

// evidenceChosenMsg asks the root to show a span in Source.
type evidenceChosenMsg struct{ span briefing.Span }

func newTimelineView(ix *index, keys TimelineKeyMap) TimelineView {
	t := TimelineView{ix: ix, KeyMap: keys}
	group := "\x00"
	for i, e := range ix.b.Timeline {
		if g := monthOf(e); g != group {
			group = g
			t.lines = append(t.lines, timelineLine{heading: g, event: -1})
		}
		t.lines = append(t.lines, timelineLine{event: i})
	}
	t.cursor = t.next(0, 1)
	return t
}

// monthOf is the heading an event is grouped under: its month ("February
// 2026"), its year, or "Undated" for an event nothing anchors.
func monthOf(e briefing.Event) string {
	d := e.Date
	switch {
	case e.Basis == briefing.Unresolved && strings.HasPrefix(d, "--") && len(d) >= 4:
		if m, err := time.Parse("01", d[2:4]); err == nil {
			return m.Format("January") + ", year not given"
		}
	case e.Basis == briefing.Unresolved || d == "":
		return "Undated"
	case e.Precision == briefing.Year:
		return d
	case e.Precision == briefing.Week:
		if t, ok := weekStart(d); ok {
			return t.Format("January 2006")
		}
	}
	if t, err := time.Parse("2006-01", d[:min(7, len(d))]); err == nil {
		return t.Format("January 2006")
	}
	return "Undated"
}

// weekStart is the Monday of an ISO week written 2026-W06.
func weekStart(d string) (time.Time, bool) {
	var y, w int
	if _, err := fmt.Sscanf(d, "%d-W%d", &y, &w); err != nil {
		return time.Time{}, false
	}
	jan4 := time.Date(y, 1, 4, 0, 0, 0, 0, time.UTC)
	monday := jan4.AddDate(0, 0, -((int(jan4.Weekday()) + 6) % 7))
	return monday.AddDate(0, 0, 7*(w-1)), true
}

// dayOf is the short date column of an event: "07 Sat", "08–09",
// "W06", "month", "—".
func dayOf(e briefing.Event) string {
	d := e.Date
	if e.Basis == briefing.Unresolved && !strings.HasPrefix(d, "--") {
		return ansi.Truncate(e.Stated, 9, "…") // the words, as nothing dates them
	}
	switch e.Precision {
	case briefing.Day:
		if t, err := time.Parse(time.DateOnly, d); err == nil {
			return t.Format("02 Mon")
		}
		if strings.HasPrefix(d, "--") && len(d) >= 7 {
			return d[5:7]
		}
	case briefing.Range:
		from, to, ok := strings.Cut(d, "/")
		if ok && len(from) >= 10 && len(to) >= 10 {
			if from[:7] == to[:7] {
				return from[8:10] + "–" + to[8:10]
			}
			return from[8:10] + "–" + to[5:7] + "/" + to[8:10]
		}
	case briefing.Week:
		if i := strings.Index(d, "-W"); i >= 0 {
			return "wk " + d[i+2:]
		}
	case briefing.Month:
		return "month"
	case briefing.Year:
		return "year"
	}
	return "—"
}

// next returns the first event line from i going in dir, or i when
// there is none.
func (t TimelineView) next(i, dir int) int {
	for j := i; j >= 0 && j < len(t.lines); j += dir {
		if t.lines[j].event >= 0 {
			return j
		}
	}
	for j := i; j >= 0 && j < len(t.lines); j -= dir {
		if t.lines[j].event >= 0 {
			return j
		}
	}
	return 0
}

// SetSize sets the outer size and keeps the cursor in view.
func (t *TimelineView) SetSize(w, h int) {
	t.width, t.height = w, h
	t.follow()
}

// Selected is the index of the event under the cursor, or -1.
func (t TimelineView) Selected() int {
	if t.cursor < len(t.lines) {
		return t.lines[t.cursor].event
	}
	return -1
}

func (t TimelineView) Update(msg tea.Msg) (TimelineView, tea.Cmd) {
	k, ok := msg.(tea.KeyMsg)
	if !ok || len(t.lines) == 0 {
		return t, nil
	}
	if pos, ok := t.KeyMap.move(k, t.cursor, t.pageHeight(), len(t.lines)); ok {
		dir := 1
		if pos < t.cursor {
			dir = -1
		}
		t.cursor = t.next(min(max(pos, 0), len(t.lines)-1), dir)
	} else if key.Matches(k, t.KeyMap.Show) && t.Selected() >= 0 {
		span := t.ix.b.Timeline[t.Selected()].Evidence
		return t, func() tea.Msg { return evidenceChosenMsg{span} }
	}
	t.follow()
	return t, nil
}

// follow scrolls so the cursor shows, with its month heading when room
// allows.
func (t *TimelineView) follow() {
	h := t.pageHeight()
	if t.cursor < t.offset {
		t.offset = t.cursor
		if t.offset > 0 && t.lines[t.offset-1].event < 0 {
			t.offset--
		}
	}
	if t.cursor >= t.offset+h {
		t.offset = t.cursor - h + 1
	}
	t.offset = max(t.offset, 0)
}

// pageHeight is how many lines of the list show at once.
func (t TimelineView) pageHeight() int { return max(t.height-5, 1) }

func (t TimelineView) View(s Styles) string {
	inner := max(t.width-4, 1)
	h := t.pageHeight()
	b := t.ix.b
	resolved := 0
	for _, e := range b.Timeline {
		if e.Basis != briefing.Unresolved {
			resolved++
		}
	}
	title := s.Title.Render("Timeline") + s.Faint.Render(fmt.Sprintf(" · %d events, %d dated, from %d documents", len(b.Timeline), resolved, len(b.Documents)))
	rows := []string{title}
	if len(t.lines) == 0 {
		rows = append(rows, s.Faint.Render("No dates found in the documents."))
	}
	// the document column takes a share of a wide view, less of a narrow one
	docW := min(max(inner/4, 12), 32)
	if inner < 60 {
		docW = min(inner/3, 18)
	}
	for n := t.offset; n < min(t.offset+h, len(t.lines)); n++ {
		l := t.lines[n]
		if l.event < 0 {
			rows = append(rows, s.Heading.Render(ansi.Truncate(l.heading, inner, "…")))
			continue
		}
		e := b.Timeline[l.event]
		mark := " "
		if e.Basis == briefing.Resolved {
			mark = "~"
		}
		date := pad(dayOf(e)+mark, 11)
		textW := max(inner-11-docW-2, 8)
		text := pad(ansi.Truncate(e.Text, textW, "…"), textW)
		doc := ansi.Truncate(e.Document, docW, "…")
		line := date + text + "  " + doc
		if n == t.cursor {
			rows = append(rows, s.RowSelected.Render(pad(ansi.Truncate(line, inner, "…"), inner)))
			continue
		}
		rows = append(rows, s.Strong.Render(date)+s.Base.Render(text)+"  "+s.Faint.Render(doc))
	}
	hints := "enter show in source · ~ resolved from the document's date · esc back"
	if inner < 70 {
		hints = "enter source · ~ resolved · esc back"
	}
	return overlayFrame(s, inner, h+1, rows, hints)
}
