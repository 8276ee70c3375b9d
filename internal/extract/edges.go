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
	return t
}

// home is the slot a key's probe starts at (Fibonacci hashing).
func (t *edgeTable) home(key uint64) uint64 { return key * 0x9e3779b97f4a7c15 >> t.shift }

func (t *edgeTable) child(key uint64) (int32, bool) {
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
