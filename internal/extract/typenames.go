package extract

import (
	"slices"
	"strings"
)

// typeStage finds types the gazetteer does not know, named by the words
// before a generic noun it does: "SH-60B Seahawk helicopter", "Burkan
// rockets", "S-300PS and Osa systems"; the name is the type, the noun
// gives its category. It also reads variants of known types and types
// listed before one. It reads the window (words, the gazetteer's matches
// and platforms) and the mentions found before it (assets, ranks, the
// words taken); it adds type and variant drafts. The generic stage asks
// it for the type before a generic noun (typeNamed); among the item
// stages it folds a type into its one variant named.
type typeStage struct{ mentionCtx }

// typeNamed adds the type named before generic mention g, and the one
// joined to it by "and" or "or"; it reports whether it found one.
func (ts *typeStage) typeNamed(g genericMention) bool {
	// "Puma armoured infantry fighting vehicles": a word or two describing
	// the noun may stand between
	last := g.first - 1
	for k := 0; k < 2 && last > 0 && ts.words[last].soft && !ts.words[last].cap && ts.lexicon.TypeNounModifiers[ts.lowerWord(last)]; k++ {
		last--
	}
	first := ts.typeNameBefore(last)
	if first < 0 {
		return false
	}
	ts.addTypeName(first, last, g)
	// "S-300PS and Osa systems": both are systems
	if j := first - 1; j > 0 && (ts.lowerWord(j) == "and" || ts.lowerWord(j) == "or") && ts.words[j].soft && ts.pluralWord(g.last) {
		if f2 := ts.typeNameBefore(j - 1); f2 >= 0 {
			ts.addTypeName(f2, j-1, g)
		}
	}
	return true
}

func (ts *typeStage) addTypeName(first, last int, g genericMention) {
	e := g.entry
	name := oneLine(ts.spanText(first, last))
	end := last
	if last >= g.first-3 && last < g.first {
		end = g.last // the noun (and the words describing it) belongs to the mention
	}
	surface := oneLine(ts.spanText(first, end))
	if strings.Contains(ts.gapText(last+1), ")") {
		// "anti-satellite (DA-ASAT) missile": the bracket is no part of it
		surface = name + " " + oneLine(ts.spanText(g.first, g.last))
	}
	d := ts.addAsset("type:"+ts.normName(name), first, end, surface, func(d *assetDraft) {
		d.name, d.category, d.kind = name, e.Category, "type"
		d.domain = ts.ix.domainOf(e.Category)
		d.why.Rule = "name-and-noun"
	})
	d.surfaces.add(name+" "+oneLine(ts.spanText(g.first, g.last)), ts.normName)
}

// typeNameBefore returns the first word of a type's name ending at word
// end: up to four words, each capitalised or holding a digit, that no
// other mention has taken ("IAR 330 Puma Naval"). A capitalised word a
// sentence opens with is a name only when it holds a digit or capitals.
func (ts *typeStage) typeNameBefore(end int) int {
	if end < 0 || ts.inHeading(end) {
		return -1
	}
	first := -1
	for j := end; j >= 0 && end-j < 4; j-- {
		w := ts.words[j]
		if ts.taken[j] || !(w.cap || w.digit) || ts.is(j, lexNotName|lexRoleNoun) || ts.rankAt(j) || w.possessive && j != end {
			break
		}
		// "- Several one-way attack drones": a count, after a dateline's
		// dash, is no name
		// ("Its First Drone Strike": an ordinal counts, it names nothing)
		if !w.digit && ts.lexicon.NumberWords[ts.lowerWord(j)] || ts.isOrdinal(j) {
			break
		}
		if w.possessive {
			return -1 // "Armenia's systems": an owner, not a name
		}
		sentenceStart := j == 0 || ts.sentenceAt[j-1] != ts.sentenceAt[j]
		if sentenceStart && !w.digit && !w.upper && !strings.ContainsAny(ts.wordText(j), "0123456789") {
			break
		}
		first = j
		if gap := ts.gapText(j); !w.soft || gap != " " && gap != "-" {
			break
		}
	}
	// "Mi-17 V5 helicopter": a variant's letters after a known type
	if first > 0 && ts.taken[first-1] && ts.gapText(first) == " " && ts.words[first-1].digit {
		return -1
	}
	// a year or a count alone is no name ("2024 drones", "12 rockets")
	if first == end && ts.words[end].digit && !strings.ContainsAny(ts.wordText(end), "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ") {
		return -1
	}
	return first
}

// pluralWord reports a word ending in a plural "-s".
func (t *textView) pluralWord(i int) bool {
	w := t.lowerWord(i)
	return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss")
}

// findVariants finds variants of known types written with a suffix the
// gazetteer does not list: "Su-30MK2" of the Su-30, "S-300PS" of the
// S-300. The variant keeps its own name and takes the type's category.
func (ts *typeStage) findVariants() {
	for i := 1; i < len(ts.words); i++ {
		w := ts.words[i]
		if !w.digit || ts.taken[i] || ts.taken[i-1] || ts.gapText(i) != "-" || !ts.words[i-1].cap {
			continue
		}
		text := ts.wordText(i)
		digits := len(text) - len(strings.TrimLeft(text, "0123456789"))
		if digits == 0 || digits == len(text) {
			continue // "F-35": the gazetteer's own, or no suffix
		}
		base := ts.wordText(i-1) + "-" + text[:digits]
		p, ok := ts.platformNamed(base)
		if !ok || p.Kind == "class" || p.Kind == "ship" {
			continue
		}
		name := ts.wordText(i-1) + "-" + text
		ts.addAsset("platform:"+name, i-1, i, name, func(d *assetDraft) {
			d.fromPlatform(ts.g, p)
			d.name, d.kind = name, "variant"
			d.why.Rule = "type-variant"
		})
	}
}

// findLists reads the types listed before a type and its category
// noun: in "Merlin, Puma and Lynx helicopters" the noun belongs to each,
// so "Puma" is the type the gazetteer knows as a "Puma helicopter".
func (ts *typeStage) findLists() {
	for _, d := range ts.assets {
		if d.kind == "generic" || d.kind == "class" || d.kind == "ship" {
			continue
		}
		// a copy, as the walk below may add to d's mentions: only when a
		// mention may end with a category noun (most end with a capital)
		mentions := d.mentions
		if slices.ContainsFunc(mentions, func(m wordRange) bool { return m.last != m.first && !ts.words[m.last].cap }) {
			mentions = slices.Clone(mentions)
		}
		for _, m := range mentions {
			if m.last == m.first || ts.words[m.last].cap {
				continue
			}
			if g, ok := ts.genericAt(m.last); ok { // a category noun closes the mention
				ts.typesListedBefore(m.first, g)
			}
		}
	}
}

// typesListedBefore walks back from word first over ", Y", "Y and" and
// "Y, and" and adds each Y that is a type with the category noun.
func (ts *typeStage) typesListedBefore(first int, g genericMention) {
	noun := strings.TrimSuffix(ts.lowerWord(g.last), "s")
	j := first - 1
	for n := 0; n < 6; n++ {
		last, ok := ts.listItemBefore(j)
		if !ok {
			return
		}
		start := last
		for start > 0 && last-start < 2 && ts.words[start-1].cap && ts.gapText(start) == " " && !ts.taken[start-1] {
			start--
		}
		if !ts.words[last].cap || !ts.free(start, last) || ts.sentenceAt[start] != ts.sentenceAt[first] {
			return
		}
		name := ts.spanText(start, last)
		i, ok := ts.g.platformIndex(name + " " + noun)
		if !ok {
			if i, ok = ts.g.platformIndex(name); !ok {
				// "Hawk and F-18 fighter jets": a type the gazetteer
				// knows by no such short name, of the noun's category
				if ts.at[last] < 0 && ts.typeNameBefore(last) == start {
					ts.addTypeName(start, last, g)
				}
				return
			}
		}
		p := &ts.g.Platforms[i]
		if p.Kind == "ship" || p.Kind == "class" {
			return
		}
		ts.addAsset(ts.ix.platformKeys[i], start, last, name, func(d *assetDraft) {
			d.fromPlatform(ts.g, p)
			d.why.Rule = "type-list"
		})
		j = start - 1
	}
}

// genericAt is the generic noun ending at word i ("fighter jets",
// "helicopters") as a mention of its own.
func (ts *typeStage) genericAt(i int) (genericMention, bool) {
	for first := max(i-1, 0); first <= i; first++ {
		if first < i && ts.gapText(i) != " " {
			continue
		}
		for _, r := range ts.ix.lookup(strings.ToLower(ts.spanText(first, i))) {
			if r.kind == kindGeneric {
				return genericMention{first: first, last: i, entry: &ts.g.Generic[r.index], surface: ts.spanText(first, i), index: r.index}, true
			}
		}
	}
	return genericMention{}, false
}

// listItemBefore returns the last word of the list item before the one
// that starts after word j: over "and", "or" or a comma ("Merlin, Puma
// and Lynx", "57th and 21st").
func (t *textView) listItemBefore(j int) (int, bool) {
	switch {
	case j <= 0:
		return 0, false
	case t.lowerWord(j) == "and" || t.lowerWord(j) == "or":
		return j - 1, true
	case strings.HasPrefix(t.gapText(j+1), ","):
		return j, true
	}
	return 0, false
}

// platformOf is Gazetteer.platform with the name's key remembered
// (normKey): foldTypesIntoVariants asks it of every pair of a type and
// a variant, in every document.
func (ts *typeStage) platformOf(name string) (*Platform, bool) {
	if i, ok := ts.ix.platforms.get(ts.normKey(name)); ok {
		return &ts.g.Platforms[i], true
	}
	return ts.g.lookupPlatform(name)
}

// foldTypesIntoVariants makes one asset of a type and its variant when
// a document names the type ("the P-8") and exactly one of its variants
// ("a P-8A Poseidon"): the short form refers to the variant, as a reader
// takes it. A type with two variants named stays on its own.
func (ts *typeStage) foldTypesIntoVariants() {
	for _, t := range ts.assets {
		if t.kind != "type" || len(t.mentions) == 0 {
			continue
		}
		var only *assetDraft
		count := 0
		for _, v := range ts.assets {
			if v == t || v.kind != "variant" || len(v.mentions) == 0 {
				continue
			}
			if p, ok := ts.platformOf(v.name); ok && p.Parent == t.name {
				only = v
				count++
			}
		}
		if count != 1 || (t.side != "" && only.side != "" && t.side != only.side) {
			continue
		}
		if only.side == "" {
			only.side, only.sideRank = t.side, t.sideRank
		}
		only.quantity = firstNonEmpty(only.quantity, t.quantity)
		only.location = firstNonEmpty(only.location, t.location)
		if only.status == "" {
			only.status = t.status
		}
		for _, d := range ts.assets {
			if d.parent == t {
				d.parent = only
			}
		}
		ts.absorbAsset(only, t)
	}
}
