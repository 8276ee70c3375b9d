package extract

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/briefing-tools/briefing/internal/briefing"
)

// A question is raised by a cue (data/questions.yaml) and phrased by the
// first wording rule, in the data's order, that fits the sentence. Each
// question keeps its rule and cue (Why) and the sentences it rests on.

// qdraft is a question before duplicates are merged.
type qdraft struct {
	text      string
	kind      briefing.QuestionKind
	why       briefing.Why
	sentences []int
	// statement: the question asks whether a credited statement is true
	statement bool
	// p is how it was phrased, for a later denial to join
	p phrased
}

// findQuestions turns the sentences that leave something open into
// questions, each with its sentences as evidence and links to the
// actors and assets they mention.
// The list is a buffer of a's, like actorItems.
func (a *analysis) findQuestions(items briefing.Items) []briefing.Question {
	a.indexMentions()
	qs := &a.qscratch
	qs.resetToks(len(a.sentences))
	qs.drafts = qs.drafts[:0] // a's buffer, reused by the next document
	var figs []figure
	for s := range a.sentences {
		keys := a.sentenceKeys(s)
		if keys&^combatKey == 0 {
			continue // the party claims' words are read later, if at all
		}
		// one context, made anew for each sentence: nothing keeps it
		q := &qs.ctx
		*q = qctx{a: a, lx: a.g.questions, vb: a.g.verbs, s: s, ts: a.sentenceToks(s), drafts: &qs.drafts}
		if keys&^(figureKey|combatKey) != 0 {
			a.questionsOf(q)
		}
		if keys&figureKey != 0 {
			figs = append(figs, q.figures()...)
		}
	}
	drafts := a.conflictingFigures(figs, qs.drafts)
	drafts = a.figuresAtOdds(drafts)
	drafts = a.partyClaims(drafts)
	qs.drafts = drafts
	return a.questionItems(a.mergeDrafts(drafts))
}

// sentenceKeys returns the rules whose key words sentence s holds (bit
// i: rule i; figureKey: a casualty word), with every rule's bit when it
// asks a question itself; 0 for a heading or a fragment.
func (a *analysis) sentenceKeys(s int) uint32 {
	c := &a.sentenceKeyCache[s]
	if !c.known {
		c.keys, c.known = a.findSentenceKeys(s), true
	}
	return c.keys
}

// sentenceKeyMemo remembers sentenceKeys' answer.
type sentenceKeyMemo struct {
	keys  uint32
	known bool
}

func (a *analysis) findSentenceKeys(s int) uint32 {
	sen := a.sentences[s]
	if a.isHeadingSentence(sen.Start, sen.End) || sen.End-sen.Start < 12 {
		return 0
	}
	var keys uint32
	first, last := a.wordsOfSentence(s)
	last = min(last, len(a.words)-1)
	for j := first; j <= last; j++ {
		w := &a.words[j]
		if w.lex&lexCue == 0 {
			continue
		}
		rules := a.ix.cueRules[w.id]
		keys |= rules & (figureKey | combatKey)
		if rules&^(figureKey|combatKey|cueStartBit) == 0 {
			continue
		}
		// the key word of a cue: does the cue stand around it?
		for _, kc := range a.g.questions.keyed[a.lowerWord(j)] {
			if keys&(1<<kc.cue.rule) == 0 && a.cueAtWords(kc, j, first, last) {
				keys |= 1 << kc.cue.rule
			}
		}
	}
	if strings.IndexByte(a.text[sen.Start:sen.End], '?') >= 0 {
		keys |= 1 << a.g.questions.explicitRule
	}
	return keys
}

// cueAtWords reports cue kc.cue around word j, its key, within the
// words first..last, comparing the tokenizer's words: a cheap test that
// finds every cue the rules will see (and, past commas, a few more).
func (a *analysis) cueAtWords(kc keyedCue, j, first, last int) bool {
	pat := kc.cue.pat
	// most keys stand alone: the words either side tell at once
	if p := kc.pos + 1; kc.oneWord && p < len(pat) && !pat[p].gap {
		if j+1 > last || !a.startsAlternative(&pat[p], j+1) {
			return false
		}
	}
	if p := kc.pos - 1; p >= 0 && !pat[p].gap {
		if j-1 < first || !a.endsAlternative(&pat[p], j-1) {
			return false
		}
	}
	// forwards from the key
	at := j
	for p := kc.pos; p < len(pat); p++ {
		if pat[p].gap {
			found := false
			for g := at; g <= last && g <= at+2*maxCueGap; g++ {
				if end, ok := a.wordsMatch(&pat[p+1], g, last); ok {
					at, p, found = end+1, p+1, true
					break
				}
			}
			if !found {
				return false
			}
			continue
		}
		end, ok := a.wordsMatch(&pat[p], at, last)
		if !ok {
			return false
		}
		at = end + 1
	}
	// backwards from the key
	at = j - 1
	for p := kc.pos - 1; p >= 0; p-- {
		if pat[p].gap {
			found := false
			for g := at; g >= first && g >= at-2*maxCueGap; g-- {
				if start, ok := a.wordsMatchBack(&pat[p-1], g, first); ok {
					at, p, found = start-1, p-1, true
					break
				}
			}
			if !found {
				return false
			}
			continue
		}
		start, ok := a.wordsMatchBack(&pat[p], at, first)
		if !ok {
			return false
		}
		at = start - 1
	}
	return true
}

// wordsMatch matches a pattern position at word i; it returns the last
// word matched.
func (a *analysis) wordsMatch(pt *ptok, i, last int) (int, bool) {
	if pt.oneWord {
		// one word: a set of numbers tells
		if i <= last && i >= 0 && i < len(a.words) && inSet(pt.firstSubs, a.subOf(i)) {
			return i, true
		}
		return 0, false
	}
	for _, ws := range pt.words {
		if i+len(ws)-1 > last || len(ws) == 0 {
			continue
		}
		ok := true
		for k, w := range ws {
			if !a.wordIs(i+k, w) {
				ok = false
				break
			}
		}
		if ok {
			return i + len(ws) - 1, true
		}
	}
	return 0, false
}

// startsAlternative reports word i as the first word of one of pt's
// alternatives: wordsMatch at i can succeed only then.
func (a *analysis) startsAlternative(pt *ptok, i int) bool {
	return i >= 0 && i < len(a.words) && inSet(pt.firstSubs, a.subOf(i))
}

// endsAlternative reports word i as the last word of one of pt's
// alternatives: wordsMatchBack ending at i can succeed only then.
func (a *analysis) endsAlternative(pt *ptok, i int) bool {
	return i >= 0 && i < len(a.words) && inSet(pt.lastSubs, a.subOf(i))
}

// subOf returns the number of word i, lower-cased, among the words of
// the cues (see qword.sub), 0 for none; looked up once per word.
func (a *analysis) subOf(i int) int32 {
	v := a.qscratch.subs[i]
	if v == 0 {
		v = a.g.questions.words.get(a.lowerWord(i)).sub + 1
		a.qscratch.subs[i] = v
	}
	return v - 1
}

// wordIs reports word i, lower-cased, to be w.
func (a *analysis) wordIs(i int, w string) bool {
	if i < 0 || i >= len(a.words) {
		return w == ""
	}
	wd := &a.words[i]
	return int(wd.end-wd.start) == len(w) && a.lower[wd.start:wd.end] == w
}

// wordsMatchBack matches a pattern position ending at word i; it returns
// the first word matched.
func (a *analysis) wordsMatchBack(pt *ptok, i, first int) (int, bool) {
	var tried uint64 // the lengths whose start was tried: it fails again
	for _, ws := range pt.words {
		start := i - len(ws) + 1
		if start < first || len(ws) == 0 {
			continue
		}
		if n := len(ws); n < 64 {
			if tried&(1<<n) != 0 {
				continue
			}
			tried |= 1 << n
		}
		if end, ok := a.wordsMatch(pt, start, i); ok && end == i {
			return start, true
		}
	}
	return 0, false
}

// questionsOf phrases the questions of q's sentence and appends them to
// q.drafts, where the rules find those of the sentences before.
func (a *analysis) questionsOf(q *qctx) {
	s := q.s
	out := q.drafts
	if d, ok := q.explicit(); ok {
		*out = append(*out, d)
		return
	}
	used := slices.Grow(a.qscratch.used[:0], len(q.ts))[:len(q.ts)]
	clear(used)
	a.qscratch.used = used
	for _, m := range q.cueMatches() {
		if slices.Contains(used[m.first:m.last+1], true) {
			continue
		}
		rule := &q.lx.rules[m.cue.rule]
		p, ok := rule.ask(q, m)
		if !ok || p.core == "" {
			continue
		}
		for j := m.first; j <= m.last; j++ {
			used[j] = true
		}
		if p.creditBy == nil && p.credit == "" && (p.counterBy == nil && p.counter == "") {
			q.creditSource(&p, m)
		}
		d := qdraft{
			text: p.text(), kind: p.kind, statement: p.statement, p: p,
			why:       briefing.Why{Rule: rule.name, Cue: oneLine(a.text[q.ts[m.first].at : q.ts[m.last].at+len(q.ts[m.last].w)])},
			sentences: append([]int{s}, p.linked...),
		}
		if p.joins > 0 {
			// the denial completes the claim asked before: one question
			// with both sides' evidence
			j := &(*out)[p.joins-1]
			j.text, j.p, j.why = d.text, p, d.why
			if p.kind != "" {
				j.kind = p.kind
			}
			if !slices.Contains(j.sentences, s) {
				j.sentences = append(j.sentences, s)
			}
			continue
		}
		if d.kind == "" {
			d.kind = m.cue.kind
		}
		if d.kind == "" {
			d.kind = rule.kind
		}
		if d.kind == "" {
			d.kind = questionKindOf(d.text)
		}
		if strings.HasPrefix(d.text, "When ") {
			d.kind = briefing.Timing
		}
		*out = append(*out, d)
	}
}

// creditSource names who says what a question asks about, when the
// sentence credits a source and the cue stands in what was said:
// "Analysts say the soldiers could be used …" → "…, as analysts say".
func (q *qctx) creditSource(p *phrased, m cueMatch) {
	at, ok := q.attribution()
	if !ok || m.first < at.from || m.first >= at.to {
		return
	}
	who := q.sourceText(at.source)
	if who.text == "" || strings.Contains(strings.ToLower(p.core), strings.ToLower(who.text)) && len(who.text) > 3 {
		return
	}
	p.creditBy = &voice{who: who, verb: "says"}
}

// explicit asks the question a sentence asks itself, outside quotation
// marks: "The question now is: will Islamabad respond?".
func (q *qctx) explicit() (qdraft, bool) {
	sen := q.a.sentences[q.s]
	raw := q.a.text[sen.Start:sen.End]
	// the test below, on the text as written: most sentences end otherwise
	if !strings.HasSuffix(strings.TrimRight(strings.TrimRightFunc(raw, unicode.IsSpace), `"”’)`), "?") {
		return qdraft{}, false
	}
	text := oneLine(raw)
	if !strings.HasSuffix(strings.TrimRight(text, `"”’)`), "?") || strings.HasPrefix(text, `"`) || strings.HasPrefix(text, "“") {
		return qdraft{}, false
	}
	t := explicitQuestion(text)
	return qdraft{text: t, kind: questionKindOf(t), why: briefing.Why{Rule: "explicit-question", Cue: "?"}, sentences: []int{q.s}}, true
}

// cueMatches finds every cue of the sentence, in the order the rules
// come (then by position, the longest first).
func (q *qctx) cueMatches() []cueMatch {
	out := q.a.qscratch.matches[:0]
	ts := q.ts
	for j := range ts {
		t := &ts[j]
		if t.wi < 0 || q.a.words[t.wi].id < 0 || q.a.ix.cueRules[q.a.words[t.wi].id]&cueStartBit == 0 {
			continue // most words begin no cue
		}
		first := q.a.cueNumber(t)
		cues := q.lx.byFirstCue[first]
		if len(cues) == 0 {
			continue
		}
		// the next word, when no cue it can continue, leaves only the cues
		// it does not decide
		next := int32(0)
		if j+1 < len(ts) && !t.brk {
			next = q.a.cueNumber(&ts[j+1])
		}
		if !inSet(q.lx.secondWords[first], next) {
			cues = q.lx.byFirstLoose[first]
		}
		for _, c := range cues {
			// the second word, when the cue has one, turns most away
			if len(c.pat) > 1 && !c.pat[1].gap {
				if j+1 >= len(ts) || t.brk || !c.pat[1].matchesNumber(q.a.cueNumber(&ts[j+1]), ts[j+1].low) {
					continue
				}
			}
			if last, ok := q.matchAt(c, j); ok {
				out = append(out, cueMatch{cue: c, first: j, last: last})
			}
		}
	}
	slices.SortStableFunc(out, func(a, b cueMatch) int {
		if a.cue.rule != b.cue.rule {
			return a.cue.rule - b.cue.rule
		}
		if a.first != b.first {
			return a.first - b.first
		}
		return b.last - a.last
	})
	q.a.qscratch.matches = out
	return out
}

// sentenceOpen reports a sentence whose cue leaves what it says open
// ("whether it would head toward X"): places there are no locations.
// The answer is remembered per sentence.
func (a *analysis) sentenceOpen(s int) bool {
	return a.sentenceKeys(s)&a.g.questions.openRules != 0
}

// mergeDrafts joins questions that say nearly the same thing: the first
// keeps its place, gains the other's evidence, and takes its wording
// when that one joins a claim to its denial.
func (a *analysis) mergeDrafts(drafts []qdraft) []qdraft {
	// merged in place: a question is written at or before where it was
	// read, and read before anything is written there
	out := drafts[:0]
	qs := &a.qscratch
	if qs.wordIDs.n > maxWordIDs {
		qs.wordIDs = internTable{} // between documents, never within one
	}
	// each question's content words as ids, in one buffer
	words := slices.Grow(qs.draftWords[:0], len(drafts))
	ids := qs.idBuf[:0]
	// in a long document, the questions each content word appears in:
	// only those can be near duplicates of a new one
	var byWord map[int32][]int
	if len(drafts) > 32 {
		byWord = map[int32][]int{}
	}
	for _, d := range drafts {
		// what is asked, without who says it
		core := d.p.core
		if core == "" {
			core = d.text
		}
		from := len(ids)
		ids = qs.contentIDs(ids, core)
		cw := ids[from:len(ids):len(ids)]
		i := -1
		if byWord != nil {
			i = nearDuplicateOf(words, cw, byWord)
		} else {
			i = nearDuplicate(words, cw)
		}
		if i >= 0 {
			o := &out[i]
			if len(d.sentences) > len(o.sentences) && d.kind != o.kind {
				o.text, o.kind, o.why = d.text, d.kind, d.why
				words[i] = cw
			}
			for _, s := range d.sentences {
				if !slices.Contains(o.sentences, s) {
					o.sentences = append(o.sentences, s)
				}
			}
			continue
		}
		out = append(out, d)
		words = append(words, cw)
		if byWord != nil {
			for _, w := range cw {
				byWord[w] = append(byWord[w], len(out)-1)
			}
		}
	}
	qs.draftWords, qs.idBuf = words[:0], ids[:0]
	return out
}

// nearDuplicateOf is nearDuplicate over the questions sharing a word
// with words (byWord lists them in order).
func nearDuplicateOf(known [][]int32, words []int32, byWord map[int32][]int) int {
	best := -1
	for _, w := range words {
		for _, i := range byWord[w] {
			if best >= 0 && i >= best {
				break // only an earlier one would win
			}
			if nearDuplicate(known[i:i+1], words) == 0 {
				best = i
			}
		}
	}
	return best
}

// questionItems makes the questions, linked to the items named in their
// sentences, into a's buffer.
func (a *analysis) questionItems(drafts []qdraft) []briefing.Question {
	out := a.questionList[:0]
	defer func() { a.questionList = out }()
	// links in a buffer of a's (the merger turns them into its own);
	// evidence of its own, which the merger keeps
	for _, d := range drafts {
		slices.Sort(d.sentences)
		q := briefing.Question{
			// no id: the merger numbers questions by their text
			Text: d.text, Kind: d.kind, Cue: d.why.Cue, Origin: briefing.Extracted, Why: d.why,
		}
		q.Evidence = make([]briefing.Span, 0, len(d.sentences))
		actors, assets := len(a.refBuf), 0
		for _, s := range d.sentences {
			sen := a.sentences[s]
			q.Evidence = append(q.Evidence, briefing.Span{Doc: a.doc.ID, Start: sen.Start, End: sen.End})
			for _, m := range a.mentionsIn(sen.Start, sen.End) {
				if m.actor != nil && !slices.Contains(a.refBuf[actors:], m.actor.key) {
					a.refBuf = append(a.refBuf, m.actor.key)
				}
			}
		}
		assets = len(a.refBuf)
		for _, s := range d.sentences {
			sen := a.sentences[s]
			for _, m := range a.mentionsIn(sen.Start, sen.End) {
				if m.asset != nil && !slices.Contains(a.refBuf[assets:], m.asset.key) {
					a.refBuf = append(a.refBuf, m.asset.key)
				}
			}
		}
		if assets > actors {
			q.Actors = a.refBuf[actors:assets:assets]
		}
		if len(a.refBuf) > assets {
			q.Assets = a.refBuf[assets:len(a.refBuf):len(a.refBuf)]
		}
		out = append(out, q)
	}
	return out
}

// mentionAt is one mention of an actor or asset, by where it starts.
type mentionAt struct {
	start int
	actor *actorDraft
	asset *assetDraft
}

// indexMentions orders every mention found by position, so that the
// questions can find the items of a sentence by binary search. Mentions
// start at words, so a counting sort by first word orders them in one
// pass, actors before assets at the same word.
func (a *analysis) indexMentions() {
	count := slices.Grow(a.mentionCount[:0], len(a.words)+1)[:len(a.words)+1]
	clear(count)
	total := 0
	for _, d := range a.actors {
		for _, m := range d.mentions {
			count[m.first+1]++
			total++
		}
	}
	for _, d := range a.assets {
		for _, m := range d.mentions {
			count[m.first+1]++
			total++
		}
	}
	for i := 1; i < len(count); i++ {
		count[i] += count[i-1]
	}
	a.mentionIdx = slices.Grow(a.mentionIdx[:0], total)[:total]
	place := func(first int, m mentionAt) {
		a.mentionIdx[count[first]] = m
		count[first]++
	}
	for _, d := range a.actors {
		for _, m := range d.mentions {
			place(m.first, mentionAt{start: int(a.words[m.first].start), actor: d})
		}
	}
	for _, d := range a.assets {
		for _, m := range d.mentions {
			place(m.first, mentionAt{start: int(a.words[m.first].start), asset: d})
		}
	}
	a.mentionCount = count
}

// mentionsIn returns the mentions starting in [start, end).
func (a *analysis) mentionsIn(start, end int) []mentionAt {
	lo := sort.Search(len(a.mentionIdx), func(i int) bool { return a.mentionIdx[i].start >= start })
	hi := sort.Search(len(a.mentionIdx), func(i int) bool { return a.mentionIdx[i].start >= end })
	return a.mentionIdx[lo:hi]
}

func (a *analysis) isHeadingSentence(start, end int) bool {
	b, ok := a.doc.BlockAt(start)
	return ok && b.Kind == briefing.Heading && end <= b.End
}

// explicitQuestion cleans a question the text asks itself: "The
// question now is: will Islamabad respond?" → "Will Islamabad respond?".
func explicitQuestion(text string) string {
	text = strings.TrimRight(text, `"”’) `)
	if i := strings.LastIndex(text, ": "); i >= 0 && i < len(text)-3 {
		text = text[i+2:]
	}
	text = strings.TrimLeft(text, `-–—•*"“ `)
	return upperFirst(text)
}

// lastNamed returns the last person (or other kind) named up to the end
// of sentence s, by surname.
func (a *analysis) lastNamed(s int, kind briefing.ActorKind) string {
	before := a.mentionsIn(0, a.sentences[s].End)
	for i := len(before) - 1; i >= 0; i-- {
		if d := before[i].actor; d != nil && d.kind == kind {
			// "Cooper"; "Kim Jong Un" whole, whose surname comes first
			if parts := strings.Fields(d.name); len(parts) == 2 {
				return parts[1]
			}
			return d.name
		}
	}
	return ""
}

// lastAsset returns the last specific asset named before sentence s.
func (a *analysis) lastAsset(s int) string {
	before := a.mentionsIn(0, a.sentences[s].Start)
	for i := len(before) - 1; i >= 0; i-- {
		// "it": one thing, not a class, a kind of thing or a force of
		// several ("nine squadrons")
		if d := before[i].asset; d != nil && d.kind != "generic" && d.kind != "class" && !(d.kind == "unit" && d.quantity != "") {
			return strings.Replace("the "+d.name, "the USS ", "USS ", 1)
		}
	}
	return ""
}

// actorPhrase names an actor as a sentence would: states and
// organisations with the article their names take ("the Netherlands",
// "the Houthis"), groups with "the", people bare.
func (a *analysis) actorPhrase(d *actorDraft) string {
	article := ""
	switch d.kind {
	case briefing.State:
		if i, ok := a.ix.states[normalizeKey(d.name)]; ok {
			article = a.g.States[i].Article
		}
	case briefing.Organization, briefing.Group:
		if i, ok := a.ix.organizations[normalizeKey(d.name)]; ok && a.g.Organizations[i].Article != "" {
			article = a.g.Organizations[i].Article
		} else if strings.Contains(d.name, " ") && !strings.HasPrefix(d.name, "The ") || d.kind == briefing.Group {
			article = "the"
		}
	}
	return strings.TrimSpace(article + " " + d.name)
}

// subjectActor returns the first actor named in sentence s.
func (a *analysis) subjectActor(s int) *actorDraft {
	for _, m := range a.mentionsIn(a.sentences[s].Start, a.sentences[s].End) {
		if m.actor != nil {
			return m.actor
		}
	}
	return nil
}

// topicOf names what sentence s (or the one before) is about: its first
// asset, else its first actor.
func (a *analysis) topicOf(s int) string {
	for _, k := range []int{s, s - 1} {
		if k < 0 {
			continue
		}
		for _, m := range a.mentionsIn(a.sentences[k].Start, a.sentences[k].End) {
			if m.asset != nil {
				return m.asset.name
			}
		}
		if d := a.subjectActor(k); d != nil {
			return d.name
		}
	}
	return ""
}

// finish makes a phrase a question: a capital first letter, one space
// between words, a question mark at the end.
func finish(s string) string {
	s = strings.TrimRight(oneLine(s), " ,;:.!?-–—")
	if s == "" {
		return ""
	}
	r, size := utf8.DecodeRuneInString(s)
	var b strings.Builder
	b.Grow(len(s) + utf8.UTFMax + 1)
	b.WriteRune(unicode.ToUpper(r))
	b.WriteString(s[size:])
	b.WriteByte('?')
	return b.String()
}

// nearDuplicate finds a question that says nearly the same thing, by the
// overlap of their content words.
func nearDuplicate(known [][]int32, words []int32) int {
	for i, other := range known {
		common := commonCount(words, other)
		union := len(words) + len(other) - common
		if union > 0 && float64(common)/float64(union) >= 0.6 || common == len(words) && common >= 2 || common == len(other) && common >= 2 {
			return i
		}
	}
	return -1
}

// isStopWord reports a word that carries no meaning of its own.
func isStopWord(w string) bool {
	switch w {
	case "the", "a", "an", "of", "to", "in", "on", "and", "or",
		"will", "would", "is", "was", "did", "does", "be", "it",
		"for", "with", "at", "by", "that", "this", "has", "have",
		"as", "says", "say", "claims", "which", "were", "are", "do":
		return true
	}
	return false
}

// qscratch holds the questions' buffers, reused from one document to
// the next.
type qscratch struct {
	// wordIDs numbers the content words met, so that questions compare
	// numbers rather than strings; kept across documents, up to a bound
	wordIDs    internTable
	lowBuf     []byte
	drafts     []qdraft // findQuestions' buffer
	subs       []int32  // by word: 1 + subOf's answer, 0 before it is asked
	ctx        qctx     // and the context of its sentence
	pred       []tok    // askModal's buffer
	idBuf      []int32
	draftWords [][]int32
	matches    []cueMatch // cueMatches' buffer
	used       []bool     // questionsOf's
	// the toks of the sentences split so far (see sentenceToks)
	toks            []tok
	toksAt, toksEnd []int32 // by sentence; -1: not split yet
}

// maxWordIDs bounds wordIDs: past it, the numbering starts again.
const maxWordIDs = 1 << 16

// contentIDs appends to out the ids of the words of s that carry
// meaning, lower-cased, sorted and without repeats: the same set of
// words for any two questions as comparing the words themselves.
func (qs *qscratch) contentIDs(out []int32, s string) []int32 {
	from := len(out)
	if isASCII(s) {
		// the usual question: each field's word lower-cased into a
		// buffer as it is read, its punctuation then trimmed (see
		// trimASCIIPunct), and hashed
		b := qs.lowBuf
		for i := 0; i < len(s); {
			for i < len(s) && asciiSpace[s[i]] {
				i++
			}
			for i < len(s) && (asciiLeadPunct[s[i]] || asciiTrailPunct[s[i]]) {
				i++
			}
			b = b[:0]
			for i < len(s) && !asciiSpace[s[i]] {
				c := s[i]
				if 'A' <= c && c <= 'Z' {
					c += 'a' - 'A'
				}
				b = append(b, c)
				i++
			}
			for len(b) > 0 && asciiTrailPunct[b[len(b)-1]] {
				b = b[:len(b)-1]
			}
			if len(b) == 0 {
				continue
			}
			if id := qs.wordIDs.number(b); id >= 0 {
				out = append(out, id)
			}
		}
		qs.lowBuf = b
		ids := out[from:]
		slices.Sort(ids)
		return out[:from+len(slices.Compact(ids))]
	}
	for i := 0; i < len(s); {
		// the fields of s, as strings.Fields splits them
		if c := s[i]; c < utf8.RuneSelf {
			if asciiSpace[c] {
				i++
				continue
			}
		} else if r, size := utf8.DecodeRuneInString(s[i:]); unicode.IsSpace(r) {
			i += size
			continue
		}
		start := i
		var wide bool
		i, wide, _ = fieldEnd(s, i)
		// lower-casing maps each field on its own as it would the whole
		// text, and never makes or unmakes punctuation or spaces
		var w []byte
		if wide {
			w = trimPunctBytes(qs.lowerWord(s[start:i]))
		} else {
			w = qs.lowerASCII(trimASCIIPunct(s[start:i]))
		}
		if len(w) == 0 {
			continue
		}
		if id := qs.wordIDs.number(w); id >= 0 {
			out = append(out, id)
		}
	}
	ids := out[from:]
	slices.Sort(ids)
	return out[:from+len(slices.Compact(ids))]
}

// trimASCIIPunct is trimPunctBytes of an ASCII word: punctuation that
// may lead or trail is taken from its front, then what may trail from
// its end.
func trimASCIIPunct(f string) string {
	lo, hi := 0, len(f)
	for lo < hi && (asciiLeadPunct[f[lo]] || asciiTrailPunct[f[lo]]) {
		lo++
	}
	for hi > lo && asciiTrailPunct[f[hi-1]] {
		hi--
	}
	return f[lo:hi]
}

// lowerASCII lower-cases an ASCII word into qs's buffer.
func (qs *qscratch) lowerASCII(f string) []byte {
	b := qs.lowBuf[:0]
	for i := 0; i < len(f); i++ {
		c := f[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	qs.lowBuf = b
	return b
}

// internTable numbers words in the order they are first met, stop words
// -1, in an open-addressing table keyed by the words' FNV hash.
type internTable struct {
	slots []internSlot
	n     int // words held
}

type internSlot struct {
	hash uint32
	id   int32 // 1 + the word's number, or 0 for a stop word
	word string
}

// number returns the number of w, or -1 for a stop word.
func (t *internTable) number(w []byte) int32 {
	h := fnvOffset
	for _, c := range w {
		h = hashByte(h, c)
	}
	return t.numberHashed(w, h)
}

// numberHashed is number of w, whose hash is h.
func (t *internTable) numberHashed(w []byte, h uint32) int32 {
	if 2*(t.n+1) > len(t.slots) {
		t.grow()
	}
	mask := uint32(len(t.slots) - 1)
	i := h & mask
	for ; t.slots[i].word != ""; i = (i + 1) & mask {
		if s := &t.slots[i]; s.hash == h && s.word == string(w) {
			return s.id - 1
		}
	}
	word := string(w)
	id := int32(0)
	if !isStopWord(word) {
		id = int32(t.n + 1)
	}
	t.slots[i] = internSlot{hash: h, id: id, word: word}
	t.n++
	return id - 1
}

func (t *internTable) grow() {
	old := t.slots
	t.slots = make([]internSlot, max(1024, 2*len(old)))
	mask := uint32(len(t.slots) - 1)
	for _, s := range old {
		if s.word == "" {
			continue
		}
		i := s.hash & mask
		for t.slots[i].word != "" {
			i = (i + 1) & mask
		}
		t.slots[i] = s
	}
}

// lowerWord lower-cases f as strings.ToLower does, into qs's buffer.
func (qs *qscratch) lowerWord(f string) []byte {
	b := qs.lowBuf[:0]
	ascii := true
	for i := 0; i < len(f); i++ {
		if f[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		for i := 0; i < len(f); i++ {
			c := f[i]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
		}
	} else {
		b = append(b, strings.ToLower(f)...)
	}
	qs.lowBuf = b
	return b
}

// trimPunctBytes strips punctuation around a word: quotes, brackets
// and sentence marks.
func trimPunctBytes(w []byte) []byte {
	for len(w) > 0 {
		r, size := utf8.DecodeRune(w)
		if isTrailPunct(r) || isLeadPunct(r) {
			w = w[size:]
			continue
		}
		r, size = utf8.DecodeLastRune(w)
		if isTrailPunct(r) {
			w = w[:len(w)-size]
			continue
		}
		break
	}
	return w
}

// commonCount counts the members two sorted sets share.
func commonCount(a, b []int32) int {
	n := 0
	for len(a) > 0 && len(b) > 0 {
		switch {
		case a[0] == b[0]:
			n++
			a, b = a[1:], b[1:]
		case a[0] < b[0]:
			a = a[1:]
		default:
			b = b[1:]
		}
	}
	return n
}

// offsetIn returns where sub starts in s. sub must be a piece of s
// itself, as the fields strings.FieldsSeq yields are, not an equal copy.
func offsetIn(s, sub string) int {
	return int(uintptr(unsafe.Pointer(unsafe.StringData(sub))) - uintptr(unsafe.Pointer(unsafe.StringData(s))))
}
