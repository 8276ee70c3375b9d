package extract

import "github.com/briefing-tools/briefing/internal/briefing"

// DocumentsOneByOne lets the benchmarks time the reading of documents
// apart from the pass over what they show together, which the extractor
// before that pass existed did not have: comparing the two needs no
// subtraction of separately timed runs.
func DocumentsOneByOne(docs []briefing.Document) briefing.Briefing {
	g, err := DefaultGazetteer()
	if err != nil {
		panic(err)
	}
	return New(g).documentsOneByOne(docs, nil)
}
