// Package crossdoc reads a merged briefing across its documents: which
// documents and distinct sources report each item (corroboration), and
// where documents disagree about one item (conflict questions). What
// counts as disagreement is data (data/conflicts.yaml).
package crossdoc

import (
	"bytes"
	_ "embed"
	"fmt"
	"slices"
	"strings"
	"sync"

	"gopkg.in/yaml.v3"

	"github.com/briefing-tools/briefing/internal/briefing"
	"github.com/briefing-tools/briefing/internal/dataform"
)

//go:embed data/conflicts.yaml
var conflictsYAML []byte

// conflictsForm is conflicts.yaml decoded, in the flat form of package
// dataform: reading it costs a fraction of parsing the YAML at every
// start. A test checks that it holds what the YAML says.
//
//go:generate go test -run TestConflictsForm -regenerate .
//go:embed data/conflicts.form
var conflictsForm string

// rules is the parsed, validated conflict data.
type rules struct {
	StatusConflicts [][]briefing.Status          `yaml:"status_conflicts"`
	StatusCues      map[briefing.Status][]string `yaml:"status_cues"`
	Claims          []claimRule                  `yaml:"claims"`
	VagueQuantities []string                     `yaml:"vague_quantities"`
	Numbers         map[string]int               `yaml:"numbers"`
	Within          map[string][]string          `yaml:"within"`
	// words around a place's name that do not change the place: "off
	// Hodeidah", "the Bab el-Mandeb strait"
	PlacePrefixes   []string `yaml:"place_prefixes"`
	PlaceSuffixes   []string `yaml:"place_suffixes"`
	LooseRules      []string `yaml:"loose_rules"`
	IndividualRules []string `yaml:"individual_rules"`

	clash map[[2]briefing.Status]bool
}

// claimRule is a claim documents can affirm or deny of an asset.
type claimRule struct {
	Topic    string   `yaml:"topic"`
	Question string   `yaml:"question"`
	Affirm   []string `yaml:"affirm"`
	Deny     []string `yaml:"deny"`
}

var (
	rulesOnce sync.Once
	theRules  *rules
	rulesErr  error
)

func loadRules() *rules {
	rulesOnce.Do(func() {
		// the precompiled form when it fits the types, else the YAML
		var r rules
		if dataform.Decode(conflictsForm, &r) == nil {
			theRules, rulesErr = r.compile()
			return
		}
		theRules, rulesErr = parseRules(conflictsYAML)
	})
	if rulesErr != nil {
		// the embedded data is checked by the package's tests
		panic("briefing: embedded conflict rules are invalid: " + rulesErr.Error())
	}
	return theRules
}

// parseRules decodes strictly and checks the data.
func parseRules(data []byte) (*rules, error) {
	var r rules
	if err := decodeRules(data, &r); err != nil {
		return nil, err
	}
	return r.compile()
}

// decodeRules decodes the YAML strictly: an unknown key is an error.
func decodeRules(data []byte, r *rules) error {
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(r); err != nil {
		return fmt.Errorf("conflicts.yaml: %w", err)
	}
	return nil
}

// compile checks the rules and builds the table of clashing statuses.
func (r *rules) compile() (*rules, error) {
	var errs []string
	bad := func(format string, args ...any) { errs = append(errs, fmt.Sprintf(format, args...)) }
	r.clash = map[[2]briefing.Status]bool{}
	for _, pair := range r.StatusConflicts {
		if len(pair) != 2 || !slices.Contains(briefing.Statuses, pair[0]) || !slices.Contains(briefing.Statuses, pair[1]) || pair[0] == pair[1] {
			bad("status_conflicts %v: two different known statuses", pair)
			continue
		}
		r.clash[[2]briefing.Status{pair[0], pair[1]}] = true
		r.clash[[2]briefing.Status{pair[1], pair[0]}] = true
	}
	for s, cues := range r.StatusCues {
		if !slices.Contains(briefing.Statuses, s) || len(cues) == 0 {
			bad("status_cues %q: a known status with cues", s)
		}
	}
	for _, c := range r.Claims {
		if c.Topic == "" || !strings.HasSuffix(c.Question, "?") || len(c.Affirm) == 0 || len(c.Deny) == 0 {
			bad("claim %q: a topic, a question ending in ?, affirm and deny cues", c.Topic)
		}
		for _, field := range []string{"{item}", "{yes}", "{no}"} {
			if !strings.Contains(c.Question, field) {
				bad("claim %q: the question must name %s", c.Topic, field)
			}
		}
	}
	for w, n := range r.Numbers {
		if n <= 0 || w != strings.ToLower(w) {
			bad("number %q: lower-case, positive", w)
		}
	}
	lower := func(list []string, what string) {
		for _, w := range list {
			if w != strings.ToLower(w) || strings.TrimSpace(w) == "" {
				bad("%s %q: lower-case words", what, w)
			}
		}
	}
	lower(r.VagueQuantities, "vague quantity")
	for _, cues := range r.StatusCues {
		lower(cues, "status cue")
	}
	for _, c := range r.Claims {
		lower(c.Affirm, "affirm cue")
		lower(c.Deny, "deny cue")
	}
	for place, in := range r.Within {
		lower(append([]string{place}, in...), "place")
		if slices.Contains(in, place) {
			bad("place %q is within itself", place)
		}
	}
	if len(errs) > 0 {
		return nil, fmt.Errorf("conflicts.yaml: %s", strings.Join(errs, "; "))
	}
	return r, nil
}

// contains reports whether place lies within region, directly or
// through the regions place lies within.
func (r *rules) contains(region, place string) bool {
	seen := map[string]bool{}
	var walk func(p string) bool
	walk = func(p string) bool {
		if seen[p] {
			return false
		}
		seen[p] = true
		for _, up := range r.Within[p] {
			if up == region || walk(up) {
				return true
			}
		}
		return false
	}
	return walk(place)
}
