package ingest

import (
	"strings"
	"testing"
	"unicode/utf8"
)

var sanitizeCases = []struct {
	name, in, want string
}{
	{"plain text unchanged", "The carrier sailed.\nIt arrived.", "The carrier sailed.\nIt arrived."},
	{"CSI clear screen", "before\x1b[2J\x1b[Hafter", "beforeafter"},
	{"CSI colour", "\x1b[1;31mred\x1b[0m", "red"},
	{"CSI cursor report request", "a\x1b[6nb", "ab"},
	{"CSI private mode", "a\x1b[?1049hb", "ab"},
	{"OSC 0 title with BEL", "a\x1b]0;pwned\x07b", "ab"},
	{"OSC 2 title with ST", "a\x1b]2;pwned\x1b\\b", "ab"},
	{"OSC 8 hyperlink", "\x1b]8;;https://evil.example/\x1b\\click\x1b]8;;\x1b\\", "click"},
	{"OSC 52 clipboard", "x\x1b]52;c;cm0gLXJmIC8=\x07y", "xy"},
	{"unterminated OSC ends at newline", "a\x1b]0;never ends\nnext line", "a\nnext line"},
	{"DCS", "a\x1bPq#0;2;0;0;0\x1b\\b", "ab"},
	{"APC", "a\x1b_Gf=24;AAAA\x1b\\b", "ab"},
	{"PM and SOS", "a\x1b^pm\x1b\\b\x1bXsos\x1b\\c", "abc"},
	{"ESC c reset", "a\x1bcb", "ab"},
	{"charset designation", "a\x1b(Bb", "ab"},
	{"lone ESC at end", "abc\x1b", "abc"},
	{"8-bit CSI", "a\u009b31mred\u009b0m", "ared"},
	{"8-bit OSC with 8-bit ST", "a\u009d0;title\u009cb", "ab"},
	{"8-bit DCS", "a\u0090q payload\u009cb", "ab"},
	{"8-bit APC", "a\u009fpayload\u009cb", "ab"},
	{"other C1 controls", "a\u0085b\u0084c", "abc"},
	{"BEL", "ding\x07dong", "dingdong"},
	{"backspace overwrite", "safe\x08\x08\x08\x08evil", "safeevil"},
	{"other C0 controls", "a\x00b\x01c\x1fd\x0be\x0cf", "abcdef"},
	{"DEL", "a\x7fb", "ab"},
	{"CRLF", "one\r\ntwo\r\n", "one\ntwo\n"},
	{"lone CR", "one\rtwo", "one\ntwo"},
	{"CR CR LF", "one\r\r\ntwo", "one\n\ntwo"},
	{"tab expands to stop", "a\tb\n\tc", "a   b\n    c"},
	{"bidi override (Trojan Source)", "access \u202eelbat\u202c level", "access elbat level"},
	{"bidi isolates", "\u2066admin\u2069 \u2067x\u2068y", "admin xy"},
	{"bidi marks", "a\u200eb\u200fc\u061cd", "abcd"},
	{"zero-width space and non-joiner", "zero\u200bwidth\u200cjoin", "zerowidthjoin"},
	{"word joiner", "a\u2060b", "ab"},
	{"byte order mark", "\ufeffstart and \ufeffmiddle", "start and middle"},
	{"soft hyphen", "co\u00adoperation", "cooperation"},
	{"ZWJ kept inside emoji", "👨\u200d👩\u200d👧", "👨\u200d👩\u200d👧"},
	{"ZWJ dropped outside emoji", "a\u200db", "ab"},
	{"line separator", "a\u2028b\u2029c", "a\nb\nc"},
	{"invalid UTF-8", "caf\xe9 ok", "caf\uFFFD ok"},
	{"HTML entity decoded ESC", "x" + "\x1b" + "[2Jy", "xy"},
	{"JSON decoded ESC", "title \u001b]0;owned\u0007 here", "title  here"},
	{"CJK and emoji kept", "台灣 🚢 e\u0301", "台灣 🚢 e\u0301"},
}

func TestSanitize(t *testing.T) {
	for _, tc := range sanitizeCases {
		t.Run(tc.name, func(t *testing.T) {
			got := Sanitize(tc.in)
			if got != tc.want {
				t.Errorf("Sanitize(%q)\n got %q\nwant %q", tc.in, got, tc.want)
			}
			if again := Sanitize(got); again != got {
				t.Errorf("not idempotent: %q → %q", got, again)
			}
		})
	}
}

func TestSanitizeLine(t *testing.T) {
	if got := SanitizeLine("  A\ntitle\x1b[2J  with\tspace "); got != "A title with space" {
		t.Errorf("SanitizeLine = %q", got)
	}
}

// FuzzSanitize proves that no control byte, escape introducer or
// invisible format character survives, whatever the input.
func FuzzSanitize(f *testing.F) {
	for _, tc := range sanitizeCases {
		f.Add(tc.in)
	}
	f.Add("\x1b]8;;http://a\x07\x1b[\x9b\x9d\x1bP\x1b_")
	f.Fuzz(func(t *testing.T, in string) {
		out := Sanitize(in)
		if !utf8.ValidString(out) {
			t.Fatalf("invalid UTF-8 out of %q: %q", in, out)
		}
		for i, r := range out {
			switch {
			case r == '\n':
			case r < 0x20, r == 0x7f, r >= 0x80 && r <= 0x9f:
				t.Fatalf("control %U survived at %d: %q → %q", r, i, in, out)
			case r == '\u200d':
				// allowed only between emoji; checked by the table test
			case isInvisibleFormat(r):
				t.Fatalf("format character %U survived: %q → %q", r, in, out)
			}
		}
		if strings.ContainsRune(out, '\x1b') {
			t.Fatalf("ESC survived: %q", out)
		}
		if again := Sanitize(out); again != out {
			t.Fatalf("not idempotent: %q → %q → %q", in, out, again)
		}
	})
}

func BenchmarkSanitize(b *testing.B) {
	text := strings.Repeat("The carrier strike group includes destroyers with Tomahawk missiles. ", 1000)
	dirty := strings.Repeat("The carrier \x1b[1mstrike\x1b[0m group\tincludes destroyers — 台灣.\r\n", 1000)
	b.Run("clean", func(b *testing.B) {
		b.SetBytes(int64(len(text)))
		for b.Loop() {
			Sanitize(text)
		}
	})
	b.Run("dirty", func(b *testing.B) {
		b.SetBytes(int64(len(dirty)))
		for b.Loop() {
			Sanitize(dirty)
		}
	})
}

// TestIsSafeAgreesWithSanitize: whatever isSafe lets through unchanged,
// Sanitize (or SanitizeLine for one-line fields) would not change either.
func TestIsSafeAgreesWithSanitize(t *testing.T) {
	for _, s := range []string{
		"plain", "two\nlines", "tab\there", "café “quoted” — dash", "x\x1b]52;c;SGk=\a", "c1\u009b2J", "bidi\u202e",
		"zero\u200bwidth", "bad\xffutf8", "cr\r\n", "emoji 👩\u200d💻", "line\u2028sep", "del\x7f", "",
	} {
		for _, multiline := range []bool{true, false} {
			want := SanitizeLine(s)
			if multiline {
				want = Sanitize(s)
			}
			if isSafe(s, multiline) && want != s {
				t.Errorf("isSafe(%q, %v) but sanitising gives %q", s, multiline, want)
			}
		}
	}
}
