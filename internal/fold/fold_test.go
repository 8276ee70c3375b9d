package fold

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestLowerKeepsOffsets(t *testing.T) {
	cases := map[string]string{
		"USS Carney (DDG-64)":       "uss carney (ddg-64)",
		"МОСКВА и Киев":             "москва и киев",
		"İncirlik Air Base":         "İncirlik air base", // "i̇" is a byte longer: kept
		"ΑΘΗΝΑ":                     "αθηνα",
		"Kelvin \u212a sign":        "kelvin \u212a sign", // K sign lowers to a 1-byte k: kept
		"bad \xff byte":             "bad \xff byte",
		"Straße ÉCOLE Ærø":          "straße école ærø",
		"":                          "",
		"already lower, 3.5 hours.": "already lower, 3.5 hours.",
	}
	for in, want := range cases {
		got := Lower(in)
		if got != want {
			t.Errorf("Lower(%q) = %q, want %q", in, got, want)
		}
		if len(got) != len(in) {
			t.Errorf("Lower(%q) changed the length: %d → %d", in, len(in), len(got))
		}
	}
	// a match in the folded text is a span of the original
	text := "Ships left İzmir for the AEGEAN."
	i := strings.Index(Lower(text), "aegean")
	if text[i:i+len("aegean")] != "AEGEAN" {
		t.Errorf("offset %d does not point at the original word", i)
	}
}

// lowerByRune is Lower written plainly, one rune at a time: the eight
// bytes at a time path must agree with it.
func lowerByRune(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if l := unicode.ToLower(r); r != utf8.RuneError && utf8.RuneLen(l) == size {
			b.WriteRune(l)
		} else {
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}

func TestLowerMatchesRuneByRune(t *testing.T) {
	for _, s := range []string{
		"ABCDEFGHIJKLMNOPQRSTUVWXYZ@[`{ abcdefghijklmnopqrstuvwxyz 0123456789",
		"The USS CARNEY (DDG-64) left Souda Bay; ÉCOLE ÄÖÜ İzmir \xff\xfe ABCDEFGH",
		"\x00\x01\x7f\x40\x5b\x60\x7b ZZZZZZZZAAAAAAAA zzzzzzzz",
	} {
		if got, want := Lower(s), lowerByRune(s); got != want {
			t.Errorf("Lower(%q) = %q, want %q", s, got, want)
		}
	}
}

func FuzzLower(f *testing.F) {
	for _, s := range []string{"İstanbul", "ΣΑΣ", "\xff\xfe", "Ǆ", "ẞ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := Lower(s)
		if len(got) != len(s) {
			t.Fatalf("Lower(%q) = %q: length %d, want %d", s, got, len(got), len(s))
		}
		if want := lowerByRune(s); got != want {
			t.Fatalf("Lower(%q) = %q, want %q", s, got, want)
		}
	})
}

func TestBufferLowerMatchesLower(t *testing.T) {
	var f Buffer
	for _, s := range []string{"The USS CARNEY", "", "ÉCOLE İzmir ABCDEFGHIJ", "short"} {
		if got, want := f.Lower(s), Lower(s); got != want {
			t.Errorf("Buffer.Lower(%q) = %q, want %q", s, got, want)
		}
	}
}
