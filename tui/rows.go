package tui

import (
	"strconv"
	"strings"
	"unicode"

	"github.com/briefing-tools/briefing/internal/briefing"
)

var kindTitles = map[briefing.ActorKind]string{
	briefing.Person: "People", briefing.Organization: "Organisations",
	briefing.State: "States", briefing.Group: "Groups",
}

// actorRows groups actors by kind: name, then title/role/affiliation,
// then how often they are mentioned.
func actorRows(ix *index, items []int) ([]column, []row) {
	cols := []column{{"Name", 0, false}, {"Role", 0, false}, {"Refs", 4, false}, srcColumn}
	var rows []row
	for _, kind := range briefing.ActorKinds {
		header := len(rows)
		count := 0
		for _, i := range items {
			a := ix.b.Actors[i]
			if a.Kind != kind {
				continue
			}
			if count == 0 {
				rows = append(rows, row{header: true, group: string(kind), cells: []string{kindTitles[kind]}, item: -1})
				header = len(rows) - 1
			}
			count++
			role := strings.Join(a.Description(), ", ")
			rows = append(rows, row{
				group: string(kind), item: i,
				cells: []string{a.Name, role, strconv.Itoa(len(a.Mentions)), srcCell(ix, paneActors, i)},
				key:   strings.ToLower(strings.Join([]string{a.Name, role, strings.Join(a.Aliases, " "), string(a.Kind)}, " ")),
			})
		}
		if count > 0 {
			rows[header].count = count
		}
	}
	return cols, rows
}

// assetRows groups the order of battle by side, then domain.
func assetRows(ix *index, items []int) ([]column, []row) {
	cols := []column{{"Asset", 0, false}, {"Category", 18, true}, {"Qty", 10, true}, {"Status", 9, false}, {"Location", 14, true}, srcColumn}
	var sides []string
	bySide := map[string][]int{}
	for _, i := range items {
		side := ix.b.Assets[i].Side
		if side == "" {
			side = "Side not stated"
		}
		if _, ok := bySide[side]; !ok {
			sides = append(sides, side)
		}
		bySide[side] = append(bySide[side], i)
	}
	var rows []row
	for _, side := range sides {
		rows = append(rows, row{header: true, group: side, cells: []string{side}, item: -1, count: len(bySide[side])})
		for _, domain := range briefing.Domains {
			var in []int
			for _, i := range bySide[side] {
				d := ix.b.Assets[i].Domain
				if d == "" {
					d = briefing.UnknownDomain
				}
				if d == domain {
					in = append(in, i)
				}
			}
			if len(in) == 0 {
				continue
			}
			group := side + "/" + string(domain)
			rows = append(rows, row{header: true, depth: 1, group: group, cells: []string{domainTitle(domain)}, item: -1, count: len(in)})
			// named platforms first; references by a bare noun ("a
			// helicopter", "radar") fold under one line of their own
			var named, generic []int
			for _, i := range in {
				if isGenericReference(ix.b.Assets[i].Name) {
					generic = append(generic, i)
				} else {
					named = append(named, i)
				}
			}
			for n, i := range append(named, generic...) {
				if n == len(named) {
					group = side + "/" + string(domain) + "/unnamed"
					rows = append(rows, row{header: true, depth: 2, group: group, cells: []string{"unnamed references"},
						item: -1, count: len(generic), startFolded: true})
				}
				a := ix.b.Assets[i]
				name := a.Name
				if a.Parent != "" {
					if p, ok := ix.assetByID[a.Parent]; ok {
						name += " ⟵ " + ix.b.Assets[p].Name
					}
				}
				rows = append(rows, row{
					group: group, item: i,
					cells: []string{name, categoryCell(a.Name, a.Category), a.Quantity, string(a.Status), a.Location, srcCell(ix, paneAssets, i)},
					key: strings.ToLower(strings.Join([]string{a.Name, strings.Join(a.Aliases, " "), a.Category, a.Side,
						a.Quantity, string(a.Status), a.Location, string(a.Domain)}, " ")),
				})
			}
		}
	}
	return cols, rows
}

// isGenericReference reports an asset named only by a common noun: no
// capital and no digit ("naval drone", "helicopter"), so no platform,
// class, ship or unit is named.
func isGenericReference(name string) bool {
	for _, r := range name {
		if unicode.IsUpper(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

func domainTitle(d briefing.Domain) string {
	switch d {
	case briefing.Air:
		return "Air"
	case briefing.Sea:
		return "Sea"
	case briefing.Land:
		return "Land"
	case briefing.Space:
		return "Space"
	case briefing.Cyber:
		return "Cyber"
	}
	return "Domain not stated"
}

// questionRows lists the open questions with their kind and the actors
// they concern.
func questionRows(ix *index, items []int) ([]column, []row) {
	cols := []column{{"Question", 0, false}, {"Kind", 10, false}, {"Concerns", 18, true}, srcColumn}
	var rows []row
	for _, i := range items {
		q := ix.b.Questions[i]
		var names []string
		for _, id := range q.Actors {
			if a, ok := ix.actorByID[id]; ok {
				names = append(names, ix.b.Actors[a].Name)
			}
		}
		for _, id := range q.Assets {
			if a, ok := ix.assetByID[id]; ok {
				names = append(names, ix.b.Assets[a].Name)
			}
		}
		concerns := strings.Join(names, ", ")
		rows = append(rows, row{
			item: i, cells: []string{q.Text, string(q.Kind), concerns, srcCell(ix, paneQuestions, i)},
			key: strings.ToLower(q.Text + " " + string(q.Kind) + " " + q.Cue + " " + concerns),
		})
	}
	return cols, rows
}

func joinNonEmpty(sep string, parts ...string) string {
	var out []string
	for _, p := range parts {
		if p != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, sep)
}

// categoryCell leaves out a category that only repeats the name
// ("helicopter", "helicopter").
func categoryCell(name, category string) string {
	if strings.EqualFold(name, category) {
		return ""
	}
	return category
}
