package extract_test

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/briefing-tools/briefing/internal/briefing"
)

// score.py's rules, ported: one-to-one matching of outputs to gold
// entities, name normalisation and matching, questions' keywords, sides
// and provenance.

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
