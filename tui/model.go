// Package tui is the Briefing dashboard: actors, order of battle, open
// questions and the source text with its evidence highlighted. The same
// model serves a local terminal and every SSH session; all styles come
// from the renderer it is given.
package tui

import (
	"os"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"github.com/briefing-tools/briefing/internal/briefing"
	"github.com/briefing-tools/briefing/internal/marks"
	"github.com/briefing-tools/briefing/internal/store"
)

// Options configure a dashboard.
type Options struct {
	// Renderer draws every style; one per terminal or SSH session.
	Renderer *lipgloss.Renderer
	Theme    ThemeName
	// Mouse tells whether mouse capture starts on.
	Mouse bool

	// Marker records marks and notes (s, p, e); without one, marks
	// are off. Who is the identity marks are made under; Events are the
	// store's events so far, and MarksMsg brings the rest. MarkKeys, when
	// given, is the item keys of the briefing, shared between sessions.
	Marker   Marker
	Who      string
	Events   []store.Event
	MarkKeys *marks.Index
}

// Model is the root of the dashboard. It owns focus, layout, the overlay
// and the way back, and routes messages; the panes and overlays are
// components that update and draw themselves.
type Model struct {
	ix     *index
	keys   KeyMap
	styles Styles
	theme  ThemeName
	dark   bool // the background the renderer detected, for "auto"
	help   help.Model

	width, height int
	layout        layout
	zoomed        bool // z: the focused pane fills the body

	focus  paneKind
	active paneKind // the list pane whose selection Source shows
	lists  [3]ListPane
	source SourcePane

	doc          int      // document shown, or allDocs
	follow       follower // the mention or search hit Source shows
	singleSource bool     // S: the lists show single-source items only

	// the overlays (overlay.go); back: where esc returns (back.go)
	overlay  overlay
	guide    HelpView
	detail   DetailView
	docs     DocList
	timeline TimelineView
	note     NoteEditor
	back     []place

	filtering bool
	input     textinput.Model // the filter line (filter.go)

	mouse  bool
	status string
	clip   string // an OSC 52 clipboard write for the next frame (yank.go)
	seq    int    // of the last BriefingUpdatedMsg applied (watch.go)

	work work // the analyst's marks and notes (marks.go)
}

// New builds the dashboard for a briefing. The briefing is read, never
// changed, so one briefing can back many models.
func New(b *briefing.Briefing, opts Options) Model {
	r := opts.Renderer
	if r == nil {
		r = lipgloss.NewRenderer(os.Stdout)
	}
	if opts.Theme == "" {
		opts.Theme = ThemeAuto
	}
	keys := DefaultKeyMap()
	m := Model{
		ix: indexFor(b), keys: keys, theme: opts.Theme, dark: r.HasDarkBackground(),
		help: help.New(), mouse: opts.Mouse, source: newSourcePane(newSourceKeyMap(keys)),
		guide: newHelpView(newHelpKeyMap(keys)), note: newNoteEditor(), input: newFilterInput(),
	}
	if len(b.Documents) == 0 {
		m.doc = allDocs
	}
	newWork(&m, opts) // before the lists: their keys say whether marks are on
	for k := paneActors; k <= paneQuestions; k++ {
		m.lists[k] = newListPane(k, newListKeyMap(keys, k, m.work.on()))
	}
	m.applyTheme(r)
	m.loadScope()
	m.setFocus(paneActors)
	return m
}

// Init starts nothing: the dashboard waits for the window size.
func (m Model) Init() tea.Cmd { return nil }

// Update routes a message: the window size to the layout, keys by
// priority (handleKey), and the components' messages to what they ask.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	m.clip = "" // written with one frame only (see yank)
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
		m.resize()
	case tea.KeyMsg:
		// keys read together (fast typing, a slow link) arrive as one
		// message of several runes; each is a key of its own
		if msg.Type == tea.KeyRunes && len(msg.Runes) > 1 && !msg.Paste && !m.filtering {
			var cmds []tea.Cmd
			var model tea.Model = m
			for _, r := range msg.Runes {
				var cmd tea.Cmd
				model, cmd = model.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{r}, Alt: msg.Alt})
				cmds = append(cmds, cmd)
			}
			return model, tea.Batch(cmds...)
		}
		return m.handleKey(msg)
	case tea.MouseMsg:
		return m.handleMouse(msg)
	case jumpedMsg:
		m.followLink(msg.to)
	case docChosenMsg:
		m.overlay = noOverlay
		m.back = nil
		m.showDoc(msg.doc)
	case evidenceChosenMsg:
		m.showEvidence(msg.span)
	case BriefingUpdatedMsg:
		m.replaceBriefing(msg)
	case MarksMsg:
		m.applyMarks(msg.Events)
	case markSavedMsg:
		m.status = "saved: " + msg.what
		if msg.err != nil {
			m.status = "not saved: " + msg.err.Error()
		}
	}
	return m, nil
}

// handleKey gives a key to the first that takes it: the note editor,
// the filter line, an overlay, the global keys, the focused pane.
func (m Model) handleKey(k tea.KeyMsg) (tea.Model, tea.Cmd) {
	switch {
	case k.String() == "ctrl+c":
		return m, tea.Quit
	case m.overlay == noteOverlay:
		return m.updateNote(k)
	case m.filtering:
		return m.updateFilter(k)
	case m.overlay == detailOverlay && key.Matches(k, m.keys.Yank):
		m.yank()
		return m, nil
	case m.overlay != noOverlay:
		return m.updateOverlay(k)
	}
	m.status = ""
	if key.Matches(k, m.keys.Yank) {
		m.yank()
		return m, nil
	}
	if cmd, ok := m.handleWorkKey(k); ok {
		return m, cmd
	}
	if cmd, ok := m.globalKey(k); ok {
		return m, cmd
	}
	if m.focus != paneSource && key.Matches(k, m.lists[m.focus].KeyMap.Enter) && m.lists[m.focus].SelectedItem() >= 0 {
		m.pushBack(m.here())
		m.openDetail(target{kind: m.focus, item: m.lists[m.focus].SelectedItem(), mention: m.follow.mention})
		return m, nil
	}
	return m.updateFocused(k)
}

// updateFocused passes a key to the focused pane; a list whose selection
// changes shows the new one in Source.
func (m Model) updateFocused(k tea.KeyMsg) (tea.Model, tea.Cmd) {
	var cmd tea.Cmd
	if m.focus == paneSource {
		m.source, cmd = m.source.Update(k)
		return m, cmd
	}
	before := m.lists[m.focus].SelectedItem()
	m.lists[m.focus], cmd = m.lists[m.focus].Update(k)
	if m.lists[m.focus].SelectedItem() != before {
		m.follow.mention = 0
		m.syncSource(true)
	}
	return m, cmd
}
