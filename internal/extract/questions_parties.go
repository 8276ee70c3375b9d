package extract

import (
	"github.com/briefing-tools/briefing/internal/briefing"
)

// partyClaims asks about the results of fighting a party reports ("its
// Black Sea Fleet had destroyed four boats, the ministry said") when the
// document shows claims are disputed: it doubts, denies or hedges some.
func (a *questionStage) partyClaims(out []qdraft) []qdraft {
	contested := false
	for _, d := range out {
		switch d.kind {
		case briefing.Claim, briefing.Denial, briefing.Conflict:
			contested = true
		}
	}
	if !contested {
		return out
	}
	covered := coveredSentences(out)
	for s := range a.sentences {
		if covered[s] || a.sentenceKeys(s)&combatKey == 0 || !a.speechSentence(s) {
			continue
		}
		sen := a.sentences[s]
		if a.isHeadingSentence(sen.Start, sen.End) {
			continue
		}
		q := a.sentenceCtx(s)
		at, ok := q.attribution()
		if !ok || !q.partySource(at.source) && !q.selfReport(at) {
			continue
		}
		// "added that the claims Deif was the target … were baseless":
		// what is said is about claims, a verdict for the denial rules
		if k := at.from; k < at.to && k < len(q.ts) && (q.lx.claimNoun.hasTok(&q.ts[k]) ||
			k+1 < at.to && k+1 < len(q.ts) && q.lx.det.hasTok(&q.ts[k]) && q.lx.claimNoun.hasTok(&q.ts[k+1])) {
			continue
		}
		combat := -1
		for j := at.from; j < at.to && j < len(q.ts); j++ {
			// "the effort to intercept": an aim, not a result
			if q.lx.combat.hasTok(&q.ts[j]) && (j == 0 || q.ts[j-1].low != "to") {
				combat = j
				break
			}
		}
		if combat < 0 {
			continue
		}
		p, ok := q.statementBefore(s, -1)
		if !ok {
			continue
		}
		p.creditBy.verb = "claims"
		out = append(out, qdraft{
			text: p.text(), kind: briefing.Claim, statement: true,
			why:       briefing.Why{Rule: "party-claim", Cue: q.ts[at.verb].w + " … " + q.ts[combat].w},
			sentences: []int{s},
		})
	}
	return out
}

// coveredSentences marks the sentences the drafts already rest on: the
// passes that ask what a sentence reports leave those alone. What a
// sentence says will be done ("…, vowing to continue its attacks")
// leaves what it reports done still to ask.
func coveredSentences(drafts []qdraft) map[int]bool {
	covered := map[int]bool{}
	for _, d := range drafts {
		if d.kind == briefing.Intent {
			continue
		}
		for _, s := range d.sentences {
			covered[s] = true
		}
	}
	return covered
}

// speechSentence reports a sentence with a verb of speech or "according".
func (t *textView) speechSentence(s int) bool {
	first, last := t.wordsOfSentence(s)
	for j := first; j <= last && j < len(t.words); j++ {
		if t.words[j].lex&lexSpeech != 0 || t.lowerWord(j) == "according" {
			return true
		}
	}
	return false
}

// selfReport reports a source speaking of its own deeds: "fighters said
// they shot down …", "the group says its units …".
func (q *qctx) selfReport(at attrib) bool {
	src := q.trimSubject(at.source)
	if at.from >= at.to || at.from >= len(q.ts) || len(src) == 0 || q.lx.pronoun.hasTok(&src[0]) {
		return false
	}
	w := q.ts[at.from].low
	if w == "that" && at.from+1 < at.to {
		w = q.ts[at.from+1].low
	}
	switch w {
	case "we", "our":
		return true
	case "they", "their":
		return q.isPlural(src)
	case "it", "its":
		return !q.isPlural(src)
	}
	return false
}

// partySource reports a source that takes part in the fighting it
// reports: a state, an armed group, a military, ministry or government
// body, or someone speaking for one. Monitors, analysts and news outlets
// report claims rather than make them.
func (q *qctx) partySource(src []tok) bool {
	if len(src) == 1 && q.lx.pronoun.hasTok(&src[0]) {
		return false
	}
	// "the army", "the rebels": a party named by what it is
	if np := q.trimSubject(src); len(np) > 0 && q.lx.partyNoun.hasTok(&np[len(np)-1]) {
		return true
	}
	// "the group said": the armed group named before
	if np := q.trimSubject(src); len(np) > 0 && len(np) <= 2 && q.lx.groupReferents[np[len(np)-1].low] &&
		(len(np) == 1 || q.lx.det.hasTok(&np[0])) && q.a.lastNamed(q.s, briefing.Group) != "" {
		return true
	}
	// "security officials", "army sources": those who speak for one
	if np := q.trimSubject(src); len(np) > 1 && q.lx.partyVoice.hasTok(&np[len(np)-1]) &&
		(q.lx.partyNoun.hasTok(&np[len(np)-2]) || np[len(np)-2].low == "security") {
		return true
	}
	for _, t := range src {
		wi := int(t.wi)
		if wi < 0 {
			continue
		}
		d, _ := q.a.actorWord.get(wi)
		if d == nil {
			continue
		}
		switch d.kind {
		case briefing.State, briefing.Group:
			return true
		case briefing.Person:
			// a named person speaks for a side in a contested report, even
			// when the text does not say which ("Anna Petrosyan, an MP")
			return true
		case briefing.Organization:
			i, ok := q.a.ix.organizations.get(q.a.normKey(d.name))
			if !ok {
				return d.affiliation != ""
			}
			switch q.a.g.Organizations[i].Category {
			case "military", "command", "ministry", "government", "armed group", "agency", "party":
				return true
			}
		}
	}
	return false
}
