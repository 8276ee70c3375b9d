package extract

import (
	"cmp"
	"slices"
	"strconv"
	"strings"

	"github.com/briefing-tools/briefing/internal/briefing"
)

// mergeActor folds b into a. A curated entry's attributes win; otherwise
// the first non-empty value stays. The Why is the first one found, a
// curated entry having none of its own.
// samePerson finds the person another document names by surname alone or
// in full: "Austin" in one report is "Lloyd Austin" in another. A surname
// that two people of the briefing share joins neither.
func (m *merger) samePerson(name string) (int, bool) {
	found := -1
	one := !strings.Contains(name, " ")
	for j, b := range m.actors {
		if b.Kind != briefing.Person {
			continue
		}
		if one && strings.HasSuffix(b.Name, " "+name) || !strings.Contains(b.Name, " ") && strings.HasSuffix(name, " "+b.Name) {
			if found >= 0 {
				return 0, false
			}
			found = j
		}
	}
	return found, found >= 0
}

func (m *merger) mergeActor(a, b briefing.Actor) briefing.Actor {
	why := firstWhy(a.Why, b.Why)
	if b.Origin == briefing.Curated && a.Origin != briefing.Curated {
		a, b = b, a
	}
	a.Why = why
	a.Title = firstNonEmpty(a.Title, b.Title)
	a.Role = firstNonEmpty(a.Role, b.Role)
	a.Affiliation = firstNonEmpty(a.Affiliation, b.Affiliation)
	a.Kind = cmp.Or(a.Kind, b.Kind)
	// the fuller of two names of one person: "Lloyd Austin", not "Austin"
	if a.Kind == briefing.Person && a.Origin == b.Origin && fieldCount(b.Name) > fieldCount(a.Name) {
		a.Name, b.Name = b.Name, a.Name
	}
	a.Aliases = unionStrings(a.Aliases, b.Aliases)
	if a.Name != b.Name && m.fold(b.Name) != m.fold(a.Name) {
		a.Aliases = unionStrings(a.Aliases, []string{b.Name})
	}
	return a // mentions are gathered by the merger
}

func mergeAsset(a, b briefing.Asset) briefing.Asset {
	why := firstWhy(a.Why, b.Why)
	if b.Origin == briefing.Curated && a.Origin != briefing.Curated {
		a, b = b, a
	}
	a.Why = why
	a.Category = firstNonEmpty(a.Category, b.Category)
	if a.Domain == "" || a.Domain == briefing.UnknownDomain {
		a.Domain = cmp.Or(b.Domain, a.Domain)
	}
	a.Side = firstNonEmpty(a.Side, b.Side)
	a.Quantity = firstNonEmpty(a.Quantity, b.Quantity)
	if a.Status == "" || a.Status == briefing.UnknownStatus {
		a.Status = cmp.Or(b.Status, a.Status)
	}
	a.Location = firstNonEmpty(a.Location, b.Location)
	a.Parent = firstNonEmpty(a.Parent, b.Parent)
	a.Aliases = unionStrings(a.Aliases, b.Aliases)
	return a // mentions are gathered by the merger
}

func mergeQuestion(a, b briefing.Question) briefing.Question {
	why := firstWhy(a.Why, b.Why)
	if b.Origin == briefing.Curated && a.Origin != briefing.Curated {
		a, b = b, a
	}
	a.Why = why
	a.Kind = cmp.Or(a.Kind, b.Kind)
	a.Cue = firstNonEmpty(a.Cue, b.Cue)
	a.Evidence = append(a.Evidence, b.Evidence...) // actors and assets: see addQuestion
	return a
}

// firstWhy returns have, the Why of the merged item, unless it is zero;
// then a copy of next's.
func firstWhy(have, next briefing.Why) briefing.Why {
	if !have.IsZero() {
		return have
	}
	return cloneWhy(next)
}

// cloneWhy copies the strings of w: a cue may be a piece of a buffer the
// extractor reuses for its next document (its lower-cased text).
func cloneWhy(w briefing.Why) briefing.Why {
	return briefing.Why{Rule: strings.Clone(w.Rule), Cue: strings.Clone(w.Cue)}
}

// order returns the indexes 0..n-1 sorted by cmp, ties kept in place.
func order(n int, cmp func(i, j int) int) []int {
	idx := make([]int, n)
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, cmp)
	return idx
}

// renumber maps each original index of n to a new id in the given
// order; an index the order leaves out has none.
func renumber(order []int, n int, prefix string) []string {
	ids := make([]string, n)
	for n, i := range order {
		ids[i] = prefix + strconv.Itoa(n+1)
	}
	return ids
}

// compareFirst orders span lists by their earliest span; lists without
// spans go last.
func (m *merger) compareFirst(a, b []briefing.Span) int {
	switch {
	case len(a) == 0 && len(b) == 0:
		return 0
	case len(a) == 0:
		return 1
	case len(b) == 0:
		return -1
	}
	return m.compareSpan(a[0], b[0])
}

func (m *merger) compareSpan(a, b briefing.Span) int {
	if a.Doc == b.Doc { // the usual case, without the look-ups
		return cmp.Or(cmp.Compare(a.Start, b.Start), cmp.Compare(a.End, b.End))
	}
	return cmp.Or(cmp.Compare(m.docIndex[a.Doc], m.docIndex[b.Doc]), cmp.Compare(a.Start, b.Start), cmp.Compare(a.End, b.End))
}

// unionStrings appends the strings of b missing from a (case-insensitive).
func unionStrings(a, b []string) []string {
	out := slices.Clip(a)
	for _, s := range b {
		if !slices.ContainsFunc(out, func(x string) bool { return strings.EqualFold(x, s) }) {
			out = append(out, s)
		}
	}
	return out
}

// mention is a span the merger holds until finish: the document by its
// number in a spanTable, offsets as 32 bits as the tokenizer's are.
type mention struct{ doc, start, end int32 }

// spanTable numbers the documents the merged spans name.
type spanTable struct {
	docs    []string
	numbers map[string]int32
	last    int32 // the number of the document named last
}

// add appends spans to list as mentions.
func (t *spanTable) add(list []mention, spans []briefing.Span) []mention {
	for _, s := range spans {
		// the spans of a list, and the lists merged one after another,
		// most often name the document named last: no look-up
		if len(t.docs) == 0 || t.docs[t.last] != s.Doc {
			t.last = t.number(s.Doc)
		}
		list = append(list, mention{t.last, int32(s.Start), int32(s.End)})
	}
	return list
}

func (t *spanTable) number(doc string) int32 {
	n, ok := t.numbers[doc]
	if !ok {
		if t.numbers == nil {
			t.numbers = map[string]int32{}
		}
		n = int32(len(t.docs))
		t.docs = append(t.docs, doc)
		t.numbers[doc] = n
	}
	return n
}

// expand turns lists of mentions back into spans, all in one array.
func (t *spanTable) expand(lists [][]mention) [][]briefing.Span {
	total := 0
	for _, l := range lists {
		total += len(l)
	}
	all := make([]briefing.Span, 0, total)
	out := make([][]briefing.Span, len(lists))
	for i, l := range lists {
		from := len(all)
		for _, x := range l {
			all = append(all, briefing.Span{Doc: t.docs[x.doc], Start: int(x.start), End: int(x.end)})
		}
		out[i] = all[from:len(all):len(all)] // an append to one list copies it
	}
	return out
}

// unionInts appends the numbers of b missing from a.
func unionInts(a, b []int) []int {
	out := slices.Clip(a)
	for _, x := range b {
		if !slices.Contains(out, x) {
			out = append(out, x)
		}
	}
	return out
}

// joined copies lists into one array of their total length, each list
// (a nil one stays nil) a part of it: lists grown by appends hold up to
// twice their length, which a long corpus keeps to the end.
func joined[T any](lists [][]T) [][]T {
	total := 0
	for _, l := range lists {
		total += len(l)
	}
	all := make([]T, 0, total)
	out := make([][]T, len(lists))
	for i, l := range lists {
		if l == nil {
			continue
		}
		from := len(all)
		all = append(all, l...)
		out[i] = all[from:len(all):len(all)] // an append to one list copies it
	}
	return out
}
