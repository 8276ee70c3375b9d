package server

import (
	"context"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/ssh"
)

// Bounds of a session's window. A client may claim any size (a
// window-change of 2^32−1 cells); what is drawn, and so what a frame
// costs, is bounded by these.
const (
	maxWindowWidth  = 1000
	maxWindowHeight = 500
	// a size of 0 means "unknown" in SSH: the classic terminal then
	defaultWindowWidth  = 80
	defaultWindowHeight = 24
)

// clampWindow is the size the program is told for the size a client
// claims.
func clampWindow(w ssh.Window) tea.WindowSizeMsg {
	width, height := w.Width, w.Height
	if width <= 0 {
		width = defaultWindowWidth
	}
	if height <= 0 {
		height = defaultWindowHeight
	}
	return tea.WindowSizeMsg{Width: min(width, maxWindowWidth), Height: min(height, maxWindowHeight)}
}

// forwardWindow tells the program the client's window size: first the
// size of the PTY request (the first value on changes), then every
// window change, each clamped. It is the only way sizes reach a
// session's program, and it quits the program when the session or its
// connection ends.
func (s *Server) forwardWindow(ctx context.Context, p *tea.Program, changes <-chan ssh.Window) {
	defer func() {
		if r := recover(); r != nil {
			s.log.Error("panic while forwarding a window change", "panic", r)
			p.Kill()
		}
	}()
	for {
		select {
		case <-ctx.Done():
			p.Quit()
			return
		case w, ok := <-changes:
			if !ok { // the client closed the session
				p.Quit()
				return
			}
			p.Send(clampWindow(w))
		}
	}
}
