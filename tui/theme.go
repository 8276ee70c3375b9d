package tui

import (
	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/lipgloss"
)

// applyTheme builds the styles for the current theme and gives every
// component, and the embedded bubbles, the same look.
func (m *Model) applyTheme(r *lipgloss.Renderer) {
	switch m.theme {
	case ThemeAuto, ThemeNone:
		r.SetHasDarkBackground(m.dark)
	}
	m.styles = NewStyles(r, DefaultTheme(), m.theme)
	s := m.styles
	m.help.Styles = help.Styles{
		ShortKey: s.Key, ShortDesc: s.KeyDesc, ShortSeparator: s.Faint, Ellipsis: s.Faint,
		FullKey: s.Key, FullDesc: s.KeyDesc, FullSeparator: s.Faint,
	}
	m.guide.SetStyles(s, m.help.Styles)
	m.styleFilter()
	m.note.SetStyles(s)
}

// cycleTheme steps to the next theme legible on the detected background;
// from a theme outside that list (one given on the command line) it
// starts again at the first.
func (m *Model) cycleTheme() {
	themes := legibleThemes(m.dark)
	next := themes[0]
	for i, t := range themes {
		if t == m.theme {
			next = themes[(i+1)%len(themes)]
			break
		}
	}
	m.theme = next
	m.applyTheme(m.styles.Renderer())
	m.status = "theme: " + string(m.theme)
}
