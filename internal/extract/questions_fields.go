package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// fieldEnd returns where the field starting at i ends, as strings.Fields
// ends it, and whether it holds a multi-byte rune or "--".
func fieldEnd(raw string, i int) (end int, wide, dashes bool) {
	start := i
	for i < len(raw) {
		switch fieldClass[raw[i]] {
		case 0:
			i++
		case fieldSpace:
			return i, wide, dashes
		case fieldDash:
			if i > start && raw[i-1] == '-' {
				dashes = true
			}
			i++
		default:
			r, size := utf8.DecodeRuneInString(raw[i:])
			if unicode.IsSpace(r) {
				return i, wide, dashes
			}
			wide = true
			i += size
		}
	}
	return i, wide, dashes
}

// cutDash splits a field at a dash between two letters, or takes a
// field that is only a dash.
func cutDash(field string) (part, rest string, dashed bool) {
	// a hyphen standing alone between spaces is a dash too ("Pakistan - a
	// purchase …")
	if field == "-" {
		return "", "", true
	}
	// most fields have no dash at all ("—" and "–" start with 0xE2)
	if strings.IndexByte(field, 0xE2) < 0 && !strings.Contains(field, "--") {
		return field, "", false
	}
	for _, d := range [...]string{"—", "–", "--"} {
		if field == d {
			return "", "", true
		}
		i := strings.Index(field, d)
		if i <= 0 || i+len(d) >= len(field) {
			continue
		}
		before, _ := utf8.DecodeLastRuneInString(field[:i])
		after, _ := utf8.DecodeRuneInString(field[i+len(d):])
		if unicode.IsLetter(before) && unicode.IsLetter(after) || d == "—" {
			return field[:i], field[i+len(d):], true
		}
	}
	return field, "", false
}

// ASCII punctuation around words (see isLeadPunct and isTrailPunct).
var (
	asciiLeadPunct  = [128]bool{'"': true, '\'': true, '(': true, '[': true, '*': true, '-': true}
	asciiTrailPunct = [128]bool{',': true, ';': true, ':': true, '.': true, '!': true, '?': true, ')': true, ']': true, '*': true, '"': true, '\'': true}
)

// appendTok adds the word of one field, noting its punctuation; wide
// says the field may hold multi-byte runes, cursor is the first word of
// the tokenizer's not yet passed.
func (a *questionStage) appendTok(out []tok, field string, at int, inQuote, wide bool, cursor *int) ([]tok, bool) {
	if field == "" {
		return out, inQuote
	}
	lead, trail := 0, len(field)
	opens, closes := false, false
	for lead < trail {
		if c := field[lead]; c < utf8.RuneSelf {
			if !asciiLeadPunct[c] {
				break
			}
			if c == '"' || c == '\'' {
				opens = true
			}
			lead++
			continue
		}
		r, size := utf8.DecodeRuneInString(field[lead:])
		if !isLeadPunct(r) {
			break
		}
		if isQuote(r) {
			opens = true
		}
		lead += size
	}
	brk, stop := false, false
	for trail > lead {
		var r rune
		size := 1
		if c := field[trail-1]; c < utf8.RuneSelf {
			if !asciiTrailPunct[c] {
				break
			}
			r = rune(c)
		} else {
			r, size = utf8.DecodeLastRuneInString(field[:trail])
			if !isTrailPunct(r) {
				break
			}
		}
		// "soldiers'": the apostrophe of a plural possessive stays
		if (r == '\'' || r == '’') && trail-size > lead && (field[trail-size-1] == 's' || field[trail-size-1] == 'S') {
			break
		}
		switch r {
		case ',':
			brk = true
		case ';', ':':
			brk, stop = true, true
		case '"', '”', '“', '’', '‘', '\'', '»':
			closes = true
		}
		trail -= size
	}
	if lead >= trail {
		// a field of punctuation only: a lone comma or quote mark
		if len(out) > 0 && strings.ContainsAny(field, ",;:") {
			out[len(out)-1].brk = true
		}
		if strings.ContainsAny(field, `"“”«»`) {
			inQuote = !inQuote
		}
		return out, inQuote
	}
	low := a.lower[at+lead : at+trail]
	if wide && strings.IndexByte(low, 0xE2) >= 0 && strings.Contains(low, "’") {
		low = strings.ReplaceAll(low, "’", "'")
	}
	word := field[lead:trail]
	// "U.S.": an initialism keeps its last dot when written, though the
	// word is compared without it
	if trail < len(field) && field[trail] == '.' && isInitialism(word) {
		word = field[lead : trail+1]
	}
	out = a.appendWord(out, word, low, at+lead, cursor)
	t := &out[len(out)-1]
	t.brk, t.stop = brk, stop
	if opens {
		inQuote = true
	}
	t.quoted = inQuote
	if closes && !opens {
		inQuote = false
	} else if closes && opens {
		inQuote = false // a quoted word: "destroyed"
	}
	return out, inQuote
}

// appendWord adds the tok of word w, lower-cased low, at byte at; cursor
// is the first word of the tokenizer's not yet passed.
func (a *questionStage) appendWord(out []tok, w, low string, at int, cursor *int) []tok {
	c := *cursor
	for c < len(a.words) && int(a.words[c].start) < at {
		c++
	}
	*cursor = c
	if len(out) == cap(out) {
		out = slices.Grow(out, 16)
	}
	out = out[:len(out)+1]
	t := &out[len(out)-1]
	capital := false
	if b := w[0]; b < utf8.RuneSelf {
		capital = 'A' <= b && b <= 'Z'
	} else {
		first, _ := utf8.DecodeRuneInString(w)
		capital = unicode.IsUpper(first)
	}
	// field by field: the buffer's old toks are overwritten in place
	t.w, t.low, t.at = w, low, at
	t.brk, t.stop, t.cap, t.name, t.quoted = false, false, capital, false, false
	t.wi, t.lex = -1, qword{}
	// "signed in May": the month, not the modal, which a capital inside a
	// sentence never starts
	if capital && len(out) > 1 && low == "may" {
		t.low = w
	}
	if c < len(a.words) && int(a.words[c].start) == at {
		t.wi = int32(c)
		t.name = a.taken[c]
		// a tok that is the word (most are, past their punctuation): what
		// the question lexicon knows of it is in the slot the tokenizer
		// found, marked looked up (see wordTable.of)
		if wd := &a.words[c]; t.low == a.lower[wd.start:wd.end] {
			t.lex = a.g.questions.words.ofSlot(wd.qslot)
			t.lex.sets |= lookedUp
		}
	}
	return out
}

// dropHeadingLine drops a heading the sentence splitter glued to the
// sentence after it ("7. ASSESSMENT\nRenewed clashes are probable …"):
// up to five capitalised words on a line of their own, with no stop.
func (a *questionStage) dropHeadingLine(ts []tok) []tok {
	for k := 0; k+1 < len(ts) && k < 5; k++ {
		numbered := k == 0 && ts[k].low != "" && ts[k].low[0] >= '0' && ts[k].low[0] <= '9' // "7."
		if !numbered && (!ts[k].cap || ts[k].brk) {
			return ts
		}
		gap := a.text[ts[k].at+len(ts[k].w) : ts[k+1].at]
		if strings.IndexByte(gap, '\n') >= 0 {
			if !ts[k+1].cap {
				return ts
			}
			return ts[k+1:]
		}
	}
	return ts
}

func isQuote(r rune) bool {
	switch r {
	case '"', '“', '”', '‘', '’', '\'', '«', '»':
		return true
	}
	return false
}

func isLeadPunct(r rune) bool {
	return isQuote(r) || r == '(' || r == '[' || r == '*' || r == '•' || r == '-'
}

func isTrailPunct(r rune) bool {
	switch r {
	case ',', ';', ':', '.', '!', '?', ')', ']', '*':
		return true
	}
	return isQuote(r)
}

// render writes words back as text: single spaces, the commas inside
// kept, the last one's dropped.
func render(ts []tok) string {
	if len(ts) == 1 {
		return ts[0].w
	}
	n := 0
	for i := range ts {
		n += len(ts[i].w) + 2
	}
	var b strings.Builder
	b.Grow(n)
	for i, t := range ts {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(t.w)
		if t.brk && i < len(ts)-1 {
			b.WriteByte(',')
		}
	}
	return b.String()
}

// lows returns the lower-case words, for comparisons in tests and rules.
func lows(ts []tok) []string {
	out := make([]string, len(ts))
	for i, t := range ts {
		out[i] = t.low
	}
	return out
}

// cueNumber returns the number of t's word among the cues' words.
func (a *questionStage) cueNumber(t *tok) int32 {
	if t.lex.sets == 0 {
		lookUpTok(&a.g.questions.words, t)
	}
	return t.lex.cue
}

// synth makes a tok of a word the question adds ("did", "will").
func synth(w string) tok { return tok{w: w, low: w, at: -1, wi: -1} }

// isInitialism reports letters joined by dots, one or two at a time:
// "U.S", "U.N", "a.m".
func isInitialism(w string) bool {
	if !strings.Contains(w, ".") {
		return false
	}
	for _, part := range strings.Split(w, ".") {
		if len(part) == 0 || len(part) > 2 {
			return false
		}
		for i := 0; i < len(part); i++ {
			if c := part[i]; !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
				return false
			}
		}
	}
	return true
}
