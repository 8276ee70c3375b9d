package tui

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/muesli/termenv"

	"github.com/briefing-tools/briefing/internal/briefing"
	"github.com/briefing-tools/briefing/internal/extract"
	"github.com/briefing-tools/briefing/internal/ingest"
)

// TestMain pins colour off everywhere, so views and goldens are the same
// under `go test`, `go test ./...`, CI and a developer's terminal
// (termenv detects the profile from the environment otherwise).
func TestMain(m *testing.M) {
	// The default renderer is pinned too: lipgloss.Place and friends use it.
	lipgloss.SetColorProfile(termenv.Ascii)
	lipgloss.SetHasDarkBackground(true)
	// the binary run by the end-to-end tests keeps its marks in a store
	// of its own, never the user's
	data, err := os.MkdirTemp("", "briefing-tui-test")
	if err != nil {
		panic(err)
	}
	os.Setenv("XDG_DATA_HOME", data)
	code := m.Run()
	os.RemoveAll(data)
	os.Exit(code)
}

// newTestRenderer returns a renderer that draws no colour and never
// queries a terminal. Each model gets its own, because themes change the
// renderer's background setting and tests must not leak into each other.
func newTestRenderer() *lipgloss.Renderer {
	r := lipgloss.NewRenderer(io.Discard)
	r.SetColorProfile(termenv.Ascii)
	r.SetHasDarkBackground(true)
	return r
}

// newTestModel builds the dashboard with colour off and sizes it as a
// terminal of w×h cells would.
func newTestModel(t testing.TB, b *briefing.Briefing, w, h int) Model {
	t.Helper()
	m := New(b, Options{Renderer: newTestRenderer()})
	return resize(t, m, w, h)
}

// resize sends a window size and returns the model.
func resize(t testing.TB, m Model, w, h int) Model {
	t.Helper()
	m, _ = update(t, m, tea.WindowSizeMsg{Width: w, Height: h})
	return m
}

// update feeds one message to the model and returns the root model (the
// concrete type, so tests can look at its state) and the command.
func update(t testing.TB, m Model, msg tea.Msg) (Model, tea.Cmd) {
	t.Helper()
	next, cmd := m.Update(msg)
	nm, ok := next.(Model)
	if !ok {
		t.Fatalf("Update returned %T, want tui.Model", next)
	}
	return nm, cmd
}

// press sends keys one after the other, by their bubbletea names
// ("tab", "shift+tab", "enter", "esc", "pgdown", "j", …), and returns the
// model and the command of the last key.
func press(t testing.TB, m Model, keys ...string) (Model, tea.Cmd) {
	t.Helper()
	var cmd tea.Cmd
	for _, k := range keys {
		m, cmd = update(t, m, keyMsg(k))
	}
	return m, cmd
}

// typeText sends each rune of s as its own key, as a user typing would.
func typeText(t testing.TB, m Model, s string) Model {
	t.Helper()
	for _, r := range s {
		m, _ = update(t, m, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{r}})
	}
	return m
}

// keyMsg builds the KeyMsg bubbletea would deliver for a key name.
func keyMsg(name string) tea.KeyMsg {
	special := map[string]tea.KeyType{
		"tab": tea.KeyTab, "shift+tab": tea.KeyShiftTab, "enter": tea.KeyEnter,
		"esc": tea.KeyEsc, "up": tea.KeyUp, "down": tea.KeyDown,
		"pgup": tea.KeyPgUp, "pgdown": tea.KeyPgDown, "home": tea.KeyHome,
		"end": tea.KeyEnd, "ctrl+c": tea.KeyCtrlC, "ctrl+u": tea.KeyCtrlU,
		"ctrl+d": tea.KeyCtrlD, "backspace": tea.KeyBackspace, " ": tea.KeySpace,
		"space": tea.KeySpace,
	}
	if kt, ok := special[name]; ok {
		if kt == tea.KeySpace {
			return tea.KeyMsg{Type: tea.KeySpace, Runes: []rune{' '}}
		}
		return tea.KeyMsg{Type: kt}
	}
	return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(name)}
}

// runCmd runs a command and returns its message; a tea.Batch or
// tea.Sequence is opened and its first non-nil message returned.
func runCmd(t testing.TB, cmd tea.Cmd) tea.Msg {
	t.Helper()
	if cmd == nil {
		t.Fatal("command is nil, want one")
	}
	msg := cmd()
	if batch, ok := msg.(tea.BatchMsg); ok {
		for _, c := range batch {
			if c == nil {
				continue
			}
			if m := c(); m != nil {
				return m
			}
		}
		return nil
	}
	return msg
}

// isQuit reports whether a command quits the program. Commands are run
// with a short deadline: tea.Quit answers at once, while a cursor-blink
// timer would make the test wait half a second for nothing.
func isQuit(cmd tea.Cmd) bool {
	if cmd == nil {
		return false
	}
	done := make(chan tea.Msg, 1)
	go func() { done <- cmd() }()
	select {
	case msg := <-done:
		if batch, ok := msg.(tea.BatchMsg); ok {
			for _, c := range batch {
				if isQuit(c) {
					return true
				}
			}
			return false
		}
		return msg == tea.Quit()
	case <-time.After(50 * time.Millisecond):
		return false
	}
}

// viewLines returns the screen as plain lines (styles stripped, though
// with colour off there should be none beyond bold/reverse).
func viewLines(m Model) []string {
	return strings.Split(ansi.Strip(m.View()), "\n")
}

// screen returns the whole screen as plain text.
func screen(m Model) string { return ansi.Strip(m.View()) }

var (
	fixtureOnce     sync.Once
	fixtureBriefing briefing.Briefing
)

// fixtures is the fixture briefing as frozen in testdata/briefing.json
// (go test ./tui -run Golden -update freezes it again), with the warnings
// of loading ../fixtures and the hostile inputs of ../testdata/hostile
// (so warnings are present), once per test binary. The briefing is shared and
// must be treated as read-only, as the product promises.
func fixtures(t testing.TB) *briefing.Briefing {
	t.Helper()
	fixtureOnce.Do(func() {
		// the frozen export, read back as a user's .json would be: better
		// extraction does not move what these tests see
		res := ingest.Load([]string{filepath.Join("testdata", "briefing.json")}, ingest.Options{})
		fixtureBriefing = extract.Run(res.Documents)
		warnings := ingest.Load([]string{"../fixtures", "../testdata/hostile"}, ingest.Options{}).Warnings
		fixtureBriefing.Warnings = warnings
	})
	if len(fixtureBriefing.Documents) < 2 {
		t.Fatalf("fixtures gave %d documents, want several", len(fixtureBriefing.Documents))
	}
	return &fixtureBriefing
}
