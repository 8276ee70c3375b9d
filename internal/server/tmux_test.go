package server

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/pem"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"

	"github.com/briefing-tools/briefing/internal/export"
)

// needTools skips the test when a program is missing, but fails it in CI,
// where .ci/run installs them.
func needTools(t *testing.T, names ...string) {
	t.Helper()
	for _, name := range names {
		if _, err := exec.LookPath(name); err != nil {
			if os.Getenv("CI") != "" {
				t.Fatalf("%s is not installed; .ci/run must install it (apt-get install tmux openssh-client) for the end-to-end SSH test", name)
			}
			t.Skipf("%s is not installed", name)
		}
	}
}

// tmux drives one detached tmux server on a private socket.
type tmux struct {
	t      *testing.T
	socket string
}

func newTmux(t *testing.T) *tmux {
	var b [6]byte
	_, _ = rand.Read(b[:])
	tm := &tmux{t: t, socket: fmt.Sprintf("briefing-test-%d-%s", os.Getpid(), hex.EncodeToString(b[:]))}
	t.Cleanup(func() { _, _ = tm.run("kill-server") })
	return tm
}

func (tm *tmux) run(args ...string) (string, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, "tmux", append([]string{"-f", "/dev/null", "-L", tm.socket}, args...)...)
	env := []string{"TERM=xterm-256color"}
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "TMUX=") && !strings.HasPrefix(kv, "TERM=") {
			env = append(env, kv)
		}
	}
	cmd.Env = env
	out, err := cmd.CombinedOutput()
	return string(out), err
}

func (tm *tmux) must(args ...string) string {
	tm.t.Helper()
	out, err := tm.run(args...)
	if err != nil {
		tm.t.Fatalf("tmux %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return out
}

func (tm *tmux) screen() string {
	tm.t.Helper()
	return tm.must("capture-pane", "-p", "-t", "e2e")
}

// waitScreen waits until the pane shows what cond wants.
func (tm *tmux) waitScreen(timeout time.Duration, what string, cond func(string) bool) string {
	tm.t.Helper()
	deadline := time.Now().Add(timeout)
	for {
		s := tm.screen()
		if cond(s) {
			return s
		}
		if time.Now().After(deadline) {
			tm.t.Fatalf("after %v the terminal did not show %s; it shows:\n%s", timeout, what, s)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// focusedTitle is the pane whose title sits right after a heavy border.
func focusedTitle(screen string) string {
	for _, title := range paneTitles {
		if strings.Contains(screen, "┃"+title) {
			return title
		}
	}
	return ""
}

// The real OpenSSH client in a real terminal (tmux): the dashboard draws,
// tab moves the focus, q ends the session cleanly, and the server goes on
// serving (an export afterwards).
func TestOpenSSHClientInTmux(t *testing.T) {
	needTools(t, "tmux", "ssh")
	t.Parallel()
	ts := startServer(t, nil)

	block, err := gossh.MarshalPrivateKey(ts.priv, "briefing e2e test key")
	if err != nil {
		t.Fatal(err)
	}
	keyPath := filepath.Join(t.TempDir(), "id_ed25519")
	if err := os.WriteFile(keyPath, pem.EncodeToMemory(block), 0o600); err != nil {
		t.Fatal(err)
	}
	port := ts.addr[strings.LastIndexByte(ts.addr, ':')+1:]
	sshArgs := []string{
		"-F", "/dev/null", "-i", keyPath, "-p", port,
		"-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null",
		"-o", "BatchMode=yes", "-o", "IdentitiesOnly=yes", "-o", "IdentityAgent=none",
		"-o", "LogLevel=ERROR", "-o", "ConnectTimeout=10",
	}

	tm := newTmux(t)
	shell := "ssh -tt " + strings.Join(sshArgs, " ") + " 127.0.0.1; echo BRIEFING-E2E-EXIT=$?; sleep 120"
	tm.must("new-session", "-d", "-s", "e2e", "-x", "120", "-y", "40", shell)

	screen := tm.waitScreen(15*time.Second, "the dashboard", func(s string) bool { return containsAll(s, paneTitles...) })
	if f := focusedTitle(screen); f != "Actors" {
		t.Errorf("focused pane at the start: %q, want Actors\n%s", f, screen)
	}
	if strings.Contains(screen, "BRIEFING-E2E-EXIT") {
		t.Fatalf("ssh exited at once:\n%s", screen)
	}

	tm.must("send-keys", "-t", "e2e", "Tab")
	tm.waitScreen(keyTimeout, "the focus on Order of Battle after tab", func(s string) bool {
		return focusedTitle(s) == "Order of Battle" && !strings.Contains(s, "┃Actors")
	})
	tm.must("send-keys", "-t", "e2e", "Tab")
	tm.waitScreen(keyTimeout, "the focus on Open Questions after a second tab", func(s string) bool {
		return focusedTitle(s) == "Open Questions"
	})

	tm.must("send-keys", "-t", "e2e", "q")
	screen = tm.waitScreen(keyTimeout, "ssh's exit after q", func(s string) bool { return strings.Contains(s, "BRIEFING-E2E-EXIT=") })
	if !strings.Contains(screen, "BRIEFING-E2E-EXIT=0") {
		t.Errorf("ssh exited with a non-zero status after q:\n%s", screen)
	}
	if strings.Contains(screen, "Order of Battle") {
		t.Errorf("the dashboard is still on screen after q (alternate screen not left):\n%s", screen)
	}

	// the server keeps serving: an export over a second connection
	ctx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
	defer cancel()
	var stdout, stderr bytes.Buffer
	cmd := exec.CommandContext(ctx, "ssh", append(sshArgs, "127.0.0.1", "json")...)
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("ssh 127.0.0.1 json: %v\n%s", err, stderr.String())
	}
	var want bytes.Buffer
	if err := export.JSON(&want, *testBriefing()); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(stdout.Bytes(), want.Bytes()) {
		t.Errorf("ssh json printed %d bytes, not the export (%d bytes)\n%s", stdout.Len(), want.Len(), firstDiff(stdout.Bytes(), want.Bytes()))
	}

	// an unknown key is turned away, and publickey is the only method offered
	strangerKey, _ := newClientKey(t)
	block, err = gossh.MarshalPrivateKey(strangerKey, "stranger")
	if err != nil {
		t.Fatal(err)
	}
	strangerPath := filepath.Join(t.TempDir(), "id_stranger")
	if err := os.WriteFile(strangerPath, pem.EncodeToMemory(block), 0o600); err != nil {
		t.Fatal(err)
	}
	args := append([]string{}, sshArgs...)
	args[3] = strangerPath // after "-F", "/dev/null", "-i"
	stdout.Reset()
	stderr.Reset()
	cmd = exec.CommandContext(ctx, "ssh", append(args, "127.0.0.1", "json")...)
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err == nil {
		t.Error("ssh with an unknown key got in")
	}
	if !strings.Contains(stderr.String(), "Permission denied (publickey)") {
		t.Errorf("unknown key: stderr %q, want Permission denied (publickey)", stderr.String())
	}
	if stdout.Len() != 0 {
		t.Errorf("unknown key got %d bytes of output", stdout.Len())
	}
}
