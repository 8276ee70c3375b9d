package tui

import (
	"fmt"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/briefing-tools/briefing/internal/briefing"
)

// TestTimelineOpensAndFits: T and 5 open the timeline over every
// layout; it lists events by date under month headings, names their
// documents by title, and never overflows the window.
func TestTimelineOpensAndFits(t *testing.T) {
	b := fixtures(t)
	if len(b.Timeline) == 0 {
		t.Fatal("the fixture briefing has no timeline")
	}
	for _, size := range [][2]int{{200, 60}, {120, 40}, {80, 24}, {40, 15}} {
		for _, k := range []string{"T", "5"} {
			t.Run(fmt.Sprintf("%dx%d_%s", size[0], size[1], k), func(t *testing.T) {
				m := newTestModel(t, b, size[0], size[1])
				m, _ = press(t, m, k)
				if m.overlay != timelineOverlay {
					t.Fatalf("%s opened %v, want the timeline", k, m.overlay)
				}
				lines := viewLines(m)
				if len(lines) != size[1] {
					t.Errorf("view has %d lines, want %d", len(lines), size[1])
				}
				for _, l := range lines {
					if w := ansi.StringWidth(l); w > size[0] {
						t.Errorf("line of %d cells in %d: %q", w, size[0], l)
					}
				}
				s := screen(m)
				if !strings.Contains(s, "Timeline") {
					t.Error("no Timeline title")
				}
				first := b.Timeline[0]
				if size[1] >= 24 && !strings.Contains(s, monthOf(first)) {
					t.Errorf("first month heading %q not shown:\n%s", monthOf(first), s)
				}
				if size[0] >= 120 && !strings.Contains(s, first.Document[:min(10, len(first.Document))]) {
					t.Errorf("first event's document %q not named:\n%s", first.Document, s)
				}
				if strings.Contains(s, " "+first.Evidence.Doc+" ") {
					t.Errorf("an internal document id (%s) is shown", first.Evidence.Doc)
				}
			})
		}
	}
}

// TestTimelineIsSortedAndWalks: the cursor walks events in date order,
// skipping month headings, to the last with G.
func TestTimelineIsSortedAndWalks(t *testing.T) {
	b := fixtures(t)
	m := newTestModel(t, b, 120, 40)
	m, _ = press(t, m, "T")
	if got := m.timeline.Selected(); got != 0 {
		t.Fatalf("cursor starts on event %d, want 0", got)
	}
	prev := -1
	for range len(b.Timeline) - 1 {
		m, _ = press(t, m, "j")
		got := m.timeline.Selected()
		if got != prev+2 && prev >= 0 || got < 0 {
			t.Fatalf("j went from event %d to %d", prev+1, got)
		}
		prev = got - 1
	}
	m, _ = press(t, m, "g")
	m, _ = press(t, m, "G")
	if got := m.timeline.Selected(); got != len(b.Timeline)-1 {
		t.Errorf("G selects event %d, want the last (%d)", got, len(b.Timeline)-1)
	}
	// dated events come first, in order of their first day
	last := ""
	for _, e := range b.Timeline {
		if e.Basis == briefing.Unresolved {
			continue
		}
		day := e.Date
		if i := strings.Index(day, "/"); i > 0 {
			day = day[:i]
		}
		if strings.Contains(day, "W") {
			continue // weeks sort by their Monday, written otherwise
		}
		if n := min(len(day), len(last), 7); last != "" && day[:n] < last[:n] {
			t.Errorf("event %s (%q) after %s", e.Date, e.Stated, last)
		}
		last = day
	}
}

// TestTimelineEnterShowsEvidence: enter shows the event's sentence in
// Source, in its document; esc returns to the timeline where it was.
func TestTimelineEnterShowsEvidence(t *testing.T) {
	b := fixtures(t)
	m := newTestModel(t, b, 200, 60)
	m, _ = press(t, m, "T", "j", "j")
	ev := b.Timeline[m.timeline.Selected()]
	m, cmd := press(t, m, "enter")
	msg := runCmd(t, cmd)
	chosen, ok := msg.(evidenceChosenMsg)
	if !ok || chosen.span != ev.Evidence {
		t.Fatalf("enter gave %#v, want the evidence %+v", msg, ev.Evidence)
	}
	m, _ = update(t, m, msg)
	if m.overlay != noOverlay || m.focus != paneSource {
		t.Fatalf("after enter: overlay %v focus %v, want Source", m.overlay, m.focus)
	}
	if d := m.source.Document(); d == nil || d.ID != ev.Evidence.Doc {
		t.Fatalf("Source shows %v, want document %s", d, ev.Evidence.Doc)
	}
	if !strings.Contains(screen(m), strings.Fields(ev.Text)[0]) {
		t.Errorf("the event's sentence is not on screen")
	}
	at := m.timeline.Selected()
	m, _ = press(t, m, "esc")
	if m.overlay != timelineOverlay || m.timeline.Selected() != at {
		t.Errorf("esc: overlay %v at event %d, want the timeline at %d", m.overlay, m.timeline.Selected(), at)
	}
	m, _ = press(t, m, "esc")
	if m.overlay != noOverlay {
		t.Errorf("second esc leaves overlay %v", m.overlay)
	}
}

// TestSingleSourceFilter: S keeps the items one source reports, and S
// again shows all.
func TestSingleSourceFilter(t *testing.T) {
	b := fixtures(t)
	m := newTestModel(t, b, 200, 60)
	m, _ = press(t, m, "a")
	all := [3]int{}
	for k := paneActors; k <= paneQuestions; k++ {
		all[k] = len(m.scopeItems(k))
	}
	m, _ = press(t, m, "S")
	if !m.singleSource || !strings.Contains(m.status, "single-source") {
		t.Fatalf("S: single %v, status %q", m.singleSource, m.status)
	}
	for k := paneActors; k <= paneQuestions; k++ {
		items := m.scopeItems(k)
		if len(items) == 0 || len(items) >= all[k] {
			t.Errorf("%v: %d single-source items of %d", k, len(items), all[k])
		}
		for _, i := range items {
			if n := m.ix.sourceCount(k, i); n > 1 {
				t.Errorf("%v item %d has %d sources, shown as single-source", k, i, n)
			}
		}
	}
	m, _ = press(t, m, "S")
	for k := paneActors; k <= paneQuestions; k++ {
		if n := len(m.scopeItems(k)); n != all[k] {
			t.Errorf("S again: %v has %d items, want %d", k, n, all[k])
		}
	}
}

// TestDetailShowsSources: an item several documents report says so in
// its details, naming the sources and citing documents by name.
func TestDetailShowsSources(t *testing.T) {
	b := fixtures(t)
	best := -1
	for i, a := range b.Assets {
		if a.Sources != nil && a.Sources.SourceCount >= 3 {
			best = i
			break
		}
	}
	if best < 0 {
		t.Fatal("no asset with three sources in the fixtures")
	}
	m := newTestModel(t, b, 200, 60)
	m, _ = press(t, m, "a", "2")
	if !m.lists[paneAssets].SelectItem(best) {
		t.Fatal("asset not in the list")
	}
	m, _ = press(t, m, "enter")
	var text []string
	for _, r := range m.detail.rows {
		text = append(text, r.text)
	}
	joined := strings.Join(text, "\n")
	s := b.Assets[best].Sources
	want := fmt.Sprintf("Reported by %d documents, %d sources: %s", s.DocumentCount, s.SourceCount, strings.Join(s.Distinct, ", "))
	if !strings.Contains(strings.Join(strings.Fields(joined), " "), want) {
		t.Errorf("details lack %q:\n%s", want, joined)
	}
	if !strings.Contains(joined, s.Documents[0].Name) {
		t.Errorf("details do not cite %q by name:\n%s", s.Documents[0].Name, joined)
	}
}
