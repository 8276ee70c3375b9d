package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// word is a run of letters, digits and marks in a document's text. Words
// are the unit of gazetteer matching; punctuation between them only
// decides whether two words may belong to one name.
type word struct {
	start, end int32 // byte offsets in the text
	// id is the word's entry in the gazetteer vocabulary, or -1; alt is
	// the entry of its singular when both exist ("35s" and "35").
	id, alt int32
	// soft is true when only spaces, hyphens, dashes, slashes, dots or
	// apostrophes separate this word from the previous one.
	soft bool
	// cap: the first letter is upper case; upper: every letter is.
	cap, upper bool
	// digit: the word starts with a digit.
	digit bool
	// possessive: "'s" follows the word.
	possessive bool
	// gap marks the punctuation between the previous word and this one.
	gap gapMark
	// lex holds the word's lexicon flags (see analysis.is).
	lex lex
	// sets: the word lists the word is in (see setBit); qslot: 1 + its
	// slot in the question lexicon's table, 0 for none (wordTable.ofSlot).
	sets  setBit
	qslot uint16
	// unit holds the word's index.unitWords bits (see analysis.unitWord).
	unit uint8
}

// gapMark flags punctuation found between two words, so that rules test
// a bit instead of scanning the text between them.
type gapMark uint8

const (
	gapComma gapMark = 1 << iota
	gapSemicolon
	gapColon
	gapPeriod
	gapBracket     // "(" or ")"
	gapPeriodSpace // ". ", a sentence's end in most texts
	gapNewline     // a line break: speaker labels open lines

	// gapClause: punctuation that ends a clause
	gapClause = gapComma | gapSemicolon | gapColon
)

// gapMarks reads the punctuation and line breaks between two words.
func gapMarks(gap string) gapMark {
	var m gapMark
	for i := 0; i < len(gap); i++ {
		switch gap[i] {
		case ',':
			m |= gapComma
		case ';':
			m |= gapSemicolon
		case ':':
			m |= gapColon
		case '.':
			m |= gapPeriod
			if i+1 < len(gap) && gap[i+1] == ' ' {
				m |= gapPeriodSpace
			}
		case '(', ')':
			m |= gapBracket
		case '\n':
			m |= gapNewline
		}
	}
	return m
}

// Byte classes of the tokenizer: ASCII letters and digits, and the
// bytes that begin or continue a multi-byte rune.
const (
	classLower byte = 1 << iota
	classUpper
	classDigit
	classMultibyte
)

var byteClass = func() (t [256]byte) {
	for c := 'a'; c <= 'z'; c++ {
		t[c] = classLower
	}
	for c := 'A'; c <= 'Z'; c++ {
		t[c] = classUpper
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = classDigit
	}
	for c := utf8.RuneSelf; c < 256; c++ {
		t[c] = classMultibyte
	}
	return t
}()

// tokenize splits text into words, looking each up in the vocabulary and
// the word lists through cache. lower is the text folded by fold.Lower
// (same offsets), so that ASCII words are looked up without allocating.
func tokenize(text, lower string, ix *index, lists wordLists, cache *wordCache, words []word) []word {
	// about one word in seven bytes of prose: grown once, not doubled
	words = slices.Grow(words[:0], len(text)/7)
	prevEnd := 0
	for i := 0; i < len(text); {
		start, end, seen, h := nextWord(text, i)
		if start == len(text) {
			break
		}
		i = end
		ascii := seen&classMultibyte == 0
		upper := seen&classLower == 0 && seen&classUpper != 0
		// "'s" after a word marks a possessive and is not a word itself.
		if (text[start] == 's' || text[start] == 'S') && i-start == 1 && len(words) > 0 && possessiveGap(text[prevEnd:start]) {
			words[len(words)-1].possessive = true
			prevEnd = i
			continue
		}
		w := word{start: int32(start), end: int32(i), id: -1, alt: -1, upper: upper}
		switch byteClass[text[start]] {
		case classUpper:
			w.cap = true
		case classDigit:
			w.digit = true
		case classMultibyte:
			first, _ := utf8.DecodeRuneInString(text[start:])
			w.cap = unicode.IsUpper(first)
		}
		if len(words) > 0 {
			// most gaps are one space (readGap's first test, inlined)
			if wordEnd := int(words[len(words)-1].end); start == prevEnd+1 && text[prevEnd] == ' ' && wordEnd == prevEnd {
				w.soft = true
			} else {
				w.soft, w.gap = readGap(text, wordEnd, prevEnd, start)
			}
		} else {
			w.gap = gapMarks(text[:start])
		}
		norm := lower[start:i]
		if !ascii {
			norm = lowerString(text[start:i])
			h = hashWord(norm)
		}
		info := cache.lookup(ix, lists, h, norm)
		if !ascii { // the lists are asked with the word as fold.Lower wrote it
			info.sets, info.qslot = lists.of(lower[start:i])
		}
		w.id, w.alt, w.lex, w.unit, w.sets, w.qslot = info.id, info.alt, info.lex, info.unit, info.sets, info.qslot
		words = append(words, w)
		prevEnd = i
	}
	return words
}

// nextWord finds the first word at or after i: where it starts (or
// len(text)) and ends, the classes of its letters, and (for an ASCII
// word) the hash of its lower-case form (c|0x20 lowers an ASCII letter
// and keeps a digit). Kept apart from tokenize so that its loops run in
// registers.
func nextWord(text string, i int) (start, end int, seen byte, h uint32) {
	for i < len(text) {
		cl := byteClass[text[i]]
		if cl == 0 {
			i++
			continue
		}
		if cl == classMultibyte {
			r, size := utf8.DecodeRuneInString(text[i:])
			if !isWordRune(r) {
				i += size
				continue
			}
		}
		break
	}
	start = i
	h = fnvOffset
	for i < len(text) {
		c := text[i]
		cl := byteClass[c]
		if cl == 0 {
			break
		}
		if cl != classMultibyte {
			seen |= cl
			h = hashByte(h, c|0x20)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if !isWordRune(r) {
			break
		}
		seen |= classMultibyte
		if unicode.IsLower(r) {
			seen |= classLower
		} else if unicode.IsLetter(r) {
			seen |= classUpper
		}
		i += size
	}
	return start, i, seen, h
}

func isASCIIWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// readGap reads what separates a word starting at start from the word
// before, which ends at wordEnd (prevEnd, when a possessive "'s" was
// taken with it): whether the two may belong to one name, and the
// punctuation between them. Most gaps are one space.
func readGap(text string, wordEnd, prevEnd, start int) (soft bool, marks gapMark) {
	if start == prevEnd+1 && text[prevEnd] == ' ' && wordEnd == prevEnd {
		return true, 0
	}
	return softGap(text[prevEnd:start]), gapMarks(text[wordEnd:start])
}

// softGap reports a separator that can sit inside one name.
func softGap(gap string) bool {
	if len(gap) == 0 || len(gap) > 4 {
		return len(gap) == 0
	}
	dots := 0
	for _, r := range gap {
		switch r {
		case ' ', '-', '–', '—', '/', '\'', '’':
		case '.':
			dots++
		default:
			return false
		}
	}
	return dots <= 1
}

func possessiveGap(gap string) bool { return gap == "'" || gap == "’" }

// SWAR constants: a one and a high bit in every byte of a word.
const (
	swarOnes  = 0x0101010101010101
	swarHighs = 0x8080808080808080
)

// load8 reads s[i:i+8] as a little-endian word.
func load8(s string, i int) uint64 {
	b := s[i : i+8]
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}

// plainEight reports eight bytes that oneLine passes over: printable
// ASCII, no two spaces together (next is the byte after them), no space
// first when first is set. Some plain runs are reported not plain (a
// "!" after a space); never the other way.
func plainEight(v uint64, first bool, next byte) bool {
	// a byte of 0x80 or more, or below a space
	if v&swarHighs != 0 || (v-0x20*swarOnes)&^v&swarHighs != 0 {
		return false
	}
	// the spaces (and perhaps a "!" after one)
	x := v ^ 0x20*swarOnes
	sp := (x - swarOnes) &^ x & swarHighs
	return sp&(sp>>8) == 0 && (sp>>56 == 0 || next != ' ') && !(first && sp&0x80 != 0)
}

// splitForm splits a gazetteer surface form into lower-case words the way
// tokenize splits text: "Arleigh Burke–class" → arleigh, burke, class;
// "David's Sling" → david, sling; a leading "the" is dropped.
func splitForm(s string) []string {
	if isASCII(s) {
		return splitASCIIForm(s)
	}
	return splitRuneForm(s)
}

// splitRuneForm is splitForm of any text.
func splitRuneForm(s string) []string {
	var out []string
	lower := lowerString(s)
	var cur []rune
	flush := func() {
		if len(cur) > 0 {
			out = append(out, string(cur))
			cur = cur[:0]
		}
	}
	runes := []rune(lower)
	for i := 0; i < len(runes); i++ {
		r := runes[i]
		if isWordRune(r) {
			cur = append(cur, r)
			continue
		}
		flush()
		// drop the "s" of a possessive
		if (r == '\'' || r == '’') && i+1 < len(runes) && runes[i+1] == 's' && (i+2 == len(runes) || !isWordRune(runes[i+2])) {
			i++
		}
	}
	flush()
	if len(out) > 1 && out[0] == "the" {
		out = out[1:]
	}
	return out
}

// splitASCIIForm is splitForm of an ASCII form: its words are pieces of
// one lower-cased copy.
func splitASCIIForm(s string) []string {
	lower := strings.ToLower(s)
	var out []string
	start := -1 // of the word being read
	for i := 0; i <= len(lower); i++ {
		if i < len(lower) && isASCIIWordByte(lower[i]) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			out = append(out, lower[start:i])
			start = -1
		}
		// drop the "s" of a possessive
		if i+1 < len(lower) && lower[i] == '\'' && lower[i+1] == 's' && (i+2 == len(lower) || !isASCIIWordByte(lower[i+2])) {
			i++
		}
	}
	if len(out) > 1 && out[0] == "the" {
		out = out[1:]
	}
	return out
}

func isASCII(s string) bool {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		if load8(s, i)&swarHighs != 0 {
			return false
		}
	}
	for ; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// oneLine returns the words of s joined by single spaces, as
// strings.Join(strings.Fields(s), " ") does, without allocating when s
// is already so (the usual case for names).
func oneLine(s string) string {
	for i := 0; i < len(s); {
		// eight plain bytes at a time: printable ASCII, spaces alone
		if i+8 < len(s) && plainEight(load8(s, i), i == 0, s[i+8]) {
			i += 8
			continue
		}
		c := s[i]
		if c > ' ' && c < utf8.RuneSelf {
			i++
			continue
		}
		if c >= utf8.RuneSelf {
			r, size := utf8.DecodeRuneInString(s[i:])
			if unicode.IsSpace(r) {
				return strings.Join(strings.Fields(s), " ")
			}
			i += size
			continue
		}
		if c == ' ' && (i == 0 || i == len(s)-1 || s[i+1] == ' ') || c < ' ' && unicode.IsSpace(rune(c)) {
			return strings.Join(strings.Fields(s), " ")
		}
		i++
	}
	return s
}
