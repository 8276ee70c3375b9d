package server

// The Shutdown tests do not call t.Parallel: they run one at a time,
// before the parallel tests, so that a data race inside Shutdown fails
// only them under -race and not whichever tests run at the same time.

import (
	"context"
	"net"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"
)

// hangUpWhenDone closes the client's connection once its session ends,
// as the OpenSSH client does.
func hangUpWhenDone(tc *termClient) {
	go func() {
		<-tc.done
		_ = tc.client.Close()
	}()
}

// Shutdown tells live sessions to end (each restores its terminal and
// says goodbye), returns well within the grace period once they have
// gone, and the server then refuses new connections.
func TestGracefulShutdown(t *testing.T) {
	ts := startServer(t, nil)
	a := ts.openPTY(t, 120, 40)
	b := ts.openPTY(t, 80, 24)
	a.waitDashboard(frameTimeout)
	b.waitDashboard(frameTimeout)
	hangUpWhenDone(a)
	hangUpWhenDone(b)

	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	start := time.Now()
	if err := ts.srv.Shutdown(ctx); err != nil {
		t.Errorf("Shutdown: %v", err)
	}
	if took := time.Since(start); took >= shutdownGrace {
		t.Errorf("Shutdown took %v, not within the %v grace period", took, shutdownGrace)
	} else if took > 3*time.Second {
		t.Errorf("Shutdown took %v although both sessions left at once", took)
	}
	for _, tc := range []*termClient{a, b} {
		tc.waitEnd(keyTimeout)
		goodbyeAfterRestore(t, tc, "shutting down")
	}

	if returned, err := ts.serveReturn(); !returned {
		t.Error("Serve did not return after Shutdown")
	} else if err != nil {
		t.Errorf("Serve after Shutdown: %v, want nil", err)
	}
	if conn, err := net.DialTimeout("tcp", ts.addr, 2*time.Second); err == nil {
		conn.Close()
		t.Error("the server accepts connections after Shutdown")
	}
}

// A client that stays connected after its session ended cannot hold up
// Shutdown past its deadline: the server then closes what is left.
func TestShutdownClosesStragglers(t *testing.T) {
	ts := startServer(t, nil)
	tc := ts.openDashboard(t) // never hangs up by itself
	idle := ts.dial(t)        // logged in, json done, connection kept
	if _, err := runCommand(idle, "json"); err != nil {
		t.Fatal(err)
	}

	const deadline = 1500 * time.Millisecond
	ctx, cancel := context.WithTimeout(context.Background(), deadline)
	defer cancel()
	start := time.Now()
	_ = ts.srv.Shutdown(ctx) // the error, if any, is the deadline's
	if took := time.Since(start); took > deadline+2*time.Second {
		t.Errorf("Shutdown took %v with a %v deadline", took, deadline)
	}
	tc.waitEnd(keyTimeout)
	goodbyeAfterRestore(t, tc, "shutting down")
	for name, c := range map[string]*gossh.Client{"dashboard": tc.client, "json": idle} {
		closed := make(chan struct{})
		go func() { _ = c.Wait(); close(closed) }()
		select {
		case <-closed:
		case <-time.After(5 * time.Second):
			t.Errorf("the %s client's connection is still open after Shutdown", name)
		}
	}
}

// A session that starts while the server is shutting down (its client
// had connected just before) is told to go too, rather than running
// until the grace period ends.
func TestSessionStartingDuringShutdown(t *testing.T) {
	ts := startServer(t, nil)
	keep := ts.openDashboard(t) // keeps Shutdown waiting for a moment

	late := ts.dial(t) // connected and logged in, no session yet
	shut := make(chan error, 1)
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Second)
	defer cancel()
	go func() { shut <- ts.srv.Shutdown(ctx) }()
	keep.waitEnd(keyTimeout) // the broadcast has happened
	eventually(t, 5*time.Second, "the listener is still open during Shutdown", func() bool {
		conn, err := net.DialTimeout("tcp", ts.addr, time.Second)
		if err == nil {
			conn.Close()
		}
		return err != nil
	})

	tc, err := startPTY(t, late, 120, 40)
	if err == nil {
		hangUpWhenDone(tc)
		start := time.Now()
		select {
		case <-tc.done:
		case <-time.After(1500 * time.Millisecond):
			t.Errorf("a session started during Shutdown was still running %v later (it showed the dashboard: %v)",
				time.Since(start), containsAll(tc.out.Text(0), paneTitles...))
		}
	}
	_ = keep.client.Close()
	select {
	case <-shut:
	case <-time.After(10 * time.Second):
		t.Fatal("Shutdown did not return after its context ended")
	}
}

// Shutdown with nobody connected returns at once.
func TestShutdownIdleServer(t *testing.T) {
	ts := startServer(t, nil)
	start := time.Now()
	if err := ts.srv.Shutdown(context.Background()); err != nil {
		t.Errorf("Shutdown: %v", err)
	}
	if took := time.Since(start); took > 2*time.Second {
		t.Errorf("Shutdown of an idle server took %v", took)
	}
	if returned, _ := ts.serveReturn(); !returned {
		t.Error("Serve did not return after Shutdown")
	}
}

// Shutdown stops a server for good even when it comes before Serve has
// started (a SIGTERM right after start-up): Serve must then return at
// once instead of serving on.
func TestShutdownBeforeServe(t *testing.T) {
	dir := t.TempDir()
	_, key := newClientKey(t)
	srv, err := New(testBriefing(), Config{
		HostKeyPath:        dir + "/host_key",
		AuthorizedKeysPath: writeAuthorizedKeys(t, dir, key.PublicKey()),
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := srv.Shutdown(context.Background()); err != nil {
		t.Errorf("Shutdown: %v", err)
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	served := make(chan error, 1)
	go func() { served <- srv.Serve(l) }()
	select {
	case err := <-served:
		if err != nil {
			t.Errorf("Serve after Shutdown: %v, want nil", err)
		}
	case <-time.After(2 * time.Second):
		_ = srv.SSH().Close() // stop it for the other tests
		<-served
		t.Error("Serve after Shutdown kept serving (a signal right after start-up would leave briefing serve running)")
	}
}
