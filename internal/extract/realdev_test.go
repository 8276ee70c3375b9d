package extract_test

import (
	"encoding/json"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

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

// scoreEntities matches outputs (each a name and its aliases) to gold
// entities one to one by maximum bipartite matching. An unmatched output
// costs nothing when it names an acceptable entity and could match no gold
// one. pairs maps output index to gold index; missed lists the first
// variant of each gold entity left unmatched.
func scoreEntities(outs [][]string, gold []realEntity, acceptable []string) (c counts, pairs map[int]int, fps, missed []string) {
	edges := make([][]int, len(gold))
	hasEdge := make([]bool, len(outs))
	for i, g := range gold {
		for k, names := range outs {
			if namesMatch(names, g.Variants) {
				edges[i] = append(edges[i], k)
				hasEdge[k] = true
			}
		}
	}
	pairs = maxMatching(edges)
	c.tp = len(pairs)
	c.fn = len(gold) - c.tp
	for k, names := range outs {
		if _, ok := pairs[k]; ok {
			continue
		}
		if namesMatch(names, acceptable) && !hasEdge[k] {
			continue
		}
		fps = append(fps, names[0])
	}
	c.fp = len(fps)
	matched := map[int]bool{}
	for _, i := range pairs {
		matched[i] = true
	}
	for i, g := range gold {
		if !matched[i] {
			first := "?"
			if len(g.Variants) > 0 {
				first = g.Variants[0]
			}
			missed = append(missed, first)
		}
	}
	return c, pairs, fps, missed
}

// maxMatching is score.py's augmenting-path matching: edges[i] lists the
// right-hand indices left node i may take; the result maps right to left.
// The visiting order is the same, so the same pairs come out.
func maxMatching(edges [][]int) map[int]int {
	match := map[int]int{}
	var try func(i int, seen map[int]bool) bool
	try = func(i int, seen map[int]bool) bool {
		for _, j := range edges[i] {
			if seen[j] {
				continue
			}
			seen[j] = true
			if prev, ok := match[j]; !ok || try(prev, seen) {
				match[j] = i
				return true
			}
		}
		return false
	}
	for i := range edges {
		try(i, map[int]bool{})
	}
	return match
}

var (
	pyNotAllowed = regexp.MustCompile(`[^a-z0-9/\-' ()]`)
	pyPossessive = regexp.MustCompile(`'s\b`)
	pySpaces     = regexp.MustCompile(`\s+`)
	pyDigit      = regexp.MustCompile(`\d`)
)

// pyLower is Python's str.lower: Go's ToLower but for U+0130, which
// Python lowers to "i" and a combining dot.
func pyLower(s string) string {
	return strings.ToLower(strings.ReplaceAll(s, "\u0130", "i\u0307"))
}

// pyNorm is score.py's norm(): lowercase, no dots, dashes and quotes
// unified, other characters spaces, possessive and leading "the" dropped.
func pyNorm(s string) string {
	s = pyLower(s)
	s = strings.NewReplacer("\u2019", "'", "\u2013", "-", "\u2014", "-").Replace(s)
	s = strings.ReplaceAll(s, ".", "")
	s = pyNotAllowed.ReplaceAllString(s, " ")
	s = pyPossessive.ReplaceAllString(s, "")
	s = pySpaces.ReplaceAllString(s, " ")
	s = strings.Trim(s, " -'")
	return strings.TrimPrefix(s, "the ")
}

// namesMatch is score.py's names_match: a name equals a variant, or
// contains a multi-word or numbered variant as whole words with at most
// three words more.
func namesMatch(outNames, variants []string) bool {
	gv := make([]string, len(variants))
	for i, v := range variants {
		gv[i] = pyNorm(v)
	}
	for _, n := range outNames {
		o := pyNorm(n)
		if o == "" {
			continue
		}
		for _, g := range gv {
			if o == g {
				return true
			}
			ot, gt := strings.Fields(o), strings.Fields(g)
			if (len(gt) >= 2 || pyDigit.MatchString(g)) && containsWords(o, g) && len(ot)-len(gt) <= 3 {
				return true
			}
		}
	}
	return false
}

// containsWords reports whether g occurs in o bounded by a space or an
// end on both sides: the regexp (^| )g($| ) of score.py.
func containsWords(o, g string) bool {
	for from := 0; from <= len(o); {
		i := strings.Index(o[from:], g)
		if i < 0 {
			return false
		}
		i += from
		end := i + len(g)
		if (i == 0 || o[i-1] == ' ') && (end == len(o) || o[end] == ' ') {
			return true
		}
		from = i + 1
	}
	return false
}

// qMatch is score.py's q_match: every keyword group has a keyword that
// occurs in the space-padded, lowercased question.
func qMatch(text string, groups [][]string) bool {
	t := " " + pyLower(text) + " "
	for _, grp := range groups {
		if !slices.ContainsFunc(grp, func(w string) bool { return strings.Contains(t, w) }) {
			return false
		}
	}
	return true
}

// realSides is score.py's SIDES: the spellings each gold side accepts. A
// side not listed accepts only itself.
var realSides = map[string][]string{
	"us":             {"us", "united states", "usa", "america", "united states of america", "american", "washington"},
	"united kingdom": {"uk", "united kingdom", "britain", "great britain", "british"},
	"russia":         {"russia", "russian federation", "russian", "moscow"},
	"ukraine":        {"ukraine", "ukrainian", "kyiv"},
	"china":          {"china", "prc", "people's republic of china", "peoples republic of china", "chinese", "beijing"},
	"taiwan":         {"taiwan", "roc", "republic of china", "taipei"},
	"houthi":         {"houthi", "houthis", "houthi movement", "ansar allah", "the houthis", "yemen"},
	"north korea":    {"north korea", "dprk", "north korean", "pyongyang", "democratic people's republic of korea"},
	"south korea":    {"south korea", "rok", "republic of korea", "south korean", "seoul"},
	"philippines":    {"philippines", "philippine", "the philippines", "manila", "filipino"},
	"india":          {"india", "indian", "new delhi"},
	"pakistan":       {"pakistan", "pakistani", "islamabad"},
	"israel":         {"israel", "israeli", "idf"},
	"hezbollah":      {"hezbollah", "hizbollah", "hizballah"},
	"denmark":        {"denmark", "danish"},
	"france":         {"france", "french"},
	"germany":        {"germany", "german"},
	"italy":          {"italy", "italian"},
	"netherlands":    {"netherlands", "the netherlands", "dutch"},
}

// sideOK is score.py's side_ok: the normalised output side is a spelling
// of one of the gold alternatives joined by "|".
func sideOK(out, gold string) bool {
	o := pyNorm(out)
	for _, gs := range strings.Split(gold, "|") {
		accepted, ok := realSides[gs]
		if !ok {
			accepted = []string{gs}
		}
		if slices.Contains(accepted, o) {
			return true
		}
	}
	return false
}

// provenanceOf is score.py's provenance(): how many mention spans share a
// normalised word with their entity's name or aliases, of how many.
func provenanceOf(b briefing.Briefing) (good, total int) {
	texts := map[string]string{}
	for _, d := range b.Documents {
		texts[d.ID] = d.Text
	}
	first := ""
	if len(b.Documents) > 0 {
		first = b.Documents[0].Text
	}
	check := func(names []string, mentions []briefing.Span) {
		toks := map[string]bool{}
		for _, n := range names {
			for _, w := range strings.Fields(pyNorm(n)) {
				toks[w] = true
			}
		}
		for _, m := range mentions {
			total++
			text, ok := texts[m.Doc]
			if !ok {
				text = first
			}
			span := pySlice(text, m.Start, m.End)
			if !utf8.ValidString(span) {
				continue
			}
			if slices.ContainsFunc(strings.Fields(pyNorm(span)), func(w string) bool { return toks[w] }) {
				good++
			}
		}
	}
	for _, a := range b.Actors {
		check(append([]string{a.Name}, a.Aliases...), a.Mentions)
	}
	for _, a := range b.Assets {
		check(append([]string{a.Name}, a.Aliases...), a.Mentions)
	}
	return good, total
}

// pySlice is s[start:end] on bytes with Python's slicing rules: negative
// indices count from the end and out-of-range ones are clamped.
func pySlice(s string, start, end int) string {
	clamp := func(i int) int {
		if i < 0 {
			i += len(s)
		}
		return max(0, min(i, len(s)))
	}
	start, end = clamp(start), clamp(end)
	if start >= end {
		return ""
	}
	return s[start:end]
}

// prf is score.py's precision, recall and F1, 0 on empty denominators.
func prf(c counts) (p, r, f float64) {
	if c.tp+c.fp > 0 {
		p = float64(c.tp) / float64(c.tp+c.fp)
	}
	if c.tp+c.fn > 0 {
		r = float64(c.tp) / float64(c.tp+c.fn)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

func frac(num, den int) float64 {
	if den == 0 {
		return 0
	}
	return float64(num) / float64(den)
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
