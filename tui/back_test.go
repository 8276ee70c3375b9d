package tui

import (
	"slices"
	"testing"
)

// toLink moves the detail's cursor down to the first link to an item of
// a kind, other than the item shown, and outside the document shown when
// outside is set; ok is false when there is none.
func toLink(t *testing.T, m Model, kind paneKind, outside bool) (Model, target, bool) {
	t.Helper()
	for i := 0; i <= len(m.detail.lines); i++ {
		if c := m.detail.cursor; c >= 0 {
			if to := m.detail.lines[c].target; to != nil && to.kind == kind &&
				(to.kind != m.detail.of.kind || to.item != m.detail.of.item) &&
				(!outside || !slices.Contains(m.ix.items(kind, m.doc), to.item)) {
				return m, *to, true
			}
		}
		m, _ = press(t, m, "j")
	}
	return m, target{}, false
}

// follow presses enter on the detail's selected link and delivers the
// jump it asks for.
func follow(t *testing.T, m Model) Model {
	t.Helper()
	m, cmd := press(t, m, "enter")
	msg := runCmd(t, cmd)
	if _, ok := msg.(jumpedMsg); !ok {
		t.Fatalf("enter on a link sent %T, want jumpedMsg", msg)
	}
	m, _ = update(t, m, msg)
	return m
}

// stop is a place along a walk, as the user saw it.
type stop struct {
	screen string
	focus  paneKind
	item   int // selected in the focused pane
	doc    int
	of     target
	cursor int
	ov     overlay
}

func stopOf(m Model) stop {
	s := stop{screen: screen(m), focus: m.focus, doc: m.doc, of: m.detail.of, cursor: m.detail.cursor, ov: m.overlay}
	if m.focus != paneSource {
		s.item = m.lists[m.focus].SelectedItem()
	}
	return s
}

// TestBackStack (issue 13 item 5): esc walks back along the path taken —
// linked details, then the question's details, then the Questions pane
// with the same question selected — not to the pane of the last link.
// It starts in the first document, so a link that leaves it must not
// leave the panes in all documents either.
func TestBackStack(t *testing.T) {
	b := fixtures(t)
	// from a question, a link to an actor; from the actor, a link to a
	// question (the walk of two links)
	// (the last link leaving the document, when outside is set)
	tests := []struct {
		name    string
		path    []paneKind
		outside bool
	}{
		{"one link", []paneKind{paneActors}, false},
		{"two links", []paneKind{paneActors, paneQuestions}, false},
		{"asset link", []paneKind{paneAssets}, false},
		{"two links, out of the document", []paneKind{paneActors, paneQuestions}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := newTestModel(t, b, 120, 40)
			m, _ = press(t, m, "3")
			if m.focus != paneQuestions {
				t.Fatalf("3 focused %v", m.focus)
			}
			// the first question of the document whose walk exists
			var stops []stop
			for tries := 0; ; tries++ {
				if tries > len(b.Questions) {
					t.Fatalf("no question in the first document starts a walk %v", tt.path)
				}
				if m.lists[paneQuestions].SelectedItem() >= 0 {
					stops = []stop{stopOf(m)}
					w, _ := press(t, m, "enter")
					ok := true
					for n, kind := range tt.path {
						stops = append(stops, stopOf(w))
						if w, _, ok = toLink(t, w, kind, tt.outside && n == len(tt.path)-1); !ok {
							break
						}
						stops[len(stops)-1] = stopOf(w) // the cursor on the link followed
						w = follow(t, w)
					}
					if ok {
						m = w
						break
					}
				}
				m, _ = press(t, m, "j")
			}
			if m.overlay != detailOverlay || m.detail.of.kind != tt.path[len(tt.path)-1] {
				t.Fatalf("after the walk: overlay %v of %+v", m.overlay, m.detail.of)
			}
			if tt.outside && m.doc != allDocs {
				t.Fatalf("the last link kept document %d, want all documents", m.doc)
			}
			for i := len(stops) - 1; i >= 0; i-- {
				m, _ = press(t, m, "esc")
				got, want := stopOf(m), stops[i]
				if got.ov != want.ov || got.focus != want.focus || got.item != want.item || got.doc != want.doc ||
					(want.ov == detailOverlay && (got.of != want.of || got.cursor != want.cursor)) {
					t.Errorf("esc %d: overlay %v focus %v item %d doc %d detail %+v cursor %d; want overlay %v focus %v item %d doc %d detail %+v cursor %d",
						len(stops)-i, got.ov, got.focus, got.item, got.doc, got.of, got.cursor,
						want.ov, want.focus, want.item, want.doc, want.of, want.cursor)
				}
				if got.screen != want.screen {
					t.Errorf("esc %d: screen differs from before\n got:\n%s\nwant:\n%s", len(stops)-i, got.screen, want.screen)
				}
			}
			if m.overlay != noOverlay || m.focus != paneQuestions || len(m.back) != 0 {
				t.Errorf("at the end: overlay %v focus %v back %d, want the Questions pane and no way back",
					m.overlay, m.focus, len(m.back))
			}
			// with nothing left, esc does what it always did: nothing to close
			m, _ = press(t, m, "esc")
			if m.overlay != noOverlay || m.focus != paneQuestions {
				t.Errorf("esc at the panes: overlay %v focus %v", m.overlay, m.focus)
			}
		})
	}
}

// TestBackStackEnds: leaving the details for the panes (a mention
// followed, a document chosen) ends the way back, so a later esc only
// does what it does in the panes; the document list opened from the
// panes closes back to them.
func TestBackStackEnds(t *testing.T) {
	b := fixtures(t)
	m := newTestModel(t, b, 120, 40)
	m = toActorWithMentions(t, m, 2)
	m, _ = press(t, m, "enter", "j")
	m = follow(t, m)
	if m.overlay != noOverlay || len(m.back) != 0 {
		t.Errorf("following a mention: overlay %v, %d places to go back to, want none", m.overlay, len(m.back))
	}

	m, _ = press(t, m, "3")
	before := stopOf(m)
	m, _ = press(t, m, "d", "j", "esc")
	if got := stopOf(m); got != before {
		t.Errorf("esc from the document list: %+v, want %+v", got, before)
	}
	m, cmd := press(t, m, "d", "j", "enter")
	m, _ = update(t, m, runCmd(t, cmd))
	if m.overlay != noOverlay || len(m.back) != 0 {
		t.Errorf("choosing a document: overlay %v, %d places to go back to, want none", m.overlay, len(m.back))
	}
}

// TestBackAfterResize: a place left at one window size comes back sized
// for the window as it is now.
func TestBackAfterResize(t *testing.T) {
	b := fixtures(t)
	m := newTestModel(t, b, 120, 40)
	keys := []string{"3"}
	m, _ = press(t, m, keys...)
	for i := 0; ; i++ {
		if q := m.lists[paneQuestions].SelectedItem(); q >= 0 && len(b.Questions[q].Actors) > 0 {
			if _, ok := m.ix.actorByID[b.Questions[q].Actors[0]]; ok {
				break
			}
		}
		if i > len(b.Questions) {
			t.Fatal("no question links an actor")
		}
		m, _ = press(t, m, "j")
		keys = append(keys, "j")
	}
	// the same panes drawn in the new size (a fresh model: resizing a
	// copy of m would rewrap Source in the array m shares)
	want := newTestModel(t, b, 120, 40)
	want, _ = press(t, want, keys...)
	want = resize(t, want, 70, 20)
	m, _ = press(t, m, "enter")
	m, _, ok := toLink(t, m, paneActors, false)
	if !ok {
		t.Fatal("the question's detail links no actor")
	}
	m = follow(t, m)
	m = resize(t, m, 70, 20)
	m, _ = press(t, m, "esc")
	checkFits(t, m.View(), 70, 20)
	m, _ = press(t, m, "esc")
	checkFits(t, m.View(), 70, 20)
	if m.overlay != noOverlay || m.focus != paneQuestions {
		t.Errorf("after two esc: overlay %v focus %v", m.overlay, m.focus)
	}
	if screen(m) != screen(want) {
		t.Errorf("back at the panes after a resize:\n%s\nwant:\n%s", screen(m), screen(want))
	}
}
