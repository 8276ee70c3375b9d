package extract

import (
	"slices"
	"strings"

	"github.com/briefing-tools/briefing/internal/briefing"
)

// askDenial: "Tarriela denied that any inspection had taken place" →
// "Did any inspection take place, which Tarriela denies"; a denial of
// "this claim" joins the claim.
func askDenial(q *qctx, m cueMatch) (phrased, bool) {
	ts := q.ts
	if strings.HasPrefix(m.cue.phrase, "nothing to do") {
		return q.askNothingToDo(m)
	}
	if strings.HasSuffix(m.cue.phrase, " no") {
		return q.askSaidNone(m)
	}
	// "the disputed atoll", "the border remains disputed": an adjective,
	// nobody disputing
	if m.first > 0 && (q.lx.det.hasTok(&ts[m.first-1]) || strings.HasSuffix(ts[m.first].low, "ed") && q.lx.remain.hasTok(&ts[m.first-1])) {
		return phrased{}, false
	}
	// "a region fraught with territorial disputes": a plural noun after a
	// preposition or an adjective in -al, nobody disputing
	if m.first > 0 && m.first == m.last && strings.HasSuffix(ts[m.first].low, "s") &&
		(q.lx.prep.hasTok(&ts[m.first-1]) || strings.HasSuffix(ts[m.first-1].low, "al") && !ts[m.first-1].cap) {
		return phrased{}, false
	}
	// "claims of Armenian fire were baseless", the ministry said
	if p, ok := q.falseReportsOf(m); ok {
		return p, true
	}
	denier := q.speakerBefore(m.first)
	// "issued a statement after speaking with the owner denying …": an
	// act is no denier; the sentence's subject is
	if w, _, _ := strings.Cut(denier.text, " "); strings.HasSuffix(ts[m.first].low, "ing") && q.isGerund(w) {
		denier = q.mainSubject(m.first)
	}
	// "…, a claim the army denied": the army denies, the claim is what
	// came before
	if st := q.subjectStart(ts, m.first); m.first-st >= 3 && q.lx.det.hasTok(&ts[st]) && q.lx.anaphor.hasTok(&ts[st+1]) {
		denier = q.sourceText(ts[st+2 : m.first])
	}
	if m.last-m.first >= 3 && q.lx.det.hasTok(&ts[m.first]) && q.lx.anaphor.hasTok(&ts[m.first+1]) {
		denier = q.sourceText(ts[m.first+2 : m.last]) // the cue is "a claim … rejected"
	}
	// "…, a claim rejected by Ukraine": who rejects it comes after
	if q.lx.det.hasTok(&ts[m.first]) && m.last+2 < len(ts) && ts[m.last+1].low == "by" {
		if who := q.agentAfter(m.last); who.text != "" {
			denier = who
		}
	}
	// "the army says nothing of the kind happened": who says so; "Mao
	// said the vessel was … and denied any violation": who said it
	if at, ok := q.attribution(); ok && (denier.text == "" && at.verb == m.first-1 || m.first > 0 && ts[m.first-1].low == "and" && at.verb < m.first) {
		denier = q.sourceText(at.source)
	}
	// "X said: 'No truth to it'", "the rebels said the report was
	// baseless": a verdict on a claim, given by whoever speaks
	if dismissal := strings.HasPrefix(m.cue.phrase, "no truth") || strings.HasSuffix(m.cue.phrase, "lies") ||
		strings.HasPrefix(m.cue.phrase, "it|this"); dismissal {
		denier = subject{}
		if at, ok := q.attribution(); ok && at.verb < m.first {
			denier = q.sourceText(at.source)
			if len(at.source) > 0 && at.source[0].at > ts[at.verb].at {
				// "X said: 'No truth to it'": the source is the subject,
				// not the quote after the verb
				denier = q.speakerBefore(at.verb)
			}
		}
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
	// "dismissed reports that its jets had bombed the market as
	// disinformation": the claim stands between the verb and "as"
	if m.last-1 > m.first && ts[m.last-1].low == "as" {
		for j := m.first + 1; j < m.last-1 && j <= m.first+4; j++ {
			if ts[j].low == "that" && !ts[j].brk {
				if core := q.askReportedBy(ts, j+1, m.last-1, denier); core != "" {
					return phrased{core: core, counterBy: &voice{who: denier, verb: strings.TrimSuffix(verb, " it")}}, true
				}
				break
			}
		}
	}
	end := q.clauseEnd(ts, min(from, len(ts)-1))
	if from < len(ts) {
		switch w := ts[from].low; {
		case w == "that" && !ts[from].brk: // "disputed that, saying …": that is what went before
			if core := q.askReportedBy(ts, from+1, q.clauseEnd(ts, from+1), denier); core != "" {
				return phrased{core: core, counterBy: counter}, true
			}
		case strings.HasSuffix(w, "ing") && denier.text != "" && !ts[m.last].brk: // ", saying …" is no deed denied
			if base, ok := q.vb.gerundBase(w); ok {
				obj := ts[from+1 : end]
				// "brokered a ceasefire, but X denied agreeing to it": the
				// ceasefire
				if n := len(obj); n > 0 && obj[n-1].low == "it" {
					if np := q.indefiniteBefore(m.first); np != nil {
						obj = append(slices.Clone(obj[:n-1]), withDefinite(np)...)
					}
				}
				return phrased{core: "Did " + denier.text + " " + base + " " + render(obj), counterBy: &voice{who: subject{text: "it"}, verb: verb}}, true
			}
		case q.lx.involvement.hasTok(&ts[from]) && denier.text != "" && from+1 < end && ts[from+1].low == "in":
			// "denied involvement in the blast" → "Was Israel involved in
			// the blast, which it denies?"
			be := map[bool]string{true: "Were ", false: "Was "}[denier.plural]
			return phrased{core: be + denier.text + " involved " + render(ts[from+1:end]), counterBy: &voice{who: itFor(denier), verb: verb}}, true
		case denier.text != "" && q.involvedParty(ts, from, end) != nil:
			// "denied any involvement of Ukraine in the incident" → "Was
			// Ukraine involved in the incident, which Chisinau denies?"
			party, rest := q.involvedParty(ts, from, end), []tok(nil)
			if after := from + q.involvementAt(ts, from) + 2 + len(party); after < end {
				rest = ts[after:end]
			}
			be := "Was "
			if q.isPlural(party) {
				be = "Were "
			}
			core := be + render(party) + " involved"
			if len(rest) > 0 {
				core += " " + render(rest)
			}
			return phrased{core: core, counterBy: counter}, true
		case (w == "any" || w == "a" || w == "an") && !q.anaphoric(ts, from, end):
			// "denied any role" → "Did Moscow have any role, which it denies"
			if from+1 < end && q.lx.involvement.hasTok(&ts[from+1]) && denier.text != "" {
				return phrased{core: "Did " + denier.text + " have " + render(ts[from:end]), counterBy: &voice{who: itFor(denier), verb: verb}}, true
			}
			return phrased{core: "Was there " + render(ts[from:end]), counterBy: counter}, true
		}
	}
	// "did not confirm or deny the strike": whether it carried it out
	if strings.HasPrefix(verb, "neither") && from+1 < end && q.lx.det.hasTok(&ts[from]) && denier.text != "" {
		np := ts[from:q.nounEnd(ts, from+1)]
		if q.lx.launch.hasTok(&np[len(np)-1]) {
			return phrased{core: "Did " + denier.text + " carry out " + q.nounPhrase(withDefinite(ts[from:end])), counterBy: &voice{who: itFor(denier), verb: verb}}, true
		}
	}
	// "rejected reports that S did V"; but in "rejected the claims,
	// asserting that S is V" what follows is the denier's own claim
	for j := from; j < end && j < from+4; j++ {
		if ts[j].low == "that" && j > from {
			if base, ok := q.vb.gerundBase(ts[j-1].low); ok && j-1 == from && ts[m.last].brk && q.lx.reportBase.has(base) {
				if p, ok := q.linkBack(m.first); ok {
					p.counterBy, p.kind = counter, briefing.Conflict
					return p, true
				}
				if core := q.askReportedBy(ts, j+1, q.clauseEnd(ts, j+1), denier); core != "" && denier.text != "" {
					return phrased{core: core, creditBy: &voice{who: denier, verb: "says"}, kind: briefing.Conflict, statement: true}, true
				}
				break
			}
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

// involvementAt is the offset from word from of an involvement noun
// that opens the object, after at most an article ("any involvement",
// "the involvement"), or -1.
func (q *qctx) involvementAt(ts []tok, from int) int {
	k := from
	if k < len(ts) && (ts[k].low == "any" || ts[k].low == "the" || ts[k].low == "a" || ts[k].low == "an") {
		k++
	}
	if k < len(ts) && q.lx.involvement.hasTok(&ts[k]) {
		return k - from
	}
	return -1
}

// involvedParty reads whose involvement is denied: "any involvement of
// Ukraine in the incident" gives Ukraine, up to the preposition that
// says in what; nil when the object names no party.
func (q *qctx) involvedParty(ts []tok, from, end int) []tok {
	at := q.involvementAt(ts, from)
	if at < 0 {
		return nil
	}
	k := from + at + 1
	if k+1 >= end || ts[k].low != "of" && ts[k].low != "by" || ts[k].brk {
		return nil
	}
	stop := k + 1
	for stop < end && stop-k <= 8 && !q.lx.prep.hasTok(&ts[stop]) {
		if ts[stop].brk {
			stop++
			break
		}
		stop++
	}
	if stop-k > 8 {
		return nil
	}
	return ts[k+1 : stop]
}

// indefiniteBefore finds the last thing introduced with "a" or "an"
// before word i of the sentence, a pronoun's likeliest referent ("the
// US brokered a temporary ceasefire …, but Turkey denied agreeing to
// it"), up to the preposition after its noun; nil when there is none.
func (q *qctx) indefiniteBefore(i int) []tok {
	ts := q.ts
	for j := i - 1; j >= 0; j-- {
		if ts[j].low == "a" || ts[j].low == "an" {
			if end := q.nounEnd(ts, j+1); end > j+1 && end <= i {
				np := ts[j:end]
				if np[len(np)-1].brk {
					np = slices.Clone(np)
					np[len(np)-1].brk = false
				}
				return np
			}
			return nil
		}
	}
	return nil
}

// isGerund reports a verb's -ing form.
func (q *qctx) isGerund(w string) bool {
	_, ok := q.vb.gerundBase(strings.ToLower(w))
	return ok
}

// falseReportsOf asks about what reports or claims were of, when a
// source calls them false: "the ministry said claims of Armenian fire
// were baseless" → "Was there Armenian fire, which the ministry denies?".
func (q *qctx) falseReportsOf(m cueMatch) (phrased, bool) {
	ts := q.ts
	if !q.lx.aux.hasTok(&ts[m.first]) || m.first < 3 {
		return phrased{}, false
	}
	// back from the verb to "claims of" or "reports about", within the
	// clause
	st := -1
	for k := m.first - 2; k >= 0 && k >= m.first-12 && !ts[k].brk; k-- {
		if q.lx.claimNoun.hasTok(&ts[k]) && (ts[k+1].low == "of" || ts[k+1].low == "about") {
			st = k
			break
		}
	}
	if st < 0 || m.first-st < 3 {
		return phrased{}, false
	}
	what := ts[st+2 : m.first]
	if st > 0 && q.lx.det.hasTok(&ts[st-1]) {
		st-- // "the claims"
	}
	// who said so: the speaker of the verb before the claims
	j := st - 1
	if j > 0 && ts[j].low == "that" {
		j--
	}
	if j < 1 || !q.lx.speech.hasTok(&ts[j]) {
		return phrased{}, false
	}
	who := q.speakerBefore(j)
	if who.text == "" {
		return phrased{}, false
	}
	be := "Was there "
	if q.isPlural(what) {
		be = "Were there "
	}
	return phrased{core: be + render(what), counterBy: &voice{who: who, verb: "denies"}}, true
}
