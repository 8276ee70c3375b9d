// Package extract turns document text into the actors, order of battle
// and open questions of a briefing, each tied to the words it came from.
// It is deterministic, offline and pure Go.
package extract

import (
	"strings"

	"github.com/briefing-tools/briefing/internal/briefing"
)

// Extractor runs the pipeline with one gazetteer.
type Extractor struct {
	g *Gazetteer
}

// New returns an extractor using g (see LoadGazetteer).
func New(g *Gazetteer) *Extractor { return &Extractor{g: g} }

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
func (e *Extractor) Run(docs []briefing.Document) briefing.Briefing {
	perDoc := make([]briefing.Items, 0, 2*len(docs))
	a := newAnalysis(e.g)
	for i := range docs {
		doc := &docs[i]
		if doc.Imported != nil {
			perDoc = append(perDoc, *doc.Imported)
			continue
		}
		perDoc = append(perDoc, a.run(doc))
		perDoc = append(perDoc, e.curated(doc))
	}
	b := merge(docs, perDoc)
	b.Documents = docs
	return b
}

// curated reads the document's curated sections, using the gazetteer to
// type the actors the author named.
func (e *Extractor) curated(doc *briefing.Document) briefing.Items {
	items := curatedItems(doc)
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
				a.Domain = e.g.index.categories[normalizeKey(p.Category)].Domain
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
	if i, ok := g.index.organizations[k]; ok {
		return briefing.Organization, g.Organizations[i].Country, true
	}
	// acronyms and aliases
	for _, r := range g.index.lookup(name) {
		switch r.kind {
		case kindOrganization:
			return briefing.Organization, g.Organizations[r.index].Country, true
		case kindState:
			return briefing.State, "", true
		}
	}
	return "", "", false
}

func (g *Gazetteer) platform(name string) (*Platform, bool) {
	if i, ok := g.index.platforms[normalizeKey(name)]; ok {
		return &g.Platforms[i], true
	}
	return g.lookupPlatform(name)
}

// lookupPlatform finds a platform by any of its surface forms.
func (g *Gazetteer) lookupPlatform(form string) (*Platform, bool) {
	for _, r := range g.index.lookup(form) {
		if r.kind == kindPlatform {
			return &g.Platforms[r.index], true
		}
	}
	return nil, false
}

// stateNamed maps any form of a state's name to its canonical name.
func (g *Gazetteer) stateNamed(s string) (string, bool) {
	if _, ok := g.index.states[normalizeKey(s)]; ok {
		return g.States[g.index.states[normalizeKey(s)]].Name, true
	}
	for _, st := range g.States {
		for _, a := range st.Aliases {
			if strings.EqualFold(a, s) {
				return st.Name, true
			}
		}
	}
	return "", false
}
