package server

import (
	"fmt"
	"strings"
	"sync"
	"time"

	tea "github.com/charmbracelet/bubbletea"
)

// sessionState is shared by a session's model and the middleware that
// says goodbye once the program has ended and restored the terminal.
type sessionState struct {
	mu     sync.Mutex
	reason string
}

func (s *sessionState) end(reason string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.reason == "" {
		s.reason = reason
	}
}

func (s *sessionState) ended() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.reason
}

// tickedMsg drives the session's clocks; it is the server's own message,
// so it never counts as the user's input.
type tickedMsg time.Time

// shutDownMsg tells a session the server is stopping.
type shutDownMsg struct{}

// sessionModel wraps the dashboard with the limits of an SSH session: an
// idle timeout that only the user's keys and clicks reset, and a maximum
// length. Either ends the program cleanly, so the client's terminal is
// restored before the goodbye line.
type sessionModel struct {
	inner     tea.Model
	state     *sessionState
	idle      time.Duration
	deadline  time.Time
	lastInput time.Time
	now       func() time.Time
	tick      time.Duration
}

func newSessionModel(inner tea.Model, state *sessionState, idle, max time.Duration, now func() time.Time) sessionModel {
	t := now()
	m := sessionModel{inner: inner, state: state, idle: idle, lastInput: t, now: now, tick: time.Second}
	if max > 0 {
		m.deadline = t.Add(max)
	}
	if idle > 0 && idle < 4*time.Second {
		m.tick = idle / 4 // short timeouts (tests) are checked often enough
	}
	return m
}

// since counts the session's limits from start (the session's start,
// which came before the model was built).
func (m sessionModel) since(start time.Time) sessionModel {
	if !m.deadline.IsZero() {
		m.deadline = start.Add(m.deadline.Sub(m.lastInput))
	}
	m.lastInput = start
	return m
}

func (m sessionModel) Init() tea.Cmd { return tea.Batch(m.inner.Init(), m.nextTick()) }

func (m sessionModel) nextTick() tea.Cmd {
	return tea.Tick(m.tick, func(t time.Time) tea.Msg { return tickedMsg(t) })
}

func (m sessionModel) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg.(type) {
	case tea.KeyMsg, tea.MouseMsg:
		m.lastInput = m.now()
	case tickedMsg:
		now := m.now()
		switch {
		case m.idle > 0 && now.Sub(m.lastInput) >= m.idle:
			m.state.end(fmt.Sprintf("session closed after %s without input", roundDuration(m.idle)))
			return m, tea.Quit
		case !m.deadline.IsZero() && !now.Before(m.deadline):
			m.state.end("session reached its maximum length")
			return m, tea.Quit
		}
		return m, m.nextTick()
	case shutDownMsg:
		m.state.end("the server is shutting down")
		return m, tea.Quit
	}
	var cmd tea.Cmd
	m.inner, cmd = m.inner.Update(msg)
	return m, cmd
}

func (m sessionModel) View() string { return m.inner.View() }

// roundDuration writes 15m rather than 15m0s.
func roundDuration(d time.Duration) string {
	if d < time.Second {
		return d.String()
	}
	s := d.Round(time.Second).String()
	if d >= time.Minute && d%time.Minute == 0 {
		s = strings.TrimSuffix(s, "0s")
		if d%time.Hour == 0 {
			s = strings.TrimSuffix(s, "0m")
		}
	}
	return s
}
