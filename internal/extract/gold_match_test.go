package extract_test

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

// Scoring against a gold file: confusion counts, gold and extracted items
// paired by name, and agreement on each attribute.

// counts is a confusion count for one category.
type counts struct{ tp, fp, fn int }

func (c *counts) add(o counts) { c.tp += o.tp; c.fp += o.fp; c.fn += o.fn }

// ratio is num/den; an empty denominator scores 1 only when there was
// nothing to find or report, so missing output never looks perfect.
func ratio(num, den int, nothingMissed bool) float64 {
	if den == 0 {
		if nothingMissed {
			return 1
		}
		return 0
	}
	return float64(num) / float64(den)
}

func (c counts) precision() float64 { return ratio(c.tp, c.tp+c.fp, c.fn == 0) }
func (c counts) recall() float64    { return ratio(c.tp, c.tp+c.fn, c.fp == 0) }

func (c counts) f1() float64 {
	p, r := c.precision(), c.recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// matchNamed pairs gold and extracted items one to one. Exact name
// matches are taken first over all gold items, so an alias match cannot
// steal the item another gold entry names exactly.
func matchNamed(goldItems, got []named) (pairs map[int]int, fn, fp []int) {
	pairs = map[int]int{} // gold index → extracted index
	used := make([]bool, len(got))
	exact := func(g, e named) bool {
		return overlapKeys(nameKeys(g.Name, g.asset), nameKeys(e.Name, e.asset))
	}
	loose := func(g, e named) bool {
		eName := nameKeys(e.Name, e.asset)
		return overlapKeys(eName, g.keys()) ||
			overlapKeys(nameKeys(g.Name, g.asset), allKeys(e.asset, e.Aliases...))
	}
	for _, match := range []func(g, e named) bool{exact, loose} {
		for gi, g := range goldItems {
			if _, done := pairs[gi]; done {
				continue
			}
			for ei, e := range got {
				if !used[ei] && match(g, e) {
					pairs[gi], used[ei] = ei, true
					break
				}
			}
		}
	}
	for gi := range goldItems {
		if _, ok := pairs[gi]; !ok {
			fn = append(fn, gi)
		}
	}
	for ei := range got {
		if !used[ei] {
			fp = append(fp, ei)
		}
	}
	return pairs, fn, fp
}

// sortedPairs yields matched pairs in gold order, so notes are stable.
func sortedPairs(pairs map[int]int) iter.Seq2[int, int] {
	return func(yield func(int, int) bool) {
		for _, gi := range slices.Sorted(maps.Keys(pairs)) {
			if !yield(gi, pairs[gi]) {
				return
			}
		}
	}
}

// attr counts agreement on one attribute over matched pairs.
type attr struct{ ok, n int }

// compare scores one attribute where gold has a value and returns a note
// on disagreement.
func (a *attr) compare(item, field, want, got string) string {
	if strings.TrimSpace(want) == "" {
		return ""
	}
	a.n++
	if strings.EqualFold(strings.TrimSpace(want), strings.TrimSpace(got)) {
		a.ok++
		return ""
	}
	return fmt.Sprintf("%s %s=%q (gold %q)", item, field, got, want)
}

func (a attr) String() string {
	if a.n == 0 {
		return "n/a"
	}
	return fmt.Sprintf("%.2f (%d/%d)", float64(a.ok)/float64(a.n), a.ok, a.n)
}
