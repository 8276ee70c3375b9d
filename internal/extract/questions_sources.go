package extract

import (
	"slices"
	"strings"

	"github.com/briefing-tools/briefing/internal/briefing"
)

// attrib is who a sentence says its words come from, and the words
// they are credited with.
type attrib struct {
	source   []tok
	from, to int // the reported clause
	verb     int // the verb of speech (or "according")
}

// attribution finds the source of sentence q.ts: "X said (that) …",
// "…, X said", "according to X, …", "…, according to X".
func (q *qctx) attribution() (attrib, bool) {
	if !q.attrDone {
		q.attr, q.attrOK = q.findAttribution()
		q.attrDone = true
	}
	return q.attr, q.attrOK
}

func (q *qctx) findAttribution() (attrib, bool) {
	ts := q.ts
	n := len(ts)
	// "According to X, …"
	if n > 3 && ts[0].low == "according" && ts[1].low == "to" {
		for j := 2; j < n-1 && j < 14; j++ {
			if ts[j].brk {
				return attrib{source: ts[2 : j+1], from: j + 1, to: n, verb: 0}, true
			}
		}
	}
	for k := 1; k < n; k++ {
		w := ts[k].low
		// "…, according to X"
		if w == "according" && k+1 < n && ts[k+1].low == "to" && ts[k-1].brk {
			end := k + 2
			for end < n && !ts[end-1].brk || end == k+2 {
				end++
				if end >= n {
					break
				}
			}
			end = min(end, n)
			// "according to security sources told AFP": the sources
			for j := k + 3; j < end; j++ {
				if q.lx.speech.hasTok(&ts[j]) {
					end = j
					break
				}
			}
			return attrib{source: ts[k+2 : end], from: 0, to: k, verb: k}, true
		}
		if !q.lx.speech.hasTok(&ts[k]) || ts[k].quoted || ts[k].cap || q.lx.det.hasTok(&ts[k-1]) || strings.HasSuffix(ts[k-1].low, "'s") ||
			k+1 < n && q.lx.speech.hasTok(&ts[k+1]) || // "press reports say": the noun, then the verb
			ts[k-1].low == "to" || ts[k-1].low == "not" || strings.HasSuffix(ts[k-1].low, "n't") || q.lx.modal.hasTok(&ts[k-1]) {
			continue // "such claims": a noun; "United States": a name; "declined to say": nothing said
		}
		// "X, an alliance of groups, said …": the apposition skipped;
		// "the spokesperson, Mao Ning, said …": the name in apposition
		// (also with an adverb before the verb: "…, an MP, also says")
		kb := k
		if kb > 2 && q.lx.dropAdverb.hasTok(&ts[kb-1]) && ts[kb-2].brk {
			kb--
		}
		if ts[kb-1].brk {
			if b2 := q.lastBreakBefore(ts, kb-1); b2 >= 0 && kb-b2 <= 5 &&
				!slices.ContainsFunc(ts[b2+1:kb], func(t tok) bool { return !t.cap && !q.a.lexicon.NameParticles[t.low] }) {
				return attrib{source: ts[b2+1 : kb], from: q.reportedFrom(ts, k), to: n, verb: k}, true
			}
			if b2 := q.lastBreakBefore(ts, kb-1); b2 >= 0 && b2+1 < kb && q.opensApposition(ts, b2+1) {
				start := q.npStart(ts, b2+1, true)
				if start <= b2 && q.looksLikeSource(ts[start:b2+1]) {
					return attrib{source: ts[start : b2+1], from: q.reportedFrom(ts, k), to: n, verb: k}, true
				}
			}
		}
		// "…, X said" or "…, said X"
		if b := q.lastBreakBefore(ts, k); b >= 0 && k-b <= 8 {
			// "…, said the minister" (no verb after it), not "Mao Ning, said
			// the vessel was …"
			if k == b+1 && k+1 < n && q.opensSource(ts, k+1) && q.strongFinite(ts, k+1, n) < 0 {
				end := k + 1
				for end < n && end-k <= 8 && !ts[end-1].brk || end == k+1 {
					end++
					if end >= n {
						break
					}
				}
				return attrib{source: ts[k+1 : min(end, n)], from: 0, to: b + 1, verb: k}, true
			}
			src := ts[b+1 : k]
			if len(src) > 0 && src[0].low == "as" {
				// "…, as the minister confirmed"; "…, as confirmed by the
				// minister": the one after "by" when the verb is passive
				src = src[1:]
				if len(src) == 0 && k+2 < n && ts[k+1].low == "by" {
					// up to a comma or a preposition other than "of" ("…
					// by the minister during the launch")
					end := k + 3
					for end < n && !ts[end-1].brk && (ts[end].low == "of" || !q.lx.prep.hasTok(&ts[end])) {
						end++
					}
					src = ts[k+2 : end]
					if q.looksLikeSource(src) {
						return attrib{source: src, from: 0, to: b + 1, verb: k}, true
					}
				}
			}
			if len(src) > 0 && q.looksLikeSource(src) && (k+1 >= n || q.onlyTimeAfter(ts, k+1) || q.reportedFrom(ts, k) == k+1 && q.strongFinite(ts, k+1, n) < 0) {
				return attrib{source: src, from: 0, to: b + 1, verb: k}, true
			}
		}
		// "X said (that) …"; "X have told …": the perfect's auxiliary
		subjEnd := k
		if w := ts[k-1].low; (w == "has" || w == "have" || w == "had") && k > 1 {
			subjEnd = k - 1
		}
		start := q.subjectStart(ts, subjEnd)
		if start < subjEnd && q.looksLikeSource(ts[start:subjEnd]) {
			if from := q.reportedFrom(ts, k); from < n {
				return attrib{source: ts[start:subjEnd], from: from, to: q.stopAfter(ts, from), verb: k}, true
			}
		}
	}
	return attrib{}, false
}

// onlyTimeAfter reports that the words from i to the sentence's end say
// only when: "…, the rebels claimed on Sunday".
func (q *qctx) onlyTimeAfter(ts []tok, i int) bool {
	for _, t := range ts[i:] {
		if !q.lx.timeOpener.hasTok(&t) && !q.lx.timeWord.hasTok(&t) && t.low != "in" && t.low != "at" && !allDigits(t.low) {
			return false
		}
	}
	return i < len(ts)
}

// stopAfter returns the end of what a source is credited with from
// word i: a semicolon, a colon or a dash, else the sentence's end.
func (q *qctx) stopAfter(ts []tok, i int) int {
	for j := i; j < len(ts); j++ {
		if ts[j].stop {
			return j + 1
		}
	}
	return len(ts)
}

// reportedFrom returns where what was said begins after the verb of
// speech at k: after "that" when it comes within eight words ("said in a
// statement that …").
func (q *qctx) reportedFrom(ts []tok, k int) int {
	for j := k + 1; j < len(ts) && j <= k+12; j++ {
		if ts[j].low == "that" {
			return j + 1
		}
		if ts[j].brk {
			break
		}
	}
	// "told the BBC the operation involved …": whom it was told first
	if (ts[k].low == "told" || ts[k].low == "tells") && k+1 < len(ts) {
		e := q.nounEnd(ts, k+1)
		for j := k + 2; j < e; j++ {
			if q.lx.det.hasTok(&ts[j]) || q.lx.pronoun.hasTok(&ts[j]) {
				e = j // "the BBC | the operation …"
				break
			}
		}
		// (not "…, the agency told RFE/RL on Monday": nothing follows)
		if e > k+1 && e < len(ts) && !ts[e-1].brk && q.strongFinite(ts, e, len(ts)) >= 0 {
			k = e - 1
		}
	}
	// "said on Tuesday they had seized …": when it was said comes first
	j := k + 1
	for j < len(ts) && j <= k+4 && q.lx.timeOpener.hasTok(&ts[j]) {
		j++
	}
	if j > k+1 && j < len(ts) && q.lx.timeWord.hasTok(&ts[j]) && !ts[j].brk {
		for j+1 < len(ts) && q.lx.timeWord.hasTok(&ts[j+1]) && !ts[j].brk {
			j++ // "on Tuesday night"
		}
		return j + 1
	}
	return k + 1
}

// opensApposition reports a phrase after a comma that describes what
// comes before it: "an alliance of …", "speaking on condition …",
// "who …".
func (q *qctx) opensApposition(ts []tok, i int) bool {
	w := ts[i].low
	if ts[i].cap {
		return false
	}
	if w == "a" || w == "an" || w == "the" || w == "who" || w == "which" || w == "due" || strings.HasSuffix(w, "ing") {
		return true
	}
	// "Col. Nuur, spokesman for the SNA, said": a role without article
	if wi := int(ts[i].wi); wi >= 0 && q.a.is(wi, lexRoleNoun) {
		return true
	}
	// "The talks, scheduled for 4 March, …": a participle's phrase
	// any "-ed" word set off by a comma reads as one ("billed as …")
	_, participle := q.vb.participleBase(w)
	return participle || len(w) > 4 && strings.HasSuffix(w, "ed")
}

// opensSource reports a noun phrase after "said" that can be who said
// it: "said one health worker", not "said in a statement".
func (q *qctx) opensSource(ts []tok, i int) bool {
	w := ts[i].low
	return !q.lx.prep.hasTok(&ts[i]) && w != "that" && !q.lx.aux.hasTok(&ts[i]) && (q.lx.det.hasTok(&ts[i]) || ts[i].cap || w == "one")
}

// lastBreakBefore returns the last word before k that a break follows.
func (q *qctx) lastBreakBefore(ts []tok, k int) int {
	for j := k - 1; j >= 0; j-- {
		if ts[j].brk {
			return j
		}
	}
	return -1
}

// startsClause reports a word after a verb of speech that begins what
// was said ("said the drones struck …") rather than an adverbial.
func (q *qctx) startsClause(ts []tok, k int) bool {
	w := ts[k].low
	return w == "that" || q.lx.det.hasTok(&ts[k]) || q.lx.pronoun.hasTok(&ts[k]) && w != "this" || ts[k].cap && !q.properNoun(ts[k])
}

// looksLikeSource reports a short noun phrase that can say things.
func (q *qctx) looksLikeSource(np []tok) bool {
	np = q.trimSubject(np)
	if len(np) == 0 || len(np) > 8 {
		return false
	}
	for _, t := range np {
		if q.lx.aux.hasTok(&t) || q.lx.clauseStop.hasTok(&t) || q.lx.wh.hasTok(&t) {
			return false
		}
		if _, past := q.vb.pastBase(t.low); past && !t.cap && t.low != "united" {
			return false
		}
	}
	return true
}

// sourceText renders who says something, pronouns resolved.
func (q *qctx) sourceText(np []tok) subject {
	np = q.trimSubject(np)
	// "according to JNIM's claims": JNIM
	// "JNIM's claims", "the ministry's statement": the owner speaks
	if n := len(np); n >= 2 && q.lx.anaphor.hasTok(&np[n-1]) && (strings.HasSuffix(np[n-2].low, "'s") || strings.HasSuffix(np[n-2].low, "s'")) {
		np = np[:n-1]
	}
	if n := len(np); n > 0 && (strings.HasSuffix(np[n-1].low, "'s") || strings.HasSuffix(np[n-1].low, "s'")) {
		// "according to JNIM's claims", "the rebels' claims": the owner
		t := np[n-1]
		t.w = strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(t.w, "'s"), "’s"), "'")
		t.low = strings.TrimSuffix(strings.TrimSuffix(t.low, "'s"), "'")
		np = append(slices.Clone(np[:n-1]), t)
	}
	if len(np) > 1 && (np[0].low == "its" || np[0].low == "their") {
		return q.subjectOf(np)
	}
	if len(np) == 1 && quotedPointer(np[0]) {
		return subject{}
	}
	if len(np) == 1 && q.lx.pronoun.hasTok(&np[0]) {
		// "Authorities have said they suspect …": who spoke earlier in
		// this sentence
		if at, ok := q.attribution(); ok && at.verb < len(q.ts) && q.ts[at.verb].at < np[0].at {
			if src := q.trimSubject(at.source); len(src) > 0 && !q.lx.pronoun.hasTok(&src[0]) && src[0].at < np[0].at {
				return q.sourceText(src)
			}
		}
		// "It said …": who spoke in the sentence before
		if q.s > 0 && (np[0].low == "it" || np[0].low == "they") {
			prev := q.at(q.s - 1)
			if at, ok := prev.attribution(); ok {
				if src := prev.trimSubject(at.source); len(src) > 0 && !q.lx.pronoun.hasTok(&src[0]) {
					return prev.sourceText(src)
				}
			}
		}
		switch np[0].low {
		case "he", "she":
			if name := q.a.lastNamed(q.s, briefing.Person); name != "" {
				return subject{text: name}
			}
		case "it", "they":
			if d := q.a.lastActorBefore(q.s); d != nil {
				return subject{text: q.a.actorPhrase(d), plural: d.kind == briefing.Group}
			}
		}
		return subject{}
	}
	// "a Syrian analyst with sources on the ground named Zaid al Reys":
	// the name, else the head before its modifiers
	for i, t := range np {
		if t.low == "named" || t.low == "called" {
			if i+1 < len(np) && np[i+1].cap {
				return subject{text: render(np[i+1:])}
			}
		}
	}
	if len(np) > 4 {
		for i, t := range np {
			if i > 1 && (t.low == "with" || t.low == "from" || t.low == "who" || t.low == "in") {
				np = np[:i]
				break
			}
		}
	}
	if len(np) > 3 {
		for _, t := range np {
			if wi := int(t.wi); wi >= 0 {
				if d, _ := q.a.actorStart.get(wi); d != nil && d.kind == briefing.Person {
					return subject{text: d.name, person: true}
				}
			}
		}
	}
	sub := subject{text: q.nounPhrase(np), plural: q.isPlural(np)}
	for _, t := range np {
		if t.wi >= 0 {
			if d, _ := q.a.actorWord.get(int(t.wi)); d != nil && d.kind == briefing.Person {
				sub.person = true
			}
		}
	}
	return sub
}

// lastActorBefore returns the last organisation, state or group named up
// to the end of sentence s.
func (a *questionStage) lastActorBefore(s int) *actorDraft {
	before := a.mentionsIn(0, a.sentences[s].End)
	for i := len(before) - 1; i >= 0; i-- {
		if d := before[i].actor; d != nil && d.kind != briefing.Person {
			return d
		}
	}
	return nil
}
