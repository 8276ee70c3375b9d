package tui

import (
	"maps"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
)

// paneKind names the four panes; its order is the tab order.
type paneKind int

const (
	paneActors paneKind = iota
	paneAssets
	paneQuestions
	paneSource
)

func (k paneKind) String() string {
	switch k {
	case paneActors:
		return "Actors"
	case paneAssets:
		return "Order of Battle"
	case paneQuestions:
		return "Open Questions"
	case paneSource:
		return "Source"
	}
	return "?"
}

// column is one column of a list; a width of 0 takes the space left.
// A column that grows takes a share of a wide pane's spare room.
type column struct {
	title string
	width int
	grow  bool
}

// row is one line of a list: a group header or an item.
type row struct {
	header bool
	depth  int    // 0 for a top group, 1 for a sub-group
	group  string // the group (and sub-group) the row belongs to
	cells  []string
	item   int    // index into the briefing's slice; -1 for headers
	key    string // lower-cased text the filter searches
	count  int    // items under a header
	// startFolded folds a header the first time the pane shows it
	startFolded bool
	// mark is the item's two mark glyphs, drawn before it (marks.go)
	mark string
}

// ListPane shows actors, assets or questions as a virtualised list:
// only the visible rows are drawn, so ten thousand rows cost no more per
// frame than twenty. Headers fold their group.
type ListPane struct {
	kind    paneKind
	columns []column
	// empty marks the columns no item fills (a Qty column with no
	// quantity): they take no width
	empty   []bool
	rows    []row
	visible []int // indexes into rows, after filter and folds
	matched int   // items that pass the filter, folded or not
	items   int   // item rows, whatever the filter
	shown   []int // per header row: its items that pass the filter
	folded  map[string]bool
	filter  string
	cursor  int // index into visible
	offset  int
	focused bool
	width   int
	height  int
	// KeyMap is the keys the pane answers and shows as help.
	KeyMap ListKeyMap
}

func newListPane(kind paneKind, keys ListKeyMap) ListPane {
	return ListPane{kind: kind, KeyMap: keys, folded: map[string]bool{}}
}

// SetRows replaces the rows, keeping the selected item when it remains.
func (p *ListPane) SetRows(columns []column, rows []row) {
	keep := p.SelectedItem()
	p.columns, p.rows = columns, rows
	p.empty = emptyColumns(len(columns), rows)
	p.items = 0
	for _, r := range rows {
		if !r.header {
			p.items++
		}
	}
	for _, r := range rows {
		if _, set := p.folded[r.group]; r.header && r.startFolded && !set {
			p.folded[r.group] = true
		}
	}
	p.cursor, p.offset = 0, 0
	p.refilter()
	if keep < 0 || !p.SelectItem(keep) {
		p.selectFirstItem()
	}
}

// ItemCount is how many items the list holds, filter aside.
func (p ListPane) ItemCount() int { return p.items }

// emptyColumns reports, for each column but the first, whether no item
// row has a cell in it.
func emptyColumns(n int, rows []row) []bool {
	empty := make([]bool, n)
	for i := 1; i < n; i++ {
		empty[i] = true
	}
	left := n - 1
	for _, r := range rows {
		if r.header || left == 0 {
			continue
		}
		for i := 1; i < n && i < len(r.cells); i++ {
			if empty[i] && r.cells[i] != "" {
				empty[i] = false
				left--
			}
		}
	}
	return empty
}

// SetSize sets the outer size of the pane, borders included.
func (p *ListPane) SetSize(w, h int) {
	p.width, p.height = w, h
	if p.cursor < p.bodyHeight() {
		p.offset = 0 // the top of the list fits: show its first header
	}
	p.clamp()
}

func (p *ListPane) Focus()        { p.focused = true }
func (p *ListPane) Blur()         { p.focused = false }
func (p ListPane) Focused() bool  { return p.focused }
func (p ListPane) Filter() string { return p.filter }

// SetFilter keeps the rows whose text contains every word of f, and the
// headers of their groups.
func (p *ListPane) SetFilter(f string) {
	keep := p.SelectedItem()
	p.filter = strings.ToLower(strings.TrimSpace(f))
	p.refilter()
	if keep < 0 || !p.SelectItem(keep) {
		p.selectFirstItem()
	}
}

func (p *ListPane) refilter() {
	p.visible = p.visible[:0]
	p.matched = 0
	p.shown = append(p.shown[:0], make([]int, len(p.rows))...)
	words := strings.Fields(p.filter)
	matches := func(r row) bool {
		for _, w := range words {
			if !strings.Contains(r.key, w) {
				return false
			}
		}
		return true
	}
	// open holds the headers above the current row, outermost first; a
	// header is shown once any item under it matches, and a folded
	// header hides everything beneath it but itself, unless a filter is
	// on: a filter opens the groups that hold its matches
	type openHeader struct {
		row   int
		shown bool
	}
	var open []openHeader
	for i, r := range p.rows {
		if r.header {
			for len(open) > 0 && p.rows[open[len(open)-1].row].depth >= r.depth {
				open = open[:len(open)-1]
			}
			open = append(open, openHeader{row: i})
			continue
		}
		if len(words) > 0 && !matches(r) {
			continue
		}
		p.matched++
		hidden := false
		for k := range open {
			p.shown[open[k].row]++
			if !open[k].shown && !hidden {
				p.visible = append(p.visible, open[k].row)
				open[k].shown = true
			}
			if len(words) == 0 && p.folded[p.rows[open[k].row].group] {
				hidden = true
			}
		}
		if !hidden {
			p.visible = append(p.visible, i)
		}
	}
	p.clamp()
}

// SelectedItem returns the item under the cursor, or -1 on a header.
func (p ListPane) SelectedItem() int {
	if p.cursor < 0 || p.cursor >= len(p.visible) {
		return -1
	}
	return p.rows[p.visible[p.cursor]].item
}

// SelectItem moves the cursor to an item if it is visible.
func (p *ListPane) SelectItem(item int) bool {
	for i, v := range p.visible {
		if p.rows[v].item == item && !p.rows[v].header {
			p.cursor = i
			p.clamp()
			return true
		}
	}
	return false
}

// SelectRow selects the row drawn at line y of the pane's body.
func (p *ListPane) SelectRow(y int) {
	if i := p.offset + y; i >= 0 && i < len(p.visible) {
		p.cursor = i
	}
}

func (p ListPane) bodyHeight() int {
	h := p.height - 3 // borders and the title line
	if len(p.columns) > 1 {
		h-- // column titles
	}
	if p.filter != "" {
		h--
	}
	return max(h, 1)
}

func (p *ListPane) clamp() {
	n := len(p.visible)
	p.cursor = min(max(p.cursor, 0), max(n-1, 0))
	h := p.bodyHeight()
	if p.cursor < p.offset {
		p.offset = p.cursor
	}
	if p.cursor >= p.offset+h {
		p.offset = p.cursor - h + 1
	}
	p.offset = min(max(p.offset, 0), max(n-h, 0))
}

// ScrollOffset is the first row shown; SetScrollOffset puts it back,
// within the rows, so a redraw of the rows need not move the view.
func (p ListPane) ScrollOffset() int { return p.offset }

func (p *ListPane) SetScrollOffset(offset int) {
	p.offset = offset
	p.clamp()
}

// ScreenLine is the line of the body the selected row is drawn on;
// SetScreenLine scrolls so it is drawn on that line again.
func (p ListPane) ScreenLine() int { return p.cursor - p.offset }

func (p *ListPane) SetScreenLine(line int) { p.SetScrollOffset(p.cursor - line) }

// HeaderRows is how many rows the pane draws above its first item row:
// the border, the title and, with several columns, their titles.
func (p ListPane) HeaderRows() int {
	if len(p.columns) > 1 {
		return 3
	}
	return 2
}

// Scroll moves the view by n rows without moving past the ends.
func (p *ListPane) Scroll(n int) {
	p.cursor += n
	p.clamp()
}

// Update handles the pane's own keys; unfocused panes ignore them.
func (p ListPane) Update(msg tea.Msg) (ListPane, tea.Cmd) {
	k, ok := msg.(tea.KeyMsg)
	if !ok || !p.focused {
		return p, nil
	}
	if pos, ok := p.KeyMap.move(k, p.cursor, p.bodyHeight(), len(p.visible)); ok {
		p.cursor = pos
	} else if key.Matches(k, p.KeyMap.Toggle) || key.Matches(k, p.KeyMap.Enter) && p.onHeader() {
		p.toggleFold()
	}
	p.clamp()
	return p, nil
}

func (p ListPane) onHeader() bool {
	return p.cursor >= 0 && p.cursor < len(p.visible) && p.rows[p.visible[p.cursor]].header
}

// toggleFold folds or unfolds the group under the cursor.
func (p *ListPane) toggleFold() {
	if p.cursor < 0 || p.cursor >= len(p.visible) {
		return
	}
	r := p.rows[p.visible[p.cursor]]
	if !r.header {
		// fold the group the item belongs to, keeping the cursor on its header
		for i := p.cursor; i >= 0; i-- {
			if h := p.rows[p.visible[i]]; h.header && strings.HasPrefix(r.group, h.group) {
				r = h
				p.cursor = i
				break
			}
		}
	}
	p.folded[r.group] = !p.folded[r.group]
	header := p.visible[p.cursor]
	p.refilter()
	for i, v := range p.visible {
		if v == header {
			p.cursor = i
		}
	}
	p.clamp()
}

// selectFirstItem puts the cursor on the first item row, past headers.
func (p *ListPane) selectFirstItem() {
	for i, v := range p.visible {
		if !p.rows[v].header {
			p.cursor = i
			p.clamp()
			return
		}
	}
}

// clone copies the pane deeply: filtering reuses its slices in place.
func (p ListPane) clone() ListPane {
	p.visible = append([]int(nil), p.visible...)
	p.folded = maps.Clone(p.folded)
	return p
}
