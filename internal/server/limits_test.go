package server

import (
	"io"
	"net"
	"strings"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"
)

// With MaxSessions 2, a third session is told the server is busy (on
// stderr, exit 1) and the first two carry on; once one of them leaves, a
// new session gets in.
func TestMaxSessions(t *testing.T) {
	t.Parallel()
	ts := startServer(t, func(c *Config) { c.MaxSessions = 2 })
	a := ts.openPTY(t, 120, 40)
	b := ts.openPTY(t, 120, 40)
	a.waitDashboard(frameTimeout)
	b.waitDashboard(frameTimeout)

	third := ts.openPTY(t, 120, 40)
	if st := third.waitEnd(keyTimeout); st != 1 {
		t.Errorf("third session: exit status %d, want 1", st)
	}
	if msg := third.stderr.String(); !strings.Contains(msg, "busy") || !strings.Contains(msg, "2 sessions") {
		t.Errorf("third session: stderr %q, want the busy message", msg)
	}
	if text := third.out.Text(0); strings.Contains(text, "Actors") {
		t.Errorf("the refused session was shown the dashboard:\n%s", text)
	}

	// an export is refused as well while the server is full
	c := ts.dial(t)
	s, err := c.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	var stderr syncBuffer
	s.Stderr = &stderr
	out, err := s.Output("json")
	if st := exitStatus(t, err); st != 1 || len(out) != 0 || !strings.Contains(stderr.String(), "busy") {
		t.Errorf("json while full: exit %d, %d bytes, stderr %q; want exit 1, busy", st, len(out), stderr.String())
	}
	c.Close()

	// the sessions already in are unaffected
	m := a.out.Len()
	a.send("2")
	a.waitText(m, keyTimeout, "┃Order of Battle")

	third.close() // as ssh does once its session ends
	a.send("q")
	a.waitEnd(keyTimeout)
	a.close()
	eventually(t, 5*time.Second, "connections are still counted after their clients left", func() bool {
		return ts.srv.limiter.Open() == 1
	})

	d := ts.openDashboard(t)
	if d.ended() || d.stderr.Len() != 0 {
		t.Errorf("after one left, a new session was refused: %q", d.stderr.String())
	}
	m = b.out.Len()
	b.send("?")
	b.waitText(m, keyTimeout, helpHint)
}

// A client that was refused because the server is full must not keep
// its place: the server hangs up after the refusal, so a client that
// ignores it cannot hold a slot (and, with enough of them, lock everyone
// out) until the maximum session time.
func TestRefusedClientIsDisconnected(t *testing.T) {
	t.Parallel()
	ts := startServer(t, func(c *Config) { c.MaxSessions = 1 })
	a := ts.openDashboard(t)

	refused := ts.openPTY(t, 120, 40)
	if st := refused.waitEnd(keyTimeout); st != 1 {
		t.Fatalf("exit status %d, want 1", st)
	}
	// the client does not hang up by itself (a script, a stuck client)
	closed := make(chan error, 1)
	go func() { closed <- refused.client.Wait() }()
	select {
	case <-closed:
	case <-time.After(3 * time.Second):
		t.Fatalf("the server kept the refused connection open for 3s after refusing it (open connections: %d of %d)",
			ts.srv.limiter.Open(), ts.srv.cfg.MaxSessions)
	}
	a.send("q")
	a.waitEnd(keyTimeout)
	a.close()
	// with the refused client still there, is the server usable again?
	eventually(t, 5*time.Second, "the server is still full after the only admitted client left", func() bool {
		return ts.srv.limiter.Open() == 0
	})
}

// A client that connects and says nothing is cut off after the handshake
// deadline (and stops counting against the limit).
func TestHandshakeDeadline(t *testing.T) {
	t.Parallel()
	const deadline = 300 * time.Millisecond
	ts := startServer(t, func(c *Config) { c.HandshakeTimeout = deadline })

	t.Run("silent TCP client", func(t *testing.T) {
		conn, err := net.Dial("tcp", ts.addr)
		if err != nil {
			t.Fatal(err)
		}
		defer conn.Close()
		_ = conn.SetReadDeadline(time.Now().Add(5 * time.Second))
		start := time.Now()
		got, err := io.ReadAll(conn) // the server's banner, then EOF
		took := time.Since(start)
		if ne, ok := err.(net.Error); ok && ne.Timeout() {
			t.Fatalf("the server kept a silent connection open for %v (read %q)", took, got)
		}
		if took > 2*time.Second {
			t.Errorf("the silent connection was closed after %v, want about %v", took, deadline)
		}
		if took < deadline/2 {
			t.Errorf("the silent connection was closed after %v, before the %v deadline", took, deadline)
		}
		if !strings.HasPrefix(string(got), "SSH-2.0-") {
			t.Errorf("banner %q", got)
		}
	})

	t.Run("stalls after the version", func(t *testing.T) {
		conn, err := net.Dial("tcp", ts.addr)
		if err != nil {
			t.Fatal(err)
		}
		defer conn.Close()
		if _, err := io.WriteString(conn, "SSH-2.0-Stall_1.0\r\n"); err != nil {
			t.Fatal(err)
		}
		_ = conn.SetReadDeadline(time.Now().Add(5 * time.Second))
		start := time.Now()
		_, err = io.Copy(io.Discard, conn)
		if ne, ok := err.(net.Error); ok && ne.Timeout() {
			t.Fatalf("the server kept a stalled handshake open for %v", time.Since(start))
		}
	})

	t.Run("logged in but no session", func(t *testing.T) {
		c, err := gossh.Dial("tcp", ts.addr, ts.clientConfig())
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		closed := make(chan struct{})
		go func() { _ = c.Wait(); close(closed) }()
		select {
		case <-closed:
		case <-time.After(5 * time.Second):
			t.Fatal("the server kept a connection without a session open for 5s")
		}
	})

	t.Run("a session outlives the deadline", func(t *testing.T) {
		tc := ts.openDashboard(t)
		time.Sleep(3 * deadline) // past the deadline: nothing may happen
		m := tc.out.Len()
		tc.send("2")
		tc.waitText(m, keyTimeout, "┃Order of Battle")
		if st := exitStatusIfEnded(tc); st != "" {
			t.Fatalf("the session ended: %s", st)
		}
		tc.close()
	})

	eventually(t, 5*time.Second, "cut-off connections still count against the limit", func() bool {
		return ts.srv.limiter.Open() == 0
	})
}

func exitStatusIfEnded(tc *termClient) string {
	if !tc.ended() {
		return ""
	}
	if tc.err != nil {
		return tc.err.Error()
	}
	return "exit 0"
}

// Issue 11, item 5: connections that have not logged in take no session
// slot. With MaxSessions 3, six silent TCP connections used to make
// operators "busy" (three) and reset (six); now three operators get in
// past them, and only a fourth session is told the server is busy.
func TestSilentConnectionsTakeNoSessionSlot(t *testing.T) {
	t.Parallel()
	ts := startServer(t, func(c *Config) { c.MaxSessions = 3 })
	silentConns(t, "127.0.0.1", ts.addr, 6)
	eventually(t, 5*time.Second, "the six silent connections are not counted as connecting", func() bool {
		return ts.srv.startups.Waiting() == 6
	})
	if n := ts.srv.limiter.Open(); n != 0 {
		t.Errorf("%d session slots taken by connections that never logged in", n)
	}
	for i := 0; i < 3; i++ {
		tc := ts.openPTY(t, 120, 40)
		tc.waitDashboard(frameTimeout)
		if tc.stderr.Len() != 0 {
			t.Fatalf("operator %d: %q", i+1, tc.stderr.String())
		}
	}
	fourth := ts.openPTY(t, 120, 40)
	if st := fourth.waitEnd(keyTimeout); st != 1 || !strings.Contains(fourth.stderr.String(), "busy") {
		t.Errorf("a fourth session: exit %d, stderr %q; want exit 1, busy", st, fourth.stderr.String())
	}
}

// Connections still connecting have a budget of their own: one address
// gets at most MaxStartupsPerIP places, and past MaxStartups' full count
// everyone is hung up on at once (before the version exchange). Operators
// from other addresses still get in, and places free up when silent
// clients leave or reach the handshake deadline.
func TestStartupBudget(t *testing.T) {
	t.Parallel()
	ts := startServer(t, func(c *Config) {
		c.MaxStartups = Startups{Start: 5, Rate: 100, Full: 5} // no chance involved
		c.MaxStartupsPerIP = 3
	})

	held := silentConns(t, "127.0.0.2", ts.addr, 3)
	eventually(t, 5*time.Second, "three silent connections are not counted", func() bool { return ts.srv.startups.Waiting() == 3 })
	extra := silentConns(t, "127.0.0.2", ts.addr, 1)[0]
	if !hungUp(extra, 2*time.Second) {
		t.Error("a fourth silent connection from one address was kept open (per-address cap 3)")
	}
	// another address is served meanwhile
	c, err := ts.dialSSHFrom("127.0.0.9")
	if err != nil {
		t.Fatalf("an operator from another address: %v", err)
	}
	tc, err := startPTY(t, c, 120, 40)
	if err != nil {
		t.Fatal(err)
	}
	tc.waitDashboard(frameTimeout)

	// the total: two more from a second address fill it (3+2 = 5)
	silentConns(t, "127.0.0.3", ts.addr, 2)
	eventually(t, 5*time.Second, "five silent connections are not counted", func() bool { return ts.srv.startups.Waiting() == 5 })
	full := silentConns(t, "127.0.0.4", ts.addr, 1)[0]
	if !hungUp(full, 2*time.Second) {
		t.Error("a connection past the full startup count was kept open")
	}

	// places free up when silent clients leave
	for _, c := range held {
		c.Close()
	}
	eventually(t, 5*time.Second, "closed connections are still counted", func() bool { return ts.srv.startups.Waiting() == 2 })
	if n := ts.srv.limiter.Open(); n != 1 {
		t.Errorf("%d sessions open, want the one dashboard", n)
	}
	ts.openDashboard(t) // from 127.0.0.1
}

func TestStartupsRefuseChance(t *testing.T) {
	s := DefaultStartups
	for n, want := range map[int]float64{0: 0, 9: 0, 10: 0.30, 55: 0.65, 99: 0.993, 100: 1, 500: 1} {
		if got := s.refuseChance(n); got < want-0.001 || got > want+0.001 {
			t.Errorf("refuseChance(%d) = %.3f, want %.3f", n, got, want)
		}
	}
	g := newStartupGate(DefaultStartups, 0)
	g.chance = func() float64 { return 0.5 }
	admitted := 0
	for i := 0; i < 200; i++ {
		if g.enter("10.0.0.1") {
			admitted++
		}
	}
	// with a fixed draw of 0.5, refusal starts where the chance passes 0.5
	if admitted != 36 {
		t.Errorf("%d admitted with a draw of 0.5, want 36 (up to the count whose refusal chance passes 0.5)", admitted)
	}
	for i := 0; i < admitted; i++ {
		g.leave("10.0.0.1")
	}
	if g.Waiting() != 0 || len(g.byIP) != 0 {
		t.Errorf("after every leave: %d waiting, %d addresses", g.Waiting(), len(g.byIP))
	}
}

func TestParseStartups(t *testing.T) {
	for in, want := range map[string]Startups{"10:30:100": DefaultStartups, "20": {20, 100, 20}, " 5:0:50": {5, 0, 50}} {
		if got, err := ParseStartups(in); err != nil || got != want {
			t.Errorf("ParseStartups(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	for _, in := range []string{"", "10:30", "0:30:100", "10:30:5", "10:130:100", "a:b:c", "-1"} {
		if _, err := ParseStartups(in); err == nil {
			t.Errorf("ParseStartups(%q) accepted", in)
		}
	}
}
