package timeline

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// tokKind tells words from numbers and punctuation.
type tokKind uint8

const (
	tWord tokKind = iota
	tNum
	tDash
	tComma
	tDot
	tOther
)

// token is one word, number or mark of a sentence, with byte offsets
// into the document's text.
type token struct {
	kind       tokKind
	start, end int
	lower      string // words: lower-cased; numbers: the digits
	upper      bool   // a word written with a capital
	num        int    // numbers: the value ("7th" is 7)
	digits     int    // numbers: how many digits
}

// tokenize splits text[start:end] into tokens; lower is that piece of
// text folded to lower case with its offsets kept (package fold, so
// lower[0] is text[start]), and a word's lower case is a piece of it,
// not a copy.
func tokenize(text, lower string, start, end int, out []token) []token {
	out = out[:0]
	i := start
	for i < end {
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:end])
		}
		switch {
		case isASCIILetter(r) || r >= utf8.RuneSelf && unicode.IsLetter(r):
			j := i
			for j < end {
				if c := text[j]; c < utf8.RuneSelf {
					// the common case, a byte at a time
					if !isASCIILetter(rune(c)) && c != '\'' {
						break
					}
					j++
					continue
				}
				r2, s2 := utf8.DecodeRuneInString(text[j:end])
				if !unicode.IsLetter(r2) && r2 != '’' {
					break
				}
				j += s2
			}
			out = append(out, token{kind: tWord, start: i, end: j, lower: lower[i-start : j-start], upper: unicode.IsUpper(r)})
			i = j
		case r >= '0' && r <= '9':
			j := i
			for j < end && text[j] >= '0' && text[j] <= '9' {
				j++
			}
			digits := j - i
			n, _ := strconv.Atoi(text[i:j])
			// an ordinal suffix belongs to the number ("7th")
			for _, suf := range []string{"st", "nd", "rd", "th"} {
				if strings.HasPrefix(lower[j-start:end-start], suf) && (j+2 == end || !isLetterAt(text, j+2)) {
					j += 2
					break
				}
			}
			// a number glued to letters ("F-35C", "6th-century") is no day
			if j < end && isLetterAt(text, j) {
				for j < end && (isLetterAt(text, j) || text[j] >= '0' && text[j] <= '9') {
					_, s := utf8.DecodeRuneInString(text[j:end])
					j += s
				}
				out = append(out, token{kind: tOther, start: i, end: j})
				i = j
				continue
			}
			out = append(out, token{kind: tNum, start: i, end: j, lower: text[i : i+digits], num: n, digits: digits})
			i = j
		case r == '-' || r == '–' || r == '—' || r == '‒':
			out = append(out, token{kind: tDash, start: i, end: i + size})
			i += size
		case r == ',':
			out = append(out, token{kind: tComma, start: i, end: i + size})
			i += size
		case r == '.':
			out = append(out, token{kind: tDot, start: i, end: i + size})
			i += size
		case unicode.IsSpace(r):
			i += size
		default:
			out = append(out, token{kind: tOther, start: i, end: i + size})
			i += size
		}
	}
	return out
}

func isASCIILetter(r rune) bool { return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' }

func isLetterAt(text string, i int) bool {
	r, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.IsLetter(r)
}

// exprKind is the shape of a date expression.
type exprKind uint8

const (
	eDay       exprKind = iota // 7 January [2026], January 7[, 2026], 2026-01-07
	eDayRange                  // 8–9 January [2026], January 8-9, 30 January–2 February
	eMonth                     // June 2025, in June, last June
	ePartMonth                 // mid-March, early January [2026]
	eYear                      // in 2024, early 2025
	eWeekday                   // on Saturday, last Saturday
	eCounted                   // two days earlier, a week ago
	eFixed                     // yesterday, last week, earlier this month
)

// expr is one date expression as found, before resolution.
type expr struct {
	kind exprKind
	// start, end: the date words; cut: where the words to drop from the
	// event's phrase start (a leading "on" or "in" included)
	start, end, cut int
	y, m, d         int // y 0: no year written
	y2, m2, d2      int // the end of a range
	first, last     int // days of a part of a month
	weekday         int
	dir             int // -1 past, +1 future, 0 from the tense
	n               int // counted: how many units
	unit            unitRule
	dirRule         dirRule
	rel             *relRule
}

// hasYear reports an expression that writes its year.
func (e expr) hasYear() bool { return e.y != 0 }

// scanner finds date expressions in one sentence's tokens.
type scanner struct {
	v    *vocab
	toks []token
}

// scan returns the date expressions of the tokens, left to right, none
// overlapping.
func (s *scanner) scan(out []expr) []expr {
	for i := 0; i < len(s.toks); {
		if !s.mayStart(i) {
			i++
			continue
		}
		if e, next, ok := s.at(i); ok {
			out = append(out, e)
			i = next
			continue
		}
		i++
	}
	return out
}

// mayStart reports a token a date expression can begin with: most words
// start none, and one look-up sends them away before at builds anything.
func (s *scanner) mayStart(i int) bool {
	switch t := &s.toks[i]; t.kind {
	case tNum:
		return true
	case tWord:
		if !s.v.starts[t.lower] {
			return false
		}
		next := i + 1
		if s.v.leadOnly[t.lower] {
			// "in the", "on Monday": only what follows can be a date
			return next < len(s.toks) && (s.toks[next].kind == tNum || s.toks[next].kind == tWord && s.v.afterLead[s.toks[next].lower])
		}
		if second, ok := s.v.phraseOnly[t.lower]; ok {
			// "the day before", not "the army"
			return next < len(s.toks) && s.toks[next].kind == tWord && second[s.toks[next].lower]
		}
		return true
	}
	return false
}

// at tries every shape at token i, the longest-reaching first; the
// token is one mayStart passes.
func (s *scanner) at(i int) (expr, int, bool) {
	t := s.toks
	// a lead word ("on", "last", "next") before a month or weekday
	lead, leadDir, hasLead := "", 0, false
	j := i
	if t[i].kind == tWord {
		if d, ok := s.v.lead[t[i].lower]; ok && i+1 < len(t) {
			lead, leadDir, hasLead = t[i].lower, d, true
			j = i + 1
		}
	}
	cut := t[i].start
	// "on", "in", "during", "of" only place the date; "since", "last" and
	// the like change what it means, so they are kept with it
	keepLead := hasLead && lead != "on" && lead != "in" && lead != "during" && lead != "of"
	start := func(k int) int {
		if keepLead {
			return t[i].start
		}
		return t[k].start
	}
	if !keepLead && hasLead {
		cut = t[i].start
	}
	for n := range 7 {
		var e expr
		var next int
		var ok bool
		switch n {
		case 0:
			e, next, ok = s.iso(j)
		case 1:
			e, next, ok = s.dayMonth(j)
		case 2:
			e, next, ok = s.monthDay(j)
		case 3:
			e, next, ok = s.partMonth(j)
		case 4:
			e, next, ok = s.monthAlone(j, hasLead)
		case 5:
			e, next, ok = s.year(j, hasLead)
		case 6:
			e, next, ok = s.weekday(j)
		}
		if ok {
			if !hasLead {
				cut = e.start
			}
			e.cut, e.start = cut, min(e.start, start(j))
			if e.kind == eWeekday || e.kind == eMonth && !e.hasYear() {
				e.dir = leadDir
			}
			return e, next, true
		}
	}
	if e, next, ok := s.fixed(i); ok {
		return e, next, true
	}
	if e, next, ok := s.counted(i); ok {
		return e, next, true
	}
	return expr{}, 0, false
}

// month reads a month name at k (capitalised, as a date is written), an
// abbreviation's dot included.
func (s *scanner) month(k int) (int, int, bool) {
	t := s.toks
	if k >= len(t) || t[k].kind != tWord || !t[k].upper {
		return 0, 0, false
	}
	m, ok := s.v.month[t[k].lower]
	if !ok {
		return 0, 0, false
	}
	next := k + 1
	if next < len(t) && t[next].kind == tDot && t[next].start == t[k].end && !s.v.fullMonth[t[k].lower] {
		next++
	}
	return m, next, true
}

// day reads a day of the month at k.
func (s *scanner) day(k int) (int, bool) {
	t := s.toks
	if k < len(t) && t[k].kind == tNum && t[k].digits <= 2 && t[k].num >= 1 && t[k].num <= 31 {
		return t[k].num, true
	}
	return 0, false
}

// IsYear: four digits that may be a year of the news, 1900–2199 (the
// caller checks they are digits).
func IsYear(digits string) bool {
	return len(digits) == 4 && (digits[:2] == "19" || digits[:2] == "20" || digits[:2] == "21")
}

// yearAt reads a four-digit year at k.
func (s *scanner) yearAt(k int) (int, bool) {
	t := s.toks
	if k < len(t) && t[k].kind == tNum && t[k].digits == 4 && IsYear(t[k].lower) {
		return t[k].num, true
	}
	return 0, false
}

// optYear reads ", 2026" or " 2026" after a day or month, if there.
func (s *scanner) optYear(k int) (int, int) {
	if y, ok := s.yearAt(k); ok {
		return y, k + 1
	}
	if k < len(s.toks) && s.toks[k].kind == tComma {
		if y, ok := s.yearAt(k + 1); ok {
			return y, k + 2
		}
	}
	return 0, k
}

func (s *scanner) dash(k int) bool { return k < len(s.toks) && s.toks[k].kind == tDash }

// iso reads 2026-01-07.
func (s *scanner) iso(k int) (expr, int, bool) {
	y, ok := s.yearAt(k)
	if !ok || !s.dash(k+1) || !s.dash(k+3) || k+4 >= len(s.toks) {
		return expr{}, 0, false
	}
	m, d := s.toks[k+2], s.toks[k+4]
	if m.kind != tNum || d.kind != tNum || m.digits != 2 || d.digits != 2 || m.num < 1 || m.num > 12 || d.num < 1 || d.num > 31 {
		return expr{}, 0, false
	}
	return expr{kind: eDay, start: s.toks[k].start, end: d.end, y: y, m: m.num, d: d.num}, k + 5, true
}

// dayMonth reads "7 January [2026]", "8–9 January", "30 January–2 February".
func (s *scanner) dayMonth(k int) (expr, int, bool) {
	d, ok := s.day(k)
	if !ok {
		return expr{}, 0, false
	}
	e := expr{kind: eDay, start: s.toks[k].start, d: d}
	next := k + 1
	if s.dash(next) {
		d2, ok := s.day(next + 1)
		if !ok {
			return expr{}, 0, false
		}
		e.kind, e.d2 = eDayRange, d2
		next += 2
	}
	m, next, ok := s.month(next)
	if !ok {
		return expr{}, 0, false
	}
	e.m, e.m2 = m, m
	if e.kind == eDay && s.dash(next) {
		// 30 January–2 February
		if d2, ok := s.day(next + 1); ok {
			if m2, after, ok := s.month(next + 2); ok {
				e.kind, e.d2, e.m2, next = eDayRange, d2, m2, after
			}
		}
	}
	e.y, next = s.optYear(next)
	e.y2 = e.y
	if e.y2 != 0 && e.m2 < e.m {
		e.y2 = e.y + 1
	}
	e.end = s.toks[next-1].end
	if e.kind == eDay {
		e.d2 = 0
	}
	return e, next, true
}

// monthDay reads "January 7[, 2026]", "January 8-9", "Jan. 7".
func (s *scanner) monthDay(k int) (expr, int, bool) {
	m, next, ok := s.month(k)
	if !ok {
		return expr{}, 0, false
	}
	d, ok := s.day(next)
	if !ok {
		return expr{}, 0, false
	}
	e := expr{kind: eDay, start: s.toks[k].start, m: m, m2: m, d: d}
	next++
	if s.dash(next) {
		if d2, ok := s.day(next + 1); ok && d2 > d {
			e.kind, e.d2 = eDayRange, d2
			next += 2
		}
	}
	e.y, next = s.optYear(next)
	e.y2 = e.y
	e.end = s.toks[next-1].end
	return e, next, true
}

// partMonth reads "mid-March", "early January 2026", "late 2025".
func (s *scanner) partMonth(k int) (expr, int, bool) {
	if k >= len(s.toks) || s.toks[k].kind != tWord {
		return expr{}, 0, false
	}
	for _, pi := range s.v.partByFirst[s.toks[k].lower] {
		next, ok := s.words(k, s.v.partWords[pi])
		if !ok {
			continue
		}
		if s.dash(next) {
			next++
		}
		p := s.v.Parts[s.v.partByIndex[pi]]
		if m, after, ok := s.month(next); ok {
			e := expr{kind: ePartMonth, start: s.toks[k].start, m: m, first: p.First, last: p.Last}
			e.y, after = s.optYear(after)
			e.end = s.toks[after-1].end
			return e, after, true
		}
		if y, ok := s.yearAt(next); ok {
			return expr{kind: eYear, start: s.toks[k].start, end: s.toks[next].end, y: y}, next + 1, true
		}
	}
	return expr{}, 0, false
}

// monthAlone reads "June 2025", or "June" after a lead word ("in June").
func (s *scanner) monthAlone(k int, hasLead bool) (expr, int, bool) {
	{
		m, next, ok := s.month(k)
		if !ok {
			return expr{}, 0, false
		}
		e := expr{kind: eMonth, start: s.toks[k].start, m: m}
		e.y, next = s.optYear(next)
		if e.y == 0 && !hasLead {
			return expr{}, 0, false
		}
		e.end = s.toks[next-1].end
		return e, next, true
	}
}

// year reads a year after a lead word ("in 2024", "since 2022").
func (s *scanner) year(k int, hasLead bool) (expr, int, bool) {
	{
		y, ok := s.yearAt(k)
		if !ok || !hasLead {
			return expr{}, 0, false
		}
		// "in 2024" but not "in 2024 tonnes": a year stands alone
		if k+1 < len(s.toks) && s.toks[k+1].kind == tWord && !s.toks[k+1].upper {
			if _, isUnit := s.v.unit[s.toks[k+1].lower]; !isUnit && s.toks[k+1].lower != "and" && s.toks[k+1].lower != "to" {
				return expr{}, 0, false
			}
		}
		return expr{kind: eYear, start: s.toks[k].start, end: s.toks[k].end, y: y}, k + 1, true
	}
}

// weekday reads "Saturday", "Saturday night", "on Saturday".
func (s *scanner) weekday(k int) (expr, int, bool) {
	{
		t := s.toks
		if k >= len(t) || t[k].kind != tWord || !t[k].upper {
			return expr{}, 0, false
		}
		wd, ok := s.v.weekday[t[k].lower]
		if !ok {
			return expr{}, 0, false
		}
		e := expr{kind: eWeekday, start: t[k].start, end: t[k].end, weekday: wd}
		next := k + 1
		if next < len(t) && t[next].kind == tWord && s.v.daypart[t[next].lower] {
			e.end = t[next].end
			next++
		}
		return e, next, true
	}
}

// words matches a phrase's words at k, case-insensitively.
func (s *scanner) words(k int, words []string) (int, bool) {
	for n, w := range words {
		if k+n >= len(s.toks) || s.toks[k+n].kind != tWord || s.toks[k+n].lower != w {
			return 0, false
		}
	}
	return k + len(words), true
}

// fixed reads a relative phrase of the vocabulary ("last week").
func (s *scanner) fixed(k int) (expr, int, bool) {
	for _, ri := range s.v.relByFirst[s.toks[k].lower] {
		if next, ok := s.words(k, s.v.relWords[ri]); ok {
			r := &s.v.Relative[s.v.relByIndex[ri]]
			return expr{kind: eFixed, start: s.toks[k].start, cut: s.toks[k].start, end: s.toks[next-1].end, rel: r}, next, true
		}
	}
	return expr{}, 0, false
}

// counted reads "two days earlier", "a week ago", "3 months later".
func (s *scanner) counted(k int) (expr, int, bool) {
	t := s.toks
	if k+2 >= len(t) {
		return expr{}, 0, false
	}
	n := 0
	switch t[k].kind {
	case tWord:
		n = s.v.Numbers[t[k].lower]
	case tNum:
		if t[k].digits <= 3 {
			n = t[k].num
		}
	}
	if n == 0 || t[k+1].kind != tWord || t[k+2].kind != tWord {
		return expr{}, 0, false
	}
	u, ok := s.v.unit[t[k+1].lower]
	if !ok {
		return expr{}, 0, false
	}
	d, ok := s.v.direction[t[k+2].lower]
	if !ok {
		return expr{}, 0, false
	}
	// "two days after the strike" counts from the strike, not a date
	if (t[k+2].lower == "after" || t[k+2].lower == "before") && k+3 < len(t) && t[k+3].kind == tWord {
		return expr{}, 0, false
	}
	return expr{kind: eCounted, start: t[k].start, cut: t[k].start, end: t[k+2].end, n: n, unit: u, dirRule: d}, k + 3, true
}
