package server

import (
	"bytes"
	"context"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/briefing-tools/briefing/internal/export"
	"github.com/briefing-tools/briefing/internal/tmuxtest"
)

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
	tmuxtest.Need(t, "tmux", "ssh")
	t.Parallel()
	ts := startServer(t, nil)

	keyPath := writeKeyFile(t, ts.priv)
	port := ts.addr[strings.LastIndexByte(ts.addr, ':')+1:]
	sshArgs := []string{
		"-F", "/dev/null", "-i", keyPath, "-p", port,
		"-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null",
		"-o", "BatchMode=yes", "-o", "IdentitiesOnly=yes", "-o", "IdentityAgent=none",
		"-o", "LogLevel=ERROR", "-o", "ConnectTimeout=10",
	}

	shell := "ssh -tt " + strings.Join(sshArgs, " ") + " 127.0.0.1; echo BRIEFING-E2E-EXIT=$?; sleep 120"
	tm := tmuxtest.Start(t, 120, 40, "", shell)

	screen := tm.Wait(15*time.Second, "the dashboard", func(s string) bool { return containsAll(s, paneTitles...) })
	if f := focusedTitle(screen); f != "Actors" {
		t.Errorf("focused pane at the start: %q, want Actors\n%s", f, screen)
	}
	if strings.Contains(screen, "BRIEFING-E2E-EXIT") {
		t.Fatalf("ssh exited at once:\n%s", screen)
	}

	tm.Keys("Tab")
	tm.Wait(keyTimeout, "the focus on Order of Battle after tab", func(s string) bool {
		return focusedTitle(s) == "Order of Battle" && !strings.Contains(s, "┃Actors")
	})
	tm.Keys("Tab")
	tm.Wait(keyTimeout, "the focus on Open Questions after a second tab", func(s string) bool {
		return focusedTitle(s) == "Open Questions"
	})

	tm.Keys("q")
	screen = tm.Wait(keyTimeout, "ssh's exit after q", func(s string) bool { return strings.Contains(s, "BRIEFING-E2E-EXIT=") })
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
	strangerPath := writeKeyFile(t, strangerKey)
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
