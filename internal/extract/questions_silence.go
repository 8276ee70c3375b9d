package extract

import (
	"slices"
	"strings"

	"github.com/briefing-tools/briefing/internal/briefing"
)

// askSilence: "Russian officials did not confirm the attack" → "Have
// Russian officials confirmed the attack"; joined to the claim it leaves
// unanswered when there is one.
func askSilence(q *qctx, m cueMatch) (phrased, bool) {
	ts := q.ts
	who := q.speakerBefore(m.first)
	// "…, a claim the RSF did not address": the RSF is silent
	if st := q.subjectStart(ts, m.first); m.first-st >= 3 && q.lx.det.hasTok(&ts[st]) && q.lx.anaphor.hasTok(&ts[st+1]) {
		who = q.sourceText(ts[st+2 : m.first])
	}
	// "Hezbollah said it had fired rockets …, and made no mention of X":
	// the speaker is the one silent
	if m.first > 1 && ts[m.first-1].low == "and" && ts[m.first-2].brk {
		if at, ok := q.attribution(); ok && at.verb < m.first && len(at.source) > 0 && at.source[0].at < ts[at.verb].at {
			who = q.sourceText(at.source)
		}
	}
	// "This was not confirmed by the Navy": who has not confirmed it
	// follows "by", and what is left unconfirmed comes before
	passive := strings.HasSuffix(m.cue.phrase, " by") && m.after() < len(ts)
	if passive {
		who = q.sourceText(ts[m.after():q.nounEnd(ts, m.after())])
	}
	// "neither the ministry nor the firms have issued statements": the
	// first named is silent
	if strings.HasPrefix(m.cue.phrase, "nor") {
		who = subject{}
		for j := m.first - 2; j >= 0 && j >= m.first-10 && !ts[j].brk; j-- {
			if ts[j].low == "neither" {
				who = q.sourceText(ts[j+1 : m.first])
				break
			}
		}
	}
	if strings.HasPrefix(m.cue.phrase, "without") {
		// "Kigali acknowledged … without confirming any troop numbers":
		// the one silent is the subject of the clause, not its object
		who = q.mainSubject(m.first)
		// "…, Vucic said, without specifying the currency": the speaker
		if m.first > 1 && q.lx.speech.hasTok(&ts[m.first-1]) {
			if sp := q.speakerBefore(m.first - 1); sp.text != "" {
				who = sp
			}
		}
	}
	from := m.after()
	end := len(ts)
	if from < len(ts) {
		end = q.clauseEnd(ts, from)
	}
	if passive {
		from, end = q.subjectStart(ts, m.first), m.first
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
		case strings.HasPrefix(w, "verif"):
			act = "verified"
		case strings.HasPrefix(w, "corroborat"):
			act = "corroborated"
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
	// "without specifying the currency": the deed the gerund names
	deed := "" // the deed withheld, asked only of a named object
	if act == "commented" && strings.HasPrefix(m.cue.phrase, "without") {
		if base, ok := q.vb.gerundBase(ts[m.last].low); ok {
			deed = q.vb.participleFor(base)
		}
	}
	// "did not confirm the attack", "has not commented on it": the claim
	// it leaves open
	if (act == "confirmed" || act == "verified" || act == "corroborated" || act == "acknowledged" || end-from <= 3) && !strings.HasPrefix(m.cue.phrase, "without") {
		if q.anaphoric(ts, from, end) {
			if p, ok := q.linkBack(m.first); ok {
				p.counterBy = &voice{who: who, verb: "has not " + act}
				p.kind = briefing.Claim
				return p, true
			}
			if passive {
				return phrased{}, false // "This was not confirmed": nothing named to ask
			}
		}
	}
	// "has not commented on Russia's claim that it shot down 12 drones":
	// the claim itself, credited to its owner
	if p, ok := q.silenceOnClaim(from, end, who, act); ok {
		return p, true
	}
	has := "Has "
	if who.plural {
		has = "Have "
	}
	object := ""
	if from < end && !strings.HasPrefix(m.cue.phrase, "referred") { // "referred questions to the government": no topic
		obj := ts[from:end]
		// "statements regarding the alleged deal": what they are about
		if len(obj) > 1 && (obj[0].low == "regarding" || obj[0].low == "concerning" || obj[0].low == "about") {
			obj = obj[1:]
		}
		// "did not mention in its statement another attack": the object
		// after a short phrase of where or when
		if len(obj) > 2 && (obj[0].low == "in" || obj[0].low == "during") && !obj[0].brk {
			for k := 2; k < len(obj) && k <= 5 && !obj[k-1].brk; k++ {
				if q.lx.det.hasTok(&obj[k]) {
					obj = obj[k:]
					break
				}
			}
		}
		// "to AFP's request for comment", "via email": nothing to ask about
		if len(obj) > 0 && !(q.lx.det.hasTok(&obj[0]) || obj[0].low == "on" || obj[0].cap || strings.HasSuffix(obj[0].low, "'s")) ||
			slices.ContainsFunc(obj, func(t tok) bool {
				return strings.HasPrefix(t.low, "comment") || t.low == "request" || t.low == "requests"
			}) {
			obj = nil
		}
		if len(obj) > 0 && deed != "" && obj[0].low != "on" {
			act = deed // "Has the ministry disclosed its value"
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
	if ts[not].low == "no" {
		return q.askNoneReported(m)
	}
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
	// "the planes remained in international airspace and did not enter
	// …": the subject with the denied deed, not the deed before "and"
	skipFrom, skipTo := -1, -1
	if aux := not - 1; aux-1 > from && (ts[aux-1].low == "and" || ts[aux-1].low == "but") && q.lx.aux.hasTok(&ts[aux]) {
		for k := from + 1; k < aux-1; k++ {
			if (q.lx.aux.hasTok(&ts[k]) || q.isPast(ts[k].low)) && !q.lx.det.hasTok(&ts[k-1]) {
				skipFrom, skipTo = k, aux
				break
			}
		}
	}
	for j := from; j < end; j++ {
		switch {
		case j >= skipFrom && j < skipTo:
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

// askNoneReported: "the Pentagon said no ships were hit" → "Were any
// ships hit, which the Pentagon denies?": a passive deed done to none.
func (q *qctx) askNoneReported(m cueMatch) (phrased, bool) {
	ts := q.ts
	no := m.last
	if no == 0 || ts[no-1].brk && ts[no-1].low != "that" {
		return phrased{}, false
	}
	end := q.clauseEnd(ts, no+1)
	aux := no + 1
	for aux < end && !q.lx.aux.hasTok(&ts[aux]) {
		aux++
	}
	// "no ships were hit": a noun, then "was|were" and a participle
	if aux == no+1 || aux+1 >= end || aux-no > 4 || ts[aux].low != "was" && ts[aux].low != "were" {
		return phrased{}, false
	}
	// a deed a side denies ("no ships were hit"), not any mishap ("no
	// one was hurt")
	if _, part := q.vb.participleBase(ts[aux+1].low); !part || !q.lx.deniedDeed.hasTok(&ts[aux+1]) && !q.lx.combat.hasTok(&ts[aux+1]) {
		return phrased{}, false
	}
	who := q.speakerBefore(m.first)
	if who.text == "" || q.lx.pronoun.has(strings.ToLower(who.text)) {
		return phrased{}, false
	}
	noun := render(ts[no+1 : aux])
	if noun == "one" {
		noun = "anyone"
	} else {
		noun = "any " + noun
	}
	core := upperFirst(ts[aux].low) + " " + noun + " " + render(ts[aux+1:end])
	return phrased{core: core, counterBy: &voice{who: who, verb: "denies"}, kind: briefing.Denial}, true
}

// silenceOnClaim reads a silence about someone's claim named in the
// object: "on Russia's claim that it shot down 12 drones" → "Did Russia
// shoot down 12 drones, as it claims, and Ukraine has not commented".
func (q *qctx) silenceOnClaim(from, end int, who subject, act string) (phrased, bool) {
	ts := q.ts
	for j := from; j+2 < end && j <= from+5; j++ {
		if ts[j].low != "that" || j == 0 || !q.lx.anaphor.hasTok(&ts[j-1]) {
			continue
		}
		// whose claim: "Russia's claim", "the claim by Russia"
		var owner subject
		if k := j - 2; k >= from && strings.HasSuffix(ts[k].low, "'s") {
			owner = q.sourceText(ts[k : k+1])
		}
		if owner.text == "" {
			return phrased{}, false
		}
		core := q.askReportedBy(ts, j+1, end, owner)
		if core == "" {
			return phrased{}, false
		}
		return phrased{core: core, creditBy: &voice{who: owner, verb: "claims"}, counterBy: &voice{who: who, verb: "has not " + act},
			kind: briefing.Claim, statement: true}, true
	}
	return phrased{}, false
}
