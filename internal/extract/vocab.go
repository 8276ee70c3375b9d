package extract

import (
	"math/bits"
	"slices"
)

// vocabulary is the gazetteer's word list compiled for the tokenizer: an
// open-addressing table keyed by a hash that tokenize computes while it
// scans a word's bytes, so looking a word up costs one or two probes and
// a string compare instead of hashing the word a second time.
type vocabulary struct {
	mask  uint32
	slots []vocabSlot
	words []string // by slot
	count int      // words held
}

type vocabSlot struct {
	hash uint32
	id   int32 // -1: empty
}

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

func newVocabulary(vocab map[string]int32) *vocabulary {
	size := 1 << bits.Len(uint(2*len(vocab)))
	v := &vocabulary{mask: uint32(size - 1), slots: make([]vocabSlot, size), words: make([]string, size), count: len(vocab)}
	for i := range v.slots {
		v.slots[i].id = -1
	}
	// words are placed in sorted order, so that the table (and the index
	// snapshot made from it) is the same from build to build
	words := make([]string, 0, len(vocab))
	for w := range vocab {
		words = append(words, w)
	}
	slices.Sort(words)
	for _, w := range words {
		id := vocab[w]
		h := hashWord(w)
		i := h & v.mask
		for v.slots[i].id >= 0 {
			i = (i + 1) & v.mask
		}
		v.slots[i], v.words[i] = vocabSlot{hash: h, id: id}, w
	}
	return v
}

// lookup returns the id of the lower-case word w whose hash is h, or -1.
func (v *vocabulary) lookup(h uint32, w string) int32 {
	for i := h & v.mask; ; i = (i + 1) & v.mask {
		s := &v.slots[i]
		if s.id < 0 {
			return -1
		}
		if s.hash == h && v.words[i] == w {
			return s.id
		}
	}
}

// wordCache remembers the vocabulary answers for the words a worker met
// last, known or not, in a table small enough to stay in the processor's
// cache while the pipeline's other stages run; the vocabulary itself is
// too large for that. Short words are kept whole, so a hit is exact.
// An entry holds what tokenize needs of the word (its singular and
// flags too), so that a hit reads no other table.
type wordCache struct {
	entries [1 << 12]wordCacheEntry
}

type wordCacheEntry struct {
	hash uint32
	wordInfo
	n    uint8
	word [maxCachedWord]byte
}

// wordInfo is what tokenize sets of a word from the vocabulary.
type wordInfo struct {
	id, alt int32
	lex     lex
	unit    uint8
}

const maxCachedWord = 15

func (c *wordCache) lookup(ix *index, h uint32, w string) wordInfo {
	if len(w) > maxCachedWord {
		return ix.wordInfo(ix.vocab.lookup(h, w))
	}
	e := &c.entries[h&(uint32(len(c.entries))-1)]
	if int(e.n) == len(w) && e.hash == h && string(e.word[:e.n]) == w {
		return e.wordInfo
	}
	info := ix.wordInfo(ix.vocab.lookup(h, w))
	e.hash, e.wordInfo, e.n = h, info, uint8(copy(e.word[:], w))
	return info
}

// wordInfo returns what tokenize sets of the word with vocabulary id id
// (-1: none).
func (ix *index) wordInfo(id int32) wordInfo {
	if id < 0 {
		return wordInfo{id: -1, alt: -1}
	}
	// the flags travel with the word, so the rules testing them read
	// the word list rather than the vocabulary's tables
	info := wordInfo{id: id, alt: ix.singular[id], lex: ix.flags[id], unit: ix.unitWords[id]}
	if info.alt >= 0 {
		info.lex |= ix.flags[info.alt] & lexBeginsForm
	}
	return info
}
