package ingest

import (
	"os"
	"time"

	"github.com/briefing-tools/briefing/internal/briefing"
	"github.com/briefing-tools/briefing/internal/work"
)

// FileCache remembers what each file gave when last read, so loading a
// watched folder again reads only the files whose size or modification
// time changed. Entries of files not seen by the latest Load are
// dropped. Misses counts the files read (not found in the cache).
type FileCache struct {
	work.RunCache[fileKey, fileResult]
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
func NewFileCache() *FileCache { return &FileCache{} }

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
	r, ok := c.Get(k)
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
	c.Put(k, r)
}

// prune drops the files the latest Load did not see.
func (c *FileCache) prune() {
	if c != nil {
		c.Prune()
	}
}
