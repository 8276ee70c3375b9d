// Package fold lower-cases text for matching without moving byte offsets,
// so a match found in the folded text is a span of the original.
package fold

import (
	"unicode"
	"unicode/utf8"
)

// Lower lower-cases s rune by rune, keeping any rune whose lower case
// would take a different number of bytes ("İ" stays "İ"), so that
// len(Lower(s)) == len(s) and offsets into the result are offsets into s.
// Invalid UTF-8 bytes are kept as they are.
func Lower(s string) string {
	b := make([]byte, len(s))
	for i := 0; i < len(s); {
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
	return string(b)
}
