package tui

import (
	"strconv"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
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
	rows    []row
	visible []int // indexes into rows, after filter and folds
	matched int   // items that pass the filter, folded or not
	shown   []int // per header row: its items that pass the filter
	folded  map[string]bool
	filter  string
	cursor  int // index into visible
	offset  int
	focused bool
	width   int
	height  int
	keys    KeyMap
}

func newListPane(kind paneKind, keys KeyMap) ListPane {
	return ListPane{kind: kind, keys: keys, folded: map[string]bool{}}
}

// SetRows replaces the rows, keeping the selected item when it remains.
func (p *ListPane) SetRows(columns []column, rows []row) {
	keep := p.SelectedItem()
	p.columns, p.rows = columns, rows
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
	if pos, ok := p.keys.move(k, p.cursor, p.bodyHeight(), len(p.visible)); ok {
		p.cursor = pos
	} else if key.Matches(k, p.keys.Toggle) || key.Matches(k, p.keys.Enter) && p.onHeader() {
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

// View draws the pane at its size.
func (p ListPane) View(s Styles) string {
	inner := max(p.width-2, 1)
	var b strings.Builder
	title := p.kind.String()
	meta := strconv.Itoa(p.matched)
	if p.filter != "" {
		meta += " matching"
	}
	titleStyle := s.PaneTitle
	if p.focused {
		titleStyle = s.PaneTitleFocused
	}
	b.WriteString(fit(titleStyle.Render(title)+" "+s.Faint.Render(meta), inner))
	h := p.bodyHeight()
	widths := p.columnWidths(inner - 2)
	if len(p.columns) > 1 {
		var titles []string
		for i, c := range p.columns {
			if widths[i] >= 0 {
				titles = append(titles, pad(ansi.Truncate(c.title, widths[i], "…"), widths[i]))
			}
		}
		b.WriteByte('\n')
		b.WriteString(fit(s.Faint.Render("  "+strings.Join(titles, " ")), inner))
	}
	for i := 0; i < h; i++ {
		b.WriteByte('\n')
		idx := p.offset + i
		if idx >= len(p.visible) {
			if i == 0 && len(p.visible) == 0 {
				b.WriteString(fit(s.Faint.Render(emptyText(p.kind, p.filter)), inner))
			}
			continue
		}
		b.WriteString(p.renderRow(s, p.visible[idx], widths, inner, idx == p.cursor))
	}
	if p.filter != "" {
		b.WriteByte('\n')
		b.WriteString(fit(s.FilterPrompt.Render("/")+s.FilterText.Render(p.filter), inner))
	}
	style := s.Pane
	if p.focused {
		style = s.PaneFocused
	}
	return style.Render(b.String())
}

func emptyText(kind paneKind, filter string) string {
	if filter != "" {
		return "no match for “" + filter + "”"
	}
	switch kind {
	case paneActors:
		return "no actors found"
	case paneAssets:
		return "no assets found"
	case paneQuestions:
		return "no open questions found"
	}
	return ""
}

// columnWidths shares the width among columns, one cell between each:
// fixed ones first, the rest to flexible ones; columns that do not fit
// are dropped from the right; on wide panes growing columns widen.
func (p ListPane) columnWidths(total int) []int {
	widths := make([]int, len(p.columns))
	flex, used, shown := 0, 0, 0
	for _, c := range p.columns {
		if c.width == 0 {
			flex++
		}
	}
	for i, c := range p.columns {
		if c.width == 0 {
			continue
		}
		if used+c.width+1 > total-12*max(flex, 1) && i > 0 {
			widths[i] = -1 // dropped
			continue
		}
		widths[i] = c.width
		used += c.width + 1
		shown++
	}
	if flex == 0 {
		return widths
	}
	room := total - used - (flex - 1)
	share := max(room/flex, 4)
	const roomy = 44
	if share > roomy {
		var growing []int
		for i, c := range p.columns {
			if c.grow && widths[i] > 0 {
				growing = append(growing, i)
			}
		}
		if len(growing) > 0 {
			spare := (share - roomy) * flex
			each := min(spare/len(growing), 14)
			for _, i := range growing {
				widths[i] += each
				room -= each
			}
			share = max(room/flex, 4)
		}
	}
	extra := room - share*flex
	for i, c := range p.columns {
		if c.width == 0 {
			widths[i] = share
			if extra > 0 {
				widths[i] += extra
				extra = 0
			}
		}
	}
	return widths
}

func (p ListPane) renderRow(s Styles, ri int, widths []int, inner int, selected bool) string {
	r := p.rows[ri]
	var line string
	if r.header {
		// under a filter a group shows how many of its items match, and
		// is open whatever its fold
		arrow, count := "▾ ", r.count
		if p.filter != "" {
			count = p.shown[ri]
		} else if p.folded[r.group] {
			arrow = "▸ "
		}
		text := strings.Repeat("  ", r.depth) + arrow + r.cells[0]
		line = s.GroupHeader.Render(ansi.Truncate(text, inner-8, "…")) + s.Faint.Render(" "+strconv.Itoa(count))
		line = fit(line, inner)
	} else {
		var cells []string
		for i, c := range r.cells {
			if i >= len(widths) || widths[i] < 0 {
				continue
			}
			cells = append(cells, pad(ansi.Truncate(c, widths[i], "…"), widths[i]))
		}
		gutter := "  "
		if r.mark != "" {
			gutter = r.mark
		}
		line = fit(gutter+strings.Join(cells, " "), inner)
		if !selected {
			line = s.Row.Render(line)
		}
	}
	if selected {
		if p.focused {
			return s.RowSelected.Render(stripStyles(line, inner))
		}
		return s.RowCursor.Render(stripStyles(line, inner))
	}
	return line
}

// stripStyles removes styling so the selection colour spans the line.
func stripStyles(line string, width int) string {
	return pad(ansi.Strip(line), width)
}

// fit truncates or pads a styled line to exactly width cells.
func fit(s string, width int) string {
	if width <= 0 {
		return ""
	}
	w := ansi.StringWidth(s)
	if w > width {
		return ansi.Truncate(s, width, "…")
	}
	return s + strings.Repeat(" ", width-w)
}

// pad pads plain text to width cells.
func pad(s string, width int) string {
	if w := ansi.StringWidth(s); w < width {
		return s + strings.Repeat(" ", width-w)
	}
	return s
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
