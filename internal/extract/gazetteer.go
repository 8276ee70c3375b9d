package extract

import (
	"fmt"
	"os"
	"strings"
	"sync"
	"unicode"

	"gopkg.in/yaml.v3"

	"github.com/briefing-tools/briefing/internal/briefing"
)

// Platform is a platform, system, ship class or named ship.
type Platform struct {
	Name      string          `yaml:"name"`
	Aliases   []string        `yaml:"aliases"`
	Category  string          `yaml:"category"`
	Domain    briefing.Domain `yaml:"domain"`
	Operators []string        `yaml:"operators"`
	Kind      string          `yaml:"kind"` // type, variant, class, ship, unit
	Parent    string          `yaml:"parent"`
	Hull      string          `yaml:"hull"`
}

// StateEntry is a state with every way reporting refers to it.
type StateEntry struct {
	Name     string   `yaml:"name"`
	Aliases  []string `yaml:"aliases"`
	Demonyms []string `yaml:"demonyms"`
	Capitals []string `yaml:"capitals"`
	Metonyms []string `yaml:"metonyms"`
	// Article is "the" for names that take it ("the Netherlands").
	Article string `yaml:"article"`
}

// Organization is a military, command, ministry, agency, armed group,
// international body, media outlet or company.
type Organization struct {
	Name     string   `yaml:"name"`
	Acronyms []string `yaml:"acronyms"`
	Aliases  []string `yaml:"aliases"`
	Category string   `yaml:"category"`
	Country  string   `yaml:"country"`
	// Article is "the" for one-word names that take it ("the Houthis").
	Article string `yaml:"article"`
	// Branches: the group has regional branches named after it ("Islamic
	// State in the Greater Sahel"), kept whole.
	Branches bool `yaml:"branches"`
}

// Place locates things; it is never an actor.
type Place struct {
	Name    string   `yaml:"name"`
	Aliases []string `yaml:"aliases"`
	Kind    string   `yaml:"kind"`
	Country string   `yaml:"country"`
}

// Person is a public figure reporting names without a title ("Putin").
type Person struct {
	Name        string   `yaml:"name"`
	Aliases     []string `yaml:"aliases"`
	Title       string   `yaml:"title"`
	Affiliation string   `yaml:"affiliation"`
	Role        string   `yaml:"role"`
}

// Rank is a rank or title written before a person's name.
type Rank struct {
	Name          string   `yaml:"name"`
	Abbreviations []string `yaml:"abbreviations"`
	Kind          string   `yaml:"kind"` // rank, title
}

// Generic is a generic asset noun ("destroyers", "refueling aircraft").
type Generic struct {
	Name     string   `yaml:"name"`
	Aliases  []string `yaml:"aliases"`
	Category string   `yaml:"category"`
}

// ShipPrefix is a ship-name prefix and the navy it belongs to.
type ShipPrefix struct {
	Prefix string `yaml:"prefix"`
	State  string `yaml:"state"`
}

// Gazetteer is the extraction's knowledge: every entry of the embedded
// data files plus any user files.
type Gazetteer struct {
	Platforms     []Platform     `yaml:"platforms"`
	States        []StateEntry   `yaml:"states"`
	Organizations []Organization `yaml:"organizations"`
	Places        []Place        `yaml:"places"`
	People        []Person       `yaml:"people"`
	Ranks         []Rank         `yaml:"ranks"`
	Generic       []Generic      `yaml:"generic"`
	ShipPrefixes  []ShipPrefix   `yaml:"ship_prefixes"`
	Categories    []Category     `yaml:"categories"`

	index *index
	// questions holds the cues and wording rules of open questions, and
	// verbs the verb forms the rules read (not extended by user files)
	questions *qlexicon
	verbs     *verbLexicon
	// units is the grammar of unit names, sides the phrases tying an
	// asset to its operator (neither extended by user files)
	units *unitGrammar
	sides *sideGrammar
	// lexicon holds the rules' word lists, always the embedded ones.
	lexicon *lexiconData
	// wordSets holds the lists of the rules' most frequent word tests
	// (see setBit), built from the three above
	wordSets wordMap[setBit]
}

var (
	defaultOnce sync.Once
	defaultGaz  *Gazetteer
	defaultErr  error
)

// DefaultGazetteer returns the embedded gazetteer, built once.
func DefaultGazetteer() (*Gazetteer, error) {
	defaultOnce.Do(func() {
		withoutCollecting(func() { defaultGaz, defaultErr = loadEmbedded() })
	})
	return defaultGaz, defaultErr
}

// loadEmbedded reads the embedded gazetteer with its index from the
// snapshot, or built when the snapshot does not fit the data.
func loadEmbedded() (*Gazetteer, error) {
	g, err := readEmbedded()
	if err != nil {
		return nil, err
	}
	if g.index, err = decodeIndex(indexSnapshot, g); err != nil {
		g.build() // the data changed since the snapshot was made
	}
	return g, nil
}

// LoadGazetteer returns the embedded gazetteer extended with user files.
// A user file is a YAML mapping whose keys (platforms, states,
// organizations, places, ranks, generic, ship_prefixes) hold lists of
// entries in the embedded format; see internal/extract/data/README.md.
func LoadGazetteer(userFiles ...string) (g *Gazetteer, err error) {
	if len(userFiles) == 0 {
		return DefaultGazetteer()
	}
	withoutCollecting(func() { g, err = loadWithUserFiles(userFiles) })
	return g, err
}

// loadWithUserFiles reads the embedded gazetteer extended with userFiles.
func loadWithUserFiles(userFiles []string) (*Gazetteer, error) {
	g, err := readEmbedded()
	if err != nil {
		return nil, err
	}
	for _, path := range userFiles {
		raw, err := os.ReadFile(path)
		if err != nil {
			return nil, fmt.Errorf("gazetteer %s: %w", path, err)
		}
		var tree yaml.Node
		if err := yaml.Unmarshal(raw, &tree); err == nil {
			if err := checkPrintable(&tree); err != nil {
				return nil, fmt.Errorf("gazetteer %s: %w", path, err)
			}
		}
		var extra Gazetteer
		dec := yaml.NewDecoder(strings.NewReader(string(raw)))
		dec.KnownFields(true)
		if err := dec.Decode(&extra); err != nil {
			return nil, fmt.Errorf("gazetteer %s: %w (expected a mapping with keys such as platforms, states, organizations)", path, err)
		}
		g.Platforms = append(g.Platforms, extra.Platforms...)
		g.States = append(g.States, extra.States...)
		g.Organizations = append(g.Organizations, extra.Organizations...)
		g.Places = append(g.Places, extra.Places...)
		g.People = append(g.People, extra.People...)
		g.Ranks = append(g.Ranks, extra.Ranks...)
		g.Generic = append(g.Generic, extra.Generic...)
		g.ShipPrefixes = append(g.ShipPrefixes, extra.ShipPrefixes...)
		if errs := g.Validate(); len(errs) > 0 {
			return nil, fmt.Errorf("gazetteer %s: %w", path, errs[0])
		}
	}
	g.build()
	return g, nil
}

// checkPrintable refuses a user gazetteer value holding a control or
// invisible format character (YAML can spell one as "\e"): its names
// are shown in the dashboard and printed in exports.
func checkPrintable(n *yaml.Node) error {
	if n.Kind == yaml.ScalarNode {
		for _, r := range n.Value {
			if r < 0x20 || r == 0x7f || (r >= 0x80 && r <= 0x9f) || unicode.Is(unicode.Cf, r) {
				return fmt.Errorf("line %d: %q holds the control character %U; a gazetteer holds printable text only", n.Line, n.Value, r)
			}
		}
	}
	for _, c := range n.Content {
		if err := checkPrintable(c); err != nil {
			return err
		}
	}
	return nil
}

// readEmbedded reads every embedded data file.
func readEmbedded() (*Gazetteer, error) {
	g := &Gazetteer{}
	files := []struct {
		name string
		into any
	}{
		{"data/categories.yaml", &g.Categories},
		{"data/states.yaml", &g.States},
		{"data/organizations.yaml", &g.Organizations},
		{"data/places.yaml", &g.Places},
		{"data/people.yaml", &g.People},
		{"data/ranks.yaml", &g.Ranks},
		{"data/generic.yaml", &g.Generic},
		{"data/ship-prefixes.yaml", &g.ShipPrefixes},
		// the files of data/platforms, joined (see readYAML)
		{"data/platforms", &g.Platforms},
	}
	for _, f := range files {
		if err := readData(f.name, f.into); err != nil {
			return nil, err
		}
	}
	var err error
	if g.questions, err = readQuestions(); err != nil {
		return nil, err
	}
	if g.verbs, err = readVerbs(); err != nil {
		return nil, err
	}
	if g.units, err = readUnits(); err != nil {
		return nil, err
	}
	if g.sides, err = readSides(); err != nil {
		return nil, err
	}
	if g.lexicon, err = readLexicon(g); err != nil {
		return nil, err
	}
	g.wordSets = newWordSets(g)
	return g, nil
}
