package fold

import (
	"strings"
	"testing"
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

func FuzzLower(f *testing.F) {
	for _, s := range []string{"İstanbul", "ΣΑΣ", "\xff\xfe", "Ǆ", "ẞ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got := Lower(s); len(got) != len(s) {
			t.Fatalf("Lower(%q) = %q: length %d, want %d", s, got, len(got), len(s))
		}
	})
}
