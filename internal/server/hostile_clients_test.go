package server

// Issue 11 ("Close the holes a hostile SSH client can open"), items 4, 6
// and 7, played by a Go client; tmux_hostile_test.go plays them with the
// real OpenSSH client. Tests that measure allocations or time do not call
// t.Parallel, so that other tests do not add to what they measure.

import (
	"context"
	"io"
	"math"
	"regexp"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/ssh"
	"github.com/charmbracelet/x/ansi"
)

// cursorMoves split raw output into the runs of cells drawn side by side.
var cursorMoves = regexp.MustCompile(`\r|\n|\x1b\[[0-9;]*[ABCDEFGHf]`)

// widestLine is the widest line drawn in raw output, in cells.
func widestLine(raw string) int {
	widest := 0
	for _, line := range cursorMoves.Split(raw, -1) {
		widest = max(widest, ansi.StringWidth(line))
	}
	return widest
}

// allocated is how many bytes the process has allocated so far.
func allocated() uint64 {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.TotalAlloc
}

// Item 4: a client that claims a 10000×10000 terminal, then a window of
// 2^32−1 cells, is drawn at most 1000×500 cells: the frames come as fast
// as for a normal window and cost what a 1000×500 frame costs (it took
// 1.35 GB, and 6 GB, before).
func TestHugeWindowIsClamped(t *testing.T) {
	ts := startServer(t, nil)
	before := allocated()
	start := time.Now()
	tc := ts.openPTY(t, 10000, 10000)
	tc.waitDashboard(frameTimeout)
	first := time.Since(start)
	if w := widestLine(tc.out.Raw(0)); w > maxWindowWidth {
		t.Errorf("a line %d cells wide was drawn for a 10000-column client (limit %d)", w, maxWindowWidth)
	}

	huge := int(math.MaxUint32)
	if err := tc.sess.WindowChange(huge, huge); err != nil {
		t.Fatal(err)
	}
	m := tc.out.Len()
	keyStart := time.Now()
	tc.send("2")
	tc.waitText(m, keyTimeout, "┃Order of Battle")
	redraw := time.Since(keyStart)
	if w := widestLine(tc.out.Raw(m)); w > maxWindowWidth {
		t.Errorf("a line %d cells wide was drawn after a 2^32−1 window change (limit %d)", w, maxWindowWidth)
	}
	alloc := allocated() - before
	t.Logf("10000×10000 client: first frame %v; after a 2^32−1 window change a key redrew in %v; allocated %.1f MB in all",
		first.Round(time.Millisecond), redraw.Round(time.Millisecond), float64(alloc)/(1<<20))
	// a 1000×500 frame costs a few MB to build; the unclamped ones cost GBs
	if alloc > 1<<30 {
		t.Errorf("the huge window cost %.1f MB of allocations", float64(alloc)/(1<<20))
	}
	tc.send("q")
	tc.waitEnd(keyTimeout)
}

func TestClampWindow(t *testing.T) {
	for _, c := range []struct{ w, h, wantW, wantH int }{
		{120, 40, 120, 40},
		{10000, 10000, maxWindowWidth, maxWindowHeight},
		{math.MaxUint32, math.MaxUint32, maxWindowWidth, maxWindowHeight},
		{0, 0, defaultWindowWidth, defaultWindowHeight},
		{-5, 30, defaultWindowWidth, 30},
		{1, 1, 1, 1},
	} {
		got := clampWindow(ssh.Window{Width: c.w, Height: c.h})
		if got.Width != c.wantW || got.Height != c.wantH {
			t.Errorf("clampWindow(%d×%d) = %d×%d, want %d×%d", c.w, c.h, got.Width, got.Height, c.wantW, c.wantH)
		}
	}
}

// Item 6: a terminal that never answers the background-colour and DA1
// queries gets its first frame within 2 s (drawn for a dark background),
// and its idle clock runs from the start of the session (it was held 45 s
// with an 8 s idle timeout, never drawn).
func TestSilentTerminalIsServedAndTimesOut(t *testing.T) {
	const idle = 2 * time.Second
	ts := startServer(t, func(c *Config) { c.IdleTimeout = idle })
	c := ts.dial(t)
	start := time.Now()
	tc, err := startTerm(t, c, 120, 40, nil, false)
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := tc.pollText(0, 2*time.Second, paneTitles...); !ok {
		t.Fatalf("a terminal that does not answer had no first frame after 2s; it was shown:\n%q", lastRunes(tc.out.Raw(0), 300))
	}
	first := time.Since(start)
	tc.waitEnd(idle + 5*time.Second)
	ended := time.Since(start)
	t.Logf("silent terminal: first frame after %v, ended after %v (idle timeout %v)", first.Round(time.Millisecond), ended.Round(time.Millisecond), idle)
	if ended > idle+3*time.Second {
		t.Errorf("the silent session ended %v after it started, with a %v idle timeout", ended, idle)
	}
	goodbyeAfterRestore(t, tc, "without input")
}

// The terminal's answers are taken out of the input whole, whether they
// come at once or in pieces, and what the user typed around them is
// passed on in order; a light background is seen as light.
func TestSessionInputTakesAnswersOut(t *testing.T) {
	const (
		light = "\x1b]11;rgb:ffff/ffff/eeee\x1b\\"
		dark  = "\x1b]11;rgb:1c1c/1c1c/1c1c\x07"
		da1   = "\x1b[?62;22c"
	)
	for _, c := range []struct {
		name   string
		pieces []string
		dark   bool
		known  bool
		keys   string
	}{
		{"light at once", []string{light + da1 + "jk"}, false, true, "jk"},
		{"dark in pieces", []string{"j", dark[:7], dark[7:] + "\x1b[?6", "2;22c", "k"}, true, true, "jk"},
		{"DA1 only", []string{da1, "\x1b[A"}, true, false, "\x1b[A"},
	} {
		t.Run(c.name, func(t *testing.T) {
			src, feed := io.Pipe()
			in := newSessionInput(src, io.Discard, func(r any) { t.Errorf("panic: %v", r) })
			defer in.Close()
			go func() {
				for _, p := range c.pieces {
					_, _ = io.WriteString(feed, p)
					time.Sleep(5 * time.Millisecond)
				}
			}()
			bg := in.Background(5 * time.Second)
			if bg.dark != c.dark || bg.answered != c.known {
				t.Errorf("background %+v, want dark %v, answered %v", bg, c.dark, c.known)
			}
			got := make([]byte, len(c.keys))
			if _, err := io.ReadFull(in, got); err != nil || string(got) != c.keys {
				t.Errorf("input %q (%v), want %q", got, err, c.keys)
			}
			feed.Close()
		})
	}

	t.Run("no answer", func(t *testing.T) {
		src, feed := io.Pipe()
		defer feed.Close()
		in := newSessionInput(src, io.Discard, func(r any) { t.Errorf("panic: %v", r) })
		defer in.Close()
		start := time.Now()
		if bg := in.Background(100 * time.Millisecond); !bg.dark || bg.answered {
			t.Errorf("background %+v, want dark assumed", bg)
		}
		if took := time.Since(start); took > time.Second {
			t.Errorf("the wait took %v", took)
		}
		// a late answer in one piece is not taken for keys
		go func() { _, _ = io.WriteString(feed, "q"+dark+da1+"j") }()
		got := make([]byte, 2)
		if _, err := io.ReadFull(in, got); err != nil || string(got) != "qj" {
			t.Errorf("input %q (%v), want \"qj\"", got, err)
		}
	})
}

// stuckModel draws until told "!"; from then on each View blocks until
// release is closed, as a session stuck drawing a huge frame did.
type stuckModel struct {
	tea.Model
	stuck   *atomic.Bool
	entered chan<- struct{}
	once    *sync.Once
	release <-chan struct{}
}

func (m stuckModel) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if k, ok := msg.(tea.KeyMsg); ok && k.String() == "!" {
		m.stuck.Store(true)
	}
	var cmd tea.Cmd
	m.Model, cmd = m.Model.Update(msg)
	return m, cmd
}

func (m stuckModel) View() string {
	if m.stuck.Load() {
		m.once.Do(func() { close(m.entered) })
		<-m.release
	}
	return m.Model.View()
}

// Item 7: Shutdown returns within its grace period even when a session is
// stuck drawing (it took 13.7 s of a promised 10), the other sessions say
// goodbye, and the log gives the true number of sessions (it said 0).
func TestShutdownWithASessionStuckDrawing(t *testing.T) {
	const grace = 3 * time.Second
	release := make(chan struct{})
	defer close(release)
	entered := make(chan struct{})
	var once sync.Once
	var first atomic.Bool
	ts := startServer(t, func(c *Config) {
		c.shutdownGrace = grace
		c.wrapModel = func(m tea.Model) tea.Model {
			if first.CompareAndSwap(false, true) { // the first session only
				return stuckModel{Model: m, stuck: &atomic.Bool{}, entered: entered, once: &once, release: release}
			}
			return m
		}
	})
	stuck := ts.openDashboard(t)
	others := []*termClient{ts.openDashboard(t), ts.openDashboard(t)}
	for _, tc := range others {
		hangUpWhenDone(tc)
	}
	stuck.send("!")
	select {
	case <-entered:
	case <-time.After(keyTimeout):
		t.Fatal("the session did not get stuck")
	}

	start := time.Now()
	_ = ts.srv.Shutdown(context.Background())
	took := time.Since(start)
	t.Logf("Shutdown with a session stuck drawing and two live ones: %v (grace %v)", took.Round(time.Millisecond), grace)
	if took > grace+500*time.Millisecond {
		t.Errorf("Shutdown took %v with a %v grace period", took, grace)
	}
	if log := ts.log.String(); !strings.Contains(log, "shutting down sessions=3") {
		t.Errorf("the log does not count the three sessions:\n%s", log)
	}
	for _, tc := range others {
		tc.waitEnd(keyTimeout)
		goodbyeAfterRestore(t, tc, "shutting down")
	}
}
