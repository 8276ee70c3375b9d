package tui

import (
	"strconv"

	tea "github.com/charmbracelet/bubbletea"
)

// layoutMode follows the window: a 2×2 grid when wide, two columns when
// medium, one pane with tabs when narrow.
type layoutMode int

const (
	layoutWide layoutMode = iota
	layoutMedium
	layoutNarrow
	layoutTooSmall
	// layoutSplit: one list at full height beside the source, with
	// tabs, where three stacked lists would each show a handful of rows
	layoutSplit
)

func (l layoutMode) String() string {
	return [...]string{"wide", "medium", "narrow", "too small", "split"}[l]
}

// Breakpoints of the layout, in cells.
const (
	wideWidth   = 120
	mediumWidth = 80
	minWidth    = 40
	minHeight   = 12
	// minPaneHeight is the least a list pane draws in: borders, title,
	// column titles, filter line and one row.
	minPaneHeight = 6
)

// rect is a pane's place on the screen.
type rect struct{ x, y, w, h int }

func (r rect) contains(x, y int) bool { return x >= r.x && x < r.x+r.w && y >= r.y && y < r.y+r.h }

// layout is where everything goes for the current window size.
type layout struct {
	mode  layoutMode
	top   int // rows above the panes (banner, header, tabs)
	panes [4]rect
	shown [4]bool
	body  rect
}

// chromeHeights returns the rows taken above and below the panes.
func (m Model) chromeHeights(mode layoutMode) (top, bottom int) {
	top, bottom = 1, 1 // header, footer
	if m.classification() != "" {
		top, bottom = top+1, bottom+1
	}
	if mode.hasTabs() {
		top++ // tabs
	}
	return top, bottom
}

// hasTabs reports the layouts that hide panes behind a line of tabs.
func (l layoutMode) hasTabs() bool { return l == layoutNarrow || l == layoutSplit }

// splitHeight is the body height under which the medium layout shows one
// list beside the source instead of three stacked ones (at 80×24 each
// would show three or four rows).
const splitHeight = 24

// resize recomputes the layout and sizes every pane.
func (m *Model) resize() {
	w, h := m.width, m.height
	l := layout{}
	switch {
	case w < minWidth || h < minHeight:
		l.mode = layoutTooSmall
	case w >= wideWidth:
		l.mode = layoutWide
	case w >= mediumWidth:
		l.mode = layoutMedium
	default:
		l.mode = layoutNarrow
	}
	if m.zoomed && l.mode != layoutTooSmall {
		l.mode = layoutNarrow // z: the focused pane takes the whole body
	}
	top, bottom := m.chromeHeights(l.mode)
	bodyH := max(h-top-bottom, 0)
	if l.mode == layoutMedium && bodyH < splitHeight && bodyH-1 >= minPaneHeight {
		l.mode = layoutSplit
		top, bottom = m.chromeHeights(l.mode)
		bodyH = max(h-top-bottom, 0)
	}
	if l.mode == layoutMedium && bodyH < 3*minPaneHeight {
		// three stacked lists would push the footer off the screen
		l.mode = layoutNarrow
		top, bottom = m.chromeHeights(l.mode)
		bodyH = max(h-top-bottom, 0)
	}
	l.top = top
	l.body = rect{0, top, w, bodyH}
	switch l.mode {
	case layoutWide:
		leftW := w / 2
		upH := bodyH / 2
		l.panes[paneActors] = rect{0, top, leftW, upH}
		l.panes[paneAssets] = rect{leftW, top, w - leftW, upH}
		l.panes[paneQuestions] = rect{0, top + upH, leftW, bodyH - upH}
		l.panes[paneSource] = rect{leftW, top + upH, w - leftW, bodyH - upH}
		l.shown = [4]bool{true, true, true, true}
	case layoutMedium:
		// the focused list gets half the column, the other two a quarter
		leftW := w * 45 / 100
		heights := [3]int{bodyH / 3, bodyH / 3, bodyH - 2*(bodyH/3)}
		if m.focus != paneSource {
			small := min(max(bodyH/4, 7), bodyH/3)
			heights = [3]int{small, small, small}
			heights[m.focus] = bodyH - 2*small
		}
		y := top
		for k := paneActors; k <= paneQuestions; k++ {
			l.panes[k] = rect{0, y, leftW, heights[k]}
			y += heights[k]
		}
		l.panes[paneSource] = rect{leftW, top, w - leftW, bodyH}
		l.shown = [4]bool{true, true, true, true}
	case layoutSplit:
		leftW := w * 45 / 100
		for k := paneActors; k <= paneQuestions; k++ {
			l.panes[k] = rect{0, top, leftW, bodyH}
		}
		l.panes[paneSource] = rect{leftW, top, w - leftW, bodyH}
		l.shown[m.active], l.shown[paneSource] = true, true
	case layoutNarrow:
		for k := range l.panes {
			l.panes[k] = rect{0, top, w, bodyH}
		}
		l.shown[m.focus] = true
	}
	m.layout = l
	for k := paneActors; k <= paneQuestions; k++ {
		m.lists[k].SetSize(l.panes[k].w, l.panes[k].h)
	}
	m.source.SetSize(l.panes[paneSource].w, l.panes[paneSource].h)
	m.help.Width = w
	m.sizeOverlays(w, bodyH)
}

// handleMouse focuses the pane under a click and selects the row; the
// wheel scrolls the pane under the pointer.
func (m Model) handleMouse(msg tea.MouseMsg) (tea.Model, tea.Cmd) {
	if m.overlay == helpOverlay {
		var cmd tea.Cmd
		m.guide, cmd = m.guide.Update(msg)
		return m, cmd
	}
	if m.overlay != noOverlay || m.layout.mode == layoutTooSmall {
		return m, nil
	}
	for k := paneActors; k <= paneSource; k++ {
		r := m.layout.panes[k]
		if !m.layout.shown[k] || !r.contains(msg.X, msg.Y) {
			continue
		}
		switch {
		case msg.Button == tea.MouseButtonWheelUp || msg.Button == tea.MouseButtonWheelDown:
			n := 3
			if msg.Button == tea.MouseButtonWheelUp {
				n = -3
			}
			if k == paneSource {
				m.source.Scroll(n)
			} else {
				before := m.lists[k].SelectedItem()
				m.lists[k].Scroll(n)
				if k == m.active && m.lists[k].SelectedItem() != before {
					m.follow.mention = 0
					m.syncSource(true)
				}
			}
		case msg.Action == tea.MouseActionPress && msg.Button == tea.MouseButtonLeft:
			m.setFocus(k)
			if k != paneSource {
				m.lists[k].SelectRow(msg.Y - r.y - m.lists[k].HeaderRows())
				m.follow.mention = 0
				m.syncSource(true)
			}
		}
		return m, nil
	}
	return m, nil
}

func itoa(n int) string { return strconv.Itoa(n) }
