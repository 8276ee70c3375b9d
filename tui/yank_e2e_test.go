package tui

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/briefing-tools/briefing/internal/tmuxtest"
)

// TestYankReachesTheTerminalClipboard runs the real binary in tmux with
// tmux's clipboard on: y puts the selected actor's name in tmux's paste
// buffer through OSC 52, as a terminal (or one over SSH) would take it.
func TestYankReachesTheTerminalClipboard(t *testing.T) {
	tmuxtest.Need(t, "tmux")
	bin, root := buildBriefing(t)
	command := fmt.Sprintf("%q %q; sleep 30", bin, filepath.Join(root, "fixtures"))
	s := tmuxSession{tmuxtest.Start(t, 160, 48, root, command), t}
	s.Must("set-option", "-g", "set-clipboard", "on")
	s.waitFor("Actors")
	s.Keys("1", "j", "y")
	screen := s.waitFor("copied name: ")
	var name string
	for _, line := range strings.Split(screen, "\n") {
		if i := strings.Index(line, "copied name: "); i >= 0 {
			name = strings.TrimSpace(line[i+len("copied name: "):])
		}
	}
	if name == "" {
		t.Fatalf("no name in the status line:\n%s", screen)
	}
	buf := strings.TrimSpace(s.Must("show-buffer"))
	if buf != name {
		t.Errorf("tmux's clipboard holds %q, want %q", buf, name)
	}
}
