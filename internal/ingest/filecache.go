package ingest

import (
	"os"
	"sync"
	"time"

	"github.com/briefing-tools/briefing/internal/briefing"
)

// FileCache remembers what each file gave when last read, so loading a
// watched folder again reads only the files whose size or modification
// time changed. Entries of files not seen by the latest Load are
// dropped.
type FileCache struct {
	mu      sync.Mutex
	entries map[fileKey]fileResult
	used    map[fileKey]bool
	// Read counts the files read (not found in the cache).
	Read int
}

type fileKey struct {
	path   string
	format briefing.Format
	size   int64
	mod    time.Time
}

type fileResult struct {
	docs  []briefing.Document
	warns []briefing.Warning
}

// NewFileCache returns an empty cache.
func NewFileCache() *FileCache {
	return &FileCache{entries: map[fileKey]fileResult{}, used: map[fileKey]bool{}}
}

// key is the cache key of a regular file, false for anything else.
func (c *FileCache) key(in input) (fileKey, bool) {
	if c == nil || in.path == StdinPath || in.problem != "" {
		return fileKey{}, false
	}
	info, err := os.Stat(in.path)
	if err != nil || !info.Mode().IsRegular() {
		return fileKey{}, false
	}
	return fileKey{in.path, in.format, info.Size(), info.ModTime()}, true
}

// get returns copies of what the file gave, which Load may renumber.
func (c *FileCache) get(k fileKey) ([]briefing.Document, []briefing.Warning, bool) {
	c.mu.Lock()
	r, ok := c.entries[k]
	if ok {
		c.used[k] = true
	}
	c.mu.Unlock()
	if !ok {
		return nil, nil, false
	}
	docs := append([]briefing.Document(nil), r.docs...)
	for i := range docs {
		docs[i].Curated = append([]briefing.CuratedItem(nil), docs[i].Curated...)
		if docs[i].Imported != nil {
			docs[i].Imported = cloneSpans(*docs[i].Imported)
		}
	}
	return docs, append([]briefing.Warning(nil), r.warns...), true
}

func (c *FileCache) put(k fileKey, docs []briefing.Document, warns []briefing.Warning) {
	r := fileResult{append([]briefing.Document(nil), docs...), append([]briefing.Warning(nil), warns...)}
	for i := range r.docs {
		r.docs[i].Curated = append([]briefing.CuratedItem(nil), r.docs[i].Curated...)
		if r.docs[i].Imported != nil {
			r.docs[i].Imported = cloneSpans(*r.docs[i].Imported)
		}
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.Read++
	c.entries[k] = r
	c.used[k] = true
}

// prune drops the files the latest Load did not see.
func (c *FileCache) prune() {
	if c == nil {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	for k := range c.entries {
		if !c.used[k] {
			delete(c.entries, k)
		}
	}
	c.used = map[fileKey]bool{}
}
