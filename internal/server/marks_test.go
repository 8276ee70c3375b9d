package server

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	gossh "golang.org/x/crypto/ssh"

	"github.com/briefing-tools/briefing/internal/marks"
	"github.com/briefing-tools/briefing/internal/store"
	"github.com/briefing-tools/briefing/internal/store/storetest"
	"github.com/briefing-tools/briefing/internal/tmuxtest"
	"github.com/briefing-tools/briefing/tui"
)

// sessionRecord is what a session's dashboard has applied of the store.
type sessionRecord struct {
	mu     sync.Mutex
	count  int
	digest string
	seen   map[int64]time.Time // event id → when the dashboard applied it
}

// recorders collects one record per session of a server.
type recorders struct {
	mu   sync.Mutex
	recs []*sessionRecord
}

func (r *recorders) wrap(inner tea.Model) tea.Model {
	rec := &sessionRecord{seen: map[int64]time.Time{}}
	if d, ok := inner.(tui.Model); ok {
		rec.count, rec.digest = d.MarksDigest()
	}
	r.mu.Lock()
	r.recs = append(r.recs, rec)
	r.mu.Unlock()
	return recordingModel{inner: inner, rec: rec}
}

func (r *recorders) all() []*sessionRecord {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]*sessionRecord(nil), r.recs...)
}

// recordingModel notes each store event its dashboard applies.
type recordingModel struct {
	inner tea.Model
	rec   *sessionRecord
}

func (m recordingModel) Init() tea.Cmd { return m.inner.Init() }
func (m recordingModel) View() string  { return m.inner.View() }

func (m recordingModel) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	next, cmd := m.inner.Update(msg)
	m.inner = next
	if batch, ok := msg.(tui.MarksMsg); ok {
		now := time.Now()
		count, digest := next.(tui.Model).MarksDigest()
		m.rec.mu.Lock()
		m.rec.count, m.rec.digest = count, digest
		for _, e := range batch.Events {
			if _, dup := m.rec.seen[e.ID]; !dup {
				m.rec.seen[e.ID] = now
			}
		}
		m.rec.mu.Unlock()
	}
	return m, cmd
}

func (r *sessionRecord) state() (int, string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.count, r.digest
}

func (r *sessionRecord) seenAt(id int64) (time.Time, bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	t, ok := r.seen[id]
	return t, ok
}

// startMarksServer serves the fixtures with marks kept in st; the
// authorized key's comment is "ana@desk".
func startMarksServer(t testing.TB, st store.Store, sessions int) (*testServer, *recorders) {
	t.Helper()
	rec := &recorders{}
	ts := startServer(t, func(c *Config) {
		c.Store = st
		c.MaxSessions = sessions
		c.wrapModel = rec.wrap
		data, err := os.ReadFile(c.AuthorizedKeysPath)
		if err != nil {
			t.Fatal(err)
		}
		writeFile(t, c.AuthorizedKeysPath, strings.TrimRight(string(data), "\n")+" ana@desk\n", 0o600)
	})
	return ts, rec
}

func openSQLiteStore(t testing.TB) store.Store {
	t.Helper()
	st, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "briefing.db"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

// waitEvents waits until the store holds n events and returns them.
func waitEvents(t testing.TB, st store.Store, n int, timeout time.Duration) []store.Event {
	t.Helper()
	var events []store.Event
	deadline := time.Now().Add(timeout)
	for {
		var err error
		events, err = st.Events(context.Background(), 0)
		if err == nil && len(events) >= n {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("after %v the store holds %d events (%v), want %d", timeout, len(events), err, n)
		}
		time.Sleep(10 * time.Millisecond)
	}
	if len(events) != n {
		t.Fatalf("%d events stored, want %d", len(events), n)
	}
	return events
}

// TestMarkAppearsInEverySessionLive: a mark made with a key in one
// session reaches the other session's dashboard and screen; the mark
// carries the key's comment and fingerprint.
func TestMarkAppearsInEverySessionLive(t *testing.T) {
	st := openSQLiteStore(t)
	ts, rec := startMarksServer(t, st, 8)
	a, b := ts.openDashboard(t), ts.openDashboard(t)
	a.send("3")
	var delays []time.Duration
	for round := range 8 {
		from := b.out.Len()
		sent := time.Now()
		a.send("s")
		events := waitEvents(t, st, round+1, 10*time.Second)
		id := events[round].ID
		recs := rec.all()
		eventually(t, 10*time.Second, "the other session to apply the mark", func() bool {
			_, ok := recs[1].seenAt(id)
			return ok
		})
		seen, _ := recs[1].seenAt(id)
		delays = append(delays, seen.Sub(sent))
		// and draws its glyph in the Open Questions pane, as text
		b.waitText(from, 10*time.Second, "│"+marks.Vocab().Status.Glyph(events[round].After)+" ")
	}
	events, _ := st.Events(context.Background(), 0)
	fp := gossh.FingerprintSHA256(ts.signer.PublicKey())
	if who := events[0].Who; who != "ana@desk "+fp {
		t.Errorf("mark made by %q, want the key's comment and fingerprint %q", who, "ana@desk "+fp)
	}
	// the exports over SSH carry the marks as they are now
	c := ts.dial(t)
	defer c.Close()
	sess, err := c.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	out, err := sess.Output("json")
	if err != nil || !strings.Contains(string(out), `"marks": [`) || !strings.Contains(string(out), `"who": "ana@desk SHA256:`) {
		t.Errorf("ssh HOST json: %v, marks missing:\n%s", err, lastRunes(string(out), 600))
	}
	sort.Slice(delays, func(i, j int) bool { return delays[i] < delays[j] })
	t.Logf("key in one session → applied in the other: median %v, max %v over %d marks", delays[len(delays)/2], delays[len(delays)-1], len(delays))
}

// TestFiftySessionsWritingLoseNothing: 50 SSH sessions mark the same
// question at once; the store keeps every event, and every session ends
// with all of them and the same derived state as the store.
func TestFiftySessionsWritingLoseNothing(t *testing.T) {
	if testing.Short() {
		t.Skip("opens 50 sessions")
	}
	const sessions, presses = 50, 4
	st := openSQLiteStore(t)
	ts, rec := startMarksServer(t, st, sessions+2)
	clients := make([]*termClient, sessions)
	for i := range clients {
		tc, err := ts.tryOpenPTY(t, 100, 30)
		if err != nil {
			t.Fatalf("session %d: %v", i, err)
		}
		clients[i] = tc
	}
	for _, tc := range clients {
		tc.waitText(0, 60*time.Second, "Open Questions")
	}
	var wg sync.WaitGroup
	errs := make(chan error, sessions)
	for _, tc := range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if _, err := io.WriteString(tc.stdin, "3"+strings.Repeat("s", presses)); err != nil {
				errs <- err
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	events := waitEvents(t, st, sessions*presses, 60*time.Second)
	for i, e := range events {
		if i > 0 && e.Before != events[i-1].After {
			t.Errorf("event %d: before %q, but the value was %q", e.ID, e.Before, events[i-1].After)
		}
	}
	want := store.Derive(events).Digest()
	recs := rec.all()
	if len(recs) != sessions {
		t.Fatalf("%d sessions recorded, want %d", len(recs), sessions)
	}
	eventually(t, 60*time.Second, "every session to apply every event", func() bool {
		for _, r := range recs {
			if n, d := r.state(); n != len(events) || d != want {
				return false
			}
		}
		return true
	})
	t.Logf("%d sessions × %d marks: %d events stored, every session holds %d and the store's state", sessions, presses, len(events), len(events))
}

// TestServeHostsShareMarksThroughPostgres: two servers, each with its
// own store instance on one PostgreSQL database, as two serve hosts
// would be; a mark made on one appears in a session of the other.
func TestServeHostsShareMarksThroughPostgres(t *testing.T) {
	dsn := storetest.Postgres(t)
	open := func() store.Store {
		st, err := store.Open(context.Background(), dsn, store.Options{})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { st.Close() })
		return st
	}
	stA, stB := open(), open()
	tsA, _ := startMarksServer(t, stA, 4)
	tsB, recB := startMarksServer(t, stB, 4)
	a, b := tsA.openDashboard(t), tsB.openDashboard(t)
	from := b.out.Len()
	sent := time.Now()
	a.send("3s")
	events := waitEvents(t, stA, 1, 10*time.Second)
	rec := recB.all()[0]
	eventually(t, 10*time.Second, "the other host's session to apply the mark", func() bool {
		_, ok := rec.seenAt(events[0].ID)
		return ok
	})
	seen, _ := rec.seenAt(events[0].ID)
	b.waitText(from, 10*time.Second, "│o ")
	t.Logf("key on host A → applied on host B: %v", seen.Sub(sent))
}

// BenchmarkMarkRoundTrip: a key pressed in one SSH session until the
// mark is applied in another session's dashboard (drawn at the next
// frame, 1/FPS later). Reports the median and the 99th percentile.
func BenchmarkMarkRoundTrip(b *testing.B) {
	st := openSQLiteStore(b)
	ts, rec := startMarksServer(b, st, 4)
	one := ts.openDashboard(b)
	ts.openDashboard(b) // the other session, which must see each mark
	one.send("3")
	recs := rec.all()
	var delays []time.Duration
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		sent := time.Now()
		one.send("s")
		events := waitEvents(b, st, i+1, 10*time.Second)
		id := events[i].ID
		for {
			if at, ok := recs[1].seenAt(id); ok {
				delays = append(delays, at.Sub(sent))
				break
			}
			time.Sleep(100 * time.Microsecond)
		}
	}
	b.StopTimer()
	sort.Slice(delays, func(i, j int) bool { return delays[i] < delays[j] })
	b.ReportMetric(float64(delays[len(delays)/2].Microseconds())/1000, "ms-median")
	b.ReportMetric(float64(delays[min(len(delays)*99/100, len(delays)-1)].Microseconds())/1000, "ms-p99")
}

// TestOpenSSHClientsShareMarksInTmux: two real OpenSSH clients, each in
// its own terminal; a flag set in one appears in the other, and the
// note written in the other shows in the first one's detail view.
func TestOpenSSHClientsShareMarksInTmux(t *testing.T) {
	tmuxtest.Need(t, "tmux", "ssh")
	st := openSQLiteStore(t)
	ts, _ := startMarksServer(t, st, 4)
	keyPath := writeKeyFile(t, ts.priv)
	port := ts.addr[strings.LastIndexByte(ts.addr, ':')+1:]
	shell := "ssh -tt -F /dev/null -i " + keyPath + " -p " + port +
		" -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null -o BatchMode=yes -o IdentitiesOnly=yes" +
		" -o IdentityAgent=none -o LogLevel=ERROR -o ConnectTimeout=10 127.0.0.1; sleep 120"
	one := tmuxtest.Start(t, 120, 40, "", "NO_COLOR=1 "+shell)
	other := tmuxtest.Start(t, 120, 40, "", shell)
	for _, tm := range []*tmuxtest.Session{one, other} {
		tm.Wait(15*time.Second, "the dashboard", func(s string) bool { return containsAll(s, paneTitles...) })
	}
	one.Keys("s")
	one.Wait(keyTimeout, "the saved flag", func(s string) bool { return strings.Contains(s, "flag: confirmed") })
	other.Wait(keyTimeout, "the flag from the other client", func(s string) bool { return strings.Contains(s, "┃+ ") })

	other.Keys("e")
	other.Wait(keyTimeout, "the note editor", func(s string) bool { return strings.Contains(s, "ctrl+s save") })
	other.Text("seen by both")
	other.Keys("C-s")
	one.Keys("Enter")
	one.Wait(keyTimeout, "the note and its author in the detail view", func(s string) bool {
		return strings.Contains(s, "seen by both") && strings.Contains(s, "ana@desk SHA256:")
	})
}
