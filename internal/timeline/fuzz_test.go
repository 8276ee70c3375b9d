package timeline

import (
	"testing"

	"github.com/briefing-tools/briefing/internal/briefing"
)

// FuzzDates: any text and any document date give dates whose spans lie
// in the text, inside their sentence, without a panic.
func FuzzDates(f *testing.F) {
	for _, s := range []string{"On 7 January 2026, two days earlier.", "January 8-9, 31 February", "mid-", "Saturday night 2026-13-40", "8–", "a few weeks ago"} {
		f.Add(s, "2026-01-10")
	}
	f.Fuzz(func(t *testing.T, text, date string) {
		for _, m := range screenMisses(t, text) {
			t.Fatalf("the anchor screen passes over a sentence with a date: %q", m)
		}
		doc := briefing.Document{ID: "d1", Text: text, Date: date}
		for _, d := range Dates(&doc) {
			if d.Span.Start < 0 || d.Span.End > len(text) || d.Span.Start >= d.Span.End ||
				d.Span.Start < d.Sentence.Start || d.Span.End > d.Sentence.End {
				t.Fatalf("date %+v outside the text or its sentence (%d bytes)", d, len(text))
			}
			if d.Basis != briefing.Unresolved && d.Last.Before(d.First) {
				t.Fatalf("date %+v ends before it starts", d)
			}
		}
	})
}

func BenchmarkDates(b *testing.B) {
	doc := briefing.Document{ID: "d1", Date: "2026-02-09", Text: "Boats boarded the tanker on Saturday night, south of Larak Island. " +
		"Its crew was taken ashore yesterday. The destroyer has escorted ships since mid-January and met partners last week. " +
		"On 7 February 2026 the IRGC seized a tanker; two days earlier it shadowed a bulk carrier. Talks will resume on Monday. "}
	for len(doc.Text) < 64<<10 {
		doc.Text += doc.Text
	}
	b.SetBytes(int64(len(doc.Text)))
	for b.Loop() {
		Dates(&doc)
	}
}
