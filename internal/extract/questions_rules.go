package extract

import (
	"slices"
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
	if p.creditBy == nil && p.credit == "" && p.counter == "" && p.counterBy == nil {
		return finish(p.core) // most questions credit nobody
	}
	var b strings.Builder
	b.Grow(len(p.core) + len(p.credit) + len(p.counter) + 64)
	b.WriteString(p.core)
	credited := false
	switch {
	case p.creditBy != nil && p.creditBy.who.text != "":
		b.WriteString(", as ")
		v := *p.creditBy
		// "Did the RSF down a drone, as it claims": named once
		if len(v.who.text) > 5 && strings.Contains(p.core, v.who.text) && !v.who.person {
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
		// "Did the militia shell the market, which it rejects"
		if len(v.who.text) > 5 && strings.Contains(p.core, v.who.text) && !v.who.person {
			v.who = itFor(v.who)
		}
		b.WriteString(v.String())
	}
	return finish(b.String())
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
		"denial":            askDenial,
		"unverified":        askUnverified,
		"silence":           askSilence,
		"attribution":       askAttribution,
		"initially-later":   askInitiallyLater,
		"claim":             askClaim,
		"hedge-adverb":      askHedgeAdverb,
		"hedge-attributive": askHedgeAttributive,
		"reports-of":        askReportsOf,
		"identification":    askIdentified,
		"pending":           askPending,
		"intent":            askIntent,
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

// askWhether: "whether S will V" → "Will S V"; "whether to V" → "Will X V".
func askWhether(q *qctx, m cueMatch) (phrased, bool) {
	ts := q.ts
	from := m.after()
	if from < len(ts) && ts[from].low == "or" && from+1 < len(ts) && ts[from+1].low == "not" {
		from += 2
	}
	if from >= len(ts) {
		return phrased{}, false
	}
	end := q.clauseEnd(ts, from)
	if ts[from].low == "to" {
		sub := q.mainSubject(m.first)
		if end-from < 2 {
			return phrased{}, false
		}
		if sub.text == "" {
			// "a decision on whether to arrest the crew is expected":
			// nobody named acts, the deed is asked in the passive
			return q.askPassive(ts, from+1, end)
		}
		return phrased{core: "Will " + sub.text + " " + render(ts[from+1:end])}, true
	}
	core := q.askClause(ts, from, end)
	return phrased{core: core}, core != ""
}

// askPassive: "arrest any of the crew members" → "Will any of the crew
// members be arrested".
func (q *qctx) askPassive(ts []tok, verb, end int) (phrased, bool) {
	if !q.vb.base.has(ts[verb].low) || verb+1 >= end {
		return phrased{}, false
	}
	from := verb + 1
	objEnd := q.nounEnd(ts, from)
	// "any of the 24 crew members": the partitive's noun too
	if objEnd < end && ts[objEnd].low == "of" {
		objEnd = q.nounEnd(ts, objEnd+1)
	}
	if objEnd <= from || objEnd > end {
		return phrased{}, false
	}
	return phrased{core: "Will " + render(ts[from:objEnd]) + " be " + q.vb.participleFor(ts[verb].low)}, true
}

// askPremature: "premature to say the stand-off is over" → "Is the
// stand-off over".
func askPremature(q *qctx, m cueMatch) (phrased, bool) {
	from := m.after()
	if from < len(q.ts) && (q.ts[from].low == "that" || q.ts[from].low == "whether" || q.ts[from].low == "if") {
		from++
	}
	if from >= len(q.ts) {
		return phrased{}, false
	}
	core := q.askClause(q.ts, from, q.clauseEnd(q.ts, from))
	return phrased{core: core}, core != ""
}

// askWhClause: "it is unclear how exactly S will V" → "How will S V".
func askWhClause(q *qctx, m cueMatch) (phrased, bool) {
	ts := q.ts
	i := m.after()
	for i < len(ts) && i <= m.last+3 && (q.lx.whFiller.hasTok(&ts[i]) || ts[i].low == "about") && !q.lx.wh.hasTok(&ts[i]) {
		i++
	}
	// "not in a position to name the gang responsible" → "Who is the
	// gang responsible"
	if last := ts[m.last].low; (last == "name" || last == "identify") && i < len(ts) && q.lx.det.hasTok(&ts[i]) {
		end := q.clauseEnd(ts, i)
		for k := i + 1; k < end; k++ {
			if ts[k].low == "or" || ts[k].low == "and" {
				end = k
				break
			}
		}
		be := "Who is "
		if q.isPlural(ts[i:end]) {
			be = "Who are "
		}
		return phrased{core: be + q.nounPhrase(ts[i:end])}, true
	}
	// "did not disclose the location of the battery" → "Where is the
	// battery"
	if i < len(ts) && !q.lx.wh.hasTok(&ts[i]) {
		if core, ok := q.attributeQuestion(ts[i:q.clauseEnd(ts, i)]); ok {
			return phrased{core: core}, true
		}
		return phrased{}, false
	}
	// "how many or where": no single question
	if i >= len(ts) {
		return phrased{}, false
	}
	// "declined to say when": when the hedged event comes
	if i+1 >= len(ts) || ts[i].brk {
		if ts[i].low == "when" {
			if core := q.whenOfSentence(); core != "" {
				return phrased{core: core, kind: briefing.Timing}, true
			}
		}
		return phrased{}, false
	}
	core := q.whQuestion(ts, i, q.clauseEnd(ts, i+1))
	return phrased{core: core}, core != ""
}

// whQuestion turns an indirect question starting at the wh-word ts[i]
// into a direct one: "how long it would stay" → "How long would it stay".
func (q *qctx) whQuestion(ts []tok, i, end int) string {
	wh := ts[i].low
	from := i + 1
	for from < end-1 && (ts[from].low == "exactly" || ts[from].low == "precisely" || ts[from].low == "just") {
		from++
	}
	lead := []string{upperFirst(wh)}
	// "how or when it intends to …": both asked, the last leading
	if from+1 < end && (ts[from].low == "or" || ts[from].low == "and") && q.lx.wh.hasTok(&ts[from+1]) {
		wh = ts[from+1].low
		lead = []string{upperFirst(ts[i].low) + " and " + wh}
		from += 2
	}
	// "how many launchers", "how long", "which units", "what concessions"
	if from < end && (wh == "how" && (ts[from].low == "many" || ts[from].low == "much" || !q.lx.det.hasTok(&ts[from]) && !q.lx.pronoun.hasTok(&ts[from]) && !ts[from].cap) ||
		(wh == "which" || wh == "what" || wh == "whose") && !q.lx.aux.hasTok(&ts[from]) && !q.lx.det.hasTok(&ts[from])) {
		lead = append(lead, ts[from].w)
		from++
		// "how much of its missile stock survived": the partitive too
		if (lead[1] == "many" || lead[1] == "much") && from+1 < end && ts[from].low == "of" {
			lead = append(lead, ts[from].w)
			from++
			for from < end && q.finite(ts, from-1, from+1) < 0 && !ts[from-1].brk && !q.lx.aux.hasTok(&ts[from]) {
				if _, ok := q.vb.pastBase(ts[from].low); ok {
					break
				}
				lead = append(lead, ts[from].w)
				from++
			}
		}
		// "how many soldiers": the noun belongs to the wh-phrase
		if (lead[1] == "many" || lead[1] == "much" || wh != "how") && from < end && lead[len(lead)-1] != "of" && len(lead) == 2 {
			for from < end && !q.lx.aux.hasTok(&ts[from]) && !q.lx.det.hasTok(&ts[from]) && !q.lx.pronoun.hasTok(&ts[from]) &&
				q.finite(ts, from-1, from+1) < 0 && !ts[from-1].brk {
				if _, ok := q.vb.pastBase(ts[from].low); ok {
					break
				}
				lead = append(lead, ts[from].w)
				from++
			}
		}
	}
	if from >= end {
		if len(lead) > 1 {
			return strings.Join(lead, " ")
		}
		return ""
	}
	head := strings.Join(lead, " ")
	// "who carried out the attack", "how many were killed": the wh-phrase
	// is the subject
	if q.lx.aux.hasTok(&ts[from]) {
		if _, past := q.vb.pastBase(ts[from].low); wh == "who" || wh == "what" || len(lead) > 1 && (lead[1] == "many" || lead[1] == "much") || past {
			return head + " " + render(ts[from:end])
		}
	}
	if wh == "who" || wh == "what" || len(lead) > 1 && (lead[1] == "many" || lead[1] == "much") {
		if _, past := q.vb.pastBase(ts[from].low); past {
			return head + " " + render(ts[from:end])
		}
	}
	k := q.finite(ts, from, end)
	if k <= from {
		return head + " " + render(ts[from:end])
	}
	sub := q.subjectOf(ts[from:k])
	// "the ministry said …, without saying how it knew": the speaker
	if k == from+1 && q.lx.pronoun.hasTok(&ts[from]) {
		if at, ok := q.attribution(); ok {
			if src := q.sourceText(at.source); q.speaksOf(ts[from].low, src) {
				sub = src
			}
		}
	}
	inverted := q.yesNo(sub, ts[k:end])
	if inverted == "" {
		return head + " " + render(ts[from:end])
	}
	// the yes/no question's auxiliary follows the wh-phrase
	return head + " " + lowerFirstWord(inverted)
}

// lowerFirstWord lower-cases the first letter of an auxiliary.
func lowerFirstWord(s string) string {
	first, rest, _ := strings.Cut(s, " ")
	return strings.ToLower(first) + " " + rest
}

// askUnknownAttribute: "the extent of the damage remained unclear" →
// "What is the extent of the damage"; "whose exact location was not
// specified" → "Where is <the thing>".
func askUnknownAttribute(q *qctx, m cueMatch) (phrased, bool) {
	ts := q.ts
	if strings.Contains(m.cue.phrase, " no number") {
		return q.askHowMany(m)
	}
	i := m.first
	for i > 0 && (q.lx.aux.hasTok(&ts[i-1]) || ts[i-1].low == "being" || ts[i-1].low == "been" || ts[i-1].low == "potentially") {
		i--
	}
	start := q.subjectStart(ts, i)
	// "the number of ships to be assigned after that date has not been
	// set": the whole clause before, when it holds no verb of its own
	for j := start - 1; j >= 0 && j >= start-12 && !ts[j].brk; j-- {
		if j+2 < start && q.lx.det.hasTok(&ts[j]) && q.lx.attrWh[ts[j+1].low] != "" && ts[j+2].low == "of" {
			// "to be assigned" is no verb of the clause's own
			if k := q.strongFinite(ts, j, start); k < 0 || k >= 2 && ts[k-1].low == "be" && ts[k-2].low == "to" {
				start = j
			}
			break
		}
	}
	np := q.trimSubject(ts[start:i])
	// "who was behind them is unknown": a wh-clause as the subject, with
	// its own verb
	for w := start - 1; w >= 0 && w >= i-12 && !ts[w].brk; w-- {
		// not a relative after a comma ("a submarine, whose location …")
		if q.lx.wh.hasTok(&ts[w]) && (w == 0 || ts[w-1].stop || q.lx.subjectBound.hasTok(&ts[w-1]) && !ts[w-1].brk) {
			core := q.whQuestion(ts, w, i)
			return phrased{core: core}, core != ""
		}
	}
	// "Who authorised the strike, and what it aimed at, are questions …"
	if start > 0 && len(ts) > 2 && q.lx.wh.hasTok(&ts[0]) && !q.lx.wh.hasTok(&ts[start]) {
		core := q.whQuestion(ts, 0, q.clauseEnd(ts, 1))
		return phrased{core: core}, core != ""
	}
	// "whether Israel would join … remains unclear": the whether rule's
	if start > 0 && q.lx.aux.hasTok(&ts[start-1]) {
		return phrased{}, false
	}
	for j := start - 1; j >= 0 && !ts[j].brk && ts[j].low != "and" && ts[j].low != "but"; j-- {
		if ts[j].low == "whether" || ts[j].low == "if" {
			return phrased{}, false
		}
	}
	// "how many aircraft fell remains unknown" → "How many aircraft fell"
	if len(np) > 1 && q.lx.wh.hasTok(&np[0]) {
		core := q.whQuestion(ts, start+(len(ts[start:i])-len(np)), i)
		return phrased{core: core}, core != ""
	}
	// "…, whose exact location was not specified": the owner comes before
	if start > 0 && ts[start-1].low == "whose" || len(np) > 0 && np[0].low == "whose" {
		if len(np) > 0 && np[0].low == "whose" {
			np = np[1:]
		}
		w := start - 1
		if ts[w].low != "whose" {
			w = start
		}
		ownerStart := q.npStart(ts, w, true)
		owner := q.objectPhrase(ts[ownerStart:w])
		if len(owner) == 0 || len(np) == 0 {
			return phrased{}, false
		}
		attr := np[len(np)-1].low
		ownerText := q.nounPhrase(withDefinite(owner))
		switch q.lx.attrWh[attr] {
		case "where":
			return phrased{core: "Where is " + ownerText}, true
		case "how many":
			return phrased{core: "How many " + ownerText + " are there"}, true
		case "when":
			return phrased{core: "When is " + ownerText + " due"}, true
		}
		return phrased{core: "What is the " + render(np) + " of " + ownerText}, true
	}
	if len(np) == 0 || len(np) == 1 && (q.lx.pronoun.hasTok(&np[0]) || q.lx.det.hasTok(&np[0])) {
		return phrased{}, false
	}
	if q.lx.det.hasTok(&np[len(np)-1]) {
		return phrased{}, false
	}
	// "the number of casualties" → "How many casualties"
	for i, t := range np {
		if t.low == "of" && i > 0 && i+1 < len(np) {
			switch q.lx.attrWh[np[i-1].low] {
			case "how many":
				// "the number of ships to be assigned" → "How many ships will be assigned"
				for k := i + 1; k+2 < len(np); k++ {
					if np[k].low == "to" && np[k+1].low == "be" {
						return phrased{core: "How many " + render(np[i+1:k]) + " will be " + render(np[k+2:])}, true
					}
				}
				return phrased{core: "How many " + render(np[i+1:]) + " were there"}, true
			case "where":
				return phrased{core: "Where is " + q.nounPhrase(np[i+1:])}, true
			case "who":
				return phrased{core: "Who is " + q.nounPhrase(np[i+1:])}, true
			}
			break
		}
	}
	head := np[len(np)-1].low
	if q.lx.attrWh[head] == "when" {
		if core := q.whenOfSentence(); core != "" {
			return phrased{core: core, kind: briefing.Timing}, true
		}
	}
	// "its strength is unknown": whose; "the number has not been
	// announced" alone says of what no more than the clause before
	if len(np) == 2 && q.lx.attrWh[head] != "" {
		if np[0].low != "its" && np[0].low != "their" {
			return phrased{}, false
		}
		owner, ok := q.resolve(map[string]string{"its": "it", "their": "they"}[np[0].low])
		if !ok {
			return phrased{}, false
		}
		return phrased{core: "What is the " + np[1].low + " of " + owner.text}, true
	}
	be := "is"
	if q.isPlural(np) || np[len(np)-1].low == "dead" {
		be = "are"
	}
	sub := q.subjectOf(np)
	if sub.text == "" {
		return phrased{}, false
	}
	// "the dead have not been identified" → "Who are the dead"
	if q.cueWordIn(m, "identif") {
		return phrased{core: "Who " + be + " " + sub.text}, true
	}
	return phrased{core: "What " + be + " " + sub.text}, true
}

// attributeQuestion asks for an attribute a noun phrase names: "the
// location of the battery" → "Where is the battery", "the number of
// casualties" → "How many casualties were there".
func (q *qctx) attributeQuestion(np []tok) (string, bool) {
	if len(np) < 4 || np[0].low != "the" && np[0].low != "its" && np[0].low != "their" {
		return "", false
	}
	for i := 1; i+1 < len(np) && i <= 3; i++ {
		if np[i+1].low != "of" || i+2 >= len(np) {
			continue
		}
		owner := np[i+2:]
		switch q.lx.attrWh[np[i].low] {
		case "where":
			return "Where is " + q.nounPhrase(owner), true
		case "how many":
			return "How many " + render(owner) + " were there", true
		case "who":
			return "Who is " + q.nounPhrase(owner), true
		case "when":
			return "When is " + q.nounPhrase(owner) + " due", true
		case "why", "what":
			// "the type of drone" → "What type of drone was it"
			if w := np[i].low; w == "type" || w == "kind" || w == "model" || w == "make" {
				return "What " + w + " of " + render(owner) + " was it", true
			}
			return "What is the " + np[i].w + " of " + q.nounPhrase(owner), true
		}
		return "", false
	}
	return "", false
}

// whenOfSentence asks when the hedged event of the sentence (or the one
// before) comes: "it could arrive in days" → "When will the carrier
// arrive".
func (q *qctx) whenOfSentence() string {
	for _, s := range []int{q.s, q.s - 1} {
		if s < 0 {
			continue
		}
		inner := q.at(s)
		for k, t := range inner.ts {
			if k == 0 || !inner.lx.modal.hasTok(&t) {
				continue
			}
			start := inner.subjectStart(inner.ts, k)
			if start >= k {
				continue
			}
			sub := inner.subjectOf(inner.ts[start:k])
			if k == start+1 && inner.lx.pronoun.hasTok(&inner.ts[start]) && k+1 < len(inner.ts) {
				// "it could arrive": the ship named last
				if r, ok := inner.resolveFor(inner.ts[start].low, inner.ts[k+1].low); ok {
					sub = r
				}
			}
			end := inner.clauseEnd(inner.ts, k+1)
			rest := inner.ts[k+1 : end]
			for i, r := range rest {
				// "could be within range before …": "be" keeps its place
				if i > 0 && (r.low == "before" || r.low == "by" || r.low == "soon" || r.low == "shortly" || r.low == "in" || r.low == "within") &&
					!(i == 1 && rest[0].low == "be") {
					rest = rest[:i]
					break
				}
			}
			if sub.text == "" || len(rest) == 0 || !inner.vb.base.has(rest[0].low) {
				continue
			}
			return "When will " + sub.text + " " + render(rest)
		}
	}
	return ""
}

// at returns a context for sentence s, sharing the lexicons.
func (q *qctx) at(s int) *qctx {
	if s == q.s {
		return q
	}
	if o, ok := q.others[s]; ok {
		return o
	}
	o := &qctx{a: q.a, lx: q.lx, vb: q.vb, s: s, ts: q.a.sentenceToks(s)}
	if q.others == nil {
		q.others = map[int]*qctx{}
	}
	q.others[s] = o
	o.others = q.others
	return o
}

func lastWord(s string) string {
	if i := strings.LastIndexByte(s, ' '); i >= 0 {
		return s[i+1:]
	}
	return s
}

func isCapitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// afterVerb keeps the words after the last verb of a phrase: "the RSF
// this week published videos" → "videos".
func (q *qctx) afterVerb(np []tok) []tok {
	for i := len(np) - 1; i >= 0; i-- {
		_, past := q.vb.pastBase(np[i].low)
		_, part := q.vb.participleBase(np[i].low)
		// "operates two helicopters": a present verb before its object
		_, third := q.vb.thirdBase(np[i].low)
		third = third && i > 0 && i+1 < len(np) && (q.lx.det.hasTok(&np[i+1]) || q.lx.isCount(np[i+1].low))
		if (past || part || third) && !np[i].cap && i+1 < len(np) {
			rest := np[i+1:]
			// "drawn up strike packages": the particle goes with the verb
			for len(rest) > 1 && q.lx.particle.hasTok(&rest[0]) {
				rest = rest[1:]
			}
			return rest
		}
	}
	return np
}

// withDefinite makes "an unidentified submarine" "the unidentified
// submarine".
func withDefinite(np []tok) []tok {
	if len(np) > 0 && (np[0].low == "a" || np[0].low == "an") {
		out := slices.Clone(np)
		out[0] = synth("the")
		return out
	}
	return np
}

// objectPhrase trims the words before a noun phrase that are not part of
// it: verbs and prepositions ("includes air units and an unidentified
// submarine" → "an unidentified submarine").
func (q *qctx) objectPhrase(ts []tok) []tok {
	ts = q.afterVerb(ts)
	for len(ts) > 0 && q.lx.prep.hasTok(&ts[0]) {
		ts = ts[1:]
	}
	// the last of several joined objects
	for i := len(ts) - 1; i > 0; i-- {
		if ts[i].low == "and" || ts[i].low == "or" {
			return ts[i+1:]
		}
	}
	return ts
}

// askUnspecifiedNoun: "drones started a fire at an unspecified
// industrial facility" → "At which industrial facility did drones start a
// fire".
func askUnspecifiedNoun(q *qctx, m cueMatch) (phrased, bool) {
	ts := q.ts
	// "an unknown number of X" → "How many X"
	if strings.HasPrefix(m.cue.phrase, "unknown number") {
		end := q.nounEnd(ts, m.after())
		if end <= m.after() {
			return phrased{}, false
		}
		return phrased{core: "How many " + render(ts[m.after():end])}, true
	}
	if m.first == 0 || !q.lx.det.hasTok(&ts[m.first-1]) && !ts[m.first-1].brk {
		// "unknown" as a predicate belongs to other rules
		if m.first > 0 && !strings.HasPrefix(ts[m.first-1].low, "in") {
			return phrased{}, false
		}
	}
	end := q.nounEnd(ts, m.after())
	if end <= m.after() || q.lx.trivialHead.hasTok(&ts[end-1]) {
		return phrased{}, false
	}
	// extend over "in the region", "of the city": the place belongs to it
	full := end
	for full+1 < len(ts) && (ts[full].low == "in" || ts[full].low == "of" || ts[full].low == "near") && !ts[full-1].brk {
		e := q.nounEnd(ts, full+1)
		if e <= full+1 {
			break
		}
		full = e
	}
	np := render(ts[m.after():full])
	det := m.first - 1
	if det < 0 || !q.lx.det.hasTok(&ts[det]) {
		det = m.first
	}
	// where the phrase stands in its clause
	cs := q.clauseStart(ts, det)
	k := q.finite(ts, cs, q.clauseEnd(ts, cs))
	if k < 0 || det <= k {
		// the subject: "An unidentified drone struck …" → "Which drone struck …"
		if k > det {
			return phrased{core: "Which " + np + " " + render(ts[k:q.clauseEnd(ts, k)])}, true
		}
		return phrased{core: "Which " + np + " is meant"}, true
	}
	// the object: move it to the front
	sub := q.subjectOf(ts[cs:k])
	prep := ""
	mid := ts[k:det]
	if len(mid) > 1 && q.lx.prep.hasTok(&mid[len(mid)-1]) {
		prep = mid[len(mid)-1].w
		mid = mid[:len(mid)-1]
	}
	// "includes air units and an unidentified submarine": the verb alone
	if slices.ContainsFunc(mid, func(t tok) bool { return t.low == "and" || t.low == "or" }) {
		mid = mid[:1]
		prep = ""
	}
	asked := q.yesNo(sub, mid)
	if asked == "" {
		return phrased{core: "Which " + np + " is meant"}, true
	}
	lead := "Which " + np
	if prep != "" {
		lead = upperFirst(strings.ToLower(prep)) + " which " + np
	}
	tail := ""
	if full < len(ts) && !ts[full-1].brk {
		tail = render(ts[full:q.clauseEnd(ts, full)])
	}
	return phrased{core: strings.TrimSpace(lead + " " + lowerFirstWord(asked) + " " + tail)}, true
}

// clauseStart returns where the clause holding word i begins.
func (q *qctx) clauseStart(ts []tok, i int) int {
	for j := i - 1; j >= 0; j-- {
		if ts[j].brk || q.lx.subjectBound.hasTok(&ts[j]) && ts[j].low != "and" && ts[j].low != "as" {
			return j + 1
		}
	}
	return 0
}

// nounEnd returns the end of the noun phrase starting at from: words up
// to a preposition, a verb, a break or a relative word.
func (q *qctx) nounEnd(ts []tok, from int) int {
	j := from
	for j < len(ts) && j-from < 8 {
		w := ts[j].low
		if q.lx.prep.hasTok(&ts[j]) || q.lx.subjectBound.hasTok(&ts[j]) || q.lx.aux.hasTok(&ts[j]) || q.lx.clauseStop.hasTok(&ts[j]) || q.lx.timeAdverb.hasTok(&ts[j]) {
			break
		}
		if j > from {
			if _, ok := q.vb.pastBase(w); ok && !ts[j].cap {
				break
			}
		}
		j++
		if ts[j-1].brk {
			break
		}
	}
	return j
}

// statementBefore finds a statement (a claim credited to someone) in
// sentence s before word limit (-1: anywhere): the reported clause asked
// back, and who said it.
func (q *qctx) statementBefore(s, limit int) (phrased, bool) {
	inner := q.at(s)
	at, ok := inner.attribution()
	if !ok || limit >= 0 && at.verb >= limit {
		return phrased{}, false
	}
	to := at.to
	if limit >= 0 && to > limit {
		to = limit
	}
	core := inner.askFirstClause(inner.ts, at.from, to, at.source)
	if core == "" {
		return phrased{}, false
	}
	src := inner.sourceText(at.source)
	return phrased{core: core, creditBy: &voice{who: src, verb: "says"}, statement: true}, true
}

// askFirstClause asks the first main clause of what a source said,
// passing over a dateline ("KYIV, Ukraine —") and subordinate clauses
// ("While no one was hurt, …").
func (q *qctx) askFirstClause(ts []tok, from, to int, source []tok) string {
	// a subject left waiting by an apposition: "one of its units, known
	// as Group 13, had destroyed …"
	var waiting []tok
	for seg := 0; seg < 4 && from < to; seg++ {
		end := min(q.clauseEnd(ts, from), to)
		if len(waiting) > 0 && (q.lx.aux.hasTok(&ts[from]) || q.isPast(ts[from].low)) {
			return q.yesNo(q.subjectOf(waiting), q.decideTo(ts[from:end]))
		}
		if !q.lx.subordinator.hasTok(&ts[from]) {
			if core := q.askReported(ts, from, end, source); core != "" {
				return core
			}
			if waiting == nil && q.strongFinite(ts, from, end) < 0 && !q.lx.aux.hasTok(&ts[from]) {
				waiting = q.trimSubject(ts[from:end])
			}
		}
		if end <= from {
			break
		}
		from = end
	}
	return ""
}

func (q *qctx) isPast(w string) bool { _, ok := q.vb.pastBase(w); return ok }

// askReported asks back what a source said, its pronouns standing for
// the source: "it had downed a drone" → "Did the RSF down a drone".
func (q *qctx) askReported(ts []tok, from, to int, source []tok) string {
	for from < to && (ts[from].low == "that" || ts[from].low == "on" && false) {
		from++
	}
	k := q.finite(ts, from, to)
	if k <= from {
		return ""
	}
	np := q.trimSubject(ts[from:k])
	if len(np) == 0 || np[0].low == "which" || np[0].low == "who" || np[0].low == "whom" || q.lx.aux.hasTok(&np[0]) {
		return ""
	}
	src := q.sourceText(source)
	var sub subject
	if len(np) == 1 && q.speaksOf(np[0].low, src) {
		sub = src
	} else {
		sub = q.subjectOf(np)
	}
	return q.yesNo(sub, q.decideTo(ts[k:to]))
}

// decideTo reads "decides to fire" as "will fire".
func (q *qctx) decideTo(pred []tok) []tok {
	if len(pred) > 2 && pred[1].low == "to" {
		if q.lx.decideVerb.hasTok(&pred[0]) {
			return append([]tok{synth("will")}, pred[2:]...)
		}
	}
	return pred
}

// anaphoric reports an object that points back to something said before
// ("the claim", "this", "Ukraine's report"), or none at all.
func (q *qctx) anaphoric(ts []tok, from, to int) bool {
	if from >= to {
		return true
	}
	for j := from; j < to && j < from+4; j++ {
		if q.lx.anaphor.hasTok(&ts[j]) || ts[j].low == "either" || ts[j].low == "neither" || ts[j].low == "both" {
			return true
		}
		if ts[j].brk {
			break
		}
	}
	return false
}

// linkBack finds the statement a denial, silence or doubt in sentence
// q.s answers: earlier in the sentence, else in the two before.
func (q *qctx) linkBack(limit int) (phrased, bool) {
	// the nearest claim: asked about already, or stated, in this sentence
	// or the two before
	for s := q.s; s >= 0 && s >= q.s-2; s-- {
		if q.drafts != nil {
			ds := *q.drafts
			for i := len(ds) - 1; i >= 0; i-- {
				d := ds[i]
				if d.sentences[0] < s {
					break
				}
				if d.sentences[0] == s && d.statement && d.p.counterBy == nil {
					p := d.p
					p.joins = i + 1
					return p, true
				}
			}
		}
		lim := -1
		if s == q.s {
			lim = limit
		}
		if p, ok := q.statementBefore(s, lim); ok {
			if s != q.s {
				p.linked = append(p.linked, s)
			}
			return p, true
		}
	}
	return phrased{}, false
}

// askDenial: "Tarriela denied that any inspection had taken place" →
// "Did any inspection take place, which Tarriela denies"; a denial of
// "this claim" joins the claim.
func askDenial(q *qctx, m cueMatch) (phrased, bool) {
	ts := q.ts
	if strings.HasPrefix(m.cue.phrase, "nothing to do") {
		return q.askNothingToDo(m)
	}
	// "the disputed atoll": an adjective, nobody disputing
	if m.first > 0 && q.lx.det.hasTok(&ts[m.first-1]) {
		return phrased{}, false
	}
	denier := q.speakerBefore(m.first)
	// "the army says nothing of the kind happened": who says so
	if at, ok := q.attribution(); ok && denier.text == "" && at.verb == m.first-1 {
		denier = q.sourceText(at.source)
	}
	if denier.text == "" || strings.EqualFold(denier.text, "there") || q.lx.pronoun.has(strings.ToLower(denier.text)) {
		if !strings.HasPrefix(m.cue.phrase, "dismissed") && !strings.HasPrefix(m.cue.phrase, "rejected") {
			return phrased{}, false
		}
	}
	verb := "denies"
	if t := m.cue.tail; t != "" {
		verb = t
	}
	counter := &voice{who: denier, verb: verb}
	from := m.after()
	// "called the report 'a script …'": what it is called is no claim
	if strings.HasPrefix(m.cue.phrase, "called|") {
		from = len(ts)
	}
	end := q.clauseEnd(ts, min(from, len(ts)-1))
	if from < len(ts) {
		switch w := ts[from].low; {
		case w == "that":
			if core := q.askReportedBy(ts, from+1, q.clauseEnd(ts, from+1), denier); core != "" {
				return phrased{core: core, counterBy: counter}, true
			}
		case strings.HasSuffix(w, "ing") && denier.text != "" && !ts[m.last].brk: // ", saying …" is no deed denied
			if base, ok := q.vb.gerundBase(w); ok {
				return phrased{core: "Did " + denier.text + " " + base + " " + render(ts[from+1:end]), counterBy: &voice{who: subject{text: "it"}, verb: verb}}, true
			}
		case (w == "any" || w == "a" || w == "an") && !q.anaphoric(ts, from, end):
			// "denied any role" → "Did Moscow have any role, which it denies"
			if from+1 < end && q.lx.involvement.hasTok(&ts[from+1]) && denier.text != "" {
				return phrased{core: "Did " + denier.text + " have " + render(ts[from:end]), counterBy: &voice{who: itFor(denier), verb: verb}}, true
			}
			return phrased{core: "Was there " + render(ts[from:end]), counterBy: counter}, true
		}
	}
	// "rejected reports that S did V"
	for j := from; j < end && j < from+4; j++ {
		if ts[j].low == "that" && j > from {
			if core := q.askReportedBy(ts, j+1, q.clauseEnd(ts, j+1), denier); core != "" {
				return phrased{core: core, counterBy: counter}, true
			}
		}
	}
	// "Such claims … are dismissed by analysts as false": the subject
	// names the claim
	if strings.HasPrefix(m.cue.phrase, "dismissed") || strings.HasPrefix(m.cue.phrase, "rejected") {
		if j := m.first - 1; j >= 0 && (ts[j].low == "are" || ts[j].low == "is" || ts[j].low == "were" || ts[j].low == "was" || ts[j].low == "generally" || ts[j].low == "widely") {
			counter.who = q.agentAfter(m.first)
		}
	}
	if p, ok := q.linkBack(m.first); ok {
		p.counterBy = counter
		p.kind = briefing.Conflict
		return p, true
	}
	return phrased{}, false
}

// agentAfter reads "by X" after word i: who does the passive's act.
func (q *qctx) agentAfter(i int) subject {
	ts := q.ts
	for j := i + 1; j < len(ts) && j < i+4; j++ {
		if ts[j].low == "by" {
			end := j + 1
			for end < len(ts) && end-j <= 5 && !q.lx.prep.hasTok(&ts[end]) && ts[end].low != "as" {
				end++
				if ts[end-1].brk {
					break
				}
			}
			return q.sourceText(ts[j+1 : end])
		}
	}
	return subject{}
}

// speakerBefore returns who the verb at word i has as subject; when a
// conjunction leaves it unsaid ("… and denied …"), the clause's first.
func (q *qctx) speakerBefore(i int) subject {
	ts := q.ts
	start := q.subjectStart(ts, i)
	// "the Legislative Yuan, which is expected to vote": the thing named
	// before the relative word
	rel := -1
	if start < i && (ts[start].low == "which" || ts[start].low == "who") {
		rel = start
	} else if start == i && i > 0 && (ts[i-1].low == "which" || ts[i-1].low == "who") {
		rel = i - 1
	}
	if rel > 0 {
		if st := q.npStart(ts, rel, true); st < rel {
			return q.sourceText(q.objectPhrase(ts[st:rel]))
		}
	}
	if start < i {
		return q.sourceText(ts[start:i])
	}
	// "Its manager, Thalassa Maritime, denied …": the name in apposition;
	// "The group, an alliance of …, said …": the name before it
	if i > 1 && ts[i-1].brk {
		b2 := q.lastBreakBefore(ts, i-1)
		seg := ts[b2+1 : i]
		if len(seg) > 0 && len(seg) <= 5 && seg[0].cap && seg[len(seg)-1].cap &&
			!slices.ContainsFunc(seg, func(t tok) bool { return !t.cap && !q.a.lexicon.NameParticles[t.low] }) {
			return q.sourceText(seg)
		}
		if b2 >= 0 && len(seg) > 0 && q.opensApposition(ts, b2+1) {
			if st := q.npStart(ts, b2+1, true); st <= b2 {
				return q.sourceText(ts[st : b2+1])
			}
		}
	}
	// "X said …, but claimed …": the speaker of the first verb
	if at, ok := q.attribution(); ok && at.verb < i && at.from <= i && (q.lx.speech.hasTok(&q.ts[i]) || q.isCueVerb(q.ts[i].low)) {
		return q.sourceText(at.source)
	}
	return q.mainSubject(i)
}

// isCueVerb reports a verb that says or denies: claimed, denied, accused.
func (q *qctx) isCueVerb(w string) bool {
	for _, p := range q.lx.cueVerbStems {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// mainSubject is the subject of the clause that word i continues: the
// first subject with a verb before i.
func (q *qctx) mainSubject(i int) subject {
	ts := q.ts
	for cs := q.clauseStart(ts, i); ; cs = q.clauseStart(ts, cs-1) {
		k := q.finite(ts, cs, i)
		// "…, causing huge blasts and allegedly killing …": a participle's
		// clause has no subject of its own
		if cs < len(ts) && strings.HasSuffix(ts[cs].low, "ing") && !ts[cs].cap {
			k = -1
		}
		if k > cs {
			np := q.trimSubject(ts[cs:k])
			if len(np) > 0 && !q.lx.subjectBound.hasTok(&np[0]) {
				return q.subjectOf(np)
			}
		}
		if cs <= 0 {
			break
		}
	}
	return subject{}
}

// askUnverified: a claim that could not be verified, joined to the claim
// it doubts.
func askUnverified(q *qctx, m cueMatch) (phrased, bool) {
	ts := q.ts
	counter := m.cue.tail
	// a claim earlier in the sentence: "X claims to have killed 100,
	// which cannot be independently verified"
	if p, ok := q.claimBefore(m.first); ok {
		p.counter = counter
		return p, true
	}
	from := m.after()
	end := len(ts)
	if from < len(ts) {
		end = q.clauseEnd(ts, from)
	}
	object := !strings.HasPrefix(m.cue.phrase, "if") && from < end &&
		(strings.Contains(m.cue.phrase, "verify|") || strings.Contains(m.cue.phrase, "confirm") && !strings.Contains(m.cue.phrase, "be "))
	if !object || q.anaphoric(ts, from, end) {
		if p, ok := q.linkBack(m.first); ok {
			if !strings.HasPrefix(counter, "which") && !strings.HasPrefix(counter, "with") {
				counter = "which is " + counter
			}
			p.counter = counter
			p.kind = briefing.Claim
			return p, true
		}
	}
	if object && from < end {
		np := ts[from:end]
		for len(np) > 0 && (np[0].low == "of" || np[0].low == "for") {
			np = np[1:]
		}
		if len(np) == 0 {
			return phrased{}, false
		}
		be := "Is "
		if q.isPlural(np) || slices.ContainsFunc(np, func(t tok) bool { return t.low == "nor" }) {
			be = "Are "
		}
		items := make([]tok, 0, len(np))
		for _, t := range np {
			if t.low == "nor" {
				t = synth("and")
			}
			t.brk = false
			items = append(items, t)
		}
		return phrased{core: be + q.nounPhrase(items) + " accurate"}, true
	}
	if topic := q.a.topicOf(q.s); topic != "" {
		return phrased{core: "Are the claims about " + topic + " accurate"}, true
	}
	return phrased{}, false
}

// claimBefore finds a claim made earlier in sentence q.s, before word i.
func (q *qctx) claimBefore(i int) (phrased, bool) {
	for _, c := range q.lx.rules[q.lx.ruleIndex("claim")].cues {
		for j := 0; j < i; j++ {
			if last, ok := q.matchAt(c, j); ok && last < i {
				if p, ok := askClaim(q, cueMatch{cue: c, first: j, last: last}); ok {
					return p, true
				}
			}
		}
	}
	return phrased{}, false
}

// askSilence: "Russian officials did not confirm the attack" → "Have
// Russian officials confirmed the attack"; joined to the claim it leaves
// unanswered when there is one.
func askSilence(q *qctx, m cueMatch) (phrased, bool) {
	ts := q.ts
	who := q.speakerBefore(m.first)
	from := m.after()
	end := len(ts)
	if from < len(ts) {
		end = q.clauseEnd(ts, from)
	}
	if strings.HasPrefix(m.cue.phrase, "reached out") {
		// "reached out to X for comment": X is silent
		for j := m.first; j <= m.last; j++ {
			if ts[j].low == "to" {
				k := j + 1
				for k <= m.last && ts[k].low != "for" {
					k++
				}
				who = q.sourceText(ts[j+1 : k])
				break
			}
		}
	}
	if strings.HasPrefix(m.cue.phrase, "no immediate") || strings.HasPrefix(m.cue.phrase, "not available") || strings.HasPrefix(m.cue.phrase, "not immediately available") {
		if who.text == "" || q.lx.pronoun.has(strings.ToLower(who.text)) {
			for j := from; j < end; j++ {
				if ts[j].low == "from" {
					who = q.sourceText(ts[j+1 : q.nounEnd(ts, j+1)])
					break
				}
			}
		}
	}
	if who.text == "" {
		return phrased{}, false
	}
	act := "commented"
	for _, w := range strings.Fields(m.cue.phrase) {
		for _, alt := range strings.Split(w, "|") {
			if strings.HasPrefix(alt, "confirm") && strings.Contains(m.cue.phrase, alt) && q.cueWordIn(m, "confirm") {
				act = "confirmed"
			}
		}
	}
	for j := m.first; j <= m.last; j++ {
		switch w := ts[j].low; {
		case strings.HasPrefix(w, "confirm"):
			act = "confirmed"
		case strings.HasPrefix(w, "respon"):
			act = "responded"
		case strings.HasPrefix(w, "acknowledg"):
			act = "acknowledged"
		case strings.HasPrefix(w, "react"):
			act = "reacted"
		case strings.HasPrefix(w, "repl"):
			act = "replied"
		case strings.HasPrefix(w, "mention"):
			act = "mentioned"
		}
	}
	// "did not confirm the attack", "has not commented on it": the claim
	// it leaves open
	if act == "confirmed" || act == "acknowledged" || end-from <= 3 {
		if q.anaphoric(ts, from, end) {
			if p, ok := q.linkBack(m.first); ok {
				p.counterBy = &voice{who: who, verb: "has not " + act}
				p.kind = briefing.Claim
				return p, true
			}
		}
	}
	has := "Has "
	if who.plural {
		has = "Have "
	}
	object := ""
	if from < end && !strings.HasPrefix(m.cue.phrase, "referred") { // "referred questions to the government": no topic
		obj := ts[from:end]
		// "to AFP's request for comment", "via email": nothing to ask about
		if len(obj) > 0 && !(q.lx.det.hasTok(&obj[0]) || obj[0].low == "on" || obj[0].cap || strings.HasSuffix(obj[0].low, "'s")) ||
			slices.ContainsFunc(obj, func(t tok) bool {
				return strings.HasPrefix(t.low, "comment") || t.low == "request" || t.low == "requests"
			}) {
			obj = nil
		}
		if len(obj) > 0 {
			object = " " + render(obj)
			if act == "commented" && obj[0].low != "on" {
				object = " on" + object
			}
		}
	}
	return phrased{core: has + who.text + " " + act + object}, true
}

func (q *qctx) cueWordIn(m cueMatch, prefix string) bool {
	for j := m.first; j <= m.last; j++ {
		if strings.HasPrefix(q.ts[j].low, prefix) {
			return true
		}
	}
	return false
}

// askInitiallyLater: "X initially said one sailor was hurt but later
// raised the figure to three" → "Which account holds: X first said one
// sailor was hurt, but later raised the figure to three".
func askInitiallyLater(q *qctx, m cueMatch) (phrased, bool) {
	ts := q.ts
	later := -1
	for j := m.after(); j < len(ts); j++ {
		if ts[j].low == "later" || ts[j].low == "subsequently" || ts[j].low == "since" {
			later = j
			break
		}
	}
	if later < 0 || later+1 >= len(ts) {
		return phrased{}, false
	}
	who := q.speakerBefore(m.first)
	if who.text == "" {
		return phrased{}, false
	}
	first := ts[m.last:later]
	// "…, but the office later said": the second voice, as written
	for len(first) > 0 && (first[len(first)-1].low == "but" || first[len(first)-1].low == "and") {
		first = first[:len(first)-1]
	}
	k := later - 1
	for k > m.last && ts[k].low != "but" && !ts[k-1].brk {
		k--
	}
	if k > m.last && ts[k].low == "but" {
		first = ts[m.last:k]
	}
	second := ts[k:q.clauseEnd(ts, later)]
	if len(second) > 0 && second[0].low == "but" {
		second = second[1:]
	}
	cut := func(t []tok) []tok {
		out := slices.Clone(t)
		if len(out) > 0 {
			out[len(out)-1].brk = false
		}
		return out
	}
	return phrased{core: "Which account holds: " + who.text + " first " + render(cut(first)) + ", but " + render(second), kind: briefing.Conflict}, true
}

// askAttribution: "strikes attributed to Mali's army" → "Did Mali's army
// carry out the strikes".
func askAttribution(q *qctx, m cueMatch) (phrased, bool) {
	ts := q.ts
	from := m.after()
	switch {
	case strings.Contains(m.cue.phrase, "responsibility"):
		// "X claimed responsibility for the attack"; "no group has
		// claimed responsibility for it"
		if from >= len(ts) || ts[from].low != "for" {
			return phrased{}, false
		}
		act := ts[from+1 : q.clauseEnd(ts, from+1)]
		if len(act) == 0 {
			return phrased{}, false
		}
		if strings.HasPrefix(m.cue.phrase, "no ") {
			return phrased{core: "Who carried out " + q.nounPhrase(act)}, true
		}
		who := q.speakerBefore(m.first)
		if who.text == "" {
			return phrased{}, false
		}
		return phrased{core: "Did " + who.text + " carry out " + q.nounPhrase(act), credit: "as claimed"}, true
	}
	agentEnd := q.nounEnd(ts, from)
	if agentEnd <= from {
		return phrased{}, false
	}
	agent := q.sourceText(ts[from:agentEnd])
	start := q.subjectStart(ts, m.first)
	act := q.trimSubject(ts[start:m.first])
	if len(act) == 0 || agent.text == "" {
		return phrased{}, false
	}
	actText := q.nounPhrase(act)
	if !q.lx.det.hasTok(&act[0]) && (!act[0].cap || !act[0].name && !q.properNoun(act[0])) {
		actText = "the " + actText
	}
	return phrased{core: "Did " + agent.text + " carry out " + actText, credit: m.cue.tail}, true
}

// askClaim: "X claimed that S did V" → "Did S V, as X claims"; "X
// claimed to have V-ed" → "Did X V, as it claims"; "X accused Y of
// V-ing" → "Did Y V, as X alleges".
func askClaim(q *qctx, m cueMatch) (phrased, bool) {
	ts := q.ts
	first := m.first
	// "the claim", "such claims": a noun, for other rules
	if first > 0 && (q.lx.det.hasTok(&ts[first-1]) || strings.HasSuffix(ts[first-1].low, "'s")) && !strings.HasPrefix(m.cue.phrase, "it ") {
		return phrased{}, false
	}
	// "Claims circulating online that a ransom has been demanded …": the
	// claim a noun states
	if (ts[first].low == "claims" || ts[first].low == "claim") && (first == 0 || ts[first-1].brk) {
		for k := m.after(); k < len(ts) && k <= m.after()+4 && !ts[k].brk; k++ {
			if ts[k].low == "that" && k+1 < len(ts) {
				if core := q.askReportedBy(ts, k+1, q.clauseEnd(ts, k+1), subject{}); core != "" {
					return phrased{core: core, credit: "as claimed", statement: true}, true
				}
				break
			}
		}
	}
	// "pairing battlefield claims with …": a noun
	if next := m.after(); (ts[first].low == "claims" || ts[first].low == "claim") && next < len(ts) &&
		ts[next].low != "that" && ts[next].low != "to" && !q.lx.det.hasTok(&ts[next]) && !q.lx.pronoun.hasTok(&ts[next]) &&
		!(q.lx.prep.hasTok(&ts[next]) && next+1 < len(ts) && ts[next+1].cap) { // "claims on Telegram to have …"
		return phrased{}, false
	}
	claimant := q.speakerBefore(first)
	verb := "claims"
	if m.cue.tail != "" {
		verb = m.cue.tail
	}
	credit := &voice{who: claimant, verb: verb}
	from := m.after()
	if from >= len(ts) {
		return phrased{}, false
	}
	end := q.clauseEnd(ts, from)
	switch {
	case strings.HasPrefix(m.cue.phrase, "accused"):
		// "accused the SAF of targeting civilians"
		for j := from; j < end; j++ {
			if ts[j].low == "of" && j+1 < end {
				if base, ok := q.vb.gerundBase(ts[j+1].low); ok {
					accused := q.subjectOf(ts[from:j])
					// "… of targeting civilians and warned of retaliation"
					stop := end
					for x := j + 2; x < end-1; x++ {
						if ts[x].low == "and" {
							if _, past := q.vb.pastBase(ts[x+1].low); past {
								stop = x
								break
							}
						}
					}
					return phrased{core: "Did " + accused.text + " " + base + " " + render(ts[j+2:stop]), creditBy: &voice{who: claimant, verb: "alleges"}, statement: true}, true
				}
			}
		}
		return phrased{}, false
	case strings.HasPrefix(m.cue.phrase, "according"):
		src := ts[m.first+2 : m.last]
		return statementFrom(q, ts, from, end, src, "claims")
	case strings.HasPrefix(m.cue.phrase, "as saying"):
		// "quoted X as saying that …"
		src := ts[q.subjectStart(ts, m.first):m.first]
		if len(src) > 0 && (src[0].low == "quoted" || src[0].low == "cited") {
			src = src[1:]
		}
		return statementFrom(q, ts, from, end, src, "says")
	case strings.HasPrefix(m.cue.phrase, "it "):
		core := q.askClause(ts, from, end)
		return phrased{core: core, statement: true}, core != ""
	case m.cue.phrase == "appeared|appears|appear|seemed|seems|seem to":
		start := q.subjectStart(ts, first)
		np := q.trimSubject(ts[start:first])
		var sub subject
		switch {
		case len(np) == 0 && first > 1 && ts[first-1].low == "and":
			// "the tanker had called at Ust-Luga and appeared to belong
			// to …": the subject the verbs share
			sub = q.mainSubject(first - 1)
		case len(np) == 0 || q.lx.wh.hasTok(&np[0]) || q.lx.pronoun.hasTok(&np[0]):
		default:
			sub = q.subjectOf(np)
		}
		if sub.text == "" || from >= end {
			return phrased{}, false
		}
		lead := "Does "
		if sub.plural {
			lead = "Do "
		}
		if ts[first].low == "appeared" || ts[first].low == "seemed" {
			lead = "Did "
		}
		if ts[from].low == "be" {
			return phrased{core: strings.TrimSpace(q.yesNo(sub, append([]tok{synth(map[bool]string{true: "are", false: "is"}[sub.plural])}, ts[from+1:end]...)))}, true
		}
		if ts[from].low == "have" && from+1 < end {
			if base, ok := q.vb.participleBase(ts[from+1].low); ok {
				return phrased{core: "Did " + sub.text + " " + base + " " + render(ts[from+2:end])}, true
			}
		}
		return phrased{core: lead + sub.text + " " + render(ts[from:end])}, true
	}
	if claimant.text == "" {
		return phrased{}, false
	}
	// "claims on Telegram to have ambushed": where it said so comes first
	if q.lx.prep.hasTok(&ts[from]) && from+2 < end && ts[from+1].cap {
		k := from + 1
		for k < end && k < from+5 && ts[k].cap {
			k++
		}
		if k < end && ts[k].low == "to" {
			from = k
		}
	}
	// "claimed to have targeted", "claims to have killed", "claims to hold"
	if ts[from].low == "to" && from+1 < end {
		v := from + 1
		if ts[v].low == "have" && v+1 < end {
			if base, ok := q.vb.participleBase(ts[v+1].low); ok {
				return phrased{core: "Did " + claimant.text + " " + base + " " + render(ts[v+2:end]), creditBy: &voice{who: itFor(claimant), verb: verb}, statement: true}, true
			}
		}
		if ts[v].low == "be" {
			be := "Is "
			if claimant.plural {
				be = "Are "
			}
			return phrased{core: be + claimant.text + " " + render(ts[v+1:end]), creditBy: &voice{who: itFor(claimant), verb: verb}, statement: true}, true
		}
		if q.vb.base.has(ts[v].low) {
			do := "Does "
			if claimant.plural {
				do = "Do "
			}
			return phrased{core: do + claimant.text + " " + render(ts[v:end]), creditBy: &voice{who: itFor(claimant), verb: verb}, statement: true}, true
		}
		return phrased{}, false
	}
	// "Al-Shabaab claimed a roadside bomb attack on a convoy": a deed
	// claimed by its name
	if (ts[from].low == "a" || ts[from].low == "an" || ts[from].low == "the") && strings.HasPrefix(ts[m.first].low, "claimed") ||
		strings.HasPrefix(ts[m.first].low, "claims") && from < len(ts) && (ts[from].low == "a" || ts[from].low == "an" || ts[from].low == "the") {
		stop := from + 1
		for stop < end && !q.lx.prep.hasTok(&ts[stop]) && !ts[stop-1].brk && stop-from < 6 {
			stop++
		}
		if head := ts[stop-1].low; q.lx.eventNoun(head) && claimant.text != "" && q.strongFinite(ts, from, end) < 0 {
			k := end
			for j := stop; j < end; j++ {
				if ts[j].low == "and" && j+1 < end && (q.lx.speech.hasTok(&ts[j+1]) || q.verbForm(ts[j+1].low)) {
					k = j // "… and said 14 soldiers were killed"
					break
				}
			}
			return phrased{core: "Did " + claimant.text + " carry out " + render(ts[from:k]), creditBy: &voice{who: itFor(claimant), verb: verb}, statement: true}, true
		}
	}
	if ts[from].low == "that" {
		from++
	}
	// "claimed the drone was shot down"
	if core := q.askReportedBy(ts, from, end, claimant); core != "" {
		return phrased{core: core, creditBy: credit, statement: true}, true
	}
	return phrased{}, false
}

// itFor is the pronoun a question uses for a claimant it has just named.
func itFor(s subject) subject {
	// a person is "they": the text rarely says which pronoun fits
	if s.plural || s.person {
		return subject{text: "they", plural: true}
	}
	return subject{text: "it"}
}

// askReportedBy asks a reported clause, its pronouns the speaker's.
func (q *qctx) askReportedBy(ts []tok, from, to int, speaker subject) string {
	k := q.finite(ts, from, to)
	if k <= from {
		return ""
	}
	np := q.trimSubject(ts[from:k])
	var sub subject
	if len(np) == 1 && q.speaksOf(np[0].low, speaker) {
		sub = speaker
	} else {
		sub = q.subjectOf(np)
	}
	return q.yesNo(sub, q.decideTo(ts[k:to]))
}

// speaksOf reports a pronoun in what a speaker said that stands for the
// speaker: "the RSF said it had downed …", not "it said they were
// killed".
func (q *qctx) speaksOf(pronoun string, speaker subject) bool {
	if speaker.text == "" || !q.lx.pronoun.has(pronoun) {
		return false
	}
	switch pronoun {
	case "it":
		// "the Rapid Support Forces said it had downed …": a named body
		return !speaker.person && (!speaker.plural || isCapitalised(lastWord(speaker.text)))
	case "he", "she":
		return !speaker.plural
	case "they", "we":
		return !speaker.person && (speaker.plural || strings.Contains(speaker.text, " ") && !strings.HasPrefix(speaker.text, "the "))
	}
	return false
}

// statementFrom asks a clause credited to src.
func statementFrom(q *qctx, ts []tok, from, end int, src []tok, verb string) (phrased, bool) {
	who := q.sourceText(src)
	if from < end && ts[from].low == "that" {
		from++
	}
	core := q.askReportedBy(ts, from, end, who)
	if core == "" || who.text == "" {
		return phrased{}, false
	}
	return phrased{core: core, creditBy: &voice{who: who, verb: verb}, statement: true}, true
}

// askHedgeAdverb: "the attack reportedly came in two waves" → "Did the
// attack come in two waves, as reported"; "…, allegedly killing X" →
// "Did <the clause's subject> kill X, as alleged".
func askHedgeAdverb(q *qctx, m cueMatch) (phrased, bool) {
	ts := q.ts
	k := m.first
	credit := m.cue.tail
	// "is said to", "are believed to have …"
	if m.last > m.first {
		sub := q.speakerBefore(k)
		from := m.after()
		if sub.text == "" || from >= len(ts) {
			return phrased{}, false
		}
		end := q.clauseEnd(ts, from)
		past := ts[m.first].low == "was" || ts[m.first].low == "were"
		var pred []tok
		switch {
		case ts[from].low == "have" && from+1 < end:
			pred = append([]tok{synth("had")}, ts[from+1:end]...)
		case ts[from].low == "be":
			be := map[bool]string{true: "was", false: "is"}[past]
			if sub.plural {
				be = map[bool]string{true: "were", false: "are"}[past]
			}
			pred = append([]tok{synth(be)}, ts[from+1:end]...)
		case ts[m.last].low == "of": // "suspected of supplying"
			base, ok := q.vb.gerundBase(ts[from].low)
			if !ok {
				return phrased{}, false
			}
			pred = append([]tok{synth("did"), synth(base)}, ts[from+1:end]...)
		default:
			do := map[bool]string{true: "did", false: "does"}[past]
			if sub.plural && !past {
				do = "do"
			}
			pred = append([]tok{synth(do)}, ts[from:end]...)
		}
		core := q.yesNo(sub, pred)
		return phrased{core: core, credit: credit, statement: true}, core != ""
	}
	next := k + 1
	if next >= len(ts) {
		return phrased{}, false
	}
	// "Reportedly, the administration has drawn up …"
	if k == q.clauseStart(ts, k) && (ts[k].brk || q.lx.det.hasTok(&ts[next]) || ts[next].cap) {
		from := next
		core := q.askClause(ts, from, q.clauseEnd(ts, from))
		return phrased{core: core, credit: credit, statement: true}, core != ""
	}
	end := q.clauseEnd(ts, next)
	// "…, allegedly killing Iranian personnel"; "after allegedly conducting …"
	if base, ok := q.vb.gerundBase(ts[next].low); ok {
		sub := q.mainSubject(k)
		if sub.text == "" {
			return phrased{}, false
		}
		// "videos purportedly placing them near the base": the noun acts
		if start := q.subjectStart(ts, k); start < k && !ts[k-1].brk && !q.lx.prep.hasTok(&ts[k-1]) && ts[k-1].low != "and" {
			if np := q.afterVerb(q.objectPhrase(ts[start:k])); len(np) > 0 {
				sub = q.subjectOf(withDefinite(np))
				if !q.lx.det.hasTok(&np[0]) && !np[0].cap {
					sub.text = "the " + sub.text
				}
			}
		}
		do := "Did"
		if ts[next].low != "" && strings.HasPrefix(ts[k].low, "purport") {
			do = "Do"
			if !sub.plural {
				do = "Does"
			}
		}
		return phrased{core: do + " " + sub.text + " " + base + " " + render(ts[next+1:end]), credit: credit, statement: true}, true
	}
	// "Ansar al-Wadi, a small group purportedly based in the forest": the
	// named thing is so
	if _, part := q.vb.participleBase(ts[next].low); part && k > 0 && !q.lx.aux.hasTok(&ts[k-1]) {
		if _, past := q.vb.pastBase(ts[next].low); past || part {
			start := q.subjectStart(ts, k)
			np := q.trimSubject(ts[start:k])
			if len(np) > 0 && (np[0].low == "a" || np[0].low == "an") && start > 0 && ts[start-1].brk {
				if st := q.npStart(ts, start, true); st < start {
					named := q.sourceText(ts[st:start])
					if named.text != "" {
						return phrased{core: upperFirst(map[bool]string{true: "are", false: "is"}[named.plural]) + " " + named.text + " " + render(ts[next:end]), credit: credit, statement: true}, true
					}
				}
			}
		}
	}
	// "has reportedly drawn up", "was allegedly killed"
	if k > 0 && q.lx.aux.hasTok(&ts[k-1]) {
		start := q.subjectStart(ts, k-1)
		if start >= k-1 {
			return phrased{}, false
		}
		pred := append([]tok{ts[k-1]}, ts[next:end]...)
		core := q.yesNo(q.subjectOf(ts[start:k-1]), pred)
		return phrased{core: core, credit: credit, statement: true}, core != ""
	}
	// "the attack reportedly came in two waves"; "a second cutter, CCG
	// 3105, allegedly turned a water cannon on …"
	start := q.subjectStart(ts, k)
	if k == 0 || q.lx.det.hasTok(&ts[k-1]) {
		return phrased{}, false // "Allegedly struck …": no subject to ask of
	}
	sub := subject{}
	if start < k {
		sub = q.subjectOf(ts[start:k])
	} else {
		sub = q.speakerBefore(k)
	}
	core := q.yesNo(sub, ts[next:end])
	return phrased{core: core, credit: credit, statement: true}, core != ""
}

// askIdentified: "the IDF identified him as a field commander; his family
// said he was a farmer" → "Was the man a field commander, as the IDF
// says, or a farmer, as his family says".
func askIdentified(q *qctx, m cueMatch) (phrased, bool) {
	ts := q.ts
	from := m.after()
	end := q.clauseEnd(ts, from)
	if from >= end || m.last-m.first < 2 {
		return phrased{}, false
	}
	who := q.identifiedPerson(ts[m.first+1:m.last], m.first)
	source := q.speakerBefore(m.first)
	if who == "" || source.text == "" {
		return phrased{}, false
	}
	p := phrased{core: "Was " + who + " " + render(ts[from:end]), creditBy: &voice{who: source, verb: "says"}}
	// another account of the same person, later in the sentence or in
	// the next: "…; his family said he was a farmer"
	if other, by, ok := q.otherIdentity(end); ok {
		p.counter = "or " + other + ", as " + voice{who: by, verb: "says"}.String()
		p.kind = briefing.Conflict
	}
	return p, true
}

// identifiedPerson names the person a report identifies: a name, or for
// "him" the person the text last spoke of ("one man" → "the man").
func (q *qctx) identifiedPerson(np []tok, before int) string {
	if len(np) != 1 || !(np[0].low == "him" || np[0].low == "her" || np[0].low == "them") {
		return q.subjectOf(np).text
	}
	for s := q.s; s >= 0 && s >= q.s-1; s-- {
		prev := q.at(s).ts
		last := len(prev) - 1
		if s == q.s {
			last = before - 1
		}
		for j := last; j >= 0; j-- {
			if q.lx.persons.hasTok(&prev[j]) && !prev[j].cap {
				return "the " + prev[j].low
			}
		}
	}
	if np[0].low != "them" {
		if name := q.a.lastNamed(q.s, briefing.Person); name != "" {
			return name
		}
	}
	return ""
}

// otherIdentity finds "X said he was Y" after word from, in this sentence
// or the next: Y and X.
func (q *qctx) otherIdentity(from int) (string, subject, bool) {
	scopes := []*qctx{q}
	if q.s+1 < len(q.a.sentences) {
		scopes = append(scopes, q.at(q.s+1))
	}
	for _, inner := range scopes {
		ts := inner.ts
		start := 0
		if inner == q {
			start = from
		}
		for j := start; j+2 < len(ts); j++ {
			if !inner.lx.speech.hasTok(&ts[j]) {
				continue
			}
			k := j + 1
			// "told local television he was …": the hearer first
			for k < len(ts) && k < j+5 && !(ts[k].low == "he" || ts[k].low == "she" || ts[k].low == "they") {
				k++
			}
			if k+2 >= len(ts) || !(ts[k+1].low == "was" || ts[k+1].low == "were") {
				continue
			}
			by := inner.sourceText(ts[inner.subjectStart(ts, j):j])
			if by.text == "" {
				return "", subject{}, false
			}
			return render(ts[k+2 : inner.clauseEnd(ts, k+2)]), by, true
		}
	}
	return "", subject{}, false
}

// askReportsOf: "the army is aware of reports of civilian deaths in the
// raid" → "Were there civilian deaths in the raid".
func askReportsOf(q *qctx, m cueMatch) (phrased, bool) {
	ts := q.ts
	from := m.after()
	end := q.clauseEnd(ts, from)
	if from >= end {
		return phrased{}, false
	}
	np := ts[from:end]
	be := "Were there "
	if first := np[0].low; first == "a" || first == "an" || first == "one" || !q.isPlural(np[:q.nounEnd(ts, from)-from]) && !q.lx.det.has(first) {
		be = "Was there "
	}
	p := phrased{core: be + render(np)}
	// "Radaa rejects reports of civilian deaths": who denies them
	if q.isCueVerb(ts[m.first].low) {
		if who := q.speakerBefore(m.first); who.text != "" {
			p.credit = "as reported"
			p.counterBy = &voice{who: who, verb: "rejects"}
		}
	}
	return p, true
}

// askHedgeAttributive: "a suspected Israeli strike on a consulate" →
// "Did Israel carry out the strike on a consulate, as suspected".
func askHedgeAttributive(q *qctx, m cueMatch) (phrased, bool) {
	ts := q.ts
	from := m.after()
	if m.first == 0 || from >= len(ts) || !q.lx.det.hasTok(&ts[m.first-1]) && !ts[m.first-1].brk && !q.lx.prep.hasTok(&ts[m.first-1]) {
		return phrased{}, false
	}
	end := q.nounEnd(ts, from)
	if end <= from {
		return phrased{}, false
	}
	// the phrase goes on over "on …", "in …", "this month"
	full := end
	for full < len(ts) && (q.lx.prep.hasTok(&ts[full]) || ts[full].low == "this" || ts[full].low == "last") && !ts[full-1].brk && full-end < 12 {
		e := q.nounEnd(ts, full+1)
		if e <= full+1 {
			break
		}
		full = e
	}
	credit := m.cue.tail
	// a state's demonym first: who did it
	if state, ok := q.stateOfTok(ts[from]); ok && end > from+1 {
		rest := render(ts[from+1 : full])
		return phrased{core: "Did " + state + " carry out the " + rest, credit: credit, statement: true}, true
	}
	head := ts[end-1].low
	if q.lx.eventNoun(head) {
		return phrased{core: "Did the " + render(ts[from:full]) + " take place", credit: credit, statement: true}, true
	}
	if end-from >= 2 {
		be := "Was the "
		if q.isPlural(ts[from:end]) {
			be = "Were the "
		}
		return phrased{core: be + ts[end-1].w + " really " + render(ts[from:end]), credit: credit, statement: true}, true
	}
	return phrased{}, false
}

// eventNoun reports a noun naming something that happens.
func (lx *qlexicon) eventNoun(w string) bool {
	return lx.launch.has(w) || lx.launch.has(strings.TrimSuffix(w, "s"))
}

// stateOfTok returns the state a demonym or state name stands for.
func (q *qctx) stateOfTok(t tok) (string, bool) {
	wi := int(t.wi)
	if wi < 0 {
		return "", false
	}
	if k, ok := q.a.stateWord.get(wi); ok {
		st := q.a.states[k].state
		if i, ok := q.a.ix.states[normalizeKey(st)]; ok {
			if art := q.a.g.States[i].Article; art != "" {
				return art + " " + st, true
			}
		}
		return st, true
	}
	return "", false
}

// askPending: "X has yet to V" → "Will X V"; "which are being reviewed by
// the president" → "Will the president approve …".
func askPending(q *qctx, m cueMatch) (phrased, bool) {
	ts := q.ts
	from := m.after()
	phrase := m.cue.phrase
	switch {
	case strings.HasSuffix(phrase, " un*"):
		return q.askUndone(m)
	case strings.HasSuffix(phrase, "ruled out") || strings.HasSuffix(phrase, "exclude"):
		return q.askNotRuledOut(m)
	case strings.Contains(phrase, "postponed"):
		// "The talks, due on 18 November, have been postponed" → "When
		// will the talks take place"
		sub := q.thingBefore(m.first)
		if sub.text == "" {
			return phrased{}, false
		}
		return phrased{core: "When will " + sub.text + " take place", kind: briefing.Timing}, true
	case strings.HasSuffix(phrase, "referred to"):
		// "a plan for X will be put to the cabinet" → "Will the cabinet
		// approve a plan for X"
		thing := q.thingBefore(m.first)
		end := q.nounEnd(ts, from)
		if thing.text == "" || end <= from {
			return phrased{}, false
		}
		body := render(ts[from:end])
		if !q.lx.det.hasTok(&ts[from]) && !ts[from].cap {
			body = "the " + body
		}
		return phrased{core: "Will " + body + " approve " + thing.text}, true
	case strings.HasSuffix(phrase, "likely|possible|probable|imminent") || strings.HasSuffix(phrase, "likely|probable") ||
		strings.HasSuffix(phrase, "possibility|prospect") || strings.HasSuffix(phrase, "more|less likely"):
		return q.askLikely(m)
	case strings.HasSuffix(phrase, "possibility of"):
		return q.askChanceOf(m)
	case strings.HasPrefix(phrase, "options"):
		// "Israel has two broad options: keep up strikes, or return …"
		if !ts[m.last].brk || from >= len(ts) {
			return phrased{}, false
		}
		k := -1
		for j := m.first - 1; j >= 0 && j >= m.first-4; j-- {
			if q.lx.aux.hasTok(&ts[j]) || ts[j].low == "faces" || ts[j].low == "face" {
				k = j
				break
			}
		}
		if k <= 0 {
			return phrased{}, false
		}
		sub := q.subjectOf(ts[q.subjectStart(ts, k):k])
		if sub.text == "" || !q.vb.base.has(ts[from].low) {
			return phrased{}, false
		}
		return phrased{core: "Will " + sub.text + " " + render(ts[from:q.clauseEnd(ts, from)])}, true
	case strings.HasPrefix(phrase, "no "):
		return q.askNoDate(m)
	case strings.HasSuffix(phrase, "... to be"):
		// "the Navy expects a protocol to be tabled next month" → "Will a
		// protocol be tabled next month"
		k := m.first + 1
		to := m.last - 1
		end := q.clauseEnd(ts, m.last+1)
		if to <= k || m.last+1 >= end || !q.lx.det.has(ts[k].low) {
			return phrased{}, false
		}
		if _, ok := q.vb.participleBase(ts[m.last+1].low); !ok {
			return phrased{}, false
		}
		return phrased{core: "Will " + q.nounPhrase(ts[k:to]) + " be " + render(ts[m.last+1:end])}, true
	case strings.Contains(phrase, "date|timeline"):
		// "gave no date for a return to the Suez route" → "When will a
		// return to the Suez route happen"
		end := q.clauseEnd(ts, from)
		if from < end && ts[from].low == "for" && from+1 < end {
			return phrased{core: "When will " + q.nounPhrase(ts[from+1:end]) + " happen", kind: briefing.Timing}, true
		}
		return phrased{}, false
	case strings.HasPrefix(phrase, "neither ... has"):
		// "Neither has yet secured a pause" → "Will either side secure a pause"
		if from >= len(ts) {
			return phrased{}, false
		}
		base, ok := q.vb.participleBase(ts[from].low)
		if !ok {
			return phrased{}, false
		}
		who := "either side"
		if m.first+1 < len(ts) && !q.lx.aux.hasTok(&ts[m.first+1]) {
			who = "either " + render(ts[m.first+1:m.last-1])
		}
		return phrased{core: "Will " + who + " " + base + " " + render(ts[from+1:q.clauseEnd(ts, from+1)])}, true
	case strings.Contains(phrase, "yet to"):
		sub := q.speakerBefore(m.first)
		if sub.text == "" || from >= len(ts) {
			return phrased{}, false
		}
		return phrased{core: "Will " + sub.text + " " + render(ts[from:q.clauseEnd(ts, from)])}, true
	case phrase == "not yet":
		// "had not yet joined the fighting"
		if from >= len(ts) {
			return phrased{}, false
		}
		base, ok := q.vb.participleBase(ts[from].low)
		if !ok {
			if q.vb.base.has(ts[from].low) {
				base, ok = ts[from].low, true
			}
		}
		aux := m.first - 1
		if !ok || aux < 0 || !slices.Contains([]string{"has", "have", "had", "did", "do", "does", "hasn't", "haven't", "hadn't"}, ts[aux].low) {
			return phrased{}, false // "is not yet clear": the unknown rules'
		}
		sub := q.speakerBefore(aux)
		if sub.text == "" {
			return phrased{}, false
		}
		return phrased{core: "Will " + sub.text + " " + base + " " + render(ts[from+1:q.clauseEnd(ts, from+1)])}, true
	case strings.Contains(phrase, "review") || strings.Contains(phrase, "consideration") || strings.Contains(phrase, "discussion") || strings.HasPrefix(phrase, "being"):
		// the thing under review: before "which are …", or the subject
		i := m.first
		for i > 0 && (q.lx.aux.hasTok(&ts[i-1]) || ts[i-1].low == "still" || ts[i-1].low == "currently" || ts[i-1].low == "now" || ts[i-1].low == "being") {
			i--
		}
		start := q.subjectStart(ts, i)
		thing := q.trimSubject(ts[start:i])
		for len(thing) > 0 && (q.lx.aux.hasTok(&thing[len(thing)-1]) || thing[len(thing)-1].low == "currently" || thing[len(thing)-1].low == "now") {
			thing = thing[:len(thing)-1]
		}
		if len(thing) == 0 || q.lx.subjectBound.hasTok(&thing[0]) || start > 0 && ts[start-1].low == "which" {
			w := start - 1
			for w > 0 && ts[w].low != "which" {
				w--
			}
			if w > 0 {
				s := q.npStart(ts, w, true)
				thing = q.afterVerb(q.objectPhrase(ts[s:w]))
			}
		}
		if len(thing) == 0 {
			return phrased{}, false
		}
		text := q.nounPhrase(thing)
		if !q.lx.det.hasTok(&thing[0]) && !thing[0].cap {
			text = "the " + text
		}
		// "the incident is under review": what the review finds
		if q.lx.eventNoun(q.head(thing).low) {
			return phrased{core: "What will the " + ts[m.last].low + " of " + text + " find"}, true
		}
		if who := q.agentAfter(m.last); who.text != "" {
			return phrased{core: "Will " + who.text + " approve " + text}, true
		}
		be := "Will " + text + " be approved"
		return phrased{core: be}, true
	case strings.Contains(phrase, "call") || strings.HasPrefix(phrase, "urge"):
		// "called for NATO to reassess …", "urged Israel to hold off"
		end := q.clauseEnd(ts, from)
		for j := from; j < end; j++ {
			if ts[j].low == "to" && j > from && j+1 < end && q.vb.base.has(ts[j+1].low) {
				who := q.sourceText(ts[from:j])
				if who.text == "" {
					return phrased{}, false
				}
				return phrased{core: "Will " + who.text + " " + render(ts[j+1:end])}, true
			}
		}
		return phrased{}, false
	case strings.HasPrefix(phrase, "awaiting"):
		sub := q.oneOfWhich(m.first)
		if sub.text == "" {
			sub = q.mainSubject(m.first)
		}
		if sub.text == "" {
			return phrased{}, false
		}
		// "remains in Norfolk awaiting …" → "When will X leave Norfolk"
		for j := m.first - 1; j > 0 && j >= m.first-6; j-- {
			if q.lx.remain.hasTok(&ts[j]) && j+2 <= m.first-1 && ts[j+1].low == "in" || q.lx.remain.hasTok(&ts[j]) && ts[j+1].low == "at" {
				return phrased{core: "When will " + sub.text + " leave " + render(ts[j+2:m.first])}, true
			}
		}
		end := q.clauseEnd(ts, from)
		return phrased{core: "Is " + sub.text + " still awaiting " + render(ts[from:end])}, true
	case strings.Contains(phrase, "preparing"):
		sub := q.speakerBefore(m.first)
		if sub.text == "" || from >= len(ts) {
			return phrased{}, false
		}
		end := q.clauseEnd(ts, from)
		if ts[m.last].low == "to" || from < end && q.vb.base.has(ts[from].low) && !q.lx.det.hasTok(&ts[from]) && ts[from].low != "for" {
			if ts[m.last].low == "to" {
				return phrased{core: "Will " + sub.text + " " + render(ts[from:end])}, true
			}
		}
		if from < end && ts[from].low == "for" {
			return phrased{core: "Is " + sub.text + " preparing " + render(ts[from:end])}, true
		}
		np := ts[from:end]
		verb := "carry out"
		if nEnd := q.nounEnd(ts, from); nEnd > from && q.lx.eventNoun(ts[nEnd-1].low) {
			verb = "launch"
		}
		return phrased{core: "Will " + sub.text + " " + verb + " " + render(np)}, true
	case strings.Contains(phrase, "considering") || strings.Contains(phrase, "weighing") || strings.Contains(phrase, "mulling"):
		sub := q.speakerBefore(m.first)
		if sub.text == "" || from >= len(ts) {
			return phrased{}, false
		}
		end := q.clauseEnd(ts, from)
		if base, ok := q.vb.gerundBase(ts[from].low); ok {
			return phrased{core: "Will " + sub.text + " " + base + " " + render(ts[from+1:end])}, true
		}
		return phrased{core: "Will " + sub.text + " go ahead with " + render(ts[from:end])}, true
	}
	// "plans to V", "is expected to decide", "is set to V"
	sub := q.speakerBefore(m.first)
	if sub.text == "" || from >= len(ts) {
		return phrased{}, false
	}
	rest := ts[from:q.clauseEnd(ts, from)]
	if ts[m.last].low != "to" && len(rest) > 0 && rest[0].low == "to" {
		rest = rest[1:]
	}
	if strings.HasSuffix(phrase, "to decide|rule|announce|approve|vote|choose|respond") {
		rest = append([]tok{ts[m.last]}, rest...)
	}
	if len(rest) == 0 || !q.vb.base.has(rest[0].low) {
		return phrased{}, false
	}
	return phrased{core: "Will " + sub.text + " " + render(rest)}, true
}

// askNothingToDo: "the embassy said Moscow had nothing to do with the
// incident" → "Did Moscow have anything to do with the incident, which
// the embassy denies".
func (q *qctx) askNothingToDo(m cueMatch) (phrased, bool) {
	ts := q.ts
	sub := q.mainSubject(m.first)
	from := m.after()
	if sub.text == "" || from >= len(ts) {
		return phrased{}, false
	}
	p := phrased{core: "Did " + sub.text + " have anything to do with " + render(ts[from:q.clauseEnd(ts, from)])}
	if at, ok := q.attribution(); ok && at.verb < m.first {
		if who := q.sourceText(at.source); who.text != "" && who.text != sub.text {
			p.counterBy = &voice{who: who, verb: "denies"}
			return p, true
		}
	}
	p.counterBy = &voice{who: itFor(sub), verb: "denies"}
	return p, true
}

// askHowMany: "it had tracked several launches but gave no number" →
// "How many launches were there". The count left vague is asked.
func (q *qctx) askHowMany(m cueMatch) (phrased, bool) {
	ts := q.ts
	for j := 0; j+1 < len(ts); j++ {
		if !q.lx.vagueCount.hasTok(&ts[j]) {
			continue
		}
		from := j + 1
		if ts[from].low == "of" && from+1 < len(ts) {
			from++ // "dozens of drones"
		}
		end := q.nounEnd(ts, from)
		if end <= from || !q.isPlural(ts[from:end]) {
			continue
		}
		return phrased{core: "How many " + render(ts[from:end]) + " were there"}, true
	}
	return phrased{}, false
}

// askNotRuledOut: "did not rule out the involvement of Venezuelan
// troops" → "Were Venezuelan troops involved"; "would not rule out
// strikes" → "Are strikes possible".
func (q *qctx) askNotRuledOut(m cueMatch) (phrased, bool) {
	ts := q.ts
	from := m.after()
	end := q.clauseEnd(ts, from)
	if from >= end || ts[from].low == "that" || q.lx.pronoun.hasTok(&ts[from]) {
		return phrased{}, false
	}
	np := ts[from:end]
	// "a larger presence next year if this pattern continues": the
	// condition after the question
	cond := ""
	for j, t := range np {
		if j > 0 && (t.low == "if" || t.low == "unless" || t.low == "should") {
			cond = " " + render(np[j:])
			np = np[:j]
			break
		}
	}
	// who keeps the door open: the clause's subject, or the source
	who := q.mainSubject(m.first)
	if aux := m.first - 1; aux > 0 && q.lx.aux.has(ts[aux].low) && q.lx.pronoun.has(ts[aux-1].low) {
		who = q.sourceText(ts[aux-1 : aux]) // "told the chamber he does not rule out"
	}
	// "X said S …, but did not rule out …": no subject of its own, the
	// speaker's verb
	elided := m.first >= 2 && q.lx.aux.hasTok(&ts[m.first-1]) && (ts[m.first-2].low == "but" || ts[m.first-2].low == "and")
	if who.text == "" || elided || q.lx.pronoun.has(strings.ToLower(who.text)) {
		if at, ok := q.attribution(); ok {
			who = q.sourceText(at.source)
		}
	}
	var counter *voice
	if who.text != "" && !q.lx.pronoun.has(strings.ToLower(who.text)) {
		counter = &voice{who: who, verb: "does not rule out"}
	}
	// "the involvement of X", "a role for X": whether X took part
	for j := 0; j+2 < len(np) && j < 3; j++ {
		if q.lx.involvement.hasTok(&np[j]) && (np[j+1].low == "of" || np[j+1].low == "for" || np[j+1].low == "by") {
			party := np[j+2:]
			be := "Was "
			if q.isPlural(party) {
				be = "Were "
			}
			return phrased{core: be + render(party) + " involved", counterBy: counter}, true
		}
	}
	be := "Is "
	if q.isPlural(np[:q.nounEnd(np, 0)]) {
		be = "Are "
	}
	return phrased{core: be + render(np) + " possible" + cond, counterBy: counter}, true
}

// oneOfWhich reads "two Bell 412 helicopters, one of which … while it
// awaits …": the subject before word i is "one of the two Bell 412
// helicopters".
func (q *qctx) oneOfWhich(i int) subject {
	ts := q.ts
	for j := i - 1; j >= 2; j-- {
		if ts[j].low == "which" && ts[j-1].low == "of" && ts[j-2].low == "one" && j >= 3 && ts[j-3].brk {
			st := q.npStart(ts, j-2, true)
			np := q.objectPhrase(q.trimSubject(ts[st : j-2]))
			if len(np) == 0 {
				return subject{}
			}
			text := q.nounPhrase(np)
			if !q.lx.det.hasTok(&np[0]) {
				text = "the " + text
			}
			return subject{text: "one of " + text}
		}
		if ts[j].stop {
			break
		}
	}
	return subject{}
}

// askNoDate: "no new date for the ministers' meeting has been announced"
// → "When will the ministers' meeting take place"; "No date has been
// given" → when the thing said just before will happen.
func (q *qctx) askNoDate(m cueMatch) (phrased, bool) {
	ts := q.ts
	from := m.after()
	if from+1 < len(ts) && ts[from].low == "for" {
		end := from + 1
		for end < len(ts) && !q.lx.aux.hasTok(&ts[end]) && !ts[end-1].brk {
			end++
		}
		if end > from+1 {
			np := q.trimSubject(ts[from+1 : end])
			return phrased{core: "When will " + render(withDefinite(np)) + " take place", kind: briefing.Timing}, true
		}
	}
	if core := q.whenOfSentence(); core != "" {
		return phrased{core: core, kind: briefing.Timing}, true
	}
	return phrased{}, false
}

// askUndone: "the draft treaty remains unsigned" → "Will the draft
// treaty be signed".
func (q *qctx) askUndone(m cueMatch) (phrased, bool) {
	w := q.ts[m.last].low
	done := strings.TrimPrefix(w, "un")
	if _, ok := q.vb.participleBase(done); !ok || len(done) < 4 {
		return phrased{}, false // "unclear", "under"
	}
	sub := q.thingBefore(m.first)
	if sub.text == "" {
		return phrased{}, false
	}
	be := "Will " + sub.text + " be " + done
	return phrased{core: be}, true
}

// thingBefore is the noun phrase that ends before word i, a subject
// spoken of: "the draft treaty agreed last year", "the next round of
// talks, due on 18 November," (the aside skipped). Pronouns are resolved.
func (q *qctx) thingBefore(i int) subject {
	ts := q.ts
	start := q.subjectStart(ts, i)
	if start == i && i > 1 && ts[i-1].brk {
		if b2 := q.lastBreakBefore(ts, i-1); b2 > 0 && q.opensApposition(ts, b2+1) {
			if st := q.npStart(ts, b2+1, true); st <= b2 {
				start, i = st, b2+1
			}
		}
	}
	if start >= i {
		return subject{}
	}
	return q.subjectOf(ts[start:i])
}

// askLikely: "an M23 push on Walikale is likely within weeks" → "Will
// there be an M23 push on Walikale within weeks". Only for what happens:
// an indefinite or plural event, not "the deal is likely".
func (q *qctx) askLikely(m cueMatch) (phrased, bool) {
	ts := q.ts
	from := m.after()
	if from < len(ts) && (ts[from].low == "to" || ts[from].low == "that") {
		return phrased{}, false // the modal rule's "likely to V"
	}
	var np []tok
	if ts[m.first].low == "to" {
		// "we judge a repeat approach within the fortnight to be more
		// likely than not": the object of the judging verb
		k := m.first - 1
		for k >= 0 && !ts[k].brk && m.first-k <= 12 && !q.lx.judgeVerb.hasTok(&ts[k]) {
			k--
		}
		if k < 0 || k >= m.first-1 || !q.lx.judgeVerb.hasTok(&ts[k]) {
			return phrased{}, false
		}
		np = ts[k+1 : m.first]
	} else {
		// the whole clause before the verb when it holds no verb of its
		// own ("renewed fighting between the army and the militia")
		start := q.clauseStart(ts, m.first)
		if start >= m.first || q.strongFinite(ts, start, m.first) >= 0 {
			start = q.subjectStart(ts, m.first)
		}
		np = q.trimSubject(ts[start:m.first])
	}
	if len(np) == 0 || q.lx.pronoun.hasTok(&np[0]) || q.lx.wh.hasTok(&np[0]) {
		return phrased{}, false
	}
	// an event that may come: indefinite ("a repeat approach", "another
	// attack", "further clashes"), or a bare noun ("renewed fighting",
	// "Al-Shabaab attacks"); not a thing named ("the deal is likely")
	first := np[0].low
	if q.lx.isCount(first) {
		return phrased{}, false // "two readings are possible": options, not events
	}
	indefinite := first == "a" || first == "an" || first == "further" || first == "more" || first == "new" ||
		first == "additional" || first == "another" || first == "some" || first == "renewed" || first == "fresh"
	bare := !q.lx.det.has(first) && !strings.HasSuffix(first, "'s") && (q.lx.eventNoun(q.head(np).low) || q.isPlural(np) && !q.head(np).cap ||
		strings.HasSuffix(q.head(np).low, "ing"))
	if !indefinite && !bare {
		return phrased{}, false
	}
	// the time the judgement gives: "within days", "before Eid"
	end := q.clauseEnd(ts, from)
	rest := ts[from:end]
	for len(rest) > 0 && (rest[0].low == "than" || rest[0].low == "not" || rest[0].low == "but" || rest[0].low == "and") {
		rest = rest[1:]
	}
	if len(rest) > 0 && !q.lx.prep.hasTok(&rest[0]) && rest[0].low != "before" && rest[0].low != "until" && rest[0].low != "unless" {
		rest = nil
	}
	text := "Will there be " + q.nounPhrase(np)
	if len(rest) > 0 {
		text += " " + render(rest)
	}
	return phrased{core: text}, true
}

// askChanceOf: "the chance of a serious clash in the next year is low
// but rising" → "Will there be a serious clash in the next year".
func (q *qctx) askChanceOf(m cueMatch) (phrased, bool) {
	ts := q.ts
	from := m.after()
	end := from
	for end < len(ts) && !q.lx.aux.hasTok(&ts[end]) && end-from < 12 {
		end++
		if ts[end-1].brk {
			break
		}
	}
	if end <= from || end >= len(ts) || !q.lx.aux.hasTok(&ts[end]) {
		return phrased{}, false // "the risk of escalation, he said": no judgement
	}
	np := ts[from:end]
	if q.lx.det.hasTok(&np[0]) && np[0].low != "a" && np[0].low != "an" && np[0].low != "further" {
		return phrased{}, false
	}
	if base, ok := q.vb.gerundBase(np[0].low); ok {
		// "the risk of losing the port" → asked as a deed, with no doer
		_ = base
		return phrased{}, false
	}
	return phrased{core: "Will there be " + render(np)}, true
}

// askIntent: "X vowed to V" → "Will X V"; "X warned of retaliation if
// attacks continue" → "Will there be retaliation if attacks continue, as
// X warns".
func askIntent(q *qctx, m cueMatch) (phrased, bool) {
	ts := q.ts
	from := m.after()
	if from >= len(ts) {
		return phrased{}, false
	}
	end := q.clauseEnd(ts, from)
	phrase := m.cue.phrase
	if strings.HasSuffix(phrase, "... will|would") {
		return q.askReportedFuture(m)
	}
	// "…, aiming to protect shipping": the purpose of a deed done
	if strings.HasSuffix(ts[m.first].low, "ing") && (m.first == 0 || ts[m.first-1].brk || !q.lx.aux.hasTok(&ts[m.first-1])) {
		return phrased{}, false
	}
	sub := q.speakerBefore(m.first)
	if start := q.subjectStart(ts, m.first); start < m.first && !q.agentive(ts[start:m.first]) {
		return phrased{}, false // "strikes … aim to deprive Moscow": a purpose
	}
	switch {
	case strings.HasSuffix(phrase, " of"):
		if sub.text == "" {
			return phrased{core: "Will there be " + render(ts[from:end])}, true
		}
		return phrased{core: "Will there be " + render(ts[from:end]), creditBy: &voice{who: sub, verb: "warns"}}, true
	case strings.HasSuffix(phrase, " that"):
		core := q.askReportedBy(ts, from, end, sub)
		if core == "" {
			return phrased{}, false
		}
		return phrased{core: core, creditBy: &voice{who: sub, verb: "warns"}}, true
	case strings.HasSuffix(phrase, "will|would"):
		// "Leaders of the group have said they will continue the attacks"
		if sub.text == "" {
			return phrased{}, false
		}
		rest := ts[from:end]
		for len(rest) > 1 && (rest[0].low == "not" || rest[0].low == "never") {
			rest = rest[1:] // "says it will not attack first": will it?
		}
		return phrased{core: "Will " + sub.text + " " + render(rest)}, true
	case strings.HasPrefix(phrase, "wants"):
		// what an actor wants is open when someone else says so
		at, said := q.attribution()
		quoted := ts[m.first].quoted
		if sub.text == "" || !q.vb.base.has(ts[from].low) || !quoted && !(said && m.first >= at.from && m.first < at.to) ||
			strings.Contains(strings.ToLower(sub.text), "'s") && strings.HasPrefix(strings.ToLower(sub.text), "that") {
			return phrased{}, false
		}
		do := "Does "
		if sub.plural {
			do = "Do "
		}
		if ts[m.first].low == "wanted" {
			do = "Did "
		}
		return phrased{core: do + sub.text + " want to " + render(ts[from:end])}, true
	}
	if sub.text == "" || !q.vb.base.has(ts[from].low) {
		return phrased{}, false
	}
	return phrased{core: "Will " + sub.text + " " + render(ts[from:end])}, true
}

// askReportedFuture: "the presidency said Kenya would raise the matter
// with the AU" → "Will Kenya raise the matter with the AU". What a
// source says will be done is still to be done; a verdict ("would be
// difficult") is not asked.
func (q *qctx) askReportedFuture(m cueMatch) (phrased, bool) {
	ts := q.ts
	from := m.first + 1
	if from < len(ts) && ts[from].low == "that" {
		from++
	}
	if from >= m.last || ts[m.first].brk {
		return phrased{}, false
	}
	// "told reporters the army would …": the hearer is not the subject
	if ts[m.first].low == "told" {
		for from < m.last && !ts[from].brk && q.finite(ts, from, m.last+1) != m.last {
			from++
		}
	}
	if q.finite(ts, from, m.last+1) != m.last || m.last+1 >= len(ts) {
		return phrased{}, false
	}
	next := m.last + 1
	for next < len(ts)-1 && (ts[next].low == "also" || ts[next].low == "soon" || ts[next].low == "now" || ts[next].low == "not") {
		next++
	}
	verb := ts[next].low
	if !q.vb.base.has(verb) || verb == "have" {
		return phrased{}, false
	}
	// an actor's deed to come, or a change; not a schedule ("the
	// exercise would end on Friday")
	if !q.agentive(ts[from:m.last]) && q.lx.scheduleVerb.has(verb) {
		return phrased{}, false
	}
	if verb == "be" {
		if next+1 >= len(ts) {
			return phrased{}, false
		}
		if _, ok := q.vb.participleBase(ts[next+1].low); !ok {
			return phrased{}, false
		}
	}
	core := q.askClause(ts, from, q.clauseEnd(ts, m.last))
	return phrased{core: core}, core != ""
}

// askInference: "…, suggesting that the tempo will only increase" →
// "Will the tempo increase".
func askInference(q *qctx, m cueMatch) (phrased, bool) {
	from := m.after()
	if from >= len(q.ts) {
		return phrased{}, false
	}
	core := q.askClause(q.ts, from, q.clauseEnd(q.ts, from))
	return phrased{core: core}, core != ""
}

// askConditional: "would also allow, if necessary, the execution of …"
// → "Will the deployment allow the execution of …".
func askConditional(q *qctx, m cueMatch) (phrased, bool) {
	ts := q.ts
	if strings.HasPrefix(m.cue.phrase, "in the event") || strings.HasPrefix(m.cue.phrase, "should") {
		from := m.after()
		if from >= len(ts) {
			return phrased{}, false
		}
		core := q.askReportedBy(ts, from, q.clauseEnd(ts, from), subject{})
		return phrased{core: core}, core != ""
	}
	// the auxiliary the condition qualifies, before the cue
	aux := -1
	for j := m.first - 1; j >= 0 && j >= m.first-6; j-- {
		if q.lx.modal.hasTok(&ts[j]) {
			aux = j
			break
		}
	}
	if aux < 0 {
		return phrased{}, false
	}
	sub := q.mainSubject(aux)
	if sub.text == "" {
		return phrased{}, false
	}
	pred := []tok{ts[aux]}
	for j := aux + 1; j < m.first; j++ {
		t := ts[j]
		t.brk = false
		pred = append(pred, t)
	}
	end := q.clauseEnd(ts, m.after())
	pred = append(pred, ts[m.after():end]...)
	core := q.yesNo(sub, pred)
	return phrased{core: core}, core != ""
}

// askDispute: "Beijing and Manila have different interpretations of what
// concessions the agreement contains" → "What concessions does the
// agreement contain, on which Beijing and Manila differ".
func askDispute(q *qctx, m cueMatch) (phrased, bool) {
	ts := q.ts
	from := m.after()
	if from < len(ts) && (ts[from].low == "of" || ts[from].low == "over" || ts[from].low == "about" || ts[from].low == "on") {
		from++
	}
	if from >= len(ts) || !q.lx.wh.hasTok(&ts[from]) {
		return phrased{}, false
	}
	core := q.whQuestion(ts, from, q.clauseEnd(ts, from+1))
	if core == "" {
		return phrased{}, false
	}
	p := phrased{core: core}
	if who := q.speakerBefore(m.first); who.text != "" && !q.lx.pronoun.has(strings.ToLower(who.text)) {
		p.counter = "on which " + who.text + " differ"
	}
	return p, true
}

// askModal: "the next phase could witness strikes on land" → "Will the
// next phase witness strikes on land".
func askModal(q *qctx, m cueMatch) (phrased, bool) {
	ts := q.ts
	k := m.first
	w := ts[k].low
	next := m.after()
	if next >= len(ts) {
		return phrased{}, false
	}
	switch {
	case w == "potentially" || w == "possibly" || w == "perhaps":
		if base, ok := q.vb.gerundBase(ts[next].low); ok && k > 0 && ts[k-1].brk {
			sub := q.mainSubject(k)
			if sub.text == "" {
				return phrased{}, false
			}
			return phrased{core: "Will " + sub.text + " " + base + " " + render(ts[next+1:q.clauseEnd(ts, next+1)])}, true
		}
		if k == q.clauseStart(ts, k) && (ts[k].brk || ts[next].cap || q.lx.det.hasTok(&ts[next])) {
			core := q.askClause(ts, next, q.clauseEnd(ts, next))
			return phrased{core: core}, core != ""
		}
		return phrased{}, false
	case strings.HasPrefix(w, "risk"):
		sub := q.mainSubject(k)
		if sub.text == "" {
			return phrased{}, false
		}
		end := q.clauseEnd(ts, next)
		if base, ok := q.vb.gerundBase(ts[next].low); ok {
			return phrased{core: "Will " + sub.text + " " + base + " " + render(ts[next+1:end])}, true
		}
		if w == "risking" || q.lx.det.hasTok(&ts[next]) {
			return phrased{core: "Will " + possessive(sub.text) + " move lead to " + render(ts[next:end])}, true
		}
		return phrased{}, false
	case strings.HasSuffix(m.cue.phrase, "likely to"):
		// "he is likely to emphasize …"
		aux := m.first
		for aux > 0 && (ts[aux-1].low == "not" || ts[aux-1].low == "also" || ts[aux-1].low == "still") {
			aux--
		}
		if !q.lx.aux.hasTok(&ts[aux]) && aux > 0 && q.lx.aux.hasTok(&ts[aux-1]) {
			aux--
		}
		start := q.subjectStart(ts, aux)
		if start >= aux {
			return phrased{}, false
		}
		sub := q.subjectOf(ts[start:aux])
		if sub.text == "" || !q.vb.base.has(ts[next].low) {
			return phrased{}, false
		}
		return phrased{core: "Will " + sub.text + " " + render(ts[next:q.clauseEnd(ts, next)])}, true
	}
	// could, may, might (+ have), can
	if strings.HasSuffix(ts[k].low, "n't") || ts[next].low == "not" {
		return phrased{}, false // what cannot happen is no open question
	}
	v := next
	for v < len(ts) && (ts[v].low == "also" || ts[v].low == "still" || ts[v].low == "well" || ts[v].low == "even" || ts[v].low == "soon" ||
		strings.HasSuffix(ts[v].low, "ly") && !q.vb.base.has(ts[v].low)) {
		v++
	}
	if v >= len(ts) || !q.vb.base.has(ts[v].low) {
		return phrased{}, false
	}
	start := q.subjectStart(ts, k)
	np := q.trimSubject(ts[start:k])
	if len(np) == 2 && np[0].low == "at" && np[1].low == "least" {
		np = nil // "or at least could be helping"
	}
	coordinated := len(np) == 0 && start > 0 && (ts[start-1].low == "or" || ts[start-1].low == "and" || ts[start-1].low == "but") ||
		start < k && (ts[start].low == "or" || ts[start].low == "and") && len(np) == 0
	if coordinated {
		// "Israel might join or at least could be helping": the first
		// verb's subject
		sub := q.mainSubject(start)
		if sub.text == "" {
			return phrased{}, false
		}
		end := q.clauseEnd(ts, v)
		core := q.yesNo(sub, append([]tok{ts[k]}, ts[next:end]...))
		return phrased{core: core}, core != ""
	}
	if len(np) == 0 {
		return phrased{}, false
	}
	switch np[0].low {
	case "which", "who", "that", "what", "we", "you", "i", "this", "neither", "none", "no", "nor":
		return phrased{}, false
	}
	if q.lx.wh.hasTok(&np[0]) {
		return phrased{}, false // "how quickly the coast guard could respond": an indirect question's
	}
	if w == "can" && !slices.Contains([]string{"any", "another", "more", "further", "such", "an", "a"}, np[0].low) {
		return phrased{}, false
	}
	// "so that the coast guard could make sure …": a purpose
	if start >= 2 && ts[start-2].low == "so" && ts[start-1].low == "that" {
		return phrased{}, false
	}
	var sub subject
	if len(np) == 1 && q.lx.pronoun.hasTok(&np[0]) && np[0].low != "there" {
		var ok bool
		if sub, ok = q.resolveFor(np[0].low, ts[v].low); !ok {
			return phrased{}, false
		}
	} else {
		sub = q.subjectOf(np)
	}
	end := q.clauseEnd(ts, v)
	// the predicate in a buffer of a's: yesNo keeps none of it
	pred := append(append(q.a.qscratch.pred[:0], ts[k]), ts[next:end]...)
	q.a.qscratch.pred = pred[:0]
	core := q.yesNo(sub, pred)
	return phrased{core: core}, core != ""
}

// agentive reports a subject that can intend things: an actor or asset
// named, a pronoun, or a noun for people or forces.
func (q *qctx) agentive(np []tok) bool {
	np = q.trimSubject(np)
	if len(np) == 0 {
		return true // left unsaid: the clause's subject, checked elsewhere
	}
	h := q.head(np)
	if h.name || h.cap && q.properNoun(h) || q.lx.pronoun.hasTok(&h) && h.low != "this" && h.low != "that" {
		return true
	}
	return q.lx.agents.hasTok(&h) || q.lx.agents.has(strings.TrimSuffix(h.low, "s"))
}

// head returns the head word of a noun phrase: the last before a
// preposition ("strikes on refineries" → strikes), the noun after "of"
// when a quantity comes first ("some of the submarines" → submarines).
func (q *qctx) head(np []tok) tok {
	for i, t := range np {
		if i == 0 || !q.lx.prep.has(t.low) {
			continue
		}
		if t.low == "of" && (q.lx.det.hasTok(&np[i-1]) || q.lx.isCount(np[i-1].low) || np[i-1].low == "one") {
			continue
		}
		return np[i-1]
	}
	return np[len(np)-1]
}

// resolveFor resolves a pronoun subject of verb: "it could arrive" is
// the ship named last; other pronouns as resolve does.
func (q *qctx) resolveFor(pronoun, verb string) (subject, bool) {
	if pronoun == "it" {
		// "it could take weeks": no thing at all
		if !q.lx.assetVerb.has(verb) {
			return subject{}, false
		}
		if name := q.a.lastAsset(q.s); name != "" {
			return subject{text: name}, true
		}
	}
	return q.resolve(pronoun)
}

// matchAt matches cue c at word j of the sentence; it returns the last
// word of the match.
func (q *qctx) matchAt(c *qcue, j int) (int, bool) {
	ts := q.ts
	i := j
	for p := 0; p < len(c.pat); p++ {
		pt := &c.pat[p]
		if pt.gap {
			// the next pattern word within maxCueGap words, in the clause
			nextPat := &c.pat[p+1]
			found := -1
			for g := i; g < len(ts) && g <= i+maxCueGap; g++ {
				if nextPat.matchesNumber(q.a.cueNumber(&ts[g]), ts[g].low) {
					found = g
					break
				}
				if strings.IndexByte(ts[g].w, ';') >= 0 {
					break
				}
			}
			if found < 0 {
				return 0, false
			}
			i = found
			continue
		}
		if i >= len(ts) || !pt.matchesNumber(q.a.cueNumber(&ts[i]), ts[i].low) {
			return 0, false
		}
		if i > j && p > 0 && ts[i-1].brk && !c.pat[p-1].gap {
			return 0, false // a cue does not run over a comma
		}
		i++
	}
	return i - 1, true
}

func (lx *qlexicon) ruleIndex(name string) int {
	for i, r := range lx.rules {
		if r.name == name {
			return i
		}
	}
	return -1
}
