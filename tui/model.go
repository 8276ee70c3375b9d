// Package tui is the Briefing dashboard: actors, order of battle, open
// questions and the source text with its evidence highlighted. The same
// model serves a local terminal and every SSH session; all styles come
// from the renderer it is given.
package tui

import (
	"os"
	"strings"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"github.com/briefing-tools/briefing/internal/briefing"
	"github.com/briefing-tools/briefing/internal/fold"
	"github.com/briefing-tools/briefing/internal/marks"
	"github.com/briefing-tools/briefing/internal/store"
)

// overlay is what covers the panes, if anything.
type overlay int

const (
	noOverlay overlay = iota
	helpOverlay
	detailOverlay
	docsOverlay
	timelineOverlay
	noteOverlay
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

// Model is the root of the dashboard. It owns focus, layout and window
// size; the panes draw themselves.
type Model struct {
	ix     *index
	keys   KeyMap
	styles Styles
	theme  ThemeName
	dark   bool // the background the renderer detected, for "auto"
	help   help.Model
	guide  HelpView // the "?" overlay

	width, height int
	layout        layout

	focus  paneKind
	active paneKind // the list pane whose selection Source shows
	lists  [3]ListPane
	source SourcePane

	doc     int // document shown, or allDocs
	mention int // index of the current mention of the active item

	overlay overlay
	detail  DetailView
	docs    DocList
	back    []place // where esc returns to, the latest last

	timeline     TimelineView // T: the events of every document by date
	singleSource bool         // S: the lists show single-source items only

	filtering bool
	input     textinput.Model
	search    string // text searched in Source

	mouse  bool
	zoomed bool // z: the focused pane fills the body
	status string
	seq    int // of the last BriefingUpdatedMsg applied (watch.go)

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
		help: help.New(), mouse: opts.Mouse, source: newSourcePane(keys), doc: 0,
		guide: newHelpView(keys),
	}
	if len(b.Documents) == 0 {
		m.doc = allDocs
	}
	for k := paneActors; k <= paneQuestions; k++ {
		m.lists[k] = newListPane(k, keys)
	}
	m.input = textinput.New()
	m.input.Prompt = "/"
	m.input.Placeholder = "filter"
	newWork(&m, opts)
	m.applyTheme(r)
	m.loadScope()
	m.setFocus(paneActors)
	return m
}

// applyTheme builds the styles for the current theme and gives the
// embedded bubbles the same look.
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
	m.input.PromptStyle = s.FilterPrompt
	m.input.TextStyle = s.FilterText
	m.input.PlaceholderStyle = s.FilterPlaceholder
	m.input.CompletionStyle = s.Faint
	m.input.Cursor.Style = s.RowSelected
	m.input.Cursor.TextStyle = s.FilterText
	m.styleEditor()
}

// loadScope fills the list panes with the items of the current document.
func (m *Model) loadScope() {
	m.fillLists()
	if m.doc != allDocs && m.doc < len(m.ix.b.Documents) {
		m.source.SetDocument(&m.ix.b.Documents[m.doc])
	} else if m.source.Document() == nil && len(m.ix.b.Documents) > 0 {
		m.source.SetDocument(&m.ix.b.Documents[0])
	}
	m.mention = 0
	m.syncSource(true)
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

// Init starts nothing: the dashboard waits for the window size.
func (m Model) Init() tea.Cmd { return nil }

// Update handles a message: keys go to an open filter first, then to an
// overlay, then to global keys, then to the focused pane.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
		m.resize()
		return m, nil
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
		from := m.here()
		m.jump(msg.to)
		if m.overlay == detailOverlay {
			m.pushBack(from)
		} else {
			m.back = nil // back at the panes: the way there is done with
		}
		return m, nil
	case BriefingUpdatedMsg:
		m.replaceBriefing(msg)
		return m, nil
	case MarksMsg:
		m.applyMarks(msg.Events)
		return m, nil
	case markSavedMsg:
		if msg.err != nil {
			m.status = "not saved: " + msg.err.Error()
		} else {
			m.status = "saved: " + msg.what
		}
		return m, nil
	case docChosenMsg:
		m.overlay = noOverlay
		m.back = nil
		m.showDoc(msg.doc)
		return m, nil
	case evidenceChosenMsg:
		m.showEvidence(msg.span)
		return m, nil
	}
	return m, nil
}

func (m Model) handleKey(k tea.KeyMsg) (tea.Model, tea.Cmd) {
	if k.String() == "ctrl+c" {
		return m, tea.Quit
	}
	if m.overlay == noteOverlay {
		return m.handleNoteKey(k)
	}
	if m.filtering {
		return m.handleFilterKey(k)
	}
	if m.overlay == detailOverlay {
		if cmd, ok := m.handleWorkKey(k); ok {
			return m, cmd
		}
	}
	if m.overlay != noOverlay {
		if key.Matches(k, m.keys.Back) && m.overlay != helpOverlay && m.goBack() {
			return m, nil
		}
		if key.Matches(k, m.keys.Back) || (m.overlay == helpOverlay && key.Matches(k, m.keys.Help)) {
			m.overlay = noOverlay
			return m, nil
		}
		if key.Matches(k, m.keys.Quit) {
			return m, tea.Quit
		}
		var cmd tea.Cmd
		switch m.overlay {
		case helpOverlay:
			m.guide, cmd = m.guide.Update(k)
		case detailOverlay:
			m.detail, cmd = m.detail.Update(k)
		case docsOverlay:
			m.docs, cmd = m.docs.Update(k)
		case timelineOverlay:
			m.timeline, cmd = m.timeline.Update(k)
		}
		return m, cmd
	}
	m.status = ""
	if cmd, ok := m.handleWorkKey(k); ok {
		return m, cmd
	}
	switch {
	case key.Matches(k, m.keys.Quit):
		return m, tea.Quit
	case key.Matches(k, m.keys.Help):
		m.overlay = helpOverlay
		m.guide.GotoTop()
	case m.focusKey(k):
		// a list that takes the focus shows its selection in Source
	case key.Matches(k, m.keys.Filter):
		m.filtering = true
		m.input.SetValue(m.currentFilter())
		m.input.CursorEnd()
		return m, m.input.Focus()
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
		m.pushBack(m.here())
		m.docs = newDocList(m.ix, m.doc, m.keys)
		m.docs.notes, m.docs.extra = m.docWork()
		m.overlay = docsOverlay
		m.resize()
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
		m.mouse = !m.mouse
		if m.mouse {
			m.status = "mouse on: click to focus, wheel to scroll"
			return m, tea.EnableMouseCellMotion
		}
		m.status = "mouse off: select text with your terminal"
		return m, tea.DisableMouse
	case key.Matches(k, m.keys.Enter) && m.focus != paneSource && m.lists[m.focus].SelectedItem() >= 0:
		m.pushBack(m.here())
		m.openDetail(target{kind: m.focus, item: m.lists[m.focus].SelectedItem(), mention: m.mention})
	default:
		return m.updateFocused(k)
	}
	return m, nil
}

// updateFocused passes a key to the focused pane and follows a change of
// selection in Source.
func (m Model) updateFocused(k tea.KeyMsg) (tea.Model, tea.Cmd) {
	var cmd tea.Cmd
	if m.focus == paneSource {
		m.source, cmd = m.source.Update(k)
		return m, cmd
	}
	before := m.lists[m.focus].SelectedItem()
	m.lists[m.focus], cmd = m.lists[m.focus].Update(k)
	if m.lists[m.focus].SelectedItem() != before {
		m.mention = 0
		m.syncSource(true)
	}
	return m, cmd
}

func (m Model) handleFilterKey(k tea.KeyMsg) (tea.Model, tea.Cmd) {
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
		return m.search
	}
	return m.lists[m.focus].Filter()
}

// applyFilter filters the focused list, or searches the source text.
func (m *Model) applyFilter(f string) {
	if m.focus == paneSource {
		m.search = f
		m.mention = 0
		m.syncSource(true)
		return
	}
	m.lists[m.focus].SetFilter(f)
	m.mention = 0
	m.syncSource(true)
}

func (m *Model) clearFilter() {
	if m.currentFilter() != "" {
		m.applyFilter("")
	}
}

// stepDoc shows the next or previous document, wrapping around; from
// the all-documents view it starts at the first or the last.
func (m *Model) stepDoc(dir int) {
	n := len(m.ix.b.Documents)
	if n == 0 {
		return
	}
	doc := m.doc + dir
	switch {
	case m.doc == allDocs && dir > 0:
		doc = 0
	case m.doc == allDocs:
		doc = n - 1
	case doc >= n:
		doc = 0
	case doc < 0:
		doc = n - 1
	}
	m.showDoc(doc)
	m.status = "document " + itoa(doc+1) + "/" + itoa(n)
}

// showDoc switches to a document, or to all documents (allDocs).
func (m *Model) showDoc(doc int) {
	if len(m.ix.b.Documents) == 0 || doc < allDocs || doc >= len(m.ix.b.Documents) {
		return
	}
	m.doc = doc
	m.loadScope()
	m.resize()
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

func (m *Model) openDetail(t target) {
	m.detail = newDetailView(m.ix, t, m.keys, m.markLines(refOf(t.kind, t.item)))
	m.overlay = detailOverlay
	m.resize()
}

// jump selects an item in its pane, shows the chosen mention, and opens
// its detail.
func (m *Model) jump(t target) {
	if t.kind == paneSource {
		return
	}
	if !m.lists[t.kind].SelectItem(t.item) {
		// the item may be outside the current document or filter
		m.lists[t.kind].SetFilter("")
		if !m.lists[t.kind].SelectItem(t.item) {
			m.showDoc(allDocs)
			m.lists[t.kind].SelectItem(t.item)
		}
	}
	m.setFocus(t.kind)
	m.mention = t.mention
	m.syncSource(true)
	if t.kind == m.detail.of.kind && t.item == m.detail.of.item {
		m.overlay = noOverlay // a mention of the same item: show it in Source
		return
	}
	m.openDetail(t)
}

// marks returns the spans Source highlights: the search hits when
// searching, else the active item's mentions in scope.
func (m *Model) marks() []briefing.Span {
	if m.search != "" && m.source.Document() != nil {
		return findAll(m.source.Document(), m.source.LowerText(), m.search)
	}
	item := m.lists[m.active].SelectedItem()
	if item < 0 {
		return nil
	}
	spans := m.ix.spans(m.active, item)
	if m.doc == allDocs {
		return spans
	}
	var in []briefing.Span
	id := m.ix.b.Documents[m.doc].ID
	for _, s := range spans {
		if s.Doc == id {
			in = append(in, s)
		}
	}
	return in
}

// syncSource highlights the active item's mentions and, when scroll is
// set, brings the current one into view (switching documents in the
// all-documents view).
func (m *Model) syncSource(scroll bool) {
	spans := m.marks()
	if len(spans) == 0 {
		m.source.SetMarks(nil, briefing.Span{})
		return
	}
	m.mention = (m.mention%len(spans) + len(spans)) % len(spans)
	cur := spans[m.mention]
	if d, ok := m.ix.docPos[cur.Doc]; ok && (m.source.Document() == nil || m.source.Document().ID != cur.Doc) {
		m.source.SetDocument(&m.ix.b.Documents[d])
	}
	m.source.SetMarks(spans, cur)
	if scroll {
		m.source.ScrollTo(cur.Start)
	}
}

func (m *Model) stepMention(dir int) {
	spans := m.marks()
	if len(spans) == 0 {
		m.status = "no mention to step through"
		return
	}
	m.mention += dir
	m.syncSource(true)
	m.status = mentionStatus(m.mention, len(spans))
}

func mentionStatus(i, n int) string {
	i = (i%n + n) % n
	return "mention " + itoa(i+1) + "/" + itoa(n)
}

// findAll returns the case-insensitive occurrences of q in a document.
func findAll(doc *briefing.Document, lower, q string) []briefing.Span {
	q = fold.Lower(strings.TrimSpace(q))
	if q == "" {
		return nil
	}
	var out []briefing.Span
	for from := 0; len(out) < 10000; {
		i := strings.Index(lower[from:], q)
		if i < 0 {
			break
		}
		out = append(out, briefing.Span{Doc: doc.ID, Start: from + i, End: from + i + len(q)})
		from += i + len(q)
	}
	return out
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
		m.syncSource(true)
	}
	return true
}
