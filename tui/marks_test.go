package tui

import (
	"context"
	"strings"
	"sync"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/briefing-tools/briefing/internal/store"
)

// memMarker is a store in memory: it numbers and keeps what it is given.
type memMarker struct {
	mu     sync.Mutex
	events []store.Event
}

func (s *memMarker) Append(_ context.Context, e store.Event) (store.Event, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	e.ID = int64(len(s.events) + 1)
	e.At = time.Date(2026, 5, 1, 8, 0, 0, 0, time.UTC).Add(time.Duration(e.ID) * time.Minute)
	s.events = append(s.events, e)
	return e, nil
}

// since returns the events after the first n, as a store subscription
// would deliver them.
func (s *memMarker) since(n int) []store.Event {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]store.Event(nil), s.events[n:]...)
}

func newMarkingModel(t *testing.T, w, h int) (Model, *memMarker) {
	t.Helper()
	mem := &memMarker{}
	m := New(fixtures(t), Options{Renderer: newTestRenderer(), Marker: mem, Who: "ana"})
	return resize(t, m, w, h), mem
}

// save runs the append command of a key and delivers the store's
// events back, as the subscription does.
func save(t *testing.T, m Model, mem *memMarker, cmd tea.Cmd) Model {
	t.Helper()
	before := len(mem.since(0))
	msg := runCmd(t, cmd)
	if saved, ok := msg.(markSavedMsg); !ok || saved.err != nil {
		t.Fatalf("append gave %#v", msg)
	}
	m, _ = update(t, m, msg)
	m, _ = update(t, m, MarksMsg{Events: mem.since(before)})
	return m
}

func TestStatusKeyCyclesAQuestionsStatus(t *testing.T) {
	m, mem := newMarkingModel(t, 160, 48)
	m, _ = press(t, m, "3")
	item := m.lists[paneQuestions].SelectedItem()
	// two presses before the store answers still step twice
	m, first := press(t, m, "s")
	m, second := press(t, m, "s")
	m = save(t, m, mem, first)
	m = save(t, m, mem, second)
	events := mem.since(0)
	if len(events) != 2 || events[0].After != "open" || events[1].After != "watching" || events[1].Who != "ana" || events[0].Field != store.StatusField {
		t.Fatalf("events: %+v", events)
	}
	if !strings.Contains(m.status, "status: watching") {
		t.Errorf("status line %q", m.status)
	}
	row := selectedRow(m, paneQuestions)
	if row.item != item || row.mark != "@ " {
		t.Errorf("selected row mark %q on item %d, want \"@ \" on %d", row.mark, row.item, item)
	}
	// legible without colour: the glyph is on screen as text
	if !screenHasRow(screen(m), "@ "+firstWords(m.ix.b.Questions[item].Text, 3)) {
		t.Errorf("no glyph before the question on screen:\n%s", screen(m))
	}
	m, cmd := press(t, m, "p")
	m = save(t, m, mem, cmd)
	if row := selectedRow(m, paneQuestions); row.mark != "@!" {
		t.Errorf("after p, mark %q, want @!", row.mark)
	}
	// the filter finds marked items by their marks
	m, _ = press(t, m, "/")
	m = typeText(t, m, "watching")
	if m.lists[paneQuestions].matched != 1 {
		t.Errorf("/watching matches %d questions", m.lists[paneQuestions].matched)
	}
}

func TestFlaggedWrongIsHiddenUntilW(t *testing.T) {
	m, mem := newMarkingModel(t, 160, 48)
	m, _ = press(t, m, "2")
	item := m.lists[paneAssets].SelectedItem()
	count := m.lists[paneAssets].matched
	for _, want := range []string{"confirmed", "disputed", "wrong"} {
		var cmd tea.Cmd
		m, cmd = press(t, m, "s")
		m = save(t, m, mem, cmd)
		if got := mem.since(0); got[len(got)-1].After != want {
			t.Fatalf("flag %q, want %q", got[len(got)-1].After, want)
		}
	}
	if m.lists[paneAssets].matched != count-1 || m.lists[paneAssets].SelectItem(item) {
		t.Fatalf("an asset flagged wrong is still listed (%d of %d)", m.lists[paneAssets].matched, count)
	}
	m, _ = press(t, m, "w")
	if m.lists[paneAssets].matched != count || !m.lists[paneAssets].SelectItem(item) {
		t.Fatal("w does not show the wrong asset")
	}
	if row := selectedRow(m, paneAssets); row.mark != "x " {
		t.Errorf("wrong asset's mark %q", row.mark)
	}
	m, _ = press(t, m, "w")
	if m.lists[paneAssets].matched != count-1 {
		t.Error("w again does not hide it")
	}
}

func TestNoteEditorSavesAndCancels(t *testing.T) {
	m, mem := newMarkingModel(t, 120, 40)
	m, _ = press(t, m, "1")
	item := m.lists[paneActors].SelectedItem()
	m, _ = press(t, m, "e")
	if m.overlay != noteOverlay || !strings.Contains(screen(m), "ctrl+s save") {
		t.Fatalf("e opened %v:\n%s", m.overlay, screen(m))
	}
	m = typeText(t, m, "seen at the pier")
	m, _ = press(t, m, "esc")
	if m.overlay != noOverlay || len(mem.since(0)) != 0 {
		t.Fatalf("esc: overlay %v, %d events", m.overlay, len(mem.since(0)))
	}
	m, _ = press(t, m, "e")
	m = typeText(t, m, "line one")
	m, _ = press(t, m, "enter")
	m = typeText(t, m, "line two")
	// keys that mean something on the panes are text here
	m = typeText(t, m, " qs")
	m, cmd := update(t, m, tea.KeyMsg{Type: tea.KeyCtrlS})
	if m.overlay != noOverlay {
		t.Fatal("ctrl+s left the editor open")
	}
	m = save(t, m, mem, cmd)
	events := mem.since(0)
	if len(events) != 1 || events[0].Field != store.NoteField || events[0].After != "line one\nline two qs" {
		t.Fatalf("note events %+v", events)
	}
	if row := selectedRow(m, paneActors); row.item != item || row.mark != " *" {
		t.Errorf("noted actor's mark %q", row.mark)
	}
	// the detail view shows the note with who and when
	m, _ = press(t, m, "enter")
	s := screen(m)
	for _, want := range []string{"Notes (1)", "ana, 2026-05-01 08:01 UTC", "line one", "line two qs"} {
		if !strings.Contains(s, want) {
			t.Errorf("detail lacks %q:\n%s", want, s)
		}
	}
	// and s in the detail flags its item
	m, cmd = press(t, m, "s")
	m = save(t, m, mem, cmd)
	if !strings.Contains(screen(m), "Flagged") || !strings.Contains(screen(m), "confirmed — ana") {
		t.Errorf("detail does not show the new flag:\n%s", screen(m))
	}
}

func TestMarksFromAnotherSessionAppear(t *testing.T) {
	m, _ := newMarkingModel(t, 160, 48)
	other, mem := newMarkingModel(t, 160, 48)
	other, _ = press(t, other, "3")
	other, cmd := press(t, other, "s")
	_ = save(t, other, mem, cmd)
	// this session hears of it through the store alone
	m, _ = update(t, m, MarksMsg{Events: mem.since(0)})
	m, _ = press(t, m, "3")
	if row := selectedRow(m, paneQuestions); row.mark != "o " {
		t.Errorf("mark from the other session: %q", row.mark)
	}
	// an event heard twice (load and subscription overlap) counts once
	m, _ = update(t, m, MarksMsg{Events: mem.since(0)})
	if m.work.state.Count != 1 {
		t.Errorf("%d events applied, want 1", m.work.state.Count)
	}
}

func TestMarksOffWithoutAStore(t *testing.T) {
	m := newTestModel(t, fixtures(t), 120, 40)
	m, cmd := press(t, m, "s")
	if cmd != nil || !strings.Contains(m.status, "no store") {
		t.Errorf("s without a store: status %q", m.status)
	}
	if row := selectedRow(m, paneActors); row.mark != "" {
		t.Errorf("mark %q without a store", row.mark)
	}
}

func TestOrphanedMarksAreCounted(t *testing.T) {
	mem := &memMarker{}
	_, _ = mem.Append(context.Background(), store.Event{Who: "bo", Key: "asset:0000:gone", Target: store.AssetTarget, Field: store.FlagField, After: "wrong", Label: "Gone"})
	m := New(fixtures(t), Options{Renderer: newTestRenderer(), Marker: mem, Who: "ana", Events: mem.since(0)})
	m = resize(t, m, 160, 48)
	if !strings.Contains(screen(m), "1 orphaned mark") {
		t.Errorf("footer does not count the orphan:\n%s", screen(m))
	}
}

func selectedRow(m Model, k paneKind) row {
	p := m.lists[k]
	return p.rows[p.visible[p.cursor]]
}

func screenHasRow(s, prefix string) bool {
	for _, l := range strings.Split(s, "\n") {
		if strings.Contains(l, "│"+prefix) || strings.Contains(l, "┃"+prefix) {
			return true
		}
	}
	return false
}

func firstWords(s string, n int) string {
	f := strings.Fields(s)
	return strings.Join(f[:min(n, len(f))], " ")
}

func TestQuickPressesAreStoredInOrder(t *testing.T) {
	m, mem := newMarkingModel(t, 120, 40)
	m, _ = press(t, m, "3")
	var cmds []tea.Cmd
	for range 4 {
		var cmd tea.Cmd
		m, cmd = press(t, m, "s")
		cmds = append(cmds, cmd)
	}
	// run the commands as bubbletea would: each in its own goroutine,
	// the last started first
	var wg sync.WaitGroup
	for i := len(cmds) - 1; i >= 0; i-- {
		wg.Add(1)
		go func() {
			defer wg.Done()
			cmds[i]()
		}()
		time.Sleep(5 * time.Millisecond)
	}
	wg.Wait()
	var got []string
	for _, e := range mem.since(0) {
		got = append(got, e.After)
	}
	if strings.Join(got, " ") != "open watching answered dismissed" {
		t.Errorf("stored in the order %v", got)
	}
}

func TestDocumentListShowsNotesAndOrphans(t *testing.T) {
	mem := &memMarker{}
	_, _ = mem.Append(context.Background(), store.Event{Who: "bo", Key: "asset:0000:gone", Target: store.AssetTarget, Field: store.FlagField, After: "wrong", Label: "Gone ship"})
	m := New(fixtures(t), Options{Renderer: newTestRenderer(), Marker: mem, Who: "ana", Events: mem.since(0)})
	m = resize(t, m, 160, 48)
	m, _ = press(t, m, "4", "e")
	m = typeText(t, m, "read twice")
	m, cmd := update(t, m, tea.KeyMsg{Type: tea.KeyCtrlS})
	m = save(t, m, mem, cmd)
	if !strings.Contains(screen(m), "Source [* 1 note] Baltic") {
		t.Errorf("Source does not say the document has a note:\n%s", screen(m))
	}
	m, _ = press(t, m, "d")
	s := screen(m)
	m, _ = press(t, m, "G")
	s += screen(m)
	for _, want := range []string{"1.   [* 1 note] Baltic", "Notes on documents (1)", "1. Baltic Sea: cable damage in the Gulf of Finland and the Baltic Sentry response · ana, 2026-05-01 08:", "Orphaned marks (1)", "asset “Gone ship”: wrong"} {
		if !strings.Contains(s, want) {
			t.Errorf("document list lacks %q:\n%s", want, s)
		}
	}
}

// TestMarksSurviveGoingBack: a mark that arrives while the detail view
// is open shows in the list esc returns to.
func TestMarksSurviveGoingBack(t *testing.T) {
	m, mem := newMarkingModel(t, 160, 48)
	m, _ = press(t, m, "3", "enter")
	m, cmd := press(t, m, "s")
	m = save(t, m, mem, cmd)
	m, _ = press(t, m, "esc")
	if m.overlay != noOverlay {
		t.Fatalf("esc left overlay %v", m.overlay)
	}
	if row := selectedRow(m, paneQuestions); row.mark != "o " {
		t.Errorf("after esc the list shows mark %q, want \"o \"", row.mark)
	}
}

// TestMarkFromElsewhereKeepsTheScroll: another session's mark does not
// move the list the user is reading.
func TestMarkFromElsewhereKeepsTheScroll(t *testing.T) {
	m, mem := newMarkingModel(t, 160, 48)
	m, _ = press(t, m, "a", "1")
	for range 30 {
		m, _ = press(t, m, "j")
	}
	m, _ = press(t, m, "k", "k", "k", "k", "k")
	offset, cursor := m.lists[paneActors].offset, m.lists[paneActors].cursor
	_, _ = mem.Append(context.Background(), store.Event{Who: "bo", Key: m.work.marks.KeyFor(refOf(paneQuestions, 0)), Target: store.QuestionTarget, Field: store.StatusField, After: "open"})
	m, _ = update(t, m, MarksMsg{Events: mem.since(0)})
	if m.lists[paneActors].offset != offset || m.lists[paneActors].cursor != cursor {
		t.Errorf("offset %d cursor %d, was %d %d", m.lists[paneActors].offset, m.lists[paneActors].cursor, offset, cursor)
	}
}

// TestNotesAreSanitised: a note is text from another person; escape
// sequences in it (a clipboard write, a colour) never reach the terminal.
func TestNotesAreSanitised(t *testing.T) {
	m, mem := newMarkingModel(t, 160, 48)
	m, _ = press(t, m, "3")
	key := m.work.marks.KeyFor(refOf(paneQuestions, m.lists[paneQuestions].SelectedItem()))
	_, _ = mem.Append(context.Background(), store.Event{Who: "mallory\x1b[2J", Key: key, Target: store.QuestionTarget, Field: store.NoteField,
		After: "harmless\x1b]52;c;ZXZpbA==\x07 \x1b[31mred\x1b[0m\u202eevil", Label: "x"})
	m, _ = update(t, m, MarksMsg{Events: mem.since(0)})
	m, _ = press(t, m, "enter")
	view := m.View()
	for _, bad := range []string{"]52;", "\x1b[2J", "\x1b[31m", "\u202e"} {
		if strings.Contains(view, bad) {
			t.Errorf("the detail view passes %q through", bad)
		}
	}
	if !strings.Contains(screen(m), "harmless") || !strings.Contains(screen(m), "mallory") {
		t.Errorf("the note is not shown:\n%s", screen(m))
	}
}
