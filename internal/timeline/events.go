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
	var sc scratch
	var out []Date
	sc.dates(doc, func(d Date) { out = append(out, d) })
	return out
}

// scratch is memory one goroutine reuses from document to document.
type scratch struct {
	lower     fold.Buffer
	sentences []sentence.Range
	toks      []token
	exprs     []expr
	pending   []found
}

// found is a date expression with the sentences that give its event.
type found struct {
	e              expr
	sentence, next sentence.Range
	future         bool
}

// dates finds the date expressions of doc and hands each to yield in
// text order, resolved as far as the document allows. They are resolved
// as they are found, not gathered first: a long document has thousands.
func (sc *scratch) dates(doc *briefing.Document, yield func(Date)) {
	v, err := loadVocab()
	if err != nil {
		// the embedded data is checked by the package's tests
		panic("briefing: embedded date vocabulary is invalid: " + err.Error())
	}
	c := context{}
	c.docDate, c.hasDocDate = ParseDocDate(doc.Date)
	// Without a date of its own, a document lends the dates before its
	// first full date that one's year (see yearFor): they wait for it,
	// and the dates after them wait their turn.
	pending := sc.pending[:0]
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
		// the next sentence that is not a heading
		next := s
		for _, n := range sentences[i+1 : min(i+4, len(sentences))] {
			if b, ok := doc.BlockAt(n.Start); !ok || b.Kind != briefing.Heading {
				next = n
				break
			}
		}
		for _, e := range sc.exprs {
			f := found{e, s, next, futureBefore(v, lower[:e.start-s.Start])}
			// only a full date lends its year: "June 2025" is as often
			// background as the year of the story
			if e.hasYear() && (e.kind == eDay || e.kind == eDayRange) {
				c.years = append(c.years, e)
				for _, p := range pending {
					yield(c.date(doc, p))
				}
				pending = pending[:0]
			}
			if len(pending) > 0 || !c.hasDocDate && len(c.years) == 0 {
				pending = append(pending, f)
				continue
			}
			yield(c.date(doc, f))
		}
	}
	for _, p := range pending {
		yield(c.date(doc, p))
	}
	sc.pending = pending[:0]
}

// date resolves what was found, the dates before it in the text
// resolved already.
func (c *context) date(doc *briefing.Document, f found) Date {
	val := c.resolve(f.e, f.future)
	if val.basis != briefing.Unresolved && (val.precision == briefing.Day || val.precision == briefing.Range && f.e.kind != eFixed) {
		c.previous, c.hasPrevious = val.first, true
	}
	return Date{
		Span:      briefing.Span{Doc: doc.ID, Start: f.e.start, End: f.e.end},
		Sentence:  briefing.Span{Doc: doc.ID, Start: f.sentence.Start, End: f.sentence.End},
		Next:      briefing.Span{Doc: doc.ID, Start: f.next.Start, End: f.next.End},
		Stated:    doc.Text[f.e.start:f.e.end],
		ISO:       val.iso(),
		Precision: val.precision,
		Basis:     val.basis,
		First:     val.first, Last: val.last,
		cut: f.e.cut,
	}
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
	perDoc := make([][]briefing.Event, len(b.Documents))
	perDocKeys := make([][]eventKey, len(b.Documents))
	work.Each(len(b.Documents), workers, func() func(int) {
		var sc scratch // this goroutine's buffers
		return func(i int) {
			doc := &b.Documents[i]
			defer func() {
				// a bug on one document's text costs that document's dates only
				if r := recover(); r != nil {
					slog.Error("dates failed", "document", doc.Path, "panic", r)
					perDoc[i], perDocKeys[i] = nil, nil
				}
			}()
			var events []briefing.Event
			var keys []eventKey
			sc.dates(doc, func(d Date) {
				events = append(events, briefing.Event{
					Date: d.ISO, Precision: d.Precision, Basis: d.Basis, Stated: d.Stated,
					Text:     phrase(doc.Text, d),
					Document: doc.Name(),
					Evidence: d.Sentence, DateSpan: d.Span,
					Actors: actors.within(d.Sentence),
					Assets: assets.within(d.Sentence),
				})
				keys = append(keys, eventKey{d.First, i})
			})
			perDoc[i], perDocKeys[i] = events, keys
		}
	})
	events, keys := concat(perDoc), concat(perDocKeys)
	// sort positions, not the events themselves: an event is large
	order := make([]int32, len(events))
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortStableFunc(order, func(i, j int32) int {
		a, b := &events[i], &events[j]
		ua, ub := a.Basis == briefing.Unresolved, b.Basis == briefing.Unresolved
		if ua != ub {
			if ua {
				return 1
			}
			return -1
		}
		if ua {
			// days and months without a year ("--01-07") by month and day,
			// then what nothing dates, each in document order
			undated := func(e *briefing.Event) int { return boolInt(e.Date == "") }
			return cmp.Or(cmp.Compare(undated(a), undated(b)), cmp.Compare(a.Date, b.Date),
				cmp.Compare(keys[i].rank, keys[j].rank), cmp.Compare(a.Evidence.Start, b.Evidence.Start))
		}
		return cmp.Or(keys[i].first.Compare(keys[j].first), cmp.Compare(fineness(a.Precision), fineness(b.Precision)),
			cmp.Compare(keys[i].rank, keys[j].rank), cmp.Compare(a.Evidence.Start, b.Evidence.Start))
	})
	permute(events, order)
	for n := range events {
		events[n].ID = "ev" + strconv.Itoa(n+1)
	}
	b.Timeline = events
}

// eventKey is what sorts an event besides the event itself: its first
// day and its document's place in the briefing.
type eventKey struct {
	first time.Time
	rank  int
}

// concat joins lists into one, in the first list's memory when the
// others are empty (one long document): no copy of its events.
func concat[T any](lists [][]T) []T {
	if len(lists) == 0 {
		return nil
	}
	total := 0
	for _, l := range lists {
		total += len(l)
	}
	out := slices.Grow(lists[0], total-len(lists[0]))
	for _, l := range lists[1:] {
		out = append(out, l...)
	}
	return out
}

// permute puts list in the order given by positions (list[n] becomes
// the old list[order[n]]) in place, following each cycle of the
// permutation; order is used up.
func permute[T any](list []T, order []int32) {
	for n := range order {
		if int(order[n]) == n {
			continue
		}
		held := list[n]
		j := n
		for {
			k := int(order[j])
			order[j] = int32(j) // placed
			if k == n {
				list[j] = held
				break
			}
			list[j] = list[k]
			j = k
		}
	}
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
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
type mentions struct {
	ids   []string
	byDoc map[string][]itemSpan // sorted by start
}

// itemSpan is a mention of the item ids[item]: compact, as a long
// document's mentions are many.
type itemSpan struct{ item, start, end int32 }

func mentionIndex[T any](items []T, get func(T) (string, []briefing.Span)) mentions {
	// counted first, so each document's list is made once at its size
	counts := map[string]int{}
	for _, it := range items {
		_, spans := get(it)
		for _, s := range spans {
			counts[s.Doc]++
		}
	}
	m := mentions{ids: make([]string, len(items)), byDoc: make(map[string][]itemSpan, len(counts))}
	for doc, n := range counts {
		m.byDoc[doc] = make([]itemSpan, 0, n)
	}
	for i, it := range items {
		id, spans := get(it)
		m.ids[i] = id
		for _, s := range spans {
			m.byDoc[s.Doc] = append(m.byDoc[s.Doc], itemSpan{int32(i), int32(s.Start), int32(s.End)})
		}
	}
	for _, list := range m.byDoc {
		slices.SortFunc(list, func(a, b itemSpan) int { return cmp.Compare(a.start, b.start) })
	}
	return m
}

// within lists, once each in text order, the ids mentioned inside s.
func (m mentions) within(s briefing.Span) []string {
	list := m.byDoc[s.Doc]
	i, _ := slices.BinarySearchFunc(list, s.Start, func(x itemSpan, start int) int { return cmp.Compare(int(x.start), start) })
	var out []string
	for ; i < len(list) && int(list[i].start) < s.End; i++ {
		if id := m.ids[list[i].item]; int(list[i].end) <= s.End && !slices.Contains(out, id) {
			out = append(out, id)
		}
	}
	return out
}
