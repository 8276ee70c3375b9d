package tui

import (
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"
)

// newFilterInput is the "/" line: it filters the focused list, or
// searches the text in Source.
func newFilterInput() textinput.Model {
	in := textinput.New()
	in.Prompt = "/"
	in.Placeholder = "filter"
	return in
}

// styleFilter gives the filter line the dashboard's styles.
func (m *Model) styleFilter() {
	s := m.styles
	m.input.PromptStyle = s.FilterPrompt
	m.input.TextStyle = s.FilterText
	m.input.PlaceholderStyle = s.FilterPlaceholder
	m.input.CompletionStyle = s.Faint
	m.input.Cursor.Style = s.RowSelected
	m.input.Cursor.TextStyle = s.FilterText
}

// startFilter opens the filter line on the focused pane's filter.
func (m *Model) startFilter() tea.Cmd {
	m.filtering = true
	// Source finds words in the text; the lists keep the rows that match
	m.input.Placeholder = "filter"
	if m.focus == paneSource {
		m.input.Placeholder = "find in text"
	}
	m.input.SetValue(m.currentFilter())
	m.input.CursorEnd()
	return m.input.Focus()
}

// updateFilter: esc clears the filter, enter keeps it, the rest edits
// it and applies it as typed.
func (m Model) updateFilter(k tea.KeyMsg) (tea.Model, tea.Cmd) {
	switch k.Type {
	case tea.KeyEsc:
		m.filtering = false
		m.input.Blur()
		m.clearFilter()
		return m, nil
	case tea.KeyEnter:
		m.filtering = false
		m.input.Blur()
		return m, nil
	}
	var cmd tea.Cmd
	m.input, cmd = m.input.Update(k)
	m.applyFilter(m.input.Value())
	return m, cmd
}

func (m *Model) currentFilter() string {
	if m.focus == paneSource {
		return m.follow.search
	}
	return m.lists[m.focus].Filter()
}

// applyFilter filters the focused list, or searches the source text.
func (m *Model) applyFilter(f string) {
	if m.focus == paneSource {
		m.follow.search = f
	} else {
		m.lists[m.focus].SetFilter(f)
	}
	m.follow.mention = 0
	m.syncSource(true)
}

func (m *Model) clearFilter() {
	if m.currentFilter() != "" {
		m.applyFilter("")
	}
}

// findCount says where the search in Source stands: "match 2/14", "no
// match"; "" while nothing is searched.
func (m Model) findCount() string {
	if m.focus != paneSource || m.follow.search == "" {
		return ""
	}
	n := len(m.marks())
	if n == 0 {
		return "no match"
	}
	return "match " + itoa((m.follow.mention%n+n)%n+1) + "/" + itoa(n)
}
