package extract_test

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"text/tabwriter"

	"gopkg.in/yaml.v3"

	"github.com/briefing-tools/briefing/internal/briefing"
	"github.com/briefing-tools/briefing/internal/extract"
)

// Quality thresholds on the micro-averaged totals over all fixtures.
const (
	minActorF1        = 0.93
	minAssetF1        = 0.92
	minQuestionRecall = 0.86
	// attributes of matched assets: whose each is, and what is happening
	// to it
	minSideAccuracy   = 0.85
	minStatusAccuracy = 0.65
)

// gold is a fixture's NAME.gold.yaml annotation.
type gold struct {
	Actors []struct {
		Name        string   `yaml:"name"`
		Kind        string   `yaml:"kind"`
		Title       string   `yaml:"title"`
		Affiliation string   `yaml:"affiliation"`
		Aliases     []string `yaml:"aliases"`
	} `yaml:"actors"`
	Assets []struct {
		Name     string   `yaml:"name"`
		Aliases  []string `yaml:"aliases"`
		Category string   `yaml:"category"`
		Side     string   `yaml:"side"`
		Status   string   `yaml:"status"`
		Quantity string   `yaml:"quantity"`
		Location string   `yaml:"location"`
	} `yaml:"assets"`
	Questions []struct {
		Text     string `yaml:"text"`
		Kind     string `yaml:"kind"`
		Evidence string `yaml:"evidence"`
	} `yaml:"questions"`
}

// goldPath is the annotation file beside a fixture document.
func goldPath(doc string) string {
	return strings.TrimSuffix(doc, filepath.Ext(doc)) + ".gold.yaml"
}

// readGold decodes strictly, so a misspelt key in a gold file is an error
// rather than a silently empty attribute.
func readGold(path string) (gold, error) {
	var g gold
	data, err := os.ReadFile(path)
	if err != nil {
		return g, err
	}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&g); err != nil && !errors.Is(err, io.EOF) {
		return g, fmt.Errorf("decode %s: %w", path, err)
	}
	return g, nil
}

// fixtureScore is one fixture's result, kept for the report.
type fixtureScore struct {
	name                string
	actors, assets      counts
	qRecall, qPrecision counts // over gold questions; over extracted ones
	actorFN, actorFP    []string
	assetFN, assetFP    []string
	questionFN, wrongQ  []string
	attrNotes           []string
	kind, side, st, cat attr
	mentions            []string
}

func TestGoldQuality(t *testing.T) {
	var scores []fixtureScore
	annotated := map[string]bool{}
	for _, path := range fixtureFiles(t) {
		gp := goldPath(path)
		annotated[gp] = true
		if _, err := os.Stat(gp); err != nil {
			t.Errorf("%s has no gold file %s: every fixture document needs one", path, filepath.Base(gp))
			continue
		}
		g, err := readGold(gp)
		if err != nil {
			t.Errorf("%v", err)
			continue
		}
		scores = append(scores, scoreFixture(t, path, g))
	}
	// A gold file whose document was renamed would silently stop counting.
	goldFiles, _ := filepath.Glob(filepath.Join(fixturesDir, "*.gold.yaml"))
	for _, gp := range goldFiles {
		if !annotated[gp] {
			t.Errorf("gold file %s has no fixture document beside it", gp)
		}
	}

	var total fixtureScore
	total.name = "TOTAL (micro)"
	for _, s := range scores {
		total.actors.add(s.actors)
		total.assets.add(s.assets)
		total.qRecall.add(s.qRecall)
		total.qPrecision.add(s.qPrecision)
		for _, p := range []struct{ dst, src *attr }{{&total.kind, &s.kind}, {&total.side, &s.side}, {&total.st, &s.st}, {&total.cat, &s.cat}} {
			p.dst.ok += p.src.ok
			p.dst.n += p.src.n
		}
		total.mentions = append(total.mentions, s.mentions...)
	}

	t.Log("\n" + scoreTable(append(scores, total)))
	t.Log("\n" + tuningNotes(scores))
	t.Logf("attribute accuracy on matched pairs: actor kind %s, asset side %s, asset status %s, asset category %s",
		total.kind, total.side, total.st, total.cat)

	for _, m := range total.mentions {
		t.Errorf("bad mention: %s", m)
	}
	if f := total.actors.f1(); f < minActorF1 {
		t.Errorf("actor F1 %.3f < %.2f (tp %d, fp %d, fn %d)", f, minActorF1, total.actors.tp, total.actors.fp, total.actors.fn)
	}
	if f := total.assets.f1(); f < minAssetF1 {
		t.Errorf("asset F1 %.3f < %.2f (tp %d, fp %d, fn %d)", f, minAssetF1, total.assets.tp, total.assets.fp, total.assets.fn)
	}
	if total.side.n > 0 && float64(total.side.ok)/float64(total.side.n) < minSideAccuracy {
		t.Errorf("asset side accuracy %s < %.2f", total.side, minSideAccuracy)
	}
	if total.st.n > 0 && float64(total.st.ok)/float64(total.st.n) < minStatusAccuracy {
		t.Errorf("asset status accuracy %s < %.2f", total.st, minStatusAccuracy)
	}
	if r := total.qRecall.recall(); r < minQuestionRecall {
		t.Errorf("question recall %.3f < %.2f (%d of %d gold questions)", r, minQuestionRecall, total.qRecall.tp, total.qRecall.tp+total.qRecall.fn)
	}
}

// scoreFixture loads one fixture alone, runs the pipeline and scores it.
func scoreFixture(t *testing.T, path string, g gold) fixtureScore {
	doc := loadOne(t, path)
	b := extract.Run([]briefing.Document{doc})
	s := fixtureScore{name: filepath.Base(path)}

	// Actors.
	var goldActors, gotActors []named
	for _, a := range g.Actors {
		goldActors = append(goldActors, named{Name: a.Name, Aliases: a.Aliases})
	}
	for _, a := range b.Actors {
		gotActors = append(gotActors, actorNamed(a))
	}
	pairs, fn, fp := matchNamed(goldActors, gotActors)
	s.actors = counts{tp: len(pairs), fp: len(fp), fn: len(fn)}
	for _, i := range fn {
		s.actorFN = append(s.actorFN, g.Actors[i].Name)
	}
	for _, i := range fp {
		s.actorFP = append(s.actorFP, b.Actors[i].Name)
	}
	for gi, ei := range sortedPairs(pairs) {
		s.note(s.kind.compare(g.Actors[gi].Name, "kind", g.Actors[gi].Kind, string(b.Actors[ei].Kind)))
	}

	// Assets.
	var goldAssets, gotAssets []named
	for _, a := range g.Assets {
		goldAssets = append(goldAssets, named{Name: a.Name, Aliases: a.Aliases, asset: true})
	}
	for _, a := range b.Assets {
		gotAssets = append(gotAssets, assetNamed(a))
	}
	pairs, fn, fp = matchNamed(goldAssets, gotAssets)
	s.assets = counts{tp: len(pairs), fp: len(fp), fn: len(fn)}
	for _, i := range fn {
		s.assetFN = append(s.assetFN, g.Assets[i].Name)
	}
	for _, i := range fp {
		s.assetFP = append(s.assetFP, b.Assets[i].Name)
	}
	for gi, ei := range sortedPairs(pairs) {
		ga, a := g.Assets[gi], b.Assets[ei]
		s.note(s.side.compare(ga.Name, "side", ga.Side, a.Side))
		s.note(s.st.compare(ga.Name, "status", ga.Status, string(a.Status)))
		s.note(s.cat.compare(ga.Name, "category", ga.Category, a.Category))
	}

	// Questions: matched by where their evidence lies, not by wording,
	// since a question can be phrased many ways.
	type rng struct{ start, end int }
	var goldRanges []rng
	for _, q := range g.Questions {
		i := strings.Index(doc.Text, q.Evidence)
		if q.Evidence == "" || i < 0 {
			t.Errorf("%s: broken gold file: evidence %q of question %q is not in the document text",
				filepath.Base(goldPath(path)), q.Evidence, q.Text)
			continue
		}
		goldRanges = append(goldRanges, rng{i, i + len(q.Evidence)})
	}
	hits := func(q briefing.Question, r rng) bool {
		for _, e := range evidenceIn(q, doc.ID) {
			if overlaps(e.Start, e.End, r.start, r.end) {
				return true
			}
		}
		return false
	}
	for _, r := range goldRanges {
		found := false
		for _, q := range b.Questions {
			if hits(q, r) {
				found = true
				break
			}
		}
		if found {
			s.qRecall.tp++
		} else {
			s.qRecall.fn++
			s.questionFN = append(s.questionFN, shorten(doc.Text[r.start:r.end], 70))
		}
	}
	// Gold questions missed count against precision too, so a fixture
	// with no extracted questions does not score a perfect 1.
	s.qPrecision.fn = s.qRecall.fn
	for _, q := range b.Questions {
		ok := false
		for _, r := range goldRanges {
			if hits(q, r) {
				ok = true
				break
			}
		}
		if ok {
			s.qPrecision.tp++
		} else {
			s.qPrecision.fp++
			s.wrongQ = append(s.wrongQ, shorten(q.Text, 70))
		}
	}

	s.mentions = mentionProblems(b)
	for i := range s.mentions {
		s.mentions[i] = s.name + ": " + s.mentions[i]
	}
	return s
}

func (s *fixtureScore) note(n string) {
	if n != "" {
		s.attrNotes = append(s.attrNotes, n)
	}
}

// scoreTable renders the per-fixture scores as aligned columns.
func scoreTable(rows []fixtureScore) string {
	var buf strings.Builder
	w := tabwriter.NewWriter(&buf, 0, 0, 1, ' ', 0)
	fmt.Fprintln(w, "fixture\t|\tactors P\tR\tF1\ttp/fp/fn\t|\tassets P\tR\tF1\ttp/fp/fn\t|\tquestions R\tP\tfound/gold")
	for _, r := range rows {
		fmt.Fprintf(w, "%s\t|\t%.2f\t%.2f\t%.2f\t%s\t|\t%.2f\t%.2f\t%.2f\t%s\t|\t%.2f\t%.2f\t%d/%d\n",
			r.name,
			r.actors.precision(), r.actors.recall(), r.actors.f1(), tpfpfn(r.actors),
			r.assets.precision(), r.assets.recall(), r.assets.f1(), tpfpfn(r.assets),
			r.qRecall.recall(), r.qPrecision.precision(), r.qRecall.tp, r.qRecall.tp+r.qRecall.fn)
	}
	w.Flush()
	return buf.String()
}

func tpfpfn(c counts) string { return fmt.Sprintf("%d/%d/%d", c.tp, c.fp, c.fn) }

// tuningNotes lists, per fixture, what was missed and what was invented.
func tuningNotes(rows []fixtureScore) string {
	var b strings.Builder
	line := func(label string, items []string) {
		if len(items) > 0 {
			fmt.Fprintf(&b, "    %-13s %s\n", label, strings.Join(items, " · "))
		}
	}
	for _, r := range rows {
		fmt.Fprintf(&b, "  %s\n", r.name)
		line("actors FN:", r.actorFN)
		line("actors FP:", r.actorFP)
		line("assets FN:", r.assetFN)
		line("assets FP:", r.assetFP)
		line("questions FN:", r.questionFN)
		line("questions FP:", r.wrongQ)
		line("attributes:", r.attrNotes)
	}
	return b.String()
}
