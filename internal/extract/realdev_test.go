package extract_test

import (
	"encoding/json"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/briefing-tools/briefing/internal/briefing"
	"github.com/briefing-tools/briefing/internal/extract"
	"github.com/briefing-tools/briefing/internal/ingest"
)

// Thresholds on the real-news dev set (../shared/realdev), micro-averaged
// over its documents: the targets of issue 10. The dev set is for
// mechanisms, not entries fitted to its sentences; a hidden set of other
// articles is scored the same way.
const (
	minRealActorF1        = 0.93
	minRealAssetF1        = 0.88
	minRealQuestionRecall = 0.75
	minRealAttributes     = 0.95
	minRealProvenance     = 0.98
)

// realdevEnv points at another realdev folder or at a gold file in its
// schema (the hidden holdout, say).
const realdevEnv = "BRIEFING_REALDEV"

// realdevGold finds the dev set's gold.json: $BRIEFING_REALDEV (a folder
// or a gold file) or ../shared/realdev beside the repository. explicit
// reports that the environment named it, so its absence is an error.
func realdevGold() (path string, explicit bool) {
	if p := os.Getenv(realdevEnv); p != "" {
		if fi, err := os.Stat(p); err == nil && fi.IsDir() {
			return filepath.Join(p, "gold.json"), true
		}
		return p, true
	}
	return filepath.Join("..", "..", "..", "shared", "realdev", "gold.json"), false
}

func TestRealDevQuality(t *testing.T) {
	path, explicit := realdevGold()
	if _, err := os.Stat(path); err != nil {
		if explicit {
			t.Fatalf("%s names %s, which cannot be read: %v", realdevEnv, path, err)
		}
		t.Skipf("real-news dev set not found (%v); it lives in ../shared/realdev beside the repository, or set %s", err, realdevEnv)
	}
	r, err := scoreGoldFile(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + r.String())

	checks := []struct {
		name      string
		got, min  float64
		num, den  int
		countName string
	}{
		{"actors F1", r.actors.f1(), minRealActorF1, r.actors.tp, r.actors.tp + r.actors.fp + r.actors.fn, "tp of tp+fp+fn"},
		{"assets F1", r.assets.f1(), minRealAssetF1, r.assets.tp, r.assets.tp + r.assets.fp + r.assets.fn, "tp of tp+fp+fn"},
		{"question recall", r.questionRecall(), minRealQuestionRecall, r.qMatched, r.qGold, "gold questions found"},
		{"attribute accuracy", r.attributes(), minRealAttributes, r.attrOK, r.attrN, "side/domain of matched assets"},
		{"provenance", r.provenance(), minRealProvenance, r.provGood, r.provTotal, "mention spans that say their entity"},
	}
	for _, c := range checks {
		if c.got < c.min {
			t.Errorf("%s %.3f < %.2f (%d %s %d)", c.name, c.got, c.min, c.num, c.countName, c.den)
		}
	}
	if r.failed > 0 {
		t.Errorf("%d documents could not be loaded", r.failed)
	}
}

// realGold is a gold file of the realdev/holdout schema.
type realGold struct {
	About string             `json:"_about"`
	Docs  map[string]realDoc `json:"docs"`
}

// realDoc is one document's annotation. Paths are relative to the gold
// file's folder.
type realDoc struct {
	Path             string       `json:"path"`
	Actors           []realEntity `json:"actors"`
	ActorsAcceptable []string     `json:"actors_acceptable"`
	Assets           []realEntity `json:"assets"`
	AssetsAcceptable []string     `json:"assets_acceptable"`
	// Questions: each is a list of keyword groups; an output question
	// matches when every group has a keyword in it.
	Questions [][][]string `json:"questions"`
}

// realEntity is a gold actor or asset. Side and Domain are pointers
// because the scorer counts an attribute only when gold has the key.
type realEntity struct {
	Kind     string   `json:"kind"`
	Side     *string  `json:"side"`
	Domain   *string  `json:"domain"`
	Variants []string `json:"variants"`
}

// realDocScore is one document's result, with what -v of score.py lists.
type realDocScore struct {
	id                  string
	failure             error
	actors, assets      counts
	actorFP, actorMiss  []string
	assetFP, assetMiss  []string
	qMatched, qGold     int
	produced            []string
	producedMatched     []bool
	attrOK, attrN       int
	provGood, provTotal int
}

// realScore is the micro-averaged result over a gold file.
type realScore struct {
	gold                string
	docs                []realDocScore
	actors, assets      counts
	qMatched, qGold     int
	qOut                int
	attrOK, attrN       int
	provGood, provTotal int
	failed              int
}

// scoreGoldFile extracts every document of a gold file in the realdev
// schema, each alone as the CLI's extract would, and scores it with the
// matching rules of realdev/score.py.
func scoreGoldFile(goldPath string) (realScore, error) {
	r := realScore{gold: goldPath}
	raw, err := os.ReadFile(goldPath)
	if err != nil {
		return r, fmt.Errorf("read gold: %w", err)
	}
	var g realGold
	if err := json.Unmarshal(raw, &g); err != nil {
		return r, fmt.Errorf("decode gold %s: %w", goldPath, err)
	}
	dir := filepath.Dir(goldPath)
	for _, id := range slices.Sorted(maps.Keys(g.Docs)) {
		d := g.Docs[id]
		p := d.Path
		if !filepath.IsAbs(p) {
			p = filepath.Join(dir, p)
		}
		s := scoreRealDoc(id, p, d)
		r.docs = append(r.docs, s)
		r.actors.add(s.actors)
		r.assets.add(s.assets)
		r.qMatched += s.qMatched
		r.qGold += s.qGold
		r.qOut += len(s.produced)
		r.attrOK += s.attrOK
		r.attrN += s.attrN
		r.provGood += s.provGood
		r.provTotal += s.provTotal
		if s.failure != nil {
			r.failed++
		}
	}
	return r, nil
}

// extractFile runs what `briefing extract FILE` runs: ingest with the
// default options, then the pipeline with the embedded gazetteer.
func extractFile(path string) (briefing.Briefing, error) {
	res := ingest.Load([]string{path}, ingest.Options{})
	if len(res.Documents) == 0 {
		msgs := make([]string, len(res.Warnings))
		for i, w := range res.Warnings {
			msgs[i] = w.Message
		}
		return briefing.Briefing{}, fmt.Errorf("no document loaded from %s: %s", path, strings.Join(msgs, "; "))
	}
	return extract.Run(res.Documents), nil
}

func scoreRealDoc(id, path string, g realDoc) realDocScore {
	s := realDocScore{id: id, qGold: len(g.Questions)}
	b, err := extractFile(path)
	if err != nil {
		// like score.py: a failed document misses all its gold
		s.failure = err
		s.actors.fn = len(g.Actors)
		s.assets.fn = len(g.Assets)
		return s
	}

	var actorNames, assetNames [][]string
	for _, a := range b.Actors {
		actorNames = append(actorNames, append([]string{a.Name}, a.Aliases...))
	}
	for _, a := range b.Assets {
		assetNames = append(assetNames, append([]string{a.Name}, a.Aliases...))
	}
	var pairs map[int]int
	s.actors, _, s.actorFP, s.actorMiss = scoreEntities(actorNames, g.Actors, g.ActorsAcceptable)
	s.assets, pairs, s.assetFP, s.assetMiss = scoreEntities(assetNames, g.Assets, g.AssetsAcceptable)
	for k, i := range pairs {
		out, ge := b.Assets[k], g.Assets[i]
		if ge.Side != nil {
			s.attrN++
			if sideOK(out.Side, *ge.Side) {
				s.attrOK++
			}
		}
		if ge.Domain != nil {
			s.attrN++
			if pyNorm(string(out.Domain)) == *ge.Domain {
				s.attrOK++
			}
		}
	}

	for _, q := range b.Questions {
		s.produced = append(s.produced, q.Text)
	}
	edges := make([][]int, len(g.Questions))
	for i, groups := range g.Questions {
		for k, text := range s.produced {
			if qMatch(text, groups) {
				edges[i] = append(edges[i], k)
			}
		}
	}
	m := maxMatching(edges)
	s.qMatched = len(m)
	s.producedMatched = make([]bool, len(s.produced))
	for k := range m {
		s.producedMatched[k] = true
	}
	s.provGood, s.provTotal = provenanceOf(b)
	return s
}

func (r realScore) questionRecall() float64 { return frac(r.qMatched, r.qGold) }

// questionPrecision is the share of produced questions that satisfied a
// gold question.
func (r realScore) questionPrecision() float64 { return frac(r.qMatched, r.qOut) }
func (r realScore) attributes() float64        { return frac(r.attrOK, r.attrN) }
func (r realScore) provenance() float64        { return frac(r.provGood, r.provTotal) }

// String renders the report as score.py -v does: per document the false
// positives, misses and questions produced, then its line; then the
// micro totals and the SCORE line.
func (r realScore) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "gold %s\n", r.gold)
	for _, d := range r.docs {
		if d.failure != nil {
			fmt.Fprintf(&b, "%s: FAILED %v\n", d.id, d.failure)
			continue
		}
		list := func(kind, what string, items []string) {
			if len(items) > 0 {
				fmt.Fprintf(&b, "  %s %s %s: %q\n", d.id, kind, what, items)
			}
		}
		list("actors", "false+", d.actorFP)
		list("actors", "missed", d.actorMiss)
		list("assets", "false+", d.assetFP)
		list("assets", "missed", d.assetMiss)
		marked := make([]string, len(d.produced))
		for i, q := range d.produced {
			tag := "  "
			if d.producedMatched[i] {
				tag = "✓ "
			}
			marked[i] = tag + q
		}
		if len(marked) > 0 {
			fmt.Fprintf(&b, "  %s questions out:\n      %s\n", d.id, strings.Join(marked, "\n      "))
		} else {
			fmt.Fprintf(&b, "  %s questions out: none\n", d.id)
		}
		fmt.Fprintf(&b, "%s  actors tp=%d fp=%d fn=%d  assets tp=%d fp=%d fn=%d  questions %d/%d (out %d)\n",
			d.id, d.actors.tp, d.actors.fp, d.actors.fn, d.assets.tp, d.assets.fp, d.assets.fn,
			d.qMatched, d.qGold, len(d.produced))
	}
	pa, ra, fa := prf(r.actors)
	ps, rs, fs := prf(r.assets)
	fmt.Fprintf(&b, "actors P=%.2f R=%.2f F1=%.2f | assets P=%.2f R=%.2f F1=%.2f | question recall %.2f (%d out for %d gold) | attributes %d/%d | provenance %d/%d | failed docs %d\n",
		pa, ra, fa, ps, rs, fs, r.questionRecall(), r.qOut, r.qGold, r.attrOK, r.attrN, r.provGood, r.provTotal, r.failed)
	fmt.Fprintf(&b, "question precision %.2f (%d of %d produced matched a gold question)\n",
		r.questionPrecision(), r.qMatched, r.qOut)
	fmt.Fprintf(&b, "SCORE actorsF1=%.3f assetsF1=%.3f qrecall=%.3f attr=%.3f prov=%.3f failed=%d\n",
		fa, fs, r.questionRecall(), r.attributes(), r.provenance(), r.failed)
	return b.String()
}
