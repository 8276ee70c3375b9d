package extract

import (
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
	// Verb: the cue counts only before a verb in the simple past, an
	// event reported as uncertain ("likely launched"; not "likely to",
	// "a likely target" or an analyst's "likely refers to").
	Verb bool `yaml:"verb"`
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
	ActionNouns    map[string]string   `yaml:"action_nouns"`
	QualityNouns   map[string]string   `yaml:"quality_nouns"`
	VagueCounts    []string            `yaml:"vague_counts"`
	FalsityWords   []string            `yaml:"falsity_words"`
	PastPeriods    []string            `yaml:"past_periods"`
	MoneyNouns     []string            `yaml:"money_nouns"`
	ObjectForms    map[string]string   `yaml:"object_pronouns"`
	GroupReferents []string            `yaml:"group_referents"`
	NounSuffixes   []string            `yaml:"common_noun_suffixes"`
	ScheduleTimes  []string            `yaml:"schedule_times"`
	Persons        []string            `yaml:"persons"`
	Prepositions   []string            `yaml:"prepositions"`
	TimeAdverbs    []string            `yaml:"time_adverbs"`
	Particles      []string            `yaml:"particles"`
	DropAdverbs    []string            `yaml:"drop_adverbs"`
	HedgeAdverbs   []string            `yaml:"hedge_adverbs"`
	ContrastWords  []string            `yaml:"contrast_words"`
	SingularS      []string            `yaml:"singular_s_nouns"`
	ClaimNouns     []string            `yaml:"claim_nouns"`
	DetailNouns    []string            `yaml:"detail_nouns"`
	FutureMarkers  []string            `yaml:"future_markers"`
	UnmarkedPlural []string            `yaml:"unmarked_plurals"`
	MotiveNouns    []string            `yaml:"motive_nouns"`
	ContraryMarks  []string            `yaml:"contrary_markers"`
	LyNouns        []string            `yaml:"ly_nouns"`
	JudgeVerbs     []string            `yaml:"judge_verbs"`
	ScheduleVerbs  []string            `yaml:"schedule_verbs"`
	Subordinators  []string            `yaml:"subordinators"`
	DecideVerbs    []string            `yaml:"decide_verbs"`
	SubjectOpeners []string            `yaml:"subject_openers"`
	CueVerbStems   []string            `yaml:"cue_verb_stems"`
	FigureNouns    []string            `yaml:"figure_nouns"`
	FigureVerbs    []string            `yaml:"figure_verbs"`
	DeniedDeeds    []string            `yaml:"denied_deeds"`
	TimeWords      []string            `yaml:"time_words"`
	TimeOpeners    []string            `yaml:"time_openers"`
	Attributes     map[string][]string `yaml:"attributes"`
	TrivialHeads   []string            `yaml:"trivial_heads"`
	RemainVerbs    []string            `yaml:"remain_verbs"`
	EventNouns     []string            `yaml:"event_nouns"`
	AssetVerbs     []string            `yaml:"asset_verbs"`
	Agents         []string            `yaml:"agents"`
	StatementNouns []string            `yaml:"statement_nouns"`
	PartyNouns     []string            `yaml:"party_nouns"`
	HearsayNouns   []string            `yaml:"hearsay_nouns"`
	InfoNouns      []string            `yaml:"info_nouns"`
	SignNouns      []string            `yaml:"sign_nouns"`
	PublishVerbs   []string            `yaml:"publish_verbs"`
	Involvement    []string            `yaml:"involvement"`
	StativeVerbs   []string            `yaml:"stative_verbs"`
	Perception     []string            `yaml:"perception"`
	PurposeVerbs   []string            `yaml:"purpose_verbs"`
	DescribeVerbs  []string            `yaml:"describe_verbs"`
	ReportVerbs    []string            `yaml:"report_verbs_base"`
	PartyVoices    []string            `yaml:"party_voices"`
	AdjParticiples []string            `yaml:"adjective_participles"`
	Reflexives     []string            `yaml:"reflexives"`
	AppearVerbs    []string            `yaml:"appearance_verbs"`
	OriginNouns    []string            `yaml:"origin_nouns"`
	CraftNouns     []string            `yaml:"craft_nouns"`
	BeForms        []string            `yaml:"be_forms"`
	ConfirmVerbs   []string            `yaml:"confirm_verbs"`
	ChanceNouns    []string            `yaml:"chance_nouns"`
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
	// keyedBySub is keyed by the number of the key word (see qword.sub)
	keyedBySub [][]keyedCue
	// openRules has the bits of the rules marked open
	openRules uint32
	// explicitRule is the index of the rule asking the text's own questions
	explicitRule int

	aux, modal, det, pronoun, subjectBound, clauseStop, wh, whFiller        qset
	speech, anaphor, combat, trivialHead, remain, launch, assetVerb, agents qset
	involvement, vagueCount, persons, prep, timeAdverb, particle            qset
	dropAdverb, lyNoun, judgeVerb, scheduleVerb, subordinator, decideVerb   qset
	subjectOpener, figureNoun, figureVerb                                   qset
	timeWord, timeOpener, deniedDeed                                        qset
	// a source's own hedge on what it says: "is likely a weapon"
	hedge qset
	// words that set one account against another: "…, but Russia says"
	contrast qset
	// nouns ending in "-s" that take a singular verb: "the debris is"
	singularS qset
	// nouns for what is said or alleged: "claims of shelling were false"
	claimNoun  qset
	detailNoun qset
	future     qset
	plural     qset
	// what a deed was done for: "the intent was unclear"
	motiveNoun qset
	// words by which a second account gainsays the first
	contrary qset
	// stative verbs say what something is, not what happens: "could
	// constitute" asks "Does it constitute", not "Will it"
	stative qset
	// perception participles: "where bodies could be seen" describes
	perception qset
	// purpose verbs: "…, aiming to protect shipping" tells why a deed was
	// done, where "…, vowing to strike again" announces the next
	purpose qset
	// describeVerb, confirmVerb, chanceNoun: see questions.yaml
	describeVerb, confirmVerb, chanceNoun qset
	// reportBase, partyVoice, adjParticiple: see report_verbs_base,
	// party_voices and adjective_participles in questions.yaml
	reportBase, partyVoice, adjParticiple qset
	// reflexive, beForm, appearVerb, originNoun, craftNoun: see those
	// lists in questions.yaml
	reflexive, beForm, appearVerb, originNoun, craftNoun qset
	statementNoun, publishVerb, partyNoun, hearsayNoun   qset
	infoNoun, signNoun                                   qset
	// hearsayWords is hearsay_nouns as listed, for the index's word bits
	hearsayWords []string
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
	// ruleFirsts holds, by rule, the words its cues can begin with, so
	// that a rule tried at a word (see unknownPredicate) turns most words
	// away at once
	ruleFirsts []ruleFirsts
	// the rules unknownPredicate tries, by index
	unknownAttributeRule, unverifiedRule int
	// outcome maps a word of a figure to the outcome it reports.
	outcome map[string]string
	// victims maps a noun counted in figures to the class it counts
	// ("insurgents", "fighters" → fighters), so that sources' counts of
	// one class are compared.
	victims map[string]string
	// numbers are the counts written in words.
	numbers map[string]int
	// actionNouns maps a noun of an action to its participle.
	actionNouns map[string]string
	// falsity holds the words that settle claims as false (a plain set:
	// the qword bits are all taken).
	falsity map[string]bool
	// pastPeriods put a toll in the past (a plain set, like falsity).
	pastPeriods map[string]bool
	// moneyNouns ask how much (a plain set, like falsity).
	moneyNouns map[string]bool
	// nounSuffixes end abstract common nouns ("banditry").
	nounSuffixes []string
	// groupReferents refer back to an armed group (a plain set).
	groupReferents map[string]bool
	// subjectForm maps an object pronoun to its subject form.
	subjectForm map[string]string
	// scheduleTimes make a time ahead (a plain set, like falsity).
	scheduleTimes map[string]bool
	// qualityNouns maps a noun of a quality checked to its adjective.
	qualityNouns map[string]string
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

func (s qset) has(w string) bool { return s.words.know(w).sets&s.bit != 0 }

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
	t.lex = tab.know(t.low)
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
	verb   bool                  // see cueSpec.Verb
}

// keyedCue is a cue and the position of its key in it.
type keyedCue struct {
	cue *qcue
	pos int
	// oneWord: every alternative at the key is one word of the
	// tokenizer's, so what follows the key is the next word
	oneWord bool
	// the cue's rule, and its positions right after and before the key
	// (nil: none, or a gap): findSentenceKeys turns most keyed cues away
	// on these without loading the cue
	rule       int
	next, prev *ptok
}

// newKeyedCue keys cue q by its position pos.
func newKeyedCue(q *qcue, pos int, oneWord bool) keyedCue {
	kc := keyedCue{cue: q, pos: pos, oneWord: oneWord, rule: q.rule}
	if p := pos + 1; p < len(q.pat) && !q.pat[p].gap {
		kc.next = &q.pat[p]
	}
	if p := pos - 1; p >= 0 && !q.pat[p].gap {
		kc.prev = &q.pat[p]
	}
	return kc
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

// keyedOf returns the cues the word numbered sub is the key of.
func (lx *qlexicon) keyedOf(sub int32) []keyedCue {
	if int(sub) < len(lx.keyedBySub) {
		return lx.keyedBySub[sub]
	}
	return nil
}
