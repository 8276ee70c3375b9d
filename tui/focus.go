package tui

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
)

// paneKeys asks the focused pane for its keys: the footer and "?" show
// them first.
func (m Model) paneKeys() []key.Binding {
	if m.overlay == detailOverlay {
		return m.detail.KeyMap.ShortHelp() // the details have the keys now
	}
	if m.focus == paneSource {
		return m.source.KeyMap.ShortHelp()
	}
	return m.lists[m.focus].KeyMap.ShortHelp()
}

func (m *Model) setFocus(k paneKind) {
	m.focus = k
	for i := range m.lists {
		m.lists[i].Blur()
	}
	m.source.Blur()
	if k == paneSource {
		m.source.Focus()
	} else {
		m.lists[k].Focus()
		m.active = k
	}
	if m.layout.mode != layoutWide {
		m.resize() // pane sizes follow the focus in these layouts
	}
}

// focusKey moves the focus for tab, shift+tab and 1–4; it reports
// whether k was one of them.
func (m *Model) focusKey(k tea.KeyMsg) bool {
	var next paneKind
	switch {
	case key.Matches(k, m.keys.NextPane):
		next = (m.focus + 1) % 4
	case key.Matches(k, m.keys.PrevPane):
		next = (m.focus + 3) % 4
	case key.Matches(k, m.keys.Actors):
		next = paneActors
	case key.Matches(k, m.keys.Assets):
		next = paneAssets
	case key.Matches(k, m.keys.Questions):
		next = paneQuestions
	case key.Matches(k, m.keys.Source):
		next = paneSource
	default:
		return false
	}
	m.setFocus(next)
	if next != paneSource {
		m.syncSource(true) // a list that takes the focus shows its selection
	}
	return true
}
