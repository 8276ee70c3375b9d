package watch

import (
	"context"
	"fmt"
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
	analysed, read := h.w.Analysed(), h.w.cfg.Load.Files.Misses()

	write(t, filepath.Join(h.dir, "b.txt"), "Bravo report\n\nThe submarine Severodvinsk left Severomorsk.\n")
	u := h.next()
	if titles(u.Briefing) != "Alpha report|Bravo report|Charlie report" || u.Status != "+1 document: Bravo report" {
		t.Fatalf("after adding: %s, status %q", titles(u.Briefing), u.Status)
	}
	if n := h.w.Analysed() - analysed; n != 1 {
		t.Errorf("%d documents analysed for one new document", n)
	}
	if n := h.w.cfg.Load.Files.Misses() - read; n != 1 {
		t.Errorf("%d files read for one new file", n)
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

// TestUnsupportedFilesAreWarnedAbout: a file of another office format
// dropped in the folder is a warning, which the status line counts.
func TestUnsupportedFilesAreWarnedAbout(t *testing.T) {
	h, _ := start(t, map[string]string{"a.txt": "Alpha report\n\nThe frigate HMS Example sailed.\n"})
	write(t, filepath.Join(h.dir, "notes.odt"), "PK")
	u := h.next()
	if len(u.Briefing.Warnings) != 1 || !strings.Contains(u.Briefing.Warnings[0].Message, "unsupported format") {
		t.Fatalf("warnings %v", u.Briefing.Warnings)
	}
}

// BenchmarkRebuildAfterOneChange: the fixtures folder with one document
// changed: everything is read again, one document analysed, all merged.
func BenchmarkRebuildAfterOneChange(b *testing.B) {
	dir := b.TempDir()
	src, _ := filepath.Glob(filepath.Join("..", "..", "fixtures", "*"))
	for _, p := range src {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, filepath.Base(p)), data, 0o644); err != nil {
			b.Fatal(err)
		}
	}
	g, err := extract.DefaultGazetteer()
	if err != nil {
		b.Fatal(err)
	}
	w, _ := New(Config{Paths: []string{dir}, Extractor: extract.New(g)})
	changed := filepath.Join(dir, "gulf-carrier-wire.txt")
	base, err := os.ReadFile(changed)
	if err != nil {
		b.Fatal(err)
	}
	i := 0
	for b.Loop() {
		i++
		if err := os.WriteFile(changed, append(base, fmt.Sprintf("\nUpdate %d: the carrier turned north.\n", i)...), 0o644); err != nil {
			b.Fatal(err)
		}
		if _, status := w.rebuild(); !strings.HasPrefix(status, "updated:") {
			b.Fatalf("status %q", status)
		}
	}
}

// BenchmarkFullAnalysis is the same folder analysed from nothing, for
// comparison.
func BenchmarkFullAnalysis(b *testing.B) {
	g, err := extract.DefaultGazetteer()
	if err != nil {
		b.Fatal(err)
	}
	res := ingest.Load([]string{filepath.Join("..", "..", "fixtures")}, ingest.Options{})
	for b.Loop() {
		extract.New(g).Run(res.Documents)
	}
}

// TestWatchOneFile: a file named on its own is watched alone; its
// neighbours in the folder are not documents of the briefing.
func TestWatchOneFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "a.txt")
	write(t, path, "Alpha report\n\nThe frigate HMS Example sailed.\n")
	g, err := extract.DefaultGazetteer()
	if err != nil {
		t.Fatal(err)
	}
	w, b := New(Config{Paths: []string{path}, Extractor: extract.New(g), Debounce: 50 * time.Millisecond})
	if len(b.Documents) != 1 {
		t.Fatalf("%d documents", len(b.Documents))
	}
	updates := make(chan Update, 4)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() {
		defer close(done)
		_ = w.Run(ctx, func(u Update) { updates <- u })
	}()
	defer func() {
		cancel()
		<-done
	}()
	time.Sleep(50 * time.Millisecond)
	write(t, filepath.Join(dir, "other.txt"), "Other report\n\nThe destroyer sailed.\n")
	write(t, path, "Alpha report\n\nThe frigate HMS Example returned.\n")
	select {
	case u := <-updates:
		if u.Status != "updated: Alpha report" || len(u.Briefing.Documents) != 1 {
			t.Fatalf("status %q, %d documents", u.Status, len(u.Briefing.Documents))
		}
	case <-time.After(waitLimit):
		t.Fatal("no update")
	}
}
