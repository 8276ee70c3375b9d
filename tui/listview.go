package tui

import (
	"strconv"
	"strings"

	"github.com/charmbracelet/x/ansi"
)

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
// fixed ones first, the rest to flexible ones; columns no item fills and
// columns that do not fit are dropped; on wide panes growing columns
// widen.
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
		if i < len(p.empty) && p.empty[i] {
			widths[i] = -1 // nothing to show in it
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
