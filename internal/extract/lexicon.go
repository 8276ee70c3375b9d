package extract

import (
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/briefing-tools/briefing/internal/briefing"
)

// lex flags the roles a common word plays for the rules ("said" is a
// verb of speech, "the" never starts a name). Each word's flags are
// found with the same vocabulary lookup that matching already does, so
// a rule's test costs a bit operation instead of a map lookup.
type lex uint16

const (
	lexNotName lex = 1 << iota
	lexParticle
	lexInstitutionHead
	lexInstitutionStart
	lexSpeech
	lexLink
	lexNumber
	lexQualifier
	lexUnit
	lexLocation
	lexDirection
	lexCollective
	lexRoleNoun
	lexStatus
	lexCue // a word that marks a question cue (see qlexicon.keys)

	// lexBeginsForm marks a word (or its singular) that begins a
	// gazetteer form: set from the trie, not from the lexicon's lists.
	lexBeginsForm
)

// is reports whether word i has any of the flags.
func (a *analysis) is(i int, f lex) bool {
	return i >= 0 && i < len(a.words) && a.words[i].lex&f != 0
}

// lexiconFile holds the rules' word lists; data/README.md describes it.
const lexiconFile = "data/lexicon.yaml"

// lexiconData is data/lexicon.yaml: the word lists of the rules, each
// read into the look-up its rules make. It is read with the embedded
// gazetteer and shared, read-only, by every analysis; user gazetteer
// files do not extend it. The keys and what each list is for are in
// the file.
type lexiconData struct {
	// Lists the rules test through word flags (see lexicon).
	SpeechVerbs          lexiconSet `yaml:"speech_verbs"`
	NotNameWords         lexiconSet `yaml:"not_name_words"`
	RoleNouns            lexiconSet `yaml:"role_nouns"`
	NameParticles        lexiconSet `yaml:"name_particles"`
	InstitutionHeads     lexiconSet `yaml:"institution_heads"`
	InstitutionStarts    lexiconSet `yaml:"institution_starts"`
	CollectiveNouns      lexiconSet `yaml:"collective_nouns"`
	LinkWords            lexiconSet `yaml:"link_words"`
	NumberWords          lexiconSet `yaml:"number_words"`
	QuantityQualifiers   lexiconSet `yaml:"quantity_qualifiers"`
	QuantityUnits        lexiconSet `yaml:"quantity_units"`
	LocationPrepositions lexiconSet `yaml:"location_prepositions"`
	DirectionWords       lexiconSet `yaml:"direction_words"`
	// StatusCues lists, by status, the words that state it; the rules
	// read it as statusOf.
	StatusCues map[briefing.Status]lexiconSet `yaml:"status_cues"`

	// Lists the rules look words or categories up in.
	CollectivePhrases lexiconSet `yaml:"collective_phrases"`
	ShipCategories    lexiconSet `yaml:"ship_categories"`
	CarrierCategories lexiconSet `yaml:"carrier_categories"`
	// HullCategories lists, by category, the letters of hull numbers;
	// the rules read it as hullCategoryOf.
	HullCategories   map[string]lexiconSet `yaml:"hull_categories"`
	PassiveMarkers   lexiconSet            `yaml:"passive_markers"`
	MakerWords       lexiconSet            `yaml:"maker_words"`
	Months           lexiconSet            `yaml:"months"`
	CommonNounStates lexiconSet            `yaml:"common_noun_states"`

	// built by compile
	statusOf       map[string]briefing.Status // word → the status it states
	hullCategoryOf map[string]string          // hull letters → category
}

// lexiconSet is a list of words read into a set. A word listed twice is an
// error, reported with its line.
type lexiconSet map[string]bool

// UnmarshalYAML reads a YAML sequence of words.
func (s *lexiconSet) UnmarshalYAML(n *yaml.Node) error {
	var list []string
	if err := n.Decode(&list); err != nil {
		return err
	}
	*s = make(lexiconSet, len(list))
	for i, w := range list {
		if (*s)[w] {
			line := n.Line
			if i < len(n.Content) {
				line = n.Content[i].Line
			}
			return fmt.Errorf("line %d: %q is listed twice", line, w)
		}
		(*s)[w] = true
	}
	return nil
}

// sorted returns the words in order, for messages that do not vary.
func (s lexiconSet) sorted() []string {
	out := make([]string, 0, len(s))
	for w := range s {
		out = append(out, w)
	}
	slices.Sort(out)
	return out
}

// readLexicon reads the embedded lexicon, checked against the
// gazetteer's categories.
func readLexicon(categories []Category) (*lexiconData, error) {
	raw, err := data.ReadFile(lexiconFile)
	if err != nil {
		return nil, fmt.Errorf("gazetteer %s: %w", lexiconFile, err)
	}
	l, err := parseLexicon(raw, categories)
	if err != nil {
		return nil, fmt.Errorf("gazetteer %s: %w", lexiconFile, err)
	}
	return l, nil
}

// parseLexicon decodes and checks a lexicon: unknown keys, a missing or
// empty list and a word no rule could match are errors.
func parseLexicon(raw []byte, categories []Category) (*lexiconData, error) {
	l := &lexiconData{}
	dec := yaml.NewDecoder(strings.NewReader(string(raw)))
	dec.KnownFields(true)
	if err := dec.Decode(l); err != nil {
		return nil, err
	}
	if errs := l.validate(categories); len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	l.compile()
	return l, nil
}

// compile turns the lists keyed by what they state round, into the
// look-ups the rules make.
func (l *lexiconData) compile() {
	l.statusOf = map[string]briefing.Status{}
	for st, words := range l.StatusCues {
		for w := range words {
			l.statusOf[w] = st
		}
	}
	l.hullCategoryOf = map[string]string{}
	for category, letters := range l.HullCategories {
		for h := range letters {
			l.hullCategoryOf[h] = category
		}
	}
}

// lexicon lists the word sets behind each flag: the lexicon's lists and
// the words of the question cues.
func lexicon(g *Gazetteer) map[lex]lexiconSet {
	l := g.lexicon
	status := lexiconSet{}
	for w := range l.statusOf {
		status[w] = true
	}
	cues := lexiconSet{}
	for w := range g.questions.keys {
		cues[w] = true
	}
	for w := range g.questions.byFirst {
		cues[w] = true // in the vocabulary, for cueStartBit
	}
	return map[lex]lexiconSet{
		lexNotName: l.NotNameWords, lexParticle: l.NameParticles, lexInstitutionHead: l.InstitutionHeads,
		lexInstitutionStart: l.InstitutionStarts, lexSpeech: l.SpeechVerbs, lexLink: l.LinkWords,
		lexNumber: l.NumberWords, lexQualifier: l.QuantityQualifiers, lexUnit: l.QuantityUnits,
		lexLocation: l.LocationPrepositions, lexDirection: l.DirectionWords, lexCollective: l.CollectiveNouns,
		lexRoleNoun: l.RoleNouns, lexStatus: status, lexCue: cues,
	}
}

// validate checks every list: present and not empty, and each word in
// the form its rule compares it in; a status or category must be one
// that exists, and a word may state one status and a hull one category.
func (l *lexiconData) validate(categories []Category) []error {
	var errs []error
	fail := func(key, format string, args ...any) {
		errs = append(errs, fmt.Errorf(key+": "+format, args...))
	}
	isCategory := func(c string) bool {
		return slices.ContainsFunc(categories, func(k Category) bool { return k.Name == c })
	}
	// the forms a word may have to be
	oneWord := func(w string) string {
		if parts := splitForm(w); len(parts) != 1 || parts[0] != w {
			return "is not one lower-case word as the text is split into words"
		}
		return ""
	}
	twoWords := func(w string) string {
		if parts := splitForm(w); len(parts) != 2 || strings.Join(parts, " ") != w {
			return "is not two lower-case words with one space between them"
		}
		return ""
	}
	category := func(c string) string {
		if !isCategory(c) {
			return "is not a category of categories.yaml"
		}
		return ""
	}
	lowerCase := func(w string) string {
		if w != strings.ToLower(w) || w != strings.TrimSpace(w) {
			return "is not in lower case without spaces around it"
		}
		return ""
	}
	letters := func(w string) string {
		if strings.Trim(w, "abcdefghijklmnopqrstuvwxyz") != "" {
			return "is not lower-case letters a-z (hullCategory keeps only the letters of a hull number)"
		}
		return ""
	}
	check := func(key string, words lexiconSet, form func(string) string) {
		if len(words) == 0 {
			fail(key, "missing or empty")
		}
		for _, w := range words.sorted() {
			if w == "" {
				fail(key, "an empty word")
			} else if why := form(w); why != "" {
				fail(key, "%q %s", w, why)
			}
		}
	}
	for _, list := range []struct {
		key   string
		words lexiconSet
		form  func(string) string
	}{
		{"speech_verbs", l.SpeechVerbs, oneWord},
		{"not_name_words", l.NotNameWords, oneWord},
		{"role_nouns", l.RoleNouns, oneWord},
		{"name_particles", l.NameParticles, oneWord},
		{"institution_heads", l.InstitutionHeads, oneWord},
		{"institution_starts", l.InstitutionStarts, oneWord},
		{"collective_nouns", l.CollectiveNouns, oneWord},
		{"collective_phrases", l.CollectivePhrases, twoWords},
		{"ship_categories", l.ShipCategories, category},
		{"carrier_categories", l.CarrierCategories, category},
		{"link_words", l.LinkWords, oneWord},
		{"passive_markers", l.PassiveMarkers, oneWord},
		{"maker_words", l.MakerWords, oneWord},
		{"number_words", l.NumberWords, oneWord},
		{"quantity_qualifiers", l.QuantityQualifiers, oneWord},
		{"quantity_units", l.QuantityUnits, oneWord},
		{"months", l.Months, oneWord},
		{"location_prepositions", l.LocationPrepositions, oneWord},
		{"direction_words", l.DirectionWords, oneWord},
		// compared with the text of a lower-case match, as written
		{"common_noun_states", l.CommonNounStates, lowerCase},
	} {
		check(list.key, list.words, list.form)
	}

	if len(l.StatusCues) == 0 {
		fail("status_cues", "missing or empty")
	}
	stated := map[string]briefing.Status{}
	for _, st := range slices.Sorted(maps.Keys(l.StatusCues)) {
		key := "status_cues " + string(st)
		if !slices.Contains(briefing.Statuses, st) {
			fail(key, "%q is not a status (one of %v)", st, briefing.Statuses)
		}
		check(key, l.StatusCues[st], oneWord)
		for _, w := range l.StatusCues[st].sorted() {
			if prev, ok := stated[w]; ok {
				fail("status_cues", "%q states both %q and %q", w, prev, st)
			}
			stated[w] = st
		}
	}

	if len(l.HullCategories) == 0 {
		fail("hull_categories", "missing or empty")
	}
	hulls := map[string]string{}
	for _, c := range slices.Sorted(maps.Keys(l.HullCategories)) {
		key := "hull_categories " + c
		if !isCategory(c) {
			fail(key, "%q is not a category of categories.yaml", c)
		}
		check(key, l.HullCategories[c], letters)
		for _, h := range l.HullCategories[c].sorted() {
			if prev, ok := hulls[h]; ok {
				fail("hull_categories", "%q is listed for both %q and %q", h, prev, c)
			}
			hulls[h] = c
		}
	}
	return errs
}
