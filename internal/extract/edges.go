package extract

import (
	"math/bits"
	"slices"
)

// edgeTable holds the trie's edges below the root (node<<32 | word id →
// child node) in an open-addressing table: most steps of a walk miss,
// and a miss here costs a multiply and a probe or two, less than a map.
type edgeTable struct {
	shift uint // 64 - log2(len(slots))
	slots []edgeSlot
	// filter has a bit set for the hash of every key (see filterBit):
	// small enough to stay in the processor's cache where the slots do
	// not, it turns most missing edges away without a probe. Derived
	// from the slots (setFilter), it is not in the index snapshot.
	filter      []uint64
	filterShift uint // 64 - log2(bits in filter)
}

type edgeSlot struct {
	key   uint64 // 0: empty (node 0 is the root, whose edges live in index.roots)
	child int32
}

func edgeKey(node, id int32) uint64 { return uint64(node)<<32 | uint64(uint32(id)) }

func newEdgeTable(edges map[uint64]int32) edgeTable {
	size := 1 << bits.Len(uint(2*len(edges)))
	t := edgeTable{shift: uint(64 - bits.TrailingZeros(uint(size))), slots: make([]edgeSlot, size)}
	// edges are placed in key order: the table is the same from build to
	// build (see indexSnapshot)
	keys := make([]uint64, 0, len(edges))
	for key := range edges {
		if key>>32 != 0 {
			keys = append(keys, key)
		}
	}
	slices.Sort(keys)
	for _, key := range keys {
		child := edges[key]
		i := t.home(key)
		for t.slots[i].key != 0 {
			i = (i + 1) & uint64(len(t.slots)-1)
		}
		t.slots[i] = edgeSlot{key, child}
	}
	t.setFilter()
	return t
}

// setFilter sets the filter's bit of every key in the slots.
func (t *edgeTable) setFilter() {
	t.filter = make([]uint64, max(len(t.slots)*2/64, 1))
	t.filterShift = uint(64 - bits.TrailingZeros(uint(len(t.filter)*64)))
	for _, s := range t.slots {
		if s.key != 0 {
			b := t.filterBit(s.key)
			t.filter[b/64] |= 1 << (b % 64)
		}
	}
}

// filterBit is a key's bit in the filter, of twice as many bits as
// there are slots: about one missing edge in ten passes it.
func (t *edgeTable) filterBit(key uint64) uint64 {
	return key * 0x9e3779b97f4a7c15 >> t.filterShift
}

// home is the slot a key's probe starts at (Fibonacci hashing).
func (t *edgeTable) home(key uint64) uint64 { return key * 0x9e3779b97f4a7c15 >> t.shift }

func (t *edgeTable) child(key uint64) (int32, bool) {
	if b := t.filterBit(key); t.filter[b/64]&(1<<(b%64)) == 0 {
		return 0, false
	}
	mask := uint64(len(t.slots) - 1)
	for i := t.home(key); ; i = (i + 1) & mask {
		s := &t.slots[i]
		if s.key == key {
			return s.child, true
		}
		if s.key == 0 {
			return 0, false
		}
	}
}
