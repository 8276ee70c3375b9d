package extract_test

import (
	"testing"
	"unicode/utf8"

	"github.com/briefing-tools/briefing/internal/briefing"
	"github.com/briefing-tools/briefing/internal/extract"
)

// FuzzRun feeds arbitrary text to the pipeline: it must not panic, and
// every span must lie inside the text on rune boundaries.
func FuzzRun(f *testing.F) {
	for _, s := range []string{
		"US CENTCOM Chief Adm. Brad Cooper met Lt.-Gen. Eyal Zamir.",
		"The destroyer USS Carney (DDG-64), an Arleigh Burke-class ship, shot down two drones.",
		"It is unclear whether Iran will fire ballistic missiles, or whether Israel would join.",
		"Officials declined to say exactly when, and denied losing any aircraft.",
		"- Eyal Zamir — Lieutenant General\n- THAAD — air-defence system, 2 batteries",
		"(((", "USS", "the the the class class", "Whether?", "台灣 🚢 e\u0301",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return // ingest hands the pipeline valid UTF-8 only
		}
		b := extract.Run([]briefing.Document{{ID: "d1", Text: text}})
		check := func(what string, spans []briefing.Span) {
			for _, s := range spans {
				if s.Start < 0 || s.End > len(text) || s.Start > s.End || !utf8.RuneStart(byteAt(text, s.Start)) {
					t.Fatalf("%s: bad span %+v in %q", what, s, text)
				}
			}
		}
		for _, a := range b.Actors {
			check("actor "+a.Name, a.Mentions)
		}
		for _, a := range b.Assets {
			check("asset "+a.Name, a.Mentions)
		}
		for _, q := range b.Questions {
			check("question "+q.Text, q.Evidence)
		}
	})
}

func byteAt(s string, i int) byte {
	if i >= len(s) {
		return 0
	}
	return s[i]
}
