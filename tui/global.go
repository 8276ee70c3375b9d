package tui

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
)

// globalKey handles the keys that mean the same whichever pane has the
// focus; ok is false for the others, which go to the focused pane.
func (m *Model) globalKey(k tea.KeyMsg) (cmd tea.Cmd, ok bool) {
	switch {
	case key.Matches(k, m.keys.Quit):
		return tea.Quit, true
	case key.Matches(k, m.keys.Help):
		m.openHelp()
	case m.focusKey(k):
	case key.Matches(k, m.keys.Filter):
		return m.startFilter(), true
	case key.Matches(k, m.keys.Back):
		if m.currentFilter() != "" || !m.backToTimeline() {
			m.clearFilter()
		}
	case key.Matches(k, m.keys.NextMention):
		m.stepMention(1)
	case key.Matches(k, m.keys.PrevMention):
		m.stepMention(-1)
	case key.Matches(k, m.keys.NextDoc):
		m.stepDoc(1)
	case key.Matches(k, m.keys.PrevDoc):
		m.stepDoc(-1)
	case key.Matches(k, m.keys.AllDocs):
		m.showDoc(allDocs)
	case key.Matches(k, m.keys.DocList):
		m.openDocList()
	case key.Matches(k, m.keys.Timeline):
		m.openTimeline()
	case key.Matches(k, m.keys.SingleSource):
		m.toggleSingleSource()
	case key.Matches(k, m.keys.Zoom):
		m.zoomed = !m.zoomed
		m.resize()
	case key.Matches(k, m.keys.Theme):
		m.cycleTheme()
	case key.Matches(k, m.keys.Mouse):
		return m.toggleMouse(), true
	default:
		return nil, false
	}
	return nil, true
}

// toggleMouse turns mouse capture on or off and says what that means.
func (m *Model) toggleMouse() tea.Cmd {
	m.mouse = !m.mouse
	if m.mouse {
		m.status = "mouse on: click to focus, wheel to scroll"
		return tea.EnableMouseCellMotion
	}
	m.status = "mouse off: select text with your terminal"
	return tea.DisableMouse
}
