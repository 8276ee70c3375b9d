package export

import "bytes"

// appendIndented appends src, compact JSON as encoding/json writes it
// (no space outside strings), laid out as json.Indent lays it out: each
// element on its own line, starting with prefix and one indent per
// depth, "[]" and "{}" kept whole, ": " after keys, no prefix before the
// first line. It skips a string's body by searching for its quote, not
// by a state machine step per byte, which made the layout half the cost of
// the export.
func appendIndented(dst, src []byte, prefix, indent string) []byte {
	depth := 0
	newline := func() {
		dst = append(dst, '\n')
		dst = append(dst, prefix...)
		for range depth {
			dst = append(dst, indent...)
		}
	}
	for i := 0; i < len(src); i++ {
		switch c := src[i]; c {
		case '"':
			// to the closing quote: the first one no backslash escapes
			j := i + 1
			for {
				k := bytes.IndexByte(src[j:], '"')
				if k < 0 {
					j = len(src) - 1
					break
				}
				b := bytes.IndexByte(src[j:j+k], '\\')
				if b < 0 {
					j += k
					break
				}
				j += b + 2 // a backslash and the byte it escapes
				if j >= len(src) {
					j = len(src) - 1
					break
				}
			}
			dst = append(dst, src[i:j+1]...)
			i = j
		case '{', '[':
			dst = append(dst, c)
			if i+1 < len(src) && (src[i+1] == '}' || src[i+1] == ']') {
				dst = append(dst, src[i+1])
				i++
				continue
			}
			depth++
			newline()
		case '}', ']':
			depth--
			newline()
			dst = append(dst, c)
		case ',':
			dst = append(dst, c)
			newline()
		case ':':
			dst = append(dst, ':', ' ')
		default:
			dst = append(dst, c)
		}
	}
	return dst
}
