package server

import tea "github.com/charmbracelet/bubbletea"

// broadcast sends msg to the program of every running session. Each
// send has its own goroutine: Send waits while a program is busy, and
// one slow session must not hold up the others (nor the caller).
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
