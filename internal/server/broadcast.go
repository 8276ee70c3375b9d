package server

import (
	"bytes"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/briefing-tools/briefing/internal/briefing"
	"github.com/briefing-tools/briefing/internal/export"
	"github.com/briefing-tools/briefing/internal/marks"
	"github.com/briefing-tools/briefing/tui"
)

// exports renders the JSON and Markdown exports a session without a
// terminal asks for.
func exports(b *briefing.Briefing) (jsonOut, mdOut []byte, err error) {
	var j, m bytes.Buffer
	if err := export.JSON(&j, *b); err != nil {
		return nil, nil, err
	}
	if err := export.Markdown(&m, *b); err != nil {
		return nil, nil, err
	}
	return j.Bytes(), m.Bytes(), nil
}

// Update serves a newer briefing (a watched folder changed): sessions
// that start from now on and the exports get it, and every open
// dashboard is sent it to show in place, with status on its status line.
// The old briefing is left as it was: sessions still drawing it read it
// safely.
func (s *Server) Update(b *briefing.Briefing, status string, seq int) error {
	j, m, err := exports(b)
	if err != nil {
		return err
	}
	s.mu.Lock()
	s.b, s.json, s.md = b, j, m
	s.mu.Unlock()
	if s.hub != nil {
		// marks follow the items of the new briefing (see marks.Index)
		s.marksMu.Lock()
		s.hub.keys = marks.NewIndex(b)
		s.marksMu.Unlock()
	}
	s.log.Info("briefing updated", "documents", len(b.Documents), "change", status)
	s.broadcast(tui.BriefingUpdatedMsg{Briefing: b, Status: status, Seq: seq})
	return nil
}

// broadcast sends msg to the program of every running session. Send
// waits while a program is busy, so each send has its own goroutine;
// messages that must apply in order carry a sequence number.
func (s *Server) broadcast(msg tea.Msg) {
	s.mu.Lock()
	programs := make([]*tea.Program, 0, len(s.live))
	for _, l := range s.live {
		programs = append(programs, l.program)
	}
	s.mu.Unlock()
	for _, p := range programs {
		go func() {
			defer func() { _ = recover() }()
			p.Send(msg)
		}()
	}
}

func (s *Server) briefing() *briefing.Briefing {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b
}

func (s *Server) exportJSON() []byte {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.json
}

func (s *Server) exportMarkdown() []byte {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.md
}
