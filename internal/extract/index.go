package extract

import (
	"maps"
	"slices"
	"strings"

	"github.com/briefing-tools/briefing/internal/briefing"
)

// entryKind names the gazetteer list an entry comes from.
type entryKind uint8

const (
	kindPlatform entryKind = iota
	kindGeneric
	kindState
	kindOrganization
	kindPlace
	kindRank
	kindPerson
)

// formKind says how a surface form refers to its entry.
type formKind uint8

const (
	formName formKind = iota
	formAlias
	formAcronym
	formDemonym
	formCapital
	formMetonym
	// formForce: not a form of the gazetteer's but a state's forces named
	// ("the Israeli military"), standing for the state as an operator
	formForce
)

// ref points from a surface form to the entry it names. (Its fields in
// this order take 24 bytes, not 32, for each of the index's 11,000 refs.)
type ref struct {
	surface string // as written in the data, for case checks
	index   int32
	kind    entryKind
	form    formKind
	// short: the form is short and has capitals ("US", "IDF", "MoD"),
	// which the text must match letter for letter
	short bool
}

// index is the gazetteer compiled for matching: a vocabulary of words and
// a trie over word ids, so matching costs one vocabulary probe per word
// and an array read for the first word of a form.
type index struct {
	vocab *vocabulary
	edges edgeTable // the trie below the root
	// refs holds the refs of the forms ending at each trie node, node
	// after node, and refStart where each node's run begins (refsAt):
	// one array, where a slice per node, most of them empty, made the
	// index's largest table
	refs     []ref
	refStart []int32
	// terminalNodes has a bit set for each node with terminals, read
	// first: small enough to stay in the processor's cache. Derived
	// (setTerminalNodes), it is not in the index snapshot.
	terminalNodes []uint64
	nodes         int32

	states map[string]int // canonical name → index
	// stateAliases maps each state alias (see foldCase) to its state
	stateAliases  map[string]string
	organizations keyTable
	platforms     keyTable
	categories    map[string]Category
	// categoryDomains holds the domain of each category as the data
	// writes it, so that most look-ups need no normalising
	categoryDomains map[string]briefing.Domain
	shipPrefixes    map[string][]string // prefix as written ("USS", "HNoMS") → states
	// words holds, by id, each vocabulary word's lexicon flags, unit
	// bits (the words that begin a unit head or are an ordinal, see
	// units.go, so most words are passed over at once), singular, child
	// of the trie's root (the first step of every match is a read of it)
	// and question rules
	words wordRecords
	// shipPrefixFirst marks the first bytes of ship prefixes, and
	// shipPrefixLen is the longest: most words need no map lookup.
	shipPrefixFirst [256]bool
	shipPrefixLen   int
	// commonNounStates: state names that, in lower case, are common nouns
	commonNounStates lexiconSet
	// keys of the drafts of each entry, made once rather than per mention
	platformKeys, orgKeys, stateKeys, genericKeys []string
	// countryOrgs maps a country and the words of one of its
	// organisations' names (see institutionWords) to the organisation
	countryOrgs keyTable
}

func (g *Gazetteer) build() {
	ix := &index{
		nodes:  1,
		states: map[string]int{}, categories: map[string]Category{}, shipPrefixes: map[string][]string{},
	}
	platforms, organizations := map[string]int{}, map[string]int{} // compiled into keyTables
	// sized from the data, since growing maps of this size was a tenth
	// of every process's start-up
	nForms := g.formCount()
	vocab := make(map[string]int32, 2*nForms) // word → id, compiled into ix.vocab
	edges := make(map[uint64]int32, 2*nForms) // the trie, compiled into roots and ix.edges
	for _, c := range g.Categories {
		ix.categories[normalizeKey(c.Name)] = c
	}
	ix.categoryDomains = map[string]briefing.Domain{}
	for _, p := range g.Platforms {
		ix.categoryDomains[p.Category] = ix.categories[normalizeKey(p.Category)].Domain
	}
	for _, e := range g.Generic {
		ix.categoryDomains[e.Category] = ix.categories[normalizeKey(e.Category)].Domain
	}
	var plural []string   // words that may take a plural ending
	var pluralSeen []bool // by id: the word is in plural
	// the refs of each trie node, joined into ix.refs at the end
	terminals := make([][]ref, 0, nForms)
	var add func(surface string, r ref)
	add = func(surface string, r ref) {
		parts := splitForm(surface)
		if len(parts) == 0 {
			return
		}
		// "U.S." is also written "US", and "US Navy" "U.S. Navy"
		if len(parts) > 1 && strings.Contains(surface, ".") && allSingleLetters(parts) {
			add(strings.ToUpper(strings.Join(parts, "")), r)
		}
		if first, rest, ok := strings.Cut(surface, " "); ok && (first == "US" || first == "UK") {
			add(first[:1]+"."+first[1:]+". "+rest, r)
		}
		// "coast guard" is also written "coastguard"
		if !hasFoldASCII(surface, "coast guard") {
			// the common case: no need to lower-case the surface
		} else if i := strings.Index(strings.ToLower(surface), "coast guard"); i >= 0 {
			add(surface[:i+5]+strings.ToLower(surface[i+6:i+7])+surface[i+7:], r)
		}
		r.surface, r.short = surface, shortWithCapitals(surface)
		node := int32(0)
		for _, p := range parts {
			id, ok := vocab[p]
			if !ok {
				id = int32(len(vocab))
				vocab[p] = id
			}
			if int(id) >= len(pluralSeen) {
				pluralSeen = append(pluralSeen, make([]bool, int(id)+1-len(pluralSeen))...)
			}
			// an acronym takes no plural ("isis" is no plural of "isi"),
			// a designator does ("F-16Vs")
			if !pluralSeen[id] && (!isAcronym(p, surface) || strings.ContainsAny(p, "0123456789")) {
				pluralSeen[id] = true // once is enough: a word's plurals are always the same
				plural = append(plural, p)
			}
			key := edgeKey(node, id)
			child, ok := edges[key]
			if !ok {
				child = ix.nodes
				ix.nodes++
				edges[key] = child
			}
			node = child
		}
		for int(node) >= len(terminals) {
			terminals = append(terminals, nil)
		}
		for k, have := range terminals[node] {
			if have.kind == r.kind && have.index == r.index {
				// "Lt Col" listed beside "Lt. Col.": a rank of two words
				// needs no dots ("Gen" alone may be a name, "Gen Nakatani")
				if r.kind == kindRank && strings.HasSuffix(have.surface, ".") && !strings.Contains(surface, ".") && strings.Contains(surface, " ") {
					terminals[node][k].surface, terminals[node][k].short = surface, shortWithCapitals(surface)
				}
				return
			}
		}
		terminals[node] = append(terminals[node], r)
	}
	// entry indexes one entry: its name and each list of other forms
	type forms struct {
		list []string
		form formKind
	}
	entry := func(kind entryKind, i int, name string, lists ...forms) {
		add(name, ref{kind: kind, form: formName, index: int32(i)})
		for _, l := range lists {
			for _, f := range l.list {
				add(f, ref{kind: kind, form: l.form, index: int32(i)})
			}
		}
	}
	for i, p := range g.Platforms {
		platforms[normalizeKey(p.Name)] = i
		entry(kindPlatform, i, p.Name, forms{p.Aliases, formAlias})
	}
	for i, e := range g.Generic {
		entry(kindGeneric, i, e.Name, forms{e.Aliases, formAlias})
	}
	ix.stateAliases = map[string]string{}
	for i, s := range g.States {
		ix.states[normalizeKey(s.Name)] = i
		for _, a := range s.Aliases {
			if k := foldCase(a); ix.stateAliases[k] == "" {
				ix.stateAliases[k] = s.Name // the first state with the alias
			}
		}
		entry(kindState, i, s.Name, forms{s.Aliases, formAlias}, forms{s.Demonyms, formDemonym},
			forms{s.Capitals, formCapital}, forms{s.Metonyms, formMetonym})
	}
	for i, o := range g.Organizations {
		organizations[normalizeKey(o.Name)] = i
		entry(kindOrganization, i, o.Name, forms{o.Acronyms, formAcronym}, forms{o.Aliases, formAlias})
	}
	for i, p := range g.Places {
		entry(kindPlace, i, p.Name, forms{p.Aliases, formAlias})
	}
	for i, p := range g.People {
		entry(kindPerson, i, p.Name, forms{p.Aliases, formAlias})
	}
	for i, r := range g.Ranks {
		entry(kindRank, i, r.Name, forms{r.Abbreviations, formAlias})
	}
	for _, p := range g.ShipPrefixes {
		ix.shipPrefixes[p.Prefix] = append(ix.shipPrefixes[p.Prefix], p.State)
		if p.Prefix != "" {
			ix.shipPrefixFirst[p.Prefix[0]] = true
			ix.shipPrefixLen = max(ix.shipPrefixLen, len(p.Prefix))
		}
	}
	// Words of the rules' lexicon join the vocabulary with their flags.
	ix.commonNounStates = g.lexicon.CommonNounStates
	// (in sorted order, so that ids are the same from build to build)
	lexFlags := map[string]lex{}
	var flags []lex // by id, as the other fields of ix.words below
	for flag, words := range lexicon(g) {
		for w := range words {
			lexFlags[w] |= flag
		}
	}
	for _, w := range slices.Sorted(maps.Keys(lexFlags)) {
		id, ok := vocab[w]
		if !ok {
			id = int32(len(vocab))
			vocab[w] = id
		}
		for int(id) >= len(flags) {
			flags = append(flags, 0)
		}
		flags[id] |= lexFlags[w]
	}
	// Plural forms share the id of their singular unless they are words
	// of their own ("isis" is not the plural of "isi").
	for _, p := range plural {
		id := vocab[p]
		for _, f := range pluralForms(p) {
			if _, taken := vocab[f]; !taken {
				vocab[f] = id
			}
		}
	}
	ix.vocab = newVocabulary(vocab)
	unitWords := make([]uint8, len(vocab))
	for _, h := range g.units.heads {
		for _, w := range []string{h.words[0], h.words[0] + "s"} {
			if id, ok := vocab[w]; ok {
				unitWords[id] |= unitHeadWord
			}
		}
	}
	for w := range g.units.order {
		if id, ok := vocab[w]; ok {
			unitWords[id] |= unitOrdinalWord
		}
	}
	for w := range g.lexicon.GroupNouns {
		if id, ok := vocab[w]; ok {
			unitWords[id] |= groupNounWord
		}
	}
	for w := range g.lexicon.IntroducedGroupNouns {
		if id, ok := vocab[w]; ok {
			unitWords[id] |= introducedGroupWord
		}
	}
	for _, w := range g.questions.hearsayWords {
		if id, ok := vocab[w]; ok {
			unitWords[id] |= hearsayWord
		}
	}
	for w := range g.lexicon.HomeRulers {
		if id, ok := vocab[w]; ok {
			unitWords[id] |= homeRulerWord
		}
	}
	for w := range g.lexicon.HomeForces {
		first, _, _ := strings.Cut(w, " ")
		if id, ok := vocab[first]; ok {
			unitWords[id] |= homeForceWord
		}
	}
	for w := range g.lexicon.ForceNouns {
		if id, ok := vocab[w]; ok {
			unitWords[id] |= forceNounWord
		}
	}
	cueRules := make([]uint32, len(vocab))
	for w, rules := range g.questions.keys {
		cueRules[vocab[w]] |= rules // every key word is in the lexicon
	}
	for w := range g.questions.byFirst {
		if id, ok := vocab[w]; ok {
			cueRules[id] |= cueStartBit
		}
	}
	singular, roots := make([]int32, len(vocab)), make([]int32, len(vocab))
	// several words share an id (a plural its singular's), so every
	// entry is set before any is filled, and the least singular wins:
	// the result must not depend on the map's order
	for id := range singular {
		singular[id] = -1
	}
	for w, id := range vocab {
		if len(w) > 2 && strings.HasSuffix(w, "s") {
			if s, ok := vocab[w[:len(w)-1]]; ok && s != id && (singular[id] < 0 || s < singular[id]) {
				singular[id] = s
			}
		}
		// "batteries" of "battery", when both are words of their own
		if len(w) > 4 && strings.HasSuffix(w, "ies") {
			if s, ok := vocab[w[:len(w)-3]+"y"]; ok && s != id && (singular[id] < 0 || s < singular[id]) {
				singular[id] = s
			}
		}
	}
	for key, child := range edges {
		if key>>32 == 0 {
			roots[uint32(key)] = child
		}
	}
	ix.edges = newEdgeTable(edges)
	ix.setRefs(terminals)
	for len(flags) < len(vocab) {
		flags = append(flags, 0)
	}
	for id, child := range roots {
		if child != 0 {
			flags[id] |= lexBeginsForm
		}
	}
	ix.words = packWordRecords(flags, unitWords, singular, roots, cueRules)
	for _, p := range g.Platforms {
		ix.platformKeys = append(ix.platformKeys, "platform:"+p.Name)
	}
	for _, o := range g.Organizations {
		ix.orgKeys = append(ix.orgKeys, "org:"+o.Name)
	}
	for _, s := range g.States {
		ix.stateKeys = append(ix.stateKeys, "state:"+s.Name)
	}
	for _, e := range g.Generic {
		ix.genericKeys = append(ix.genericKeys, "generic:"+e.Name)
	}
	ix.platforms, ix.organizations = newKeyTable(platforms), newKeyTable(organizations)
	g.index = ix
	// institutionWords reads the index's states: built once it is set
	countryOrgs := map[string]int{}
	stateWords := map[string]bool{}
	stateWord := func(w string) bool {
		is, known := stateWords[w]
		if !known {
			_, is = g.stateNamed(w)
			is = is || g.isDemonymForm(w)
			stateWords[w] = is
		}
		return is
	}
	for k, o := range g.Organizations {
		if o.Country == "" {
			continue
		}
		for _, form := range append([]string{o.Name}, o.Aliases...) {
			key := o.Country + "|" + strings.Join(institutionWordsOf(form, stateWord), " ")
			if _, taken := countryOrgs[key]; !taken {
				countryOrgs[key] = k
			}
		}
	}
	ix.countryOrgs = newKeyTable(countryOrgs)
}
