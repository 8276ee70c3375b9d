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
func (t *textView) is(i int, f lex) bool {
	return i >= 0 && i < len(t.words) && t.words[i].lex&f != 0
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
	SpeechVerbs  lexiconSet `yaml:"speech_verbs"`
	NotNameWords lexiconSet `yaml:"not_name_words"`
	RoleNouns    lexiconSet `yaml:"role_nouns"`
	// PersonNouns name people by what they are, not an office: they
	// introduce a name but give no role ("a fisherman named …").
	PersonNouns lexiconSet `yaml:"person_nouns"`
	// GivenNames open a person's full name with nothing else beside it.
	GivenNames lexiconSet `yaml:"given_names"`
	// NamePlaceHeads end a place's name that a given name opens.
	NamePlaceHeads       lexiconSet `yaml:"name_place_heads"`
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
	// PlaceNameOpeners before a state's name make a town's: "Puerto Jordan".
	PlaceNameOpeners lexiconSet `yaml:"place_name_openers"`
	// OfficeHeads before "of" make a name an office's: "Chief of Staff".
	OfficeHeads lexiconSet `yaml:"office_heads"`
	// UndottedTitles before a known surname are a title: "Dr Nolan".
	UndottedTitles lexiconSet `yaml:"undotted_titles"`
	// MerchantPrefixes open a merchant ship's name: "MT Vectis Osprey".
	MerchantPrefixes lexiconSet `yaml:"merchant_prefixes"`
	// EthnicMarkers before a demonym name a people: "ethnic Albanians".
	EthnicMarkers lexiconSet `yaml:"ethnic_markers"`
	// CommercialNouns after a demonym name a business's flag, not its
	// state acting: "Togolese airline Asky".
	CommercialNouns lexiconSet `yaml:"commercial_nouns"`
	// NonGroupModifiers before a group noun make it a thing: "mobile
	// networks".
	NonGroupModifiers lexiconSet `yaml:"non_group_modifiers"`
	// BranchFillers are words of a branch's name that tell no branch
	// from another (see foldParentGroups).
	BranchFillers lexiconSet `yaml:"branch_fillers"`
	// HyphenTails after a hyphen end a name rather than continue it
	// ("Arleigh Burke-class", "Kyiv-based").
	HyphenTails lexiconSet `yaml:"hyphen_tails"`
	// OperatorCategories are the organisation categories of a state's
	// forces, which name the state as an asset's operator
	OperatorCategories lexiconSet `yaml:"operator_categories"`
	// HiddenOwnerCategories are the asset categories whose owner is the
	// party that laid them, never the one nearby they struck: "the
	// convoy's vehicles were hit by an explosive device"
	HiddenOwnerCategories lexiconSet `yaml:"hidden_owner_categories"`
	// StateOnlyCategories are the asset categories no armed group
	// fields: a guess from the context never gives them a group's side
	StateOnlyCategories lexiconSet `yaml:"state_only_categories"`
	// StatusCues lists, by status, the words that state it; the rules
	// read it as statusOf.
	StatusCues map[briefing.Status]lexiconSet `yaml:"status_cues"`

	// Lists the rules look words or categories up in.
	CollectivePhrases lexiconSet `yaml:"collective_phrases"`
	// MilitaryCollectives after a demonym name a state's forces, an
	// asset; grouped by the force they name.
	MilitaryCollectives map[string]lexiconSet `yaml:"military_collectives"`
	ShipCategories      lexiconSet            `yaml:"ship_categories"`
	CarrierCategories   lexiconSet            `yaml:"carrier_categories"`
	// HullCategories lists, by category, the letters of hull numbers;
	// the rules read it as hullCategoryOf.
	HullCategories map[string]lexiconSet `yaml:"hull_categories"`
	PassiveMarkers lexiconSet            `yaml:"passive_markers"`
	MakerWords     lexiconSet            `yaml:"maker_words"`
	// NounPrefixes before a hyphen turn an asset noun into a modifier
	// ("anti-tank"); NonAssetHeads after one do ("drone industry").
	NounPrefixes  lexiconSet `yaml:"noun_prefixes"`
	NonAssetHeads lexiconSet `yaml:"non_asset_heads"`
	// NonAssetModifiers before an asset noun make a compound that is no
	// asset: "think tank", "fuel tank".
	NonAssetModifiers lexiconSet `yaml:"non_asset_modifiers"`
	// SpeechLeads may stand between a name and its verb of speech: "Eric
	// Trappier has said", "Garnik Sahakyan later wrote".
	SpeechLeads lexiconSet `yaml:"speech_leads"`
	// GroupStarters begin the names of armed groups ("Katiba Macina"),
	// NameArticles join their words ("Ansar al-Wadi"), GroupHeads end
	// them ("Azawad Liberation Front").
	GroupStarters lexiconSet `yaml:"group_starters"`
	NameArticles  lexiconSet `yaml:"name_articles"`
	GroupHeads    lexiconSet `yaml:"group_heads"`
	// NamedGroupNouns after a capitalised name make a group: "the Beltran
	// Leyva cartel".
	NamedGroupNouns lexiconSet `yaml:"named_group_nouns"`
	// GroupNouns end a group named in lower case ("drug trafficking
	// groups"); VagueModifiers alone do not make it one ("armed groups").
	GroupNouns     lexiconSet `yaml:"group_nouns"`
	VagueModifiers lexiconSet `yaml:"vague_modifiers"`
	// OwnedInstitutionHeads end an institution written in lower case
	// after its owner ("Ukraine's general staff"); OwnedInstitutionPhrases
	// are two-word heads ("air force").
	OwnedInstitutionHeads   lexiconSet `yaml:"owned_institution_heads"`
	OwnedInstitutionPhrases lexiconSet `yaml:"owned_institution_phrases"`
	// StateForces name a state's armed forces as one body, in the order
	// the gazetteer's institutions are looked up (see stateForces).
	StateForces      lexiconList `yaml:"state_forces"`
	StateForceBodies lexiconSet  `yaml:"state_force_bodies"`
	// HomeForces, after "the", stand for the armed forces of the state a
	// window is about when a verb or a HomeForceFollowers word follows
	// them; HomeRulers stand for that state (see homeForcesStage).
	HomeForces         lexiconSet `yaml:"home_forces"`
	HomeRulers         lexiconSet `yaml:"home_rulers"`
	HomeForceFollowers lexiconSet `yaml:"home_force_followers"`
	// IntroducedGroupNouns and GroupNamingPhrases introduce a group's
	// name: "a group called APT40".
	IntroducedGroupNouns lexiconSet `yaml:"introduced_group_nouns"`
	GroupNamingPhrases   lexiconSet `yaml:"group_naming_phrases"`
	// AcronymUnitNouns make an unclaimed acronym before them a unit's
	// name: "the elite CAPSAT unit".
	AcronymUnitNouns lexiconSet `yaml:"acronym_unit_nouns"`
	// OperatorVerbs show the state before an asset owns or flies it.
	OperatorVerbs lexiconSet `yaml:"operator_verbs"`
	// InstitutionModifierNouns make the institution word before them a
	// modifier.
	InstitutionModifierNouns lexiconSet `yaml:"institution_modifier_nouns"`
	// ObjectPronouns name nothing as a verb's object.
	ObjectPronouns lexiconSet `yaml:"object_pronouns"`
	// NameConnectors are small words inside a capitalised name.
	NameConnectors lexiconSet `yaml:"name_connectors"`
	// TypeNounModifiers may stand between a type's name and its noun.
	TypeNounModifiers lexiconSet `yaml:"type_noun_modifiers"`
	// DeploymentVerbs put a state's troops in play beside them.
	DeploymentVerbs lexiconSet `yaml:"deployment_verbs"`
	// IdiomPhrases end in an asset's noun and name none ("under the radar").
	IdiomPhrases lexiconSet `yaml:"idiom_phrases"`
	// ForceNouns name men under arms after their side's name or a count.
	ForceNouns lexiconSet `yaml:"force_nouns"`
	// CasualtyWords after counted troops make them losses.
	CasualtyWords lexiconSet `yaml:"casualty_words"`
	// ForceCountModifiers stand between a count and its force noun.
	ForceCountModifiers lexiconSet `yaml:"force_count_modifiers"`
	// PresenceVerbs before a place's preposition put troops there:
	// "peacekeepers are in Transnistria".
	PresenceVerbs lexiconSet `yaml:"presence_verbs"`
	// AcronymBodyNouns describe a body an acronym in brackets then names:
	// "Chile's human rights institute (INDH)".
	AcronymBodyNouns lexiconSet `yaml:"acronym_body_nouns"`
	// SatelliteSeries are the series whose members a number names
	// ("Kosmos 2576"), by the state that operates them.
	SatelliteSeries map[string]lexiconSet `yaml:"satellite_series"`
	// MountingPhrases between a vehicle and a weapon make the weapon the
	// vehicle's: "trucks with mounted machine guns".
	MountingPhrases lexiconSet `yaml:"mounting_phrases"`
	// ForceCategories are the organisation categories whose name before
	// a generic asset owns it ("CCG vessels").
	ForceCategories lexiconSet `yaml:"force_categories"`
	// ForceVesselNouns after such a force name its own boats ("CCG
	// vessels"), though alone they name no asset.
	ForceVesselNouns lexiconSet `yaml:"force_vessel_nouns"`
	// StateBodyCategories are the categories of a state's own bodies:
	// another state's demonym before one makes it that state's
	// ("Armenian MoD" is not the UK's).
	StateBodyCategories lexiconSet `yaml:"state_body_categories"`
	// PatronParticiples join a patron to a group: "Iran-backed militias".
	PatronParticiples lexiconSet `yaml:"patron_participles"`
	// AuthorityNouns after a region's name make its rulers an actor.
	AuthorityNouns lexiconSet `yaml:"authority_nouns"`
	// CompanyNouns introduce a company by its name: "firm Seatrace".
	CompanyNouns lexiconSet `yaml:"company_nouns"`
	// LeaderVerbs before "by" introduce a person: "led by Amadou Koufa".
	LeaderVerbs      lexiconSet `yaml:"leader_verbs"`
	Months           lexiconSet `yaml:"months"`
	CommonNounStates lexiconSet `yaml:"common_noun_states"`

	// Lists the reading of curated sections uses (curated.go).
	CuratedStatuses         map[briefing.Status]lexiconSet    `yaml:"curated_statuses"`
	CuratedKindWords        map[briefing.ActorKind]lexiconSet `yaml:"curated_kind_words"`
	CuratedHeadingKinds     []headingKind                     `yaml:"curated_heading_kinds"`
	CuratedQuantityWords    lexiconList                       `yaml:"curated_quantity_words"`
	CuratedLocationPrefixes lexiconList                       `yaml:"curated_location_prefixes"`
	// CategorySpellings maps a spelling of a word in category names to
	// the one categories.yaml uses; the rules read it as spellings.
	CategorySpellings map[string]string `yaml:"category_spellings"`

	// built by compile
	statusOf        map[string]briefing.Status    // word → the status it states
	hullCategoryOf  map[string]string             // hull letters → category
	curatedStatusOf map[string]briefing.Status    // CuratedStatuses turned round
	curatedKindOf   map[string]briefing.ActorKind // CuratedKindWords turned round
	forceOf         map[string]string             // MilitaryCollectives turned round
	seriesState     map[string]string             // SatelliteSeries turned round
	// locationPrefixes are CuratedLocationPrefixes, each with the space
	// that must follow it
	locationPrefixes []string
	// spellings replaces each of CategorySpellings' spellings (listed in
	// spellingsFrom) with the one categories.yaml uses
	spellings     *strings.Replacer
	spellingsFrom []string
}

// headingKind gives the actors under a curated heading a kind when the
// heading holds one of the pieces.
type headingKind struct {
	Kind   briefing.ActorKind `yaml:"kind"`
	Pieces lexiconList        `yaml:"pieces"`
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

// lexiconList is a list of words read in order. A word listed twice is an
// error, reported with its line.
type lexiconList []string

// UnmarshalYAML reads a YAML sequence of words.
func (l *lexiconList) UnmarshalYAML(n *yaml.Node) error {
	var set lexiconSet // for its check of words listed twice
	if err := set.UnmarshalYAML(n); err != nil {
		return err
	}
	return n.Decode((*[]string)(l))
}

// readLexicon reads the embedded lexicon, checked against the
// gazetteer's categories.
func readLexicon(g *Gazetteer) (*lexiconData, error) {
	l := &lexiconData{}
	if err := readData(lexiconFile, l); err != nil {
		return nil, err
	}
	if err := l.check(g); err != nil {
		return nil, fmt.Errorf("gazetteer %s: %w", lexiconFile, err)
	}
	return l, nil
}

// parseLexicon decodes and checks a lexicon: unknown keys, a missing or
// empty list and a word no rule could match are errors.
func parseLexicon(raw []byte, g *Gazetteer) (*lexiconData, error) {
	l := &lexiconData{}
	dec := yaml.NewDecoder(strings.NewReader(string(raw)))
	dec.KnownFields(true)
	if err := dec.Decode(l); err != nil {
		return nil, err
	}
	return l, l.check(g)
}

// check validates a decoded lexicon and builds its look-ups.
func (l *lexiconData) check(g *Gazetteer) error {
	if errs := l.validate(g); len(errs) > 0 {
		return errors.Join(errs...)
	}
	l.compile()
	return nil
}

// compile builds the look-ups the rules make from the lists as written.
func (l *lexiconData) compile() {
	l.statusOf = keyByWord(l.StatusCues)
	l.hullCategoryOf = keyByWord(l.HullCategories)
	l.curatedStatusOf = keyByWord(l.CuratedStatuses)
	l.curatedKindOf = keyByWord(l.CuratedKindWords)
	l.forceOf = keyByWord(l.MilitaryCollectives)
	l.seriesState = keyByWord(l.SatelliteSeries)
	l.locationPrefixes = nil
	for _, p := range l.CuratedLocationPrefixes {
		l.locationPrefixes = append(l.locationPrefixes, p+" ")
	}
	l.spellingsFrom = slices.Sorted(maps.Keys(l.CategorySpellings))
	var pairs []string
	for _, from := range l.spellingsFrom {
		pairs = append(pairs, from, l.CategorySpellings[from])
	}
	l.spellings = strings.NewReplacer(pairs...)
}

// keyByWord turns lists keyed by what their words state round: word → key.
func keyByWord[K ~string](groups map[K]lexiconSet) map[string]K {
	out := map[string]K{}
	for k, words := range groups {
		for w := range words {
			out[w] = k
		}
	}
	return out
}

// shipCategory reports a category of ships.
func (l *lexiconData) shipCategory(c string) bool { return l.ShipCategories[c] }
