package server

// Issue 11, items 4 to 7, tried as a user would: the real OpenSSH client
// in a real terminal (tmux).

import (
	"context"
	"fmt"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/briefing-tools/briefing/internal/tmuxtest"
)

// opensshArgs are the ssh options that log in to ts with its key.
func opensshArgs(t testing.TB, ts *testServer) string {
	t.Helper()
	port := ts.addr[strings.LastIndexByte(ts.addr, ':')+1:]
	return strings.Join([]string{
		"-F", "/dev/null", "-i", writeKeyFile(t, ts.priv), "-p", port,
		"-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null",
		"-o", "BatchMode=yes", "-o", "IdentitiesOnly=yes", "-o", "IdentityAgent=none",
		"-o", "LogLevel=ERROR", "-o", "ConnectTimeout=10",
	}, " ")
}

const exitMark = "BRIEFING-E2E-EXIT="

// huge is a shell prefix that makes the terminal claim 10000×10000 cells
// (as `stty rows 10000 cols 10000` did in the issue).
const huge = "stty rows 10000 cols 10000; "

// openHuge runs ssh -tt in a 120×40 tmux whose terminal claims
// 10000×10000 cells, and waits until the server draws for it.
func openHuge(t *testing.T, ts *testServer, args string, want int) *tmuxtest.Session {
	t.Helper()
	tm := tmuxtest.Start(t, 120, 40, "", huge+"ssh -tt "+args+" 127.0.0.1; echo "+exitMark+"$?; sleep 120")
	eventually(t, 15*time.Second, "the session was not set up", func() bool { return trackedPrograms(ts.srv) >= want })
	// the frame is 1000×500 cells in a 120×40 pane: its last lines (the
	// help line) are what can be read on the screen
	tm.Wait(frameTimeout, "the first frame", func(s string) bool { return strings.Contains(s, "q quit") })
	return tm
}

// Item 4: `stty rows 10000 cols 10000; ssh -tt …` and a key took the
// server from 0.7 to 1.35 GB; a terminal then grown to 65535×65535 (the
// most a tty can claim) would have taken more. Now both are drawn at the
// clamped size.
func TestOpenSSHHugeWindow(t *testing.T) {
	tmuxtest.Need(t, "tmux", "ssh")
	ts := startServer(t, nil)
	args := opensshArgs(t, ts)
	before := allocated()
	start := time.Now()
	tm := openHuge(t, ts, args, 1)
	first := time.Since(start)

	tm.Keys("2")
	time.Sleep(300 * time.Millisecond)
	// grow the terminal further: ssh sends a window change
	tty := strings.TrimSpace(tm.Must("display-message", "-p", "#{pane_tty}"))
	if out, err := exec.Command("stty", "-F", tty, "rows", "65535", "cols", "65535").CombinedOutput(); err != nil {
		t.Fatalf("stty: %v: %s", err, out)
	}
	tm.Keys("1")
	time.Sleep(300 * time.Millisecond)
	tm.Keys("q")
	screen := tm.Wait(keyTimeout+5*time.Second, "ssh's exit after q", func(s string) bool { return strings.Contains(s, exitMark) })
	alloc := allocated() - before
	t.Logf("OpenSSH at 10000×10000, two keys, a change to 65535×65535: first frame %v, allocated %.1f MB in all",
		first.Round(time.Millisecond), float64(alloc)/(1<<20))
	if !strings.Contains(screen, exitMark+"0") {
		t.Errorf("ssh did not end cleanly after q:\n%s", screen)
	}
	if alloc > 1<<30 {
		t.Errorf("the huge terminal cost %.1f MB of allocations", float64(alloc)/(1<<20))
	}
}

// Item 5: with MaxSessions 3, six silent TCP connections used to make
// the next ssh reset; now the operator gets the dashboard.
func TestOpenSSHPastSilentConnections(t *testing.T) {
	tmuxtest.Need(t, "tmux", "ssh")
	t.Parallel()
	ts := startServer(t, func(c *Config) { c.MaxSessions = 3 })
	silentConns(t, "127.0.0.1", ts.addr, 6)
	tm := tmuxtest.Start(t, 120, 40, "", "ssh -tt "+opensshArgs(t, ts)+" 127.0.0.1; echo "+exitMark+"$?; sleep 120")
	screen := tm.Wait(15*time.Second, "the dashboard", func(s string) bool {
		return containsAll(s, paneTitles...) || strings.Contains(s, exitMark)
	})
	if strings.Contains(screen, exitMark) {
		t.Fatalf("ssh was turned away past six silent connections:\n%s", screen)
	}
	tm.Keys("q")
	tm.Wait(keyTimeout, "ssh's exit after q", func(s string) bool { return strings.Contains(s, exitMark+"0") })
}

// Item 6: a client that never answers the terminal queries (here ssh
// reads a pipe that stays silent, so the terminal's answers never reach
// it) gets its first frame within 2 s and is idle-timed-out (it was held
// 45 s with an 8 s idle timeout).
func TestOpenSSHSilentClient(t *testing.T) {
	tmuxtest.Need(t, "tmux", "ssh")
	t.Parallel()
	const idle = 3 * time.Second
	ts := startServer(t, func(c *Config) { c.IdleTimeout = idle })
	args := opensshArgs(t, ts)
	start := time.Now()
	tm := tmuxtest.Start(t, 120, 40, "", "sleep 600 | { ssh -tt "+args+" 127.0.0.1; echo "+exitMark+"$?; }")
	tm.Wait(15*time.Second, "the dashboard", func(s string) bool { return containsAll(s, paneTitles...) })
	first := time.Since(start)
	screen := tm.Wait(idle+10*time.Second, "ssh's exit after the idle timeout", func(s string) bool { return strings.Contains(s, exitMark) })
	ended := time.Since(start)
	t.Logf("OpenSSH client that never answers: first frame after %v (ssh start-up included), ended after %v (idle timeout %v)",
		first.Round(time.Millisecond), ended.Round(time.Millisecond), idle)
	if first > 3*time.Second {
		t.Errorf("the first frame came %v after ssh started (want within 2 s of the session)", first)
	}
	if !strings.Contains(screen, "without input") {
		t.Errorf("no goodbye line naming the idle timeout:\n%s", screen)
	}
	if ended > idle+5*time.Second {
		t.Errorf("the silent client was held %v with a %v idle timeout", ended, idle)
	}
}

// Item 7: Shutdown under the load of item 4 (three OpenSSH clients at
// 10000×10000, keys pressed) returns within its 10 s, logs the true
// number of sessions, and every client is told why it was cut off.
func TestOpenSSHShutdownUnderLoad(t *testing.T) {
	tmuxtest.Need(t, "tmux", "ssh")
	ts := startServer(t, nil)
	args := opensshArgs(t, ts)
	var tms []*tmuxtest.Session
	for i := 1; i <= 3; i++ {
		tms = append(tms, openHuge(t, ts, args, i))
	}
	for _, tm := range tms {
		tm.Keys("2")
	}
	start := time.Now()
	if err := ts.srv.Shutdown(context.Background()); err != nil {
		t.Errorf("Shutdown: %v", err)
	}
	took := time.Since(start)
	t.Logf("Shutdown with three 10000×10000 OpenSSH sessions: %v (promise %v)", took.Round(time.Millisecond), shutdownGrace)
	if took > shutdownGrace {
		t.Errorf("Shutdown took %v, over its %v", took, shutdownGrace)
	}
	if log := ts.log.String(); !strings.Contains(log, "shutting down sessions=3") {
		t.Errorf("the log does not count the three sessions:\n%s", log)
	}
	for i, tm := range tms {
		screen := tm.Wait(keyTimeout, fmt.Sprintf("client %d's exit", i+1), func(s string) bool { return strings.Contains(s, exitMark) })
		if !strings.Contains(screen, "shutting down") {
			t.Errorf("client %d was not told the server is shutting down:\n%s", i+1, screen)
		}
	}
}
