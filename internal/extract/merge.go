package extract

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/briefing-tools/briefing/internal/briefing"
)

// merger joins the items of every document into one entry per real
// thing: actors by name or alias, assets by name and side, questions by
// their text. Spans are gathered first and sorted once at the end, so
// merging costs time in proportion to the mentions.
type merger struct {
	docIndex map[string]int

	actors []briefing.Actor
	// actorSpans and assetSpans gather each merged item's mentions, copied
	// from the lists merged (which their makers may reuse) and sorted once
	// in finish. They hold compact mentions, without pointers: a corpus
	// repeating a name grows these lists most of all.
	actorSpans, assetSpans [][]mention
	spans                  spanTable
	actorKeys              map[string]int // folded name → index
	aliasKeys              map[string]int // folded alias → index
	assets                 []briefing.Asset
	assetKeys              map[string][]int // folded name → indexes (one per side)
	assetAliasKeys         map[string][]int // folded alias → indexes
	questions              []briefing.Question
	qRefs                  []questionRefs // by question
	qKeys                  map[string]int // folded text → index
	qTexts                 map[string]int // text → index

	// listActors and listAssets map the old ids of the item list being
	// merged to indexes; actorIDs and assetIDs keep the last index of
	// each bare old id, for references across lists.
	listActors, listAssets map[string]int
	actorIDs, assetIDs     map[string]int
	folded                 memo
	// names remembers normalizeName: addAsset folds every alias of an
	// asset again each time another document mentions it
	names memo
	// aliasKeyBuf is addAsset's buffer
	aliasKeyBuf []string
	// seenNames is settleAliases' buffer
	seenNames map[string]bool
	// aliasesSettled marks, by merged asset, the aliases settleAliases
	// set, which a merge that brings nothing new leaves as they are
	aliasesSettled []bool

	// assetReports keeps what each document said of each merged asset's
	// attributes, set on the assets in finish.
	assetReports [][]briefing.Report
}

func (m *merger) fold(s string) string { return m.folded.get(s, foldName) }

func newMerger(docs []briefing.Document) *merger {
	m := &merger{
		docIndex:  make(map[string]int, len(docs)),
		actorKeys: map[string]int{}, aliasKeys: map[string]int{}, assetKeys: map[string][]int{}, assetAliasKeys: map[string][]int{}, qKeys: map[string]int{}, qTexts: map[string]int{},
		listActors: map[string]int{}, listAssets: map[string]int{},
		actorIDs: map[string]int{}, assetIDs: map[string]int{}, folded: memo{}, names: memo{}, seenNames: map[string]bool{},
	}
	for i, d := range docs {
		m.docIndex[d.ID] = i
	}
	return m
}

// add merges one list of items. The merger copies the items, their
// mentions (finish replaces the mention lists it copied with the ones it
// gathered), aliases and the strings of their Why, so the caller may
// reuse the lists and the slices in them; question evidence is kept as
// it is.
func (m *merger) add(items briefing.Items) {
	clear(m.listActors)
	clear(m.listAssets)
	for _, a := range items.Actors {
		i := m.addActor(a)
		m.listActors[a.ID] = i
		m.actorIDs[a.ID] = i
	}
	for _, a := range items.Assets {
		i := m.addAsset(a)
		m.listAssets[a.ID] = i
		m.assetIDs[a.ID] = i
		m.report(i, a)
	}
	for _, q := range items.Questions {
		refs := questionRefs{m.follow(m.listActors, m.actorIDs, q.Actors), m.follow(m.listAssets, m.assetIDs, q.Assets)}
		q.Actors, q.Assets = nil, nil // until ids are final
		m.addQuestion(q, refs)
	}
	// parents point into the same document's items
	for _, a := range items.Assets {
		if a.Parent == "" {
			continue
		}
		i := m.listAssets[a.ID]
		if parent, ok := m.listAssets[a.Parent]; ok && parent != i && m.assets[i].Parent == "" {
			m.assets[i].Parent = "#" + strconv.Itoa(parent)
		}
	}
}

// report records what the document of a's mentions says of merged
// asset i, so cross-document checks can compare documents.
func (m *merger) report(i int, a briefing.Asset) {
	for len(m.assetReports) <= i {
		m.assetReports = append(m.assetReports, nil)
	}
	if a.Reports != nil {
		// an imported item brings what its document said (an empty
		// list: nothing)
		for _, r := range a.Reports {
			r.Side, r.Quantity, r.Location = strings.Clone(r.Side), strings.Clone(r.Quantity), strings.Clone(r.Location)
			m.assetReports[i] = append(m.assetReports[i], r)
		}
		return
	}
	if len(a.Mentions) == 0 || a.Side == "" && a.Quantity == "" && a.Location == "" && (a.Status == "" || a.Status == briefing.UnknownStatus) {
		return
	}
	m.assetReports[i] = append(m.assetReports[i], briefing.Report{
		Doc: a.Mentions[0].Doc, Origin: a.Origin, Side: strings.Clone(a.Side), Quantity: strings.Clone(a.Quantity),
		Status: a.Status, Location: strings.Clone(a.Location),
	})
}

// follow maps old ids to merged indexes: an id of the same list first,
// else the last item with that id.
func (m *merger) follow(list, all map[string]int, old []string) []int {
	var out []int
	for _, id := range old {
		i, ok := list[id]
		if !ok {
			i, ok = all[id]
		}
		if ok && !slices.Contains(out, i) {
			if out == nil {
				out = make([]int, 0, len(old)) // one allocation, not one per doubling
			}
			out = append(out, i)
		}
	}
	return out
}

// questionRefs are a merged question's actors and assets, by merged
// index, until ids are final.
type questionRefs struct{ actors, assets []int }

func (m *merger) addActor(a briefing.Actor) int {
	key := m.fold(a.Name)
	var buf [8]string // the folded aliases, then the name
	keys := buf[:0]
	for _, alias := range a.Aliases {
		keys = append(keys, m.fold(alias))
	}
	i, ok := m.actorKeys[key]
	if !ok && a.Kind == briefing.Person {
		i, ok = m.samePerson(a.Name)
	}
	if !ok {
		// an alias may name an actor already known ("CENTCOM"), but not
		// one of another country: the Philippine and the China Coast Guard
		// are both "the Coast Guard"; the name itself may be another's
		// alias ("National Bureau of Investigation" of "Finland's National
		// Bureau of Investigation")
		for _, k := range append(keys, key) {
			if j, found := m.aliasKeys[k]; found && m.actors[j].Kind == a.Kind &&
				(m.actors[j].Affiliation == "" || a.Affiliation == "" || m.actors[j].Affiliation == a.Affiliation) {
				i, ok = j, true
				break
			}
		}
	}
	if !ok {
		i = len(m.actors)
		a.Aliases = slices.Clone(a.Aliases) // the list merged may be reused
		a.Why = cloneWhy(a.Why)
		m.actors = append(m.actors, a)
		m.actorSpans = append(m.actorSpans, m.spans.add(nil, a.Mentions))
		m.actorKeys[key] = i
	} else {
		m.actors[i] = m.mergeActor(m.actors[i], a)
		m.actorSpans[i] = m.spans.add(m.actorSpans[i], a.Mentions)
	}
	for _, k := range append(keys, key) {
		if _, taken := m.aliasKeys[k]; !taken && len(k) > 2 {
			m.aliasKeys[k] = i
		}
	}
	return i
}

func (m *merger) addAsset(a briefing.Asset) int {
	key := m.fold(a.Name)
	// the aliases are folded once, for the candidates and the index
	aliasKeys := m.aliasKeyBuf[:0]
	for _, alias := range a.Aliases {
		aliasKeys = append(aliasKeys, m.fold(alias))
	}
	m.aliasKeyBuf = aliasKeys
	// the same name, else a name the other gave as an alias: the
	// author's "P-8A Poseidon" is the extractor's P-8 Poseidon, which
	// the text called "P-8A Poseidon"
	var buf [8][]int
	candidates := append(buf[:0], m.assetKeys[key], m.assetAliasKeys[key])
	for _, k := range aliasKeys {
		candidates = append(candidates, m.assetKeys[k])
	}
	for _, list := range candidates {
		for _, i := range list {
			if have := m.assets[i].Side; have == "" || a.Side == "" || have == a.Side {
				before, old := m.assets[i].Name, m.assets[i].Aliases
				m.assets[i] = mergeAsset(m.assets[i], a)
				merged := &m.assets[i]
				if m.aliasesSettled[i] && merged.Name == before && sameList(merged.Aliases, old) &&
					(a.Name == before || slices.Contains(old, a.Name)) {
					// nothing new (the same report merged again): the aliases
					// settled at the last merge stand, as settleAliases would
					// leave them
					merged.Aliases = old
				} else {
					m.settleAliases(i, before, a.Name)
				}
				m.assetSpans[i] = m.spans.add(m.assetSpans[i], a.Mentions)
				m.indexAssetAliases(i, aliasKeys)
				return i
			}
		}
	}
	i := len(m.assets)
	m.indexAssetAliases(i, aliasKeys)
	a.Aliases = slices.Clone(a.Aliases)
	a.Why = cloneWhy(a.Why)
	a.Reports = nil // gathered by report
	m.assets = append(m.assets, a)
	m.aliasesSettled = append(m.aliasesSettled, false)
	m.assetSpans = append(m.assetSpans, m.spans.add(nil, a.Mentions))
	m.assetKeys[key] = append(m.assetKeys[key], i)
	return i
}

// settleAliases sets the aliases of merged asset i after a merge: every
// name the merged items went by (its aliases, its name before and the
// name merged in) stays findable as an alias, the one shown apart;
// forms that differ only by case or spacing are one ("Northern Fleet's
// submarines" and "Northern Fleet submarines" are two: mentions hold
// each). The aliases then have distinct folded forms, none the name's.
func (m *merger) settleAliases(i int, before, name string) {
	seen := m.seenNames
	clear(seen)
	seen[m.names.get(m.assets[i].Name, normalizeName)] = true
	var aliases []string
	for _, list := range [...][]string{m.assets[i].Aliases, {before, name}} {
		for _, x := range list {
			if k := m.names.get(x, normalizeName); !seen[k] {
				seen[k] = true
				aliases = append(aliases, x)
			}
		}
	}
	m.assets[i].Aliases = aliases
	m.aliasesSettled[i] = true
}

// sameList reports two slices that are one list: the same elements in
// the same memory.
func sameList(a, b []string) bool {
	return len(a) == len(b) && (len(a) == 0 || &a[0] == &b[0])
}

// indexAssetAliases lets later items find asset i by its aliases,
// folded.
func (m *merger) indexAssetAliases(i int, keys []string) {
	for _, k := range keys {
		if k != "" && !slices.Contains(m.assetAliasKeys[k], i) {
			m.assetAliasKeys[k] = append(m.assetAliasKeys[k], i)
		}
	}
}

func (m *merger) addQuestion(q briefing.Question, refs questionRefs) {
	i, ok := m.questionAt(q.Text)
	if !ok {
		q.Why = cloneWhy(q.Why)
		m.questions = append(m.questions, q)
		m.qRefs = append(m.qRefs, refs)
		return
	}
	have := m.qRefs[i]
	if q.Origin == briefing.Curated && m.questions[i].Origin != briefing.Curated {
		have, refs = refs, have // the curated question's first, as mergeQuestion does
	}
	m.qRefs[i] = questionRefs{unionInts(have.actors, refs.actors), unionInts(have.assets, refs.assets)}
	m.questions[i] = mergeQuestion(m.questions[i], q)
}

// questionAt returns the index of the question whose text folds as
// text's does, or false and the index a new question gets. A text met
// before takes one look-up: the same questions come again and again.
func (m *merger) questionAt(text string) (int, bool) {
	if i, ok := m.qTexts[text]; ok {
		return i, true
	}
	key := foldName(text)
	i, ok := m.qKeys[key]
	if !ok {
		i = len(m.questions)
		m.qKeys[key] = i
	}
	m.qTexts[text] = i
	return i, ok
}

// finish sorts spans, orders items by first mention and gives final ids.
func (m *merger) finish() briefing.Briefing {
	sortSpans := func(s []briefing.Span) []briefing.Span {
		// mentions arrive in document order, most often already sorted
		if !slices.IsSortedFunc(s, m.compareSpan) {
			slices.SortFunc(s, m.compareSpan)
		}
		return slices.Compact(s)
	}
	actorSpans := m.spans.expand(m.actorSpans)
	for i := range m.actors {
		m.actors[i].Mentions = sortSpans(actorSpans[i])
	}
	assetSpans := m.spans.expand(m.assetSpans)
	reports := joined(m.assetReports) // without the room their appends left
	for i := range m.assets {
		m.assets[i].Mentions = sortSpans(assetSpans[i])
		if i < len(reports) {
			m.assets[i].Reports = reports[i]
		}
	}
	for i := range m.questions {
		m.questions[i].Evidence = sortSpans(m.questions[i].Evidence)
	}
	actorOrder := order(len(m.actors), func(i, j int) int { return m.compareFirst(m.actors[i].Mentions, m.actors[j].Mentions) })
	assetOrder := order(len(m.assets), func(i, j int) int { return m.compareFirst(m.assets[i].Mentions, m.assets[j].Mentions) })
	assetOrder = slices.DeleteFunc(assetOrder, func(i int) bool { return passingForces(m.assets[i]) })
	questionOrder := order(len(m.questions), func(i, j int) int {
		return m.compareFirst(m.questions[i].Evidence, m.questions[j].Evidence)
	})
	actorID := renumber(actorOrder, len(m.actors), "act")
	assetID := renumber(assetOrder, len(m.assets), "ast")
	final := func(ids []string, refs []int) []string {
		var out []string
		for _, n := range refs {
			if ids[n] != "" { // not an item left out
				out = append(out, ids[n])
			}
		}
		return out
	}

	var out briefing.Briefing
	for _, i := range actorOrder {
		a := m.actors[i]
		a.ID = actorID[i]
		out.Actors = append(out.Actors, a)
	}
	for _, i := range assetOrder {
		a := m.assets[i]
		a.ID = assetID[i]
		// a parent written "#n" by add; any other is not a merged item
		if n, err := strconv.Atoi(strings.TrimPrefix(a.Parent, "#")); err == nil && n >= 0 && n < len(assetID) && assetID[n] != a.ID && assetID[n] != "" {
			a.Parent = assetID[n]
		} else {
			a.Parent = ""
		}
		out.Assets = append(out.Assets, a)
	}
	for n, i := range questionOrder {
		q := m.questions[i]
		q.ID = fmt.Sprintf("q%d", n+1)
		q.Actors = final(actorID, m.qRefs[i].actors)
		q.Assets = final(assetID, m.qRefs[i].assets)
		out.Questions = append(out.Questions, q)
	}
	return out
}

// passingForces reports a state's troops named once in all the reading
// ("seven Pakistani soldiers were killed"): background to the story,
// not forces in play; named again, they are in its order of battle
// ("North Korean troops … the troops").
func passingForces(a briefing.Asset) bool {
	return a.Why.Rule == "demonym-and-forces" && len(a.Mentions) < 2
}
