package extract_test

import (
	"fmt"
	"hash/maphash"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"testing"
	"unicode"

	"github.com/briefing-tools/briefing/internal/briefing"
	"github.com/briefing-tools/briefing/internal/crossdoc"
	"github.com/briefing-tools/briefing/internal/extract"
)

// benchCorpus replicates the fixture documents until their text reaches
// target bytes. Fixture files are loaded one by one so the hostile/
// inputs stay out. It returns the documents and their total text size.
func benchCorpus(b *testing.B, target int) ([]briefing.Document, int) {
	b.Helper()
	var base []briefing.Document
	for _, path := range fixtureFiles(b) {
		base = append(base, loadOne(b, path))
	}
	var docs []briefing.Document
	total := 0
	for total < target {
		for _, d := range base {
			docs = append(docs, renamed(d, fmt.Sprintf("d%d", len(docs)+1)))
			total += len(d.Text)
			if total >= target {
				break
			}
		}
	}
	return docs, total
}

// renamed copies a document under a new id. Curated spans name their
// document, so they are copied and re-pointed; the rest is shared
// read-only.
func renamed(d briefing.Document, id string) briefing.Document {
	d.ID = id
	d.Curated = slices.Clone(d.Curated)
	for i := range d.Curated {
		d.Curated[i].Span.Doc = id
	}
	return d
}

// runBench times extract.Run over the corpus and reports MB/s.
func runBench(b *testing.B, target int) {
	docs, total := benchCorpus(b, target)
	timeRun(b, docs, total)
}

// timeRun times extract.Run over docs, total bytes of text.
func timeRun(b *testing.B, docs []briefing.Document, total int) {
	b.Helper()
	timeFunc(b, docs, total, extract.Run)
}

// timeFunc times run over docs, total bytes of text.
func timeFunc(b *testing.B, docs []briefing.Document, total int, run func([]briefing.Document) briefing.Briefing) {
	b.Helper()
	// the embedded gazetteer is compiled once per process, on first use:
	// outside the timed loop, which b.Loop runs only once
	if _, err := extract.DefaultGazetteer(); err != nil {
		b.Fatal(err)
	}
	// Run is handed a fresh copy of the slice each time, so an
	// implementation that reorders or rewrites it cannot skew later
	// iterations; copying into a reused buffer keeps this allocation-free.
	in := make([]briefing.Document, len(docs))
	b.SetBytes(int64(total))
	b.ReportAllocs()
	cpu := startCPU(b)
	for b.Loop() {
		copy(in, docs)
		run(in)
		cpu.tick()
	}
	cpu.report()
}

func BenchmarkExtract(b *testing.B) {
	runBench(b, 5<<20)
}

// BenchmarkBaselineScan is the floor extraction is measured against: one
// pass over the same corpus as BenchmarkExtract that splits the text into
// words and hashes every word, and nothing else (scripts/bench prints
// the ratio).
func BenchmarkBaselineScan(b *testing.B) {
	docs, total := benchCorpus(b, 5<<20)
	seed := maphash.MakeSeed()
	b.SetBytes(int64(total))
	b.ReportAllocs()
	var sum uint64
	for b.Loop() {
		for i := range docs {
			sum += scanWords(docs[i].Text, seed)
		}
	}
	if sum == 1 {
		b.Log(sum) // keeps the work from being optimised away
	}
}

// scanWords hashes every run of letters and digits of text.
func scanWords(text string, seed maphash.Seed) uint64 {
	var sum uint64
	start := -1
	for i, r := range text {
		word := unicode.IsLetter(r) || unicode.IsDigit(r)
		switch {
		case word && start < 0:
			start = i
		case !word && start >= 0:
			sum += maphash.String(seed, text[start:i])
			start = -1
		}
	}
	if start >= 0 {
		sum += maphash.String(seed, text[start:])
	}
	return sum
}

// BenchmarkExtractScaling shows whether cost grows linearly with input:
// MB/s should be about the same for both sizes.
func BenchmarkExtractScaling(b *testing.B) {
	for _, size := range []struct {
		name   string
		target int
	}{{"1MB", 1 << 20}, {"4MB", 4 << 20}} {
		b.Run(size.name, func(b *testing.B) { runBench(b, size.target) })
	}
}

// BenchmarkExtractParallel runs the same corpus with one worker per core,
// as the command line does; BenchmarkExtract is the single-goroutine
// figure the budget refers to.
func BenchmarkExtractParallel(b *testing.B) {
	docs, size := benchCorpus(b, 5<<20)
	g, err := extract.DefaultGazetteer()
	if err != nil {
		b.Fatal(err)
	}
	e := extract.New(g)
	e.Workers = runtime.GOMAXPROCS(0)
	work := make([]briefing.Document, len(docs))
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		copy(work, docs)
		e.Run(work)
	}
}

// BenchmarkExtractOneLargeDocument joins the corpus into a single
// document at two sizes: per-document work must stay linear too (no
// rule may scan every mention for every sentence).
func BenchmarkExtractOneLargeDocument(b *testing.B) {
	for _, size := range []int{1 << 20, 4 << 20} {
		b.Run(fmt.Sprintf("%dMB", size>>20), func(b *testing.B) {
			docs, _ := benchCorpus(b, size)
			var text []byte
			for _, d := range docs {
				text = append(append(text, d.Text...), "\n\n"...)
			}
			doc := briefing.Document{ID: "d1", Path: "large.txt", Format: briefing.FormatText, Text: string(text)}
			if _, err := extract.DefaultGazetteer(); err != nil { // compiled outside the timed loop
				b.Fatal(err)
			}
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				extract.Run([]briefing.Document{doc})
			}
		})
	}
}

// BenchmarkExtractRealdev runs the real articles of ../shared/realdev
// (see realdevGold), copied until they reach 1 MB, each copy with a line
// of its own so no two texts are the same: real reporting is denser in
// names, dates and hedges than the fixtures.
func BenchmarkExtractRealdev(b *testing.B) {
	docs, total := realdevCorpus(b)
	timeRun(b, docs, total)
}

// BenchmarkExtractDocuments is BenchmarkExtract without the pass over
// what the documents show together: the cost of reading the documents
// one by one and merging their items, comparable with extractors from
// before that pass existed.
func BenchmarkExtractDocuments(b *testing.B) {
	docs, total := benchCorpus(b, 5<<20)
	timeFunc(b, docs, total, extract.DocumentsOneByOne)
}

// BenchmarkExtractRealdevDocuments is BenchmarkExtractDocuments on
// BenchmarkExtractRealdev's corpus.
func BenchmarkExtractRealdevDocuments(b *testing.B) {
	docs, total := realdevCorpus(b)
	timeFunc(b, docs, total, extract.DocumentsOneByOne)
}

// BenchmarkCrossDocRealdev times only the pass over what the documents
// show together (timeline, conflicts, sources) on the briefing of
// BenchmarkExtractRealdev's corpus. It is part of extract.Run, so the
// difference of the two is the cost of reading the documents one by one
// (scripts/bench prints it).
func BenchmarkCrossDocRealdev(b *testing.B) {
	docs, total := realdevCorpus(b)
	timeCrossDoc(b, docs, total)
}

// BenchmarkCrossDoc is BenchmarkCrossDocRealdev on BenchmarkExtract's
// corpus.
func BenchmarkCrossDoc(b *testing.B) {
	docs, total := benchCorpus(b, 5<<20)
	timeCrossDoc(b, docs, total)
}

// timeCrossDoc times crossdoc.Annotate on the briefing of docs.
func timeCrossDoc(b *testing.B, docs []briefing.Document, total int) {
	b.Helper()
	out := extract.Run(docs)
	b.SetBytes(int64(total))
	b.ReportAllocs()
	cpu := startCPU(b)
	for b.Loop() {
		crossdoc.Annotate(&out, 1) // derived questions are dropped and raised again
		cpu.tick()
	}
	cpu.report()
}

// realdevCorpus reads the real articles into distinct copies until they
// reach 1 MB, or skips the benchmark where the set is absent.
func realdevCorpus(b *testing.B) ([]briefing.Document, int) {
	b.Helper()
	gold, _ := realdevGold()
	paths, _ := filepath.Glob(filepath.Join(filepath.Dir(gold), "docs", "*.txt"))
	if len(paths) == 0 {
		b.Skipf("no real articles beside %s", gold)
	}
	texts := make([]string, len(paths))
	for i, p := range paths {
		raw, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		texts[i] = string(raw)
	}
	var docs []briefing.Document
	total := 0
	for total < 1<<20 {
		for i, p := range paths {
			id := fmt.Sprintf("d%d", len(docs)+1)
			text := texts[i] + "\n\nCopy " + id + ".\n"
			docs = append(docs, briefing.Document{ID: id, Path: p, Format: briefing.FormatText, Text: text})
			total += len(text)
		}
	}
	return docs, total
}
