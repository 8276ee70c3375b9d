package extract

import (
	"strings"
	"unicode"

	"github.com/briefing-tools/briefing/internal/briefing"
)

// The author's curated sections list one item per line, usually as
// "Name — attribute, attribute, …". These functions read such lines.

// curatedItems turns a document's curated list items into items, in the
// lists of buf (emptied first) so that a worker can reuse them; g's
// categories and lexicon say what an item is.
func curatedItems(doc *briefing.Document, buf briefing.Items, g *Gazetteer) briefing.Items {
	items := briefing.Items{Actors: buf.Actors[:0], Assets: buf.Assets[:0], Questions: buf.Questions[:0]}
	for _, c := range doc.Curated {
		switch c.Section {
		case briefing.SectionActors:
			items.Actors = append(items.Actors, curatedActor(c, g.lexicon))
		case briefing.SectionAssets:
			items.Assets = append(items.Assets, curatedAsset(c, g))
		case briefing.SectionQuestions:
			items.Questions = append(items.Questions, curatedQuestion(c))
		}
	}
	return items
}

func curatedActor(c briefing.CuratedItem, lx *lexiconData) briefing.Actor {
	name, desc := splitNameDescription(c.Text)
	if v := field(c.Fields, "name", "actor", "who"); v != "" {
		name, desc = v, strings.Join(nonEmpty(field(c.Fields, "title", "rank"), field(c.Fields, "role", "description")), ", ")
	}
	a := briefing.Actor{
		Name:     name,
		Origin:   briefing.Curated,
		Mentions: []briefing.Span{nameSpan(c, name)},
	}
	parts := splitParts(desc)
	a.Kind = lx.actorKindFromGroup(c.Group)
	for i := 0; i < len(parts); i++ {
		if k, ok := lx.actorKindWord(parts[i]); ok {
			if a.Kind == "" {
				a.Kind = k
			}
			parts = append(parts[:i], parts[i+1:]...)
			i--
		}
	}
	if a.Kind == "" {
		a.Kind = guessActorKind(name, parts, lx)
	}
	if a.Kind == briefing.Person && len(parts) > 1 {
		a.Title, parts = parts[0], parts[1:]
	}
	a.Role = strings.Join(parts, ", ")
	if v := field(c.Fields, "affiliation", "side", "country", "organisation", "organization"); v != "" {
		a.Affiliation = v
	}
	return a
}

func curatedAsset(c briefing.CuratedItem, g *Gazetteer) briefing.Asset {
	lx := g.lexicon
	name, desc := splitNameDescription(c.Text)
	a := briefing.Asset{Origin: briefing.Curated}
	var rest []string
	if c.Fields != nil {
		name = firstNonEmpty(field(c.Fields, "asset", "name", "platform", "system", "unit"), name)
		a.Category = field(c.Fields, "category", "type", "class")
		a.Side = field(c.Fields, "side", "operator", "country", "owner", "force")
		a.Quantity = field(c.Fields, "quantity", "qty", "number", "count", "strength")
		a.Location = field(c.Fields, "location", "where", "area", "position")
		if s, ok := lx.statusWord(field(c.Fields, "status", "state")); ok {
			a.Status = s
		}
	} else {
		for _, p := range splitParts(desc) {
			k := normalizeKey(p) // once for the tests below
			switch {
			case a.Category == "" && g.isCategoryKey(k):
				a.Category = p
			case a.Status == "" && lx.isStatusKey(k):
				a.Status, _ = lx.statusOfKey(k)
			case a.Quantity == "" && lx.isQuantityKey(k):
				a.Quantity = p
			default:
				rest = append(rest, p)
			}
		}
	}
	if a.Side == "" && c.Group != "" && !g.isCategory(c.Group) {
		a.Side = c.Group
	}
	for _, p := range rest {
		switch {
		case a.Side == "" && !lx.hasLocationPrefix(p):
			a.Side = p
		case a.Location == "":
			a.Location = lx.trimLocationPrefix(p)
		}
	}
	if cat, ok := g.lookupCategory(a.Category); ok {
		a.Category, a.Domain = cat.Name, cat.Domain
	}
	if a.Domain == "" {
		a.Domain = briefing.UnknownDomain
	}
	if a.Status == "" {
		a.Status = briefing.UnknownStatus
	}
	// "FGS Hamburg (F220)": the hull number is an alias, not the name
	if i := strings.Index(name, " ("); i > 0 && strings.HasSuffix(name, ")") {
		a.Aliases = append(a.Aliases, name[i+2:len(name)-1])
		name = name[:i]
	}
	a.Name = name
	a.Mentions = []briefing.Span{nameSpan(c, name)}
	return a
}

func curatedQuestion(c briefing.CuratedItem) briefing.Question {
	text := strings.TrimSpace(c.Text)
	text = strings.TrimRight(text, ".;: ")
	if !strings.HasSuffix(text, "?") {
		text += "?"
	}
	return briefing.Question{
		Text:     upperFirst(text),
		Kind:     questionKindOf(text),
		Cue:      "curated",
		Origin:   briefing.Curated,
		Evidence: []briefing.Span{c.Span},
	}
}

// splitNameDescription separates "Name — description" (also "–", " - ",
// ":" and a trailing parenthesis).
func splitNameDescription(s string) (name, desc string) {
	for _, sep := range []string{" — ", " – ", " -- ", " - ", "—", ": "} {
		if i := strings.Index(s, sep); i > 0 {
			return strings.TrimSpace(s[:i]), strings.TrimSpace(s[i+len(sep):])
		}
	}
	if i := strings.Index(s, " ("); i > 0 && strings.HasSuffix(s, ")") {
		return strings.TrimSpace(s[:i]), strings.TrimSpace(s[i+2 : len(s)-1])
	}
	return strings.TrimSpace(strings.TrimRight(s, ".")), ""
}

// splitParts splits a description on commas and semicolons.
func splitParts(desc string) []string {
	var parts []string
	for _, p := range strings.FieldsFunc(desc, func(r rune) bool { return r == ',' || r == ';' }) {
		if p = strings.TrimSpace(strings.TrimRight(p, ".")); p != "" {
			parts = append(parts, p)
		}
	}
	return parts
}

// nameSpan is the span of the item's name within the item, or the whole
// item when the name was rewritten.
func nameSpan(c briefing.CuratedItem, name string) briefing.Span {
	if i := strings.Index(c.Text, name); i >= 0 && name != "" {
		return briefing.Span{Doc: c.Span.Doc, Start: c.Span.Start + i, End: c.Span.Start + i + len(name)}
	}
	return c.Span
}

func field(fields map[string]string, keys ...string) string {
	for _, k := range keys {
		if v, ok := fields[k]; ok && v != "" {
			return v
		}
	}
	return ""
}

// actorKindFromGroup reads the kind of the actors under a heading
// ("People", "State actors"): the first kind of the lexicon's heading
// kinds with a piece in the heading.
func (lx *lexiconData) actorKindFromGroup(group string) briefing.ActorKind {
	g := normalizeKey(group)
	if g == "" {
		return ""
	}
	for _, h := range lx.CuratedHeadingKinds {
		if containsAny(g, h.Pieces...) {
			return h.Kind
		}
	}
	return ""
}

// actorKindWord reads a part of an actor's description that states its
// kind ("armed group").
func (lx *lexiconData) actorKindWord(part string) (briefing.ActorKind, bool) {
	k, ok := lx.curatedKindOf[normalizeKey(part)]
	return k, ok
}

// guessActorKind decides a curated actor's kind from the shape of its
// name when the author did not say: two to four capitalised words with a
// description read as a person; anything else as an organisation.
func guessActorKind(name string, desc []string, lx *lexiconData) briefing.ActorKind {
	words := strings.Fields(name)
	if len(words) < 2 || len(words) > 4 || len(desc) == 0 {
		return briefing.Organization
	}
	for _, w := range words {
		r := []rune(w)
		if !unicode.IsUpper(r[0]) || (len(r) > 1 && noLower(w)) || (lx.InstitutionHeads[strings.ToLower(w)] || lx.InstitutionStarts[strings.ToLower(w)]) {
			return briefing.Organization
		}
	}
	return briefing.Person
}

func (g *Gazetteer) isCategory(s string) bool { return g.isCategoryKey(normalizeKey(s)) }

func (g *Gazetteer) isCategoryKey(k string) bool { _, ok := g.categoryOfKey(k); return ok }

func (lx *lexiconData) isStatusKey(k string) bool { _, ok := lx.statusOfKey(k); return ok }

// statusWord maps the words authors use for an asset's state to a Status.
func (lx *lexiconData) statusWord(s string) (briefing.Status, bool) {
	return lx.statusOfKey(normalizeKey(s))
}

// statusOfKey is statusWord of words already normalised.
func (lx *lexiconData) statusOfKey(k string) (briefing.Status, bool) {
	st, ok := lx.curatedStatusOf[k]
	return st, ok
}

// isQuantity reports a part that states how many ("2 batteries",
// "about a dozen").
// isQuantityKey reports words (normalised) that say how many.
func (lx *lexiconData) isQuantityKey(k string) bool {
	if k == "" {
		return false
	}
	if k[0] >= '0' && k[0] <= '9' {
		return true
	}
	for _, w := range lx.CuratedQuantityWords {
		if rest, ok := strings.CutPrefix(k, w); ok && (rest == "" || rest[0] == ' ') {
			return true
		}
	}
	return false
}

func (lx *lexiconData) hasLocationPrefix(s string) bool { return lx.trimLocationPrefix(s) != s }

// trimLocationPrefix drops the preposition of a part that gives a
// location ("off Yemen").
func (lx *lexiconData) trimLocationPrefix(s string) string {
	lower := strings.ToLower(s)
	for _, p := range lx.locationPrefixes {
		if strings.HasPrefix(lower, p) {
			return strings.TrimSpace(s[len(p):])
		}
	}
	return s
}
