package tui

import (
	"fmt"
	"strings"
	"testing"
)

// TestZoomFillsTheScreen: z gives the focused pane the whole body at any
// size, and z again restores the layout; at 80×24 one list has the
// height beside the source.
func TestZoomFillsTheScreen(t *testing.T) {
	b := fixtures(t)
	for _, size := range [][2]int{{200, 60}, {120, 40}, {80, 24}, {60, 20}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := newTestModel(t, b, size[0], size[1])
			before := m.layout.mode
			m, _ = press(t, m, "3", "z")
			r := m.layout.panes[paneQuestions]
			if !m.layout.shown[paneQuestions] || r.w != size[0] || r.h != m.layout.body.h {
				t.Fatalf("zoomed questions pane %+v, want the whole body %dx%d", r, size[0], m.layout.body.h)
			}
			for k := paneActors; k <= paneSource; k++ {
				if k != paneQuestions && m.layout.shown[k] {
					t.Errorf("zoomed: %v still shown", k)
				}
			}
			if lines := viewLines(m); len(lines) != size[1] {
				t.Errorf("zoomed view has %d lines, want %d", len(lines), size[1])
			}
			m, _ = press(t, m, "z")
			if m.layout.mode != before {
				t.Errorf("z again: layout %v, want %v back", m.layout.mode, before)
			}
		})
	}
	m := newTestModel(t, b, 80, 24)
	if m.layout.mode != layoutSplit || m.layout.panes[paneActors].h != m.layout.body.h {
		t.Errorf("80×24: layout %v with the actors %d rows high, want one list at the body's height %d", m.layout.mode, m.layout.panes[paneActors].h, m.layout.body.h)
	}
	m, _ = press(t, m, "?", "G")
	if !strings.Contains(screen(m), "zoom") {
		t.Errorf("help does not list the zoom key:\n%s", screen(m))
	}
}
