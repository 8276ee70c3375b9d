package marks

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/briefing-tools/briefing/internal/briefing"
	"github.com/briefing-tools/briefing/internal/store"
)

// Ref names one item of a briefing: its target and its index in the
// briefing's list of that target.
type Ref struct {
	Target store.Target
	Index  int
}

// Index finds the items a mark's key names in one briefing; it is
// built once per briefing (hashing the documents) and attached to each
// new state. The keys of actors and assets are not listed up front (a
// folder of reports gives each of them hundreds): a key is read back
// into its document and name, and the items of that name are asked
// whether they are mentioned there.
type Index struct {
	b        *briefing.Briefing
	hashes   []string          // each document's hash of its text
	docHash  map[string]string // document id → hash of its text (the last of an id)
	docAt    map[string]int    // document id → its index (the first of an id)
	byHash   map[string][]int  // hash → the documents with that text
	firstDoc string
	// names: per target (actor, asset), each normalised name → the
	// items that bear it
	names map[store.Target]map[string][]int
	// the keys of questions, listed since a reworded question is found
	// by its claim: question → keys (primary first), key → questions,
	// claim prefix → questions
	questionKeys [][]string
	byKey        map[string][]Ref
	byClaim      map[string][]Ref
}

// NewIndex indexes b's items for their keys.
func NewIndex(b *briefing.Briefing) *Index {
	n := len(b.Documents)
	ix := &Index{b: b, hashes: make([]string, 0, n), docHash: make(map[string]string, n), docAt: make(map[string]int, n), byHash: make(map[string][]int, n),
		names: map[store.Target]map[string][]int{store.ActorTarget: {}, store.AssetTarget: {}},
		byKey: map[string][]Ref{}, byClaim: map[string][]Ref{}}
	for i := range b.Documents {
		d := &b.Documents[i]
		h := docHash(d)
		ix.hashes = append(ix.hashes, h)
		ix.docHash[d.ID] = h
		ix.byHash[h] = append(ix.byHash[h], i)
		if _, dup := ix.docAt[d.ID]; !dup {
			ix.docAt[d.ID] = i
		}
		if i == 0 {
			ix.firstDoc = h
		}
	}
	for i, a := range b.Actors {
		ix.addNames(store.ActorTarget, i, a.Name, a.Aliases)
	}
	for i, a := range b.Assets {
		ix.addNames(store.AssetTarget, i, a.Name, a.Aliases)
	}
	ix.questionKeys = make([][]string, len(b.Questions))
	seen := make(map[string]int, n) // hash → 1 + the question last met there
	for i, q := range b.Questions {
		ref := Ref{store.QuestionTarget, i}
		wording := shortHash(Normalize(q.Text))
		add := func(hash, claim string) {
			key := questionKey(hash, claim, wording)
			ix.questionKeys[i] = append(ix.questionKeys[i], key)
			ix.byKey[key] = append(ix.byKey[key], ref)
			ix.byClaim[claimPrefix(key)] = append(ix.byClaim[claimPrefix(key)], ref)
		}
		// one key per document, from the first span there
		for _, s := range q.Evidence {
			if h, ok := ix.docHash[s.Doc]; ok && seen[h] != i+1 {
				seen[h] = i + 1
				add(h, ix.spanText(s))
			}
		}
		if len(ix.questionKeys[i]) == 0 && ix.firstDoc != "" {
			add(ix.firstDoc, "")
		}
	}
	return ix
}

// addNames files item i under each of its names, normalised.
func (ix *Index) addNames(target store.Target, i int, name string, aliases []string) {
	for _, n := range ix.normNames(name, aliases) {
		ix.names[target][n] = append(ix.names[target][n], i)
	}
}

// normNames are an item's names, normalised, without the empty ones
// and repeats, the name first.
func (ix *Index) normNames(name string, aliases []string) []string {
	norms := make([]string, 0, 1+len(aliases))
	for _, n := range append([]string{name}, aliases...) {
		if n := Normalize(n); n != "" && !slices.Contains(norms, n) {
			norms = append(norms, n)
		}
	}
	return norms
}

// lookup lists the items key names.
func (ix *Index) lookup(key string) []Ref {
	target, rest, _ := strings.Cut(key, ":")
	hash, identity, ok := strings.Cut(rest, ":")
	if !ok {
		return nil
	}
	switch t := store.Target(target); t {
	case store.DocumentTarget:
		if identity != "" {
			return nil
		}
		var refs []Ref
		for _, i := range ix.byHash[hash] {
			refs = append(refs, Ref{t, i})
		}
		return refs
	case store.ActorTarget, store.AssetTarget:
		var refs []Ref
		for _, i := range ix.names[t][identity] {
			if ix.mentionedIn(Ref{t, i}, hash) {
				refs = append(refs, Ref{t, i})
			}
		}
		return refs
	}
	return ix.byKey[key]
}

// mentions are the spans of an actor or asset.
func (ix *Index) mentions(ref Ref) (string, []string, []briefing.Span) {
	if ref.Target == store.ActorTarget {
		a := &ix.b.Actors[ref.Index]
		return a.Name, a.Aliases, a.Mentions
	}
	a := &ix.b.Assets[ref.Index]
	return a.Name, a.Aliases, a.Mentions
}

// mentionedIn reports whether an actor or asset belongs to the document
// of hash: one of its spans is there, or none is in a known document
// and hash is the first document's.
func (ix *Index) mentionedIn(ref Ref, hash string) bool {
	_, _, spans := ix.mentions(ref)
	known := false
	for _, s := range spans {
		if h, ok := ix.docHash[s.Doc]; ok {
			if h == hash {
				return true
			}
			known = true
		}
	}
	return !known && ix.firstDoc != "" && hash == ix.firstDoc
}

// firstDocOf is the hash of the document of the first span in a known
// document, else the first document's, or "" when there is none.
func (ix *Index) firstDocOf(spans []briefing.Span) string {
	for _, s := range spans {
		if h, ok := ix.docHash[s.Doc]; ok {
			return h
		}
	}
	return ix.firstDoc
}

// primaryKey is the key a first mark on the item goes to: its first
// document and first name, or "" when it has no key.
func (ix *Index) primaryKey(ref Ref) string {
	switch ref.Target {
	case store.DocumentTarget:
		return documentKey(ix.hashes[ref.Index])
	case store.QuestionTarget:
		if keys := ix.questionKeys[ref.Index]; len(keys) > 0 {
			return keys[0]
		}
		return ""
	}
	name, aliases, spans := ix.mentions(ref)
	norms := ix.normNames(name, aliases)
	if doc := ix.firstDocOf(spans); doc != "" && len(norms) > 0 {
		return nameKey(ref.Target, doc, norms[0])
	}
	return ""
}

// spanText is the text of a span, or "" when it lies outside its
// document (or has none).
func (ix *Index) spanText(s briefing.Span) string {
	if i, ok := ix.docAt[s.Doc]; ok && s.Start >= 0 && s.Start <= s.End && s.End <= len(ix.b.Documents[i].Text) {
		return ix.b.Documents[i].Text[s.Start:s.End]
	}
	return ""
}

// Find resolves an id as extract prints it (act1, ast3, q2, d1).
func (ix *Index) Find(id string) (Ref, error) {
	for i, d := range ix.b.Documents {
		if d.ID == id {
			return Ref{store.DocumentTarget, i}, nil
		}
	}
	for i, a := range ix.b.Actors {
		if a.ID == id {
			return Ref{store.ActorTarget, i}, nil
		}
	}
	for i, a := range ix.b.Assets {
		if a.ID == id {
			return Ref{store.AssetTarget, i}, nil
		}
	}
	for i, q := range ix.b.Questions {
		if q.ID == id {
			return Ref{store.QuestionTarget, i}, nil
		}
	}
	return Ref{}, fmt.Errorf("no item %q in these documents: use an id as 'briefing extract' prints it (act1, ast1, q1, d1)", id)
}

// ID is the item's id in the briefing.
func (ix *Index) ID(ref Ref) string {
	switch ref.Target {
	case store.DocumentTarget:
		return ix.b.Documents[ref.Index].ID
	case store.ActorTarget:
		return ix.b.Actors[ref.Index].ID
	case store.AssetTarget:
		return ix.b.Assets[ref.Index].ID
	case store.QuestionTarget:
		return ix.b.Questions[ref.Index].ID
	}
	return ""
}

// Label is the item's name as a mark records it.
func (ix *Index) Label(ref Ref) string {
	switch ref.Target {
	case store.DocumentTarget:
		d := ix.b.Documents[ref.Index]
		if d.Title != "" {
			return d.Title
		}
		return d.Path
	case store.ActorTarget:
		return ix.b.Actors[ref.Index].Name
	case store.AssetTarget:
		return ix.b.Assets[ref.Index].Name
	case store.QuestionTarget:
		return ix.b.Questions[ref.Index].Text
	}
	return ""
}

// Marks is a store state attached to a briefing: the merged marks and
// notes of each item, and the marks no item claims.
type Marks struct {
	ix      *Index
	items   map[Ref]*store.ItemState
	write   map[Ref]string // the key a new mark on the item goes to
	orphans []*store.ItemState
	State   *store.State
}

// Attach finds each item's marks in st. An item named by several keys
// (several documents, several names) gets, per field, the latest value
// among them, and all their notes.
func (ix *Index) Attach(st *store.State) *Marks {
	m := &Marks{ix: ix, items: map[Ref]*store.ItemState{}, write: map[Ref]string{}, State: st}
	used := map[string]bool{}
	claim := func(ref Ref, key string, it *store.ItemState) {
		used[key] = true
		merged := m.items[ref]
		if merged == nil {
			merged = &store.ItemState{Key: key, Target: ref.Target, Label: it.Label}
			m.items[ref] = merged
		}
		mergeInto(merged, it)
		if it.Last.After(merged.Last) || m.write[ref] == "" {
			m.write[ref] = key
		}
		if it.Last.After(merged.Last) {
			merged.Last = it.Last
		}
	}
	for key, it := range st.Items {
		refs := ix.lookup(key)
		if len(refs) == 0 && it.Target == store.QuestionTarget {
			// reworded question: the marks follow its claim when only
			// one question rests on it
			if c := ix.byClaim[claimPrefix(key)]; len(c) == 1 {
				refs = c
			}
		}
		for _, ref := range refs {
			claim(ref, key, it)
		}
	}
	for key, it := range st.Items {
		if !used[key] && !it.Empty() {
			m.orphans = append(m.orphans, it)
		}
	}
	sort.Slice(m.orphans, func(i, j int) bool { return m.orphans[i].Key < m.orphans[j].Key })
	for _, it := range m.items {
		sort.SliceStable(it.Notes, func(i, j int) bool { return it.Notes[i].At.Before(it.Notes[j].At) })
	}
	return m
}

func mergeInto(dst, src *store.ItemState) {
	later := func(a, b store.Mark) store.Mark {
		if b.Value != "" && (a.Value == "" || b.At.After(a.At)) {
			return b
		}
		return a
	}
	dst.Status = later(dst.Status, src.Status)
	dst.Priority = later(dst.Priority, src.Priority)
	dst.Flag = later(dst.Flag, src.Flag)
	dst.Notes = append(dst.Notes, src.Notes...)
}

// Of returns the item's marks and notes, or nil when it has none.
func (m *Marks) Of(ref Ref) *store.ItemState { return m.items[ref] }

// Orphans are the marked keys that no item of the briefing claims: an
// item the extractor no longer finds, or a document not loaded.
func (m *Marks) Orphans() []*store.ItemState { return m.orphans }

// Index is the briefing's key index.
func (m *Marks) Index() *Index { return m.ix }

// KeyFor is the key a new mark on the item is written to: the key its
// latest mark went to, so "before" follows on, else its primary key.
func (m *Marks) KeyFor(ref Ref) string {
	if k := m.write[ref]; k != "" {
		return k
	}
	return m.ix.primaryKey(ref)
}

// Event builds the event that sets field to value on the item.
func (m *Marks) Event(ref Ref, f store.Field, value, who string) (store.Event, error) {
	if f == store.NoteField {
		if strings.TrimSpace(value) == "" {
			return store.Event{}, fmt.Errorf("an empty note")
		}
	} else if err := Vocab().Check(ref.Target, f, value); err != nil {
		return store.Event{}, err
	}
	key := m.KeyFor(ref)
	if key == "" {
		return store.Event{}, fmt.Errorf("item %s has no key", m.ix.ID(ref))
	}
	return store.Event{Who: who, Key: key, Target: ref.Target, Field: f, After: value, Label: m.ix.Label(ref)}, nil
}
