// Package watch keeps a briefing up to date with the folders and files
// it was loaded from: a document added, changed, renamed or removed is
// read again and the briefing rebuilt, analysing only what changed.
package watch

import (
	"context"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/fsnotify/fsnotify"

	"github.com/briefing-tools/briefing/internal/briefing"
	"github.com/briefing-tools/briefing/internal/extract"
	"github.com/briefing-tools/briefing/internal/ingest"
)

// DefaultDebounce is how long the folders must be quiet before a change
// is read: a file being copied in is read once, when it is complete.
const DefaultDebounce = 250 * time.Millisecond

// Update is a rebuilt briefing and what changed, in a few words
// ("+1 document: Patrol report").
type Update struct {
	Briefing *briefing.Briefing
	Status   string
	// Seq orders updates: a receiver ignores one older than the last it
	// applied.
	Seq int
}

// Config says what to watch and how to read it.
type Config struct {
	Paths     []string
	Load      ingest.Options
	Extractor *extract.Extractor
	Debounce  time.Duration
}

// Watcher rebuilds the briefing of its paths when they change.
type Watcher struct {
	cfg   Config
	cache *extract.Cache
	last  *briefing.Briefing
	// good holds, per path, the documents last read from it, shown
	// again (with a warning) when the file becomes unreadable.
	good map[string][]briefing.Document
	// kept are the paths shown from their last good version, said once
	kept map[string]bool
	seq  int
}

// New loads the paths for the first time.
func New(cfg Config) (*Watcher, *briefing.Briefing) {
	if cfg.Debounce <= 0 {
		cfg.Debounce = DefaultDebounce
	}
	cfg.Load.Files = ingest.NewFileCache()
	w := &Watcher{cfg: cfg, cache: extract.NewCache(), good: map[string][]briefing.Document{}, kept: map[string]bool{}}
	b, _ := w.rebuild()
	return w, b
}

// Analysed is how many documents have been analysed (not found in the
// cache) since New.
func (w *Watcher) Analysed() int { return w.cache.Misses() }

// rebuild reads every path again and analyses what changed; it returns
// the briefing and what changed since the last one ("" for nothing).
func (w *Watcher) rebuild() (*briefing.Briefing, string) {
	start := time.Now()
	res := ingest.Load(w.cfg.Paths, w.cfg.Load)
	docs, warnings := res.Documents, res.Warnings
	read := map[string]bool{}
	for _, d := range docs {
		read[d.Path] = true
	}
	var kept []string // newly
	nowKept := map[string]bool{}
	for i, wr := range warnings {
		prev, ok := w.good[wr.Path]
		if !ok || read[wr.Path] || !exists(wr.Path) {
			continue
		}
		docs = insertByPath(docs, prev)
		warnings[i].Message += " (the last version that could be read is shown)"
		if !w.kept[wr.Path] {
			kept = append(kept, wr.Path)
		}
		nowKept[wr.Path] = true
		read[wr.Path] = true
	}
	w.kept = nowKept
	if len(nowKept) > 0 {
		docs = ingest.Renumber(docs)
	}
	good := map[string][]briefing.Document{}
	for _, d := range docs {
		good[d.Path] = append(good[d.Path], d)
	}
	w.good = good
	b := w.cfg.Extractor.RunCached(docs, w.cache)
	b.Warnings = warnings
	status := describe(w.last, &b, kept)
	w.last = &b
	slog.Info("briefing rebuilt", "documents", len(b.Documents), "warnings", len(b.Warnings),
		"analysed", w.cache.Misses(), "took", time.Since(start), "change", status)
	return &b, status
}

func exists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

// insertByPath puts documents among others sorted by path.
func insertByPath(docs, more []briefing.Document) []briefing.Document {
	out := append([]briefing.Document{}, docs...)
	for _, d := range more {
		i := sort.Search(len(out), func(i int) bool { return out[i].Path > d.Path })
		out = append(out[:i], append([]briefing.Document{d}, out[i:]...)...)
	}
	return out
}

// describe says what changed between two briefings, by document path.
func describe(old, b *briefing.Briefing, kept []string) string {
	if old == nil {
		return ""
	}
	before := map[string]*briefing.Document{}
	for i := range old.Documents {
		before[old.Documents[i].Path] = &old.Documents[i]
	}
	var added, updated, removed []string
	now := map[string]bool{}
	for i := range b.Documents {
		d := &b.Documents[i]
		now[d.Path] = true
		switch o, ok := before[d.Path]; {
		case !ok:
			added = append(added, d.Title)
		case o.Text != d.Text || o.Title != d.Title:
			updated = append(updated, d.Title)
		}
	}
	for i := range old.Documents {
		if !now[old.Documents[i].Path] {
			removed = append(removed, old.Documents[i].Title)
		}
	}
	var parts []string
	if n := len(added); n > 0 {
		parts = append(parts, fmt.Sprintf("+%d %s: %s", n, plural(n, "document"), list(added)))
	}
	if len(updated) > 0 {
		parts = append(parts, "updated: "+list(updated))
	}
	if n := len(removed); n > 0 {
		parts = append(parts, fmt.Sprintf("removed: %s", list(removed)))
	}
	if len(kept) > 0 {
		parts = append(parts, "unreadable, last version kept: "+list(kept))
	}
	if len(parts) == 0 && len(old.Warnings) != len(b.Warnings) {
		parts = append(parts, fmt.Sprintf("%d %s", len(b.Warnings), plural(len(b.Warnings), "warning")))
	}
	return strings.Join(parts, " · ")
}

func plural(n int, word string) string {
	if n == 1 {
		return word
	}
	return word + "s"
}

// list names up to three things.
func list(names []string) string {
	if len(names) > 3 {
		return strings.Join(names[:3], ", ") + fmt.Sprintf(" and %d more", len(names)-3)
	}
	return strings.Join(names, ", ")
}

// Run watches the paths until ctx ends, and calls publish with every
// briefing that differs from the last. Events are gathered until the
// folders have been quiet for the debounce period, and files still
// growing are waited for, so a file copied in is read once, complete.
func (w *Watcher) Run(ctx context.Context, publish func(Update)) error {
	fw, err := fsnotify.NewWatcher()
	if err != nil {
		return fmt.Errorf("watch: %w", err)
	}
	defer fw.Close()
	files := map[string]bool{} // files named on the command line
	for _, p := range w.cfg.Paths {
		if p == ingest.StdinPath {
			continue
		}
		info, err := os.Stat(p)
		switch {
		case err != nil:
			// a path that does not exist yet: watch where it would appear
			files[filepath.Clean(p)] = true
			_ = fw.Add(filepath.Dir(p))
		case info.IsDir():
			addTree(fw, p)
		default:
			files[filepath.Clean(p)] = true
			if err := fw.Add(filepath.Dir(p)); err != nil {
				slog.Warn("cannot watch", "path", p, "error", err)
			}
		}
	}
	timer := time.NewTimer(time.Hour)
	timer.Stop()
	pending := map[string]bool{}
	for {
		select {
		case <-ctx.Done():
			return nil
		case err, ok := <-fw.Errors:
			if !ok {
				return nil
			}
			slog.Warn("watch error", "error", err)
		case ev, ok := <-fw.Events:
			if !ok {
				return nil
			}
			if !w.relevant(ev, files) {
				continue
			}
			if ev.Has(fsnotify.Create) {
				if info, err := os.Stat(ev.Name); err == nil && info.IsDir() {
					addTree(fw, ev.Name)
				}
			}
			pending[ev.Name] = true
			timer.Reset(w.cfg.Debounce)
		case <-timer.C:
			if !settled(pending) {
				timer.Reset(w.cfg.Debounce)
				continue
			}
			pending = map[string]bool{}
			b, status := w.rebuild()
			if status == "" {
				continue
			}
			w.seq++
			publish(Update{Briefing: b, Status: status, Seq: w.seq})
		}
	}
}

// relevant tells the events that may change the briefing: not hidden
// files (editors' swap files), not gold annotations, and for a file
// named on the command line only that file.
func (w *Watcher) relevant(ev fsnotify.Event, files map[string]bool) bool {
	if ev.Op == fsnotify.Chmod && !exists(ev.Name) {
		return false
	}
	base := filepath.Base(ev.Name)
	if strings.HasPrefix(base, ".") || strings.HasSuffix(strings.ToLower(base), ".gold.yaml") || strings.HasSuffix(base, "~") {
		return false
	}
	if files[filepath.Clean(ev.Name)] {
		return true
	}
	// an event in a directory watched only for a named file
	dir := filepath.Dir(filepath.Clean(ev.Name))
	for f := range files {
		if filepath.Dir(f) == dir && !w.watchedTree(dir) {
			return false
		}
	}
	return true
}

// watchedTree reports a directory under one of the watched folders.
func (w *Watcher) watchedTree(dir string) bool {
	for _, p := range w.cfg.Paths {
		info, err := os.Stat(p)
		if err != nil || !info.IsDir() {
			continue
		}
		rel, err := filepath.Rel(filepath.Clean(p), dir)
		if err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
			return true
		}
	}
	return false
}

// settled reports files that have stopped growing: their size and time
// are the same twice, a moment apart.
func settled(paths map[string]bool) bool {
	type sig struct {
		size int64
		mod  time.Time
	}
	look := func() map[string]sig {
		out := map[string]sig{}
		for p := range paths {
			if info, err := os.Stat(p); err == nil && info.Mode().IsRegular() {
				out[p] = sig{info.Size(), info.ModTime()}
			}
		}
		return out
	}
	first := look()
	time.Sleep(30 * time.Millisecond)
	second := look()
	for p, s := range first {
		if second[p] != s {
			return false
		}
	}
	return true
}

// addTree watches a directory and those under it, hidden ones aside.
func addTree(fw *fsnotify.Watcher, root string) {
	_ = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil || !d.IsDir() {
			return nil
		}
		if path != root && strings.HasPrefix(d.Name(), ".") {
			return fs.SkipDir
		}
		if err := fw.Add(path); err != nil {
			slog.Warn("cannot watch", "path", path, "error", err)
		}
		return nil
	})
}
