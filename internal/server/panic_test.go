package server

import (
	"errors"
	"io"
	"net"
	"runtime"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	gossh "golang.org/x/crypto/ssh"
)

// A client that vanishes in the middle of a redraw takes nothing down
// with it: another session keeps answering keys, the server still lets
// people in, and the dead session's program and connection are released.
func TestAbruptDisconnectLeavesOthersWorking(t *testing.T) {
	t.Parallel()
	ts := startServer(t, nil)
	other := ts.openDashboard(t)

	// the victim on a TCP connection this test can cut
	conn, err := net.Dial("tcp", ts.addr)
	if err != nil {
		t.Fatal(err)
	}
	sc, chans, reqs, err := gossh.NewClientConn(conn, ts.addr, ts.clientConfig())
	if err != nil {
		t.Fatal(err)
	}
	victim, err := startPTY(t, gossh.NewClient(sc, chans, reqs), 120, 40)
	if err != nil {
		t.Fatal(err)
	}
	victim.waitDashboard(frameTimeout)
	eventually(t, 5*time.Second, "the server does not track two programs", func() bool { return trackedPrograms(ts.srv) == 2 })

	// a burst of redraws (keys and resizes), cut off half-way
	for i := 0; i < 20; i++ {
		_, _ = io.WriteString(victim.stdin, "jjjj")
		_ = victim.sess.WindowChange(30+i%10, 90+i)
	}
	_ = conn.Close()

	m := other.out.Len()
	other.send("2")
	other.waitText(m, keyTimeout, "┃Order of Battle")
	m = other.out.Len()
	other.send("?")
	other.waitText(m, keyTimeout, helpHint)

	fresh := ts.openPTY(t, 100, 30)
	fresh.waitDashboard(frameTimeout)

	eventually(t, 5*time.Second, "the cut connection is still counted or its program still tracked", func() bool {
		return ts.srv.limiter.Open() == 2 && trackedPrograms(ts.srv) == 2
	})
}

// panicky is a clock (Config.Now) that panics in chosen places, so tests
// can make exactly one session panic through the server's public surface:
// the clock is read while a session is set up (programFor) and by the
// session's model on every key and tick, on that session's goroutine.
type panicky struct {
	inSetup  atomic.Bool   // panic in the next session's setup
	mark     atomic.Bool   // remember the goroutine of the next session's setup
	victim   atomic.Uint64 // goroutine of the session that must panic
	inUpdate atomic.Bool   // panic in the victim's next Update
}

func (p *panicky) Now() time.Time {
	switch {
	case calledFrom("programFor"):
		if p.inSetup.CompareAndSwap(true, false) {
			panic("test: panic while setting up a session")
		}
		if p.mark.CompareAndSwap(true, false) {
			p.victim.Store(goid())
		}
	case calledFrom("sessionModel.Update"):
		if goid() == p.victim.Load() && p.inUpdate.CompareAndSwap(true, false) {
			panic("test: panic in one session's Update")
		}
	}
	return time.Now()
}

// calledFrom reports whether a function whose name contains fn is on the stack.
func calledFrom(fn string) bool {
	pcs := make([]uintptr, 32)
	frames := runtime.CallersFrames(pcs[:runtime.Callers(2, pcs)])
	for {
		f, more := frames.Next()
		if strings.Contains(f.Function, fn) {
			return true
		}
		if !more {
			return false
		}
	}
}

// goid is the current goroutine's id (test use only).
func goid() uint64 {
	var buf [64]byte
	s := strings.TrimPrefix(string(buf[:runtime.Stack(buf[:], false)]), "goroutine ")
	id, _ := strconv.ParseUint(s[:strings.IndexByte(s, ' ')], 10, 64)
	return id
}

// A panic in one session — while it is set up, or inside its running
// program — ends that session only; a session open at the time keeps
// working and new sessions are served.
func TestPanicInOneSessionLeavesOthersWorking(t *testing.T) {
	t.Parallel()
	clock := &panicky{}
	ts := startServer(t, func(c *Config) { c.Now = clock.Now })
	bystander := ts.openDashboard(t)
	stillWorks := func(key, want string) {
		t.Helper()
		m := bystander.out.Len()
		bystander.send(key)
		bystander.waitText(m, keyTimeout, want)
	}

	t.Run("in setup", func(t *testing.T) {
		clock.inSetup.Store(true)
		victim := ts.openPTY(t, 120, 40)
		victim.waitEnd(frameTimeout)
		if clock.inSetup.Load() {
			t.Fatal("the setup panic did not happen")
		}
		if !strings.Contains(ts.log.String(), "panic while setting up") {
			t.Errorf("the server log does not record the panic:\n%s", ts.log.String())
		}
	})
	stillWorks("2", "┃Order of Battle")

	t.Run("in the program", func(t *testing.T) {
		clock.mark.Store(true)
		victim := ts.openDashboard(t)
		if clock.mark.Load() || clock.victim.Load() == 0 {
			t.Fatal("the victim's goroutine was not recorded")
		}
		clock.inUpdate.Store(true)
		victim.send("j")
		victim.waitEnd(keyTimeout)
		if clock.inUpdate.Load() {
			t.Fatal("the Update panic did not happen")
		}
		raw := victim.out.Raw(0)
		if i, j := strings.LastIndex(raw, "\x1b[?1049h"), strings.LastIndex(raw, "\x1b[?1049l"); j < i {
			t.Error("the panicking session's terminal was not restored (alternate screen left on)")
		}
	})
	stillWorks("1", "┃Actors")
	stillWorks("?", helpHint)

	ts.openDashboard(t) // and a new session is served
	if bystander.ended() {
		t.Fatal("the bystander session ended")
	}
}

// boom panics where told to.
type boom struct{ where string }

type boomMsg struct{}

func (b boom) Init() tea.Cmd {
	switch b.where {
	case "cmd":
		return func() tea.Msg { panic("test: panic in a command") }
	}
	return func() tea.Msg { return boomMsg{} }
}

func (b boom) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if _, ok := msg.(boomMsg); ok && b.where == "update" {
		panic("test: panic in Update")
	}
	return b, nil
}

func (b boom) View() string {
	if b.where == "view" {
		panic("test: panic in View")
	}
	return "fine"
}

// Bubble Tea recovers a panic of the wrapped model in Update, View or a
// command and Run returns ErrProgramPanic: the panic stays in its session
// (the server logs the error and the session ends) instead of crashing
// the process.
func TestSessionModelPanicIsRecoveredByTheProgram(t *testing.T) {
	for _, where := range []string{"update", "view", "cmd"} {
		t.Run(where, func(t *testing.T) {
			state := &sessionState{}
			m := newSessionModel(boom{where}, state, time.Minute, time.Hour, time.Now)
			p := tea.NewProgram(m, tea.WithInput(nil), tea.WithOutput(io.Discard), tea.WithoutSignalHandler())
			done := make(chan error, 1)
			go func() { _, err := p.Run(); done <- err }()
			select {
			case err := <-done:
				if !errors.Is(err, tea.ErrProgramPanic) {
					t.Errorf("Run: %v, want ErrProgramPanic", err)
				}
			case <-time.After(5 * time.Second):
				p.Kill()
				t.Fatal("the program did not stop after the panic")
			}
			if r := state.ended(); r != "" {
				t.Errorf("a panic recorded the goodbye reason %q", r)
			}
		})
	}
}
