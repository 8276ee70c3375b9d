package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// tok is a word of a sentence as the wording rules read it: a
// whitespace-separated field, the punctuation around it noted and
// stripped, so that a question can be written back from the words.
// plainWords and appendWord set every field, in place.
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
	// lex is what the question lexicon knows of low, once looked up
	// (see wordTable.of)
	lex qword
}

// sentenceToks splits sentence s into toks, leaving out bracketed asides
// ("(ATACMS)", "(AP)"). A sentence is split once per document: the
// slice is shared and must not be changed.
func (a *questionStage) sentenceToks(s int) []tok {
	qs := &a.qscratch
	if from := qs.toksAt[s]; from >= 0 {
		end := qs.toksEnd[s]
		return qs.toks[from:end:end]
	}
	from := len(qs.toks)
	qs.toks = a.toksOf(s, qs.toks)
	qs.toksAt[s], qs.toksEnd[s] = int32(from), int32(len(qs.toks))
	return qs.toks[from:len(qs.toks):len(qs.toks)]
}

// resetToks forgets the toks of the document before.
func (qs *qscratch) resetToks(sentences int) {
	qs.toks = qs.toks[:0]
	qs.toksAt = slices.Grow(qs.toksAt[:0], sentences)[:sentences]
	qs.toksEnd = slices.Grow(qs.toksEnd[:0], sentences)[:sentences]
	for i := range qs.toksAt {
		qs.toksAt[i] = -1
	}
}

// Fields are split where strings.Fields splits them.
var asciiSpace = [256]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// toksOf appends the toks of sentence s to out.
func (a *questionStage) toksOf(s int, out []tok) []tok {
	first := len(out) // out holds earlier sentences' toks before
	sen := a.sentences[s]
	raw := a.text[sen.Start:sen.End]
	// the tokenizer's words, walked beside the fields: a cursor, not a
	// search per field
	cursor, _ := a.wordsOfSentence(s)
	depth := 0
	inQuote := false
	for i := 0; i < len(raw); {
		// the next field, as strings.Fields finds it, noting whether it
		// holds a multi-byte rune or "--", which only then are looked for
		if c := raw[i]; c < utf8.RuneSelf {
			if asciiSpace[c] {
				i++
				continue
			}
		} else if r, size := utf8.DecodeRuneInString(raw[i:]); unicode.IsSpace(r) {
			i += size
			continue
		}
		// most fields are one of the tokenizer's words between spaces
		for cursor < len(a.words) && int(a.words[cursor].start) < sen.Start+i {
			cursor++
		}
		if depth == 0 {
			n := len(out)
			if out, i, cursor = a.plainWords(out, raw, sen.Start, i, cursor, inQuote); len(out) > n {
				continue
			}
		}
		start := i
		var wide, dashes bool
		i, wide, dashes = fieldEnd(raw, i)
		field := raw[start:i]
		at := sen.Start + start
		// a bracketed aside is dropped whole, with what it holds
		if field[0] == '(' || field[0] == '[' {
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
		if !wide && !dashes {
			// a hyphen standing alone between spaces is a dash ("Pakistan - a
			// purchase …")
			if field == "-" {
				if len(out) > 0 {
					out[len(out)-1].brk, out[len(out)-1].stop = true, true
				}
				continue
			}
			if !asciiLeadPunct[field[0]] && !asciiTrailPunct[field[len(field)-1]] {
				// a word alone, the most common field
				out = a.appendWord(out, field, a.lower[at:at+len(field)], at, &cursor)
				out[len(out)-1].quoted = inQuote
				continue
			}
			out, inQuote = a.appendTok(out, field, at, inQuote, false, &cursor)
			continue
		}
		// "Azov—to": a dash between words breaks the clause
		for len(field) > 0 {
			part, rest, dashed := cutDash(field)
			out, inQuote = a.appendTok(out, part, at, inQuote, wide, &cursor)
			if dashed && len(out) > 0 {
				out[len(out)-1].brk = true
				out[len(out)-1].stop = true
			}
			at += len(field) - len(rest)
			field = rest
		}
	}
	if kept := a.dropHeadingLine(out[first:]); len(kept) < len(out)-first {
		out = append(out[:first], kept...)
	}
	return a.dropListAside(out, first)

}

// plainWords appends the toks of the words that follow one another
// from byte i of raw (at base in the text), each a field of its own
// between single spaces, from the tokenizer's word c on; it returns
// where it stopped: at a field of another kind, or at more than one
// space, which toksOf reads.
func (a *questionStage) plainWords(out []tok, raw string, base, i, c int, quoted bool) ([]tok, int, int) {
	words := a.words
	for c < len(words) && int(words[c].start)-base == i {
		end := int(words[c].end) - base
		if end > len(raw) || end < len(raw) && !asciiSpace[raw[end]] {
			break
		}
		if len(out) == cap(out) {
			out = slices.Grow(out, 16)
		}
		out = out[:len(out)+1]
		t := &out[len(out)-1]
		w := raw[i:end]
		capital := false
		if b := w[0]; b < utf8.RuneSelf {
			capital = 'A' <= b && b <= 'Z'
		} else {
			first, _ := utf8.DecodeRuneInString(w)
			capital = unicode.IsUpper(first)
		}
		// field by field: the buffer's old toks are overwritten in place
		t.w, t.low, t.at = w, a.lower[base+i:base+end], base+i
		t.brk, t.stop, t.cap, t.name, t.quoted = false, false, capital, a.taken[c], quoted
		// what the question lexicon knows of the word, through the slot
		// the tokenizer found, marked looked up (see wordTable.of)
		t.wi, t.lex = int32(c), a.g.questions.words.ofSlot(words[c].qslot)
		t.lex.sets |= lookedUp
		if capital && len(out) > 1 && t.low == "may" {
			t.low, t.lex = w, qword{} // "signed in May": the month
		}
		c++
		i = end
		if i < len(raw) && raw[i] == ' ' {
			i++
		}
	}
	return out, i, c
}

// Byte classes of fieldEnd.
const (
	fieldSpace byte = 1 + iota
	fieldDash
	fieldWide
)

var fieldClass = func() (t [256]byte) {
	for c := range asciiSpace {
		if asciiSpace[c] {
			t[c] = fieldSpace
		}
	}
	t['-'] = fieldDash
	for c := utf8.RuneSelf; c < 256; c++ {
		t[c] = fieldWide
	}
	return t
}()

// dropListAside leaves out an example list set between commas inside a
// subject, as toksOf leaves out brackets: "the weapon systems, including
// S-400 components, will remain" reads "the weapon systems will remain".
// Only an aside followed by an auxiliary is dropped; elsewhere a list
// is what the sentence says.
func (a *questionStage) dropListAside(out []tok, first int) []tok {
	aux := a.g.questions.aux
	for j := first; j+2 < len(out); j++ {
		if !out[j].brk || out[j].stop || out[j+1].low != "including" && out[j+1].low != "notably" {
			continue
		}
		for k := j + 2; k+1 < len(out) && k <= j+12; k++ {
			if !out[k].brk {
				continue
			}
			if !out[k].stop && aux.hasTok(&out[k+1]) {
				out[j].brk = false
				return append(out[:j+1], out[k+1:]...)
			}
			break
		}
	}
	return out
}
