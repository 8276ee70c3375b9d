package extract

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefing-tools/briefing/internal/briefing"
)

// cueMatch is a cue found in a sentence: toks first..last.
type cueMatch struct {
	cue         *qcue
	first, last int
}

// phrased is what a wording rule makes of a cue: the question's core,
// who the claim is credited to, what counters it, and the sentences
// beyond the cue's own that it rests on.
type phrased struct {
	core string
	// credit: "as reported", or who says it (creditBy)
	credit   string
	creditBy *voice
	// counter: "which could not be verified", or who denies or stays
	// silent (counterBy)
	counter   string
	counterBy *voice
	kind      briefing.QuestionKind
	linked    []int
	// statement marks a question that asks whether a statement is true,
	// so a later denial or silence can join it
	statement bool
	// joins is 1 + the index of the earlier question this one completes
	// (a claim its denial answers), 0 for a question of its own
	joins int
	// unsourced: what nobody has said is credited to nobody ("How many
	// casualties were there" after "did not give a toll")
	unsourced bool
}

// voice is someone saying (or not saying) something: who, and the verb
// for one speaker ("claims", "denies", "has not confirmed").
type voice struct {
	who  subject
	verb string
}

func (v voice) String() string {
	verb := v.verb
	if v.who.plural {
		verb = pluralVerb(verb)
	}
	return v.who.text + " " + verb
}

// pluralVerb makes the first word of a verb phrase agree with a plural
// subject: "claims" → "claim", "has not confirmed" → "have not confirmed".
func pluralVerb(v string) string {
	first, rest, _ := strings.Cut(v, " ")
	switch first {
	case "has":
		first = "have"
	case "is":
		first = "are"
	case "was":
		first = "were"
	case "does":
		first = "do"
	default:
		switch {
		case strings.HasSuffix(first, "ies"):
			first = strings.TrimSuffix(first, "ies") + "y"
		case strings.HasSuffix(first, "sses") || strings.HasSuffix(first, "shes") || strings.HasSuffix(first, "ches") || strings.HasSuffix(first, "xes"):
			first = strings.TrimSuffix(first, "es")
		case strings.HasSuffix(first, "s") && !strings.HasSuffix(first, "ss"):
			first = strings.TrimSuffix(first, "s")
		}
	}
	if rest == "" {
		return first
	}
	return first + " " + rest
}

// text writes the whole question.
func (p phrased) text() string {
	core := danglingCut(p.core)
	if p.creditBy == nil && p.credit == "" && p.counter == "" && p.counterBy == nil {
		return finish(core) // most questions credit nobody
	}
	var b strings.Builder
	b.Grow(len(core) + len(p.credit) + len(p.counter) + 64)
	b.WriteString(core)
	credited := false
	switch {
	case p.creditBy != nil && p.creditBy.who.text != "":
		b.WriteString(", as ")
		v := *p.creditBy
		// "Did the RSF down a drone, as it claims": named once
		if len(v.who.text) > 5 && containsWords(p.core, v.who.text) && !v.who.person {
			v.who = itFor(v.who)
		}
		b.WriteString(v.String())
		credited = true
	case p.credit != "":
		b.WriteString(", ")
		b.WriteString(p.credit)
		credited = true
	}
	// a doubt first, then who denies or stays silent: "…, as X claims,
	// which remains unconfirmed, and Y has not commented"
	if p.counter != "" {
		b.WriteString(", ")
		b.WriteString(p.counter)
		credited = true
	}
	if p.counterBy != nil && p.counterBy.who.text != "" {
		if credited {
			b.WriteString(", and ")
		} else {
			b.WriteString(", which ")
		}
		v := *p.counterBy
		// "Did the militia shell the market, which it rejects"; after a
		// credit "it" would be the credited side, so the name stays
		if !credited && len(v.who.text) > 5 && containsWords(p.core, v.who.text) && !v.who.person {
			v.who = itFor(v.who)
		}
		b.WriteString(v.String())
	}
	return finish(b.String())
}

// danglingCut drops a conjunction a clause cut short leaves at the end
// ("entered the bay repeatedly and" before "following statements …").
func danglingCut(core string) string {
	for {
		t := strings.TrimRight(core, " ,;")
		i := strings.LastIndexByte(t, ' ')
		if i < 0 {
			return core
		}
		switch t[i+1:] {
		case "and", "or", "but", "while":
			core = t[:i]
		default:
			return core
		}
	}
}

// wordingRule phrases the question a cue raises; ok is false when the
// sentence is not shaped as the rule needs.
type wordingRule func(q *qctx, m cueMatch) (phrased, bool)

// wordingRules are the rules questions.yaml may name, in no order: the
// data orders them.
var wordingRules map[string]wordingRule

func init() {
	wordingRules = map[string]wordingRule{
		"explicit-question": nil, // the driver asks it: it has no cue
		"whether":           askWhether,
		"premature":         askPremature,
		"wh-clause":         askWhClause,
		"unknown-attribute": askUnknownAttribute,
		"unspecified-noun":  askUnspecifiedNoun,
		"provisional":       askProvisional,
		"toll-floor":        askTollFloor,
		"none-reported":     askNoneReported,
		"uncounted":         askUncounted,
		"denial":            askDenial,
		"negated-report":    askNegatedReport,
		"unverified":        askUnverified,
		"silence":           askSilence,
		"attribution":       askAttribution,
		"initially-later":   askInitiallyLater,
		"claim":             askClaim,
		"relative-claim":    askRelativeClaim,
		"hedge-adverb":      askHedgeAdverb,
		"hedge-attributive": askHedgeAttributive,
		"reports-of":        askReportsOf,
		"identification":    askIdentified,
		"pending":           askPending,
		"intent":            askIntent,
		"announced-move":    askAnnouncedMove,
		"inference":         askInference,
		"conditional":       askConditional,
		"dispute":           askDispute,
		"modal":             askModal,
	}
}

func wordingRuleNames() []string {
	names := make([]string, 0, len(wordingRules))
	for n := range wordingRules {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// after returns the index of the first word after the cue.
func (m cueMatch) after() int { return m.last + 1 }

// containsWords reports phrase inside text as whole words: "Pakistan" is
// not named in "Pakistani soldiers".
func containsWords(text, phrase string) bool {
	for from := 0; ; {
		i := strings.Index(text[from:], phrase)
		if i < 0 {
			return false
		}
		i += from
		end := i + len(phrase)
		before, _ := utf8.DecodeLastRuneInString(text[:i])
		after, _ := utf8.DecodeRuneInString(text[end:])
		if (i == 0 || !unicode.IsLetter(before)) && (end == len(text) || !unicode.IsLetter(after)) {
			return true
		}
		from = i + 1
	}
}
