package extract

import (
	"slices"
	"strings"

	"github.com/briefing-tools/briefing/internal/briefing"
)

// askPending: "X has yet to V" → "Will X V"; "which are being reviewed by
// the president" → "Will the president approve …".
func askPending(q *qctx, m cueMatch) (phrased, bool) {
	ts := q.ts
	from := m.after()
	phrase := m.cue.phrase
	switch {
	case strings.HasSuffix(phrase, " un*"):
		return q.askUndone(m)
	case strings.HasSuffix(phrase, "inquiry|investigation|probe"):
		// "has set up an inquiry to confirm the details" → "What will the
		// inquiry find"; "opened an investigation into the shooting" →
		// "What will the investigation into the shooting find"
		// "to discuss an ongoing investigation" → "the ongoing investigation"
		if strings.HasPrefix(phrase, "ongoing|") {
			return q.askFindingsOf(m.last, ts[m.first].low), true
		}
		return q.askFindings(m.last), true
	case strings.HasPrefix(phrase, "is|are expected in"):
		return q.askAwaited(m)
	case phrase == "will|would see":
		return q.askBroughtAbout(m)
	case phrase == "expects|expect ... to":
		return q.askExpected(m)
	case phrase == "set|due|scheduled|slated|likely to":
		return q.askScheduled(m)
	case strings.HasSuffix(phrase, "exceed|top"):
		// "the frigate is projected to cost under €1 billion" → "Will the
		// frigate cost under €1 billion, as projected"
		sub := q.thingBefore(m.first)
		if sub.text == "" {
			return phrased{}, false
		}
		core := q.yesNo(sub, append([]tok{synth("will")}, ts[m.last:q.clauseEnd(ts, m.last)]...))
		return phrased{core: core, credit: m.cue.tail}, core != ""
	case strings.HasSuffix(phrase, "cleared|signed") || strings.HasSuffix(phrase, "authorization|endorsement"):
		return q.askApproval(m)
	case strings.HasSuffix(phrase, "in due course|later"):
		// "The names of the dead will be released in due course" →
		// "When will the names of the dead be released"
		end := m.last
		if ts[end].low == "course" {
			end -= 2
		}
		sub := q.thingBefore(m.first)
		if sub.text == "" || end <= m.first+2 {
			return phrased{}, false
		}
		return phrased{core: "When will " + sub.text + " be " + render(ts[m.first+2:end]), kind: briefing.Timing}, true
	case strings.HasSuffix(phrase, "board|court of inquiry"):
		// "has launched an internal board of inquiry to establish …"
		return q.askFindings(m.last), true
	case strings.HasPrefix(phrase, "pending the"):
		// "pending the outcome of investigations" → "What will the
		// investigations find"
		return q.askFindings(m.last), true
	case strings.HasPrefix(phrase, "search|manhunt") || strings.HasPrefix(phrase, "manhunt|search"):
		// "a joint search operation was launched to track down …" → "What
		// will be the outcome of the search operation"
		return q.askOutcome(m)
	case strings.HasPrefix(phrase, "inquiry|investigation|probe"):
		// "an investigation into the loss of the aircraft is underway"
		return q.askFindings(m.first), true
	case strings.HasPrefix(phrase, "operation|operations|offensive"):
		// "operations are just beginning" → "How long will the operations
		// go on"
		return q.askDuration(m)
	case strings.HasPrefix(phrase, "fighting|clashes") || strings.HasPrefix(phrase, "operation|operations"):
		// "the counterattack near the dam is still ongoing" → "What will
		// be the outcome of the counterattack near the dam"
		return q.askOutcome(m)
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
	case strings.HasSuffix(phrase, "likely|possible|probable|imminent") || strings.HasSuffix(phrase, "likely|probable") || phrase == "it's likely|possible|probable" ||
		strings.HasSuffix(phrase, "possibility|prospect") || strings.HasSuffix(phrase, "more|less likely"):
		return q.askLikely(m)
	case strings.HasSuffix(phrase, "possibility of"):
		return q.askChanceOf(m)
	case strings.HasSuffix(phrase, "fear of|over|about") || strings.HasSuffix(phrase, "specter of"):
		return q.askFeared(m)
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
		i := q.verbGroupStart(ts, m.first)
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
	case strings.Contains(phrase, "call") || strings.HasPrefix(phrase, "urge") || strings.HasPrefix(phrase, "requested"):
		// "called for NATO to reassess …", "urged Israel to hold off"
		end := q.clauseEnd(ts, from)
		// "requested a reconsideration of India's decision to …" → "Will
		// India's decision to … be reconsidered"
		if from+3 < end && q.lx.det.hasTok(&ts[from]) && ts[from+2].low == "of" {
			if done := q.lx.actionNouns[ts[from+1].low]; done != "" {
				return phrased{core: "Will " + q.nounPhrase(withDefinite(ts[from+3:end])) + " be " + done}, true
			}
		}
		if strings.HasPrefix(phrase, "requested") {
			return phrased{}, false // "requested a meeting": nothing to ask
		}
		for j := from; j < end; j++ {
			if ts[j].low == "to" && j > from && j+1 < end && q.vb.base.has(ts[j+1].low) {
				if ts[j-1].low == "not" {
					return phrased{}, false // "called on citizens not to post videos"
				}
				who := q.sourceText(ts[from:j])
				if who.text == "" {
					return phrased{}, false
				}
				return phrased{core: "Will " + q.subjectCase(who.text) + " " + render(ts[j+1:end])}, true
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
		// "were preparing to raid …": the infinitive follows the cue
		if ts[m.last].low != "to" && from+1 < end && ts[from].low == "to" {
			return phrased{core: "Will " + sub.text + " " + render(ts[from+1:end])}, true
		}
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
	if m.first > 0 {
		switch ts[m.first-1].low {
		case "which", "who":
			// "20 Tranche 4 aircraft, which are expected to enter
			// service": what the relative clause hangs on
			if ante := q.relativeAntecedent(ts, m.first-1); len(ante) > 0 {
				if np := cutBreak(q.objectPhrase(ante)); len(np) > 0 {
					sub = q.subjectOf(withDefinite(np))
					if !q.lx.det.hasTok(&np[0]) && !np[0].cap && !strings.HasPrefix(sub.text, "the ") {
						sub.text = "the " + sub.text
					}
				}
			}
		case "no": // "had no intention to resign": nothing intended
			return phrased{}, false
		case "its", "their", "his", "her", "our":
			// "the navy has confirmed its intention to buy …": the
			// clause's subject owns it
			sub = q.mainSubject(m.first - 1)
		}
	}
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
	// "…, which is expected to be next week": a time, for an event the
	// relative word stands for
	if len(rest) > 1 && rest[0].low == "be" && (rest[1].low == "next" || rest[1].low == "soon" || q.lx.timeOpener.hasTok(&rest[1]) || q.lx.timeWord.hasTok(&rest[1])) {
		return phrased{}, false
	}
	if w := ts[m.first].low; (w == "was" || w == "were") && ts[m.last].low == "to" && (ts[m.first+1].low == "expected" || ts[m.first+1].low == "due") {
		return phrased{core: "Did " + sub.text + " " + render(rest), credit: "as was expected"}, true
	}
	return phrased{core: "Will " + sub.text + " " + render(rest)}, true
}
