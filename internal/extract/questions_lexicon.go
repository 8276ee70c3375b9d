package extract

import (
	"fmt"
	"slices"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/briefing-tools/briefing/internal/briefing"
)

// questionData is data/questions.yaml: the ordered wording rules with
// their cues, and the words the rules read.
type questionData struct {
	Rules []questionRuleSpec `yaml:"rules"`
	Words questionWords      `yaml:"words"`
}

type questionRuleSpec struct {
	Name  string    `yaml:"name"`
	Kind  string    `yaml:"kind"`
	About string    `yaml:"about"`
	Open  bool      `yaml:"open"`
	Cues  []cueSpec `yaml:"cues"`
}

// cueSpec is one cue phrase; the YAML may give the phrase alone.
type cueSpec struct {
	Phrase string `yaml:"phrase"`
	Tail   string `yaml:"tail"`
	Kind   string `yaml:"kind"`
}

func (c *cueSpec) UnmarshalYAML(n *yaml.Node) error {
	if n.Kind == yaml.ScalarNode {
		c.Phrase = n.Value
		return nil
	}
	type plain cueSpec
	return n.Decode((*plain)(c))
}

type questionWords struct {
	Auxiliaries    []string            `yaml:"auxiliaries"`
	Modals         []string            `yaml:"modals"`
	Determiners    []string            `yaml:"determiners"`
	Pronouns       []string            `yaml:"pronouns"`
	SubjectBounds  []string            `yaml:"subject_bounds"`
	ClauseStops    []string            `yaml:"clause_stops"`
	Wh             []string            `yaml:"wh"`
	WhFillers      []string            `yaml:"wh_fillers"`
	Speech         []string            `yaml:"speech"`
	Anaphors       []string            `yaml:"anaphors"`
	CombatResults  []string            `yaml:"combat_results"`
	FigureOutcomes map[string][]string `yaml:"figure_outcomes"`
	FigureVictims  map[string][]string `yaml:"figure_victims"`
	Numbers        map[string]int      `yaml:"numbers"`
	VagueCounts    []string            `yaml:"vague_counts"`
	Persons        []string            `yaml:"persons"`
	Prepositions   []string            `yaml:"prepositions"`
	TimeAdverbs    []string            `yaml:"time_adverbs"`
	Particles      []string            `yaml:"particles"`
	DropAdverbs    []string            `yaml:"drop_adverbs"`
	LyNouns        []string            `yaml:"ly_nouns"`
	JudgeVerbs     []string            `yaml:"judge_verbs"`
	ScheduleVerbs  []string            `yaml:"schedule_verbs"`
	Subordinators  []string            `yaml:"subordinators"`
	DecideVerbs    []string            `yaml:"decide_verbs"`
	SubjectOpeners []string            `yaml:"subject_openers"`
	CueVerbStems   []string            `yaml:"cue_verb_stems"`
	FigureNouns    []string            `yaml:"figure_nouns"`
	FigureVerbs    []string            `yaml:"figure_verbs"`
	Attributes     map[string][]string `yaml:"attributes"`
	TrivialHeads   []string            `yaml:"trivial_heads"`
	RemainVerbs    []string            `yaml:"remain_verbs"`
	EventNouns     []string            `yaml:"event_nouns"`
	AssetVerbs     []string            `yaml:"asset_verbs"`
	Agents         []string            `yaml:"agents"`
	Involvement    []string            `yaml:"involvement"`
	Common         []string            `yaml:"common"`
	Frequent       []string            `yaml:"frequent"`
}

// byText marks a rule whose questions take their kind from their words.
const byText = "by-text"

// qlexicon is questions.yaml compiled for the wording rules.
type qlexicon struct {
	rules []qrule
	// cues by the first word of their phrase as the tokenizer splits it
	// ("didn't" → "didn")
	byFirst map[string][]*qcue
	// keys maps the word that marks each cue (its least common one:
	// "unclear" of "is unclear") to the rules (bit i: rules[i]) whose
	// cues it marks; the words flagged lexCue. A sentence without a key
	// word raises no question and is not read word by word.
	keys map[string]uint32
	// keyed lists, by key word, the cues it marks and where in them
	keyed map[string][]keyedCue
	// openRules has the bits of the rules marked open
	openRules uint32
	// explicitRule is the index of the rule asking the text's own questions
	explicitRule int

	aux, modal, det, pronoun, subjectBound, clauseStop, wh, whFiller        qset
	speech, anaphor, combat, trivialHead, remain, launch, assetVerb, agents qset
	involvement, vagueCount, persons, prep, timeAdverb, particle            qset
	dropAdverb, lyNoun, judgeVerb, scheduleVerb, subordinator, decideVerb   qset
	subjectOpener, figureNoun, figureVerb                                   qset
	// cueVerbStems begin the verbs that say, claim or deny
	cueVerbStems []string
	// words holds every word of the lists and of the cues: the lists it
	// is on and its number among the cues' words
	words wordTable
	// byFirstCue lists, by the number of a cue's first word, the cues of
	// byFirst that begin with that very word, in byFirst's order;
	// byFirstLoose those of them a second word does not decide (one word
	// long, a gap or a prefix next), and secondWords the words that can
	// follow the first in the others, as a set of bits
	byFirstCue, byFirstLoose [][]*qcue
	secondWords              [][]uint64
	// outcome maps a word of a figure to the outcome it reports.
	outcome map[string]string
	// victims maps a noun counted in figures to the class it counts
	// ("insurgents", "fighters" → fighters), so that sources' counts of
	// one class are compared.
	victims map[string]string
	// numbers are the counts written in words.
	numbers map[string]int
	// attrWh maps an attribute noun to the question word asking for it.
	attrWh map[string]string
}

// Key bits beyond the rules': the words of casualty figures ("killed"),
// read by the rule of conflicting figures; the outcomes of fighting
// ("destroyed"), read by the rule of party claims; and (not a key) the
// words that begin a cue, where matching starts.
const (
	figureKey   = 1 << 31
	combatKey   = 1 << 30
	cueStartBit = 1 << 29
)

// maxRules is how many rules the key bits can tell apart.
const maxRules = 29

type wordSet map[string]bool

func setOf(words []string) wordSet {
	s := make(wordSet, len(words))
	for _, w := range words {
		s[w] = true
	}
	return s
}

// qword is what the question lexicon knows of a word: the lists it is
// on (a qset's bit each) and its number among the cues' words (0: it is
// in no cue).
type qword struct {
	sets uint64
	cue  int32
	// sub is its number among the words the tokenizer makes of the
	// cues' words (0: none), which findSentenceKeys compares
	sub int32
}

// lookedUp marks a tok's qword as filled (see wordTable.of).
const lookedUp = 1 << 63

// qset is one of the rules' word lists, found in the lexicon's table.
type qset struct {
	words *wordTable
	bit   uint64
}

func (s qset) has(w string) bool { return s.words.get(w).sets&s.bit != 0 }

// hasTok is has of a tok's word, looked up once per tok.
func (s qset) hasTok(t *tok) bool {
	if t.lex.sets == 0 {
		lookUpTok(s.words, t)
	}
	return t.lex.sets&s.bit != 0
}

// lookUpTok fills t.lex, marked looked up. Kept out of line, so that
// the tests of a tok's lists are inlined.
//
//go:noinline
func lookUpTok(tab *wordTable, t *tok) {
	t.lex = tab.get(t.low)
	t.lex.sets |= lookedUp
}

// of returns what the lexicon knows of t's word, remembered in t.
func (tab *wordTable) of(t *tok) qword {
	if t.lex.sets == 0 {
		lookUpTok(tab, t)
	}
	return t.lex
}

// qrule is one wording rule: its name, the kind of the questions it
// asks ("" when their words decide) and its cues.
type qrule struct {
	name  string
	kind  briefing.QuestionKind
	about string
	// open: the rule's sentences leave what they say undecided
	open bool
	cues []*qcue
	ask  wordingRule // wordingRules[name]
}

// qcue is a compiled cue phrase.
type qcue struct {
	rule   int
	phrase string
	pat    []ptok
	tail   string
	kind   briefing.QuestionKind // "" : the rule's
}

// keyedCue is a cue and the position of its key in it.
type keyedCue struct {
	cue *qcue
	pos int
	// oneWord: every alternative at the key is one word of the
	// tokenizer's, so what follows the key is the next word
	oneWord bool
}

// ptok is one position of a cue pattern: alternative words (a trailing
// "*" makes one a prefix), or a gap. words holds each alternative as
// the tokenizer splits it ("didn't" → didn, t).
type ptok struct {
	alts  []string
	words [][]string
	gap   bool
	// the numbers of the alternatives written out (see qword.cue), as a
	// set of bits, and the prefixes of those ending in "*"
	cueSet   []uint64
	prefixes []string
	// the numbers (see qword.sub) of the first and of the last word of
	// each alternative as the tokenizer splits it, as sets of bits;
	// oneWord: every alternative is one such word
	firstSubs, lastSubs []uint64
	oneWord             bool
}

// addBit adds n to a set of bits.
func addBit(set []uint64, n int32) []uint64 {
	for int(n>>6) >= len(set) {
		set = append(set, 0)
	}
	set[n>>6] |= 1 << (n & 63)
	return set
}

// maxCueGap is how many words "..." may skip.
const maxCueGap = 8

func (p ptok) matches(w string) bool {
	for _, a := range p.alts {
		if prefix, ok := strings.CutSuffix(a, "*"); ok {
			if strings.HasPrefix(w, prefix) {
				return true
			}
		} else if a == w {
			return true
		}
	}
	return false
}

// secondDecides reports a cue whose second position is a word written
// out: a word that is none of its alternatives stops the cue there.
func (c *qcue) secondDecides() bool {
	return len(c.pat) > 1 && !c.pat[1].gap && len(c.pat[1].prefixes) == 0
}

// inSet reports number n in a set of bits.
func inSet(set []uint64, n int32) bool {
	i := int(n >> 6)
	return i < len(set) && set[i]&(1<<(n&63)) != 0
}

// matchesNumber is matches of a word by its number among the cues'
// words (see cueNumber), which differ where the words do.
func (p *ptok) matchesNumber(cue int32, w string) bool {
	if inSet(p.cueSet, cue) {
		return true
	}
	for _, prefix := range p.prefixes {
		if strings.HasPrefix(w, prefix) {
			return true
		}
	}
	return false
}

// compileQuestions validates the data and compiles it. Every problem is
// reported, so a broken file is fixed in one go.
func compileQuestions(d questionData) (*qlexicon, []error) {
	var errs []error
	fail := func(format string, args ...any) { errs = append(errs, fmt.Errorf("questions.yaml: "+format, args...)) }
	lx := &qlexicon{byFirst: map[string][]*qcue{}, keys: map[string]uint32{}, keyed: map[string][]keyedCue{}}
	if len(d.Rules) > maxRules {
		fail("%d rules: at most %d", len(d.Rules), maxRules)
	}
	common, frequent := setOf(d.Words.Common), setOf(d.Words.Frequent)
	if len(common) == 0 || len(frequent) == 0 {
		fail("words.common or words.frequent is missing or empty")
	}
	seenRule := map[string]bool{}
	seenCue := map[string]string{}
	for i, spec := range d.Rules {
		if _, ok := wordingRules[spec.Name]; !ok {
			fail("rule %q: no such wording rule (known: %s)", spec.Name, strings.Join(wordingRuleNames(), ", "))
		}
		if seenRule[spec.Name] {
			fail("rule %q is listed twice", spec.Name)
		}
		seenRule[spec.Name] = true
		kind, ok := questionKindNamed(spec.Kind)
		if !ok {
			fail("rule %q: kind %q is not one of %v or %q", spec.Name, spec.Kind, briefing.QuestionKinds, byText)
		}
		r := qrule{name: spec.Name, kind: kind, about: spec.About, open: spec.Open, ask: wordingRules[spec.Name]}
		if spec.Open && i < maxRules {
			lx.openRules |= 1 << i
		}
		for _, c := range spec.Cues {
			phrase := strings.ToLower(strings.TrimSpace(c.Phrase))
			if phrase == "" {
				fail("rule %q: a cue has no phrase", spec.Name)
				continue
			}
			// a phrase may serve several rules ("unknown"), once each
			if _, dup := seenCue[spec.Name+"\x00"+phrase]; dup {
				fail("rule %q lists cue %q twice", spec.Name, phrase)
			}
			seenCue[spec.Name+"\x00"+phrase] = spec.Name
			ck, ok := questionKindNamed(c.Kind)
			if !ok || c.Kind == byText {
				fail("cue %q: kind %q is not one of %v", phrase, c.Kind, briefing.QuestionKinds)
			}
			if c.Kind == "" {
				ck = ""
			}
			q := &qcue{rule: i, phrase: phrase, tail: c.Tail, kind: ck}
			for _, f := range strings.Fields(phrase) {
				if f == "..." {
					q.pat = append(q.pat, ptok{gap: true})
					continue
				}
				pt := ptok{alts: strings.Split(f, "|")}
				for _, a := range pt.alts {
					pt.words = append(pt.words, splitCueWord(a))
				}
				q.pat = append(q.pat, pt)
			}
			if q.pat[0].gap || q.pat[len(q.pat)-1].gap {
				fail("cue %q: a gap may not begin or end a cue", phrase)
				continue
			}
			for _, a := range q.pat[0].alts {
				if strings.HasSuffix(a, "*") {
					fail("cue %q: the first word may not be a prefix", phrase)
					continue
				}
				first := firstTokenWord(a)
				if first == "" {
					fail("cue %q: %q holds no word", phrase, a)
					continue
				}
				lx.byFirst[first] = append(lx.byFirst[first], q)
			}
			pos := q.keyPosition(common, frequent)
			for _, w := range q.pat[pos].words {
				if i < maxRules && len(w) > 0 {
					lx.keys[w[0]] |= 1 << i
					oneWord := !slices.ContainsFunc(q.pat[pos].words, func(ws []string) bool { return len(ws) != 1 })
					lx.keyed[w[0]] = append(lx.keyed[w[0]], keyedCue{q, pos, oneWord})
				}
			}
			r.cues = append(r.cues, q)
		}
		lx.rules = append(lx.rules, r)
	}
	lx.explicitRule = max(0, lx.ruleIndex("explicit-question"))
	for _, name := range wordingRuleNames() {
		if !seenRule[name] {
			fail("wording rule %q has no entry in rules (it would never run)", name)
		}
	}
	w := d.Words
	lists := []struct {
		name string
		list []string
		into *qset
	}{
		{"auxiliaries", w.Auxiliaries, &lx.aux}, {"modals", w.Modals, &lx.modal}, {"determiners", w.Determiners, &lx.det},
		{"pronouns", w.Pronouns, &lx.pronoun}, {"subject_bounds", w.SubjectBounds, &lx.subjectBound},
		{"clause_stops", w.ClauseStops, &lx.clauseStop}, {"wh", w.Wh, &lx.wh}, {"wh_fillers", w.WhFillers, &lx.whFiller},
		{"speech", w.Speech, &lx.speech}, {"anaphors", w.Anaphors, &lx.anaphor},
		{"combat_results", w.CombatResults, &lx.combat}, {"trivial_heads", w.TrivialHeads, &lx.trivialHead},
		{"remain_verbs", w.RemainVerbs, &lx.remain}, {"event_nouns", w.EventNouns, &lx.launch},
		{"asset_verbs", w.AssetVerbs, &lx.assetVerb}, {"agents", w.Agents, &lx.agents},
		{"involvement", w.Involvement, &lx.involvement},
		{"vague_counts", w.VagueCounts, &lx.vagueCount},
		{"persons", w.Persons, &lx.persons},
		{"prepositions", w.Prepositions, &lx.prep},
		{"time_adverbs", w.TimeAdverbs, &lx.timeAdverb},
		{"particles", w.Particles, &lx.particle},
		{"drop_adverbs", w.DropAdverbs, &lx.dropAdverb},
		{"ly_nouns", w.LyNouns, &lx.lyNoun},
		{"judge_verbs", w.JudgeVerbs, &lx.judgeVerb},
		{"schedule_verbs", w.ScheduleVerbs, &lx.scheduleVerb},
		{"subordinators", w.Subordinators, &lx.subordinator},
		{"decide_verbs", w.DecideVerbs, &lx.decideVerb},
		{"subject_openers", w.SubjectOpeners, &lx.subjectOpener},
		{"figure_nouns", w.FigureNouns, &lx.figureNoun},
		{"figure_verbs", w.FigureVerbs, &lx.figureVerb},
	}
	// a list is a bit of qword.sets, below the bit that marks a look-up
	if len(lists) > 63 {
		fail("%d word lists: more than a qword's 63 bits can tell apart", len(lists))
	}
	words := map[string]qword{}
	for i, l := range lists {
		if len(l.list) == 0 {
			fail("words.%s is missing or empty", l.name)
		}
		for _, x := range l.list {
			if x == "" || x != strings.ToLower(x) || strings.ContainsAny(x, " \t") {
				fail("words.%s: %q must be one lower-case word", l.name, x)
			}
			qw := words[x]
			qw.sets |= 1 << i
			words[x] = qw
		}
		*l.into = qset{words: &lx.words, bit: 1 << i}
	}
	lx.numberCueWords(words)
	lx.words = newWordTable(words)
	lx.outcome = map[string]string{}
	for outcome, words := range w.FigureOutcomes {
		for _, x := range words {
			lx.outcome[x] = outcome
			lx.keys[x] |= figureKey
		}
	}
	if len(lx.outcome) == 0 {
		fail("words.figure_outcomes is missing or empty")
	}
	lx.victims = map[string]string{}
	for class, words := range w.FigureVictims {
		for _, x := range words {
			if _, twice := lx.victims[x]; twice {
				fail("words.figure_victims: %q is in two classes", x)
			}
			lx.victims[x] = class
		}
	}
	if len(lx.victims) == 0 {
		fail("words.figure_victims is missing or empty")
	}
	lx.numbers = w.Numbers
	for x, v := range w.Numbers {
		if x != strings.ToLower(x) || v <= 0 {
			fail("words.numbers: %q must be a lower-case word with a positive value", x)
		}
	}
	if len(lx.numbers) < 10 {
		fail("words.numbers is missing or short")
	}
	for _, w := range w.CombatResults {
		lx.keys[w] |= combatKey
	}
	lx.cueVerbStems = w.CueVerbStems
	if len(lx.cueVerbStems) == 0 {
		fail("words.cue_verb_stems is missing or empty")
	}
	lx.attrWh = map[string]string{}
	for wh, nouns := range w.Attributes {
		if !lx.wh.has(strings.Fields(wh)[0]) {
			fail("words.attributes: %q does not start with a wh-word", wh)
		}
		for _, n := range nouns {
			lx.attrWh[n] = wh
		}
	}
	return lx, errs
}

// keyPosition returns the position of cue c whose words are least
// common: a position holding a common word ranks after one holding only
// frequent words, which ranks after the rest; the last of equals wins
// (the head of "did not say" is "say").
func (c *qcue) keyPosition(common, frequent wordSet) int {
	best, bestRank := -1, 3
	for i, p := range c.pat {
		if p.gap || slices.ContainsFunc(p.alts, func(a string) bool { return strings.HasSuffix(a, "*") }) {
			continue
		}
		rank := 0
		for _, a := range p.alts {
			switch {
			case common[a] || common[firstTokenWord(a)]:
				rank = max(rank, 2)
			case frequent[a] || frequent[firstTokenWord(a)]:
				rank = max(rank, 1)
			}
		}
		if rank < bestRank || rank == bestRank && rank > 0 {
			best, bestRank = i, rank
		}
	}
	if best < 0 {
		best = 0
	}
	return best
}

// splitCueWord splits a cue word as the tokenizer splits text.
func splitCueWord(w string) []string {
	var out []string
	start := -1
	for i := 0; i <= len(w); i++ {
		if i < len(w) && isASCIIWordByte(w[i]) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			out = append(out, w[start:i])
			start = -1
		}
	}
	return out
}

// firstTokenWord is the first word the tokenizer would make of a cue
// word: "didn't" → "didn", "so-called" → "so".
func firstTokenWord(w string) string {
	for i := 0; i < len(w); i++ {
		if !isASCIIWordByte(w[i]) {
			return w[:i]
		}
	}
	return w
}

func questionKindNamed(s string) (briefing.QuestionKind, bool) {
	if s == byText || s == "" {
		return "", true
	}
	k := briefing.QuestionKind(s)
	return k, slices.Contains(briefing.QuestionKinds, k)
}

// readQuestions reads and compiles the embedded questions.yaml.
func readQuestions() (*qlexicon, error) {
	var d questionData
	if err := readData("data/questions.yaml", &d); err != nil {
		return nil, err
	}
	lx, errs := compileQuestions(d)
	if len(errs) > 0 {
		return nil, errs[0]
	}
	return lx, nil
}

// numberCueWords numbers the words the cues are written with, into
// words, and gives each cue position the numbers of its alternatives.
func (lx *qlexicon) numberCueWords(words map[string]qword) {
	var byNumber []string // 1 + index: the word of each number
	number := func(w string) int32 {
		qw := words[w]
		if qw.cue == 0 {
			byNumber = append(byNumber, w)
			qw.cue = int32(len(byNumber))
			words[w] = qw
		}
		return qw.cue
	}
	subs := 0
	sub := func(w string) int32 {
		qw := words[w]
		if qw.sub == 0 {
			subs++
			qw.sub = int32(subs)
			words[w] = qw
		}
		return qw.sub
	}
	for _, r := range lx.rules {
		for _, c := range r.cues {
			for i := range c.pat {
				p := &c.pat[i]
				p.oneWord = len(p.words) > 0
				for _, ws := range p.words {
					if len(ws) != 1 {
						p.oneWord = false
					}
					if len(ws) > 0 {
						p.firstSubs = addBit(p.firstSubs, sub(ws[0]))
						p.lastSubs = addBit(p.lastSubs, sub(ws[len(ws)-1]))
					}
				}
				for _, a := range p.alts {
					if prefix, ok := strings.CutSuffix(a, "*"); ok {
						p.prefixes = append(p.prefixes, prefix)
					} else if a != "" {
						n := number(a)
						for int(n>>6) >= len(p.cueSet) {
							p.cueSet = append(p.cueSet, 0)
						}
						p.cueSet[n>>6] |= 1 << (n & 63)
					}
				}
			}
		}
	}
	// the cues a word can begin: those of byFirst, in its order, whose
	// first position takes that word
	lx.byFirstCue = make([][]*qcue, len(byNumber)+1)
	lx.byFirstLoose = make([][]*qcue, len(byNumber)+1)
	lx.secondWords = make([][]uint64, len(byNumber)+1)
	for i, w := range byNumber {
		for _, c := range lx.byFirst[firstTokenWord(w)] {
			if !c.pat[0].matches(w) {
				continue
			}
			lx.byFirstCue[i+1] = append(lx.byFirstCue[i+1], c)
			if !c.secondDecides() {
				lx.byFirstLoose[i+1] = append(lx.byFirstLoose[i+1], c)
				continue
			}
			set := lx.secondWords[i+1]
			for len(set) < len(c.pat[1].cueSet) {
				set = append(set, 0)
			}
			for k, b := range c.pat[1].cueSet {
				set[k] |= b
			}
			lx.secondWords[i+1] = set
		}
	}
}

// wordTable maps words to what the lexicon knows of them, in an
// open-addressing table keyed by a cheap hash of a word's length and
// outer bytes: most words the rules look up are on no list, and miss at
// an empty slot.
type wordTable struct {
	shift uint32
	mask  uint32
	keys  []string
	vals  []qword
}

func newWordTable(m map[string]qword) wordTable {
	bits := 4
	for 1<<bits < 4*len(m) {
		bits++
	}
	t := wordTable{shift: uint32(32 - bits), mask: 1<<bits - 1, keys: make([]string, 1<<bits), vals: make([]qword, 1<<bits)}
	for w, v := range m {
		if w == "" {
			continue
		}
		i := wordHash(w) >> t.shift
		for t.keys[i] != "" {
			i = (i + 1) & t.mask
		}
		t.keys[i], t.vals[i] = w, v
	}
	return t
}

// wordHash mixes a word's length and its first and last two bytes.
func wordHash(w string) uint32 {
	n := len(w)
	if n == 0 {
		return 0
	}
	h := uint32(w[0]) | uint32(w[n-1])<<8 | uint32(n)<<24
	if n > 1 {
		h |= uint32(w[1])<<16 ^ uint32(w[n-2])<<20
	}
	return h * 0x9E3779B1
}

// get returns what the lexicon knows of w: nothing, for most words.
func (t *wordTable) get(w string) qword {
	if len(t.keys) == 0 {
		return qword{}
	}
	for i := wordHash(w) >> t.shift; ; i = (i + 1) & t.mask {
		k := t.keys[i]
		if len(k) == len(w) {
			if k == w {
				return t.vals[i]
			}
		} else if k == "" {
			return qword{}
		}
	}
}
