package ingest

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// tabWidth is the tab stop used when tabs are expanded; it matches
// lipgloss, which draws a tab as four cells.
const tabWidth = 4

// Sanitize makes untrusted text safe to show in a terminal. It removes
// every escape sequence (CSI, OSC, DCS, SOS, PM, APC and two-byte forms)
// in both 7-bit and 8-bit (C1) spelling, C0 controls other than newline
// and tab, DEL, bidi overrides and isolates, zero-width characters and
// byte-order marks (a zero-width joiner inside an emoji sequence stays).
// CRLF and lone CR become LF, tabs are expanded to spaces, and invalid
// UTF-8 becomes U+FFFD. Sanitize is idempotent.
func Sanitize(s string) string {
	if isSafe(s, true) {
		// most text needs nothing removed: no copy (a long document's
		// text is the largest thing it holds)
		return s
	}
	s = strings.ToValidUTF8(s, "\uFFFD")
	var b strings.Builder
	b.Grow(len(s))
	col := 0 // runes since the last newline, for tab stops
	var prev rune
	emit := func(r rune) {
		b.WriteRune(r)
		prev = r
		if r == '\n' {
			col = 0
		} else {
			col++
		}
	}
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == 0x1b:
			i += escapeLen(s[i:])
			continue
		case r == 0x9b: // 8-bit CSI
			i += size + csiBodyLen(s[i+size:])
			continue
		case r == 0x90 || r == 0x98 || r == 0x9d || r == 0x9e || r == 0x9f: // DCS SOS OSC PM APC
			i += size + stringBodyLen(s[i+size:])
			continue
		case r == '\r':
			if !strings.HasPrefix(s[i+size:], "\n") {
				emit('\n')
			}
		case r == '\n':
			emit('\n')
		case r == '\t':
			for n := tabWidth - col%tabWidth; n > 0; n-- {
				emit(' ')
			}
		case r == '\u2028' || r == '\u2029':
			emit('\n')
		case r < 0x20 || r == 0x7f || (r >= 0x80 && r <= 0x9f):
			// other C0 and C1 controls, DEL: dropped
		case r == '\u200d':
			next, _ := utf8.DecodeRuneInString(s[i+size:])
			if isEmoji(prev) && isEmoji(next) {
				emit(r)
			}
		case isInvisibleFormat(r):
			// bidi controls, zero-width characters, BOM: dropped
		default:
			emit(r)
		}
		i += size
	}
	return b.String()
}

// isPlain reports whether s is printable ASCII with newlines only, the
// common case, so that clean text costs one scan and no allocation.
func isPlain(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if (c < 0x20 && c != '\n') || c >= 0x7f {
			return false
		}
	}
	return true
}

// isSafe reports whether Sanitize would leave s as it is (and, unless
// multiline, s holds no line break): a scan with no allocation, for text
// that was sanitised already. It may say no to a safe string (a joiner
// inside an emoji): Sanitize then runs and changes nothing.
func isSafe(s string, multiline bool) bool {
	if isPlain(s) {
		return multiline || strings.IndexByte(s, '\n') < 0
	}
	for _, r := range s {
		switch {
		case r >= 0x20 && r < 0x7f:
			// printable ASCII: the common case, and none is a format character
		case r == '\n':
			if !multiline {
				return false
			}
		case r < 0x20, r >= 0x7f && r <= 0x9f, r == '\u2028', r == '\u2029', r == utf8.RuneError, r == '\u200d', isInvisibleFormat(r):
			return false
		}
	}
	return true
}

// isInvisibleFormat reports Unicode format characters (category Cf) and
// other invisible code points that can reorder or hide text.
func isInvisibleFormat(r rune) bool {
	switch {
	case r == '\u200b', r == '\u200c', r == '\u2060', r == '\ufeff', r == '\u180e', r == '\u00ad':
		return true
	case r >= '\u202a' && r <= '\u202e', r >= '\u2066' && r <= '\u2069', r == '\u200e', r == '\u200f', r == '\u061c':
		return true
	}
	return unicode.Is(unicode.Cf, r)
}

// isEmoji is a cheap test for runes that take part in emoji sequences.
func isEmoji(r rune) bool {
	switch {
	case r >= 0x1f000 && r <= 0x1faff, r >= 0x2600 && r <= 0x27bf, r == 0xfe0f:
		return true
	}
	return unicode.Is(unicode.So, r)
}

// escapeLen returns the length of the escape sequence at the start of s,
// which begins with ESC. Unknown or truncated forms drop just the ESC
// and the byte after it, so no sequence can swallow the rest of a text.
func escapeLen(s string) int {
	if len(s) < 2 {
		return len(s)
	}
	switch s[1] {
	case '[':
		return 2 + csiBodyLen(s[2:])
	case ']', 'P', 'X', '^', '_':
		return 2 + stringBodyLen(s[2:])
	}
	// nF sequences: ESC, intermediates 0x20–0x2F, then one final byte.
	n := 1
	for n < len(s) && s[n] >= 0x20 && s[n] <= 0x2f {
		n++
	}
	if n < len(s) && s[n] >= 0x30 && s[n] <= 0x7e {
		n++
	}
	return n
}

// csiBodyLen measures CSI parameters and intermediates up to and including
// the final byte. It stops early at a byte no CSI may contain.
func csiBodyLen(s string) int {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 0x40 && c <= 0x7e:
			return i + 1
		case c >= 0x20 && c <= 0x3f:
			continue
		default:
			return i
		}
	}
	return len(s)
}

// stringBodyLen measures the payload of OSC, DCS, SOS, PM and APC strings
// up to and including the terminator (BEL, ESC \ or 8-bit ST). A payload
// never spans a line: an unterminated string ends at the next newline.
func stringBodyLen(s string) int {
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == 0x07 || r == 0x9c:
			return i + size
		case r == 0x1b:
			if i+1 < len(s) && s[i+1] == '\\' {
				return i + 2
			}
			return i
		case r == '\n' || r == '\r':
			return i
		}
		i += size
	}
	return len(s)
}

// SanitizeLine sanitises a one-line field such as a title: line breaks
// and runs of spaces become single spaces.
func SanitizeLine(s string) string {
	return strings.Join(strings.Fields(Sanitize(s)), " ")
}
