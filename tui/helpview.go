package tui

import (
	"strings"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/viewport"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
)

// HelpView is the "?" overlay: every key, its groups side by side as far
// as the width allows, in a viewport that scrolls when the window is too
// small to show them all.
type HelpView struct {
	// KeyMap is the keys the view answers and shows as help.
	KeyMap HelpKeyMap
	help   help.Model
	styles Styles
	vp     viewport.Model
	lines  []string
	width  int // the whole overlay, frame included
	height int
	// groups are the keys shown, in columns (ShowKeys)
	groups [][]key.Binding
}

// helpNote ends the help: what the mouse does.
const helpNote = "mouse: click focuses, wheel scrolls, m gives selection back to the terminal"

func newHelpView(keys HelpKeyMap) HelpView {
	vp := viewport.New(0, 0)
	vp.KeyMap = keys.viewport()
	vp.MouseWheelEnabled = true
	return HelpView{KeyMap: keys, help: help.New(), vp: vp}
}

// SetStyles gives the help the dashboard's styles.
func (h *HelpView) SetStyles(s Styles, hs help.Styles) {
	h.styles, h.help.Styles = s, hs
	h.layout()
}

// SetSize sets the room the overlay may take, frame included.
func (h *HelpView) SetSize(w, ht int) {
	h.width, h.height = w, ht
	h.layout()
}

// ShowKeys sets the keys the help lists, a column per group (the root
// puts the focused pane's first).
func (h *HelpView) ShowKeys(groups [][]key.Binding) {
	h.groups = groups
	h.layout()
}

// GotoTop scrolls back to the first key.
func (h *HelpView) GotoTop() { h.vp.GotoTop() }

// innerWidth is the width of the text inside the frame's border and padding.
func (h HelpView) innerWidth() int { return max(h.width-4, 1) }

// layout lays the keys out for the width and fits the viewport to them:
// as tall as they are, or as the window allows, less the title and the
// hint line.
func (h *HelpView) layout() {
	h.lines = strings.Split(h.content(h.innerWidth()), "\n")
	h.vp.Width = h.innerWidth()
	h.vp.Height = max(min(len(h.lines), h.height-4), 1)
	h.vp.SetContent(strings.Join(h.lines, "\n"))
	h.vp.SetYOffset(h.vp.YOffset)
}

// content places the key groups in as many columns as fit in w cells,
// then the note on the mouse.
func (h HelpView) content(w int) string {
	hm := h.help
	hm.Width = 0
	cols := make([]string, len(h.groups))
	for i, g := range h.groups {
		cols[i] = hm.FullHelpView([][]key.Binding{g})
	}
	sep := "    "
	var rows []string
	for n := len(cols); n >= 1; n-- {
		rows = rows[:0]
		fits := true
		for i := 0; i < len(cols); i += n {
			parts := []string{}
			for j, c := range cols[i:min(i+n, len(cols))] {
				if j > 0 {
					parts = append(parts, sep)
				}
				parts = append(parts, c)
			}
			row := lipgloss.JoinHorizontal(lipgloss.Top, parts...)
			fits = fits && lipgloss.Width(row) <= w
			rows = append(rows, row)
		}
		if fits {
			break
		}
	}
	note := h.styles.Faint.Render(ansi.Wordwrap(helpNote, w, ""))
	return strings.Join(rows, "\n\n") + "\n\n" + note
}

// Update scrolls: up, down, page up and down, top and bottom, the wheel.
func (h HelpView) Update(msg tea.Msg) (HelpView, tea.Cmd) {
	if k, ok := msg.(tea.KeyMsg); ok {
		switch {
		case key.Matches(k, h.KeyMap.Top):
			h.vp.GotoTop()
			return h, nil
		case key.Matches(k, h.KeyMap.Bottom):
			h.vp.GotoBottom()
			return h, nil
		}
	}
	var cmd tea.Cmd
	h.vp.KeyMap = h.KeyMap.viewport() // the viewport scrolls on our map's keys
	h.vp, cmd = h.vp.Update(msg)
	return h, cmd
}

// View draws the framed overlay: the title, the visible keys and a line
// saying whether there is more and how to close.
func (h HelpView) View() string {
	s := h.styles
	inner := 0
	for _, l := range h.lines {
		inner = max(inner, ansi.StringWidth(l))
	}
	inner = min(inner, h.innerWidth())
	end := min(h.vp.YOffset+h.vp.Height, len(h.lines))
	rows := []string{fit(s.Title.Render("Keys"), inner)}
	for _, l := range h.lines[min(h.vp.YOffset, end):end] {
		rows = append(rows, fit(l, inner))
	}
	for len(rows) < h.vp.Height+1 {
		rows = append(rows, fit("", inner))
	}
	rows = append(rows, fit(s.Faint.Render(h.hint(inner)), inner))
	return s.Overlay.Width(inner + 2).Render(strings.Join(rows, "\n"))
}

// hint says how to close and, when the keys do not all fit, where the
// view is and that there is more.
func (h HelpView) hint(w int) string {
	closes := "? or esc closes"
	if len(h.lines) <= h.vp.Height {
		return closes
	}
	var more []string
	if !h.vp.AtTop() {
		more = append(more, "↑")
	}
	if !h.vp.AtBottom() {
		more = append(more, "↓ more")
	}
	more = append(more, itoa(int(h.vp.ScrollPercent()*100+0.5))+"%")
	where := strings.Join(more, " ")
	if long := where + " · j/k scroll · " + closes; ansi.StringWidth(long) <= w {
		return long
	}
	return where + " · " + closes
}
