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

// Index holds the keys of every item of one briefing; it is built once
// per briefing (hashing the documents) and attached to each new state.
type Index struct {
	b        *briefing.Briefing
	keys     map[Ref][]string // every key that names the item, primary first
	byKey    map[string][]Ref
	byClaim  map[string][]Ref // question claim prefix → questions
	docHash  map[string]string
	firstDoc string
}

// NewIndex computes the keys of b's items.
func NewIndex(b *briefing.Briefing) *Index {
	ix := &Index{b: b, keys: map[Ref][]string{}, byKey: map[string][]Ref{}, byClaim: map[string][]Ref{}, docHash: map[string]string{}}
	for i := range b.Documents {
		h := docHash(&b.Documents[i])
		ix.docHash[b.Documents[i].ID] = h
		if i == 0 {
			ix.firstDoc = h
		}
		ix.add(Ref{store.DocumentTarget, i}, documentKey(h))
	}
	for i, a := range b.Actors {
		ix.addNames(Ref{store.ActorTarget, i}, a.Mentions, append([]string{a.Name}, a.Aliases...))
	}
	for i, a := range b.Assets {
		ix.addNames(Ref{store.AssetTarget, i}, a.Mentions, append([]string{a.Name}, a.Aliases...))
	}
	for i, q := range b.Questions {
		ref := Ref{store.QuestionTarget, i}
		for _, d := range ix.docsOf(q.Evidence) {
			key := questionKey(d.hash, d.text, q.Text)
			ix.add(ref, key)
			ix.byClaim[claimPrefix(key)] = append(ix.byClaim[claimPrefix(key)], ref)
		}
	}
	return ix
}

func (ix *Index) add(ref Ref, key string) {
	if slices.Contains(ix.keys[ref], key) {
		return
	}
	ix.keys[ref] = append(ix.keys[ref], key)
	ix.byKey[key] = append(ix.byKey[key], ref)
}

func (ix *Index) addNames(ref Ref, mentions []briefing.Span, names []string) {
	for _, d := range ix.docsOf(mentions) {
		for _, n := range names {
			if Normalize(n) != "" {
				ix.add(ref, nameKey(ref.Target, d.hash, n))
			}
		}
	}
}

// spanDoc is a document an item is in, with the text of its first
// span there (a question's claim).
type spanDoc struct{ hash, text string }

// docsOf lists the documents of spans in order of first mention; an
// item without spans belongs to the first document.
func (ix *Index) docsOf(spans []briefing.Span) []spanDoc {
	var out []spanDoc
	seen := map[string]bool{}
	for _, s := range spans {
		h, ok := ix.docHash[s.Doc]
		if !ok || seen[h] {
			continue
		}
		seen[h] = true
		text := ""
		if d := ix.b.Document(s.Doc); d != nil && s.Start >= 0 && s.Start <= s.End && s.End <= len(d.Text) {
			text = d.Text[s.Start:s.End]
		}
		out = append(out, spanDoc{hash: h, text: text})
	}
	if len(out) == 0 && ix.firstDoc != "" {
		out = append(out, spanDoc{hash: ix.firstDoc})
	}
	return out
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
		refs := ix.byKey[key]
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
	if keys := m.ix.keys[ref]; len(keys) > 0 {
		return keys[0]
	}
	return ""
}

// Event builds the event that sets field to value on the item.
func (m *Marks) Event(ref Ref, f store.Field, value, who string) (store.Event, error) {
	if f == store.NoteField {
		if strings.TrimSpace(value) == "" {
			return store.Event{}, fmt.Errorf("an empty note")
		}
	} else if err := Vocab.Check(ref.Target, f, value); err != nil {
		return store.Event{}, err
	}
	key := m.KeyFor(ref)
	if key == "" {
		return store.Event{}, fmt.Errorf("item %s has no key", m.ix.ID(ref))
	}
	return store.Event{Who: who, Key: key, Target: ref.Target, Field: f, After: value, Label: m.ix.Label(ref)}, nil
}
