package export

import (
	"fmt"
	"io"
	"strings"

	"github.com/briefing-tools/briefing/internal/briefing"
)

// Markdown writes b as a readable brief: a title block, the key actors
// by kind, the order of battle as a table per side, the open questions
// with their quoted evidence, and any warnings.
func Markdown(w io.Writer, b briefing.Briefing) error {
	m := &mdWriter{}
	m.header(b)
	m.actors(b)
	m.assets(b)
	m.questions(b)
	m.timeline(b)
	m.marks(b)
	m.warnings(b)
	if banner := classification(b); banner != "" {
		m.line("**%s**", escape(banner))
	}
	_, err := io.WriteString(w, strings.TrimRight(m.String(), "\n")+"\n")
	return err
}

type mdWriter struct{ strings.Builder }

func (m *mdWriter) line(format string, args ...any) {
	if len(args) == 0 {
		m.WriteString(format)
	} else {
		fmt.Fprintf(m, format, args...)
	}
	m.WriteString("\n")
}

func (m *mdWriter) header(b briefing.Briefing) {
	if banner := classification(b); banner != "" {
		m.line("**%s**\n", escape(banner))
	}
	switch len(b.Documents) {
	case 0:
		m.line("# Briefing\n")
		m.line("_No documents loaded._\n")
	case 1:
		d := b.Documents[0]
		m.line("# %s\n", escape(d.Title))
		if meta := docMeta(d); meta != "" {
			m.line("%s\n", meta)
		}
	default:
		m.line("# Briefing: %d documents\n", len(b.Documents))
		m.line("| Id | Title | Date | Source | Path |")
		m.line("|---|---|---|---|---|")
		for _, d := range b.Documents {
			m.line("| %s | %s | %s | %s | %s |", d.ID, cell(d.Title), cell(d.Date), cell(d.Source), cell(d.Path))
		}
		m.line("")
	}
}

func docMeta(d briefing.Document) string {
	var parts []string
	for _, p := range []string{d.Date, d.Source, d.Author, d.Path} {
		if p != "" {
			parts = append(parts, escape(p))
		}
	}
	if len(parts) == 0 {
		return ""
	}
	return "_" + strings.Join(parts, " · ") + "_"
}

// classification returns the most restrictive marking of the documents.
func classification(b briefing.Briefing) string { return briefing.MostRestrictive(b.Documents) }

var kindHeadings = map[briefing.ActorKind]string{
	briefing.Person: "People", briefing.Organization: "Organisations",
	briefing.State: "States", briefing.Group: "Groups",
}

func (m *mdWriter) actors(b briefing.Briefing) {
	m.line("## Key actors\n")
	if len(b.Actors) == 0 {
		m.line("_None found._\n")
		return
	}
	for _, kind := range briefing.ActorKinds {
		var rows []string
		for _, a := range b.Actors {
			if a.Kind != kind {
				continue
			}
			var attrs []string
			for _, s := range a.Description() {
				attrs = append(attrs, escape(s))
			}
			if len(a.Aliases) > 0 {
				attrs = append(attrs, "also "+escape(strings.Join(a.Aliases, ", ")))
			}
			attrs = append(attrs, plural(len(a.Mentions), "mention"))
			if src := sourcesText(a.Sources); src != "" {
				attrs = append(attrs, src)
			}
			rows = append(rows, fmt.Sprintf("- **%s** — %s", escape(a.Name), strings.Join(attrs, " · ")))
		}
		if len(rows) == 0 {
			continue
		}
		m.line("### %s\n", kindHeadings[kind])
		m.line("%s\n", strings.Join(rows, "\n"))
	}
}

func (m *mdWriter) assets(b briefing.Briefing) {
	m.line("## Order of battle\n")
	if len(b.Assets) == 0 {
		m.line("_None found._\n")
		return
	}
	var sides []string
	bySide := map[string][]briefing.Asset{}
	for _, a := range b.Assets {
		side := a.Side
		if side == "" {
			side = "Side not stated"
		}
		if _, ok := bySide[side]; !ok {
			sides = append(sides, side)
		}
		bySide[side] = append(bySide[side], a)
	}
	names := map[string]string{}
	for _, a := range b.Assets {
		names[a.ID] = a.Name
	}
	for _, side := range sides {
		m.line("### %s\n", escape(side))
		m.line("| Asset | Category | Domain | Quantity | Status | Location | Part of | Reported by |")
		m.line("|---|---|---|---|---|---|---|---|")
		for _, a := range bySide[side] {
			m.line("| %s | %s | %s | %s | %s | %s | %s | %s |", cell(a.Name), cell(a.Category), cell(string(a.Domain)),
				cell(a.Quantity), cell(string(a.Status)), cell(a.Location), cell(names[a.Parent]), cell(sourcesText(a.Sources)))
		}
		m.line("")
	}
}

func (m *mdWriter) questions(b briefing.Briefing) {
	m.line("## Open questions\n")
	if len(b.Questions) == 0 {
		m.line("_None found._\n")
		return
	}
	for i, q := range b.Questions {
		var attrs []string
		if q.Kind != "" {
			attrs = append(attrs, string(q.Kind))
		}
		if q.Cue != "" && q.Cue != q.Why.Cue { // else the why line says it
			attrs = append(attrs, fmt.Sprintf("cue “%s”", escape(q.Cue)))
		}
		head := fmt.Sprintf("%d. **%s**", i+1, escape(q.Text))
		if len(attrs) > 0 {
			head += " — " + strings.Join(attrs, " · ")
		}
		m.line("%s", head)
		for _, ev := range q.Evidence {
			if quote := spanText(b, ev); quote != "" {
				m.line("   > %s (%s)", escape(quote), escape(b.DocName(ev.Doc)))
			}
		}
		if !q.Why.IsZero() {
			// a nested item, not a line: a line would join the quote above
			m.line("   - %s", whyText(q.Why))
		}
	}
	m.line("")
}

// timeline lists the dated events, by date, each with its document.
func (m *mdWriter) timeline(b briefing.Briefing) {
	if len(b.Timeline) == 0 {
		return
	}
	m.line("## Timeline\n")
	for _, e := range b.Timeline {
		date := e.Date
		if date == "" {
			date = "undated"
		}
		how := string(e.Precision)
		if e.Basis != briefing.Stated {
			how += ", " + string(e.Basis)
		}
		m.line("- **%s** (%s, “%s”) — %s — _%s_", escape(date), escape(how), escape(e.Stated), escape(e.Text), escape(e.Document))
	}
	m.line("")
}

// sourcesText says briefly who reports an item: "2 documents, 1 source".
func sourcesText(s *briefing.Sources) string {
	if s == nil || s.DocumentCount == 0 {
		return ""
	}
	return plural(s.DocumentCount, "document") + ", " + plural(s.SourceCount, "source")
}

// whyText says compactly what raised an item: its cue and its rule.
func whyText(w briefing.Why) string {
	var parts []string
	if w.Cue != "" {
		parts = append(parts, fmt.Sprintf("cue: “%s”", escape(w.Cue)))
	}
	if w.Rule != "" {
		parts = append(parts, "rule: "+escape(w.Rule))
	}
	return strings.Join(parts, "; ")
}

func (m *mdWriter) warnings(b briefing.Briefing) {
	if len(b.Warnings) == 0 {
		return
	}
	m.line("## Warnings\n")
	for _, w := range b.Warnings {
		m.line("- %s", escape(w.String()))
	}
	m.line("")
}

// spanText is the text a span covers, on one line.
func spanText(b briefing.Briefing, s briefing.Span) string {
	d := b.Document(s.Doc)
	if d == nil || s.Start < 0 || s.End > len(d.Text) || s.Start >= s.End {
		return ""
	}
	return strings.Join(strings.Fields(d.Text[s.Start:s.End]), " ")
}

var mdEscaper = strings.NewReplacer(
	`\`, `\\`, "*", `\*`, "_", `\_`, "`", "\\`", "[", `\[`, "]", `\]`,
	"<", `\<`, ">", `\>`, "|", `\|`, "#", `\#`,
)

// escape makes document text inert in Markdown.
func escape(s string) string { return mdEscaper.Replace(strings.Join(strings.Fields(s), " ")) }

// cell is escape for a table cell, with a dash for an empty value.
func cell(s string) string {
	if s == "" {
		return "–"
	}
	return escape(s)
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}

// marks lists the analyst's marks and notes; orphaned ones (their item
// is no longer extracted) are said to be so.
func (m *mdWriter) marks(b briefing.Briefing) {
	if len(b.Marks) == 0 && len(b.Notes) == 0 {
		return
	}
	m.line("## Analyst's marks\n")
	item := func(id, label string) string {
		if id == "" {
			return "orphaned: " + cell(label)
		}
		return id + " " + cell(label)
	}
	if len(b.Marks) > 0 {
		m.line("| Item | Mark | By | When |")
		m.line("|---|---|---|---|")
		for _, mk := range b.Marks {
			m.line("| %s | %s: %s | %s | %s |", item(mk.Item, mk.Label), mk.Field, cell(mk.Value), cell(mk.Who), mk.At)
		}
		m.line("")
	}
	for _, n := range b.Notes {
		m.line("- **%s** — %s, %s:", item(n.Item, n.Label), escape(n.Who), n.At)
		for _, l := range strings.Split(n.Text, "\n") {
			m.line("  > %s", escape(l))
		}
	}
	if len(b.Notes) > 0 {
		m.line("")
	}
}
