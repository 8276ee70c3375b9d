package extract

import (
	"slices"
	"strings"

	"github.com/briefing-tools/briefing/internal/briefing"
)

// What a source withholds or cannot find, asked as what it is.

// detailsOf asks what a thing is when the words name details withheld
// about it: "details on the operation's objectives" → "What are the
// operation's objectives"; "" for other words.
func (q *qctx) detailsOf(np []tok) string {
	if len(np) > 0 && np[0].low == "any" || len(np) > 0 && np[0].low == "further" {
		np = np[1:]
	}
	if len(np) < 4 || !q.lx.detailNoun.hasTok(&np[0]) {
		return ""
	}
	switch np[1].low {
	case "on", "about", "of", "regarding", "concerning":
	default:
		return ""
	}
	thing := withDefinite(np[2:])
	// "information on the casualties": how many there were
	if h := q.head(thing).low; strings.HasPrefix(h, "casualt") || strings.HasPrefix(h, "death") || strings.HasPrefix(h, "fatalit") || h == "losses" || q.casualtyFigure(thing) {
		return "How many casualties were there"
	}
	if !q.lx.det.hasTok(&thing[0]) && !strings.Contains(thing[0].low, "'") {
		return ""
	}
	// an attribute of something is what is asked ("the drones' origin");
	// of a thing itself, its details ("the new base")
	owned := slices.ContainsFunc(thing, func(t tok) bool {
		return strings.HasSuffix(t.low, "'s") || strings.HasSuffix(t.low, "s'") || t.low == "of"
	})
	if !owned {
		return "What are the details of " + q.nounPhrase(thing)
	}
	be := "What is "
	if q.isPlural(thing) {
		be = "What are "
	}
	return be + q.nounPhrase(thing)
}

// askWhereabouts asks where what was not found is: "Quispe Palomino was
// not found" → "Where is Quispe Palomino".
func (q *qctx) askWhereabouts(m cueMatch) (phrased, bool) {
	sub := q.thingBefore(m.first)
	if sub.text == "" || q.lx.pronoun.has(strings.ToLower(sub.text)) {
		return phrased{}, false
	}
	be := "Where is "
	if sub.plural {
		be = "Where are "
	}
	return phrased{core: be + sub.text, kind: briefing.Unknown}, true
}
