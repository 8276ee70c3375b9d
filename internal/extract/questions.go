package extract

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/briefing-tools/briefing/internal/briefing"
	"github.com/briefing-tools/briefing/internal/sentence"
)

// A cue is a word or phrase that leaves something open. Strong cues
// always raise a question; weak ones (modals) only when an actor or
// asset is what they hedge.
type cue struct {
	phrase string
	strong bool
}

var questionCues = []cue{
	{"whether", true}, {"unclear", true}, {"not clear", true}, {"unknown", true}, {"not known", true},
	{"not yet known", true}, {"remains to be seen", true}, {"declined to say", true}, {"did not say", true},
	{"would not say", true}, {"declined to comment", true}, {"not confirmed", true}, {"has not confirmed", true},
	{"have not confirmed", true}, {"could not be verified", true}, {"could not be independently verified", true},
	{"could not be confirmed", true}, {"could not be independently confirmed", true}, {"cannot be verified", true},
	{"cannot confirm", true}, {"could not confirm", true}, {"unable to confirm", true}, {"did not confirm", true},
	{"cannot verify", true}, {"could not verify", true},
	{"can not be verified", true}, {"denied", true}, {"not been identified", true}, {"not been announced", true},
	{"not been established", true}, {"not been disclosed", true}, {"not yet established", true},
	{"kept secret", true}, {"speculated", true}, {"guessing", true}, {"no sign", true}, {"not likely", true},
	{"unlikely", true}, {"in the event that", true}, {"remains unknown", true}, {"not known", true},
	{"may", false}, {"might", false}, {"could", false}, {"possible", false}, {"possibly", false},
	{"likely", false}, {"expected to", false}, {"estimates", false},
}

// candidate is a sentence that raises a question, before merging.
type candidate struct {
	text     string
	cue      string
	kind     briefing.QuestionKind
	sentence int
}

// findQuestions turns the sentences that leave something open into
// questions, each with the sentence as evidence and links to the actors
// and assets it mentions.
// The list is a buffer of a's, like actorItems.
func (a *analysis) findQuestions(items briefing.Items) []briefing.Question {
	a.indexMentions()
	out := a.questionList[:0]
	defer func() { a.questionList = out }()
	var words [][]string // content words of each question in out
	for s := range a.sentences {
	candidates:
		for _, c := range a.questionsFrom(s) {
			sen := a.sentences[s]
			q := briefing.Question{
				// no id: the merger numbers questions by their text
				Text: c.text, Kind: c.kind, Cue: c.cue, Origin: briefing.Extracted,
				Evidence: []briefing.Span{{Doc: a.doc.ID, Start: sen.Start, End: sen.End}},
			}
			for _, m := range a.mentionsIn(sen.Start, sen.End) {
				switch {
				case m.actor != nil && !slices.Contains(q.Actors, m.actor.key):
					q.Actors = append(q.Actors, m.actor.key)
				case m.asset != nil && !slices.Contains(q.Assets, m.asset.key):
					q.Assets = append(q.Assets, m.asset.key)
				}
			}
			a.contentBuf = contentWords(a.contentBuf[:0], q.Text)
			if i := nearDuplicate(words, a.contentBuf); i >= 0 {
				out[i].Evidence = append(out[i].Evidence, q.Evidence...)
				continue candidates
			}
			out = append(out, q)
			words = append(words, slices.Clone(a.contentBuf))
		}
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

// questionsFrom returns the questions sentence s raises: usually none or
// one, one per clause when it asks several ("whether A, or whether B").
func (a *analysis) questionsFrom(s int) []candidate {
	c, ok := a.questionFrom(s, 0)
	if !ok {
		return nil
	}
	out := []candidate{c}
	if c.cue != "whether" && c.cue != "unclear" && c.cue != "not clear" && c.cue != "not yet known" && c.cue != "not known" {
		return out
	}
	// a second "whether" in the same sentence asks a second question
	lower := a.lower[a.sentences[s].Start:a.sentences[s].End]
	if first := strings.Index(lower, "whether"); first >= 0 {
		if second := strings.Index(lower[first+7:], "whether"); second >= 0 {
			if more, ok := a.questionFrom(s, 1); ok && more.text != c.text {
				out = append(out, more)
			}
		}
	}
	return out
}

// questionFrom decides whether sentence s raises a question and phrases
// it from its nth "whether" clause when it has one.
func (a *analysis) questionFrom(s, nth int) (candidate, bool) {
	a.scratch.reset() // what phrasing the last sentence made is gone
	sen := a.sentences[s]
	raw := a.text[sen.Start:sen.End]
	explicit := strings.Contains(raw, "?")
	c := a.cueOf(s)
	found, strong, at := c.phrase, c.strong, c.at
	if !explicit && found == "" {
		return candidate{}, false
	}
	// a weak cue counts only when an actor, an asset or a pronoun is
	// what it hedges: "Israel might participate", "it could arrive"
	if !explicit && !strong && !a.hedgesAnActorAt(at) {
		return candidate{}, false
	}
	text := oneLine(raw)
	if a.isHeadingSentence(sen) || len(text) < 12 {
		return candidate{}, false
	}
	// an explicit question, outside quotation marks
	if strings.HasSuffix(strings.TrimRight(text, `"”’)`), "?") && !strings.HasPrefix(text, `"`) && !strings.HasPrefix(text, "“") {
		q := explicitQuestion(text)
		return candidate{text: q, cue: "question", kind: questionKindOf(q), sentence: s}, true
	}
	if found == "" {
		return candidate{}, false
	}
	q := a.phrase(s, found, nth)
	if q == "" {
		return candidate{}, false
	}
	kind := questionKindOf(q)
	if found == "kept secret" || strings.HasPrefix(q, "When ") {
		kind = briefing.Timing
	}
	return candidate{text: q, cue: found, kind: kind, sentence: s}, true
}

func (a *analysis) isHeadingSentence(sen sentence.Range) bool {
	b, ok := a.doc.BlockAt(sen.Start)
	return ok && b.Kind == briefing.Heading && sen.End <= b.End
}

func isLetterByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// hedgesAnActorAt reports a weak cue at word i whose subject, the word
// before it, is a name or a pronoun.
func (a *analysis) hedgesAnActorAt(i int) bool {
	if i <= 0 || !a.words[i].soft {
		return false
	}
	switch a.lowerWord(i - 1) {
	case "it", "they", "he", "she":
		return true
	}
	return a.words[i-1].cap && !a.inHeading(i-1)
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

// auxiliaries move to the front to make a question.
var auxiliaries = map[string]bool{
	"will": true, "would": true, "can": true, "could": true, "should": true, "may": true, "might": true,
	"has": true, "have": true, "had": true, "is": true, "are": true, "was": true, "were": true,
	"does": true, "do": true, "did": true, "must": true,
}

// whLead are the words after which "how", "when" or "who" opens an
// indirect question ("unclear how much", "did not say when").
var whLead = map[string]bool{
	"unclear": true, "clear": true, "unknown": true, "known": true, "say": true, "said": true, "confirm": true,
	"confirmed": true, "establish": true, "established": true, "disclosed": true, "disclose": true, "asked": true,
	"ask": true, "about": true, "guessing": true, "sure": true, "certain": true, "know": true, "explain": true,
	"seen": true, "determine": true, "determined": true, "specify": true, "reveal": true, "revealed": true,
}

// isHardStop reports a word that ends a clause even inside a sentence:
// what follows is background, not the open point.
func isHardStop(w string) bool {
	switch w {
	case "following", "because", "amid", "although", "though", "whereas", "despite", "after", "given":
		return true
	}
	return false
}

// isClauseEnd reports a word that stops the clause a question is made
// from. (This and isHardStop are tested for every word of a clause, so
// they are switches rather than maps.)
func isClauseEnd(w string) bool {
	switch w {
	case "remains", "remain", "is", "was", "are", "were", "though", "although", "but", "which", "while",
		"according", "after":
		return true
	}
	return false
}

// phrase makes the question of a sentence from its cue.
func (a *analysis) phrase(s int, cueWord string, nth int) string {
	words, lw := a.sentenceFields(s)
	words, lw = a.dropParentheticals(words), a.dropParentheticals(lw)
	for i, w := range lw {
		lw[i] = trimPunct(w)
	}
	// "whether S will V …" and "whether to V …"
	if i := nthIndex(lw, "whether", nth); i >= 0 && i+1 < len(words) {
		clause := a.clauseAfter(words, lw, i+1)
		if len(clause) > 0 && strings.ToLower(clause[0]) == "to" {
			subj := a.subjectPhrase(s)
			if subj == "" || len(clause) < 2 {
				return ""
			}
			return finish("Will " + subj + " " + strings.Join(clause[1:], " "))
		}
		return a.invert(s, clause)
	}
	// "it is unclear how much …", "how many … remains unknown"
	for i, w := range lw {
		if w != "how" && w != "when" && w != "where" && w != "why" && w != "who" && w != "what" || i+1 >= len(words) {
			continue
		}
		lead := i == 0 || whLead[lw[i-1]] || (lw[i-1] == "and" || lw[i-1] == "but") && strings.Contains(strings.Join(lw[i:], " "), "remains un") ||
			i > 1 && lw[i-1] == "exactly" && whLead[lw[i-2]]
		if lead {
			clause := a.clauseAfter(words, lw, i+1)
			if len(clause) == 0 || (len(clause) == 1 && strings.EqualFold(trimPunct(clause[0]), "exactly")) || strings.HasSuffix(words[i], ",") {
				if w == "when" && s > 0 {
					if q := a.whenOf(s - 1); q != "" {
						return q
					}
				}
				break
			}
			lc := a.lowerAll(clause)
			// "how many or where …" names no single question
			if len(lc) > 1 && (lc[1] == "or" || lc[1] == "and") && (lc[0] == "many" || lc[0] == "much") {
				break
			}
			return finish(upperFirst(w) + " " + strings.Join(a.invertWh(s, w, clause), " "))
		}
	}
	// "X denied the radar was damaged"
	if i := slices.Index(lw, "denied"); i >= 0 && i+1 < len(words) {
		clause := a.clauseAfter(words, lw, i+1)
		lc := a.lowerAll(clause)
		switch {
		case len(clause) == 0:
		case lc[0] == "any" || lc[0] == "a" || lc[0] == "an":
			// "denied any link to Israel" → "Is there any link to Israel?"
			return finish("Is there " + strings.Join(untilConjunction(clause), " "))
		case strings.HasSuffix(lc[0], "ing"):
			// "denied losing any aircraft" → "Did Pakistan lose any aircraft?"
			if subj := a.subjectPhrase(s); subj != "" {
				return finish("Did " + subj + " " + gerundToBase(lc[0]) + " " + strings.Join(untilConjunction(clause[1:]), " "))
			}
		default:
			if q := a.invert(s, clause); q != "" && len(clause) > 2 {
				return q
			}
		}
	}
	if q := unknownNounPhrase(words, lw); q != "" {
		return q
	}
	if strings.Contains(cueWord, "verif") || strings.Contains(cueWord, "confirm") {
		// "cannot confirm reports that a launch was aborted" → "Was a launch aborted?"
		if i := slices.Index(lw, "that"); i >= 0 && i+2 < len(words) {
			if q := a.invert(s, a.clauseAfter(words, lw, i+1)); q != "" {
				return q
			}
		}
		if topic := a.topicOf(s); topic != "" {
			return finish("Are the claims about " + topic + " accurate")
		}
		return ""
	}
	// a modal or "not likely to": "Israel might participate in a US attack"
	for i, w := range lw {
		if i == 0 {
			continue
		}
		switch {
		case w == "may" || w == "might" || w == "could" || (w == "likely" && i+1 < len(lw) && lw[i+1] == "to"):
			start := subjectStart(words, lw, i)
			subj := a.resolvePronouns(s, words[start:i], firstOf(words[i+1:]))
			from := i + 1
			if w == "likely" {
				from = i + 2
				subj = trimTrailing(subj, "is", "are", "not", "was", "were")
			}
			rest := trimTrailing(a.clauseAfter(words[from:], lw[from:], 0))
			rest = dropLeading(rest, "also", "simply", "still", "even", "well")
			if len(rest) > 0 && !verbLike(rest[0]) {
				continue
			}
			if len(subj) == 0 || len(rest) == 0 || len(subj) == 1 && pronouns[strings.ToLower(trimPunct(subj[0]))] {
				continue
			}
			if strings.Contains(strings.ToLower(strings.Join(rest, " ")), "arrive") {
				return finish("When will " + strings.Join(subj, " ") + " arrive")
			}
			return finish("Will " + strings.Join(subj, " ") + " " + strings.Join(rest, " "))
		case w == "decides" && i+1 < len(lw) && lw[i+1] == "to":
			start := subjectStart(words, lw, i)
			subj := a.resolvePronouns(s, words[start:i], firstOf(words[i+2:]))
			rest := a.clauseAfter(words[i+2:], lw[i+2:], 0)
			if len(subj) > 0 && len(rest) > 0 {
				return finish("Will " + strings.Join(subj, " ") + " " + strings.Join(rest, " "))
			}
		}
	}
	// "has not been identified", "could not be verified": ask it back
	for i, w := range lw {
		if (w == "has" || w == "have" || w == "had") && i+1 < len(lw) && lw[i+1] == "not" && i > 0 {
			start := subjectStart(words, lw, i)
			rest := dropLeading(words[i+2:], "yet")
			if i-start > 0 && len(rest) > 0 {
				lrest := lw[len(words)-len(rest):]
				return finish(upperFirst(w) + " " + lowerFirst(strings.Join(withArticle(words[start:i]), " ")) + " " + strings.Join(a.clauseAfter(rest, lrest, 0), " "))
			}
		}
	}
	if cueWord == "could not be verified" || strings.Contains(cueWord, "verified") || strings.Contains(cueWord, "confirmed") {
		if topic := a.topicOf(s); topic != "" {
			return finish("Are the claims about " + topic + " accurate")
		}
	}
	if !isStrongCue(cueWord) {
		return ""
	}
	if topic := a.topicOf(s); topic != "" {
		return finish("What remains unclear about " + topic)
	}
	return ""
}

// invert turns "S will V …" into "Will S V …?", and "S V-ed …" into
// "Did S V …?".
// withArticle gives a bare noun subject its article: "beneficial owner"
// → "the beneficial owner"; names and pronouns stay as they are.
func withArticle(subj []string) []string {
	if len(subj) == 0 {
		return subj
	}
	first := trimPunct(subj[0])
	if isCapitalised(first) || determiners[strings.ToLower(first)] || pronouns[strings.ToLower(first)] || first == "" || first[0] >= '0' && first[0] <= '9' {
		return subj
	}
	return append([]string{"the"}, subj...)
}

var pronouns = map[string]bool{"it": true, "they": true, "he": true, "she": true, "we": true, "this": true, "that": true, "these": true, "those": true, "either": true, "neither": true, "both": true, "each": true, "all": true, "none": true, "one": true, "most": true, "much": true, "many": true, "few": true}

func (a *analysis) invert(s int, clause []string) string {
	if len(clause) < 2 {
		return ""
	}
	lc := a.lowerAll(clause)
	for k := 1; k < len(clause) && k < 8; k++ {
		if auxiliaries[lc[k]] {
			subj := a.resolvePronouns(s, clause[:k], firstOf(clause[k+1:]))
			rest := dropLeading(clause[k+1:], "not")
			if lc[k] == "had" {
				lc[k] = "has" // "asked whether Russia had shared" → "Has Russia shared"
			}
			// "has the grounds": "have" is the verb here, not an auxiliary
			if (lc[k] == "has" || lc[k] == "have") && len(rest) > 0 && determiners[strings.ToLower(trimPunct(rest[0]))] {
				do := "Does"
				if lc[k] == "have" {
					do = "Do"
				}
				return finish(do + " " + lowerFirst(strings.Join(subj, " ")) + " have " + strings.Join(rest, " "))
			}
			return finish(upperFirst(lc[k]) + " " + lowerFirst(strings.Join(subj, " ")) + " " + strings.Join(rest, " "))
		}
	}
	// no auxiliary: find the verb after a short subject
	for k := 1; k < len(clause) && k < 6; k++ {
		w := lc[k]
		if base, ok := pastToBase(w); ok {
			subj := a.resolvePronouns(s, clause[:k], base)
			return finish("Did " + lowerFirst(strings.Join(subj, " ")) + " " + base + " " + strings.Join(clause[k+1:], " "))
		}
		if strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && k <= 3 && !isCapitalised(clause[k]) && len(w) > 3 {
			subj := a.resolvePronouns(s, clause[:k], w)
			return finish("Does " + lowerFirst(strings.Join(subj, " ")) + " " + strings.TrimSuffix(w, "s") + " " + strings.Join(clause[k+1:], " "))
		}
	}
	return ""
}

// clauseAfter takes words from i to the end of the clause: a comma, a
// semicolon, the end of the sentence, or a word that ends a subject
// clause ("… remains unclear").
func (a *analysis) clauseAfter(words, lower []string, i int) []string {
	out := a.scratch.make(max(0, len(words)-i))
	for j := i; j < len(words); j++ {
		if j > i+1 && isClauseEnd(lower[j]) && j+1 < len(lower) && isUncertainty(lower[j+1:]) {
			break
		}
		if j > i+1 && (isHardStop(lower[j]) || lower[j] == "or" && j+1 < len(lower) && (lower[j+1] == "at" || lower[j+1] == "perhaps" || lower[j+1] == "even" || lower[j+1] == "whether")) {
			break
		}
		w := words[j]
		out = append(out, trimClauseEnd(w))
		if strings.ContainsAny(w[max(0, len(w)-2):], ";:.!?") {
			break
		}
		// a comma ends the clause unless a list "A, B, or C" goes on
		if strings.HasSuffix(w, ",") && !listContinues(lower[j+1:]) {
			break
		}
	}
	return trimTrailing(out, "or", "and", "but")
}

// trimClauseEnd is strings.TrimRight(w, ";:.!?\"”)") without building the
// cut set for every word.
func trimClauseEnd(w string) string {
	for len(w) > 0 {
		switch {
		case strings.IndexByte(";:.!?\")", w[len(w)-1]) >= 0:
			w = w[:len(w)-1]
		case strings.HasSuffix(w, "”"):
			w = w[:len(w)-len("”")]
		default:
			return w
		}
	}
	return w
}

func isUncertainty(rest []string) bool {
	for _, p := range uncertainties {
		if joinedHasPrefix(rest, p) {
			return true
		}
	}
	return false
}

var uncertainties = []string{"unclear", "unknown", "not clear", "not yet known", "not known", "an open question", "in doubt", "uncertain", "to be seen"}

// joinedHasPrefix reports whether the words joined by spaces begin with
// p, without joining them.
func joinedHasPrefix(words []string, p string) bool {
	for k, w := range words {
		if k > 0 {
			if p == "" {
				return true
			}
			if p[0] != ' ' {
				return false
			}
			p = p[1:]
		}
		if len(p) <= len(w) {
			return strings.HasPrefix(w, p)
		}
		if w != p[:len(w)] {
			return false
		}
		p = p[len(w):]
	}
	return p == ""
}

// subjectStart finds where the subject before word i begins: after the
// last comma, relative word or conjunction.
func subjectStart(words, lower []string, i int) int {
	start := i - 1
	for start > 0 {
		w := lower[start-1]
		prev := words[start-1]
		if subjectBoundaries[w] || strings.ContainsAny(prev[max(0, len(prev)-2):], ",;:\"”") {
			break
		}
		start--
		if i-start > 5 {
			break
		}
	}
	return start
}

// determiners start a noun phrase.
var determiners = map[string]bool{
	"the": true, "a": true, "an": true, "any": true, "enough": true, "no": true, "its": true,
	"their": true, "his": true, "her": true, "sufficient": true, "some": true, "more": true,
}

// subjectBoundaries end the search for a subject leftwards.
var subjectBoundaries = map[string]bool{
	"that": true, "where": true, "which": true, "whose": true, "who": true, "if": true, "and": true,
	"but": true, "as": true, "because": true, "while": true, "were": true, "was": true, "is": true,
	"are": true, "said": true, "says": true, "although": true, "though": true, "since": true,
}

// resolvePronouns replaces a lone pronoun subject by the actor or asset
// it most likely stands for: the last named before it. "It" stands for
// an asset only before a verb an asset does ("it could arrive"), not in
// "it could take weeks".
func (a *analysis) resolvePronouns(s int, subj []string, verb string) []string {
	if len(subj) != 1 {
		return subj
	}
	switch strings.ToLower(trimPunct(subj[0])) {
	case "he", "she":
		if name := a.lastNamed(s, briefing.Person); name != "" {
			return []string{name}
		}
	case "it":
		if name := a.lastAsset(s); name != "" && actionVerbs[strings.ToLower(trimPunct(verb))] {
			return []string{name}
		}
	}
	return subj
}

func (a *analysis) lastNamed(s int, kind briefing.ActorKind) string {
	before := a.mentionsIn(0, a.sentences[s].End)
	for i := len(before) - 1; i >= 0; i-- {
		if d := before[i].actor; d != nil && d.kind == kind {
			if parts := strings.Fields(d.name); len(parts) > 1 {
				return parts[len(parts)-1]
			}
			return d.name
		}
	}
	return ""
}

func (a *analysis) lastAsset(s int) string {
	before := a.mentionsIn(0, a.sentences[s].Start)
	for i := len(before) - 1; i >= 0; i-- {
		if d := before[i].asset; d != nil && d.kind != "generic" && d.kind != "class" {
			return strings.Replace("the "+d.name, "the USS ", "USS ", 1)
		}
	}
	return ""
}

func (a *analysis) subjectOf(s int) string {
	if d := a.subjectActor(s); d != nil {
		return d.name
	}
	return ""
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
		if subj := a.subjectOf(k); subj != "" {
			return subj
		}
	}
	return ""
}

// pastToBase turns a regular past tense into its base form.
func pastToBase(w string) (string, bool) {
	if irregular, ok := irregularPast[w]; ok {
		return irregular, true
	}
	if len(w) < 5 || !strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "eed") {
		return "", false
	}
	stem := w[:len(w)-2]
	switch {
	case strings.HasSuffix(w, "ied"):
		return w[:len(w)-3] + "y", true
	case len(stem) > 2 && stem[len(stem)-1] == stem[len(stem)-2] && !strings.HasSuffix(stem, "ll") && !strings.HasSuffix(stem, "ss"):
		return stem[:len(stem)-1], true
	}
	for _, suf := range []string{"ar", "or", "ur", "is", "iz", "at", "iv", "os", "uc", "ag", "ir", "ag", "ov", "us", "as", "ys", "ed", "in", "id", "ud"} {
		if strings.HasSuffix(stem, suf) {
			return stem + "e", true
		}
	}
	return stem, true
}

var irregularPast = map[string]string{
	"fired": "fire", "struck": "strike", "hit": "hit", "shot": "shoot", "sent": "send", "flew": "fly",
	"took": "take", "made": "make", "gave": "give", "began": "begin", "sank": "sink", "fell": "fall",
	"carried": "carry", "had": "have", "did": "do", "went": "go", "saw": "see", "knew": "know",
	"held": "hold", "led": "lead", "left": "leave", "met": "meet", "ran": "run", "said": "say", "told": "tell",
	"brought": "bring", "bought": "buy", "caught": "catch", "fought": "fight", "sought": "seek", "won": "win",
	"acted": "act", "shared": "share",
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

// trimPunct strips punctuation around a word: quotes, brackets and
// sentence marks.
func trimPunct(w string) string {
	if len(w) > 0 && isASCIIWordByte(w[0]) && isASCIIWordByte(w[len(w)-1]) {
		return w // the usual case
	}
	for len(w) > 0 {
		if n := punctLen(w, false); n > 0 {
			w = w[n:]
			continue
		}
		if n := punctLen(w, true); n > 0 {
			w = w[:len(w)-n]
			continue
		}
		break
	}
	return w
}

// punctLen measures a punctuation mark at the start (or end) of w.
func punctLen(w string, atEnd bool) int {
	var r rune
	var size int
	if atEnd {
		r, size = utf8.DecodeLastRuneInString(w)
	} else {
		r, size = utf8.DecodeRuneInString(w)
	}
	switch r {
	case ',', ';', ':', '.', '!', '?', '"', '\'', '(', ')', '“', '”', '’':
		return size
	}
	return 0
}

func (a *analysis) lowerAll(ws []string) []string {
	out := a.scratch.make(len(ws))[:len(ws)]
	for i, w := range ws {
		out[i] = lowerFast(trimPunct(w))
	}
	return out
}

func trimTrailing(ws []string, drop ...string) []string {
	for len(ws) > 0 && slices.Contains(drop, strings.ToLower(trimPunct(ws[len(ws)-1]))) {
		ws = ws[:len(ws)-1]
	}
	return ws
}

func dropLeading(ws []string, drop ...string) []string {
	for len(ws) > 0 && slices.Contains(drop, strings.ToLower(trimPunct(ws[0]))) {
		ws = ws[1:]
	}
	return ws
}

func isCapitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// lowerFirst lower-cases the first letter of a sentence-initial word, but
// keeps names and acronyms ("The carrier" → "the carrier", "Israel" stays).
func lowerFirst(s string) string {
	first, _, _ := strings.Cut(s, " ")
	if determiners[strings.ToLower(first)] || pronouns[strings.ToLower(first)] {
		r, size := utf8.DecodeRuneInString(s)
		return string(unicode.ToLower(r)) + s[size:]
	}
	return s
}

// nearDuplicate finds a question that says nearly the same thing, by the
// overlap of their content words.
func nearDuplicate(known [][]string, words []string) int {
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
		"for", "with", "at", "by", "that", "this", "has", "have":
		return true
	}
	return false
}

// contentWords appends to out the words of s that carry meaning,
// lower-cased, sorted and without repeats.
func contentWords(out []string, s string) []string {
	// lower-cased whole, so the words are pieces of one string
	for w := range strings.FieldsSeq(strings.ToLower(s)) {
		if w = trimPunct(w); w != "" && !isStopWord(w) {
			out = append(out, w)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// commonCount counts the words two sorted sets share.
func commonCount(a, b []string) int {
	n := 0
	for len(a) > 0 && len(b) > 0 {
		switch c := strings.Compare(a[0], b[0]); {
		case c == 0:
			n++
			a, b = a[1:], b[1:]
		case c < 0:
			a = a[1:]
		default:
			b = b[1:]
		}
	}
	return n
}

// listContinues reports a comma inside "A, B, or C": an "or" or "and"
// comes within the next few words, before any other comma.
func listContinues(rest []string) bool {
	for k, w := range rest {
		if k > 5 {
			return false
		}
		if w == "or" {
			return k <= 3
		}
	}
	return false
}

// sentenceCue remembers findCue's answer for a sentence: known is false
// until it is asked.
type sentenceCue struct {
	phrase string
	strong bool
	at     int
	known  bool
}

func (a *analysis) cueOf(s int) sentenceCue {
	c := &a.sentenceCues[s]
	if !c.known {
		c.phrase, c.strong, c.at = a.findCue(s)
		c.known = true
	}
	return *c
}

// findCue returns the strongest cue of sentence s and the word it starts
// at, without allocating: only words that begin a cue are compared.
func (a *analysis) findCue(s int) (phrase string, strong bool, at int) {
	sen := a.sentences[s]
	first, last := a.wordsOfSentence(s)
	for j := first; j <= last; j++ {
		if !a.is(j, lexCue) {
			continue
		}
		cues := a.ix.cues[a.words[j].id]
		rest := a.lower[a.words[j].start:sen.End]
		for _, c := range cues {
			if len(rest) >= len(c.phrase) && rest[:len(c.phrase)] == c.phrase &&
				(len(rest) == len(c.phrase) || !isLetterByte(rest[len(c.phrase)])) && (phrase == "" || c.strong && !strong) {
				phrase, strong, at = c.phrase, c.strong, j
			}
		}
		if strong {
			break
		}
	}
	return phrase, strong, at
}

// cueStarts indexes the cues by their first word.
var cueStarts = func() map[string][]cue {
	m := map[string][]cue{}
	for _, c := range questionCues {
		first := strings.Fields(c.phrase)[0]
		m[first] = append(m[first], c)
	}
	return m
}()

// nthIndex returns the index of the nth (from 0) occurrence of w.
func nthIndex(ws []string, w string, nth int) int {
	for i, x := range ws {
		if x == w {
			if nth == 0 {
				return i
			}
			nth--
		}
	}
	return -1
}

// sentenceFields splits sentence s into words and gives each its
// lower-cased form from the folded text, which has the same offsets.
// Both slices are buffers reused by the next call.
func (a *analysis) sentenceFields(s int) (words, lower []string) {
	sen := a.sentences[s]
	raw, folded := a.text[sen.Start:sen.End], a.lower[sen.Start:sen.End]
	words, lower = slices.AppendSeq(a.fieldWords[:0], strings.FieldsSeq(raw)), a.fieldLower[:0]
	for _, w := range words {
		at := offsetIn(raw, w)
		lower = append(lower, folded[at:at+len(w)])
	}
	a.fieldWords, a.fieldLower = words, lower
	return words, lower
}

// scratch hands out string slices that live until its next reset:
// phrasing a sentence makes many short-lived ones (clauses, their
// lower-case forms).
type scratch struct{ buf []string }

func (s *scratch) reset() { s.buf = s.buf[:0] }

// make returns an empty slice with room for n strings; appending more
// moves it out of the scratch space.
func (s *scratch) make(n int) []string {
	if cap(s.buf)-len(s.buf) < n {
		s.buf = make([]string, 0, max(1024, 2*cap(s.buf), n))
	}
	start := len(s.buf)
	s.buf = s.buf[:start+n]
	return s.buf[start : start : start+n]
}

// offsetIn returns where sub starts in s. sub must be a piece of s
// itself, as the fields strings.FieldsSeq yields are, not an equal copy.
func offsetIn(s, sub string) int {
	return int(uintptr(unsafe.Pointer(unsafe.StringData(sub))) - uintptr(unsafe.Pointer(unsafe.StringData(s))))
}

// dropParentheticals removes bracketed asides such as "(LAF)". It
// returns words itself when there are none.
func (a *analysis) dropParentheticals(words []string) []string {
	// only a word opening a bracket starts an aside
	if !slices.ContainsFunc(words, func(w string) bool { return strings.HasPrefix(w, "(") }) {
		return words
	}
	out := a.scratch.make(len(words))
	depth := 0
	for _, w := range words {
		opens := strings.HasPrefix(w, "(")
		if opens {
			depth++
		}
		if depth == 0 {
			out = append(out, w)
		}
		if strings.Contains(w, ")") && depth > 0 {
			depth--
			// keep the punctuation that followed the bracket
			if tail := w[strings.LastIndex(w, ")")+1:]; tail != "" && len(out) > 0 {
				out[len(out)-1] += tail
			}
		}
	}
	return out
}

// invertWh puts the auxiliary of an indirect question before its
// subject: "how long it would stay" → "how long would it stay". After
// "how many" or "how much" the subject is the question itself.
func (a *analysis) invertWh(s int, wh string, clause []string) []string {
	lc := a.lowerAll(clause)
	start := 0
	if wh == "how" && len(lc) > 0 && (lc[0] == "many" || lc[0] == "much") {
		return a.resolvePronouns(s, clause, "")
	}
	if wh == "how" && len(lc) > 0 {
		if len(lc) > 1 && (lc[1] == "a" || lc[1] == "an") {
			return clause // "how large a rocket arsenal the group still has"
		}
		start = 1 // "how long", "how far"
	}
	if wh == "who" || wh == "what" && len(lc) > 0 && auxiliaries[lc[0]] {
		return clause
	}
	for k := start + 1; k < len(lc) && k <= start+4; k++ {
		if auxiliaries[lc[k]] {
			out := append([]string{}, clause[:start]...)
			out = append(out, lc[k])
			out = append(out, a.resolvePronouns(s, clause[start:k], firstOf(clause[k+1:]))...)
			return append(out, clause[k+1:]...)
		}
	}
	return clause
}

// untilConjunction cuts a noun phrase before "and" or "or".
func untilConjunction(words []string) []string {
	for i, w := range words {
		if l := lowerFast(trimPunct(w)); (l == "and" || l == "or") && i > 0 {
			return words[:i]
		}
	}
	return words
}

// gerundToBase turns "losing" into "lose", "shooting" into "shoot".
func gerundToBase(w string) string {
	stem := strings.TrimSuffix(w, "ing")
	if len(stem) > 2 && stem[len(stem)-1] == stem[len(stem)-2] && !strings.HasSuffix(stem, "ll") && !strings.HasSuffix(stem, "ss") {
		return stem[:len(stem)-1]
	}
	for _, suf := range []string{"os", "ar", "ur", "iv", "at", "ag", "uc", "ov", "ak", "ik", "in", "id", "ud", "ir", "is", "iz", "us"} {
		if strings.HasSuffix(stem, suf) {
			return stem + "e"
		}
	}
	return stem
}

// subjectPhrase is the first actor of sentence s as a sentence names it:
// states and organisations with the article their names take ("the
// Netherlands", "the Houthis", "the Israel Defense Forces"), groups with
// "the", people and one-word organisations ("NATO", "Hezbollah") bare.
func (a *analysis) subjectPhrase(s int) string {
	d := a.subjectActor(s)
	if d == nil {
		return ""
	}
	article := ""
	switch d.kind {
	case briefing.State:
		if i, ok := a.ix.states[normalizeKey(d.name)]; ok {
			article = a.g.States[i].Article
		}
	case briefing.Organization:
		if i, ok := a.ix.organizations[normalizeKey(d.name)]; ok && a.g.Organizations[i].Article != "" {
			article = a.g.Organizations[i].Article
		} else if strings.Contains(d.name, " ") && !strings.HasPrefix(d.name, "The ") {
			article = "the"
		}
	case briefing.Group:
		article = "the"
	}
	return strings.TrimSpace(article + " " + d.name)
}

// verbLike rejects words that cannot start a verb phrase after a modal.
func verbLike(w string) bool {
	l := lowerFast(trimPunct(w))
	if l == "" || determiners[l] || pronouns[l] || isCapitalised(w) {
		return false
	}
	switch l {
	case "in", "on", "at", "of", "for", "with", "to", "by", "from", "as", "than":
		return false
	}
	return true
}

func isStrongCue(phrase string) bool {
	for _, c := range questionCues {
		if c.phrase == phrase {
			return c.strong
		}
	}
	return false
}

// whenOf turns the hedged event of sentence s ("the carrier could be
// within striking range before the week is out") into a timing question.
func (a *analysis) whenOf(s int) string {
	raw := a.text[a.sentences[s].Start:a.sentences[s].End]
	words := a.dropParentheticals(strings.Fields(raw))
	lw := a.lowerAll(words)
	for i, w := range lw {
		if i == 0 || (w != "could" && w != "may" && w != "might" && w != "would" && w != "will") {
			continue
		}
		subj := a.resolvePronouns(s, words[subjectStart(words, lw, i):i], firstOf(words[i+1:]))
		rest := a.clauseAfter(words[i+1:], a.lowerAll(words[i+1:]), 0)
		for k, r := range a.lowerAll(rest) {
			if k > 0 && (r == "before" || r == "by" || r == "soon" || r == "shortly") {
				rest = rest[:k]
				break
			}
		}
		if len(subj) == 0 || len(rest) == 0 || !verbLike(rest[0]) {
			continue
		}
		return finish("When will " + lowerFirst(strings.Join(subj, " ")) + " " + strings.Join(rest, " "))
	}
	return ""
}

// actionVerbs are what an asset does.
var actionVerbs = map[string]bool{
	"arrive": true, "reach": true, "sail": true, "move": true, "return": true, "deploy": true, "strike": true,
	"fire": true, "attack": true, "launch": true, "hit": true, "enter": true, "leave": true, "head": true,
	"operate": true, "remain": true, "stay": true, "join": true, "intercept": true, "carry": true, "dock": true,
	"be": true,
}

func firstOf(words []string) string {
	if len(words) == 0 {
		return ""
	}
	return words[0]
}

// unknownNounPhrase asks about a noun phrase the sentence says is not
// known: "The number of operational drones is unknown" → "How many
// operational drones?"; "The extent of the damage is not yet known" →
// "What is the extent of the damage?".
func unknownNounPhrase(words, lw []string) string {
	for i, w := range lw {
		if (w != "is" && w != "are" && w != "remains" && w != "remain" && w != "was") || i == 0 || !isUncertainty(lw[i+1:]) {
			continue
		}
		start := i - 1
		for start > 0 && !subjectBoundaries[lw[start-1]] && !strings.ContainsAny(words[start-1], ",;:") && i-start < 12 {
			start--
		}
		np := lw[start:i]
		if len(np) >= 3 && np[0] == "the" && np[1] == "number" && np[2] == "of" {
			return finish("How many " + strings.Join(words[start+3:i], " "))
		}
		if len(np) >= 2 && (np[0] == "the" || np[0] == "its" || np[0] == "their") {
			return finish("What is " + lowerFirst(strings.Join(words[start:i], " ")))
		}
	}
	return ""
}

// lowerFast lower-cases a word, without allocating when it has no
// capital letter (most words of a sentence).
func lowerFast(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' || c >= utf8.RuneSelf {
			return strings.ToLower(s)
		}
	}
	return s
}
