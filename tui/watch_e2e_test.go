package tui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/briefing-tools/briefing/internal/tmuxtest"
)

// appearLimit is how soon a document copied into a watched folder must
// be on the screen (issue 15).
const appearLimit = 2 * time.Second

// TestWatchEndToEndTmux opens the real binary with --watch on a folder,
// selects an actor and opens its detail, then copies a document in: it
// appears within 2 s while the selection and the open detail stay; a
// removed document disappears.
func TestWatchEndToEndTmux(t *testing.T) {
	tmuxtest.Need(t, "tmux")
	bin, root := buildBriefing(t)
	dir := t.TempDir()
	for name, text := range map[string]string{
		"a-north.txt": "Northern patrol\n\nThe Norwegian frigate HNoMS Fridtjof Nansen sailed from Haakonsvern while Russia held an exercise.\n",
		"c-south.txt": "Southern patrol\n\nThe Spanish frigate ESPS Victoria reached the Gulf of Aden on Monday.\n",
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	s := tmuxSession{tmuxtest.Start(t, 160, 48, dir, bin+" --watch "+dir+"; echo EXITED=$?; sleep 30"), t}
	s.waitUntil("the four pane titles", func(screen string) bool {
		return len(titleBorders(strings.Split(screen, "\n"))) == 4
	})
	s.waitFor("document 1/2")

	// select Norway by filtering the actors, and open its detail
	s.Keys("/")
	s.Text("norway")
	s.Keys("Enter", "Enter")
	s.waitUntil("the detail of Norway", showsDetailOfNorway)

	// a document copied in appears, and the dashboard stays where it was
	src := filepath.Join(root, "fixtures", "barents-patrol-report.pdf")
	data, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	copied := time.Now()
	if err := os.WriteFile(filepath.Join(dir, "b-barents.pdf"), data, 0o644); err != nil {
		t.Fatal(err)
	}
	screen := s.Wait(appearLimit, "the new document within 2 s", func(screen string) bool {
		return strings.Contains(screen, "+1 document: Barents Sea")
	})
	t.Logf("the new document was on screen %s after the copy", time.Since(copied).Round(time.Millisecond))
	if !strings.Contains(screen, "document 1/3") {
		t.Errorf("the document shown changed:\n%s", screen)
	}
	if !showsDetailOfNorway(screen) {
		t.Errorf("the open detail of Norway closed:\n%s", screen)
	}

	// the document list has it; a removed file disappears from it
	s.Keys("Escape")
	s.waitUntil("the detail closed", func(screen string) bool { return !showsDetailOfNorway(screen) })
	s.Keys("d")
	s.waitFor("All documents (3)")
	s.waitFor("2.   Barents Sea")
	if err := os.Remove(filepath.Join(dir, "b-barents.pdf")); err != nil {
		t.Fatal(err)
	}
	s.waitFor("All documents (2)")
	s.waitGone("2.   Barents Sea")
	s.waitFor("removed: Barents Sea")
	s.Keys("Escape")
	s.waitGone("All documents (2)")
	s.Keys("q")
	s.waitFor("EXITED=0")
}

// showsDetailOfNorway tells the detail overlay of the actor Norway.
func showsDetailOfNorway(screen string) bool {
	return strings.Contains(screen, "│ Norway ") && strings.Contains(screen, "Kind         state")
}
