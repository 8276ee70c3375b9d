package crossdoc

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/briefing-tools/briefing/internal/briefing"
	"github.com/briefing-tools/briefing/internal/sentence"
)

// view is what one document says of one asset, its curated values
// winning over the extracted ones.
type view struct {
	doc                      *briefing.Document
	side, quantity, location string
	status                   briefing.Status

	// computed once per view, not once per pair of views
	lo, hi   int
	counted  bool
	place    string
	evidence *statusEvidence
}

// statusEvidence is the sentence that states a view's status, and its cue.
type statusEvidence struct {
	span briefing.Span
	cue  string
}

// conflicts raises a question of kind conflict for each asset two
// documents disagree about: its status, quantity, location, side, or a
// claim one affirms and the other denies. One question per asset and
// kind, naming the first two documents (in load order) that disagree.
func conflicts(b *briefing.Briefing) []briefing.Question {
	r := loadRules()
	docs := map[string]*briefing.Document{}
	order := map[string]int{}
	for i := range b.Documents {
		docs[b.Documents[i].ID] = &b.Documents[i]
		order[b.Documents[i].ID] = i
	}
	c := &checker{r: r, b: b, docs: docs, items: itemsByDoc(b, r)}
	for i := range b.Assets {
		a := &b.Assets[i]
		if slices.Contains(r.LooseRules, a.Why.Rule) {
			continue
		}
		views := c.views(a, order)
		if slices.Contains(r.IndividualRules, a.Why.Rule) {
			// one ship or unit: what happened to it, and where it is
			claimed := c.claims(a, order)
			c.status(a, views, claimed)
			c.location(a, views)
		}
		// a type or class: how many, when two reports tell one story
		c.quantity(a, views)
	}
	c.sides(order)
	for n := range c.out {
		c.out[n].ID = "q" + strconv.Itoa(len(b.Questions)+n+1)
	}
	return c.out
}

type checker struct {
	r     *rules
	b     *briefing.Briefing
	docs  map[string]*briefing.Document
	items map[string]map[string]bool // document → specific items it names
	out   []briefing.Question
}

// minShared is how many specific items (people, organisations, groups,
// named platforms) two documents must both name to be taken as
// reporting one story, so their counts of one type can be compared.
const minShared = 3

// itemsByDoc lists the specific items each document names.
func itemsByDoc(b *briefing.Briefing, r *rules) map[string]map[string]bool {
	out := map[string]map[string]bool{}
	add := func(id string, spans []briefing.Span) {
		for _, s := range spans {
			if out[s.Doc] == nil {
				out[s.Doc] = map[string]bool{}
			}
			out[s.Doc][id] = true
		}
	}
	for _, a := range b.Actors {
		if a.Kind != briefing.State {
			add(a.ID, a.Mentions)
		}
	}
	for _, a := range b.Assets {
		if !slices.Contains(r.LooseRules, a.Why.Rule) {
			add(a.ID, a.Mentions)
		}
	}
	return out
}

// related reports two documents that tell one story.
func (c *checker) related(x, y string) bool {
	n := 0
	for id := range c.items[x] {
		if c.items[y][id] {
			n++
		}
	}
	return n >= minShared
}

// views gathers each document's values for a, in document order.
func (c *checker) views(a *briefing.Asset, order map[string]int) []view {
	byDoc := map[string]*view{}
	curated := map[string]bool{}
	var list []string
	for _, rep := range a.Reports {
		d := c.docs[rep.Doc]
		if d == nil {
			continue
		}
		v, ok := byDoc[rep.Doc]
		if !ok {
			v = &view{doc: d}
			byDoc[rep.Doc] = v
			list = append(list, rep.Doc)
		}
		win := rep.Origin == briefing.Curated && !curated[rep.Doc]
		set := func(have *string, next string) {
			if next != "" && (*have == "" || win) {
				*have = next
			}
		}
		set(&v.side, rep.Side)
		set(&v.quantity, rep.Quantity)
		set(&v.location, rep.Location)
		if rep.Status != "" && rep.Status != briefing.UnknownStatus && rep.Status != briefing.Reported && (v.status == "" || win) {
			v.status = rep.Status
		}
		if rep.Origin == briefing.Curated {
			curated[rep.Doc] = true
		}
	}
	slices.SortFunc(list, func(x, y string) int { return order[x] - order[y] })
	out := make([]view, len(list))
	for i, id := range list {
		v := byDoc[id]
		v.lo, v.hi, v.counted = c.count(v.quantity)
		v.place = c.r.place(v.location)
		out[i] = *v
	}
	return out
}

// names says how a conflict question names two documents: by its source when
// the two sources differ, else by the document's own name.
func names(x, y *briefing.Document) (string, string) {
	sx, sy := SourceOf(x), SourceOf(y)
	if strings.EqualFold(sx, sy) {
		return x.Name(), y.Name()
	}
	return sx, sy
}

// evidence is the sentence of doc that mentions a and says one of cues,
// else the first sentence that mentions a.
func (c *checker) evidence(a *briefing.Asset, doc *briefing.Document, cues []string) (briefing.Span, string) {
	var first briefing.Span
	found := false
	for _, m := range a.Mentions {
		if m.Doc != doc.ID {
			continue
		}
		s := sentence.Around(doc, m.Start, m.End)
		span := briefing.Span{Doc: doc.ID, Start: s.Start, End: s.End}
		if !found {
			first, found = span, true
		}
		if cue := findCue(strings.ToLower(doc.Text[s.Start:s.End]), cues); cue != "" {
			return span, cue
		}
	}
	return first, ""
}

// findCue returns the first cue found as whole words in lower, or "".
func findCue(lower string, cues []string) string {
	for _, cue := range cues {
		for from := 0; ; {
			i := strings.Index(lower[from:], cue)
			if i < 0 {
				break
			}
			i += from
			end := i + len(cue)
			if (i == 0 || !isWordByte(lower[i-1])) && (end == len(lower) || !isWordByte(lower[end])) {
				return cue
			}
			from = i + 1
		}
	}
	return ""
}

func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= '0' && b <= '9' || b >= 0x80
}

// raise adds a conflict question about asset a.
func (c *checker) raise(a *briefing.Asset, rule, cue, text string, ev ...briefing.Span) {
	c.out = append(c.out, briefing.Question{
		Text: text, Kind: briefing.Conflict, Cue: cue, Assets: []string{a.ID}, Origin: briefing.Extracted,
		Why: briefing.Why{Rule: rule, Cue: cue}, Evidence: ev,
	})
}

// stance is a document's position on a claim: +1 affirms, -1 denies.
type stance struct {
	doc  *briefing.Document
	sign int
	cue  string
	span briefing.Span
}

// claims raises a conflict where one document affirms a claim about a
// (it was struck) and another denies it (the missiles were intercepted).
// It returns the pairs of documents so raised, so a status conflict
// does not ask the same thing again.
func (c *checker) claims(a *briefing.Asset, order map[string]int) map[[2]string]bool {
	raised := map[[2]string]bool{}
	for _, rule := range c.r.Claims {
		var stances []stance
		seen := map[string]int{} // doc → index in stances, -1 when mixed
		var last briefing.Span   // mentions in one sentence are read once
		for _, m := range a.Mentions {
			doc := c.docs[m.Doc]
			if doc == nil {
				continue
			}
			s := sentence.Around(doc, m.Start, m.End)
			if last.Doc == m.Doc && last.Start == s.Start && last.End == s.End {
				continue
			}
			last = briefing.Span{Doc: m.Doc, Start: s.Start, End: s.End}
			lower := strings.ToLower(doc.Text[s.Start:s.End])
			// a sentence that says both ("one side reports no damage, the
			// other says it was hit") takes no side
			deny, affirm := findCue(lower, rule.Deny), findCue(lower, rule.Affirm)
			sign, cue := 0, ""
			switch {
			case deny != "" && affirm != "":
				continue
			case deny != "":
				sign, cue = -1, deny
			case affirm != "":
				sign, cue = 1, affirm
			default:
				continue
			}
			i, ok := seen[m.Doc]
			switch {
			case !ok:
				seen[m.Doc] = len(stances)
				stances = append(stances, stance{doc, sign, cue, briefing.Span{Doc: m.Doc, Start: s.Start, End: s.End}})
			case i >= 0 && stances[i].sign != sign:
				seen[m.Doc] = -1 // the document says both: it takes no side
				stances[i].sign = 0
			}
		}
		slices.SortStableFunc(stances, func(x, y stance) int { return order[x.doc.ID] - order[y.doc.ID] })
		yes, no := -1, -1
		for i, s := range stances {
			if s.sign > 0 && yes < 0 {
				yes = i
			}
			if s.sign < 0 && no < 0 {
				no = i
			}
		}
		if yes < 0 || no < 0 {
			continue
		}
		y, n := stances[yes], stances[no]
		ny, nn := names(y.doc, n.doc)
		text := strings.NewReplacer("{item}", a.Name, "{yes}", ny, "{no}", nn, "{yes_cue}", y.cue, "{no_cue}", n.cue).Replace(rule.Question)
		c.raise(a, RulePrefix+"claim-"+rule.Topic, y.cue+" / "+n.cue, text, sortSpans(order, y.span, n.span)...)
		raised[[2]string{y.doc.ID, n.doc.ID}] = true
		raised[[2]string{n.doc.ID, y.doc.ID}] = true
	}
	return raised
}

func sortSpans(order map[string]int, a, b briefing.Span) []briefing.Span {
	if order[b.Doc] < order[a.Doc] {
		return []briefing.Span{b, a}
	}
	return []briefing.Span{a, b}
}

// status raises a conflict where two documents give a statuses that
// cannot both hold (sunk and damaged), unless a claim about a was
// already in dispute.
func (c *checker) status(a *briefing.Asset, views []view, claimed map[[2]string]bool) {
	if len(claimed) > 0 {
		return // a claim one document denies already asks what happened to it
	}
	stated := func(v *view) (briefing.Span, string) {
		if v.evidence == nil {
			span, cue := c.evidence(a, v.doc, c.r.StatusCues[v.status])
			v.evidence = &statusEvidence{span, cue}
		}
		return v.evidence.span, v.evidence.cue
	}
	for i := range views {
		for j := i + 1; j < len(views); j++ {
			x, y := &views[i], &views[j]
			if x.status == "" || y.status == "" || !c.r.clash[[2]briefing.Status{x.status, y.status}] {
				continue
			}
			ex, cx := stated(x)
			ey, cy := stated(y)
			if cx == "" || cy == "" {
				// a status no sentence naming the asset states may have
				// come from a neighbouring sentence: not a disagreement
				continue
			}
			nx, ny := names(x.doc, y.doc)
			text := fmt.Sprintf("Is %s %s, as %s reports, or %s, as %s reports?", a.Name, x.status, nx, y.status, ny)
			c.raise(a, RulePrefix+"status", cx+" / "+cy, text, ex, ey)
			return
		}
	}
}

// quantity raises a conflict where two documents count a differently
// ("two" and "four"); a vague count ("several") agrees with any.
func (c *checker) quantity(a *briefing.Asset, views []view) {
	for i := range views {
		for j := i + 1; j < len(views); j++ {
			x, y := views[i], views[j]
			if !x.counted || !y.counted || x.lo <= y.hi && y.lo <= x.hi || !c.related(x.doc.ID, y.doc.ID) {
				continue
			}
			ex, _ := c.evidence(a, x.doc, []string{strings.ToLower(x.quantity)})
			ey, _ := c.evidence(a, y.doc, []string{strings.ToLower(y.quantity)})
			nx, ny := names(x.doc, y.doc)
			text := fmt.Sprintf("How many %s: %s, as %s says, or %s, as %s says?", a.Name, x.quantity, nx, y.quantity, ny)
			c.raise(a, RulePrefix+"quantity", x.quantity+" / "+y.quantity, text, ex, ey)
			return
		}
	}
}

// count reads an exact count or range ("three", "2 batteries", "two to
// four"); ok is false for no number or a vague one ("several", "at
// least two").
func (c *checker) count(q string) (lo, hi int, ok bool) {
	lower := strings.ToLower(strings.TrimSpace(q))
	if lower == "" || findCue(lower, c.r.VagueQuantities) != "" {
		return 0, 0, false
	}
	var nums []int
	for _, w := range strings.FieldsFunc(lower, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if n, err := strconv.Atoi(w); err == nil {
			nums = append(nums, n)
		} else if n, ok := c.r.Numbers[w]; ok {
			nums = append(nums, n)
		}
	}
	switch len(nums) {
	case 0:
		return 0, 0, false
	case 1:
		return nums[0], nums[0], true
	}
	return min(nums[0], nums[1]), max(nums[0], nums[1]), true
}

// location raises a conflict where two documents place a in places
// neither of which holds the other.
func (c *checker) location(a *briefing.Asset, views []view) {
	for i := range views {
		for j := i + 1; j < len(views); j++ {
			x, y := views[i], views[j]
			px, py := x.place, y.place
			if px == "" || py == "" || px == py || strings.Contains(px, py) || strings.Contains(py, px) ||
				c.r.contains(px, py) || c.r.contains(py, px) {
				continue
			}
			ex, _ := c.evidence(a, x.doc, []string{strings.ToLower(x.location)})
			ey, _ := c.evidence(a, y.doc, []string{strings.ToLower(y.location)})
			nx, ny := names(x.doc, y.doc)
			text := fmt.Sprintf("Where is %s: %s, as %s says, or %s, as %s says?", a.Name, x.location, nx, y.location, ny)
			c.raise(a, RulePrefix+"location", x.location+" / "+y.location, text, ex, ey)
			return
		}
	}
}

// place folds a location for comparison: lower case, without the words
// around a place's name (place_prefixes, place_suffixes).
func (r *rules) place(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	for _, p := range r.PlacePrefixes {
		s = strings.TrimPrefix(s, p+" ")
	}
	for _, w := range r.PlaceSuffixes {
		s = strings.TrimSuffix(s, " "+w)
	}
	return strings.TrimSpace(s)
}

// sides raises a conflict where documents give one individual platform
// (a named ship or unit) to different sides: the merger keeps those as
// separate entries, so they are found by name.
func (c *checker) sides(order map[string]int) {
	byName := map[string][]int{}
	var keys []string
	for i := range c.b.Assets {
		a := &c.b.Assets[i]
		if a.Side == "" || len(a.Mentions) == 0 || !(slices.Contains(c.r.IndividualRules, a.Why.Rule) || a.Origin == briefing.Curated) {
			continue
		}
		k := strings.ToLower(a.Name)
		if _, ok := byName[k]; !ok {
			keys = append(keys, k)
		}
		byName[k] = append(byName[k], i)
	}
	for _, k := range keys {
		list := byName[k]
	pairs:
		for i := range list {
			for j := i + 1; j < len(list); j++ {
				x, y := &c.b.Assets[list[i]], &c.b.Assets[list[j]]
				if strings.EqualFold(x.Side, y.Side) {
					continue
				}
				dx, dy := c.docs[x.Mentions[0].Doc], c.docs[y.Mentions[0].Doc]
				if dx == nil || dy == nil || dx == dy {
					continue
				}
				if order[dy.ID] < order[dx.ID] {
					x, y, dx, dy = y, x, dy, dx
				}
				ex, _ := c.evidence(x, dx, nil)
				ey, _ := c.evidence(y, dy, nil)
				nx, ny := names(dx, dy)
				text := fmt.Sprintf("Whose is %s: %s, as %s says, or %s, as %s says?", x.Name, x.Side, nx, y.Side, ny)
				c.out = append(c.out, briefing.Question{
					Text: text, Kind: briefing.Conflict, Cue: x.Side + " / " + y.Side, Assets: []string{x.ID, y.ID},
					Origin: briefing.Extracted, Why: briefing.Why{Rule: RulePrefix + "side", Cue: x.Side + " / " + y.Side}, Evidence: []briefing.Span{ex, ey},
				})
				break pairs
			}
		}
	}
}
