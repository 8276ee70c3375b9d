package tui

import (
	"strings"
	"time"

	"github.com/briefing-tools/briefing/internal/ingest"
	"github.com/briefing-tools/briefing/internal/marks"
	"github.com/briefing-tools/briefing/internal/store"
)

// The analyst's work as the detail view, the document list and the
// footer show it.

// markLines are the detail view's lines for an item's marks and notes,
// with who made them and when.
func (m *Model) markLines(ref marks.Ref) []detailLine {
	if !m.work.on() {
		return nil
	}
	it := m.work.marks.Of(ref)
	if it == nil {
		return nil
	}
	var lines []detailLine
	add := func(text, style string) { lines = append(lines, detailLine{text: text, style: style}) }
	for _, f := range []struct {
		label string
		mark  store.Mark
	}{{"Marked", it.Status}, {"Priority", it.Priority}, {"Flagged", it.Flag}} {
		if f.mark.Value != "" {
			add(padLabel(f.label)+ingest.SanitizeLine(f.mark.Value)+" — "+byline(f.mark.Who, f.mark.At), "")
		}
	}
	if len(it.Notes) > 0 {
		add("", "")
		add("Notes ("+itoa(len(it.Notes))+")", "label")
		for _, n := range it.Notes {
			add(byline(n.Who, n.At), "faint")
			for _, l := range strings.Split(ingest.Sanitize(n.Text), "\n") {
				add("  "+l, "")
			}
		}
	}
	return lines
}

func padLabel(s string) string { return s + strings.Repeat(" ", max(13-len(s), 1)) }

func byline(who string, at time.Time) string {
	return ingest.SanitizeLine(who) + ", " + at.UTC().Format("2006-01-02 15:04 UTC")
}

// withMarkLines puts the mark lines after an item's attributes.
func withMarkLines(lines, extra []detailLine) []detailLine {
	if len(extra) == 0 {
		return lines
	}
	at := len(lines)
	for i, l := range lines {
		if i > 0 && l.text == "" {
			at = i
			break
		}
	}
	out := append([]detailLine{}, lines[:at]...)
	out = append(out, extra...)
	return append(out, lines[at:]...)
}

// workStatus is the footer's note of orphaned marks and hidden items.
func (m Model) workStatus() string {
	if !m.work.on() {
		return ""
	}
	var parts []string
	if n := len(m.work.marks.Orphans()); n > 0 {
		parts = append(parts, itoa(n)+" orphaned mark"+pluralS(n)+" (d)")
	}
	return strings.Join(parts, " · ")
}

// pluralS is the plural ending of a count: "" for one, else "s".
func pluralS(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// docWork is what the document list shows of the analyst's work: the
// number of notes per document, then the notes on documents and the
// orphaned marks (kept, never dropped), each on lines of its own.
func (m *Model) docWork() (map[int]int, []string) {
	if !m.work.on() {
		return nil, nil
	}
	counts := map[int]int{}
	var notes []string
	for i, d := range m.ix.b.Documents {
		it := m.work.marks.Of(marks.Ref{Target: store.DocumentTarget, Index: i})
		if it == nil || len(it.Notes) == 0 {
			continue
		}
		counts[i] = len(it.Notes)
		for _, n := range it.Notes {
			notes = append(notes, "  "+itoa(i+1)+". "+d.Name()+" · "+byline(n.Who, n.At)+": "+ingest.SanitizeLine(n.Text))
		}
	}
	var extra []string
	if len(notes) > 0 {
		extra = append(extra, "", "Notes on documents ("+itoa(len(notes))+")")
		extra = append(extra, notes...)
	}
	if orphans := m.work.marks.Orphans(); len(orphans) > 0 {
		extra = append(extra, "", "Orphaned marks ("+itoa(len(orphans))+"): their items are not in these documents")
		for _, o := range orphans {
			what := joinNonEmpty(", ", o.Status.Value, o.Priority.Value, o.Flag.Value)
			if len(o.Notes) > 0 {
				what = joinNonEmpty(", ", what, itoa(len(o.Notes))+" note"+pluralS(len(o.Notes)))
			}
			extra = append(extra, "  "+string(o.Target)+" “"+ingest.SanitizeLine(o.Label)+"”: "+what)
		}
	}
	return counts, extra
}
