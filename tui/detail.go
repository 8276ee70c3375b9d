package tui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"

	"github.com/briefing-tools/briefing/internal/briefing"
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
// sentence, and the linked items, which can be followed.
type DetailView struct {
	of     target
	lines  []detailLine
	cursor int // index into lines of the selected link, -1 when none
	offset int
	width  int
	height int
	keys   KeyMap
}

// jumpedMsg asks the root to select an item (sent when enter follows a link).
type jumpedMsg struct{ to target }

func newDetailView(ix *index, of target, keys KeyMap) DetailView {
	d := DetailView{of: of, keys: keys, cursor: -1}
	d.lines = detailLines(ix, of)
	d.cursor = d.nextLink(-1, 1)
	return d
}

func (d *DetailView) SetSize(w, h int) { d.width, d.height = w, h; d.clamp() }

func (d DetailView) bodyHeight() int { return max(min(d.height-4, len(d.lines)), 1) }

func (d *DetailView) clamp() {
	h := d.bodyHeight()
	if d.cursor >= 0 {
		if d.cursor < d.offset {
			d.offset = d.cursor
		}
		if d.cursor >= d.offset+h {
			d.offset = d.cursor - h + 1
		}
	}
	d.offset = min(max(d.offset, 0), max(len(d.lines)-h, 0))
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
	case key.Matches(k, d.keys.Down):
		if next := d.nextLink(d.cursor, 1); next != d.cursor {
			d.cursor = next
		} else {
			d.offset++
		}
	case key.Matches(k, d.keys.Up):
		if prev := d.nextLink(d.cursor, -1); prev != d.cursor && d.cursor >= 0 {
			d.cursor = prev
		} else {
			d.offset--
		}
	case key.Matches(k, d.keys.PageDn):
		d.offset += d.bodyHeight()
	case key.Matches(k, d.keys.PageUp):
		d.offset -= d.bodyHeight()
	case key.Matches(k, d.keys.Top):
		d.offset, d.cursor = 0, d.nextLink(-1, 1)
	case key.Matches(k, d.keys.Enter):
		if d.cursor >= 0 && d.lines[d.cursor].target != nil {
			to := *d.lines[d.cursor].target
			return d, func() tea.Msg { return jumpedMsg{to} }
		}
	}
	d.clamp()
	return d, nil
}

// View draws the detail as a framed overlay.
func (d DetailView) View(s Styles) string {
	inner := max(d.width-4, 1)
	end := min(d.offset+d.bodyHeight(), len(d.lines))
	rows := make([]string, 0, end-d.offset)
	for n := d.offset; n < end; n++ {
		l := d.lines[n]
		text := ansi.Truncate(l.text, inner, "…")
		switch {
		case n == d.cursor:
			text = s.RowSelected.Render(pad(text, inner))
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
	return overlayFrame(s, inner, d.bodyHeight(), rows, "↑/↓ links · enter follow · esc back")
}

// overlayFrame frames styled rows as an overlay inner cells wide: the rows
// padded out to height, then a line of key hints.
func overlayFrame(s Styles, inner, height int, rows []string, hints string) string {
	var b strings.Builder
	for i := 0; i < height; i++ {
		if i > 0 {
			b.WriteByte('\n')
		}
		text := ""
		if i < len(rows) {
			text = rows[i]
		}
		b.WriteString(fit(text, inner))
	}
	b.WriteByte('\n')
	b.WriteString(fit(s.Faint.Render(hints), inner))
	return s.Overlay.Width(inner + 2).Render(b.String())
}

// detailLines lays out everything known about an item.
func detailLines(ix *index, of target) []detailLine {
	var lines []detailLine
	add := func(text, style string, t *target) { lines = append(lines, detailLine{text, style, t}) }
	attr := func(label, value string) {
		if value != "" {
			add(fmt.Sprintf("%-12s %s", label, value), "", nil)
		}
	}
	// why: the rule that found the item and the words it keyed on
	why := func(label string, w briefing.Why) {
		var parts []string
		if w.Rule != "" {
			parts = append(parts, w.Rule)
		}
		if w.Cue != "" {
			parts = append(parts, "“"+w.Cue+"”")
		}
		attr(label, strings.Join(parts, " — "))
	}
	b := ix.b
	var spans []briefing.Span
	var linked []target
	switch of.kind {
	case paneActors:
		a := b.Actors[of.item]
		add(a.Name, "title", nil)
		attr("Kind", string(a.Kind))
		attr("Title", a.Title)
		attr("Role", a.Role)
		attr("Affiliation", a.Affiliation)
		attr("Also", strings.Join(a.Aliases, ", "))
		attr("Origin", string(a.Origin))
		why("Found by", a.Why)
		attr("Id", a.ID)
		spans = a.Mentions
		for _, q := range ix.questionsAbout[a.ID] {
			linked = append(linked, target{kind: paneQuestions, item: q})
		}
	case paneAssets:
		a := b.Assets[of.item]
		add(a.Name, "title", nil)
		attr("Category", a.Category)
		attr("Domain", string(a.Domain))
		attr("Side", a.Side)
		attr("Quantity", a.Quantity)
		attr("Status", string(a.Status))
		attr("Location", a.Location)
		attr("Also", strings.Join(a.Aliases, ", "))
		attr("Origin", string(a.Origin))
		why("Found by", a.Why)
		attr("Id", a.ID)
		spans = a.Mentions
		if p, ok := ix.assetByID[a.Parent]; ok {
			linked = append(linked, target{kind: paneAssets, item: p})
		}
		for _, c := range ix.childrenOf[a.ID] {
			linked = append(linked, target{kind: paneAssets, item: c})
		}
		for _, q := range ix.questionsAbout[a.ID] {
			linked = append(linked, target{kind: paneQuestions, item: q})
		}
	case paneQuestions:
		q := b.Questions[of.item]
		add(q.Text, "title", nil)
		attr("Kind", string(q.Kind))
		if q.Cue != q.Why.Cue { // else Raised by says it
			attr("Cue", q.Cue)
		}
		attr("Origin", string(q.Origin))
		why("Raised by", q.Why)
		attr("Id", q.ID)
		spans = q.Evidence
		for _, id := range q.Actors {
			if i, ok := ix.actorByID[id]; ok {
				linked = append(linked, target{kind: paneActors, item: i})
			}
		}
		for _, id := range q.Assets {
			if i, ok := ix.assetByID[id]; ok {
				linked = append(linked, target{kind: paneAssets, item: i})
			}
		}
	}
	add("", "", nil)
	label := "Mentions"
	if of.kind == paneQuestions {
		label = "Evidence"
	}
	add(fmt.Sprintf("%s (%d)", label, len(spans)), "label", nil)
	for n, s := range spans {
		doc := &b.Documents[ix.docPos[s.Doc]]
		t := target{kind: of.kind, item: of.item, mention: n}
		add(fmt.Sprintf("%s  %s", s.Doc, sentenceAround(doc, s)), "", &t)
	}
	if len(linked) > 0 {
		add("", "", nil)
		add(fmt.Sprintf("Linked (%d)", len(linked)), "label", nil)
		for _, l := range linked {
			t := l
			add(fmt.Sprintf("%-15s %s", l.kind.String(), ix.itemName(l.kind, l.item)), "", &t)
		}
	}
	return lines
}
