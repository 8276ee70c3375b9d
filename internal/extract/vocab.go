package extract

import (
	"encoding/binary"
	"math/bits"
	"slices"
	"unicode"
)

// vocabulary is the gazetteer's word list compiled for the tokenizer: an
// open-addressing table keyed by a hash that tokenize computes while it
// scans a word's bytes, so looking a word up costs one or two probes and
// a string compare instead of hashing the word a second time.
type vocabulary struct {
	mask uint32
	// slots holds vocabSlotSize bytes a slot, little-endian: the word's
	// hash, its id + 1 (0: an empty slot), and the offset and length of
	// the word in text. Bytes in a string, as the edge table's, so that
	// the embedded index's vocabulary is read in place from the binary.
	slots string
	text  string // the words, one after another
	count int    // words held
}

const vocabSlotSize = 16

const (
	fnvOffset uint32 = 2166136261
	fnvPrime  uint32 = 16777619
)

// hashWord is FNV-1a over the bytes of w, which must be lower case: the
// same hash tokenize computes incrementally with hashByte.
func hashWord(w string) uint32 {
	h := fnvOffset
	for i := 0; i < len(w); i++ {
		h = hashByte(h, w[i])
	}
	return h
}

func hashByte(h uint32, c byte) uint32 { return (h ^ uint32(c)) * fnvPrime }

// lowerString lower-cases any script.
func lowerString(s string) string {
	b := make([]rune, 0, len(s))
	for _, r := range s {
		b = append(b, unicode.ToLower(r))
	}
	return string(b)
}

func newVocabulary(vocab map[string]int32) *vocabulary {
	size := 1 << bits.Len(uint(2*len(vocab)))
	v := &vocabulary{mask: uint32(size - 1), count: len(vocab)}
	slots := make([]byte, size*vocabSlotSize)
	var text []byte
	// words are placed in sorted order, so that the table (and the index
	// snapshot made from it) is the same from build to build
	words := make([]string, 0, len(vocab))
	for w := range vocab {
		words = append(words, w)
	}
	slices.Sort(words)
	for _, w := range words {
		h := hashWord(w)
		i := h & v.mask
		for binary.LittleEndian.Uint32(slots[i*vocabSlotSize+4:]) != 0 {
			i = (i + 1) & v.mask
		}
		s := slots[i*vocabSlotSize:]
		binary.LittleEndian.PutUint32(s, h)
		binary.LittleEndian.PutUint32(s[4:], uint32(vocab[w]+1))
		binary.LittleEndian.PutUint32(s[8:], uint32(len(text)))
		binary.LittleEndian.PutUint32(s[12:], uint32(len(w)))
		text = append(text, w...)
	}
	v.slots, v.text = string(slots), string(text)
	return v
}

// lookup returns the id of the lower-case word w whose hash is h, or -1.
func (v *vocabulary) lookup(h uint32, w string) int32 {
	for i := h & v.mask; ; i = (i + 1) & v.mask {
		s := v.slots[i*vocabSlotSize : (i+1)*vocabSlotSize]
		id := int32(le32(s[4:])) - 1
		if id < 0 {
			return -1
		}
		if le32(s) == h && v.word(s) == w {
			return id
		}
	}
}

// word returns the word of slot s.
func (v *vocabulary) word(s string) string {
	off := le32(s[8:])
	return v.text[off : off+le32(s[12:])]
}

// each calls f with every word and its id, in slot order.
func (v *vocabulary) each(f func(w string, id int32)) {
	for i := 0; i+vocabSlotSize <= len(v.slots); i += vocabSlotSize {
		s := v.slots[i : i+vocabSlotSize]
		if id := int32(le32(s[4:])) - 1; id >= 0 {
			f(v.word(s), id)
		}
	}
}

// wordCache remembers the vocabulary answers for the words a worker met
// last, known or not, in a table small enough to stay in the processor's
// cache while the pipeline's other stages run; the vocabulary itself is
// too large for that. Short words are kept whole, so a hit is exact.
// An entry holds what tokenize needs of the word (its singular and
// flags too), so that a hit reads no other table. Each hash picks a set
// of two entries (one cache line), the one used last first: two common
// words that share a set no longer push each other out, which halves
// the misses of a direct-mapped table of the same size.
type wordCache struct {
	sets [1 << 11][2]wordCacheEntry
}

type wordCacheEntry struct {
	hash uint32
	wordInfo
	n    uint8
	word [maxCachedWord]byte
}

// holds reports whether the entry is the word w of hash h.
func (e *wordCacheEntry) holds(h uint32, w string) bool {
	return int(e.n) == len(w) && e.hash == h && string(e.word[:e.n]) == w
}

// wordInfo is what tokenize sets of a word from the vocabulary and the
// word lists (wordLists).
type wordInfo struct {
	id, alt int32
	lex     lex
	sets    setBit
	qslot   uint16
	unit    uint8
}

// maxCachedWord keeps an entry 32 bytes (two to a cache line); longer
// words are about one in a hundred.
const maxCachedWord = 11

func (c *wordCache) lookup(ix *index, lists wordLists, h uint32, w string) wordInfo {
	if len(w) > maxCachedWord {
		return ix.wordInfo(ix.vocab.lookup(h, w), lists, w)
	}
	set := &c.sets[h&(uint32(len(c.sets))-1)]
	if set[0].holds(h, w) {
		return set[0].wordInfo
	}
	if set[1].holds(h, w) {
		set[0], set[1] = set[1], set[0]
		return set[0].wordInfo
	}
	info := ix.wordInfo(ix.vocab.lookup(h, w), lists, w)
	set[1] = set[0]
	e := &set[0]
	e.hash, e.wordInfo, e.n = h, info, uint8(copy(e.word[:], w))
	return info
}

// wordInfo returns what tokenize sets of the word w with vocabulary id
// id (-1: none).
func (ix *index) wordInfo(id int32, lists wordLists, w string) wordInfo {
	sets, qslot := lists.of(w)
	if id < 0 {
		return wordInfo{id: -1, alt: -1, sets: sets, qslot: qslot}
	}
	// the flags travel with the word, so the rules testing them read
	// the word list rather than the vocabulary's tables
	info := wordInfo{id: id, alt: ix.words.singular(id), lex: ix.words.flags(id), unit: ix.words.unit(id), sets: sets, qslot: qslot}
	if info.alt >= 0 {
		info.lex |= ix.words.flags(info.alt) & lexBeginsForm
	}
	return info
}
