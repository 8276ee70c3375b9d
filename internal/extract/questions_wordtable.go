package extract

// wordMap maps words to values in an open-addressing table keyed by a
// cheap hash of a word's length and outer bytes (wordHash): the rules
// ask it of most words of a sentence, and most are on no list and miss
// at an empty slot.
type wordMap[V any] struct {
	shift, mask uint32
	keys        []string
	vals        []V
}

func newWordMap[V any](m map[string]V) wordMap[V] {
	bits := 4
	for 1<<bits < 4*len(m) {
		bits++
	}
	t := wordMap[V]{shift: uint32(32 - bits), mask: 1<<bits - 1, keys: make([]string, 1<<bits), vals: make([]V, 1<<bits)}
	for w, v := range m {
		if w == "" {
			continue
		}
		i := wordHash(w) >> t.shift
		for t.keys[i] != "" {
			i = (i + 1) & t.mask
		}
		t.keys[i], t.vals[i] = w, v
	}
	return t
}

// get returns the value of w, and whether w is in the table.
func (t *wordMap[V]) get(w string) (V, bool) {
	var none V
	if len(t.keys) == 0 || w == "" {
		return none, false
	}
	for i := wordHash(w) >> t.shift; ; i = (i + 1) & t.mask {
		k := t.keys[i]
		if len(k) == len(w) {
			if k == w {
				return t.vals[i], true
			}
		} else if k == "" {
			return none, false
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
