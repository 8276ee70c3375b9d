package server

import (
	"bytes"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"
)

// startWithKeyLine serves the fixtures to one key whose authorized_keys
// line carries options; clock, when not nil, is the server's clock.
func startWithKeyLine(t *testing.T, options string, clock func() time.Time) *testServer {
	t.Helper()
	_, signer := newClientKey(t)
	line := strings.TrimSpace(options + " " + strings.TrimSpace(string(gossh.MarshalAuthorizedKey(signer.PublicKey()))))
	ts := startServer(t, func(c *Config) {
		writeFile(t, c.AuthorizedKeysPath, "# restricted\n"+line+"\n", 0o600)
		c.Now = clock
	})
	// the helper's own key is no longer in the file: log in with this one
	ts.signer = signer
	return ts
}

// dialErr dials with the test server's key and closes the connection.
func (ts *testServer) dialErr() error {
	c, err := gossh.Dial("tcp", ts.addr, ts.clientConfig())
	if err == nil {
		c.Close()
	}
	return err
}

// A no-pty or restrict key gets the exports but never the dashboard,
// with or without a terminal; "restrict,pty" gets the dashboard again.
func TestNoPTYKeyGetsOnlyExports(t *testing.T) {
	t.Parallel()
	for _, options := range []string{"no-pty", "restrict", "pty,restrict", "no-port-forwarding,no-pty"} {
		t.Run(options, func(t *testing.T) {
			t.Parallel()
			ts := startWithKeyLine(t, options, nil)
			c := ts.dial(t)
			out, err := runCommand(c, "json")
			if err != nil || !bytes.HasPrefix(bytes.TrimSpace(out), []byte("{")) {
				t.Errorf("json: %v, %.40q", err, out)
			}

			tc, err := startPTY(t, ts.dial(t), 120, 40)
			if err != nil {
				t.Fatal(err)
			}
			if st := tc.waitEnd(frameTimeout); st != 1 {
				t.Errorf("dashboard: exit status %d, want 1", st)
			}
			if text := tc.out.Text(0); containsAll(text, paneTitles...) {
				t.Errorf("a %s key got the dashboard:\n%s", options, lastRunes(text, 500))
			}
			if msg := tc.stderr.String(); !strings.Contains(msg, "may not open the dashboard") || !strings.Contains(msg, "json") {
				t.Errorf("stderr %q, want a clear refusal naming the exports", msg)
			}

			// without a terminal the refusal is the same, not "use ssh -t"
			s, err := ts.dial(t).NewSession()
			if err != nil {
				t.Fatal(err)
			}
			var stderr syncBuffer
			s.Stderr = &stderr
			if err := s.Shell(); err != nil {
				t.Fatal(err)
			}
			if st := exitStatus(t, s.Wait()); st != 1 || !strings.Contains(stderr.String(), "may not open the dashboard") {
				t.Errorf("shell without PTY: exit %d, stderr %q", st, stderr.String())
			}
		})
	}
	t.Run("restrict,pty", func(t *testing.T) {
		t.Parallel()
		ts := startWithKeyLine(t, "restrict,pty", nil)
		ts.openDashboard(t)
	})
}

// command="json" (or "markdown") forces that export, whatever the
// client asks for, terminal or not.
func TestForcedCommandKey(t *testing.T) {
	t.Parallel()
	for options, want := range map[string]string{`command="json"`: `"schema": "briefing/v1"`, `restrict,command="markdown"`: "# Briefing:"} {
		t.Run(options, func(t *testing.T) {
			t.Parallel()
			ts := startWithKeyLine(t, options, nil)
			for _, asked := range []string{"", "markdown", "json", "sh -c id"} {
				s, err := ts.dial(t).NewSession()
				if err != nil {
					t.Fatal(err)
				}
				var out bytes.Buffer
				s.Stdout = &out
				if asked == "" {
					err = s.Shell()
				} else {
					err = s.Start(asked)
				}
				if err != nil {
					t.Fatal(err)
				}
				if st := exitStatus(t, s.Wait()); st != 0 || !strings.Contains(out.String(), want) {
					t.Errorf("asked for %q: exit %d, output %.40q; want %q", asked, st, out.String(), want)
				}
			}
			// with a terminal: the export, never the dashboard
			tc, err := startPTY(t, ts.dial(t), 120, 40)
			if err != nil {
				t.Fatal(err)
			}
			if st := tc.waitEnd(frameTimeout); st != 0 {
				t.Errorf("PTY: exit %d", st)
			}
			if text := tc.out.Text(0); !strings.Contains(text, want) || containsAll(text, paneTitles...) {
				t.Errorf("PTY session showed:\n%s", lastRunes(text, 500))
			}
		})
	}
}

// from= is checked against the client's address: a key limited to
// 10.0.0.0/8 (or excluding 127.0.0.1) cannot log in from 127.0.0.1.
func TestFromOptionOverSSH(t *testing.T) {
	t.Parallel()
	for options, admitted := range map[string]bool{
		`from="10.0.0.0/8"`:               false,
		`from="!127.0.0.1,*"`:             false,
		`from="127.0.0.0/8,!127.0.0.1"`:   false,
		`from="10.0.0.0/8,127.0.0.1"`:     true,
		`from="127.0.0.*"`:                true,
		`from="::1,127.0.0.0/8",no-pty`:   true,
		`no-pty,FROM="203.0.113.0/24"`:    false,
		`from="localhost"`:                false, // no DNS: host names never match
		`from="127.0.0.1",restrict,pty`:   true,
		`from="!10.0.0.0/8,127.0.0.0/24"`: true,
	} {
		t.Run(options, func(t *testing.T) {
			t.Parallel()
			ts := startWithKeyLine(t, options, nil)
			err := ts.dialErr()
			if admitted && err != nil {
				t.Errorf("refused from 127.0.0.1: %v", err)
			}
			if !admitted {
				if err == nil {
					t.Error("logged in from 127.0.0.1")
				} else if !strings.Contains(err.Error(), "unable to authenticate") {
					t.Errorf("%v, want an authentication error", err)
				}
			}
		})
	}
}

// expiry-time is read against the server's clock: an expired key cannot
// log in, and a key that expires while a connection is open gets no new
// session on it.
func TestExpiredKeyOverSSH(t *testing.T) {
	t.Parallel()
	expiry := time.Date(2030, 1, 2, 15, 30, 0, 0, time.UTC)
	var now atomic.Int64
	now.Store(expiry.Add(-time.Minute).UnixNano())
	clock := func() time.Time { return time.Unix(0, now.Load()) }
	ts := startWithKeyLine(t, `expiry-time="203001021530Z"`, clock)

	c := ts.dial(t)
	if _, err := runCommand(c, "json"); err != nil {
		t.Fatalf("before expiry: %v", err)
	}
	now.Store(expiry.Add(time.Second).UnixNano())
	if err := ts.dialErr(); err == nil || !strings.Contains(err.Error(), "unable to authenticate") {
		t.Errorf("after expiry: %v, want an authentication error", err)
	}
	out, err := runCommand(c, "json")
	if err == nil || len(out) != 0 {
		t.Errorf("a new session after expiry on an open connection: %v, %d bytes", err, len(out))
	}
	if !strings.Contains(ts.log.String(), "expired") {
		t.Errorf("the log does not say the key expired:\n%s", ts.log.String())
	}
}

// An unsupported option stops start-up instead of being ignored.
func TestUnsupportedOptionStopsServer(t *testing.T) {
	t.Parallel()
	for _, options := range []string{`command="/bin/sh"`, "cert-authority", `environment="A=b"`, "agent-forwarding"} {
		_, path, err := loadLines(t, "# ops", options)
		if err == nil || !strings.Contains(err.Error(), path+" line 2") {
			t.Errorf("%s: %v, want a refusal naming line 2 of %s", options, err, path)
		}
	}
}
