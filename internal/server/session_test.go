package server

import (
	"strings"
	"sync"
	"testing"
	"time"
)

// goodbyeAfterRestore checks the session's last words: the goodbye line
// holds want and comes after the client's terminal was restored.
func goodbyeAfterRestore(t *testing.T, tc *termClient, want string) {
	t.Helper()
	raw := tc.out.Raw(0)
	bye := strings.LastIndex(raw, "briefing: ")
	if bye < 0 || !strings.Contains(raw[bye:], want) || !strings.Contains(raw[bye:], "Goodbye.") {
		t.Fatalf("no goodbye line with %q; the session ended with:\n%q", want, lastRunes(raw, 300))
	}
	if leave := strings.LastIndex(raw, "\x1b[?1049l"); leave < 0 || leave > bye {
		t.Errorf("the goodbye line was written before the alternate screen was left:\n%q", lastRunes(raw, 300))
	}
}

// The idle timeout counts the user's keys only: silence ends the session,
// typing keeps it open, and the server's own redraws (here caused by
// window changes) do not.
func TestIdleTimeout(t *testing.T) {
	t.Parallel()
	const idle = 600 * time.Millisecond
	ts := startServer(t, func(c *Config) { c.IdleTimeout = idle })

	t.Run("silence ends the session", func(t *testing.T) {
		t.Parallel()
		tc := ts.openDashboard(t)
		start := time.Now()
		tc.waitEnd(5 * time.Second)
		if took := time.Since(start); took < idle/2 {
			t.Errorf("the session ended %v after its first frame, before the %v idle timeout", took, idle)
		}
		goodbyeAfterRestore(t, tc, "without input")
	})

	t.Run("keys keep it open", func(t *testing.T) {
		t.Parallel()
		tc := ts.openDashboard(t)
		for end := time.Now().Add(1500 * time.Millisecond); time.Now().Before(end); {
			if tc.ended() {
				t.Fatalf("the session ended while the user was typing:\n%s", lastRunes(tc.out.Text(0), 300))
			}
			tc.send("j")
			time.Sleep(200 * time.Millisecond)
			tc.send("k")
			time.Sleep(200 * time.Millisecond)
		}
		if tc.ended() {
			t.Fatal("the session ended while the user was typing")
		}
		tc.waitEnd(5 * time.Second) // and silence still ends it
		goodbyeAfterRestore(t, tc, "without input")
	})

	t.Run("redraws do not keep it open", func(t *testing.T) {
		t.Parallel()
		tc := ts.openDashboard(t)
		first := tc.out.Len()
		start := time.Now()
		for i := 0; !tc.ended(); i++ {
			if time.Since(start) > 5*time.Second {
				t.Fatalf("window changes and the redraws they cause kept the session open for %v (idle timeout %v)",
					time.Since(start), idle)
			}
			_ = tc.sess.WindowChange(40, 100+20*(i%2)) // medium, wide, medium…
			time.Sleep(100 * time.Millisecond)
		}
		if tc.out.Len() == first {
			t.Error("the window changes caused no redraw, so this test proved nothing")
		}
		goodbyeAfterRestore(t, tc, "without input")
	})
}

// The maximum session length ends a session however busy the user is.
func TestMaxTimeout(t *testing.T) {
	t.Parallel()
	const maxLen = time.Second
	ts := startServer(t, func(c *Config) { c.MaxTimeout = maxLen; c.IdleTimeout = time.Hour })
	tc := ts.openDashboard(t)
	start := time.Now()
	for !tc.ended() {
		if time.Since(start) > 5*time.Second {
			t.Fatalf("a %v session was still open after %v", maxLen, time.Since(start))
		}
		tc.send("j")
		time.Sleep(100 * time.Millisecond)
	}
	goodbyeAfterRestore(t, tc, "maximum length")
}

// fakeClock is a Config.Now the test moves forward.
type fakeClock struct {
	mu  sync.Mutex
	now time.Time
}

func newFakeClock() *fakeClock { return &fakeClock{now: time.Date(2025, 3, 1, 9, 0, 0, 0, time.UTC)} }

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *fakeClock) advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = c.now.Add(d)
}

// The default limits (15 minutes idle, 8 hours in all) are read from the
// injected clock and named in the goodbye line.
func TestDefaultLimitsWithAClock(t *testing.T) {
	t.Parallel()

	t.Run("idle", func(t *testing.T) {
		t.Parallel()
		clock := newFakeClock()
		ts := startServer(t, func(c *Config) {
			c.Now, c.IdleTimeout, c.MaxTimeout = clock.Now, DefaultIdleTimeout, DefaultMaxTimeout
		})
		tc := ts.openDashboard(t)

		clock.advance(10 * time.Minute)
		m := tc.out.Len()
		tc.send("2") // input at 10m
		tc.waitText(m, keyTimeout, "┃Order of Battle")
		clock.advance(10 * time.Minute)     // 20m in, 10m since the key
		time.Sleep(2500 * time.Millisecond) // two ticks or more
		if tc.ended() {
			t.Fatalf("the session ended 10 minutes after a key with a 15 minute idle timeout:\n%s", lastRunes(tc.out.Text(0), 300))
		}
		clock.advance(5 * time.Minute)
		tc.waitEnd(5 * time.Second)
		goodbyeAfterRestore(t, tc, "session closed after 15m without input")
	})

	t.Run("max", func(t *testing.T) {
		t.Parallel()
		clock := newFakeClock()
		ts := startServer(t, func(c *Config) { c.Now, c.MaxTimeout = clock.Now, DefaultMaxTimeout })
		tc := ts.openDashboard(t)
		clock.advance(DefaultMaxTimeout)
		tc.waitEnd(5 * time.Second)
		goodbyeAfterRestore(t, tc, "maximum length")
	})
}

// Two dashboards on one connection (ssh ControlMaster): each ends for its
// own reason and says its own goodbye, whichever was opened first.
func TestTwoSessionsOnOneConnection(t *testing.T) {
	t.Parallel()
	const idle = 600 * time.Millisecond
	ts := startServer(t, func(c *Config) { c.IdleTimeout = idle })
	for _, quietFirst := range []bool{true, false} {
		name := "quiet one opened first"
		if !quietFirst {
			name = "quiet one opened second"
		}
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			c := ts.dial(t)
			open := func() *termClient {
				tc, err := startPTY(t, c, 120, 40)
				if err != nil {
					t.Fatal(err)
				}
				tc.waitDashboard(frameTimeout)
				return tc
			}
			var quiet, busy *termClient
			if quietFirst {
				quiet, busy = open(), open()
			} else {
				busy, quiet = open(), open()
			}
			start := time.Now()
			for !quiet.ended() {
				if time.Since(start) > 5*time.Second {
					t.Fatal("the quiet session did not time out")
				}
				busy.send("j")
				time.Sleep(100 * time.Millisecond)
			}
			if busy.ended() {
				t.Fatal("the busy session ended with the quiet one")
			}
			busy.send("q")
			busy.waitEnd(keyTimeout)
			if text := busy.out.Text(0); strings.Contains(text, "Goodbye") {
				t.Errorf("the session the user quit said goodbye as if it had timed out:\n%s", lastRunes(text, 200))
			}
			goodbyeAfterRestore(t, quiet, "without input")
		})
	}
}

func TestRoundDuration(t *testing.T) {
	for d, want := range map[time.Duration]string{
		15 * time.Minute:           "15m",
		8 * time.Hour:              "8h",
		time.Hour + 30*time.Minute: "1h30m",
		90 * time.Second:           "1m30s",
		45 * time.Second:           "45s",
		600 * time.Millisecond:     "600ms", // a short (test) timeout is said as it is
	} {
		if got := roundDuration(d); got != want {
			t.Errorf("roundDuration(%v) = %q, want %q", d, got, want)
		}
	}
}
