package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefing-tools/briefing/internal/briefing"
)

// questionKindOf classifies a question by its words (see kindCues).
func questionKindOf(q string) briefing.QuestionKind {
	if kind, ok := asciiQuestionKind(q); ok {
		return kind
	}
	// the question lower-cased, without punctuation, between spaces;
	// built on the stack for questions of usual length
	var buf [256]byte
	k := buf[:1]
	k[0] = ' '
	for i := 0; i < len(q); {
		if c := q[i]; c < utf8.RuneSelf {
			if f := kindFold[c]; f != dropByte {
				k = append(k, f)
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(q[i:])
		i += size
		switch r {
		case '’':
		case '–', '—':
			k = append(k, ' ')
		default:
			k = utf8.AppendRune(k, unicode.ToLower(r))
		}
	}
	k = append(k, ' ')
	// one pass over the word starts finds every anywhere cue; a cue's
	// third byte turns most away before the whole is compared
	var found uint32 // bit r: a cue of kindCues[r]
	for p := 0; p+1 < len(k); p++ {
		if k[p] != ' ' {
			continue
		}
		for _, c := range cuesByLetter[k[p+1]] {
			if len(k)-p >= len(c.cue) && (len(c.cue) < 3 || k[p+2] == c.cue[2]) && string(k[p:p+len(c.cue)]) == c.cue {
				found |= 1 << c.rank
			}
		}
	}
	for r, c := range kindCues {
		if found&(1<<r) != 0 || hasPrefixAny(k, c.opening) {
			return c.kind
		}
	}
	return briefing.Fact
}

// asciiQuestionKind is questionKindOf of a usual question: ASCII, of
// fewer than 250 bytes and 64 words. It notes where words start as it
// folds the question, then tries the cues there; ok is false for other
// questions.
func asciiQuestionKind(q string) (kind briefing.QuestionKind, ok bool) {
	var buf [256]byte
	var spaces [64]uint8 // where a space is written
	if len(q) > len(buf)-2 {
		return "", false
	}
	buf[0] = ' '
	n, ns := 1, 1
	for i := 0; i < len(q); i++ {
		c := q[i]
		if c >= utf8.RuneSelf {
			return "", false
		}
		f := kindFold[c]
		if f == dropByte {
			continue
		}
		if f == ' ' {
			if ns == len(spaces) {
				return "", false
			}
			spaces[ns] = uint8(n)
			ns++
		}
		buf[n] = f
		n++
	}
	buf[n] = ' '
	n++
	k := buf[:n]
	var found uint32 // bit r: a cue of kindCues[r]
	for _, sp := range spaces[:ns] {
		p := int(sp)
		for _, c := range cuesByLetter[k[p+1]] {
			if len(k)-p >= len(c.cue) && (len(c.cue) < 3 || k[p+2] == c.cue[2]) && string(k[p:p+len(c.cue)]) == c.cue {
				found |= 1 << c.rank
			}
		}
	}
	for r, c := range kindCues {
		if found&(1<<r) != 0 || hasPrefixAny(k, c.opening) {
			return c.kind, true
		}
	}
	return briefing.Fact, true
}

// kindCues are the words (between spaces, or a word's start) that mark a
// kind of question, in order: the first kind with a cue wins. Opening
// cues count only at the start of the question.
var kindCues = []struct {
	kind              briefing.QuestionKind
	opening, anywhere []string
}{
	{briefing.Timing, []string{" when ", " how soon ", " how long "}, []string{" timing ", " arrive ", " by when "}},
	{briefing.Intent, []string{" why "}, []string{" intend", " intent", " aim ", " goal", " want ", " seek", " signal"}},
	{briefing.Capability, []string{" can "}, []string{" capab", " able to ", " enough ", " sufficient", " could intercept ", " range "}},
	{briefing.Decision, nil, []string{" will ", " would ", " decide", " choose", " join ", " strike ", " attack ", " respond", " retaliat", " deal "}},
}

// kindFold is what questionKindOf makes of an ASCII byte: lower case,
// a space for a dash or slash, dropByte for punctuation.
var kindFold = func() (t [utf8.RuneSelf]byte) {
	for c := range t {
		t[c] = byte(c)
	}
	for c := 'A'; c <= 'Z'; c++ {
		t[c] = byte(c + 'a' - 'A')
	}
	for _, c := range "?,.;:\"'()" {
		t[c] = dropByte
	}
	t['-'], t['/'] = ' ', ' '
	return t
}()

const dropByte = 0xff // never an ASCII byte

// cuesByLetter indexes the anywhere cues of kindCues by the letter after
// their leading space, each with the rank of its kind.
var cuesByLetter = func() (t [256][]rankedCue) {
	for r, c := range kindCues {
		for _, cue := range c.anywhere {
			if len(cue) < 2 || cue[0] != ' ' || cue[1] == ' ' {
				panic("kindCues: an anywhere cue must be a space and a word: " + cue)
			}
			t[cue[1]] = append(t[cue[1]], rankedCue{cue, r})
		}
	}
	return t
}()

type rankedCue struct {
	cue  string
	rank int
}

func hasPrefixAny(b []byte, prefixes []string) bool {
	for _, p := range prefixes {
		if len(b) >= len(p) && string(b[:len(p)]) == p {
			return true
		}
	}
	return false
}

func containsAny(s string, subs ...string) bool {
	for _, x := range subs {
		if strings.Contains(s, x) {
			return true
		}
	}
	return false
}

func nonEmpty(ss ...string) []string {
	var out []string
	for _, s := range ss {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}

func upperFirst(s string) string {
	for i, r := range s {
		return string(unicode.ToUpper(r)) + s[i+len(string(r)):]
	}
	return s
}
