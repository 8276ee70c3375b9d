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
	// "Sahakyan later wrote": the adverb is not the speaker
	for i > 1 && q.lx.dropAdverb.hasTok(&ts[i-1]) && !ts[i-2].brk {
		i--
	}
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
	from := m.after()
	end := len(ts)
	if from < len(ts) {
		end = q.clauseEnd(ts, from)
	}
	// "the mission said it had not been able to verify casualty
	// figures": the speaker's own inability is about what follows it
	ownInability := strings.HasPrefix(m.cue.phrase, "not been able") || strings.HasPrefix(m.cue.phrase, "unable")
	// a claim earlier in the sentence: "X claims to have killed 100,
	// which cannot be independently verified"
	if !ownInability || from >= end {
		if p, ok := q.claimBefore(m.first); ok {
			p.counter = counter
			return p, true
		}
	}
	object := !strings.HasPrefix(m.cue.phrase, "if") && from < end &&
		(strings.Contains(m.cue.phrase, "verify|") || strings.Contains(m.cue.phrase, "confirm") && !strings.Contains(m.cue.phrase, "be "))
	if !object || q.anaphoric(ts, from, end) && !ownInability {
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
		// the head noun decides: "casualty figures around Walikale"
		head := np
		if k := slices.IndexFunc(np, func(t tok) bool { return q.lx.prep.hasTok(&t) }); k > 0 {
			head = np[:k]
		}
		be := "Is "
		if q.isPlural(head) || slices.ContainsFunc(np, func(t tok) bool { return t.low == "nor" }) {
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
		p := phrased{core: be + q.nounPhrase(items) + " accurate"}
		if ownInability {
			// not "as the mission says": the mission could not verify it
			who := q.mainSubject(m.first)
			if at, ok := q.attribution(); ok && at.verb < m.first {
				who = q.sourceText(at.source) // "the mission said it had not been able …"
			}
			if who.text != "" {
				p.counter = "which " + who.text + " could not verify"
			} else {
				p.counter = counter
			}
		}
		return p, true
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
	if strings.HasPrefix(m.cue.phrase, "without") {
		// "Kigali acknowledged … without confirming any troop numbers":
		// the one silent is the subject of the clause, not its object
		who = q.mainSubject(m.first)
	}
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
	if (act == "confirmed" || act == "acknowledged" || end-from <= 3) && !strings.HasPrefix(m.cue.phrase, "without") {
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
	who := q.speakerBefore(m.first)
	if who.text == "" {
		return phrased{}, false
	}
	if p, ok := q.revisedBefore(m, who, later); ok {
		return p, true
	}
	if later < 0 || later+1 >= len(ts) {
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
	return phrased{core: "Which account holds: " + who.text + " first " + render(cutBreak(first)) + ", but " + render(second), kind: briefing.Conflict}, true
}

// revisedBefore reads "initially put the number at 10 before revising it
// to 20": the second account follows "before", its verb a gerund, up to
// "later" when it comes (else the clause's end).
func (q *qctx) revisedBefore(m cueMatch, who subject, later int) (phrased, bool) {
	ts := q.ts
	end := later
	if end < 0 {
		end = q.clauseEnd(ts, min(m.after(), len(ts)-1))
	}
	for b := m.last + 1; b+1 < end; b++ {
		if ts[b].low != "before" {
			continue
		}
		base, ok := q.vb.gerundBase(ts[b+1].low)
		if !ok {
			return phrased{}, false
		}
		second := append([]tok{synth(q.vb.participleFor(base))}, ts[b+2:end]...)
		// "to 65 on Sunday": when it was revised is not part of the account
		for k := 1; k < len(second); k++ {
			if q.lx.timeOpener.hasTok(&second[k]) && k+1 < len(second) && q.lx.timeWord.hasTok(&second[k+1]) {
				second = second[:k]
				break
			}
		}
		core := "Which account holds: " + who.text + " first " + render(cutBreak(ts[m.last:b])) + ", but later " + render(cutBreak(second))
		return phrased{core: core, kind: briefing.Conflict}, true
	}
	return phrased{}, false
}

// cutBreak copies toks without the break after the last one.
func cutBreak(t []tok) []tok {
	out := slices.Clone(t)
	if len(out) > 0 {
		out[len(out)-1].brk = false
	}
	return out
}

// askNegatedReport asks about a deed a source says was not done, which
// is a denial of whoever says it was: "Beijing said the helicopter had
// not entered Japanese airspace" → "Did the helicopter enter Japanese
// airspace, which Beijing denies?". Only deeds a party may be accused
// of (denied_deeds) are asked about: "said talks had not started" is no
// denial.
func askNegatedReport(q *qctx, m cueMatch) (phrased, bool) {
	ts := q.ts
	not := m.last
	if not+1 >= len(ts) || !q.lx.deniedDeed.hasTok(&ts[not+1]) {
		return phrased{}, false
	}
	who := q.speakerBefore(m.first)
	if who.text == "" || q.lx.pronoun.has(strings.ToLower(who.text)) {
		return phrased{}, false
	}
	from := m.first + 1
	if from < len(ts) && ts[from].low == "that" {
		from++
	}
	end := q.clauseEnd(ts, not+1)
	// "… had not entered the airspace and was on patrol": the deed only
	for j := not + 2; j+1 < end; j++ {
		if (ts[j].low == "and" || ts[j].low == "but") && (q.lx.aux.hasTok(&ts[j+1]) || q.isPast(ts[j+1].low)) {
			end = j
			break
		}
	}
	clause := make([]tok, 0, end-from)
	for j := from; j < end; j++ {
		switch {
		case j != not:
			clause = append(clause, ts[j])
		case strings.HasSuffix(ts[j].low, "n't"):
			// "hadn't": the auxiliary stays
			aux := ts[j]
			aux.w, aux.low = strings.TrimSuffix(aux.w, "n't"), strings.TrimSuffix(aux.low, "n't")
			clause = append(clause, aux)
		}
	}
	core := q.askReportedBy(clause, 0, len(clause), who)
	if core == "" {
		return phrased{}, false
	}
	return phrased{core: core, counterBy: &voice{who: who, verb: "denies"}, kind: briefing.Denial}, true
}
