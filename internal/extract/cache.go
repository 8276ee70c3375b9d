package extract

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"hash"
	"slices"

	"github.com/briefing-tools/briefing/internal/briefing"
	"github.com/briefing-tools/briefing/internal/work"
)

// Cache keeps each document's analysis (window by window), keyed by
// everything the analysis reads of it (its id aside), so that a briefing analysed again after
// one document changed analyses only that document; the merge runs
// again over all of them. Entries not used by the latest run are
// dropped. A Cache is safe for one RunCached at a time. Misses counts
// the windows analysed (not found in the cache).
type Cache struct {
	work.RunCache[cacheKey, cachedItems]
}

// cachedItems are a document's items; every use takes a deep copy,
// which the merge may change.
type cachedItems struct{ extracted, curated briefing.Items }

// NewCache returns an empty cache.
func NewCache() *Cache { return &Cache{} }

// cacheKey names a window of a document's content.
type cacheKey struct {
	doc        [sha256.Size]byte
	start, end int
}

// begin starts a run: it returns each document's key (nil for a nil
// cache).
func (c *Cache) begin(docs []briefing.Document, workers int) [][sha256.Size]byte {
	if c == nil {
		return nil
	}
	keys := make([][sha256.Size]byte, len(docs))
	work.Each(len(docs), workers, func() func(int) {
		return func(i int) { keys[i] = documentKey(&docs[i]) }
	})
	return keys
}

func (c *Cache) get(key cacheKey, docID string) (extracted, curated briefing.Items, ok bool) {
	e, ok := c.Get(key)
	if !ok {
		return extracted, curated, false
	}
	extracted, curated = cloneItems(e.extracted), cloneItems(e.curated)
	retarget(&extracted, docID)
	retarget(&curated, docID)
	return extracted, curated, true
}

func (c *Cache) put(key cacheKey, extracted, curated briefing.Items) {
	c.Put(key, cachedItems{cloneItems(extracted), cloneItems(curated)})
}

// cloneItems copies items with every slice they hold, so neither copy
// sees the other's changes.
func cloneItems(in briefing.Items) briefing.Items {
	out := briefing.Items{
		Actors:    slices.Clone(in.Actors),
		Assets:    slices.Clone(in.Assets),
		Questions: slices.Clone(in.Questions),
	}
	for i := range out.Actors {
		a := &out.Actors[i]
		a.Aliases, a.Mentions = slices.Clone(a.Aliases), slices.Clone(a.Mentions)
	}
	for i := range out.Assets {
		a := &out.Assets[i]
		a.Aliases, a.Mentions = slices.Clone(a.Aliases), slices.Clone(a.Mentions)
	}
	for i := range out.Questions {
		q := &out.Questions[i]
		q.Actors, q.Assets, q.Evidence = slices.Clone(q.Actors), slices.Clone(q.Assets), slices.Clone(q.Evidence)
	}
	return out
}

// prune drops the entries the latest run did not use.
func (c *Cache) prune() {
	if c != nil {
		c.Prune()
	}
}

// retarget points every span of a document's items at its current id
// (ids follow load order, which a new document can shift).
func retarget(items *briefing.Items, id string) {
	for i := range items.Actors {
		for j := range items.Actors[i].Mentions {
			items.Actors[i].Mentions[j].Doc = id
		}
	}
	for i := range items.Assets {
		for j := range items.Assets[i].Mentions {
			items.Assets[i].Mentions[j].Doc = id
		}
	}
	for i := range items.Questions {
		for j := range items.Questions[i].Evidence {
			items.Questions[i].Evidence[j].Doc = id
		}
	}
}

// documentKey hashes what analysis reads of a document: all of it but
// its id.
func documentKey(d *briefing.Document) [sha256.Size]byte {
	h := sha256.New()
	for _, s := range []string{d.Path, string(d.Format), d.Title, d.Date, d.Source, d.Author, d.Classification, d.Text} {
		writeString(h, s)
	}
	fmt.Fprintf(h, "%t|%v|", d.TitleFromPath, d.Blocks)
	for _, c := range d.Curated {
		c.Span.Doc = ""
		data, _ := json.Marshal(c) // map keys sorted: stable
		writeString(h, string(data))
	}
	var key [sha256.Size]byte
	copy(key[:], h.Sum(nil))
	return key
}

// writeString writes a length-prefixed string, so that no two lists of
// strings hash alike.
func writeString(h hash.Hash, s string) {
	var n [8]byte
	binary.LittleEndian.PutUint64(n[:], uint64(len(s)))
	h.Write(n[:])
	h.Write([]byte(s))
}
