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
			prio := m.footerPriority()
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

// TestHelpScrolls: when the window is too small for every key, the help
// says there is more and scrolls with j/k, pgdn and G until the last key
// shows; every key is reachable (issue 13 item 10).
func TestHelpScrolls(t *testing.T) {
	b := fixtures(t)
	// at the smallest size the note on the mouse alone fills the bottom
	for _, sz := range [][3]int{{40, 15, 1}, {minWidth, minHeight, 0}, {80, 24, 1}, {60, 20, 1}} {
		w, h, lastAtBottom := sz[0], sz[1], sz[2] == 1
		for _, scroll := range []string{"j", "down", "pgdown", "G"} {
			t.Run(itoa(w)+"x"+itoa(h)+" "+scroll, func(t *testing.T) {
				m := newTestModel(t, b, w, h)
				m, _ = press(t, m, "?")
				first := screen(m)
				if !strings.Contains(first, "↓ more") {
					t.Fatalf("help at %d×%d does not say there is more:\n%s", w, h, first)
				}
				seen := first
				for i := 0; i < 60 && !strings.Contains(screen(m), "100%"); i++ {
					m, _ = press(t, m, scroll)
					seen += screen(m)
					checkFits(t, m.View(), w, h)
				}
				if !strings.Contains(screen(m), "100%") || strings.Contains(screen(m), "↓ more") {
					t.Fatalf("%s never reached the bottom of the help:\n%s", scroll, screen(m))
				}
				last := m.keys.Quit.Help()
				if lastAtBottom && !helpShows(screen(m), last.Key, last.Desc) {
					t.Errorf("the last key %q %q is not shown at the bottom:\n%s", last.Key, last.Desc, screen(m))
				}
				if scroll == "j" {
					for _, col := range m.keys.FullHelp() {
						for _, k := range col {
							if !helpShows(seen, k.Help().Key, k.Help().Desc) {
								t.Errorf("help never showed %q %q", k.Help().Key, k.Help().Desc)
							}
						}
					}
				}
				m, _ = press(t, m, "k")
				if !strings.Contains(screen(m), "↓ more") {
					t.Errorf("k from the bottom: no ↓ more")
				}
				m, _ = press(t, m, "esc")
				if m.overlay != noOverlay {
					t.Errorf("esc left overlay %v", m.overlay)
				}
				// opened again, the help starts at the top
				m, _ = press(t, m, "?")
				if s := screen(m); !strings.Contains(s, "0%") {
					t.Errorf("help reopened away from the top:\n%s", s)
				}
			})
		}
	}
}

// helpShows reports whether a line of the help overlay (a framed line,
// not the footer) shows the key and its description.
func helpShows(screen, k, desc string) bool {
	for _, l := range strings.Split(screen, "\n") {
		if strings.HasPrefix(l, "│") || strings.Contains(l, "│ ") {
			if strings.Contains(l, k+" ") && strings.Contains(l, desc) {
				return true
			}
		}
	}
	return false
}
