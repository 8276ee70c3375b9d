package tui

import (
	"fmt"
	"strings"

	"github.com/briefing-tools/briefing/internal/briefing"
)

// detailLines lays out everything known about an item.
func detailLines(ix *index, of target) []detailLine {
	var lines []detailLine
	add := func(text, style string, t *target) { lines = append(lines, detailLine{text, style, t}) }
	attr := func(label, value string) {
		if value != "" {
			add(fmt.Sprintf("%-12s %s", label, value), "", nil)
		}
	}
	// why: the rule that found the item and the words it keyed on
	why := func(label string, w briefing.Why) {
		var parts []string
		if w.Rule != "" {
			parts = append(parts, w.Rule)
		}
		if w.Cue != "" {
			parts = append(parts, "“"+w.Cue+"”")
		}
		attr(label, strings.Join(parts, " — "))
	}
	b := ix.b
	var spans []briefing.Span
	var linked []target
	switch of.kind {
	case paneActors:
		a := b.Actors[of.item]
		add(a.Name, "title", nil)
		attr("Kind", string(a.Kind))
		attr("Title", a.Title)
		attr("Role", a.Role)
		attr("Affiliation", a.Affiliation)
		attr("Also", strings.Join(a.Aliases, ", "))
		attr("Origin", string(a.Origin))
		why("Found by", a.Why)
		attr("Reported by", sourcesLine(a.Sources))
		attr("Id", a.ID)
		spans = a.Mentions
		for _, q := range ix.questionsAbout[a.ID] {
			linked = append(linked, target{kind: paneQuestions, item: q})
		}
	case paneAssets:
		a := b.Assets[of.item]
		add(a.Name, "title", nil)
		attr("Category", a.Category)
		attr("Domain", string(a.Domain))
		attr("Side", a.Side)
		attr("Quantity", a.Quantity)
		attr("Status", string(a.Status))
		attr("Location", a.Location)
		attr("Also", strings.Join(a.Aliases, ", "))
		attr("Origin", string(a.Origin))
		why("Found by", a.Why)
		attr("Reported by", sourcesLine(a.Sources))
		for _, r := range reportLines(ix, a) {
			attr("", r)
		}
		attr("Id", a.ID)
		spans = a.Mentions
		if p, ok := ix.assetByID[a.Parent]; ok {
			linked = append(linked, target{kind: paneAssets, item: p})
		}
		for _, c := range ix.childrenOf[a.ID] {
			linked = append(linked, target{kind: paneAssets, item: c})
		}
		for _, q := range ix.questionsAbout[a.ID] {
			linked = append(linked, target{kind: paneQuestions, item: q})
		}
	case paneQuestions:
		q := b.Questions[of.item]
		add(q.Text, "title", nil)
		attr("Kind", string(q.Kind))
		if q.Cue != q.Why.Cue { // else Raised by says it
			attr("Cue", q.Cue)
		}
		attr("Origin", string(q.Origin))
		why("Raised by", q.Why)
		attr("Reported by", sourcesLine(q.Sources))
		attr("Id", q.ID)
		spans = q.Evidence
		for _, id := range q.Actors {
			if i, ok := ix.actorByID[id]; ok {
				linked = append(linked, target{kind: paneActors, item: i})
			}
		}
		for _, id := range q.Assets {
			if i, ok := ix.assetByID[id]; ok {
				linked = append(linked, target{kind: paneAssets, item: i})
			}
		}
	}
	add("", "", nil)
	label := "Mentions"
	if of.kind == paneQuestions {
		label = "Evidence"
	}
	add(fmt.Sprintf("%s (%d)", label, len(spans)), "label", nil)
	// each document named once, by title or file name, above its mentions
	lastDoc := ""
	for n, s := range spans {
		doc := &b.Documents[ix.docPos[s.Doc]]
		if s.Doc != lastDoc {
			lastDoc = s.Doc
			add(doc.Name(), "faint", nil)
		}
		t := target{kind: of.kind, item: of.item, mention: n}
		add("    "+sentenceAround(doc, s), "", &t)
	}
	if len(linked) > 0 {
		add("", "", nil)
		add(fmt.Sprintf("Linked (%d)", len(linked)), "label", nil)
		for _, l := range linked {
			t := l
			add(fmt.Sprintf("%-15s %s", l.kind.String(), ix.itemName(l.kind, l.item)), "", &t)
		}
	}
	return lines
}
