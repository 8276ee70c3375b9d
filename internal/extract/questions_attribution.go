package extract

import (
	"strings"

	"github.com/briefing-tools/briefing/internal/briefing"
)

// askAttribution: "strikes attributed to Mali's army" → "Did Mali's army
// carry out the strikes".
func askAttribution(q *qctx, m cueMatch) (phrased, bool) {
	ts := q.ts
	from := m.after()
	switch {
	case strings.Contains(m.cue.phrase, "responsibility") || strings.HasSuffix(m.cue.phrase, "credit"):
		// "X claimed responsibility for the attack"; "no group has
		// claimed responsibility for it"; "X had claimed credit for it"
		if from >= len(ts) || ts[from].low != "for" {
			return phrased{}, false
		}
		act := q.withoutMedium(ts[from+1 : q.clauseEnd(ts, from+1)])
		// "… for attacks in X and demonstrating a capacity": a second
		// participle of the subject ends what is claimed
		for k := 1; k+1 < len(act); k++ {
			if act[k].low == "and" && strings.HasSuffix(act[k+1].low, "ing") && q.isVerbForm(act[k+1].low) {
				act = act[:k]
				break
			}
		}
		if len(act) == 0 {
			return phrased{}, false
		}
		if strings.HasPrefix(m.cue.phrase, "no ") {
			return phrased{core: "Who carried out " + q.nounPhrase(act), kind: briefing.Unknown}, true
		}
		who := q.speakerBefore(m.first)
		// "no group has claimed responsibility for the attack yet": nobody
		// claims it, so who did it is open
		if first, _, _ := strings.Cut(strings.ToLower(who.text), " "); first == "no" || first == "nobody" || first == "none" {
			return phrased{core: "Who carried out " + q.nounPhrase(act), kind: briefing.Unknown}, true
		}
		if who.text == "" && m.first > 0 && ts[m.first-1].wi >= 0 {
			// "IS claimed responsibility": an actor's acronym the
			// question words read as a verb
			if d, _ := q.a.actorWord.get(int(ts[m.first-1].wi)); d != nil && d.kind == briefing.Group {
				who = subject{text: d.name}
			}
		}
		if who.text == "" {
			return phrased{}, false
		}
		return phrased{core: "Did " + who.text + " carry out " + q.nounPhrase(act), credit: "as claimed"}, true
	}
	// "the AA was to blame for the attack": no one blames here (the
	// claim rule asks whether it was)
	if m.first > 0 && ts[m.first-1].low == "to" {
		return phrased{}, false
	}
	// "the army attributed the attack to the ELN"; "both sides blame
	// each other for the fighting"
	if m.last > m.first+1 {
		inner := q.trimSubject(ts[m.first+1 : m.last])
		end := q.clauseEnd(ts, from)
		if len(inner) == 0 || end <= from {
			return phrased{}, false
		}
		agent, act := ts[from:q.nounEnd(ts, from)], inner
		if ts[m.last].low == "for" {
			agent, act = inner, ts[from:end]
		}
		blamedOn := ts[m.last].low == "on"
		if blamedOn {
			// "blamed the chaos on its neighbours, as well as France":
			// one thing blamed, and who is blamed up to the clause's end
			for k, t := range inner {
				// "blame each other for the fighting on Friday": blame for
				if t.brk && k < len(inner)-1 || t.low == "for" || reciprocal(inner) {
					return phrased{}, false
				}
			}
			agent = ts[from:end]
		}
		if q.negatedVerb(m.first) {
			// "hasn't yet publicly attributed the cyberattack to any
			// group": who did it is open
			return phrased{core: "Who carried out " + q.nounPhrase(withDefinite(act)), kind: briefing.Unknown}, true
		}
		if reciprocal(agent) || q.blamesTheOther(m.first, ts[m.first+1:m.last]) {
			return phrased{core: "Who is responsible for " + render(act), kind: briefing.Conflict}, true
		}
		who, actor := q.speakerBefore(m.first), q.sourceText(agent)
		if actor.text == "" || len(act) == 0 {
			return phrased{}, false
		}
		p := phrased{core: "Did " + actor.text + " carry out " + q.nounPhrase(withDefinite(act)), statement: true}
		if blamedOn {
			// "blamed the chaos on X": whether X was behind it
			p.core = upperFirst(map[bool]string{true: "were", false: "was"}[actor.plural]) + " " + actor.text + " behind " + q.nounPhrase(withDefinite(act))
		}
		if !q.namesActor(agent) {
			// "attributed the blast to a limpet mine": a cause, not a doer
			p.core = upperFirst(map[bool]string{true: "were", false: "was"}[q.isPlural(act)]) + " " +
				q.nounPhrase(withDefinite(act)) + " caused by " + render(agent)
		}
		if who.text != "" {
			p.creditBy = &voice{who: who, verb: "says"}
		} else {
			p.credit = m.cue.tail
		}
		return p, true
	}
	// "Turkey has been blamed for all three": the subject is blamed, for
	// what follows
	if strings.HasSuffix(m.cue.phrase, "... for") && m.first > 1 && q.passiveBe(ts[m.first-1]) {
		end := q.clauseEnd(ts, from)
		g := q.verbGroupStart(ts, m.first)
		np := q.trimSubject(ts[q.subjectStart(ts, g):g])
		who := q.subjectOf(np)
		if who.text == "" || end <= from || !q.namesActor(np) {
			return phrased{}, false
		}
		act := q.nounPhrase(withDefinite(ts[from:end]))
		return phrased{core: upperFirst(map[bool]string{true: "were", false: "was"}[who.plural]) + " " + who.text + " behind " + act, credit: m.cue.tail}, true
	}
	agentEnd := q.nounEnd(ts, from)
	blamedOn := strings.HasSuffix(m.cue.phrase, " on")
	if blamedOn {
		// "blamed on bandits and terrorists": who is blamed, up to the
		// clause's end
		agentEnd = q.clauseEnd(ts, from)
	}
	if agentEnd <= from {
		return phrased{}, false
	}
	agent := q.sourceText(ts[from:agentEnd])
	// "The attack has been attributed to …": the act before the auxiliaries
	verb := q.verbGroupStart(ts, m.first)
	start := q.subjectStart(ts, verb)
	if verb > 1 && q.lx.pronoun.hasTok(&ts[verb-1]) && !ts[verb-2].brk {
		// "orders to end unrest he has blamed on bandits": the act is the
		// noun the pronoun's clause follows
		verb--
		start = verb - 1
		for start > 0 && !ts[start-1].brk && q.lx.det.hasTok(&ts[start-1]) {
			start--
		}
	}
	act := q.trimSubject(ts[start:verb])
	if len(act) == 0 || agent.text == "" {
		return phrased{}, false
	}
	actText := q.nounPhrase(act)
	if !q.lx.det.hasTok(&act[0]) && (!act[0].cap || !act[0].name && !q.properNoun(act[0])) {
		actText = "the " + actText
	}
	if blamedOn {
		// "blamed on X": whether X was behind it
		return phrased{core: upperFirst(map[bool]string{true: "were", false: "was"}[agent.plural]) + " " + agent.text + " behind " + actText, credit: m.cue.tail}, true
	}
	return phrased{core: "Did " + agent.text + " carry out " + actText, credit: m.cue.tail}, true
}

// reciprocal reports "each other" or "one another": sides accusing or
// blaming each other leave open which one did it.
func reciprocal(np []tok) bool {
	return len(np) == 2 && (np[0].low == "each" && np[1].low == "other" || np[0].low == "one" && np[1].low == "another")
}

// blamesTheOther reports "Both sides blamed the other for …": each
// blames the other, which leaves open who did it, as "each other" does.
func (q *qctx) blamesTheOther(verb int, blamed []tok) bool {
	if len(blamed) < 2 || blamed[0].low != "the" || blamed[1].low != "other" {
		return false
	}
	st := q.subjectStart(q.ts, verb)
	return st < verb && (q.ts[st].low == "both" || q.ts[st].low == "each")
}

// passiveBe reports a form of "be" that makes the participle after it
// passive: "has been blamed", "was blamed" (not "has blamed").
func (q *qctx) passiveBe(t tok) bool {
	switch t.low {
	case "been", "being", "be", "is", "are", "was", "were":
		return true
	}
	return false
}

// namesActor reports a phrase naming an actor of the text or a name.
func (q *qctx) namesActor(np []tok) bool {
	for _, t := range np {
		// a name, or a doer named by what it is ("the militia", "gunmen")
		if t.cap || q.lx.partyNoun.hasTok(&t) || q.lx.persons.hasTok(&t) && t.low != "people" {
			return true
		}
		if t.wi >= 0 {
			if d, _ := q.a.actorWord.get(int(t.wi)); d != nil {
				return true
			}
		}
	}
	return false
}

// negatedVerb reports a verb at word v negated before it: "has not
// attributed", "hasn't yet publicly blamed".
func (q *qctx) negatedVerb(v int) bool {
	for k := v - 1; k >= 0 && k >= v-4; k-- {
		switch t := &q.ts[k]; {
		case t.brk:
			return false
		case t.low == "not" || t.low == "never" || strings.HasSuffix(t.low, "n't"):
			return true
		case t.low != "yet" && !strings.HasSuffix(t.low, "ly") && !q.lx.aux.hasTok(t):
			return false
		}
	}
	return false
}

// withoutMedium cuts off where a claim was made: "the attack in a
// Telegram post" is the attack.
func (q *qctx) withoutMedium(act []tok) []tok {
	for k := 1; k+2 < len(act); k++ {
		if act[k].low != "in" && act[k].low != "on" && act[k].low != "via" || !q.lx.det.hasTok(&act[k+1]) {
			continue
		}
		for j := k + 2; j < len(act) && j <= k+4; j++ {
			if q.lx.statementNoun.hasTok(&act[j]) {
				return act[:k]
			}
		}
	}
	return act
}
