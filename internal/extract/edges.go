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
	// filter has a bit set for the hash of every key (see filterBit),
	// eight to a byte: small enough to stay in the processor's cache
	// where the slots do not, it turns most missing edges away without
	// a probe. Derived from the slots, it is kept in the index snapshot
	// all the same: building it read every slot at every start.
	filter      string
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
	filter := make([]byte, filterBytes(size))
	t.filterShift = filterShift(len(filter))
	for _, key := range keys {
		b := t.filterBit(key)
		filter[b/8] |= 1 << (b % 8)
	}
	t.slots, t.filter = string(slots), string(filter)
	return t
}

// filterBytes is the size of the filter of a table of size slots: two
// bits a slot.
func filterBytes(size int) int { return max(size*2/8, 8) }

// filterShift is the filterShift of a filter of n bytes.
func filterShift(n int) uint { return uint(64 - bits.TrailingZeros(uint(n*8))) }

// filterBit is a key's bit in the filter, of twice as many bits as
// there are slots: about one missing edge in ten passes it.
func (t *edgeTable) filterBit(key uint64) uint64 {
	return key * 0x9e3779b97f4a7c15 >> t.filterShift
}

// home is the slot a key's probe starts at (Fibonacci hashing).
func (t *edgeTable) home(key uint64) uint64 { return key * 0x9e3779b97f4a7c15 >> t.shift }

func (t *edgeTable) child(key uint64) (int32, bool) {
	if b := t.filterBit(key); t.filter[b/8]&(1<<(b%8)) == 0 {
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
