package extract

import (
	"encoding/binary"
	"math/bits"
	"slices"
)

// edgeTable holds the trie's edges below the root (node<<32 | word id →
// child node) in an open-addressing table: most steps of a walk miss,
// and a miss here costs a multiply and a probe or two, less than a map.
type edgeTable struct {
	shift uint // 64 - log2(slot count)
	// slots holds edgeSlotSize bytes a slot: the key (0: empty; node 0
	// is the root, whose edges live in index.roots) and the child, in
	// little-endian order. Bytes in a string, not a slice of structs,
	// so that the embedded index's table is read where it lies in the
	// binary: decoding it into the heap cost every process a megabyte
	// of freshly touched memory.
	slots string
	// filter has a bit set for the hash of every key (see filterBit):
	// small enough to stay in the processor's cache where the slots do
	// not, it turns most missing edges away without a probe. Derived
	// from the slots (setFilter), it is not in the index snapshot.
	filter      []uint64
	filterShift uint // 64 - log2(bits in filter)
}

const edgeSlotSize = 12

// slot returns the key and the child of slot i.
func (t *edgeTable) slot(i uint64) (key uint64, child int32) {
	s := t.slots[i*edgeSlotSize : (i+1)*edgeSlotSize]
	return le64(s), int32(le32(s[8:]))
}

// slotCount is the number of slots, a power of two.
func (t *edgeTable) slotCount() int { return len(t.slots) / edgeSlotSize }

func edgeKey(node, id int32) uint64 { return uint64(node)<<32 | uint64(uint32(id)) }

func newEdgeTable(edges map[uint64]int32) edgeTable {
	size := 1 << bits.Len(uint(2*len(edges)))
	t := edgeTable{shift: uint(64 - bits.TrailingZeros(uint(size)))}
	slots := make([]byte, size*edgeSlotSize)
	taken := func(i uint64) bool { return binary.LittleEndian.Uint64(slots[i*edgeSlotSize:]) != 0 }
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
		for taken(i) {
			i = (i + 1) & uint64(size-1)
		}
		binary.LittleEndian.PutUint64(slots[i*edgeSlotSize:], key)
		binary.LittleEndian.PutUint32(slots[i*edgeSlotSize+8:], uint32(child))
	}
	t.slots = string(slots)
	t.setFilter()
	return t
}

// setFilter sets the filter's bit of every key in the slots.
func (t *edgeTable) setFilter() {
	t.filter = make([]uint64, max(t.slotCount()*2/64, 1))
	t.filterShift = uint(64 - bits.TrailingZeros(uint(len(t.filter)*64)))
	for i := range uint64(t.slotCount()) {
		if key, _ := t.slot(i); key != 0 {
			b := t.filterBit(key)
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
	mask := uint64(t.slotCount() - 1)
	for i := t.home(key); ; i = (i + 1) & mask {
		k, child := t.slot(i)
		if k == key {
			return child, true
		}
		if k == 0 {
			return 0, false
		}
	}
}
