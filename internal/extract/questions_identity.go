package extract

import (
	"slices"
	"strings"

	"github.com/briefing-tools/briefing/internal/briefing"
)

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
	np := ts[m.first+1 : m.last]
	who := q.identifiedPerson(np, m.first)
	source := q.speakerBefore(m.first)
	if who == "" || source.text == "" {
		return phrased{}, false
	}
	be := "Was "
	if q.isPlural(np) || np[0].low == "them" {
		be = "Were " // "identified the assailants as members of …"
	}
	p := phrased{core: be + who + " " + render(ts[from:end]), creditBy: &voice{who: source, verb: "says"}}
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
	// "assessing reports that a drone had been shot down": the reported
	// clause itself
	if ts[m.last].low == "that" {
		if core := q.askReported(ts, from, end, nil); core != "" {
			return phrased{core: core, credit: m.cue.tail, statement: true}, true
		}
		return phrased{}, false
	}
	np := ts[from:end]
	be := "Were there "
	if first := np[0].low; first == "a" || first == "an" || first == "one" || !q.isPlural(np[:q.nounEnd(ts, from)-from]) && !q.lx.det.has(first) {
		be = "Was there "
	}
	p := phrased{core: be + render(np)}
	// "There have been reports of shelling": reports are all there is
	if strings.HasPrefix(m.cue.phrase, "there") || strings.HasPrefix(m.cue.phrase, "unconfirmed") {
		p.credit = m.cue.tail
	}
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
	// "reported" is mostly a verb: only "the reported attack", "after
	// reported attacks" describe a thing
	if ts[m.first].low == "reported" && (m.first == 0 || from >= len(ts) || ts[m.first-1].brk ||
		!q.lx.det.hasTok(&ts[m.first-1]) && !q.lx.prep.hasTok(&ts[m.first-1]) && !q.lx.subordinator.hasTok(&ts[m.first-1]) ||
		q.lx.det.hasTok(&ts[from]) || q.lx.pronoun.hasTok(&ts[from]) || ts[from].cap || ts[from].low == "that") {
		return phrased{}, false
	}
	// "jets targeted alleged camps of the militia": whether they struck
	// what is alleged
	// ("have arrested 329 alleged gang members": the count stays)
	v, count := m.first-1, []tok(nil)
	if v > 1 && q.lx.isCount(ts[v].low) && !ts[v-1].brk {
		v, count = v-1, ts[v:v+1]
	}
	if v > 0 && from < len(ts) && !ts[v].cap && !ts[v].brk && q.pastTense(ts[v].low) && !q.lx.adjParticiple.hasTok(&ts[v]) && !q.lx.speech.hasTok(&ts[v]) {
		// "police have arrested …": the auxiliary leads the question
		verb := v
		if verb > 1 && q.lx.aux.hasTok(&ts[verb-1]) {
			verb--
		}
		if st := q.subjectStart(ts, verb); st < verb {
			pred := append(append(slices.Clone(ts[verb:v+1]), count...), ts[from:q.clauseEnd(ts, from)]...)
			core := q.yesNo(q.subjectOf(ts[st:verb]), pred)
			return phrased{core: core, credit: m.cue.tail, statement: true}, core != ""
		}
	}
	// (also "after alleged attacks": a conjunction that takes a noun; "six
	// suspected gang members": a count)
	counted := m.first > 0 && q.lx.isCount(ts[m.first-1].low)
	if from >= len(ts) || m.first > 0 && !q.lx.det.hasTok(&ts[m.first-1]) && !ts[m.first-1].brk && !q.lx.prep.hasTok(&ts[m.first-1]) &&
		!q.lx.subordinator.hasTok(&ts[m.first-1]) && !counted {
		return phrased{}, false
	}
	end := q.nounEnd(ts, from)
	for end > from+1 && q.adverb(&ts[end-1]) {
		end-- // "suspected ADF rebels reportedly killed": the adverb is the verb's
	}
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
	// "alleged members of the armed group fired on a convoy": whether
	// they did what the sentence says
	if lead := m.first - 1; full < len(ts) && (lead < 0 || ts[lead].brk || counted) && !ts[full-1].brk {
		k := q.finite(ts, full, q.clauseEnd(ts, full))
		if k < 0 && q.pastTense(ts[full].low) {
			k = full // "… fired on a convoy"
		}
		if k >= full && !slices.ContainsFunc(ts[full:k], func(t tok) bool { return !q.lx.aux.hasTok(&t) && t.low != "been" }) {
			k = full // "have been killed": from the auxiliary
			np := ts[from:full]
			if counted {
				np = append([]tok{ts[lead]}, np...)
			}
			core := q.yesNo(subject{text: q.nounPhrase(np), plural: q.isPlural(np)}, ts[k:q.clauseEnd(ts, k)])
			if core != "" {
				return phrased{core: core, credit: credit, statement: true}, true
			}
		}
	}
	// a sentence's first word or a count before the cue: only as a
	// subject ("Suspected Russian aircraft approaching our area" is no
	// question of what they are)
	if m.first == 0 || counted {
		return phrased{}, false
	}
	// "an attack by suspected jihadists": who is suspected of the act
	if by := m.first - 1; ts[by].low == "by" && by > 0 {
		agent := ts[from:end]
		be := map[bool]string{true: "Were ", false: "Was "}[q.isPlural(agent)]
		if act := q.actBefore(ts, by); len(act) > 0 {
			return phrased{core: be + render(agent) + " behind " + q.nounPhrase(withDefinite(act)), credit: credit, statement: true}, true
		}
		return phrased{core: be + render(agent) + " responsible", credit: credit, statement: true}, true
	}
	// a state's demonym before a deed: who did it ("a suspected Israeli
	// strike"; not "alleged Kurdistan Workers' Party bases")
	if state, ok := q.stateOfTok(ts[from]); ok && end > from+1 && !ts[from+1].cap && slices.ContainsFunc(ts[from+1:end], func(t tok) bool { return q.lx.eventNoun(t.low) }) {
		rest := render(ts[from+1 : full])
		return phrased{core: "Did " + state + " carry out the " + rest, credit: credit, statement: true}, true
	}
	head := ts[end-1].low
	if q.lx.eventNoun(head) {
		return phrased{core: "Did the " + render(ts[from:full]) + " take place", credit: credit, statement: true}, true
	}
	// "a rumored secret agreement between the two states to …": whether
	// there is one
	if art := ts[m.first-1].low; (art == "a" || art == "an") && strings.HasPrefix(m.cue.phrase, "rumored") {
		rest := render(ts[from:q.clauseEnd(ts, from)])
		return phrased{core: "Is there " + article(rest) + " " + rest, credit: credit, statement: true}, true
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
		if i, ok := q.a.ix.states[q.a.normKey(st)]; ok {
			if art := q.a.g.States[i].Article; art != "" {
				return art + " " + st, true
			}
		}
		return st, true
	}
	return "", false
}

// actBefore returns the act done "by" someone at ts[by]: the noun phrase
// right before ("an attack by …"), or the subject of a passive ("the
// ambush was carried out by …"); nil when neither is there.
func (q *qctx) actBefore(ts []tok, by int) []tok {
	k := by - 1
	if k > 0 && q.lx.particle.hasTok(&ts[k]) {
		k-- // "carried out"
	}
	if _, part := q.vb.participleBase(ts[k].low); part && k > 0 && q.lx.aux.hasTok(&ts[k-1]) {
		if st := q.subjectStart(ts, k-1); st < k-1 {
			return q.trimSubject(ts[st : k-1])
		}
		return nil
	}
	for j := by - 1; j >= 0 && j >= by-4 && !ts[j].brk && !q.lx.prep.hasTok(&ts[j]); j-- {
		if q.lx.det.hasTok(&ts[j]) {
			return ts[j:by]
		}
	}
	// "killed in firing by suspected militants": the firing
	if j := by - 1; j >= 1 && !ts[j].brk && q.isGerund(ts[j].low) && q.lx.prep.hasTok(&ts[j-1]) {
		return []tok{synth("the"), ts[j]}
	}
	return nil
}

// article is the indefinite article before phrase: "an" before a vowel.
func article(phrase string) string {
	if phrase != "" && strings.ContainsRune("aeiouAEIOU", rune(phrase[0])) {
		return "an"
	}
	return "a"
}
