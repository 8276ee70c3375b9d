package server

import (
	"bytes"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/pem"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"
	gossh "golang.org/x/crypto/ssh"

	"github.com/briefing-tools/briefing/internal/briefing"
	"github.com/briefing-tools/briefing/internal/extract"
	"github.com/briefing-tools/briefing/internal/ingest"
)

// paneTitles are the titles of the four panes of the wide dashboard.
var paneTitles = []string{"Actors", "Order of Battle", "Open Questions", "Source"}

// helpHint is only on screen while the "?" overlay is open.
const helpHint = "? or esc closes"

// fixturesDir is absolute, resolved before any test changes directory.
var fixturesDir = func() string {
	p, err := filepath.Abs(filepath.Join("..", "..", "fixtures"))
	if err != nil {
		panic(err)
	}
	return p
}()

// hostileDir holds the malformed and hostile inputs, kept out of fixtures/.
var hostileDir = func() string {
	p, err := filepath.Abs(filepath.Join("..", "..", "testdata", "hostile"))
	if err != nil {
		panic(err)
	}
	return p
}()

// testBriefing is the fixtures, loaded and extracted once for the package.
var testBriefing = sync.OnceValue(func() *briefing.Briefing {
	res := ingest.Load([]string{fixturesDir}, ingest.Options{})
	if len(res.Documents) == 0 {
		panic("no fixture document loaded from " + fixturesDir)
	}
	b := extract.Run(res.Documents)
	b.Warnings = res.Warnings
	return &b
})

// syncBuffer is a bytes.Buffer safe for one writer and many readers.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.buf.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.buf.String()
}

func (s *syncBuffer) Len() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.buf.Len()
}

// newClientKey makes an ed25519 client key.
func newClientKey(t testing.TB) (ed25519.PrivateKey, gossh.Signer) {
	t.Helper()
	_, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	signer, err := gossh.NewSignerFromKey(priv)
	if err != nil {
		t.Fatal(err)
	}
	return priv, signer
}

// writeKeyFile writes key as an OpenSSH private key file (mode 0600) for
// the ssh client, and returns its path.
func writeKeyFile(t testing.TB, key ed25519.PrivateKey) string {
	t.Helper()
	block, err := gossh.MarshalPrivateKey(key, "briefing test key")
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "id_ed25519")
	if err := os.WriteFile(path, pem.EncodeToMemory(block), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// writeAuthorizedKeys writes an authorized_keys file listing the keys.
func writeAuthorizedKeys(t testing.TB, dir string, keys ...gossh.PublicKey) string {
	t.Helper()
	var b bytes.Buffer
	b.WriteString("# briefing test keys\n")
	for _, k := range keys {
		b.Write(gossh.MarshalAuthorizedKey(k))
	}
	path := filepath.Join(dir, "authorized_keys")
	if err := os.WriteFile(path, b.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// testServer is a server on a loopback port with one authorized key.
type testServer struct {
	srv    *Server
	addr   string
	priv   ed25519.PrivateKey
	signer gossh.Signer
	dir    string
	log    *syncBuffer
	// serveDone is closed when Serve has returned serveErr.
	serveDone chan struct{}
	serveErr  error
}

// startServer builds a server from the fixtures briefing (mod may change
// the configuration), serves it on 127.0.0.1:0 and stops it when the test
// ends.
func startServer(t testing.TB, mod func(*Config)) *testServer {
	t.Helper()
	return startServerFor(t, testBriefing(), mod)
}

// startServerFor is startServer on a briefing of the test's own.
func startServerFor(t testing.TB, b *briefing.Briefing, mod func(*Config)) *testServer {
	t.Helper()
	ts := &testServer{dir: t.TempDir(), log: &syncBuffer{}, serveDone: make(chan struct{})}
	ts.priv, ts.signer = newClientKey(t)
	cfg := Config{
		Listen:             "127.0.0.1:0",
		HostKeyPath:        filepath.Join(ts.dir, "host", "ssh_host_ed25519_key"),
		AuthorizedKeysPath: writeAuthorizedKeys(t, ts.dir, ts.signer.PublicKey()),
		MaxSessions:        16,
		Log:                ts.log,
	}
	if mod != nil {
		mod(&cfg)
	}
	srv, err := New(b, cfg)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	ts.srv = srv
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ts.addr = l.Addr().String()
	nl := &notifyListener{Listener: l, accepting: make(chan struct{})}
	go func() {
		ts.serveErr = srv.Serve(nl)
		close(ts.serveDone)
	}()
	// Serve registers the listener (so that Shutdown closes it) before
	// it first accepts: tests start once it does.
	select {
	case <-nl.accepting:
	case <-time.After(5 * time.Second):
		t.Fatal("Serve did not start accepting within 5s")
	}
	t.Cleanup(func() {
		_ = srv.SSH().Close()
		if returned, err := ts.serveReturn(); !returned {
			t.Errorf("Serve did not return within 5s of Close")
		} else if err != nil {
			t.Errorf("Serve returned %v", err)
		}
		if t.Failed() {
			t.Logf("server log:\n%s", ts.log.String())
		}
	})
	return ts
}

// notifyListener tells when Serve first calls Accept.
type notifyListener struct {
	net.Listener
	once      sync.Once
	accepting chan struct{}
}

func (l *notifyListener) Accept() (net.Conn, error) {
	l.once.Do(func() { close(l.accepting) })
	return l.Listener.Accept()
}

// clientConfig authenticates with the test server's authorized key.
func (ts *testServer) clientConfig() *gossh.ClientConfig {
	return &gossh.ClientConfig{
		User:            "operator",
		Auth:            []gossh.AuthMethod{gossh.PublicKeys(ts.signer)},
		HostKeyCallback: gossh.InsecureIgnoreHostKey(), //nolint:gosec // a test server
		Timeout:         10 * time.Second,
	}
}

// dial opens an SSH connection closed when the test ends.
func (ts *testServer) dial(t testing.TB) *gossh.Client {
	t.Helper()
	c, err := gossh.Dial("tcp", ts.addr, ts.clientConfig())
	if err != nil {
		t.Fatalf("dial %s: %v", ts.addr, err)
	}
	t.Cleanup(func() { _ = c.Close() })
	return c
}

// termClient is one interactive session: it plays the part of a terminal
// (it answers the background-colour and device-attribute queries a real
// terminal answers) and records everything the server draws.
type termClient struct {
	t      testing.TB
	client *gossh.Client
	sess   *gossh.Session
	stdin  io.WriteCloser
	out    *termOutput
	stderr *syncBuffer
	done   chan struct{}
	err    error // from Session.Wait, once done is closed
}

// termOutput collects a session's output and answers terminal queries.
type termOutput struct {
	mu       sync.Mutex
	raw      bytes.Buffer
	answered int // raw offset up to which queries were answered
	answer   func(string)
}

func (o *termOutput) Write(p []byte) (int, error) {
	o.mu.Lock()
	o.raw.Write(p)
	// answer each background-colour/DA1 query once, as a terminal does
	var replies []string
	for {
		rest := o.raw.Bytes()[o.answered:]
		i := bytes.Index(rest, []byte(ansi.RequestPrimaryDeviceAttributes))
		if i < 0 {
			if n := len(rest) - len(ansi.RequestPrimaryDeviceAttributes); n > 0 {
				o.answered += n
			}
			break
		}
		if bytes.Contains(rest[:i], []byte("\x1b]11;?")) {
			replies = append(replies, "\x1b]11;rgb:0000/0000/0000\x07")
		}
		replies = append(replies, "\x1b[?62;22c")
		o.answered += i + len(ansi.RequestPrimaryDeviceAttributes)
	}
	answer := o.answer
	o.mu.Unlock()
	if len(replies) > 0 && answer != nil {
		// never block the session's output on its input
		go answer(strings.Join(replies, ""))
	}
	return len(p), nil
}

// Len is the number of raw bytes received so far.
func (o *termOutput) Len() int {
	o.mu.Lock()
	defer o.mu.Unlock()
	return o.raw.Len()
}

// Raw returns the raw bytes received from offset from on.
func (o *termOutput) Raw(from int) string {
	o.mu.Lock()
	defer o.mu.Unlock()
	b := o.raw.Bytes()
	if from > len(b) {
		from = len(b)
	}
	return string(b[from:])
}

// Text returns what was drawn from raw offset from on, without escapes.
func (o *termOutput) Text(from int) string { return ansi.Strip(o.Raw(from)) }

// openPTY dials, asks for a w×h PTY and starts the shell (the dashboard).
// openDashboard opens a 120×40 terminal session and waits for the
// dashboard's first frame.
func (ts *testServer) openDashboard(t testing.TB) *termClient {
	t.Helper()
	tc := ts.openPTY(t, 120, 40)
	tc.waitDashboard(frameTimeout)
	return tc
}

// serveReturn waits up to 5 s for Serve to return, and gives its error.
func (ts *testServer) serveReturn() (returned bool, err error) {
	select {
	case <-ts.serveDone:
		return true, ts.serveErr
	case <-time.After(5 * time.Second):
		return false, nil
	}
}

func (ts *testServer) openPTY(t testing.TB, w, h int) *termClient {
	t.Helper()
	tc, err := ts.tryOpenPTY(t, w, h)
	if err != nil {
		t.Fatal(err)
	}
	return tc
}

func (ts *testServer) tryOpenPTY(t testing.TB, w, h int) (*termClient, error) {
	t.Helper()
	c, err := gossh.Dial("tcp", ts.addr, ts.clientConfig())
	if err != nil {
		return nil, fmt.Errorf("dial: %w", err)
	}
	return startPTY(t, c, w, h)
}

// startPTY opens a PTY session with the dashboard on an existing client;
// the client is closed when the test ends.
func startPTY(t testing.TB, c *gossh.Client, w, h int) (*termClient, error) {
	t.Helper()
	return startPTYWithEnv(t, c, w, h, nil)
}

// startPTYWithEnv is startPTY with environment variables sent first
// (as ssh -o SetEnv does).
func startPTYWithEnv(t testing.TB, c *gossh.Client, w, h int, env map[string]string) (*termClient, error) {
	t.Helper()
	return startTerm(t, c, w, h, env, true)
}

// startTerm opens a PTY session; a terminal that does not answer (answers
// false) never replies to the background-colour and DA1 queries.
func startTerm(t testing.TB, c *gossh.Client, w, h int, env map[string]string, answers bool) (*termClient, error) {
	t.Helper()
	t.Cleanup(func() { _ = c.Close() })
	sess, err := c.NewSession()
	if err != nil {
		return nil, fmt.Errorf("new session: %w", err)
	}
	tc := &termClient{t: t, client: c, sess: sess, out: &termOutput{}, stderr: &syncBuffer{}, done: make(chan struct{})}
	sess.Stdout = tc.out
	sess.Stderr = tc.stderr
	if tc.stdin, err = sess.StdinPipe(); err != nil {
		return nil, err
	}
	if answers {
		tc.out.answer = func(s string) { _, _ = io.WriteString(tc.stdin, s) }
	}
	for k, v := range env {
		if err := sess.Setenv(k, v); err != nil {
			return nil, fmt.Errorf("setenv %s: %w", k, err)
		}
	}
	if err := sess.RequestPty("xterm-256color", h, w, gossh.TerminalModes{}); err != nil {
		return nil, fmt.Errorf("pty: %w", err)
	}
	if err := sess.Shell(); err != nil {
		return nil, fmt.Errorf("shell: %w", err)
	}
	go func() {
		tc.err = sess.Wait()
		close(tc.done)
	}()
	return tc, nil
}

// send types keys.
func (tc *termClient) send(keys string) {
	tc.t.Helper()
	if _, err := io.WriteString(tc.stdin, keys); err != nil {
		tc.t.Fatalf("send %q: %v", keys, err)
	}
}

// waitText waits until everything drawn from raw offset from on holds
// every needle, and returns that text. It fails the test after timeout.
func (tc *termClient) waitText(from int, timeout time.Duration, needles ...string) string {
	tc.t.Helper()
	text, ok := tc.pollText(from, timeout, needles...)
	if !ok {
		tc.t.Fatalf("after %v the session had not shown %q; it showed (from offset %d):\n%s\nstderr: %q",
			timeout, needles, from, lastRunes(text, 3000), tc.stderr.String())
	}
	return text
}

func (tc *termClient) pollText(from int, timeout time.Duration, needles ...string) (string, bool) {
	deadline := time.Now().Add(timeout)
	for {
		text := tc.out.Text(from)
		if containsAll(text, needles...) {
			return text, true
		}
		if time.Now().After(deadline) {
			return text, false
		}
		select {
		case <-tc.done:
			// the session ended: what it drew is all there is
			text = tc.out.Text(from)
			return text, containsAll(text, needles...)
		case <-time.After(10 * time.Millisecond):
		}
	}
}

// waitDashboard waits for the four pane titles.
func (tc *termClient) waitDashboard(timeout time.Duration) {
	tc.t.Helper()
	tc.waitText(0, timeout, paneTitles...)
}

// waitEnd waits for the session to end and returns its exit status.
func (tc *termClient) waitEnd(timeout time.Duration) int {
	tc.t.Helper()
	select {
	case <-tc.done:
	case <-time.After(timeout):
		tc.t.Fatalf("the session did not end within %v; it showed:\n%s", timeout, lastRunes(tc.out.Text(0), 2000))
	}
	return exitStatus(tc.t, tc.err)
}

// ended reports whether the session has ended.
func (tc *termClient) ended() bool {
	select {
	case <-tc.done:
		return true
	default:
		return false
	}
}

// close ends the session and its connection.
func (tc *termClient) close() {
	_ = tc.sess.Close()
	_ = tc.client.Close()
}

// exitStatus turns the error of Session.Wait or Run into an exit status.
func exitStatus(t testing.TB, err error) int {
	t.Helper()
	if err == nil {
		return 0
	}
	var ee *gossh.ExitError
	if errors.As(err, &ee) {
		return ee.ExitStatus()
	}
	t.Fatalf("session ended without an exit status: %v", err)
	return -1
}

func containsAll(s string, needles ...string) bool {
	for _, n := range needles {
		if !strings.Contains(s, n) {
			return false
		}
	}
	return true
}

func lastRunes(s string, n int) string {
	r := []rune(s)
	if len(r) > n {
		return "…" + string(r[len(r)-n:])
	}
	return s
}

// writeFile writes a test file or fails the test.
func writeFile(t testing.TB, path, data string, mode os.FileMode) {
	t.Helper()
	if err := os.WriteFile(path, []byte(data), mode); err != nil {
		t.Fatal(err)
	}
}

// eventually polls cond every 10ms until it holds or timeout passes.
func eventually(t testing.TB, timeout time.Duration, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("after %v: %s", timeout, what)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// trackedPrograms is how many session programs the server tracks.
func trackedPrograms(s *Server) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.live)
}

// dialFrom opens a TCP connection to addr from the loopback address ip
// (127.0.0.2, …), so one test can play clients on many addresses.
func dialFrom(ip, addr string) (net.Conn, error) {
	d := net.Dialer{LocalAddr: &net.TCPAddr{IP: net.ParseIP(ip)}, Timeout: 10 * time.Second}
	return d.Dial("tcp", addr)
}

// dialSSHFrom logs in from the loopback address ip.
func (ts *testServer) dialSSHFrom(ip string) (*gossh.Client, error) {
	conn, err := dialFrom(ip, ts.addr)
	if err != nil {
		return nil, err
	}
	cfg := ts.clientConfig()
	_ = conn.SetDeadline(time.Now().Add(cfg.Timeout))
	sc, chans, reqs, err := gossh.NewClientConn(conn, ts.addr, cfg)
	if err != nil {
		conn.Close()
		return nil, err
	}
	_ = conn.SetDeadline(time.Time{})
	return gossh.NewClient(sc, chans, reqs), nil
}

// silentConns opens n TCP connections from ip that never say a word;
// they are closed when the test ends.
func silentConns(t testing.TB, ip, addr string, n int) []net.Conn {
	t.Helper()
	var conns []net.Conn
	for i := 0; i < n; i++ {
		c, err := dialFrom(ip, addr)
		if err != nil {
			t.Fatalf("silent connection %d from %s: %v", i, ip, err)
		}
		conns = append(conns, c)
		t.Cleanup(func() { c.Close() })
	}
	return conns
}

// hungUp reports whether the server closed conn (within wait) without
// the client having said anything.
func hungUp(conn net.Conn, wait time.Duration) bool {
	_ = conn.SetReadDeadline(time.Now().Add(wait))
	_, err := io.Copy(io.Discard, conn)
	if ne, ok := err.(net.Error); ok && ne.Timeout() {
		return false
	}
	return true
}
