package extract

import (
	"encoding/binary"
	"errors"
	"hash/crc32"
	"math/bits"
	"slices"
	"sync"

	_ "embed"

	"github.com/briefing-tools/briefing/internal/briefing"
)

// The embedded gazetteer's index is compiled when the data changes (go
// generate, see precompiledFile) into compiled/index.bin, a flat record
// of its tables. Loading it is a linear read with no parsing: building
// the index from the entries was half of every process's start-up. A
// test checks that the snapshot equals the index a build makes; a
// gazetteer extended with user files is still built at start.
const indexSnapshotFile = "compiled/index.bin"

//go:embed compiled/index.bin
var indexSnapshot string

// snapshotVersion changes whenever the layout below does.
const snapshotVersion = 7

var errStaleSnapshot = errors.New("index snapshot does not match the embedded data")

// dataChecksum identifies the embedded data a snapshot was made from:
// the CRC of the precompiled data, which holds every data file.
var dataChecksum = sync.OnceValue(func() uint32 { return checksum(precompiledData) })

// checksum is the CRC of s, read through a buffer on the stack: turning
// the whole string into a []byte copied it to the heap.
func checksum(s string) uint32 {
	var buf [4096]byte
	var sum uint32
	for len(s) > 0 {
		n := copy(buf[:], s)
		sum = crc32.Update(sum, crc32.IEEETable, buf[:n])
		s = s[n:]
	}
	return sum
}

// encodeIndex writes ix in the snapshot layout, for the data whose
// checksum is sum.
func encodeIndex(ix *index, sum uint32) []byte {
	var w snapWriter
	w.uint(snapshotVersion)
	w.uint(uint64(sum))

	writeVocabulary(&w, ix.vocab)

	w.uint(uint64(ix.edges.shift))
	w.str(ix.edges.slots) // as it is: the loaded index reads it in place
	w.str(ix.edges.filter)

	w.uint(uint64(ix.nodes))
	writeList(&w, ix.refs, func(r ref) {
		w.uint(uint64(r.kind))
		w.uint(uint64(r.form))
		w.uint(uint64(r.index))
		w.str(r.surface)
		w.bool(r.short)
	})
	writeList(&w, ix.refStart, func(start int32) { w.uint(uint64(start)) })

	writeMap(&w, ix.states, w.int)
	writeMap(&w, ix.stateAliases, w.str)
	writeVocabulary(&w, ix.organizations.vocabulary)
	writeVocabulary(&w, ix.platforms.vocabulary)
	writeMap(&w, ix.categories, func(c Category) { w.str(c.Name); w.str(string(c.Domain)) })
	writeMap(&w, ix.categoryDomains, func(d briefing.Domain) { w.str(string(d)) })
	writeMap(&w, ix.shipPrefixes, func(states []string) { writeList(&w, states, w.str) })
	writeVocabulary(&w, ix.countryOrgs.vocabulary)

	w.str(string(ix.words)) // as they are: the loaded index reads them in place
	for _, first := range ix.shipPrefixFirst {
		w.bool(first)
	}
	w.int(ix.shipPrefixLen)
	for _, keys := range [][]string{ix.platformKeys, ix.orgKeys, ix.stateKeys, ix.genericKeys} {
		writeList(&w, keys, w.str)
	}
	return w.buf
}

// decodeIndex reads an index from a snapshot of g's data. Its strings
// share the snapshot's memory.
func decodeIndex(snap string, g *Gazetteer) (*index, error) {
	r := snapReader{s: snap}
	if r.uint() != snapshotVersion || uint32(r.uint()) != dataChecksum() || r.err != nil {
		return nil, errStaleSnapshot
	}
	ix := &index{commonNounStates: g.lexicon.CommonNounStates}

	if ix.vocab = readVocabulary(&r); r.err != nil {
		return nil, errStaleSnapshot
	}

	ix.edges.shift, ix.edges.slots, ix.edges.filter = uint(r.uint()), r.str(), r.str()
	if n := ix.edges.slotCount(); r.err != nil || len(ix.edges.slots)%edgeSlotSize != 0 || n == 0 || n&(n-1) != 0 ||
		ix.edges.shift != uint(64-bits.TrailingZeros(uint(n))) || len(ix.edges.filter) != filterBytes(n) {
		return nil, errStaleSnapshot
	}
	ix.edges.filterShift = filterShift(len(ix.edges.filter))

	ix.nodes = int32(r.uint())
	ix.refs = readList(&r, func() ref {
		return ref{kind: entryKind(r.uint()), form: formKind(r.uint()), index: int32(r.uint()), surface: r.str(), short: r.bool()}
	})
	ix.refStart = readList(&r, func() int32 { return int32(r.uint()) })
	// each node's run lies within the refs, after the previous one's
	if n := len(ix.refStart); n == 0 || ix.refStart[0] != 0 || int(ix.refStart[n-1]) != len(ix.refs) {
		return nil, errStaleSnapshot
	}
	for i := 1; i < len(ix.refStart); i++ {
		if ix.refStart[i] < ix.refStart[i-1] {
			return nil, errStaleSnapshot
		}
	}
	ix.setTerminalNodes()

	ix.states = readMap(&r, r.int)
	ix.stateAliases = readMap(&r, r.str)
	ix.organizations = keyTable{readVocabulary(&r)}
	ix.platforms = keyTable{readVocabulary(&r)}
	ix.categories = readMap(&r, func() Category { return Category{Name: r.str(), Domain: briefing.Domain(r.str())} })
	ix.categoryDomains = readMap(&r, func() briefing.Domain { return briefing.Domain(r.str()) })
	ix.shipPrefixes = readMap(&r, func() []string { return readList(&r, r.str) })
	ix.countryOrgs = keyTable{readVocabulary(&r)}

	ix.words = wordRecords(r.str())
	if len(ix.words)%wordRecordSize != 0 {
		return nil, errStaleSnapshot
	}
	for i := range ix.shipPrefixFirst {
		ix.shipPrefixFirst[i] = r.bool()
	}
	ix.shipPrefixLen = r.int()
	for _, keys := range []*[]string{&ix.platformKeys, &ix.orgKeys, &ix.stateKeys, &ix.genericKeys} {
		*keys = readList(&r, r.str)
	}
	if r.err != nil || r.off != len(snap) {
		return nil, errStaleSnapshot
	}
	return ix, nil
}

// writeVocabulary writes v's table as it is: the loaded index reads it
// in place.
func writeVocabulary(w *snapWriter, v *vocabulary) {
	w.uint(uint64(v.mask))
	w.uint(uint64(v.count))
	w.str(v.slots)
	w.str(v.text)
}

// readVocabulary reads a table writeVocabulary wrote, checked: every
// word lies within the text, and at least one slot is empty.
func readVocabulary(r *snapReader) *vocabulary {
	v := &vocabulary{mask: uint32(r.uint()), count: int(r.uint()), slots: r.str(), text: r.str()}
	if r.err != nil || uint64(len(v.slots)) != (uint64(v.mask)+1)*vocabSlotSize || v.mask&(v.mask+1) != 0 {
		r.err = errStaleSnapshot
		return nil
	}
	empty := false
	for i := 0; i < len(v.slots); i += vocabSlotSize {
		s := v.slots[i : i+vocabSlotSize]
		if uint64(le32(s[8:]))+uint64(le32(s[12:])) > uint64(len(v.text)) {
			r.err = errStaleSnapshot
			return nil
		}
		empty = empty || le32(s[4:]) == 0
	}
	if !empty {
		r.err = errStaleSnapshot
		return nil
	}
	return v
}

// le32 and le64 read a little-endian number at the start of s.
func le32(s string) uint32 {
	_ = s[3]
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}

func le64(s string) uint64 { return uint64(le32(s)) | uint64(le32(s[4:]))<<32 }

// snapWriter appends unsigned varints, booleans and length-prefixed
// strings.
type snapWriter struct{ buf []byte }

func (w *snapWriter) uint(v uint64) { w.buf = binary.AppendUvarint(w.buf, v) }
func (w *snapWriter) int(v int)     { w.uint(uint64(v)) }
func (w *snapWriter) str(s string)  { w.uint(uint64(len(s))); w.buf = append(w.buf, s...) }
func (w *snapWriter) bool(b bool) {
	if b {
		w.uint(1)
	} else {
		w.uint(0)
	}
}

// writeMap writes m's pairs in key order, so a snapshot is the same
// from build to build.
func writeMap[V any](w *snapWriter, m map[string]V, value func(V)) {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	w.int(len(keys))
	for _, k := range keys {
		w.str(k)
		value(m[k])
	}
}

func writeList[T any](w *snapWriter, list []T, value func(T)) {
	w.int(len(list))
	for _, e := range list {
		value(e)
	}
}

// snapReader reads what snapWriter wrote; a read past the end or a
// malformed number sets err, and every later read returns zero.
type snapReader struct {
	s   string
	off int
	err error
}

func (r *snapReader) uint() uint64 {
	var v uint64
	for shift := uint(0); shift < 64; shift += 7 {
		if r.err != nil || r.off >= len(r.s) {
			r.err = errStaleSnapshot
			return 0
		}
		c := r.s[r.off]
		r.off++
		v |= uint64(c&0x7f) << shift
		if c < 0x80 {
			return v
		}
	}
	r.err = errStaleSnapshot
	return 0
}

func (r *snapReader) int() int   { return int(r.uint()) }
func (r *snapReader) bool() bool { return r.uint() != 0 }

func (r *snapReader) str() string {
	n := r.uint()
	if r.err != nil || n > uint64(len(r.s)-r.off) {
		r.err = errStaleSnapshot
		return ""
	}
	s := r.s[r.off : r.off+int(n)]
	r.off += int(n)
	return s
}

func readMap[V any](r *snapReader, value func() V) map[string]V {
	n := r.uint()
	if r.err != nil || n > uint64(len(r.s)) {
		r.err = errStaleSnapshot
		return nil
	}
	m := make(map[string]V, n)
	for ; n > 0 && r.err == nil; n-- {
		k := r.str()
		m[k] = value()
	}
	return m
}

func readList[T any](r *snapReader, value func() T) []T {
	n := r.uint()
	if r.err != nil || n > uint64(len(r.s)) {
		r.err = errStaleSnapshot
		return nil
	}
	list := make([]T, n)
	for i := range list {
		list[i] = value()
	}
	return list
}
