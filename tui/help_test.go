package tui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// TestFooterKeepsHelp: a narrow footer drops the least important hints
// first; "? help" and "q quit" go last, and at the smallest window
// "? help" is still there (issue 13 item 10).
func TestFooterKeepsHelp(t *testing.T) {
	b := fixtures(t)
	for _, w := range []int{minWidth, 41, 45, 50, 60, 79, 80, 100, 119, 120, 200} {
		for _, keys := range [][]string{nil, {"t"}, {"n"}} {
			m := newTestModel(t, b, w, 15)
			m, _ = press(t, m, keys...)
			footer := ansi.Strip(m.footerView())
			if ansi.StringWidth(footer) > w {
				t.Errorf("%d cols after %v: footer %d cells wide", w, keys, ansi.StringWidth(footer))
			}
			if !strings.Contains(footer, "? help") || !strings.Contains(footer, "q quit") {
				t.Errorf("%d cols after %v: footer %q lacks ? help or q quit", w, keys, footer)
			}
			if !strings.Contains(screen(m), "? help") {
				t.Errorf("%d cols after %v: screen lacks ? help", w, keys)
			}
			// a hint is only dropped after every less important one
			prio := m.keys.footerPriority()
			for i := 1; i < len(prio); i++ {
				shown := strings.Contains(footer, prio[i].Help().Key+" "+prio[i].Help().Desc)
				before := strings.Contains(footer, prio[i-1].Help().Key+" "+prio[i-1].Help().Desc)
				if shown && !before {
					t.Errorf("%d cols: footer %q shows %q but dropped the more important %q", w, footer, prio[i].Help().Desc, prio[i-1].Help().Desc)
				}
			}
		}
	}
	// a status too long for the window is cut, not the help key
	m := newTestModel(t, b, minWidth, 15)
	m.status = strings.Repeat("a long message ", 10)
	if footer := ansi.Strip(m.footerView()); !strings.Contains(footer, "? help") {
		t.Errorf("long status: footer %q lacks ? help", footer)
	}
}
