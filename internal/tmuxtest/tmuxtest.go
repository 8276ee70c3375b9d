// Package tmuxtest runs a program in a real terminal for end-to-end
// tests: a detached tmux server on a private socket (never the user's),
// whose pane is the screen. Like net/http/httptest, it is meant for tests
// only.
package tmuxtest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"
)

// Need skips the test when one of the programs is missing, but fails it
// under CI (CI set), where .ci/run installs them.
func Need(t testing.TB, programs ...string) {
	t.Helper()
	for _, name := range programs {
		if _, err := exec.LookPath(name); err != nil {
			if os.Getenv("CI") != "" {
				t.Fatalf("%s is not installed; .ci/run must install it for the end-to-end tests", name)
			}
			t.Skipf("%s is not installed", name)
		}
	}
}

// Session is one session on a tmux server of its own.
type Session struct {
	t      testing.TB
	socket string // tmux -L
	name   string
}

// Start runs command (through the shell) in a new session width×height
// cells large, in dir when it is not empty. The server is killed, and its
// socket removed, when the test ends. A lone Escape reaches the program
// at once instead of after tmux's 500 ms.
func Start(t testing.TB, width, height int, dir, command string) *Session {
	t.Helper()
	var b [6]byte
	_, _ = rand.Read(b[:])
	s := &Session{t: t, socket: fmt.Sprintf("briefing-test-%d-%s", os.Getpid(), hex.EncodeToString(b[:])), name: "main"}
	args := []string{"new-session", "-d", "-s", s.name, "-x", fmt.Sprint(width), "-y", fmt.Sprint(height)}
	if dir != "" {
		args = append(args, "-c", dir)
	}
	s.Must(append(args, command)...)
	socketPath, _ := s.Run("display-message", "-p", "#{socket_path}")
	t.Cleanup(func() {
		_, _ = s.Run("kill-server")
		if p := strings.TrimSpace(socketPath); strings.Contains(p, s.socket) {
			_ = os.Remove(p) // tmux may leave the socket file behind
		}
	})
	s.Must("set-option", "-s", "escape-time", "0")
	return s
}

// Run runs a tmux command on the session's server.
func (s *Session) Run(args ...string) (string, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, "tmux", append([]string{"-f", "/dev/null", "-L", s.socket}, args...)...)
	// not nested in a tmux the tests may run in, and a terminal tmux knows
	env := []string{"TERM=xterm-256color"}
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "TMUX=") && !strings.HasPrefix(kv, "TERM=") {
			env = append(env, kv)
		}
	}
	cmd.Env = env
	out, err := cmd.CombinedOutput()
	if err != nil {
		return string(out), fmt.Errorf("tmux %s: %v: %s", strings.Join(args, " "), err, out)
	}
	return string(out), nil
}

// Must is Run, stopping the test on an error.
func (s *Session) Must(args ...string) string {
	s.t.Helper()
	out, err := s.Run(args...)
	if err != nil {
		s.t.Fatal(err)
	}
	return out
}

// Keys sends tmux key names (Tab, BTab, Escape, Enter) or plain keys.
func (s *Session) Keys(keys ...string) {
	s.t.Helper()
	s.Must(append([]string{"send-keys", "-t", s.name}, keys...)...)
}

// Text types a string literally.
func (s *Session) Text(text string) {
	s.t.Helper()
	s.Must("send-keys", "-t", s.name, "-l", text)
}

// Resize makes the window width×height cells large.
func (s *Session) Resize(width, height int) {
	s.t.Helper()
	s.Must("resize-window", "-t", s.name, "-x", fmt.Sprint(width), "-y", fmt.Sprint(height))
}

// Screen is what the pane shows now.
func (s *Session) Screen() string {
	s.t.Helper()
	return s.Must("capture-pane", "-p", "-t", s.name)
}

// Poll captures the screen every 50 ms until ok holds or timeout passes,
// and returns the last screen and whether ok held. Polling, never a fixed
// sleep, keeps a test fast on a quick machine and right on a slow one.
func (s *Session) Poll(timeout time.Duration, ok func(screen string) bool) (string, bool) {
	s.t.Helper()
	deadline := time.Now().Add(timeout)
	for {
		screen := s.Screen()
		if ok(screen) {
			return screen, true
		}
		if time.Now().After(deadline) {
			return screen, false
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// Wait is Poll, stopping the test on a timeout; what names what it waits
// for in the failure.
func (s *Session) Wait(timeout time.Duration, what string, ok func(screen string) bool) string {
	s.t.Helper()
	screen, held := s.Poll(timeout, ok)
	if !held {
		s.t.Fatalf("after %v the terminal did not show %s; it shows:\n%s", timeout, what, screen)
	}
	return screen
}
