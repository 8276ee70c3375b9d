package timeline

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/briefing-tools/briefing/internal/briefing"
	"github.com/briefing-tools/briefing/internal/fold"
)

// value is a resolved date: the days from first to last, and how
// finely they are known.
type value struct {
	first, last time.Time
	precision   briefing.Precision
	basis       briefing.DateBasis
	// partial is the ISO form of a date whose year is unknown ("--01-07")
	partial string
}

// iso formats the value as ISO 8601.
func (v value) iso() string {
	if v.basis == briefing.Unresolved {
		return v.partial
	}
	switch v.precision {
	case briefing.Day:
		return v.first.Format(time.DateOnly)
	case briefing.Week:
		y, w := v.first.ISOWeek()
		return fmt.Sprintf("%04d-W%02d", y, w)
	case briefing.Month:
		return v.first.Format("2006-01")
	case briefing.Year:
		return v.first.Format("2006")
	}
	return v.first.Format(time.DateOnly) + "/" + v.last.Format(time.DateOnly)
}

func day(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

// lastDay is the last day of month m of year y.
func lastDay(y, m int) int { return day(y, m+1, 0).Day() }

// context is what a document gives to resolve its dates against.
type context struct {
	docDate    time.Time
	hasDocDate bool
	// previous is the last day-precise date the text gave, for "two days
	// earlier"
	previous    time.Time
	hasPrevious bool
	// years are the expressions that write a year, for a day or month
	// written without one
	years []expr
}

// near is how far before a date (in bytes) a written year still sets
// its year over the document's date: the same or the previous sentence.
const near = 240

// yearFor is the year for a day or month written without one: the year
// of a full date (day, month, year) written just before it ("In June 2024 … on 7 July"), else
// the document's date's — chosen so that the date is not far past the
// document's (a report of 5 January on "28 December" means the December
// before) — else the year of the nearest date written before it, else
// after it. ok is false when nothing gives a year.
func (c *context) yearFor(offset, m, d int, future bool) (int, bool) {
	// years are in text order: the first at or after offset, by halves
	after, _ := slices.BinarySearchFunc(c.years, offset, func(e expr, off int) int { return cmp.Compare(e.start, off) })
	before := after - 1
	if after == len(c.years) {
		after = -1
	}
	if before >= 0 && offset-c.years[before].end <= near {
		return c.years[before].y, true
	}
	if c.hasDocDate {
		return yearAround(c.docDate, m, d, future), true
	}
	// else a full date written before it, far enough to be the story's
	// own date (a dateline), read the same way; else one written after
	switch {
	case before >= 0:
		e := c.years[before]
		return yearAround(day(e.y, e.m, min(e.d, lastDay(e.y, e.m))), m, d, future), true
	case after >= 0:
		return c.years[after].y, true
	}
	return 0, false
}

// yearAround is the year that puts month m, day d closest before the
// anchor (a report of 5 January on "28 December" means the December
// before; "since October 7" in June means the October before), or after
// it when the sentence speaks of what is to come.
func yearAround(anchor time.Time, m, d int, future bool) int {
	y := anchor.Year()
	if d == 0 {
		d = 1
	}
	at := day(y, m, min(d, lastDay(y, m)))
	switch {
	case !future && at.After(anchor.AddDate(0, 1, 0)):
		y--
	case future && at.Before(anchor.AddDate(0, -2, 0)):
		y++
	}
	return y
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// resolve turns an expression into a value; future says the sentence
// speaks of what is to come.
func (c *context) resolve(e expr, future bool) value {
	dayOf := func(y, m, d int) time.Time { return day(y, m, min(d, lastDay(y, m))) }
	stated := briefing.Stated
	y, y2 := e.y, e.y2
	if !e.hasYear() && (e.kind == eDay || e.kind == eDayRange || e.kind == ePartMonth || e.kind == eMonth && e.dir == 0) {
		var ok bool
		if y, ok = c.yearFor(e.start, e.m, e.d, future); !ok {
			return value{basis: briefing.Unresolved, precision: precisionOf(e), partial: partialISO(e)}
		}
		stated = briefing.Resolved
		y2 = y
		if e.m2 < e.m {
			y2 = y + 1
		}
	}
	switch e.kind {
	case eDay:
		t := dayOf(y, e.m, e.d)
		return value{first: t, last: t, precision: briefing.Day, basis: stated}
	case eDayRange:
		return value{first: dayOf(y, e.m, e.d), last: dayOf(y2, e.m2, e.d2), precision: briefing.Range, basis: stated}
	case ePartMonth:
		return value{first: dayOf(y, e.m, e.first), last: dayOf(y, e.m, e.last), precision: briefing.Range, basis: stated}
	case eYear:
		return value{first: day(e.y, 1, 1), last: day(e.y, 12, 31), precision: briefing.Year, basis: briefing.Stated}
	case eMonth:
		if !e.hasYear() && e.dir != 0 {
			// "last June", "next June": the one before or after the document's month
			if !c.hasDocDate {
				return value{basis: briefing.Unresolved, precision: briefing.Month, partial: partialISO(e)}
			}
			y = c.docDate.Year()
			if e.dir < 0 && e.m >= int(c.docDate.Month()) {
				y--
			}
			if e.dir > 0 && e.m <= int(c.docDate.Month()) {
				y++
			}
			stated = briefing.Resolved
		}
		return value{first: day(y, e.m, 1), last: day(y, e.m, lastDay(y, e.m)), precision: briefing.Month, basis: stated}
	case eWeekday:
		if !c.hasDocDate {
			return value{basis: briefing.Unresolved, precision: briefing.Day}
		}
		dir := e.dir
		if dir == 0 && future {
			dir = 1
		}
		t := c.docDate
		diff := int(t.Weekday()) - e.weekday
		switch {
		case dir > 0:
			// the next such day, or today
			t = t.AddDate(0, 0, (e.weekday-int(t.Weekday())+7)%7)
		case dir < 0 && diff == 0:
			t = t.AddDate(0, 0, -7)
		default:
			t = t.AddDate(0, 0, -((diff + 7) % 7))
		}
		return value{first: t, last: t, precision: briefing.Day, basis: briefing.Resolved}
	case eCounted:
		base, ok := c.anchor(e.dirRule.anchor)
		if !ok {
			return value{basis: briefing.Unresolved, precision: e.unit.precision}
		}
		n := e.n * e.dirRule.sign
		var t time.Time
		switch e.unit.unit {
		case "day":
			t = base.AddDate(0, 0, n)
		case "week":
			t = base.AddDate(0, 0, 7*n)
		case "month":
			t = base.AddDate(0, n, 0)
		default:
			t = base.AddDate(n, 0, 0)
		}
		return c.shaped(t, e.unit.precision, 0)
	case eFixed:
		base, ok := c.anchor(e.rel.Anchor)
		if !ok {
			return value{basis: briefing.Unresolved, precision: e.rel.Precision}
		}
		return c.shaped(base.AddDate(e.rel.Years, e.rel.Months, e.rel.Days), e.rel.Precision, e.rel.SpanDays)
	}
	return value{basis: briefing.Unresolved}
}

// shaped widens a computed day to its precision: its week, month or
// year, or spanDays days from it.
func (c *context) shaped(t time.Time, p briefing.Precision, spanDays int) value {
	v := value{first: t, last: t, precision: p, basis: briefing.Resolved}
	switch p {
	case briefing.Week:
		v.first = t.AddDate(0, 0, -((int(t.Weekday()) + 6) % 7)) // Monday
		v.last = v.first.AddDate(0, 0, 6)
	case briefing.Month:
		v.first, v.last = day(t.Year(), int(t.Month()), 1), day(t.Year(), int(t.Month()), lastDay(t.Year(), int(t.Month())))
	case briefing.Year:
		v.first, v.last = day(t.Year(), 1, 1), day(t.Year(), 12, 31)
	case briefing.Range:
		v.last = t.AddDate(0, 0, max(spanDays-1, 0))
	}
	return v
}

func (c *context) anchor(a anchor) (time.Time, bool) {
	if a == fromPrevious {
		return c.previous, c.hasPrevious
	}
	return c.docDate, c.hasDocDate
}

// precisionOf is the precision an absolute expression has.
func precisionOf(e expr) briefing.Precision {
	switch e.kind {
	case eDay:
		return briefing.Day
	case eDayRange, ePartMonth:
		return briefing.Range
	case eMonth:
		return briefing.Month
	}
	return briefing.Year
}

// partialISO writes a date without its year the ISO 8601 way ("--01-07",
// "--01-08/--01-09", "--06").
func partialISO(e expr) string {
	switch e.kind {
	case eDay:
		return fmt.Sprintf("--%02d-%02d", e.m, e.d)
	case eDayRange:
		return fmt.Sprintf("--%02d-%02d/--%02d-%02d", e.m, e.d, e.m2, e.d2)
	case ePartMonth:
		return fmt.Sprintf("--%02d-%02d/--%02d-%02d", e.m, e.first, e.m, min(e.last, 31))
	case eMonth:
		return fmt.Sprintf("--%02d", e.m)
	}
	return ""
}

// ParseDocDate reads a document's date from its metadata: ISO 8601
// (with or without a time) or a date written out ("7 January 2026").
func ParseDocDate(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, false
	}
	for _, layout := range []string{time.DateOnly, time.RFC3339, "2006-01-02T15:04", "2006-01-02 15:04", "2006-01-02 15:04:05", time.RFC1123, time.RFC1123Z} {
		if t, err := time.Parse(layout, s); err == nil {
			return day(t.Year(), int(t.Month()), t.Day()), true
		}
	}
	if len(s) >= 10 {
		if t, err := time.Parse(time.DateOnly, s[:10]); err == nil {
			return day(t.Year(), int(t.Month()), t.Day()), true
		}
	}
	v, err := loadVocab()
	if err != nil {
		return time.Time{}, false
	}
	sc := scanner{v: v, toks: tokenize(s, fold.Lower(s), 0, len(s), nil)}
	for _, e := range sc.scan(nil) {
		if e.kind == eDay && e.hasYear() {
			return day(e.y, e.m, min(e.d, lastDay(e.y, e.m))), true
		}
	}
	return time.Time{}, false
}
