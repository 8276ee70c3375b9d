package extract

import (
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/briefing-tools/briefing/internal/briefing"
)

var (
	platformKinds = []string{"", "type", "variant", "class", "ship", "unit"}
	orgCategories = []string{"military", "command", "ministry", "agency", "government", "armed group", "international", "media", "company", "party"}
	placeKinds    = []string{"sea", "strait", "gulf", "region", "city", "island", "base", "ocean", "country-part"}
	rankKinds     = []string{"rank", "title"}
)

// Validate checks the gazetteer: names present, categories and kinds from
// their closed lists, references to states and parents that exist, and no
// surface form listed twice within one list.
func (g *Gazetteer) Validate() []error {
	var errs []error
	fail := func(format string, args ...any) { errs = append(errs, fmt.Errorf(format, args...)) }

	cats := map[string]bool{}
	for _, c := range g.Categories {
		if !slices.Contains(briefing.Domains, c.Domain) {
			fail("category %q: domain %q is not one of %v", c.Name, c.Domain, briefing.Domains)
		}
		cats[c.Name] = true
	}
	states := map[string]bool{}
	for _, s := range g.States {
		states[s.Name] = true
	}
	groups := map[string]bool{}
	for _, o := range g.Organizations {
		groups[o.Name] = true
	}

	seen := map[string]string{}
	unique := func(list, owner string, forms ...string) {
		for _, f := range forms {
			key := list + "\x00" + normalizeKey(f)
			if normalizeKey(f) == "" {
				fail("%s %q: empty surface form", list, owner)
				continue
			}
			if prev, ok := seen[key]; ok && prev != owner {
				fail("%s: %q is listed for both %q and %q", list, f, prev, owner)
			}
			seen[key] = owner
		}
	}

	platformNames := map[string]bool{}
	for _, p := range g.Platforms {
		platformNames[p.Name] = true
	}
	for _, p := range g.Platforms {
		if p.Name == "" {
			fail("platform with no name (aliases %v)", p.Aliases)
			continue
		}
		unique("platforms", p.Name, append([]string{p.Name}, p.Aliases...)...)
		if !cats[p.Category] {
			fail("platform %q: unknown category %q", p.Name, p.Category)
		}
		if p.Domain != "" && !slices.Contains(briefing.Domains, p.Domain) {
			fail("platform %q: unknown domain %q", p.Name, p.Domain)
		}
		if !slices.Contains(platformKinds, p.Kind) {
			fail("platform %q: unknown kind %q", p.Name, p.Kind)
		}
		if p.Parent != "" && !platformNames[p.Parent] {
			fail("platform %q: parent %q is not a platform", p.Name, p.Parent)
		}
		if len(p.Operators) == 0 {
			fail("platform %q: no operators", p.Name)
		}
		for _, op := range p.Operators {
			if !states[op] && !groups[op] {
				fail("platform %q: operator %q is neither a state nor an organisation", p.Name, op)
			}
		}
	}
	for _, e := range g.Generic {
		unique("generic", e.Name, append([]string{e.Name}, e.Aliases...)...)
		if !cats[e.Category] {
			fail("generic %q: unknown category %q", e.Name, e.Category)
		}
	}
	for _, s := range g.States {
		forms := append([]string{s.Name}, s.Aliases...)
		forms = append(forms, s.Demonyms...)
		forms = append(forms, s.Capitals...)
		forms = append(forms, s.Metonyms...)
		unique("states", s.Name, forms...)
		if s.Article != "" && s.Article != "the" {
			fail("state %q: article %q is not \"the\"", s.Name, s.Article)
		}
	}
	for _, o := range g.Organizations {
		forms := append([]string{o.Name}, o.Acronyms...)
		unique("organizations", o.Name, append(forms, o.Aliases...)...)
		if !slices.Contains(orgCategories, o.Category) {
			fail("organisation %q: unknown category %q", o.Name, o.Category)
		}
		if o.Article != "" && o.Article != "the" {
			fail("organisation %q: article %q is not \"the\"", o.Name, o.Article)
		}
		if o.Country != "" && !states[o.Country] {
			fail("organisation %q: country %q is not a state", o.Name, o.Country)
		}
	}
	for _, p := range g.Places {
		unique("places", p.Name, append([]string{p.Name}, p.Aliases...)...)
		if !slices.Contains(placeKinds, p.Kind) {
			fail("place %q: unknown kind %q", p.Name, p.Kind)
		}
		if p.Country != "" && !states[p.Country] {
			fail("place %q: country %q is not a state", p.Name, p.Country)
		}
	}
	for _, p := range g.People {
		unique("people", p.Name, append([]string{p.Name}, p.Aliases...)...)
		if p.Affiliation != "" && !states[p.Affiliation] && !groups[p.Affiliation] {
			fail("person %q: affiliation %q is neither a state nor an organisation", p.Name, p.Affiliation)
		}
	}
	for _, r := range g.Ranks {
		unique("ranks", r.Name, append([]string{r.Name}, r.Abbreviations...)...)
		if !slices.Contains(rankKinds, r.Kind) {
			fail("rank %q: unknown kind %q", r.Name, r.Kind)
		}
	}
	for _, p := range g.ShipPrefixes {
		if !states[p.State] {
			fail("ship prefix %q: state %q is not a state", p.Prefix, p.State)
		}
	}
	return errs
}

// validate checks every list of the lexicon: present and not empty, each
// word in the form its rule compares it in, a status, kind or category
// one that exists, and a word under one status, kind or category only.
func (l *lexiconData) validate(g *Gazetteer) []error {
	c := &lexiconChecks{}
	isCategory := func(name string) bool {
		return slices.ContainsFunc(g.Categories, func(k Category) bool { return k.Name == name })
	}
	isState := func(name string) bool {
		return slices.ContainsFunc(g.States, func(s StateEntry) bool { return s.Name == name })
	}
	category := func(name string) string {
		if !isCategory(name) {
			return "is not a category of categories.yaml"
		}
		return ""
	}
	for _, list := range []struct {
		key   string
		words lexiconSet
		form  wordForm
	}{
		{"speech_verbs", l.SpeechVerbs, oneWord},
		{"not_name_words", l.NotNameWords, oneWord},
		{"role_nouns", l.RoleNouns, oneWord},
		{"person_nouns", l.PersonNouns, oneWord},
		{"given_names", l.GivenNames, oneWord},
		{"name_place_heads", l.NamePlaceHeads, oneWord},
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
		{"noun_prefixes", l.NounPrefixes, oneWord},
		{"non_asset_heads", l.NonAssetHeads, oneWord},
		{"group_starters", l.GroupStarters, oneWord},
		{"name_articles", l.NameArticles, oneWord},
		{"group_heads", l.GroupHeads, oneWord},
		{"named_group_nouns", l.NamedGroupNouns, oneWord},
		{"group_nouns", l.GroupNouns, oneWord},
		{"vague_modifiers", l.VagueModifiers, oneWord},
		{"owned_institution_heads", l.OwnedInstitutionHeads, oneWord},
		{"owned_institution_phrases", l.OwnedInstitutionPhrases, twoWords},
		{"state_force_bodies", l.StateForceBodies, oneWord},
		{"introduced_group_nouns", l.IntroducedGroupNouns, oneWord},
		{"group_naming_phrases", l.GroupNamingPhrases, normalised},
		{"acronym_body_nouns", l.AcronymBodyNouns, oneWord},
		{"acronym_unit_nouns", l.AcronymUnitNouns, oneWord},
		{"operator_verbs", l.OperatorVerbs, oneWord},
		{"deployment_verbs", l.DeploymentVerbs, oneWord},
		{"presence_verbs", l.PresenceVerbs, oneWord},
		{"force_nouns", l.ForceNouns, oneWord},
		{"idiom_phrases", l.IdiomPhrases, normalised},
		{"force_count_modifiers", l.ForceCountModifiers, oneWord},
		{"casualty_words", l.CasualtyWords, oneWord},
		{"type_noun_modifiers", l.TypeNounModifiers, oneWord},
		{"name_connectors", l.NameConnectors, oneWord},
		{"object_pronouns", l.ObjectPronouns, oneWord},
		{"institution_modifier_nouns", l.InstitutionModifierNouns, oneWord},
		{"mounting_phrases", l.MountingPhrases, oneOrTwoWords},
		{"home_forces", l.HomeForces, oneOrTwoWords},
		{"home_force_followers", l.HomeForceFollowers, oneWord},
		{"home_rulers", l.HomeRulers, oneWord},
		{"force_categories", l.ForceCategories, lowerCase},
		{"operator_categories", l.OperatorCategories, lowerCase},
		{"hidden_owner_categories", l.HiddenOwnerCategories, lowerCase},
		{"state_only_categories", l.StateOnlyCategories, lowerCase},
		{"hyphen_tails", l.HyphenTails, oneWord},
		{"leader_verbs", l.LeaderVerbs, oneWord},
		{"company_nouns", l.CompanyNouns, oneWord},
		{"authority_nouns", l.AuthorityNouns, oneWord},
		{"number_words", l.NumberWords, oneWord},
		{"quantity_qualifiers", l.QuantityQualifiers, oneWord},
		{"quantity_units", l.QuantityUnits, oneWord},
		{"months", l.Months, oneWord},
		{"location_prepositions", l.LocationPrepositions, oneWord},
		{"direction_words", l.DirectionWords, oneWord},
		{"place_name_openers", l.PlaceNameOpeners, oneWord},
		{"ethnic_markers", l.EthnicMarkers, oneWord},
		{"merchant_prefixes", l.MerchantPrefixes, oneWord},
		{"office_heads", l.OfficeHeads, oneWord},
		{"undotted_titles", l.UndottedTitles, oneWord},
		{"commercial_nouns", l.CommercialNouns, oneWord},
		{"non_group_modifiers", l.NonGroupModifiers, oneWord},
		{"branch_fillers", l.BranchFillers, oneWord},
		{"non_asset_modifiers", l.NonAssetModifiers, oneWord},
		{"speech_leads", l.SpeechLeads, oneWord},
		{"force_vessel_nouns", l.ForceVesselNouns, oneWord},
		{"patron_participles", l.PatronParticiples, oneWord},
		{"state_body_categories", l.StateBodyCategories, lowerCase},
		// compared with the text of a lower-case match, as written
		{"common_noun_states", l.CommonNounStates, lowerCase},
	} {
		c.words(list.key, list.words.sorted(), list.form)
	}
	isStatus := func(st briefing.Status) bool { return slices.Contains(briefing.Statuses, st) }
	isKind := func(k briefing.ActorKind) bool { return slices.Contains(briefing.ActorKinds, k) }
	checkGroups(c, "status_cues", l.StatusCues, isStatus, "a status (briefing.Statuses)", oneWord)
	checkGroups(c, "hull_categories", l.HullCategories, isCategory, "a category of categories.yaml", hullLetters)

	checkGroups(c, "curated_statuses", l.CuratedStatuses, isStatus, "a status (briefing.Statuses)", normalised)
	checkGroups(c, "military_collectives", l.MilitaryCollectives, func(string) bool { return true }, "a force", oneWord)
	checkGroups(c, "satellite_series", l.SatelliteSeries, isState, "a state of states.yaml", oneWord)
	checkGroups(c, "curated_kind_words", l.CuratedKindWords, isKind, "an actor kind (briefing.ActorKinds)", normalised)
	if len(l.CuratedHeadingKinds) == 0 {
		c.fail("curated_heading_kinds", "missing or empty")
	}
	seen := map[string]bool{}
	for _, h := range l.CuratedHeadingKinds {
		key := "curated_heading_kinds " + string(h.Kind)
		if !isKind(h.Kind) {
			c.fail(key, "%q is not an actor kind (briefing.ActorKinds)", h.Kind)
		}
		c.words(key, h.Pieces, normalised)
		for _, p := range h.Pieces {
			if seen[p] {
				c.fail("curated_heading_kinds", "%q is listed twice", p)
			}
			seen[p] = true
		}
	}
	c.words("curated_quantity_words", l.CuratedQuantityWords, normalised)
	c.words("state_forces", l.StateForces, oneOrTwoWords)
	c.words("curated_location_prefixes", l.CuratedLocationPrefixes, lowerCase)

	if len(l.CategorySpellings) == 0 {
		c.fail("category_spellings", "missing or empty")
	}
	for _, from := range slices.Sorted(maps.Keys(l.CategorySpellings)) {
		to := l.CategorySpellings[from]
		c.words("category_spellings", []string{from, to}, normalised)
		if !slices.ContainsFunc(g.Categories, func(k Category) bool { return strings.Contains(normalizeKey(k.Name), to) }) {
			c.fail("category_spellings", "%q: %q is in no category name of categories.yaml", from, to)
		}
	}
	return c.errs
}

// lexiconChecks collects the faults of a lexicon, each naming its list.
type lexiconChecks struct{ errs []error }

func (c *lexiconChecks) fail(list, format string, args ...any) {
	c.errs = append(c.errs, fmt.Errorf(list+": "+format, args...))
}

// words checks one list: present, not empty, and every word in form.
func (c *lexiconChecks) words(list string, words []string, form wordForm) {
	if len(words) == 0 {
		c.fail(list, "missing or empty")
	}
	for _, w := range words {
		if w == "" {
			c.fail(list, "an empty word")
		} else if why := form(w); why != "" {
			c.fail(list, "%q %s", w, why)
		}
	}
}

// checkGroups checks lists keyed by what their words say (a status, a
// category): each key known, each list checked by words, and each word
// under one key only.
func checkGroups[K ~string](c *lexiconChecks, list string, groups map[K]lexiconSet, known func(K) bool, what string, form wordForm) {
	if len(groups) == 0 {
		c.fail(list, "missing or empty")
	}
	under := map[string]K{}
	for _, k := range slices.Sorted(maps.Keys(groups)) {
		if !known(k) {
			c.fail(list, "%q is not %s", k, what)
		}
		words := groups[k].sorted()
		c.words(list+" "+string(k), words, form)
		for _, w := range words {
			if prev, ok := under[w]; ok {
				c.fail(list, "%q is listed under both %q and %q", w, prev, k)
			}
			under[w] = k
		}
	}
}

// A wordForm says why a word is not in the form its rule compares it
// in, or "" when it is.
type wordForm func(string) string

// oneWord: one lower-case word, as the text is split into words.
func oneWord(w string) string {
	if parts := splitForm(w); len(parts) != 1 || parts[0] != w {
		return "is not one lower-case word as the text is split into words"
	}
	return ""
}

// twoWords: two such words with one space between them.
func twoWords(w string) string {
	if parts := splitForm(w); len(parts) != 2 || strings.Join(parts, " ") != w {
		return "is not two lower-case words with one space between them"
	}
	return ""
}

// oneOrTwoWords: one word, or two with one space between them.
func oneOrTwoWords(w string) string {
	if oneWord(w) != "" && twoWords(w) != "" {
		return "is not one or two lower-case words with one space between them"
	}
	return ""
}

// normalised: as normalizeKey makes it (lower case, hyphens as spaces).
func normalised(w string) string {
	if normalizeKey(w) != w {
		return "is not written as normalizeKey makes it (lower case, one space between words, no punctuation)"
	}
	return ""
}

// lowerCase: lower case, without spaces around it.
func lowerCase(w string) string {
	if w != strings.ToLower(w) || w != strings.TrimSpace(w) {
		return "is not in lower case without spaces around it"
	}
	return ""
}

// hullLetters: the letters a-z only, as hullCategory reads a hull number.
func hullLetters(w string) string {
	if strings.Trim(w, "abcdefghijklmnopqrstuvwxyz") != "" {
		return "is not lower-case letters a-z (hullCategory keeps only the letters of a hull number)"
	}
	return ""
}
