package watch

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/briefing-tools/briefing/internal/briefing"
	"github.com/briefing-tools/briefing/internal/extract"
	"github.com/briefing-tools/briefing/internal/ingest"
)

// waitLimit bounds how long a test waits for the watcher; it is a
// ceiling against a hang, not a measure of speed.
const waitLimit = 10 * time.Second

type harness struct {
	t       *testing.T
	dir     string
	w       *Watcher
	updates chan Update
}

func start(t *testing.T, files map[string]string) (*harness, *briefing.Briefing) {
	t.Helper()
	dir := t.TempDir()
	for name, text := range files {
		write(t, filepath.Join(dir, name), text)
	}
	g, err := extract.DefaultGazetteer()
	if err != nil {
		t.Fatal(err)
	}
	w, b := New(Config{Paths: []string{dir}, Extractor: extract.New(g), Debounce: 50 * time.Millisecond})
	h := &harness{t: t, dir: dir, w: w, updates: make(chan Update, 16)}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() {
		defer close(done)
		_ = w.Run(ctx, func(u Update) { h.updates <- u })
	}()
	t.Cleanup(func() {
		cancel()
		<-done
	})
	time.Sleep(50 * time.Millisecond) // the watches are set up
	return h, b
}

func write(t *testing.T, path, text string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

func (h *harness) next() Update {
	h.t.Helper()
	select {
	case u := <-h.updates:
		return u
	case <-time.After(waitLimit):
		h.t.Fatal("no update from the watcher")
	}
	return Update{}
}

func titles(b *briefing.Briefing) string {
	var out []string
	for _, d := range b.Documents {
		out = append(out, d.Title)
	}
	return strings.Join(out, "|")
}

func TestWatchFollowsTheFolder(t *testing.T) {
	h, b := start(t, map[string]string{
		"a.txt": "Alpha report\n\nThe frigate HMS Example sailed from Portsmouth.\n",
		"c.txt": "Charlie report\n\nThe destroyer USS Example left Norfolk.\n",
	})
	if titles(b) != "Alpha report|Charlie report" {
		t.Fatalf("first load: %s", titles(b))
	}
	analysed := h.w.Analysed()

	write(t, filepath.Join(h.dir, "b.txt"), "Bravo report\n\nThe submarine Severodvinsk left Severomorsk.\n")
	u := h.next()
	if titles(u.Briefing) != "Alpha report|Bravo report|Charlie report" || u.Status != "+1 document: Bravo report" {
		t.Fatalf("after adding: %s, status %q", titles(u.Briefing), u.Status)
	}
	if n := h.w.Analysed() - analysed; n != 1 {
		t.Errorf("%d documents analysed for one new document", n)
	}
	if u.Briefing.Documents[2].ID != "d3" || !mentions(u.Briefing, "d3") {
		t.Error("the document after the new one is not d3 throughout")
	}

	write(t, filepath.Join(h.dir, "a.txt"), "Alpha report\n\nThe frigate HMS Example returned to Portsmouth.\n")
	u = h.next()
	if u.Status != "updated: Alpha report" || !strings.Contains(u.Briefing.Documents[0].Text, "returned") {
		t.Fatalf("after changing: status %q", u.Status)
	}

	// binary content cannot be read: the last good version stays, with a warning
	write(t, filepath.Join(h.dir, "c.txt"), "\x00\x01\x02")
	u = h.next()
	if titles(u.Briefing) != "Alpha report|Bravo report|Charlie report" || len(u.Briefing.Warnings) != 1 ||
		!strings.Contains(u.Briefing.Warnings[0].Message, "last version that could be read") {
		t.Fatalf("after breaking c.txt: %s, warnings %v, status %q", titles(u.Briefing), u.Briefing.Warnings, u.Status)
	}
	if !strings.Contains(u.Status, "unreadable, last version kept") {
		t.Errorf("status %q", u.Status)
	}

	if err := os.Remove(filepath.Join(h.dir, "b.txt")); err != nil {
		t.Fatal(err)
	}
	u = h.next()
	if titles(u.Briefing) != "Alpha report|Charlie report" || u.Status != "removed: Bravo report" {
		t.Fatalf("after removing: %s, status %q", titles(u.Briefing), u.Status)
	}

	if err := os.Rename(filepath.Join(h.dir, "a.txt"), filepath.Join(h.dir, "z.txt")); err != nil {
		t.Fatal(err)
	}
	u = h.next()
	if titles(u.Briefing) != "Charlie report|Alpha report" {
		t.Fatalf("after renaming: %s, status %q", titles(u.Briefing), u.Status)
	}
}

// mentions reports an item of the briefing pointing at the document id.
func mentions(b *briefing.Briefing, id string) bool {
	for _, a := range b.Assets {
		for _, m := range a.Mentions {
			if m.Doc == id {
				return true
			}
		}
	}
	return false
}

// TestHalfWrittenFileIsReadOnce: a file written in two parts, a pause
// shorter than the quiet period apart, gives one update, complete.
func TestHalfWrittenFileIsReadOnce(t *testing.T) {
	h, _ := start(t, map[string]string{"a.txt": "Alpha report\n\nThe frigate HMS Example sailed.\n"})
	path := filepath.Join(h.dir, "b.txt")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	f.WriteString("Bravo report\n\nThe submarine Severodvinsk ")
	time.Sleep(20 * time.Millisecond)
	f.WriteString("left Severomorsk on Monday.\n")
	f.Close()
	u := h.next()
	if !strings.Contains(u.Briefing.Documents[1].Text, "on Monday.") {
		t.Fatalf("read half a file: %q", u.Briefing.Documents[1].Text)
	}
	select {
	case u := <-h.updates:
		t.Fatalf("a second update (%q) for one file", u.Status)
	case <-time.After(300 * time.Millisecond):
	}
}

// TestStdinIsNotWatched: the watcher ignores "-" (the command refuses it).
func TestUnsupportedFilesAreWarnedAbout(t *testing.T) {
	h, _ := start(t, map[string]string{"a.txt": "Alpha report\n\nThe frigate HMS Example sailed.\n"})
	write(t, filepath.Join(h.dir, "notes.odt"), "PK")
	u := h.next()
	if len(u.Briefing.Warnings) != 1 || !strings.Contains(u.Briefing.Warnings[0].Message, "unsupported format") {
		t.Fatalf("warnings %v", u.Briefing.Warnings)
	}
	_ = ingest.StdinPath
}
