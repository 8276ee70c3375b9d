package timeline

import (
	"cmp"
	"log/slog"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/briefing-tools/briefing/internal/briefing"
	"github.com/briefing-tools/briefing/internal/fold"
	"github.com/briefing-tools/briefing/internal/sentence"
	"github.com/briefing-tools/briefing/internal/work"
)

// maxPhrase is the longest an event's phrase runs, in runes.
const maxPhrase = 110

// Date is one date expression of a document, resolved as far as the
// document allows.
type Date struct {
	Span     briefing.Span
	Sentence briefing.Span
	// Next is the sentence after, for a date that stands alone on its
	// line (a dateline): what happened is said there.
	Next      briefing.Span
	Stated    string
	ISO       string
	Precision briefing.Precision
	Basis     briefing.DateBasis
	// First and Last are the days covered (zero when unresolved).
	First, Last time.Time
	// cut is where the words dropped from the event's phrase start.
	cut int
}

// Dates finds and resolves the date expressions of one document.
func Dates(doc *briefing.Document) []Date {
	var buf scratch
	return buf.dates(doc)
}

// scratch is memory one goroutine reuses from document to document.
type scratch struct {
	lower     fold.Buffer
	sentences []sentence.Range
	toks      []token
	exprs     []expr
	found     []found
	dated     []Date
}

// found is a date expression with the sentences that give its event.
type found struct {
	e              expr
	sentence, next sentence.Range
	future         bool
}

// dates is Dates in sc's buffers: the list is valid until sc's next
// document.
func (sc *scratch) dates(doc *briefing.Document) []Date {
	v, err := loadVocab()
	if err != nil {
		// the embedded data is checked by the package's tests
		panic("briefing: embedded date vocabulary is invalid: " + err.Error())
	}
	all := sc.found[:0]
	text := doc.Text
	sc.sentences = sentence.Split(doc, sc.sentences)
	sentences := sc.sentences
	for i, s := range sentences {
		// one sentence lower-cased at a time: a copy of the whole text
		// would be the largest thing a long document holds
		lower := sc.lower.Lower(text[s.Start:s.End])
		if !v.anchors.mayHold(lower) {
			continue
		}
		sc.toks = tokenize(text, lower, s.Start, s.End, sc.toks)
		scan := scanner{v: v, toks: sc.toks}
		sc.exprs = scan.scan(sc.exprs[:0])
		exprs := sc.exprs
		// the next sentence that is not a heading
		next := s
		for _, n := range sentences[i+1 : min(i+4, len(sentences))] {
			if b, ok := doc.BlockAt(n.Start); !ok || b.Kind != briefing.Heading {
				next = n
				break
			}
		}
		for _, e := range exprs {
			all = append(all, found{e, s, next, futureBefore(v, lower[:e.start-s.Start])})
		}
	}
	sc.found = all
	c := context{}
	c.docDate, c.hasDocDate = ParseDocDate(doc.Date)
	for _, f := range all {
		// only a full date lends its year: "June 2025" is as often
		// background as the year of the story
		if f.e.hasYear() && (f.e.kind == eDay || f.e.kind == eDayRange) {
			c.years = append(c.years, f.e)
		}
	}
	out := sc.dated[:0]
	for _, f := range all {
		val := c.resolve(f.e, f.future)
		if val.basis != briefing.Unresolved && (val.precision == briefing.Day || val.precision == briefing.Range && f.e.kind != eFixed) {
			c.previous, c.hasPrevious = val.first, true
		}
		out = append(out, Date{
			Span:      briefing.Span{Doc: doc.ID, Start: f.e.start, End: f.e.end},
			Sentence:  briefing.Span{Doc: doc.ID, Start: f.sentence.Start, End: f.sentence.End},
			Next:      briefing.Span{Doc: doc.ID, Start: f.next.Start, End: f.next.End},
			Stated:    text[f.e.start:f.e.end],
			ISO:       val.iso(),
			Precision: val.precision,
			Basis:     val.basis,
			First:     val.first, Last: val.last,
			cut: f.e.cut,
		})
	}
	sc.dated = out
	return out
}

// futureBefore reports a future cue among the words before a date in
// its sentence ("talks will resume on Monday"); lower is lower case.
func futureBefore(v *vocab, lower string) bool {
	for _, c := range v.FutureCues {
		for from := 0; from < len(lower); {
			i := strings.Index(lower[from:], c)
			if i < 0 {
				break
			}
			i += from
			end := i + len(c)
			if (i == 0 || !isWordByte(lower[i-1])) && (end == len(lower) || !isWordByte(lower[end])) {
				return true
			}
			from = i + 1
		}
	}
	return false
}

// isWordByte: a letter, digit or apostrophe, or a byte of a longer
// rune (taken as a letter).
func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b == '\'' || b >= 0x80
}

// Build makes the briefing's timeline: one event per date expression of
// every document, with the actors and assets its sentence mentions,
// sorted by date (undated ones last: those with a month first, by
// month, then the rest in document order).
// Documents are read on up to workers goroutines; the result does not
// depend on how many.
func Build(b *briefing.Briefing, workers int) {
	b.Timeline = b.Timeline[:0]
	actors := mentionIndex(b.Actors, func(a briefing.Actor) (string, []briefing.Span) { return a.ID, a.Mentions })
	assets := mentionIndex(b.Assets, func(a briefing.Asset) (string, []briefing.Span) { return a.ID, a.Mentions })
	perDoc := make([][]keyed, len(b.Documents))
	work.Each(len(b.Documents), workers, func() func(int) {
		var sc scratch // this goroutine's buffers
		return func(i int) {
			doc := &b.Documents[i]
			defer func() {
				// a bug on one document's text costs that document's dates only
				if r := recover(); r != nil {
					slog.Error("dates failed", "document", doc.Path, "panic", r)
					perDoc[i] = nil
				}
			}()
			dated := sc.dates(doc)
			perDoc[i] = make([]keyed, 0, len(dated))
			for _, d := range dated {
				ev := briefing.Event{
					Date: d.ISO, Precision: d.Precision, Basis: d.Basis, Stated: d.Stated,
					Text:     phrase(doc.Text, d),
					Document: doc.Name(),
					Evidence: d.Sentence, DateSpan: d.Span,
					Actors: actors.within(d.Sentence),
					Assets: assets.within(d.Sentence),
				}
				perDoc[i] = append(perDoc[i], keyed{ev, d.First, i})
			}
		}
	})
	total := 0
	for _, list := range perDoc {
		total += len(list)
	}
	events := make([]keyed, 0, total)
	for _, list := range perDoc {
		events = append(events, list...)
	}
	// sort positions, not the events themselves: an event is large
	order := make([]int32, len(events))
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortStableFunc(order, func(i, j int32) int {
		a, b := &events[i], &events[j]
		ua, ub := a.ev.Basis == briefing.Unresolved, b.ev.Basis == briefing.Unresolved
		if ua != ub {
			if ua {
				return 1
			}
			return -1
		}
		if ua {
			// days and months without a year ("--01-07") by month and day,
			// then what nothing dates, each in document order
			undated := func(e briefing.Event) int { return boolInt(e.Date == "") }
			return cmp.Or(cmp.Compare(undated(a.ev), undated(b.ev)), cmp.Compare(a.ev.Date, b.ev.Date),
				cmp.Compare(a.rank, b.rank), cmp.Compare(a.ev.Evidence.Start, b.ev.Evidence.Start))
		}
		return cmp.Or(a.first.Compare(b.first), cmp.Compare(fineness(a.ev.Precision), fineness(b.ev.Precision)),
			cmp.Compare(a.rank, b.rank), cmp.Compare(a.ev.Evidence.Start, b.ev.Evidence.Start))
	})
	b.Timeline = slices.Grow(b.Timeline, len(events))
	for n, i := range order {
		ev := events[i].ev
		ev.ID = "ev" + strconv.Itoa(n+1)
		b.Timeline = append(b.Timeline, ev)
	}
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// keyed is an event with what sorts it.
type keyed struct {
	ev    briefing.Event
	first time.Time
	rank  int // document order
}

// fineness orders precisions, the coarsest first among events that
// start the same day (the month before its days).
func fineness(p briefing.Precision) int {
	switch p {
	case briefing.Year:
		return 0
	case briefing.Month:
		return 1
	case briefing.Week:
		return 2
	case briefing.Range:
		return 3
	}
	return 4
}

// phrase is what happened: the clause of the sentence that holds the
// date, without the date itself, cut to maxPhrase runes.
func phrase(text string, d Date) string {
	s, e := d.Sentence.Start, d.Sentence.End
	// the clause: between the semicolons or spaced dashes around the date
	for _, sep := range []string{"; ", " — ", " – "} {
		if i := strings.LastIndex(text[s:d.Span.Start], sep); i >= 0 {
			s += i + len(sep)
		}
		if i := strings.Index(text[d.Span.End:e], sep); i >= 0 {
			e = d.Span.End + i
		}
	}
	cut := max(d.cut, s)
	before := strings.TrimSpace(text[s:cut])
	after := strings.TrimLeft(text[d.Span.End:e], " ,")
	out := closeUp(oneLine(strings.TrimSpace(before + " " + after)))
	out = strings.TrimRight(out, " ,;:.")
	if strings.Count(out, " ") < 3 && d.Next.End > d.Sentence.End {
		// a dateline ("Dubai, 14 January 2025"): the news follows it
		out = oneLine(text[d.Next.Start:d.Next.End])
		out = strings.TrimRight(out, " ,;:.")
		before = ""
	}
	if r, size := utf8.DecodeRuneInString(out); unicode.IsLower(r) && before == "" {
		out = string(unicode.ToUpper(r)) + out[size:]
	}
	return shorten(out, maxPhrase)
}

// closeUp removes the space a cut date leaves before punctuation
// ("rebuilt its stocks ?" from "rebuilt its stocks since June 2025?");
// most phrases have none, and come back as they are.
func closeUp(s string) string {
	first := -1
	for i := 0; i+1 < len(s); i++ {
		if s[i] == ' ' && strings.IndexByte(closesUp, s[i+1]) >= 0 {
			first = i
			break
		}
	}
	if first < 0 {
		return s
	}
	b := make([]byte, 0, len(s))
	b = append(b, s[:first]...)
	for i := first; i < len(s); i++ {
		if s[i] == ' ' && i+1 < len(s) && strings.IndexByte(closesUp, s[i+1]) >= 0 {
			continue
		}
		b = append(b, s[i])
	}
	return string(b)
}

// closesUp are the marks no space goes before.
const closesUp = "?!.,;:)"

// oneLine joins the words of s with single spaces; most phrases already
// are, and come back as they are.
func oneLine(s string) string {
	if !strings.ContainsAny(s, "\n\t") && !strings.Contains(s, "  ") {
		return strings.TrimSpace(s)
	}
	return strings.Join(strings.Fields(s), " ")
}

// shorten cuts s at a word boundary to at most n runes, marking the cut.
func shorten(s string, n int) string {
	if len(s) <= n || utf8.RuneCountInString(s) <= n {
		return s
	}
	end := 0 // the byte offset of rune n-1
	for i := 0; i < n-1; i++ {
		_, size := utf8.DecodeRuneInString(s[end:])
		end += size
	}
	cut := s[:end]
	if i := strings.LastIndexByte(cut, ' '); i > len(cut)/2 {
		cut = cut[:i]
	}
	return strings.TrimRight(cut, " ,;:") + "…"
}

// mentions finds the items whose mentions fall in a sentence.
type mentions map[string][]idSpan

type idSpan struct {
	id         string
	start, end int
}

func mentionIndex[T any](items []T, get func(T) (string, []briefing.Span)) mentions {
	// counted first, so each document's list is made once at its size
	counts := map[string]int{}
	for _, it := range items {
		_, spans := get(it)
		for _, s := range spans {
			counts[s.Doc]++
		}
	}
	m := make(mentions, len(counts))
	for doc, n := range counts {
		m[doc] = make([]idSpan, 0, n)
	}
	for _, it := range items {
		id, spans := get(it)
		for _, s := range spans {
			m[s.Doc] = append(m[s.Doc], idSpan{id, s.Start, s.End})
		}
	}
	for doc := range m {
		slices.SortFunc(m[doc], func(a, b idSpan) int { return cmp.Compare(a.start, b.start) })
	}
	return m
}

// within lists, once each in text order, the ids mentioned inside s.
func (m mentions) within(s briefing.Span) []string {
	list := m[s.Doc]
	i, _ := slices.BinarySearchFunc(list, s.Start, func(x idSpan, start int) int { return cmp.Compare(x.start, start) })
	var out []string
	for ; i < len(list) && list[i].start < s.End; i++ {
		if list[i].end <= s.End && !slices.Contains(out, list[i].id) {
			out = append(out, list[i].id)
		}
	}
	return out
}
