package tui

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"
)

// tmuxSession drives the real binary in a detached tmux server: tmux is
// the terminal emulator, capture-pane is the screen.
type tmuxSession struct {
	t      *testing.T
	socket string // tmux -L: a private server, never the user's
	name   string
}

// tmux runs a tmux command on the private server.
func (s *tmuxSession) tmux(args ...string) (string, error) {
	cmd := exec.Command("tmux", append([]string{"-L", s.socket, "-f", "/dev/null"}, args...)...)
	cmd.Env = withoutEnv(os.Environ(), "TMUX") // not nested in a tmux the tests may run in
	out, err := cmd.CombinedOutput()
	if err != nil {
		return string(out), fmt.Errorf("tmux %s: %v: %s", strings.Join(args, " "), err, out)
	}
	return string(out), nil
}

func (s *tmuxSession) must(args ...string) {
	s.t.Helper()
	if _, err := s.tmux(args...); err != nil {
		s.t.Fatal(err)
	}
}

// keys sends tmux key names (Tab, BTab, Escape, Enter) or plain keys.
func (s *tmuxSession) keys(keys ...string) {
	s.t.Helper()
	s.must(append([]string{"send-keys", "-t", s.name}, keys...)...)
}

// text types a string literally.
func (s *tmuxSession) text(text string) {
	s.t.Helper()
	s.must("send-keys", "-t", s.name, "-l", text)
}

func (s *tmuxSession) capture() string {
	s.t.Helper()
	out, err := s.tmux("capture-pane", "-p", "-t", s.name)
	if err != nil {
		s.t.Fatal(err)
	}
	return out
}

// poll captures the screen every 100 ms until ok holds or 10 s pass,
// and returns the last screen and whether ok held. Polling, never
// sleeping, keeps the test fast on a quick machine and right on a slow one.
func (s *tmuxSession) poll(ok func(screen string) bool) (string, bool) {
	s.t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		screen := s.capture()
		if ok(screen) {
			return screen, true
		}
		if time.Now().After(deadline) {
			return screen, false
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// waitUntil waits until ok holds and returns that screen; it stops the
// test on a timeout.
func (s *tmuxSession) waitUntil(what string, ok func(screen string) bool) string {
	s.t.Helper()
	screen, held := s.poll(ok)
	if !held {
		s.t.Fatalf("timed out after 10s waiting for %s; screen:\n%s", what, screen)
	}
	return screen
}

// waitFor waits until the screen shows substr.
func (s *tmuxSession) waitFor(substr string) string {
	s.t.Helper()
	return s.waitUntil(fmt.Sprintf("%q", substr), func(screen string) bool { return strings.Contains(screen, substr) })
}

// waitGone waits until the screen no longer shows substr.
func (s *tmuxSession) waitGone(substr string) string {
	s.t.Helper()
	return s.waitUntil(fmt.Sprintf("%q to go", substr), func(screen string) bool { return !strings.Contains(screen, substr) })
}

// waitFocus waits until the pane titled title is the one in a heavy border.
func (s *tmuxSession) waitFocus(title string) string {
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

func withoutEnv(env []string, name string) []string {
	var out []string
	for _, e := range env {
		if !strings.HasPrefix(e, name+"=") {
			out = append(out, e)
		}
	}
	return out
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

// TestEndToEndTmux runs the real binary on the fixtures in tmux and
// walks through focus, filter, detail, documents, resizes and quitting.
func TestEndToEndTmux(t *testing.T) {
	if _, err := exec.LookPath("tmux"); err != nil {
		msg := "tmux is not installed; the end-to-end test needs it (.ci/run must install tmux)"
		if os.Getenv("CI") != "" {
			t.Fatal(msg)
		}
		t.Skip(msg)
	}
	root, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	bin := filepath.Join(t.TempDir(), "briefing")
	build := exec.Command("go", "build", "-o", bin, "./cmd/briefing")
	build.Dir = root
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}

	s := &tmuxSession{
		t:      t,
		socket: fmt.Sprintf("briefing-e2e-%d-%d", os.Getpid(), time.Now().UnixNano()),
		name:   "e2e",
	}
	command := fmt.Sprintf("%q %q; echo EXITED=$?; sleep 30", bin, filepath.Join(root, "fixtures"))
	s.must("new-session", "-d", "-s", s.name, "-x", "160", "-y", "48", "-c", root, command)
	socketPath, _ := s.tmux("display-message", "-p", "#{socket_path}")
	t.Cleanup(func() {
		_, _ = s.tmux("kill-server")
		if p := strings.TrimSpace(socketPath); strings.Contains(p, s.socket) {
			_ = os.Remove(p) // tmux may leave the socket file behind
		}
	})
	// a lone Escape reaches the program at once instead of after tmux's 500 ms
	s.must("set-option", "-s", "escape-time", "0")

	// all four panes, actors focused
	s.waitUntil("the four pane titles", func(screen string) bool {
		return len(titleBorders(strings.Split(screen, "\n"))) == 4
	})
	s.waitFocus("Actors")

	// tab moves focus; 1–4 jump
	s.keys("Tab")
	s.waitFocus("Order of Battle")
	for _, step := range []struct{ key, title string }{
		{"1", "Actors"}, {"2", "Order of Battle"}, {"3", "Open Questions"}, {"4", "Source"}, {"1", "Actors"},
	} {
		s.keys(step.key)
		s.waitFocus(step.title)
	}

	// filter the actors: the title counts the matches, enter keeps it
	s.keys("/")
	s.waitFor("esc clear")
	s.text("iran")
	s.waitFor("/iran")
	s.keys("Enter")
	screen := s.waitGone("esc clear")
	if l := strings.Split(screen, "\n")[titleRow(screen, "Actors")]; !strings.Contains(l, "matching") {
		t.Errorf("kept filter not counted in the Actors title: %q", l)
	}
	s.keys("Escape")
	s.waitGone("matching")

	// details of the selected actor, and back. A failure here is reported
	// and the walk goes on, so one broken step does not hide the others.
	s.keys("Enter")
	if screen, ok := s.poll(func(screen string) bool { return strings.Contains(screen, "Mentions (") }); ok {
		s.keys("Escape")
		s.waitGone("Mentions (")
	} else {
		t.Errorf("enter after clearing the filter did not open the selected actor's details "+
			"(no \"Mentions (\"); is the cursor left on a group header? screen:\n%s", screen)
	}

	// next document
	s.keys("]")
	s.waitFor("document 2/")

	// medium layout: two columns, nothing wider than the window
	s.must("resize-window", "-t", s.name, "-x", "100", "-y", "30")
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
	s.must("resize-window", "-t", s.name, "-x", "70", "-y", "24")
	s.waitFor("1 Actors")

	// q ends the program with status 0 and gives the screen back
	s.keys("q")
	screen = s.waitFor("EXITED=0")
	if strings.Contains(screen, "Briefing ·") {
		t.Errorf("the dashboard is still on screen after quitting (alternate screen not left):\n%s", screen)
	}
}
