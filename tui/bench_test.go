package tui

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/briefing-tools/briefing/internal/briefing"
	"github.com/briefing-tools/briefing/internal/extract"
	"github.com/briefing-tools/briefing/internal/ingest"
)

// bigBriefing builds one long document whose sentences name every asset
// and actor, with the items spread over sides, domains, kinds and
// statuses, and questions whose evidence is spread through the text. Every
// item is mentioned in the document, so the document's panes list them all.
func bigBriefing(nAssets, nActors, nQuestions, textBytes int) *briefing.Briefing {
	sides := []string{"United States", "Russia", "China", "Iran", "Israel", "United Kingdom",
		"France", "Ukraine", "India", "Pakistan", "North Korea", ""}
	categories := []string{"frigate", "destroyer", "fighter aircraft", "air-defence system",
		"ballistic missile", "drone", "brigade", "submarine", "tanker", "helicopter"}
	places := []string{"the Red Sea", "the Baltic", "Taiwan Strait", "Black Sea", "Gulf of Oman", "the coast"}

	assetName := func(i int) string {
		return fmt.Sprintf("%s %05d", strings.ToUpper(categories[i%len(categories)][:3]), i)
	}
	actorName := func(i int) string { return fmt.Sprintf("Actor %04d Example", i) }

	var text strings.Builder
	doc := "d1"
	assetSpans := make([][]briefing.Span, nAssets)
	actorSpans := make([][]briefing.Span, nActors)
	var sentences []briefing.Span
	add := func(s string) briefing.Span {
		start := text.Len()
		text.WriteString(s)
		return briefing.Span{Doc: doc, Start: start, End: text.Len()}
	}
	for s := 0; text.Len() < textBytes || 3*s < nAssets || s < nActors; s++ {
		start := text.Len()
		actor := s % nActors
		actorSpans[actor] = append(actorSpans[actor], add(actorName(actor)))
		add(": ")
		for k := 0; k < 3; k++ {
			a := (3*s + k) % nAssets
			assetSpans[a] = append(assetSpans[a], add(assetName(a)))
			add([]string{", ", " and ", " may move to "}[k])
		}
		add(fmt.Sprintf("%s by day %d. ", places[s%len(places)], s%365))
		sentences = append(sentences, briefing.Span{Doc: doc, Start: start, End: text.Len()})
		if s%6 == 5 {
			text.WriteString("\n\n")
		}
	}
	b := &briefing.Briefing{Documents: []briefing.Document{{
		ID: doc, Path: "synthetic/long-report.txt", Format: briefing.FormatText,
		Title: "Synthetic theatre-wide report", Date: "2026-01-01", Source: "bench", Text: text.String(),
	}}}
	for i := 0; i < nAssets; i++ {
		a := briefing.Asset{
			ID: fmt.Sprintf("as%d", i), Name: assetName(i), Category: categories[i%len(categories)],
			Domain: briefing.Domains[i%len(briefing.Domains)], Side: sides[i%len(sides)],
			Status: briefing.Statuses[i%len(briefing.Statuses)], Location: places[i%len(places)],
			Origin: briefing.Extracted, Mentions: assetSpans[i],
		}
		if i%7 == 0 {
			a.Quantity = fmt.Sprintf("%d", i%12+1)
		}
		if i%50 == 1 {
			a.Parent = fmt.Sprintf("as%d", i-1)
		}
		b.Assets = append(b.Assets, a)
	}
	for i := 0; i < nActors; i++ {
		b.Actors = append(b.Actors, briefing.Actor{
			ID: fmt.Sprintf("ac%d", i), Name: actorName(i), Kind: briefing.ActorKinds[i%len(briefing.ActorKinds)],
			Title: "Minister", Affiliation: sides[i%len(sides)], Origin: briefing.Extracted, Mentions: actorSpans[i],
		})
	}
	for i := 0; i < nQuestions; i++ {
		s := i * len(sentences) / nQuestions
		b.Questions = append(b.Questions, briefing.Question{
			ID: fmt.Sprintf("q%d", i), Text: fmt.Sprintf("Will the deployment %d change the balance?", i),
			Kind: briefing.QuestionKinds[i%len(briefing.QuestionKinds)], Cue: "may",
			Actors: []string{fmt.Sprintf("ac%d", s%nActors)}, Assets: []string{fmt.Sprintf("as%d", (3*s)%nAssets)},
			Origin: briefing.Extracted, Evidence: []briefing.Span{sentences[s]},
		})
	}
	return b
}

// The budget's briefing: 10,000 assets, 2,000 actors, 500 questions and
// a ~300 KB document.
func largeBriefing() *briefing.Briefing { return bigBriefing(10000, 2000, 500, 300<<10) }

// A tenth of it, to show that per-key costs do not grow with the briefing.
func smallBriefing() *briefing.Briefing { return bigBriefing(1000, 200, 50, 30<<10) }

func TestBigBriefingIsWhatTheBenchmarksSay(t *testing.T) {
	b := largeBriefing()
	if n := len(b.Documents[0].Text); n < 300<<10 || n > 400<<10 {
		t.Errorf("document is %d bytes, want about 300 KB", n)
	}
	m := newTestModel(t, b, 200, 60)
	if got := len(itemRows(m.lists[paneAssets])); got != 10000 {
		t.Errorf("order of battle lists %d assets, want 10000", got)
	}
	if got := len(itemRows(m.lists[paneActors])); got != 2000 {
		t.Errorf("actors pane lists %d, want 2000", got)
	}
	if got := len(itemRows(m.lists[paneQuestions])); got != 500 {
		t.Errorf("questions pane lists %d, want 500", got)
	}
	for _, a := range b.Assets {
		for _, s := range a.Mentions {
			if b.Documents[0].Text[s.Start:s.End] != a.Name {
				t.Fatalf("mention %v of %q reads %q", s, a.Name, b.Documents[0].Text[s.Start:s.End])
			}
		}
	}
	checkFits(t, m.View(), 200, 60)
}

// BenchmarkView200x60 is the DESIGN §8 budget: one View() at 200×60 with
// 10,000 assets (≤ 5 ms).
func BenchmarkView200x60(b *testing.B) {
	m := newTestModel(b, largeBriefing(), 200, 60)
	m, _ = press(b, m, "2", "pgdown", "pgdown") // the order of battle, scrolled
	b.ReportAllocs()
	for b.Loop() {
		_ = m.View()
	}
}

// BenchmarkKeyDown is one step down the order of battle and the frame
// that follows. The two sizes should cost about the same: nothing in a
// key press should be proportional to the briefing.
func BenchmarkKeyDown(b *testing.B) {
	for _, c := range []struct {
		name string
		b    func() *briefing.Briefing
	}{{"assets=1000", smallBriefing}, {"assets=10000", largeBriefing}} {
		b.Run(c.name, func(b *testing.B) {
			m := newTestModel(b, c.b(), 200, 60)
			m, _ = press(b, m, "2")
			down, up := keyMsg("j"), keyMsg("k")
			step := down
			b.ReportAllocs()
			for b.Loop() {
				// at the bottom, walk back up so every key really moves
				if p := m.lists[paneAssets]; p.cursor == len(p.visible)-1 {
					step = up
				} else if p.cursor == 0 {
					step = down
				}
				m, _ = update(b, m, step)
				_ = m.View()
			}
		})
	}
}

// BenchmarkFilter10k types a filter into the 10,000-asset pane, drawing a
// frame after each key as the program does, then clears it with esc.
func BenchmarkFilter10k(b *testing.B) {
	m := newTestModel(b, largeBriefing(), 200, 60)
	m, _ = press(b, m, "2")
	const typed = "frigate"
	keys := append([]string{"/"}, strings.Split(typed, "")...)
	keys = append(keys, "esc")
	b.ReportAllocs()
	for b.Loop() {
		for _, k := range keys {
			m, _ = update(b, m, keyMsg(k))
			_ = m.View()
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(keys)), "ns/key")
}

// BenchmarkNewLargeDocument: building the model for one 4 MB document,
// sizing it and drawing the first frame. The work should follow the
// window, not the 1-cell width the panes have before the first size.
func BenchmarkNewLargeDocument(b *testing.B) {
	br := bigBriefing(1000, 200, 50, 4<<20)
	b.SetBytes(int64(len(br.Documents[0].Text)))
	b.ReportAllocs()
	for b.Loop() {
		m := New(br, Options{Renderer: newTestRenderer()})
		m = resize(b, m, 200, 60)
		_ = m.View()
	}
}

// firstFrame does what the program does before its first frame: load,
// extract with one worker per core (as the command line does), build the
// model, size it and draw it. The embedded gazetteer is built once per
// process; scripts/bench times whole processes for the cold figure.
func firstFrame(b *testing.B, paths []string) {
	b.Helper()
	res := ingest.Load(paths, ingest.Options{})
	if len(res.Documents) == 0 {
		b.Fatalf("nothing loaded from %v: %v", paths, res.Warnings)
	}
	g, err := extract.LoadGazetteer()
	if err != nil {
		b.Fatal(err)
	}
	e := extract.New(g)
	e.Workers = runtime.NumCPU()
	br := e.Run(res.Documents)
	br.Warnings = res.Warnings
	m := New(&br, Options{Renderer: newTestRenderer()})
	m = resize(b, m, 200, 60)
	if m.View() == "" {
		b.Fatal("empty first frame")
	}
}

// seedPath is the article the product was made from (DESIGN §1).
const seedPath = "../../shared/seeds/000_55285c0b103b9a94.txt"

// BenchmarkFirstFrameSeed is the DESIGN §8 budget "load + extract + first
// frame, the seed" (≤ 100 ms).
func BenchmarkFirstFrameSeed(b *testing.B) {
	info, err := os.Stat(seedPath)
	if err != nil {
		b.Skipf("seed not found: %v", err)
	}
	b.SetBytes(info.Size())
	b.ReportAllocs()
	for b.Loop() {
		firstFrame(b, []string{seedPath})
	}
}

// BenchmarkFirstFrame1000Docs: 1,000 documents (~3 MB, copies of the
// fixtures) loaded, extracted and drawn (DESIGN §8: ≤ 1 s).
func BenchmarkFirstFrame1000Docs(b *testing.B) {
	dir, size := thousandDocs(b)
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		firstFrame(b, []string{dir})
	}
}

// thousandDocs copies the fixture documents (not the hostile ones) into a
// temporary directory until it holds 1,000 files, and returns it and its
// size in bytes.
func thousandDocs(b *testing.B) (string, int64) {
	b.Helper()
	var sources []string
	for _, pattern := range []string{"*.txt", "*.md", "*.html"} {
		found, err := filepath.Glob(filepath.Join("..", "fixtures", pattern))
		if err != nil {
			b.Fatal(err)
		}
		sources = append(sources, found...)
	}
	if len(sources) == 0 {
		b.Fatal("no fixture documents in ../fixtures")
	}
	dir := b.TempDir()
	var size int64
	for i := 0; i < 1000; i++ {
		src := sources[i%len(sources)]
		data, err := os.ReadFile(src)
		if err != nil {
			b.Fatal(err)
		}
		name := fmt.Sprintf("%04d-%s", i, filepath.Base(src))
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			b.Fatal(err)
		}
		size += int64(len(data))
	}
	return dir, size
}
