package server

import (
	"bytes"
	"regexp"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/charmbracelet/wish/testsession"
	"github.com/charmbracelet/x/ansi"
	gossh "golang.org/x/crypto/ssh"

	"github.com/briefing-tools/briefing/internal/export"
)

const (
	frameTimeout = 10 * time.Second // first frame, generous for -race on a slow CI
	keyTimeout   = 5 * time.Second  // a redraw after a key
)

// An authorized key gets the dashboard in the alternate screen, the keys
// work, and q ends the session cleanly (exit 0, terminal restored, no
// goodbye line because the user chose to leave).
func TestDashboardOverSSH(t *testing.T) {
	t.Parallel()
	ts := startServer(t, nil)
	tc := ts.openPTY(t, 120, 40)
	text := tc.waitText(0, frameTimeout, paneTitles...)
	if !strings.Contains(tc.out.Raw(0), "\x1b[?1049h") {
		t.Error("the dashboard did not switch to the alternate screen")
	}
	if !strings.Contains(text, "┃Actors") {
		t.Errorf("the Actors pane is not focused (heavy border) at the start:\n%s", text)
	}

	m := tc.out.Len()
	tc.send("2")
	tc.waitText(m, keyTimeout, "┃Order of Battle")

	m = tc.out.Len()
	tc.send("?")
	tc.waitText(m, keyTimeout, "Keys", helpHint)
	tc.send("?") // closes the help
	// the help is drawn over the panes, so closing it repaints only the
	// lines it covered: a pane key proves it is gone and the panes answer
	m = tc.out.Len()
	tc.send("1")
	tc.waitText(m, keyTimeout, "┃Actors")

	tc.send("q")
	if st := tc.waitEnd(keyTimeout); st != 0 {
		t.Errorf("q: exit status %d, want 0", st)
	}
	raw := tc.out.Raw(0)
	if i, j := strings.LastIndex(raw, "\x1b[?1049h"), strings.LastIndex(raw, "\x1b[?1049l"); j < i {
		t.Error("the alternate screen was not left when the session ended")
	}
	if strings.Contains(tc.out.Text(0), "Goodbye") {
		t.Errorf("a user who quits gets no goodbye line; got:\n%s", lastRunes(tc.out.Text(0), 300))
	}
	eventually(t, 5*time.Second, "the server still tracks the ended session's program", func() bool {
		tc.close()
		return trackedPrograms(ts.srv) == 0
	})
}

// Keys that reach the server together (typed fast on a slow link, or a
// held-down key) count one by one, as they would on a local terminal.
func TestKeysArrivingTogether(t *testing.T) {
	t.Parallel()
	ts := startServer(t, nil)
	tc := ts.openDashboard(t)
	m := tc.out.Len()
	tc.send("2?") // one SSH packet: focus Order of Battle, then open the help
	if _, ok := tc.pollText(m, 3*time.Second, helpHint); !ok {
		t.Errorf("two keys sent in one packet (\"2?\") were both ignored: no help overlay after 3s")
	}
}

// NO_COLOR sent by the client (ssh -o SetEnv=NO_COLOR=1) turns colour
// off for that session only.
func TestNoColorFromTheClient(t *testing.T) {
	t.Parallel()
	ts := startServer(t, nil)
	colour := regexp.MustCompile(`\x1b\[[0-9;]*(38|48);(5|2);`)

	plain := ts.openDashboard(t)
	if !colour.MatchString(plain.out.Raw(0)) {
		t.Error("an xterm-256color client got no colour at all")
	}

	c := ts.dial(t)
	nc, err := startPTYWithEnv(t, c, 120, 40, map[string]string{"NO_COLOR": "1"})
	if err != nil {
		t.Fatal(err)
	}
	nc.waitDashboard(frameTimeout)
	if loc := colour.FindStringIndex(nc.out.Raw(0)); loc != nil {
		t.Errorf("NO_COLOR session got a colour sequence %q", nc.out.Raw(0)[loc[0]:loc[1]])
	}
	// no colour is not no emphasis: the selected row is still drawn
	// reversed
	if !regexp.MustCompile(`\x1b\[([0-9;]*;)?7[;m]`).MatchString(nc.out.Raw(0)) {
		t.Error("NO_COLOR session shows no selected row: reverse video was dropped with the colours")
	}
}

// Only listed public keys get in: an unknown key, a password and
// keyboard-interactive are refused, and the server never even asks for a
// password or a keyboard-interactive answer.
func TestAuthRefusals(t *testing.T) {
	t.Parallel()
	ts := startServer(t, nil)
	_, stranger := newClientKey(t)

	dialWith := func(auth ...gossh.AuthMethod) error {
		c, err := gossh.Dial("tcp", ts.addr, &gossh.ClientConfig{
			User: "operator", Auth: auth,
			HostKeyCallback: gossh.InsecureIgnoreHostKey(), //nolint:gosec // a test server
			Timeout:         5 * time.Second,
		})
		if err == nil {
			c.Close()
		}
		return err
	}
	refused := func(what string, err error) {
		t.Helper()
		if err == nil {
			t.Errorf("%s: logged in, want refused", what)
			return
		}
		if !strings.Contains(err.Error(), "unable to authenticate") {
			t.Errorf("%s: %v, want an authentication error", what, err)
		}
	}

	refused("unknown key", dialWith(gossh.PublicKeys(stranger)))

	var asked atomic.Int32
	refused("password", dialWith(gossh.PasswordCallback(func() (string, error) {
		asked.Add(1)
		return "hunter2", nil
	})))
	refused("keyboard-interactive", dialWith(gossh.KeyboardInteractive(
		func(_, _ string, questions []string, _ []bool) ([]string, error) {
			asked.Add(1)
			return make([]string, len(questions)), nil
		})))
	refused("password, keyboard-interactive and an unknown key", dialWith(
		gossh.Password("hunter2"),
		gossh.KeyboardInteractive(func(_, _ string, q []string, _ []bool) ([]string, error) {
			asked.Add(1)
			return make([]string, len(q)), nil
		}),
		gossh.PublicKeys(stranger)))
	if n := asked.Load(); n != 0 {
		t.Errorf("the server offered password or keyboard-interactive auth (%d prompts)", n)
	}

	// an unknown key offered first does not spoil the authorized one
	if err := dialWith(gossh.PublicKeys(stranger, ts.signer)); err != nil {
		t.Errorf("unknown key then the authorized key: %v", err)
	}
}

// Every key of the file is accepted, wherever it is, with comments,
// blank lines, options and CRLF line ends around it.
func TestEveryAuthorizedKeyGetsIn(t *testing.T) {
	t.Parallel()
	_, k1 := newClientKey(t)
	_, k2 := newClientKey(t)
	_, k3 := newClientKey(t)
	line := func(k gossh.Signer) string {
		return strings.TrimSpace(string(gossh.MarshalAuthorizedKey(k.PublicKey())))
	}
	ts := startServer(t, func(c *Config) {
		path := c.AuthorizedKeysPath
		data := "# operators\r\n" + line(k1) + " alice@example\r\n\r\n   \r\n" +
			`from="127.0.0.1" ` + line(k2) + "\r\n# retired:\r\n#" + line(k3) + "\r\n" + line(k3) + " carol"
		writeFile(t, path, data, 0o600)
	})
	for i, k := range []gossh.Signer{k1, k2, k3} {
		cfg := ts.clientConfig()
		cfg.Auth = []gossh.AuthMethod{gossh.PublicKeys(k)}
		c, err := gossh.Dial("tcp", ts.addr, cfg)
		if err != nil {
			t.Errorf("key %d: %v", i+1, err)
			continue
		}
		out, err := runCommand(c, "json")
		c.Close()
		if err != nil || !bytes.HasPrefix(bytes.TrimSpace(out), []byte("{")) {
			t.Errorf("key %d: json gave %v, %.40q", i+1, err, out)
		}
	}
	// the server's own key was replaced by the file written above
	cfg := ts.clientConfig()
	if c, err := gossh.Dial("tcp", ts.addr, cfg); err == nil {
		c.Close()
		t.Error("a key no longer in the file still gets in")
	}
}

func runCommand(c *gossh.Client, cmd string) ([]byte, error) {
	s, err := c.NewSession()
	if err != nil {
		return nil, err
	}
	defer s.Close()
	return s.Output(cmd)
}

// Without a PTY: a shell gets a one-line explanation and exit 1; json and
// markdown print exactly the export; anything else is a usage error (2).
func TestCommandsWithoutPTY(t *testing.T) {
	t.Parallel()
	ts := startServer(t, nil)
	b := testBriefing()
	var wantJSON, wantMD bytes.Buffer
	if err := export.JSON(&wantJSON, *b); err != nil {
		t.Fatal(err)
	}
	if err := export.Markdown(&wantMD, *b); err != nil {
		t.Fatal(err)
	}

	t.Run("shell", func(t *testing.T) {
		sess, err := testsession.NewClientSession(t, ts.addr, ts.clientConfig())
		if err != nil {
			t.Fatal(err)
		}
		var stdout, stderr syncBuffer
		sess.Stdout, sess.Stderr = &stdout, &stderr
		if err := sess.Shell(); err != nil {
			t.Fatal(err)
		}
		st := exitStatus(t, sess.Wait())
		if st == 0 {
			t.Error("a shell without a PTY exited 0")
		}
		msg := stderr.String()
		if strings.Count(strings.TrimRight(msg, "\r\n"), "\n") != 0 || !strings.Contains(msg, "ssh -t") || !strings.Contains(msg, "json") {
			t.Errorf("want one line explaining ssh -t and the exports, got %q", msg)
		}
		if stdout.Len() != 0 {
			t.Errorf("stdout: %q, want nothing", stdout.String())
		}
	})

	for _, tt := range []struct {
		cmd  string
		want []byte
	}{
		{"json", wantJSON.Bytes()},
		{"markdown", wantMD.Bytes()},
		{"md", wantMD.Bytes()},
	} {
		t.Run(tt.cmd, func(t *testing.T) {
			sess, err := testsession.NewClientSession(t, ts.addr, ts.clientConfig())
			if err != nil {
				t.Fatal(err)
			}
			var stderr syncBuffer
			sess.Stderr = &stderr
			out, err := sess.Output(tt.cmd)
			if st := exitStatus(t, err); st != 0 {
				t.Errorf("exit status %d, want 0 (stderr %q)", st, stderr.String())
			}
			if !bytes.Equal(out, tt.want) {
				t.Errorf("output differs from the export: got %d bytes, want %d\n%s", len(out), len(tt.want), firstDiff(out, tt.want))
			}
			if stderr.Len() != 0 {
				t.Errorf("stderr: %q", stderr.String())
			}
		})
	}

	for _, cmd := range []string{"help", "json markdown", "JSON", "sh -c id"} {
		t.Run("usage "+cmd, func(t *testing.T) {
			sess, err := testsession.NewClientSession(t, ts.addr, ts.clientConfig())
			if err != nil {
				t.Fatal(err)
			}
			var stderr syncBuffer
			sess.Stderr = &stderr
			out, err := sess.Output(cmd)
			if st := exitStatus(t, err); st != 2 {
				t.Errorf("exit status %d, want 2", st)
			}
			if !strings.HasPrefix(stderr.String(), "usage: ") || !strings.Contains(stderr.String(), "json|markdown") {
				t.Errorf("stderr %q, want a usage line", stderr.String())
			}
			if len(out) != 0 {
				t.Errorf("stdout %q, want nothing", out)
			}
		})
	}

	// several sessions on one connection (ssh ControlMaster) each get theirs
	t.Run("one connection", func(t *testing.T) {
		c := ts.dial(t)
		for _, tt := range []struct {
			cmd  string
			want []byte
		}{{"markdown", wantMD.Bytes()}, {"json", wantJSON.Bytes()}, {"md", wantMD.Bytes()}} {
			out, err := runCommand(c, tt.cmd)
			if err != nil || !bytes.Equal(out, tt.want) {
				t.Errorf("%s: %v, %d bytes (want %d)", tt.cmd, err, len(out), len(tt.want))
			}
		}
	})
}

func firstDiff(got, want []byte) string {
	n := min(len(got), len(want))
	for i := 0; i < n; i++ {
		if got[i] != want[i] {
			lo := max(i-40, 0)
			return "first difference at byte " + strconv.Itoa(i) + ":\n got " + quoteAround(got, lo, i+40) + "\nwant " + quoteAround(want, lo, i+40)
		}
	}
	return "one is a prefix of the other"
}

func quoteAround(b []byte, lo, hi int) string {
	return strings.ReplaceAll(string(b[lo:min(hi, len(b))]), "\n", `\n`)
}

// A window change reflows the dashboard: two columns of panes become
// tabs at 70 columns, a tiny window says so, and it grows back.
func TestWindowChangeReflows(t *testing.T) {
	t.Parallel()
	ts := startServer(t, nil)
	tc := ts.openDashboard(t)

	m := tc.out.Len()
	if err := tc.sess.WindowChange(40, 70); err != nil {
		t.Fatal(err)
	}
	tc.waitText(m, keyTimeout, "1 Actors", "2 Order of Battle", "3 Open Questions", "4 Source")

	m = tc.out.Len()
	tc.send("3")
	tc.waitText(m, keyTimeout, "┃Open Questions")

	m = tc.out.Len()
	if err := tc.sess.WindowChange(8, 30); err != nil {
		t.Fatal(err)
	}
	tc.waitText(m, keyTimeout, "Terminal too small")

	m = tc.out.Len()
	if err := tc.sess.WindowChange(40, 120); err != nil {
		t.Fatal(err)
	}
	text := tc.waitText(m, keyTimeout, paneTitles...)
	for _, l := range strings.Split(text, "\n") {
		if w := ansi.StringWidth(l); w > 120 {
			t.Errorf("a line is %d cells wide in a 120-column window: %q", w, l)
			break
		}
	}
	if tc.ended() {
		t.Fatal("the session ended during resizes")
	}
}

// A dashboard session must be fine with a connection that opened other
// sessions before it.
func TestDashboardAfterCommandOnSameConnection(t *testing.T) {
	t.Parallel()
	ts := startServer(t, nil)
	c := ts.dial(t)
	if _, err := runCommand(c, "json"); err != nil {
		t.Fatal(err)
	}
	tc, err := startPTY(t, c, 120, 40)
	if err != nil {
		t.Fatal(err)
	}
	tc.waitDashboard(frameTimeout)
}
