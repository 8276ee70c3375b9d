package extract

import (
	"maps"
	"testing"
)

// The index is built from maps, whose order changes from run to run;
// what a word's singular is must not (it once did, so one process in
// two read "Regiment" differently from the next).
func TestSingularsDoNotDependOnMapOrder(t *testing.T) {
	singulars := func() map[string]string {
		g, err := readEmbedded()
		if err != nil {
			t.Fatal(err)
		}
		g.build()
		v := g.index.vocab
		byID := map[int32][]string{}
		for i, s := range v.slots {
			if s.id >= 0 {
				byID[s.id] = append(byID[s.id], v.words[i])
			}
		}
		out := map[string]string{}
		for i, s := range v.slots {
			if s.id < 0 {
				continue
			}
			if sing := g.index.singular[s.id]; sing >= 0 {
				// the least word of the singular's id names it
				least := ""
				for _, w := range byID[sing] {
					if least == "" || w < least {
						least = w
					}
				}
				out[v.words[i]] = least
			}
		}
		return out
	}
	first := singulars()
	for range 4 {
		if next := singulars(); !maps.Equal(first, next) {
			t.Fatalf("the singulars of the vocabulary differ between two builds of the same data")
		}
	}
}
