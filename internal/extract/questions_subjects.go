package extract

import (
	"slices"
	"strings"

	"github.com/briefing-tools/briefing/internal/briefing"
)

// subject is a rendered noun phrase and its number.
type subject struct {
	text   string
	plural bool
	// person: a named person, referred to by name, never "it"
	person bool
}

func (q *qctx) subjectOf(np []tok) subject {
	np = q.trimSubject(np)
	if len(np) == 0 {
		return subject{}
	}
	if len(np) == 1 {
		if quotedPointer(np[0]) {
			return subject{}
		}
		if r, ok := q.resolveAt(np[0].low, np[0].at); ok {
			return r
		}
	}
	sub := subject{text: q.nounPhrase(np), plural: q.isPlural(np)}
	// "their effectiveness": the owner named when an earlier clause of
	// the sentence names it; "its Black Sea Fleet": "the Black Sea Fleet"
	switch np[0].low {
	case "its", "their":
		if len(np) == 1 {
			return subject{}
		}
		sub.text = "the " + render(np[1:])
		if np[0].low == "their" {
			if r, ok := q.clauseSubjectBefore(np[0].at, true); ok {
				sub.text = possessive(r.text) + " " + render(np[1:])
			}
		}
	}
	return sub
}

// clauseSubjectBefore returns the subject of an earlier clause of the
// sentence, before byte offset at, when its number agrees.
func (q *qctx) clauseSubjectBefore(at int, plural bool) (subject, bool) {
	return q.clauseSubjectWhere(at, plural, func([]tok) bool { return true })
}

// clauseSubjectWhere is clauseSubjectBefore taking the first subject
// that accept allows.
func (q *qctx) clauseSubjectWhere(at int, plural bool, accept func(np []tok) bool) (subject, bool) {
	ts := q.ts
	limit := 0
	for limit < len(ts) && ts[limit].at < at {
		limit++
	}
	for cs := 0; cs < limit; {
		end := min(q.clauseEnd(ts, cs), limit)
		if at, ok := q.attribution(); ok && at.from > cs && at.from < end {
			cs = at.from
		}
		if k := q.finite(ts, cs, end); k > cs {
			np := q.trimSubject(ts[cs:k])
			if len(np) > 0 && !q.lx.pronoun.hasTok(&np[0]) && np[0].low != "their" && q.isPlural(np) == plural {
				if accept(np) {
					return subject{text: q.nounPhrase(np), plural: plural}, true
				}
			}
		}
		if end <= cs {
			break
		}
		cs = end
	}
	return subject{}, false
}

// trimSubject drops words around a noun phrase that are not part of it:
// openers ("meanwhile", "with") and adverbs after it ("potentially").
func (q *qctx) trimSubject(np []tok) []tok {
	// "the Niels Juel, an Iver Huitfeldt-class frigate,": the name, not
	// its description
	for i := 0; i+1 < len(np); i++ {
		if np[i].brk && (np[i+1].low == "a" || np[i+1].low == "an") {
			np = np[:i+1]
			break
		}
	}
	for len(np) > 0 {
		// "That attack came after …": a sentence's first "That" points
		// back, and the question says "the attack"
		if np[0].low == "that" && np[0].cap && len(np) > 1 && !q.lx.det.hasTok(&np[1]) && !q.lx.pronoun.hasTok(&np[1]) && !np[1].cap {
			np = append([]tok{synth("the")}, np[1:]...)
			break
		}
		if q.lx.subjectOpener.hasTok(&np[0]) {
			np = np[1:]
			continue
		}
		// "On Tuesday the ministry …", "Late on Monday the army …": a time
		// before the subject, without the comma that would set it off
		k := 0
		for k < len(np) && k < 2 && q.lx.timeOpener.hasTok(&np[k]) {
			k++
		}
		if k > 0 && k < len(np)-1 && q.lx.timeWord.hasTok(&np[k]) {
			np = np[k+1:]
			continue
		}
		break
	}
	// "officials suggesting human error may have …": what the gerund of
	// saying reports is the subject
	for k := 1; k+1 < len(np); k++ {
		if base, ok := q.vb.gerundBase(np[k].low); ok && q.lx.reportBase.has(base) && !np[k].cap && !q.lx.det.hasTok(&np[k-1]) {
			np = np[k+1:]
			break
		}
	}
	for len(np) > 0 {
		w := np[len(np)-1]
		if w.cap || !(strings.HasSuffix(w.low, "ly") && len(w.low) > 4 && !q.lx.lyNoun.hasTok(&w) || w.low == "also" || w.low == "now" || w.low == "again") {
			break
		}
		np = np[:len(np)-1]
		// "It also more broadly claimed": the adverb's degree goes too
		if n := len(np); n > 1 && strings.HasSuffix(w.low, "ly") && (np[n-1].low == "more" || np[n-1].low == "most" || np[n-1].low == "less") {
			np = np[:n-1]
		}
	}
	// "…, later identified it": an adverb alone is no subject
	if len(np) == 1 && q.lx.dropAdverb.hasTok(&np[0]) {
		return nil
	}
	return np
}

func possessive(s string) string {
	if strings.HasSuffix(s, "s") {
		return s + "'"
	}
	return s + "'s"
}

// resolve finds what a pronoun stands for: a person for he and she, the
// subject of an earlier clause or sentence for it and they.
func (q *qctx) resolve(pronoun string) (subject, bool) {
	end := 0
	if len(q.ts) > 0 {
		end = q.ts[len(q.ts)-1].at
	}
	return q.resolveAt(pronoun, end)
}

// resolveAt resolves a pronoun standing at byte offset at: only what
// comes before it can be what it stands for.
func (q *qctx) resolveAt(pronoun string, at int) (subject, bool) {
	switch pronoun {
	case "he", "she":
		if name := q.a.lastNamed(q.s, briefing.Person); name != "" {
			return subject{text: name}, true
		}
	case "it", "they":
		plural := pronoun == "they"
		// "the port has been closed, and it remains unclear when it will
		// reopen": an earlier clause of the sentence first
		if sub, ok := q.clauseSubjectBefore(at, plural); ok && !strings.EqualFold(sub.text, pronoun) {
			return sub, true
		}
		if sub, ok := q.earlierSubject(plural); ok {
			// "A drone crashed. … identified it as …": the drone, known now
			sub.text = definiteArticle(sub.text)
			return sub, true
		}
		if !plural {
			if name := q.a.lastAsset(q.s); name != "" {
				return subject{text: name}, true
			}
		}
	}
	return subject{}, false
}

// quotedPointer reports a "they" or "it" inside a quotation: "\"They are
// believed to be old players,\" Sitompul said" does not say whom the
// speaker means, and no earlier subject stands for it.
func quotedPointer(t tok) bool {
	return t.quoted && (t.low == "they" || t.low == "it")
}

// earlierSubject returns the subject of the sentence before (or of an
// earlier clause of this one) when its number agrees.
func (q *qctx) earlierSubject(plural bool) (subject, bool) {
	if q.s == 0 {
		return subject{}, false
	}
	inner := q.at(q.s - 1)
	prev := inner.ts
	// the clause after a reporting verb, else the sentence's own
	from := 0
	if at, ok := inner.attribution(); ok && at.from < at.to {
		from = at.from
	}
	k := inner.finite(prev, from, inner.clauseEnd(prev, from))
	if k <= from {
		return subject{}, false
	}
	np := inner.trimSubject(prev[from:k])
	if len(np) == 1 && q.lx.pronoun.hasTok(&np[0]) && from > 0 {
		// "China announced that it would …": the source speaks of itself
		if at, ok := inner.attribution(); ok && inner.speaksOf(np[0].low, inner.sourceText(at.source)) {
			np = inner.trimSubject(at.source)
		}
	}
	if len(np) == 0 || q.lx.pronoun.hasTok(&np[0]) && len(np) == 1 {
		return subject{}, false
	}
	// "they" may stand for a state or an organisation by its name
	isPlural := inner.isPlural(np)
	if isPlural != plural && !(plural && np[len(np)-1].cap) {
		return subject{}, false
	}
	return subject{text: inner.nounPhrase(np), plural: isPlural}, true
}

// pastPrepAsides returns where the words before the verb at word i end
// once asides set off by commas that open with a preposition are passed
// over ("a spokesman, in a phone message, said"); i when there is none.
func (q *qctx) pastPrepAsides(i int) int {
	ts := q.ts
	k := i
	for k > 1 && ts[k-1].brk && !ts[k-1].stop {
		st := q.lastBreakBefore(ts, k-1) + 1
		if st >= k-1 || !q.lx.prep.hasTok(&ts[st]) {
			break
		}
		k = st
	}
	return k
}

// subjectBeforeApposition reads the subject of a verb opening a clause
// at word cs after an apposition: "Militants of the group, an affiliate
// of al-Qaeda, have claimed" → "Militants of the group".
func (q *qctx) subjectBeforeApposition(cs int) subject {
	ts := q.ts
	app := q.lastBreakBefore(ts, cs-1) + 1 // the apposition's first word
	if app >= cs-1 || app == 0 || ts[app].low != "a" && ts[app].low != "an" && ts[app].low != "the" {
		return subject{}
	}
	st := q.lastBreakBefore(ts, app-1) + 1
	if st >= app || q.strongFinite(ts, st, app) >= 0 {
		return subject{}
	}
	return q.subjectOf(q.trimSubject(ts[st:app]))
}

// verbGroupStart is where the verb group that word i ends begins: back
// over auxiliaries, forms of "be" and the adverbs between them ("have
// been accused", "was also reportedly killed").
func (q *qctx) verbGroupStart(ts []tok, i int) int {
	for i > 0 && (q.lx.aux.hasTok(&ts[i-1]) || q.lx.beForm.hasTok(&ts[i-1]) || q.lx.dropAdverb.hasTok(&ts[i-1])) {
		i--
	}
	return i
}

// auxBefore is the auxiliary that word k follows, past the adverbs
// between them ("was also apparently killed"), or -1.
func (q *qctx) auxBefore(ts []tok, k int) int {
	j := k - 1
	for j >= 0 && q.lx.dropAdverb.hasTok(&ts[j]) {
		j--
	}
	if j >= 0 && q.lx.aux.hasTok(&ts[j]) {
		return j
	}
	return -1
}

// passive reports a verb group with an auxiliary or a form of "be" in
// it: "is accused", "have been accused", not "accused".
func (q *qctx) passive(group []tok) bool {
	return slices.ContainsFunc(group, func(t tok) bool { return q.lx.aux.hasTok(&t) || q.lx.beForm.hasTok(&t) })
}

// subjectOfGroup is the noun phrase a verb group starting at word v has
// as subject: the words before it, past a reflexive that only stresses
// it, and for a relative clause ("the colonel, who himself is accused
// …") the thing the clause is about.
func (q *qctx) subjectOfGroup(ts []tok, v int) []tok {
	st := q.subjectStart(ts, v)
	np := ts[st:v]
	personal := false
	for len(np) > 0 && q.lx.reflexive.hasTok(&np[len(np)-1]) {
		personal = personal || np[len(np)-1].low == "himself" || np[len(np)-1].low == "herself"
		np = np[:len(np)-1]
	}
	if len(np) == 0 && st > 0 {
		ante := q.relativeAntecedent(ts, st-1)
		if personal {
			// "It is not the first time Colonel Ruto, who himself …": a
			// person, so the name the phrase ends with
			n := len(ante)
			for n > 0 && (ante[n-1].cap || q.a.lexicon.NameParticles[ante[n-1].low]) {
				n--
			}
			if n < len(ante) && ante[n].cap {
				ante = ante[n:]
			}
		}
		return ante
	}
	return np
}

// deedOf puts a gerund phrase as the verb phrase of a "Did" question:
// "shelling the hospital" → "shell the hospital", and the perfect
// "having illegally entered the reserve" → "illegally enter the
// reserve".
func (q *qctx) deedOf(ts []tok) (string, bool) {
	base, ok := q.vb.gerundBase(firstLow(ts))
	if !ok {
		return "", false
	}
	if base == "have" {
		j := 1
		for j < len(ts) && q.adverb(&ts[j]) {
			j++
		}
		if j < len(ts) {
			if b, ok := q.vb.participleBase(ts[j].low); ok {
				deed := append(slices.Clone(ts[1:j]), synth(b))
				return render(append(deed, ts[j+1:]...)), true
			}
		}
	}
	return strings.TrimSpace(base + " " + render(ts[1:])), true
}

// aside reports a word that stands between commas without being a noun
// phrase of its own ("undeterred", "however"), so what comes before the
// commas is still the subject of the verb after them.
func (q *qctx) aside(t *tok) bool {
	return !t.cap && len(t.low) > 3 && !q.lx.det.hasTok(t) && !q.lx.pronoun.hasTok(t) && !q.lx.aux.hasTok(t) &&
		!q.lx.prep.hasTok(t) && !q.lx.subjectBound.hasTok(t) && !q.isPlural([]tok{*t}) && !strings.ContainsAny(t.low, "0123456789")
}

// adverb reports a word that qualifies a verb: one the lexicon drops
// between an auxiliary and its verb, or a word in -ly that is not a
// noun or an adjective ("illegally", not "family").
func (q *qctx) adverb(t *tok) bool {
	return q.lx.dropAdverb.hasTok(t) || strings.HasSuffix(t.low, "ly") && !q.lx.lyNoun.hasTok(t)
}

// extraposedSubject reads the subject of a clause whose relative clause
// stands after its verb, "that" at word that: "A video emerged on Monday
// that reportedly shows …" is about the video.
func (q *qctx) extraposedSubject(ts []tok, that int) []tok {
	v := that - 1
	// back over a short adverbial: "on Monday", "online"
	for v > 0 && that-v <= 4 && !q.lx.appearVerb.hasTok(&ts[v]) && !ts[v].brk {
		v--
	}
	if v <= 0 || !q.lx.appearVerb.hasTok(&ts[v]) {
		return nil
	}
	for v > 0 && q.lx.dropAdverb.hasTok(&ts[v-1]) {
		v-- // "also circulated"
	}
	if st := q.subjectStart(ts, v); st < v {
		return ts[st:v]
	}
	return nil
}
