package extract

import (
	"slices"
	"strings"

	"github.com/briefing-tools/briefing/internal/briefing"
)

// askWhether: "whether S will V" → "Will S V"; "whether to V" → "Will X V".
func askWhether(q *qctx, m cueMatch) (phrased, bool) {
	// an open alternative is nobody's claim: "it is unclear whether
	// Russia will retaliate, analysts said" asks "Will Russia retaliate?"
	p, ok := q.askWhether(m)
	p.unsourced = true
	return p, ok
}

func (q *qctx) askWhether(m cueMatch) (phrased, bool) {
	ts := q.ts
	// "could not confirm the attack, if it happened": a condition after a
	// clause, not what was left unconfirmed
	for j := m.first; j < m.last; j++ {
		if ts[j].brk {
			return phrased{}, false
		}
	}
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
	// "did not say if the gunmen had left": whether they have, as of now
	if k := q.finite(ts, from, end); k > from && ts[k].low == "had" && k+1 < end && ts[k+1].low != "been" {
		if _, ok := q.vb.participleBase(ts[k+1].low); ok {
			if sub := q.subjectOf(ts[from:k]); sub.text != "" {
				has := map[bool]string{true: "Have ", false: "Has "}[sub.plural]
				return phrased{core: has + sub.text + " " + render(ts[k+1:end])}, true
			}
		}
	}
	core := q.askClause(ts, from, end)
	return phrased{core: core}, core != ""
}

// pluralBefore is the last plural noun phrase before word k of the
// sentence ("tracked the drones, though …"), or nil.
func (q *qctx) pluralBefore(ts []tok, k int) []tok {
	for j := k - 1; j > 0; j-- {
		if pluralNoun(&ts[j]) && !ts[j].cap && (ts[j].brk || !pluralNoun(&ts[j+1])) {
			st := j
			for st > 0 && j-st < 5 && !q.lx.det.hasTok(&ts[st]) && !ts[st-1].brk && !q.pastTense(ts[st-1].low) &&
				!q.lx.pronoun.hasTok(&ts[st-1]) && !q.lx.prep.hasTok(&ts[st-1]) && !q.lx.aux.hasTok(&ts[st-1]) {
				st--
			}
			if q.lx.det.hasTok(&ts[st]) {
				np := slices.Clone(ts[st : j+1])
				np[len(np)-1].brk = false
				if np[0].low != "the" && np[0].low != "its" && np[0].low != "their" {
					np[0] = synth("the") // "several ships … any of them" → "any of the ships"
				}
				return np
			}
			return nil
		}
	}
	return nil
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

// whQuestion turns an indirect question starting at the wh-word ts[i]
// into a direct one: "how long it would stay" → "How long would it stay".
func (q *qctx) whQuestion(ts []tok, i, end int) string {
	wh := ts[i].low
	from := i + 1
	for from < end-1 && (ts[from].low == "exactly" || ts[from].low == "precisely" || ts[from].low == "just") {
		from++
	}
	// "how come they were": asks why, and keeps the clause's order
	if wh == "how" && from < end-1 && ts[from].low == "come" {
		wh = "why"
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
			for from < end && !q.lx.aux.hasTok(&ts[from]) && !q.lx.det.hasTok(&ts[from]) && !q.lx.pronoun.hasTok(&ts[from]) && !ts[from-1].brk {
				// "how many separatist forces have died": before an
				// auxiliary, "forces" is the noun, not a verb
				if from+1 < end && q.lx.aux.hasTok(&ts[from+1]) && from > i+1 {
					lead = append(lead, ts[from].w)
					from++
					break
				}
				if q.finite(ts, from-1, from+1) >= 0 {
					break
				}
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
	np := ts[from:k]
	if len(np) > 1 && (np[0].low == "that" || np[0].low == "this") {
		// "how that attack was carried out": the attack
		np = append([]tok{synth("the")}, np[1:]...)
	}
	sub := q.subjectOf(np)
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
