package tui

import (
	"context"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/briefing-tools/briefing/internal/marks"
	"github.com/briefing-tools/briefing/internal/store"
)

// MarksMsg carries events from the store to a dashboard: every event
// at start, then each new one, whoever made it.
type MarksMsg struct{ Events []store.Event }

// Marker records a mark; a store.Store is one. The caller owns it, so
// the dashboard never opens a database itself.
type Marker interface {
	Append(ctx context.Context, e store.Event) (store.Event, error)
}

// markSavedMsg reports the end of an append.
type markSavedMsg struct {
	what string
	err  error
}

// work is the analyst's work as this dashboard sees it: the derived
// marks, the identity marks are made under, the note editor.
type work struct {
	marker    Marker
	who       string
	keys      *marks.Index
	state     *store.State
	marks     *marks.Marks
	showWrong bool
	// pending holds values written but not yet heard back from the
	// store, so pressing s twice steps twice
	pending map[string]string

	order *saveOrder
}

func newWork(m *Model, opts Options) {
	if opts.Marker == nil {
		return
	}
	keys := opts.MarkKeys
	if keys == nil {
		keys = marks.NewIndex(m.ix.b)
	}
	m.work = work{marker: opts.Marker, who: opts.Who, keys: keys, state: store.NewState(), pending: map[string]string{}, order: newSaveOrder()}
	m.work.state.Apply(opts.Events...)
	m.work.marks = keys.Attach(m.work.state)
}

func (w *work) on() bool { return w.marker != nil }

// refOf is the store's name for a pane's item.
func refOf(kind paneKind, item int) marks.Ref {
	switch kind {
	case paneActors:
		return marks.Ref{Target: store.ActorTarget, Index: item}
	case paneAssets:
		return marks.Ref{Target: store.AssetTarget, Index: item}
	case paneQuestions:
		return marks.Ref{Target: store.QuestionTarget, Index: item}
	}
	return marks.Ref{Target: store.DocumentTarget, Index: item}
}

// shown drops the items flagged wrong unless w shows them.
func (m *Model) shown(kind paneKind, items []int) []int {
	if !m.work.on() || m.work.showWrong || kind == paneQuestions {
		return items
	}
	var out []int
	for _, i := range items {
		if it := m.work.marks.Of(refOf(kind, i)); it == nil || it.Flag.Value != "wrong" {
			out = append(out, i)
		}
	}
	return out
}

// withMarks puts each item's glyphs in the two cells before it (status
// or flag, then priority or a note sign) and its marks in the text the
// filter searches, so "/watching" finds what is watched.
func (m *Model) withMarks(kind paneKind) func([]column, []row) ([]column, []row) {
	return func(cols []column, rows []row) ([]column, []row) { return m.markRows(kind, cols, rows) }
}

func (m *Model) markRows(kind paneKind, cols []column, rows []row) ([]column, []row) {
	if !m.work.on() {
		return cols, rows
	}
	for i := range rows {
		if rows[i].header {
			continue
		}
		it := m.work.marks.Of(refOf(kind, rows[i].item))
		if it == nil {
			continue
		}
		rows[i].mark = glyphs(it)
		rows[i].key += " " + strings.ToLower(joinNonEmpty(" ", it.Status.Value, it.Priority.Value, it.Flag.Value))
	}
	return cols, rows
}

// glyphs is an item's two-cell mark, legible without colour.
func glyphs(it *store.ItemState) string {
	v := marks.Vocab()
	first := v.Status.Glyph(it.Status.Value)
	if first == "" {
		first = v.Flag.Glyph(it.Flag.Value)
	}
	second := v.Priority.Glyph(it.Priority.Value)
	if second == "" && len(it.Notes) > 0 {
		second = v.NoteGlyph
	}
	if first == "" {
		first = " "
	}
	if second == "" {
		second = " "
	}
	return first + second
}

// fillLists fills the list panes with the items of the current scope.
func (m *Model) fillLists() {
	m.lists[paneActors].SetRows(m.withMarks(paneActors)(actorRows(m.ix, m.shown(paneActors, m.scopeItems(paneActors)))))
	m.lists[paneAssets].SetRows(m.withMarks(paneAssets)(assetRows(m.ix, m.shown(paneAssets, m.scopeItems(paneAssets)))))
	m.lists[paneQuestions].SetRows(m.withMarks(paneQuestions)(questionRows(m.ix, m.scopeItems(paneQuestions))))
	if m.work.on() {
		counts, _ := m.docWork()
		notes := map[string]int{}
		for i, n := range counts {
			notes[m.ix.b.Documents[i].ID] = n
		}
		m.source.SetDocNotes(notes)
	}
}

// refreshWork redraws the marks where they show, the lists keeping
// their scroll: a mark from another session must not move the view.
func (m *Model) refreshWork() {
	if !m.work.on() {
		return
	}
	var offsets [3]int
	for i := range m.lists {
		offsets[i] = m.lists[i].ScrollOffset()
	}
	m.fillLists()
	for i := range m.lists {
		m.lists[i].SetScrollOffset(offsets[i])
	}
	if m.overlay == detailOverlay {
		offset, cursor := m.detail.Scroll()
		m.openDetail(m.detail.Of())
		m.detail.SetScroll(offset, cursor)
	}
}

// applyMarks takes in events from the store and redraws what they
// change, keeping selection, folds and overlays.
func (m *Model) applyMarks(events []store.Event) {
	if !m.work.on() {
		return
	}
	m.work.state.Apply(events...)
	for _, e := range events {
		delete(m.work.pending, e.Key+"\x00"+string(e.Field))
	}
	m.work.marks = m.work.keys.Attach(m.work.state)
	m.refreshWork()
}

// selectedRef is the item s, p and e act on: the detail's item, the
// selected row, or in Source the document shown.
func (m *Model) selectedRef() (marks.Ref, bool) {
	if m.overlay == detailOverlay {
		of := m.detail.Of()
		return refOf(of.kind, of.item), true
	}
	if m.focus == paneSource {
		if d := m.source.Document(); d != nil {
			return refOf(paneSource, m.ix.docPos[d.ID]), true
		}
		return marks.Ref{}, false
	}
	item := m.lists[m.focus].SelectedItem()
	return refOf(m.focus, item), item >= 0
}

// handleWorkKey handles s, p, e and w; ok is false for other keys.
func (m *Model) handleWorkKey(k tea.KeyMsg) (tea.Cmd, bool) {
	keys := m.keys
	if !key.Matches(k, keys.Status, keys.Priority, keys.Note, keys.ShowWrong) {
		return nil, false
	}
	if !m.work.on() {
		m.status = "marks are off: no store"
		return nil, true
	}
	if key.Matches(k, keys.ShowWrong) {
		m.work.showWrong = !m.work.showWrong
		m.refreshWork()
		m.syncSource(false)
		if m.work.showWrong {
			m.status = "showing items flagged wrong"
		} else {
			m.status = "hiding items flagged wrong"
		}
		return nil, true
	}
	ref, ok := m.selectedRef()
	if !ok {
		m.status = "select an item first"
		return nil, true
	}
	if key.Matches(k, keys.Note) {
		return m.openEditor(ref), true
	}
	field := store.FlagField
	switch {
	case key.Matches(k, keys.Priority) && ref.Target != store.QuestionTarget:
		m.status = "priority is for questions"
		return nil, true
	case key.Matches(k, keys.Priority):
		field = store.PriorityField
	case ref.Target == store.QuestionTarget:
		field = store.StatusField
	case ref.Target == store.DocumentTarget:
		m.status = "a document takes notes (e), not marks"
		return nil, true
	}
	current := ""
	if it := m.work.marks.Of(ref); it != nil {
		switch field {
		case store.StatusField:
			current = it.Status.Value
		case store.PriorityField:
			current = it.Priority.Value
		case store.FlagField:
			current = it.Flag.Value
		}
	}
	pendingKey := m.work.marks.KeyFor(ref) + "\x00" + string(field)
	if p, ok := m.work.pending[pendingKey]; ok {
		current = p
	}
	next := marks.Vocab().Field(field).Next(current)
	e, err := m.work.marks.Event(ref, field, next, m.work.who)
	if err != nil {
		m.status = err.Error()
		return nil, true
	}
	m.work.pending[pendingKey] = next
	return m.save(e, m.work.keys.ID(ref)+" "+string(field)+": "+next), true
}

// saveTimeout bounds one append, waiting for the store included: a
// busy store (many sessions marking at once) is slow, not lost.
const saveTimeout = time.Minute

// save appends an event in a command: the store is I/O. Commands run
// concurrently, so each takes a ticket here and appends in turn: two
// quick presses of s are stored in the order they were pressed.
func (m *Model) save(e store.Event, what string) tea.Cmd {
	marker, order := m.work.marker, m.work.order
	ticket := order.issue()
	m.status = "saving: " + what + "…"
	return func() tea.Msg {
		order.wait(ticket)
		defer order.done()
		ctx, cancel := context.WithTimeout(context.Background(), saveTimeout)
		defer cancel()
		_, err := marker.Append(ctx, e)
		return markSavedMsg{what: what, err: err}
	}
}

// MarksDigest is the number of store events this dashboard has applied
// and a summary of the state they derive (store.State.Digest), so that
// a test can check that every session converges on the same marks.
func (m Model) MarksDigest() (int, string) {
	if !m.work.on() {
		return 0, ""
	}
	return m.work.state.Count, m.work.state.Digest()
}
