package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// qscratch holds the questions' buffers, reused from one document to
// the next.
type qscratch struct {
	// wordIDs numbers the content words met, so that questions compare
	// numbers rather than strings; kept across documents, up to a bound
	wordIDs    internTable
	lowBuf     []byte
	drafts     []qdraft // questionStage.find's buffer
	ctx        qctx     // and the context of its sentence
	pred       []tok    // askModal's buffer
	idBuf      []int32
	draftWords [][]int32
	matches    []cueMatch // cueMatches' buffer
	used       []bool     // questionsOf's
	// the toks of the sentences split so far (see sentenceToks)
	toks            []tok
	toksAt, toksEnd []int32 // by sentence; -1: not split yet
}

// maxWordIDs bounds wordIDs: past it, the numbering starts again.
const maxWordIDs = 1 << 16

// contentIDs appends to out the ids of the words of s that carry
// meaning, lower-cased, sorted and without repeats: the same set of
// words for any two questions as comparing the words themselves.
func (qs *qscratch) contentIDs(out []int32, s string) []int32 {
	from := len(out)
	if isASCII(s) {
		// the usual question: each field's word lower-cased into a
		// buffer as it is read, its punctuation then trimmed (see
		// trimASCIIPunct), and hashed
		b := qs.lowBuf
		for i := 0; i < len(s); {
			for i < len(s) && asciiSpace[s[i]] {
				i++
			}
			for i < len(s) && (asciiLeadPunct[s[i]] || asciiTrailPunct[s[i]]) {
				i++
			}
			b = b[:0]
			for i < len(s) && !asciiSpace[s[i]] {
				c := s[i]
				if 'A' <= c && c <= 'Z' {
					c += 'a' - 'A'
				}
				b = append(b, c)
				i++
			}
			for len(b) > 0 && asciiTrailPunct[b[len(b)-1]] {
				b = b[:len(b)-1]
			}
			if len(b) == 0 {
				continue
			}
			if id := qs.wordIDs.number(b); id >= 0 {
				out = append(out, id)
			}
		}
		qs.lowBuf = b
		ids := out[from:]
		slices.Sort(ids)
		return out[:from+len(slices.Compact(ids))]
	}
	for i := 0; i < len(s); {
		// the fields of s, as strings.Fields splits them
		if c := s[i]; c < utf8.RuneSelf {
			if asciiSpace[c] {
				i++
				continue
			}
		} else if r, size := utf8.DecodeRuneInString(s[i:]); unicode.IsSpace(r) {
			i += size
			continue
		}
		start := i
		var wide bool
		i, wide, _ = fieldEnd(s, i)
		// lower-casing maps each field on its own as it would the whole
		// text, and never makes or unmakes punctuation or spaces
		var w []byte
		if wide {
			w = trimPunctBytes(qs.lowerWord(s[start:i]))
		} else {
			w = qs.lowerASCII(trimASCIIPunct(s[start:i]))
		}
		if len(w) == 0 {
			continue
		}
		if id := qs.wordIDs.number(w); id >= 0 {
			out = append(out, id)
		}
	}
	ids := out[from:]
	slices.Sort(ids)
	return out[:from+len(slices.Compact(ids))]
}

// trimASCIIPunct is trimPunctBytes of an ASCII word: punctuation that
// may lead or trail is taken from its front, then what may trail from
// its end.
func trimASCIIPunct(f string) string {
	lo, hi := 0, len(f)
	for lo < hi && (asciiLeadPunct[f[lo]] || asciiTrailPunct[f[lo]]) {
		lo++
	}
	for hi > lo && asciiTrailPunct[f[hi-1]] {
		hi--
	}
	return f[lo:hi]
}

// lowerASCII lower-cases an ASCII word into qs's buffer.
func (qs *qscratch) lowerASCII(f string) []byte {
	b := qs.lowBuf[:0]
	for i := 0; i < len(f); i++ {
		c := f[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	qs.lowBuf = b
	return b
}

// internTable numbers words in the order they are first met, stop words
// -1, in an open-addressing table keyed by the words' FNV hash.
type internTable struct {
	slots []internSlot
	n     int // words held
}

type internSlot struct {
	hash uint32
	id   int32 // 1 + the word's number, or 0 for a stop word
	word string
}

// number returns the number of w, or -1 for a stop word.
func (t *internTable) number(w []byte) int32 {
	h := fnvOffset
	for _, c := range w {
		h = hashByte(h, c)
	}
	return t.numberHashed(w, h)
}

// numberHashed is number of w, whose hash is h.
func (t *internTable) numberHashed(w []byte, h uint32) int32 {
	if 2*(t.n+1) > len(t.slots) {
		t.grow()
	}
	mask := uint32(len(t.slots) - 1)
	i := h & mask
	for ; t.slots[i].word != ""; i = (i + 1) & mask {
		if s := &t.slots[i]; s.hash == h && s.word == string(w) {
			return s.id - 1
		}
	}
	word := string(w)
	id := int32(0)
	if !isStopWord(word) {
		id = int32(t.n + 1)
	}
	t.slots[i] = internSlot{hash: h, id: id, word: word}
	t.n++
	return id - 1
}

func (t *internTable) grow() {
	old := t.slots
	t.slots = make([]internSlot, max(1024, 2*len(old)))
	mask := uint32(len(t.slots) - 1)
	for _, s := range old {
		if s.word == "" {
			continue
		}
		i := s.hash & mask
		for t.slots[i].word != "" {
			i = (i + 1) & mask
		}
		t.slots[i] = s
	}
}

// lowerWord lower-cases f as strings.ToLower does, into qs's buffer.
func (qs *qscratch) lowerWord(f string) []byte {
	b := qs.lowBuf[:0]
	ascii := true
	for i := 0; i < len(f); i++ {
		if f[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		for i := 0; i < len(f); i++ {
			c := f[i]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
		}
	} else {
		b = append(b, strings.ToLower(f)...)
	}
	qs.lowBuf = b
	return b
}

// trimPunctBytes strips punctuation around a word: quotes, brackets
// and sentence marks.
func trimPunctBytes(w []byte) []byte {
	for len(w) > 0 {
		r, size := utf8.DecodeRune(w)
		if isTrailPunct(r) || isLeadPunct(r) {
			w = w[size:]
			continue
		}
		r, size = utf8.DecodeLastRune(w)
		if isTrailPunct(r) {
			w = w[:len(w)-size]
			continue
		}
		break
	}
	return w
}

// commonCount counts the members two sorted sets share.
func commonCount(a, b []int32) int {
	n := 0
	for len(a) > 0 && len(b) > 0 {
		switch {
		case a[0] == b[0]:
			n++
			a, b = a[1:], b[1:]
		case a[0] < b[0]:
			a = a[1:]
		default:
			b = b[1:]
		}
	}
	return n
}

// offsetIn returns where sub starts in s. sub must be a piece of s
// itself, as the fields strings.FieldsSeq yields are, not an equal copy.
func offsetIn(s, sub string) int {
	return int(uintptr(unsafe.Pointer(unsafe.StringData(sub))) - uintptr(unsafe.Pointer(unsafe.StringData(s))))
}
