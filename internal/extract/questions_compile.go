package extract

import (
	"fmt"
	"slices"
	"strings"

	"github.com/briefing-tools/briefing/internal/briefing"
)

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
	type ruleCue struct{ rule, phrase string } // a key built without concatenating
	// The cues, their positions and the positions' words are cut from
	// shared arrays: one allocation each was most of what loading made.
	// (A slice cut from an array that later grows keeps its old copy.)
	nCues, nPositions, nAlts := 0, 0, 0
	for _, spec := range d.Rules {
		for _, c := range spec.Cues {
			nCues++
			for f := range strings.FieldsSeq(c.Phrase) {
				nPositions++
				nAlts += 1 + strings.Count(f, "|")
			}
		}
	}
	seenCue := make(map[ruleCue]bool, nCues)
	cues, positions := make([]qcue, 0, nCues), make([]ptok, 0, nPositions)
	alts, wordLists := make([]string, 0, nAlts), make([][]string, 0, nAlts)
	cueWords := make([]string, 0, nAlts+nAlts/8) // "didn't": two words
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
			if seenCue[ruleCue{spec.Name, phrase}] {
				fail("rule %q lists cue %q twice", spec.Name, phrase)
			}
			seenCue[ruleCue{spec.Name, phrase}] = true
			ck, ok := questionKindNamed(c.Kind)
			if !ok || c.Kind == byText {
				fail("cue %q: kind %q is not one of %v", phrase, c.Kind, briefing.QuestionKinds)
			}
			if c.Kind == "" {
				ck = ""
			}
			start := len(positions)
			for f := range strings.FieldsSeq(phrase) {
				if f == "..." {
					positions = append(positions, ptok{gap: true})
					continue
				}
				first := len(alts)
				for a := range strings.SplitSeq(f, "|") {
					alts = append(alts, a)
				}
				pt := ptok{alts: alts[first:len(alts):len(alts)]}
				firstList := len(wordLists)
				for _, a := range pt.alts {
					firstWord := len(cueWords)
					cueWords = appendCueWords(cueWords, a)
					wordLists = append(wordLists, cueWords[firstWord:len(cueWords):len(cueWords)])
				}
				pt.words = wordLists[firstList:len(wordLists):len(wordLists)]
				positions = append(positions, pt)
			}
			cues = append(cues, qcue{rule: i, phrase: phrase, tail: c.Tail, kind: ck, verb: c.Verb, pat: positions[start:len(positions):len(positions)]})
			q := &cues[len(cues)-1]
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
					lx.keyed[w[0]] = append(lx.keyed[w[0]], newKeyedCue(q, pos, oneWord))
				}
			}
			r.cues = append(r.cues, q)
		}
		lx.rules = append(lx.rules, r)
	}
	lx.explicitRule = max(0, lx.ruleIndex("explicit-question"))
	lx.unknownAttributeRule, lx.unverifiedRule = lx.ruleIndex("unknown-attribute"), lx.ruleIndex("unverified")
	for _, name := range wordingRuleNames() {
		if !seenRule[name] {
			fail("wording rule %q has no entry in rules (it would never run)", name)
		}
	}
	w := d.Words
	lx.hearsayWords = w.HearsayNouns
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
		{"stative_verbs", w.StativeVerbs, &lx.stative},
		{"perception", w.Perception, &lx.perception},
		{"purpose_verbs", w.PurposeVerbs, &lx.purpose},
		{"describe_verbs", w.DescribeVerbs, &lx.describeVerb},
		{"report_verbs_base", w.ReportVerbs, &lx.reportBase},
		{"party_voices", w.PartyVoices, &lx.partyVoice},
		{"adjective_participles", w.AdjParticiples, &lx.adjParticiple},
		{"reflexives", w.Reflexives, &lx.reflexive}, {"be_forms", w.BeForms, &lx.beForm},
		{"appearance_verbs", w.AppearVerbs, &lx.appearVerb}, {"origin_nouns", w.OriginNouns, &lx.originNoun},
		{"craft_nouns", w.CraftNouns, &lx.craftNoun},
		{"confirm_verbs", w.ConfirmVerbs, &lx.confirmVerb},
		{"chance_nouns", w.ChanceNouns, &lx.chanceNoun},
		{"vague_counts", w.VagueCounts, &lx.vagueCount},
		{"persons", w.Persons, &lx.persons},
		{"prepositions", w.Prepositions, &lx.prep},
		{"time_adverbs", w.TimeAdverbs, &lx.timeAdverb},
		{"particles", w.Particles, &lx.particle},
		{"drop_adverbs", w.DropAdverbs, &lx.dropAdverb},
		{"hedge_adverbs", w.HedgeAdverbs, &lx.hedge},
		{"contrast_words", w.ContrastWords, &lx.contrast},
		{"singular_s_nouns", w.SingularS, &lx.singularS},
		{"claim_nouns", w.ClaimNouns, &lx.claimNoun},
		{"detail_nouns", w.DetailNouns, &lx.detailNoun},
		{"future_markers", w.FutureMarkers, &lx.future},
		{"unmarked_plurals", w.UnmarkedPlural, &lx.plural},
		{"motive_nouns", w.MotiveNouns, &lx.motiveNoun},
		{"contrary_markers", w.ContraryMarks, &lx.contrary},
		{"ly_nouns", w.LyNouns, &lx.lyNoun},
		{"judge_verbs", w.JudgeVerbs, &lx.judgeVerb},
		{"schedule_verbs", w.ScheduleVerbs, &lx.scheduleVerb},
		{"subordinators", w.Subordinators, &lx.subordinator},
		{"decide_verbs", w.DecideVerbs, &lx.decideVerb},
		{"subject_openers", w.SubjectOpeners, &lx.subjectOpener},
		{"figure_nouns", w.FigureNouns, &lx.figureNoun},
		{"figure_verbs", w.FigureVerbs, &lx.figureVerb},
		{"time_words", w.TimeWords, &lx.timeWord},
		{"time_openers", w.TimeOpeners, &lx.timeOpener},
		{"statement_nouns", w.StatementNouns, &lx.statementNoun},
		{"publish_verbs", w.PublishVerbs, &lx.publishVerb},
		{"party_nouns", w.PartyNouns, &lx.partyNoun},
		{"hearsay_nouns", w.HearsayNouns, &lx.hearsayNoun},
		{"info_nouns", w.InfoNouns, &lx.infoNoun},
		{"sign_nouns", w.SignNouns, &lx.signNoun},
		{"denied_deeds", w.DeniedDeeds, &lx.deniedDeed},
	}
	// a list is a bit of qword.sets, below the bit that marks a look-up
	if len(lists) > 63 {
		fail("%d word lists: more than a qword's 63 bits can tell apart", len(lists))
	}
	n := 0
	for _, l := range lists {
		n += len(l.list)
	}
	words := make(map[string]qword, n) // sized: growing it was garbage
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
	if len(lx.words.keys) >= 1<<16 {
		fail("%d question words: too many for a word's 16-bit slot number (see word.qslot)", len(words))
	}
	// keyed again by the key word's number, which findSentenceKeys has
	// of each word already (every key word is a cue's, so numbered)
	lx.keyedBySub = make([][]keyedCue, len(words)+1) // numbers run 1..len(words) at most
	for w, list := range lx.keyed {
		if n := words[w].sub; n > 0 {
			lx.keyedBySub[n] = list
		}
	}
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
	lx.actionNouns = w.ActionNouns
	if len(lx.actionNouns) == 0 {
		fail("words.action_nouns is missing or empty")
	}
	// plain sets, where the qword bits are all taken
	plainSet := func(name string, words []string) map[string]bool {
		set := map[string]bool{}
		for _, x := range words {
			set[strings.ToLower(x)] = true
		}
		if len(set) == 0 {
			fail("words." + name + " is missing or empty")
		}
		return set
	}
	lx.falsity = plainSet("falsity_words", w.FalsityWords)
	lx.pastPeriods = plainSet("past_periods", w.PastPeriods)
	lx.moneyNouns = plainSet("money_nouns", w.MoneyNouns)
	lx.groupReferents = plainSet("group_referents", w.GroupReferents)
	lx.nounSuffixes = w.NounSuffixes
	if len(lx.nounSuffixes) == 0 {
		fail("words.common_noun_suffixes is missing or empty")
	}
	lx.subjectForm = w.ObjectForms
	if len(lx.subjectForm) == 0 {
		fail("words.object_pronouns is missing or empty")
	}
	lx.scheduleTimes = plainSet("schedule_times", w.ScheduleTimes)
	lx.qualityNouns = w.QualityNouns
	if len(lx.qualityNouns) == 0 {
		fail("words.quality_nouns is missing or empty")
	}
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
			// one wh-word per noun, or the question would change from
			// run to run with the map's order
			if other, ok := lx.attrWh[n]; ok {
				fail("words.attributes: %q is under both %q and %q", n, other, wh)
			}
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

// appendCueWords appends the words of a cue word as the tokenizer
// splits text.
func appendCueWords(out []string, w string) []string {
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
