package extract

import (
	"fmt"
	"slices"

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
