package extract

import (
	"slices"
	"strings"

	"github.com/briefing-tools/briefing/internal/briefing"
)

// What is unclear, asked directly ("it is unclear how S will V" → "How
// will S V"), and the things, figures and events such a question names.

// askWhClause: "it is unclear how exactly S will V" → "How will S V".
func askWhClause(q *qctx, m cueMatch) (phrased, bool) {
	// what nobody says is credited to nobody: "he did not say if the
	// gunmen had left" asks "Did the gunmen leave?", not "…, as he says"
	p, ok := q.askWhClause(m)
	p.unsourced = true
	return p, ok
}

func (q *qctx) askWhClause(m cueMatch) (phrased, bool) {
	ts := q.ts
	// "… turned into a shootout for reasons that have not been clarified"
	// → "Why did … turn into a shootout"
	if strings.HasPrefix(m.cue.phrase, "for ") {
		cs := q.clauseStart(ts, m.first)
		if core := q.askClause(ts, cs, m.first); core != "" {
			return phrased{core: "Why " + lowerFirstWord(core), kind: briefing.Unknown}, true
		}
		return phrased{}, false
	}
	if strings.HasSuffix(m.cue.phrase, "found|located") {
		return q.askWhereabouts(m)
	}
	i := m.after()
	// "would not say Thursday morning just how close …": a time, then
	// the question
	for i < len(ts) && i <= m.last+4 && (q.lx.whFiller.hasTok(&ts[i]) || ts[i].low == "about" || q.lx.timeWord.hasTok(&ts[i])) && !q.lx.wh.hasTok(&ts[i]) {
		i++
	}
	// "not in a position to name the gang responsible" → "Who is the
	// gang responsible"
	if last := ts[m.last].low; (last == "name" || last == "identify" || last == "naming" || last == "identifying") && i < len(ts) && q.lx.det.hasTok(&ts[i]) {
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
	// "raise questions about the government's ability to contain the
	// insurgency" → "Can the government contain the insurgency"
	if core := q.abilityDoubted(i); core != "" {
		return phrased{core: core, kind: briefing.Unknown}, true
	}
	// "did not disclose the location of the battery" → "Where is the
	// battery"
	if i < len(ts) && !q.lx.wh.hasTok(&ts[i]) {
		end := q.clauseEnd(ts, i)
		// "an investigation into the cause of the crash is under way": the
		// phrase ends at its verb
		for j := i + 2; j < end; j++ {
			if q.lx.aux.hasTok(&ts[j]) {
				end = j
				break
			}
		}
		if m.cue.kind == briefing.Conflict {
			// "conflicting accounts of the location of the submarine
			// emerged": the phrase ends at the verb
			for j := i + 1; j < end; j++ {
				if _, past := q.vb.pastBase(ts[j].low); past && !ts[j].cap && !q.lx.prep.hasTok(&ts[j-1]) && !q.lx.det.hasTok(&ts[j-1]) {
					end = j
					break
				}
			}
		}
		if core, ok := q.attributeQuestion(ts[i:end]); ok {
			return phrased{core: core}, true
		}
		det := ts[i:end]
		if q.lx.detailNoun.hasTok(&ts[m.last]) && m.last+1 < end {
			det = ts[m.last:end] // "gave no details about …": the cue's own noun
		}
		if core := q.detailsOf(det); core != "" {
			return phrased{core: core, kind: briefing.Unknown}, true
		}
		// "did not provide any casualty estimates": how many there were
		if q.casualtyFigure(ts[i:q.clauseEnd(ts, i)]) {
			core := "How many casualties were there"
			if ev := q.confirmedEvent(m.first); len(ev) > 0 {
				core += " in " + q.nounPhrase(withDefinite(ev))
			}
			return phrased{core: core, kind: briefing.Unknown, unsourced: true}, true
		}
		// "no word on deaths among the guards": whether there were any
		if np := ts[i:q.clauseEnd(ts, i)]; len(np) > 0 {
			if np[0].low == "any" || np[0].low == "the" {
				np = np[1:]
			}
			if w := firstLow(np); strings.HasPrefix(w, "death") || strings.HasPrefix(w, "casualt") || strings.HasPrefix(w, "fatalit") {
				return phrased{core: "Were there any " + render(np), kind: briefing.Unknown, unsourced: true}, true
			}
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
	end := q.clauseEnd(ts, i+1)
	core := q.whQuestion(ts, i, end)
	if core != "" && end > i+1 {
		core = q.namePronounObject(core, m, &ts[end-1])
	}
	return phrased{core: core}, core != ""
}

// namePronounObject puts back what a question's closing "them" or "it"
// stands for: "authorities do not know who was behind them" asks "Who
// was behind the drone incursions", naming the thing of an earlier
// clause or sentence. The knower's own clause is passed over, and a
// person or body is never taken for the thing.
func (q *qctx) namePronounObject(core string, m cueMatch, last *tok) string {
	if last.quoted || last.low != "them" && last.low != "it" {
		return core
	}
	plural := last.low == "them"
	// the knower's clause begins with its subject: "but police do not
	// know …"
	cs := min(q.clauseStart(q.ts, m.first), q.subjectStart(q.ts, m.first))
	var sub subject
	ok := false
	if cs > 0 {
		sub, ok = q.clauseSubjectWhere(q.ts[cs].at, plural, q.thingPhrase)
	}
	// "Drone incursions that shut two airports were …, but they do not
	// know who was behind them": the noun phrase a relative clause
	// follows at the sentence's start
	if !ok && cs > 0 {
		if e := q.nounEnd(q.ts, 0); e > 0 && e < cs && (q.ts[e].low == "that" || q.ts[e].low == "which") && !q.ts[e-1].brk {
			if np := q.ts[:e]; q.isPlural(np) == plural && q.thingPhrase(np) {
				sub, ok = subject{text: q.nounPhrase(np), plural: plural}, true
			}
		}
	}
	if !ok {
		sub, ok = q.earlierSubject(plural)
		ok = ok && q.thingNamed(sub.text)
	}
	if !ok {
		return core
	}
	sub.text = q.knownThing(sub.text)
	rest, found := strings.CutSuffix(core, " "+last.w)
	if !found {
		return core
	}
	return rest + " " + sub.text
}

// thingPhrase is thingNamed for a phrase of the sentence, whose first
// capital may be only the sentence's.
func (q *qctx) thingPhrase(np []tok) bool {
	head := &np[len(np)-1]
	if head.cap && !(len(np) == 1 && q.sentenceInitial(*head) && !q.properNoun(*head)) {
		return false
	}
	return q.thingNamed(head.low)
}

// thingNamed reports a noun phrase naming a thing rather than a person
// or body: its head is no person or agent noun and no name.
func (q *qctx) thingNamed(np string) bool {
	words := strings.Fields(np)
	if len(words) == 0 {
		return false
	}
	head := words[len(words)-1]
	low := strings.ToLower(head)
	if head != low || q.lx.pronoun.has(low) {
		return false
	}
	return !q.lx.persons.has(low) && !q.lx.agents.has(low) && !q.lx.agents.has(strings.TrimSuffix(low, "s")) && !strings.HasSuffix(low, "men")
}

// knownThing writes a thing named before as known: "a drone" and "drone
// incursions" become "the drone" and "the drone incursions".
func (q *qctx) knownThing(np string) string {
	first, rest, _ := strings.Cut(np, " ")
	low := strings.ToLower(first)
	if first != low && rest == "" {
		np = low // a sentence's capital: "Drones struck …"
	}
	if q.lx.det.has(low) || q.lx.pronoun.has(low) || strings.HasSuffix(low, "'s") {
		return definiteArticle(np)
	}
	return "the " + np
}

// definiteArticle makes an indefinite phrase definite, since the thing
// is known by now: "a drone" → "the drone".
func definiteArticle(np string) string {
	if rest, ok := strings.CutPrefix(np, "a "); ok {
		return "the " + rest
	}
	if rest, ok := strings.CutPrefix(np, "an "); ok {
		return "the " + rest
	}
	return np
}

// casualtyFigure reports a phrase naming a figure of losses: "any
// casualty estimates", "a death toll", "the number of fatalities".
func (q *qctx) casualtyFigure(np []tok) bool {
	figure, losses := false, false
	for _, t := range np {
		w := t.low
		if q.lx.figureNoun.has(w) || q.lx.figureNoun.has(strings.TrimSuffix(w, "s")) {
			figure = true
		}
		if strings.HasPrefix(w, "casualt") || strings.HasPrefix(w, "death") || strings.HasPrefix(w, "fatalit") || w == "losses" {
			losses = true
		}
	}
	return figure && losses
}

// confirmedEvent finds what the sentence confirms or reports before
// word i ("confirmed the assault on the troops but …"), over its
// prepositional phrases; nil when it names none.
func (q *qctx) confirmedEvent(i int) []tok {
	ts := q.ts
	for j := i - 1; j > 0; j-- {
		if !q.lx.confirmVerb.hasTok(&ts[j]) {
			continue
		}
		from := j + 1
		if from >= i || !q.lx.det.hasTok(&ts[from]) {
			return nil
		}
		end := q.nounEnd(ts, from+1)
		for end < i && q.lx.prep.hasTok(&ts[end]) && !ts[end-1].brk && ts[end].low != "but" {
			e := q.nounEnd(ts, end+1)
			if e <= end+1 {
				break
			}
			end = e
		}
		if end <= from+1 {
			return nil
		}
		return ts[from:end]
	}
	return nil
}

// abilityDoubted reads "X's ability | capacity | capability to V …" at
// word i as "Can X V …": what a doubt raised about it asks. "" otherwise.
func (q *qctx) abilityDoubted(i int) string {
	ts := q.ts
	for k := i; k+2 < len(ts) && k <= i+5 && !ts[k].brk; k++ {
		w := ts[k].low
		if w != "ability" && w != "capacity" && w != "capability" || ts[k+1].low != "to" || k == i {
			continue
		}
		owner := ts[i:k]
		article := ""
		if len(owner) > 1 && q.lx.det.hasTok(&owner[0]) {
			article, owner = strings.ToLower(owner[0].w)+" ", owner[1:] // "the army's"
		}
		last := owner[len(owner)-1]
		name, ok := strings.CutSuffix(last.w, "'s")
		if !ok {
			name, ok = strings.CutSuffix(last.w, "’s")
		}
		if !ok || ts[k+2].cap {
			return ""
		}
		who := append(slices.Clone(owner[:len(owner)-1]), synth(name))
		text := article + render(who)
		end := q.clauseEnd(ts, k+2)
		if end <= k+2 {
			return ""
		}
		return "Can " + text + " " + render(ts[k+2:end])
	}
	return ""
}
