package extract

import "encoding/binary"

// wordRecords holds, by vocabulary id, what the index knows of a word
// beside its forms: its lexicon flags, unit bits, singular, trie child
// of the root and question rules, wordRecordSize bytes a word in
// little-endian order. Bytes in a string, like the edge table, so that
// the embedded index's records are read where they lie in the binary:
// decoding five arrays of them cost every process some 200 KB of
// freshly touched heap.
type wordRecords string

const wordRecordSize = 16

// Offsets of the fields in a record.
const (
	recFlags    = 0  // lex, two bytes
	recUnit     = 2  // unitWords bits, one byte
	recSingular = 4  // id of the word's singular + 1 (0: none)
	recRoot     = 8  // child of the trie's root (0: the word begins no form)
	recCueRules = 12 // question rules the word is a key of (see cueRules)
)

func (w wordRecords) at(id int32) string {
	return string(w[int(id)*wordRecordSize : (int(id)+1)*wordRecordSize])
}

// flags returns a word's lexicon flags.
func (w wordRecords) flags(id int32) lex {
	r := w.at(id)
	return lex(r[recFlags]) | lex(r[recFlags+1])<<8
}

// unit returns a word's unitWords bits (see units.go).
func (w wordRecords) unit(id int32) uint8 { return w.at(id)[recUnit] }

// singular returns the id of a word's singular when the plural is a
// word of its own ("35s" of Su-35S and "35" of F-35), else -1.
func (w wordRecords) singular(id int32) int32 { return int32(le32(w.at(id)[recSingular:])) - 1 }

// root returns the child of the trie's root for a word (0: none).
func (w wordRecords) root(id int32) int32 { return int32(le32(w.at(id)[recRoot:])) }

// cueRules returns the question rules a word is a key of (see
// qlexicon.keys); a plural shares its singular's id.
func (w wordRecords) cueRules(id int32) uint32 { return le32(w.at(id)[recCueRules:]) }

// packWordRecords makes the records of the words' fields, by id.
func packWordRecords(flags []lex, unit []uint8, singular, roots []int32, cueRules []uint32) wordRecords {
	b := make([]byte, len(flags)*wordRecordSize)
	for id := range flags {
		r := b[id*wordRecordSize : (id+1)*wordRecordSize]
		binary.LittleEndian.PutUint16(r[recFlags:], uint16(flags[id]))
		r[recUnit] = unit[id]
		binary.LittleEndian.PutUint32(r[recSingular:], uint32(singular[id]+1))
		binary.LittleEndian.PutUint32(r[recRoot:], uint32(roots[id]))
		binary.LittleEndian.PutUint32(r[recCueRules:], cueRules[id])
	}
	return wordRecords(b)
}
