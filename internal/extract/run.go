// Package extract turns document text into the actors, order of battle
// and open questions of a briefing, each tied to the words it came from.
// It is deterministic, offline and pure Go.
package extract

import (
	"log/slog"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefing-tools/briefing/internal/briefing"
	"github.com/briefing-tools/briefing/internal/crossdoc"
	"github.com/briefing-tools/briefing/internal/work"
)

// Extractor runs the pipeline with one gazetteer.
type Extractor struct {
	g *Gazetteer
	// Workers is how many windows of documents are analysed at once; 1
	// (the default) analyses them one after the other on the calling
	// goroutine.
	Workers int
	// WindowBytes bounds the text analysed at once (see
	// DefaultWindowBytes); zero or less analyses every document whole.
	WindowBytes int
}

// New returns an extractor using g (see LoadGazetteer).
func New(g *Gazetteer) *Extractor {
	return &Extractor{g: g, Workers: 1, WindowBytes: DefaultWindowBytes}
}

// Run analyses the documents with the embedded gazetteer.
func Run(docs []briefing.Document) briefing.Briefing {
	g, err := DefaultGazetteer()
	if err != nil {
		// The embedded data is checked by the package's tests; failing
		// here means the binary was built from broken data.
		panic("briefing: embedded gazetteer is invalid: " + err.Error())
	}
	return New(g).Run(docs)
}

// Run analyses the documents and returns the briefing: the documents as
// given and the merged items of all of them. Items a document states
// itself (curated sections, a loaded export) are merged in and win on
// attributes. The same documents always give the same briefing.
func (e *Extractor) Run(docs []briefing.Document) briefing.Briefing { return e.RunCached(docs, nil) }

// RunCached is Run, taking the items of each window of a document from c
// when that content was analysed before (see Cache); a nil c analyses
// everything. The briefing is the one Run gives.
func (e *Extractor) RunCached(docs []briefing.Document, c *Cache) briefing.Briefing {
	b := e.documentsOneByOne(docs, c)
	// what the documents show together: timeline, sources, conflicts
	crossdoc.Annotate(&b, e.Workers)
	return b
}

// documentsOneByOne is RunCached without the pass over what the
// documents show together: each document read and the items merged.
func (e *Extractor) documentsOneByOne(docs []briefing.Document, c *Cache) briefing.Briefing {
	m := newMerger(docs)
	units := planUnits(docs, e.WindowBytes)
	keys := c.begin(docs, e.Workers)
	// each window's items are merged as soon as it (and every window
	// before it) is analysed, so a worker reuses its item lists
	work.InOrder(len(units), e.Workers, func() (produce, consume func(int)) {
		a := newAnalysis(e.g) // buffers reused across this worker's windows
		// what the text says, then what the author curated (or the export
		// held), merged in that order
		var extracted, curated briefing.Items
		produce = func(i int) {
			u, doc := units[i], &docs[units[i].doc]
			if keys == nil || doc.Imported != nil {
				extracted, curated = e.analyse(a, doc, u)
				return
			}
			key := cacheKey{doc: keys[u.doc], start: u.span.start, end: u.span.end}
			var ok bool
			if extracted, curated, ok = c.get(key, doc.ID); !ok {
				extracted, curated = e.analyse(a, doc, u)
				c.put(key, extracted, curated)
			}
		}
		consume = func(i int) {
			reconcileSides(&extracted, curated, m.fold)
			m.add(extracted)
			if units[i].last {
				m.add(curated)
			}
		}
		return produce, consume
	})
	c.prune()
	b := m.finish()
	b.Documents = docs
	return b
}

// analyse finds the items of one window of a document, and with its
// last window the document's curated items. The lists are a's buffers,
// valid until its next window.
func (e *Extractor) analyse(a *analysis, doc *briefing.Document, u unit) (extracted, curated briefing.Items) {
	defer func() {
		// a bug on one document's text costs that window's items only
		if r := recover(); r != nil {
			slog.Error("extraction failed", "document", doc.Path, "window", u.span.start, "panic", r)
			extracted, curated = briefing.Items{}, briefing.Items{}
		}
	}()
	if doc.Imported != nil {
		return *doc.Imported, briefing.Items{}
	}
	if u.span.start == 0 && u.span.end == len(doc.Text) {
		extracted = a.run(doc)
	} else {
		sub := windowDocument(doc, u.span)
		extracted = a.run(&sub)
		shiftItems(extracted, u.span.start)
	}
	// every window's assets take the sides the author stated (see
	// reconcileSides); the curated items merge after the last window
	a.curatedList = e.curated(doc, a.curatedList)
	return extracted, a.curatedList
}

// curated reads the document's curated sections, using the gazetteer to
// type the actors the author named, into buf's lists.
func (e *Extractor) curated(doc *briefing.Document, buf briefing.Items) briefing.Items {
	items := curatedItems(doc, buf, e.g)
	for i := range items.Actors {
		a := &items.Actors[i]
		if kind, affiliation, ok := e.g.actorKindOf(a.Name); ok {
			a.Kind = kind
			if a.Affiliation == "" {
				a.Affiliation = affiliation
			}
		}
	}
	for i := range items.Assets {
		a := &items.Assets[i]
		if p, ok := e.g.platform(a.Name); ok {
			if a.Category == "" {
				a.Category = p.Category
			}
			if a.Domain == "" || a.Domain == briefing.UnknownDomain {
				a.Domain = e.g.index.domainOf(p.Category)
			}
		}
		if a.Side != "" {
			if s, ok := e.g.stateNamed(a.Side); ok {
				a.Side = s
			}
		}
	}
	return items
}

// actorKindOf types a name the gazetteer knows.
func (g *Gazetteer) actorKindOf(name string) (briefing.ActorKind, string, bool) {
	k := normalizeKey(name)
	if _, ok := g.index.states[k]; ok {
		return briefing.State, "", true
	}
	if i, ok := g.index.organizations.get(k); ok {
		return g.Organizations[i].actorKind(), g.Organizations[i].Country, true
	}
	// acronyms and aliases
	for _, r := range g.index.lookup(name) {
		switch r.kind {
		case kindOrganization:
			return g.Organizations[r.index].actorKind(), g.Organizations[r.index].Country, true
		case kindState:
			return briefing.State, "", true
		}
	}
	return "", "", false
}

// actorKind is the kind of actor an organisation is: a non-state armed
// group is a group, a party of its own; the rest are organisations.
func (o *Organization) actorKind() briefing.ActorKind {
	if o.Category == "armed group" {
		return briefing.Group
	}
	return briefing.Organization
}

func (g *Gazetteer) platform(name string) (*Platform, bool) {
	if i, ok := g.index.platforms.get(normalizeKey(name)); ok {
		return &g.Platforms[i], true
	}
	return g.lookupPlatform(name)
}

// lookupPlatform finds a platform by any of its surface forms.
func (g *Gazetteer) lookupPlatform(form string) (*Platform, bool) {
	if i, ok := g.platformIndex(form); ok {
		return &g.Platforms[i], true
	}
	return nil, false
}

// genericNoun reports a word the gazetteer holds as a generic asset
// noun ("helicopters", "frigates").
func (g *Gazetteer) genericNoun(w string) bool {
	for _, r := range g.index.lookup(w) {
		if r.kind == kindGeneric {
			return true
		}
	}
	return false
}

// platformIndex is lookupPlatform's index into g.Platforms.
func (g *Gazetteer) platformIndex(form string) (int, bool) {
	for _, r := range g.index.lookup(form) {
		if r.kind == kindPlatform {
			return int(r.index), true
		}
	}
	return 0, false
}

// stateNamed maps any form of a state's name to its canonical name.
func (g *Gazetteer) stateNamed(s string) (string, bool) {
	if i, ok := g.index.states[normalizeKey(s)]; ok {
		return g.States[i].Name, true
	}
	name, ok := g.index.stateAliases[foldCase(s)]
	return name, ok
}

// foldCase maps every rune to the least of the runes equal to it under
// simple case folding, so that two strings are strings.EqualFold exactly
// when their foldCase are equal.
func foldCase(s string) string {
	if isASCII(s) {
		// an ASCII letter's least fold is its capital (even k and s,
		// whose orbits hold the Kelvin sign and the long s)
		return strings.ToUpper(s)
	}
	return strings.Map(leastFold, s)
}

// leastFold is the least rune of r's simple case-folding orbit.
func leastFold(r rune) rune {
	least := r
	for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
		least = min(least, f)
	}
	return least
}

// noLower reports that strings.ToUpper(s) == s, without building the
// upper case: s has no lower-case letter ("NATO", "U.S.", "5th" is not:
// its "th" is lower).
func noLower(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 'a' && c <= 'z' {
				return false
			}
			continue
		}
		return strings.ToUpper(s) == s // rare: let the library judge
	}
	return true
}

// reconcileSides gives an extracted asset the side its author stated for
// it in the same document's order of battle, so the two merge into one
// entry instead of two entries on different sides. Names are compared
// as foldName (the merger's, which remembers them) makes them.
func reconcileSides(extracted *briefing.Items, curated briefing.Items, foldName func(string) string) {
	// each folded name of a curated asset with a side, to the last such
	// asset that has it: the last statement wins
	stated := map[string]int{}
	for i, c := range curated.Assets {
		if c.Side == "" {
			continue
		}
		stated[foldName(c.Name)] = i
		for _, alias := range c.Aliases {
			stated[foldName(alias)] = i
		}
	}
	if len(stated) == 0 {
		return
	}
	for i := range extracted.Assets {
		e := &extracted.Assets[i]
		last, ok := stated[foldName(e.Name)]
		for _, alias := range e.Aliases {
			if j, found := stated[foldName(alias)]; found && (!ok || j > last) {
				last, ok = j, true
			}
		}
		if ok {
			e.Side = curated.Assets[last].Side
		}
	}
}
