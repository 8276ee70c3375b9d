package tui

import (
	"fmt"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"

	"github.com/briefing-tools/briefing/internal/tmuxtest"
)

// e2eTimeout bounds each wait of the end-to-end test.
const e2eTimeout = 10 * time.Second

// tmuxSession is the real binary in tmux, with the waits this test needs.
type tmuxSession struct {
	*tmuxtest.Session
	t *testing.T
}

// waitUntil waits until ok holds and returns that screen; it stops the
// test on a timeout.
func (s tmuxSession) waitUntil(what string, ok func(screen string) bool) string {
	s.t.Helper()
	return s.Wait(e2eTimeout, what, ok)
}

// waitFor waits until the screen shows substr.
func (s tmuxSession) waitFor(substr string) string {
	s.t.Helper()
	return s.waitUntil(fmt.Sprintf("%q", substr), func(screen string) bool { return strings.Contains(screen, substr) })
}

// waitGone waits until the screen no longer shows substr.
func (s tmuxSession) waitGone(substr string) string {
	s.t.Helper()
	return s.waitUntil(fmt.Sprintf("%q to go", substr), func(screen string) bool { return !strings.Contains(screen, substr) })
}

// waitFocus waits until the pane titled title is the one in a heavy border.
func (s tmuxSession) waitFocus(title string) string {
	s.t.Helper()
	return s.waitUntil("focus on "+title, func(screen string) bool {
		borders := titleBorders(strings.Split(screen, "\n"))
		if borders[title] != "┃" {
			return false
		}
		for other, b := range borders {
			if other != title && b == "┃" {
				return false
			}
		}
		return true
	})
}

// titleRow returns the index of the line holding a pane title, or -1.
func titleRow(screen, title string) int {
	for i, l := range strings.Split(screen, "\n") {
		if strings.Contains(l, "┃"+title+" ") || strings.Contains(l, "│"+title+" ") {
			return i
		}
	}
	return -1
}

// buildBriefing builds the binary the end-to-end tests run, and returns
// it and the module's root (their working directory).
func buildBriefing(t *testing.T) (bin, root string) {
	t.Helper()
	root, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	bin = filepath.Join(t.TempDir(), "briefing")
	build := exec.Command("go", "build", "-o", bin, "./cmd/briefing")
	build.Dir = root
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin, root
}

// TestEndToEndTmux runs the real binary on the fixtures in tmux and
// walks through focus, filter, detail, documents, resizes and quitting.
func TestEndToEndTmux(t *testing.T) {
	tmuxtest.Need(t, "tmux")
	bin, root := buildBriefing(t)

	command := fmt.Sprintf("%q %q; echo EXITED=$?; sleep 30", bin, filepath.Join(root, "fixtures"))
	s := tmuxSession{tmuxtest.Start(t, 160, 48, root, command), t}

	// all four panes, actors focused
	s.waitUntil("the four pane titles", func(screen string) bool {
		return len(titleBorders(strings.Split(screen, "\n"))) == 4
	})
	s.waitFocus("Actors")

	// tab moves focus; 1–4 jump
	s.Keys("Tab")
	s.waitFocus("Order of Battle")
	for _, step := range []struct{ key, title string }{
		{"1", "Actors"}, {"2", "Order of Battle"}, {"3", "Open Questions"}, {"4", "Source"}, {"1", "Actors"},
	} {
		s.Keys(step.key)
		s.waitFocus(step.title)
	}

	// filter the actors: the title counts the matches, enter keeps it
	s.Keys("/")
	s.waitFor("esc clear")
	s.Text("iran")
	s.waitFor("/iran")
	s.Keys("Enter")
	screen := s.waitGone("esc clear")
	if l := strings.Split(screen, "\n")[titleRow(screen, "Actors")]; !strings.Contains(l, "matching") {
		t.Errorf("kept filter not counted in the Actors title: %q", l)
	}
	s.Keys("Escape")
	s.waitGone("matching")

	// details of the selected actor, and back. A failure here is reported
	// and the walk goes on, so one broken step does not hide the others.
	s.Keys("Enter")
	if screen, ok := s.Poll(e2eTimeout, func(screen string) bool { return strings.Contains(screen, "Mentions (") }); ok {
		s.Keys("Escape")
		s.waitGone("Mentions (")
	} else {
		t.Errorf("enter after clearing the filter did not open the selected actor's details "+
			"(no \"Mentions (\"); is the cursor left on a group header? screen:\n%s", screen)
	}

	// next document
	s.Keys("]")
	s.waitFor("document 2/")

	// medium layout: two columns, nothing wider than the window
	s.Resize(100, 30)
	screen = s.waitUntil("the medium layout", func(screen string) bool {
		a, src := titleRow(screen, "Actors"), titleRow(screen, "Source")
		return a >= 0 && a == src && len(strings.Split(strings.TrimRight(screen, "\n"), "\n")) <= 30
	})
	for i, l := range strings.Split(screen, "\n") {
		if w := ansi.StringWidth(l); w > 100 {
			t.Errorf("line %d is %d cells wide in a 100-cell window: %q", i, w, l)
		}
	}

	// narrow layout: tabs
	s.Resize(70, 24)
	s.waitFor("1 Actors")

	// q ends the program with status 0 and gives the screen back
	s.Keys("q")
	screen = s.waitFor("EXITED=0")
	if strings.Contains(screen, "Briefing ·") {
		t.Errorf("the dashboard is still on screen after quitting (alternate screen not left):\n%s", screen)
	}
}
