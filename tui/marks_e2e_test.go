package tui

import (
	"fmt"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/briefing-tools/briefing/internal/tmuxtest"
)

// TestMarksEndToEndTmux runs the real binary in tmux: a status and a
// note made in the dashboard are still there after a restart, and a
// flag set with "briefing mark" from a shell appears in the running
// dashboard.
func TestMarksEndToEndTmux(t *testing.T) {
	tmuxtest.Need(t, "tmux")
	bin, root := buildBriefing(t)
	dir := t.TempDir()
	store := filepath.Join(dir, "marks.db")
	doc := filepath.Join(root, "fixtures", "baltic-cable-sitrep.md")
	dashboard := fmt.Sprintf("NO_COLOR=1 %q --store %q %q; echo EXITED=$?; sleep 30", bin, store, doc)

	s := tmuxSession{tmuxtest.Start(t, 160, 48, root, dashboard), t}
	s.waitFor("Open Questions")
	s.Keys("3", "s", "s")
	s.waitFor("status: watching")
	s.Keys("e")
	s.waitFor("ctrl+s save")
	s.Keys("checked the registry")
	s.Keys("C-s")
	s.waitFor("saved: note on")
	s.Keys("q")
	s.waitFor("EXITED=0")

	again := tmuxSession{tmuxtest.Start(t, 160, 48, root, dashboard), t}
	screen := again.waitFor("Open Questions")
	if !strings.Contains(screen, "│@*") && !strings.Contains(screen, "│@ ") {
		t.Errorf("after a restart the question shows no mark:\n%s", screen)
	}
	again.Keys("3", "enter")
	again.waitFor("checked the registry")

	// a flag set from a shell while the dashboard runs
	mark := exec.Command(bin, "mark", "--store", store, "act1", "disputed", doc)
	if out, err := mark.CombinedOutput(); err != nil {
		t.Fatalf("briefing mark: %v\n%s", err, out)
	}
	again.Keys("Escape")
	again.waitGone("Raised by")
	again.Keys("1")
	again.waitUntil("the disputed glyph in Actors", func(screen string) bool { return strings.Contains(screen, "┃~ ") })
	again.Keys("q")
	again.waitFor("EXITED=0")
}
