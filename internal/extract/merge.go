package extract

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/briefing-tools/briefing/internal/briefing"
)

// merge joins the items of every document into one entry per real thing,
// orders them by first mention, and gives them stable ids.
func merge(docs []briefing.Document, perDoc []briefing.Items) briefing.Briefing {
	docIndex := make(map[string]int, len(docs))
	for i, d := range docs {
		docIndex[d.ID] = i
	}
	less := func(a, b []briefing.Span) int { return compareFirst(docIndex, a, b) }

	var actors []briefing.Actor
	var assets []briefing.Asset
	var questions []briefing.Question
	actorIDs, assetIDs := map[string]int{}, map[string]int{} // old id → index
	actorKeys, assetKeys, questionKeys := map[string]int{}, map[string]int{}, map[string]int{}

	for _, items := range perDoc {
		for _, a := range items.Actors {
			key := normalizeKey(a.Name)
			if i, ok := actorKeys[key]; ok {
				actors[i] = mergeActor(actors[i], a)
				actorIDs[a.ID] = i
				continue
			}
			actorKeys[key] = len(actors)
			actorIDs[a.ID] = len(actors)
			actors = append(actors, a)
		}
		for _, a := range items.Assets {
			key := normalizeKey(a.Name)
			if i, ok := assetKeys[key]; ok {
				assets[i] = mergeAsset(assets[i], a)
				assetIDs[a.ID] = i
				continue
			}
			assetKeys[key] = len(assets)
			assetIDs[a.ID] = len(assets)
			assets = append(assets, a)
		}
		for _, q := range items.Questions {
			key := normalizeKey(q.Text)
			if i, ok := questionKeys[key]; ok {
				questions[i] = mergeQuestion(questions[i], q)
				continue
			}
			questionKeys[key] = len(questions)
			questions = append(questions, q)
		}
	}

	// Order by first mention, then give new ids and follow the old ones.
	actorOrder := order(len(actors), func(i, j int) int { return less(actors[i].Mentions, actors[j].Mentions) })
	assetOrder := order(len(assets), func(i, j int) int { return less(assets[i].Mentions, assets[j].Mentions) })
	questionOrder := order(len(questions), func(i, j int) int { return less(questions[i].Evidence, questions[j].Evidence) })

	newActorID := renumber(actorOrder, "act")
	newAssetID := renumber(assetOrder, "ast")
	follow := func(ids map[string]int, newID []string, old string) string {
		if i, ok := ids[old]; ok && old != "" {
			return newID[i]
		}
		return ""
	}

	var out briefing.Briefing
	for _, i := range actorOrder {
		a := actors[i]
		a.ID = newActorID[i]
		out.Actors = append(out.Actors, a)
	}
	for _, i := range assetOrder {
		a := assets[i]
		a.ID = newAssetID[i]
		a.Parent = follow(assetIDs, newAssetID, a.Parent)
		out.Assets = append(out.Assets, a)
	}
	for n, i := range questionOrder {
		q := questions[i]
		q.ID = fmt.Sprintf("q%d", n+1)
		q.Actors = followAll(q.Actors, func(id string) string { return follow(actorIDs, newActorID, id) })
		q.Assets = followAll(q.Assets, func(id string) string { return follow(assetIDs, newAssetID, id) })
		out.Questions = append(out.Questions, q)
	}
	return out
}

// mergeActor folds b into a. A curated entry's attributes win; otherwise
// the first non-empty value stays.
func mergeActor(a, b briefing.Actor) briefing.Actor {
	if b.Origin == briefing.Curated && a.Origin != briefing.Curated {
		a, b = b, a
	}
	a.Title = firstNonEmpty(a.Title, b.Title)
	a.Role = firstNonEmpty(a.Role, b.Role)
	a.Affiliation = firstNonEmpty(a.Affiliation, b.Affiliation)
	a.Kind = cmp.Or(a.Kind, b.Kind)
	a.Aliases = unionStrings(a.Aliases, b.Aliases)
	a.Mentions = unionSpans(a.Mentions, b.Mentions)
	return a
}

func mergeAsset(a, b briefing.Asset) briefing.Asset {
	if b.Origin == briefing.Curated && a.Origin != briefing.Curated {
		a, b = b, a
	}
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
	a.Mentions = unionSpans(a.Mentions, b.Mentions)
	return a
}

func mergeQuestion(a, b briefing.Question) briefing.Question {
	if b.Origin == briefing.Curated && a.Origin != briefing.Curated {
		a, b = b, a
	}
	a.Kind = cmp.Or(a.Kind, b.Kind)
	a.Cue = firstNonEmpty(a.Cue, b.Cue)
	a.Actors = unionStrings(a.Actors, b.Actors)
	a.Assets = unionStrings(a.Assets, b.Assets)
	a.Evidence = unionSpans(a.Evidence, b.Evidence)
	return a
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

// renumber maps each original index to a new id in the given order.
func renumber(order []int, prefix string) []string {
	ids := make([]string, len(order))
	for n, i := range order {
		ids[i] = fmt.Sprintf("%s%d", prefix, n+1)
	}
	return ids
}

func followAll(ids []string, fn func(string) string) []string {
	var out []string
	for _, id := range ids {
		if n := fn(id); n != "" && !slices.Contains(out, n) {
			out = append(out, n)
		}
	}
	return out
}

// compareFirst orders span lists by their earliest span.
func compareFirst(docIndex map[string]int, a, b []briefing.Span) int {
	switch {
	case len(a) == 0 && len(b) == 0:
		return 0
	case len(a) == 0:
		return 1
	case len(b) == 0:
		return -1
	}
	return compareSpan(docIndex, a[0], b[0])
}

func compareSpan(docIndex map[string]int, a, b briefing.Span) int {
	return cmp.Or(cmp.Compare(docIndex[a.Doc], docIndex[b.Doc]), cmp.Compare(a.Start, b.Start), cmp.Compare(a.End, b.End))
}

// unionSpans merges two span lists into one sorted list without repeats.
func unionSpans(a, b []briefing.Span) []briefing.Span {
	out := append(slices.Clip(a), b...)
	slices.SortFunc(out, func(x, y briefing.Span) int {
		return cmp.Or(compareDocID(x.Doc, y.Doc), cmp.Compare(x.Start, y.Start), cmp.Compare(x.End, y.End))
	})
	return slices.Compact(out)
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

// compareDocID orders document ids d1, d2, … d10 numerically.
func compareDocID(a, b string) int {
	return cmp.Or(cmp.Compare(len(a), len(b)), strings.Compare(a, b))
}
