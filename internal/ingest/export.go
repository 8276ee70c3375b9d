package ingest

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/briefing-tools/briefing/internal/briefing"
)

// exportFile is the shape of a briefing/v1 export.
type exportFile struct {
	Schema string `json:"schema"`
	briefing.Briefing
}

// parseExport reads a briefing/v1 export back: its documents, and its
// actors, assets and questions attached to the documents they mention so
// that they survive a new load unchanged.
func parseExport(path, src string) ([]briefing.Document, []string, error) {
	var f exportFile
	if err := json.Unmarshal([]byte(src), &f); err != nil {
		return nil, nil, fmt.Errorf("not a valid briefing export: %s", jsonError(err))
	}
	if f.Schema != briefing.Schema {
		if f.Schema == "" {
			return nil, nil, fmt.Errorf("JSON without a \"schema\" field: only %s exports can be loaded", briefing.Schema)
		}
		return nil, nil, fmt.Errorf("unsupported schema %q: this version reads %s", f.Schema, briefing.Schema)
	}
	if len(f.Documents) == 0 {
		return nil, nil, errEmpty
	}
	qualifyIDs(&f, path)
	var notes []string
	docs := make([]briefing.Document, len(f.Documents))
	index := map[string]int{}
	for i, d := range f.Documents {
		clean, changed := sanitizeDocument(d)
		if changed {
			notes = append(notes, fmt.Sprintf("document %s contained control characters; they were removed", d.ID))
		}
		clean.Imported = &briefing.Items{}
		docs[i] = clean
		index[d.ID] = i
	}
	dropped := 0
	var unknown unknownValues
	// Each item goes to every document it mentions, with the mentions in
	// that document; items that mention none stay with the first.
	place := func(spans []briefing.Span, fn func(doc int, spans []briefing.Span)) {
		byDoc := map[int][]briefing.Span{}
		var order []int
		for _, s := range spans {
			i, ok := index[s.Doc]
			if !ok || !validSpan(docs[i].Text, s) {
				dropped++
				continue
			}
			if _, seen := byDoc[i]; !seen {
				order = append(order, i)
			}
			byDoc[i] = append(byDoc[i], s)
		}
		if len(order) == 0 {
			fn(0, nil)
			return
		}
		for _, i := range order {
			fn(i, byDoc[i])
		}
	}
	for _, a := range f.Actors {
		a = sanitizeActor(a)
		a.Kind = known(&unknown, "actor(s) with an unknown kind", a.Kind, briefing.ActorKinds)
		a.Origin = known(&unknown, "actor(s) with an unknown origin", a.Origin, origins)
		place(a.Mentions, func(i int, spans []briefing.Span) {
			a.Mentions = spans
			docs[i].Imported.Actors = append(docs[i].Imported.Actors, a)
		})
	}
	for _, a := range f.Assets {
		a = sanitizeAsset(a)
		a.Domain = known(&unknown, "asset(s) with an unknown domain", a.Domain, briefing.Domains)
		a.Status = known(&unknown, "asset(s) with an unknown status", a.Status, briefing.Statuses)
		a.Origin = known(&unknown, "asset(s) with an unknown origin", a.Origin, origins)
		reports := a.Reports
		place(a.Mentions, func(i int, spans []briefing.Span) {
			a.Mentions = spans
			// what this document said of the asset, for cross-document checks
			a.Reports = nil
			if len(reports) > 0 {
				// not nil: the export says what each document said, and
				// a document it gives nothing for said nothing
				a.Reports = []briefing.Report{}
			}
			for _, r := range reports {
				if r.Doc == docs[i].ID {
					a.Reports = append(a.Reports, r)
				}
			}
			docs[i].Imported.Assets = append(docs[i].Imported.Assets, a)
		})
	}
	for _, q := range f.Questions {
		q.Text = SanitizeLine(q.Text)
		q.Cue = SanitizeLine(q.Cue)
		q.Kind = known(&unknown, "question(s) with an unknown kind", q.Kind, briefing.QuestionKinds)
		q.Origin = known(&unknown, "question(s) with an unknown origin", q.Origin, origins)
		q.Why = sanitizeWhy(q.Why)
		q.Sources = nil // counted again over what is loaded
		place(q.Evidence, func(i int, spans []briefing.Span) {
			q.Evidence = spans
			docs[i].Imported.Questions = append(docs[i].Imported.Questions, q)
		})
	}
	if dropped > 0 {
		notes = append(notes, fmt.Sprintf("%d mention(s) pointed outside their document and were dropped", dropped))
	}
	notes = append(notes, unknown.notes()...)
	for _, w := range f.Warnings {
		notes = append(notes, fmt.Sprintf("from the export: %s", SanitizeLine(w.String())))
	}
	return docs, notes, nil
}

func sanitizeDocument(d briefing.Document) (briefing.Document, bool) {
	text := Sanitize(d.Text)
	changed := text != d.Text
	out := briefing.Document{
		ID: d.ID, Path: SanitizeLine(d.Path), Format: briefing.Format(SanitizeLine(string(d.Format))),
		Title: SanitizeLine(d.Title), TitleFromPath: d.TitleFromPath, Date: SanitizeLine(d.Date), Source: SanitizeLine(d.Source),
		Author: SanitizeLine(d.Author), Classification: SanitizeLine(d.Classification), Text: text,
	}
	for _, b := range d.Blocks {
		if validSpan(text, briefing.Span{Start: b.Start, End: b.End}) && !changed {
			out.Blocks = append(out.Blocks, b)
		}
	}
	if len(out.Blocks) == 0 {
		// An export written elsewhere may lack blocks: find them as in
		// plain text, keeping the export's own title.
		scratch := briefing.Document{Title: out.Title}
		parseText(&scratch, text)
		out.Blocks = scratch.Blocks
	}
	return out, changed
}

func sanitizeActor(a briefing.Actor) briefing.Actor {
	a.Name, a.Title, a.Role, a.Affiliation = SanitizeLine(a.Name), SanitizeLine(a.Title), SanitizeLine(a.Role), SanitizeLine(a.Affiliation)
	a.Aliases = sanitizeAll(a.Aliases)
	a.Why = sanitizeWhy(a.Why)
	a.Sources = nil // counted again over what is loaded
	return a
}

func sanitizeAsset(a briefing.Asset) briefing.Asset {
	a.Name, a.Category, a.Side = SanitizeLine(a.Name), SanitizeLine(a.Category), SanitizeLine(a.Side)
	a.Quantity, a.Location = SanitizeLine(a.Quantity), SanitizeLine(a.Location)
	a.Aliases = sanitizeAll(a.Aliases)
	reports := make([]briefing.Report, 0, len(a.Reports))
	for _, r := range a.Reports {
		r.Side, r.Quantity, r.Location = SanitizeLine(r.Side), SanitizeLine(r.Quantity), SanitizeLine(r.Location)
		if (r.Status == "" || slices.Contains(briefing.Statuses, r.Status)) && (r.Origin == "" || slices.Contains(origins, r.Origin)) {
			reports = append(reports, r)
		}
	}
	a.Reports = reports
	a.Sources = nil // counted again over what is loaded
	a.Why = sanitizeWhy(a.Why)
	return a
}

func sanitizeWhy(w briefing.Why) briefing.Why {
	return briefing.Why{Rule: SanitizeLine(w.Rule), Cue: SanitizeLine(w.Cue)}
}

// origins are the origins an item can have.
var origins = []briefing.Origin{briefing.Extracted, briefing.Curated}

// unknownValues counts the imported items whose enumerated field holds a
// value this version does not know (a newer or hand-edited export): the
// field is cleared and the item kept, with one warning per field.
type unknownValues struct {
	fields  []string // as first met
	count   map[string]int
	example map[string]string
}

// known returns v, sanitised, when it is empty or one of values;
// otherwise it counts v under field and returns the empty value.
func known[T ~string](u *unknownValues, field string, v T, values []T) T {
	v = T(SanitizeLine(string(v)))
	if v == "" || slices.Contains(values, v) {
		return v
	}
	if u.count == nil {
		u.count, u.example = map[string]int{}, map[string]string{}
	}
	if u.count[field] == 0 {
		u.fields = append(u.fields, field)
		u.example[field] = shorten(string(v), 40)
	}
	u.count[field]++
	return ""
}

func (u *unknownValues) notes() []string {
	var out []string
	for _, f := range u.fields {
		out = append(out, fmt.Sprintf("%d %s (such as %q): the value was cleared, the items kept", u.count[f], f, u.example[f]))
	}
	return out
}

// shorten cuts s to at most n runes, marking the cut with "…".
func shorten(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n-1]) + "…"
}

func sanitizeAll(ss []string) []string {
	for i, s := range ss {
		ss[i] = SanitizeLine(s)
	}
	return ss
}

// validSpan reports a span inside text that starts and ends on rune
// boundaries.
func validSpan(text string, s briefing.Span) bool {
	if s.Start < 0 || s.End > len(text) || s.Start > s.End {
		return false
	}
	return runeStart(text, s.Start) && runeStart(text, s.End)
}

func runeStart(text string, i int) bool {
	return i == len(text) || text[i]&0xc0 != 0x80
}

// retargetImported points an imported document's spans at its new id.
func retargetImported(items *briefing.Items, docID string) {
	for i := range items.Actors {
		retarget(items.Actors[i].Mentions, docID)
	}
	for i := range items.Assets {
		retarget(items.Assets[i].Mentions, docID)
		for j := range items.Assets[i].Reports {
			items.Assets[i].Reports[j].Doc = docID
		}
	}
	for i := range items.Questions {
		retarget(items.Questions[i].Evidence, docID)
	}
}

func retarget(spans []briefing.Span, doc string) {
	for i := range spans {
		spans[i].Doc = doc
	}
}

// qualifyIDs makes the ids of one export's items unique among everything
// loaded, by prefixing them with the export's path.
func qualifyIDs(f *exportFile, path string) {
	prefix := path + "#"
	q := func(id string) string {
		if id == "" {
			return ""
		}
		return prefix + id
	}
	for i := range f.Actors {
		f.Actors[i].ID = q(f.Actors[i].ID)
	}
	for i := range f.Assets {
		f.Assets[i].ID = q(f.Assets[i].ID)
		f.Assets[i].Parent = q(f.Assets[i].Parent)
	}
	for i := range f.Questions {
		qu := &f.Questions[i]
		qu.ID = q(qu.ID)
		for j := range qu.Actors {
			qu.Actors[j] = q(qu.Actors[j])
		}
		for j := range qu.Assets {
			qu.Assets[j] = q(qu.Assets[j])
		}
	}
}

func jsonError(err error) string {
	if se, ok := err.(*json.SyntaxError); ok {
		return fmt.Sprintf("%s at byte %d", se.Error(), se.Offset)
	}
	return strings.TrimPrefix(err.Error(), "json: ")
}
