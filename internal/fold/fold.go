// Package fold lower-cases text for matching without moving byte offsets,
// so a match found in the folded text is a span of the original.
package fold

import (
	"encoding/binary"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// Lower lower-cases s rune by rune, keeping any rune whose lower case
// would take a different number of bytes ("İ" stays "İ"), so that
// len(Lower(s)) == len(s) and offsets into the result are offsets into s.
// Invalid UTF-8 bytes are kept as they are.
func Lower(s string) string {
	b := make([]byte, len(s))
	lowerInto(b, s)
	// b is never written again: the string shares it instead of copying
	// a document's worth of bytes
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// lowerInto writes the lower case of s into b, which is len(s) long.
func lowerInto(b []byte, s string) {
	b = b[:len(s)]
	for i := 0; i < len(s); {
		// eight ASCII bytes at a time: most of a document
		if i+8 <= len(s) {
			if x := load64(s[i : i+8]); x&highBits == 0 {
				binary.LittleEndian.PutUint64(b[i:], lowerASCII8(x))
				i += 8
				continue
			}
		}
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b[i] = c
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if l := unicode.ToLower(r); r != utf8.RuneError && l != r && utf8.RuneLen(l) == size {
			utf8.EncodeRune(b[i:], l)
		} else {
			copy(b[i:i+size], s[i:i+size])
		}
		i += size
	}
}

const highBits = 0x8080808080808080

// load64 reads eight bytes of s as one little-endian word (the compiler
// makes it a single load).
func load64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// lowerASCII8 lower-cases eight ASCII bytes packed in x. Adding 0x3f to
// a byte sets its high bit from 'A' up, adding 0x25 from past 'Z'; no
// byte carries into the next because every byte is below 0x80.
func lowerASCII8(x uint64) uint64 {
	const ones = 0x0101010101010101
	fromA := x + ones*(0x80-'A')
	pastZ := x + ones*(0x80-'Z'-1)
	upper := fromA &^ pastZ & highBits
	return x | upper>>2 // 0x80>>2 is 0x20, the case bit
}

// Buffer lower-cases text into memory it keeps: the string Lower returns
// is valid only until the next call. A worker folding one document after
// another reuses one buffer instead of allocating a copy per document.
type Buffer struct{ b []byte }

// Lower is the package's Lower, into the buffer.
func (f *Buffer) Lower(s string) string {
	if cap(f.b) < len(s) {
		f.b = make([]byte, len(s))
	}
	f.b = f.b[:len(s)]
	lowerInto(f.b, s)
	return unsafe.String(unsafe.SliceData(f.b), len(f.b))
}
