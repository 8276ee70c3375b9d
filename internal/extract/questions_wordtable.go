package extract

// wordTable maps words to what the lexicon knows of them, in an
// open-addressing table keyed by a cheap hash of a word's length and
// outer bytes: most words the rules look up are on no list, and miss at
// an empty slot.
type wordTable struct {
	shift uint32
	mask  uint32
	keys  []string
	vals  []qword
}

func newWordTable(m map[string]qword) wordTable {
	bits := 4
	for 1<<bits < 4*len(m) {
		bits++
	}
	t := wordTable{shift: uint32(32 - bits), mask: 1<<bits - 1, keys: make([]string, 1<<bits), vals: make([]qword, 1<<bits)}
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

// get returns what the lexicon knows of w: nothing, for most words.
func (t *wordTable) get(w string) qword {
	if len(t.keys) == 0 {
		return qword{}
	}
	for i := wordHash(w) >> t.shift; ; i = (i + 1) & t.mask {
		k := t.keys[i]
		if len(k) == len(w) {
			if k == w {
				return t.vals[i]
			}
		} else if k == "" {
			return qword{}
		}
	}
}
