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
		v.each(func(w string, id int32) { byID[id] = append(byID[id], w) })
		out := map[string]string{}
		v.each(func(w string, id int32) {
			if sing := g.index.words.singular(id); sing >= 0 {
				// the least word of the singular's id names it
				least := ""
				for _, x := range byID[sing] {
					if least == "" || x < least {
						least = x
					}
				}
				out[w] = least
			}
		})
		return out
	}
	first := singulars()
	for range 4 {
		if next := singulars(); !maps.Equal(first, next) {
			t.Fatalf("the singulars of the vocabulary differ between two builds of the same data")
		}
	}
}
