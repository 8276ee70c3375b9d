package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// tok is a word of a sentence as the wording rules read it: a
// whitespace-separated field, the punctuation around it noted and
// stripped, so that a question can be written back from the words.
type tok struct {
	w   string // the word without the punctuation around it
	low string // w in lower case, "’" read as "'"
	at  int    // byte offset of w in the document
	brk bool   // a clause break follows: , ; : or a dash
	// stop: the break is a strong one (; : or a dash), which ends what a
	// source is credited with
	stop bool
	cap  bool // w starts with a capital letter
	// name: the word belongs to a mention of an actor, an asset or a
	// place, so its capital is not the sentence's
	name bool
	// quoted: the word stands inside quotation marks
	quoted bool
	// wi is the index of the word (of the tokenizer's) w starts with, or
	// -1 for a word the question adds
	wi int32
}

// sentenceToks splits sentence s into toks, leaving out bracketed asides
// ("(ATACMS)", "(AP)"), into a's buffer: the slice is valid until the
// next call. Rules that read other sentences use toksOf.
func (a *analysis) sentenceToks(s int) []tok {
	a.qtoks = a.toksOf(s, a.qtoks[:0])
	return a.qtoks
}

// toksOf appends the toks of sentence s to out.
func (a *analysis) toksOf(s int, out []tok) []tok {
	sen := a.sentences[s]
	raw := a.text[sen.Start:sen.End]
	// the tokenizer's words, walked beside the fields: a cursor, not a
	// search per field
	a.tokCursor, _ = a.wordsOfSentence(s)
	depth := 0
	inQuote := false
	for field := range strings.FieldsSeq(raw) {
		at := sen.Start + offsetIn(raw, field)
		// a bracketed aside is dropped whole, with what it holds
		if strings.HasPrefix(field, "(") || strings.HasPrefix(field, "[") {
			depth++
		}
		if depth > 0 {
			if strings.ContainsAny(field, ")]") {
				depth--
				if depth == 0 && len(out) > 0 && strings.ContainsAny(field[strings.LastIndexAny(field, ")]"):], ",;:") {
					out[len(out)-1].brk = true
				}
			}
			continue
		}
		// "Azov—to": a dash between words breaks the clause
		for len(field) > 0 {
			part, rest, dashed := cutDash(field)
			out, inQuote = a.appendTok(out, part, at, inQuote)
			if dashed && len(out) > 0 {
				out[len(out)-1].brk = true
				out[len(out)-1].stop = true
			}
			at += len(field) - len(rest)
			field = rest
		}
	}
	return out
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

// appendTok adds the word of one field, noting its punctuation.
func (a *analysis) appendTok(out []tok, field string, at int, inQuote bool) ([]tok, bool) {
	if field == "" {
		return out, inQuote
	}
	lead, trail := 0, len(field)
	opens, closes := false, false
	for lead < trail {
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
		r, size := utf8.DecodeLastRuneInString(field[:trail])
		if !isTrailPunct(r) {
			break
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
		case '"', '”', '“', '’', '‘', '\'':
			closes = true
		}
		trail -= size
	}
	if lead >= trail {
		// a field of punctuation only: a lone comma or quote mark
		if len(out) > 0 && strings.ContainsAny(field, ",;:") {
			out[len(out)-1].brk = true
		}
		if strings.ContainsAny(field, `"“”`) {
			inQuote = !inQuote
		}
		return out, inQuote
	}
	w := field[lead:trail]
	low := a.lower[at+lead : at+trail]
	if strings.IndexByte(low, 0xE2) >= 0 && strings.Contains(low, "’") {
		low = strings.ReplaceAll(low, "’", "'")
	}
	first, _ := utf8.DecodeRuneInString(w)
	t := tok{w: w, low: low, at: at + lead, brk: brk, stop: stop, cap: unicode.IsUpper(first)}
	// "signed in May": the month, not the modal, which a capital
	// inside a sentence never starts
	if t.cap && low == "may" && len(out) > 0 {
		t.low = w
	}
	if opens {
		inQuote = true
	}
	t.quoted = inQuote
	if closes && !opens {
		inQuote = false
	} else if closes && opens {
		inQuote = false // a quoted word: "destroyed"
	}
	t.wi = -1
	for a.tokCursor < len(a.words) && int(a.words[a.tokCursor].start) < t.at {
		a.tokCursor++
	}
	if c := a.tokCursor; c < len(a.words) && int(a.words[c].start) == t.at {
		t.wi = int32(c)
		t.name = a.taken[c]
	}
	return append(out, t), inQuote
}

func isQuote(r rune) bool {
	switch r {
	case '"', '“', '”', '‘', '’', '\'':
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
	var b strings.Builder
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

// synth makes a tok of a word the question adds ("did", "will").
func synth(w string) tok { return tok{w: w, low: w, at: -1, wi: -1} }
