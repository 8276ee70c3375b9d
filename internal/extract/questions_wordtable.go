package extract

// wordMap maps words to values in an open-addressing table keyed by a
// cheap hash of a word's length and outer bytes (wordHash): the rules
// ask it of most words of a sentence, and most are on no list and miss
// at an empty slot. A byte of the hash per slot (tags, 0 when empty)
// is read first: that small array stays in the processor's cache, where
// the keys do not, so a miss costs no load of a key.
type wordMap[V any] struct {
	shift, mask uint32
	tags        []uint8
	keys        []string
	vals        []V
}

func newWordMap[V any](m map[string]V) wordMap[V] {
	bits := 4
	for 1<<bits < 4*len(m) {
		bits++
	}
	t := wordMap[V]{shift: uint32(32 - bits), mask: 1<<bits - 1,
		tags: make([]uint8, 1<<bits), keys: make([]string, 1<<bits), vals: make([]V, 1<<bits)}
	for w, v := range m {
		if w == "" {
			continue
		}
		h := wordHash(w)
		i := h >> t.shift
		for t.keys[i] != "" {
			i = (i + 1) & t.mask
		}
		t.tags[i], t.keys[i], t.vals[i] = wordTag(h), w, v
	}
	return t
}

// wordTag is the byte of a word's hash kept beside its slot: never 0.
func wordTag(h uint32) uint8 { return uint8(h>>8) | 1 }

// get returns the value of w, and whether w is in the table.
func (t *wordMap[V]) get(w string) (V, bool) {
	if i := t.slot(w); i >= 0 {
		return t.vals[i], true
	}
	var none V
	return none, false
}

// slot returns the index of w's slot (in keys and vals), or -1.
func (t *wordMap[V]) slot(w string) int {
	if len(t.keys) == 0 || w == "" {
		return -1
	}
	h := wordHash(w)
	tag := wordTag(h)
	for i := h >> t.shift; ; i = (i + 1) & t.mask {
		switch t.tags[i] {
		case 0:
			return -1
		case tag:
			if t.keys[i] == w {
				return int(i)
			}
		}
	}
}

// has reports a word of the table.
func (t *wordMap[V]) has(w string) bool { _, ok := t.get(w); return ok }

// wordTable holds what the question lexicon knows of words.
type wordTable struct{ wordMap[qword] }

func newWordTable(m map[string]qword) wordTable { return wordTable{newWordMap(m)} }

// know returns what the lexicon knows of w: nothing, for most words.
func (t *wordTable) know(w string) qword { q, _ := t.get(w); return q }

// ofSlot returns what the lexicon knows of the word whose slot is
// slot-1 (0: a word it does not hold), as the tokenizer found it (see
// word.qslot): no look-up.
func (t *wordTable) ofSlot(slot uint16) qword {
	if slot == 0 {
		return qword{}
	}
	return t.vals[slot-1]
}

// wordHash mixes a word's length and its first and last two bytes.
func wordHash(w string) uint32 {
	n := len(w)
	if n == 0 {
		return 0
	}
	h := uint32(w[0]) | uint32(w[n-1])<<8 | uint32(n)<<24
	if n > 1 {
		h |= uint32(w[1])<<16 ^ uint32(w[n-2])<<20
	}
	return h * 0x9E3779B1
}
