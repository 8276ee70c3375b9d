package extract

import (
	"embed"
	"fmt"
	"strings"
	"sync"

	"gopkg.in/yaml.v3"

	"github.com/briefing-tools/briefing/internal/briefing"
)

// data holds the gazetteer files; see data/README.md for their format.
//
//go:embed data
var data embed.FS

// Category is an asset category and the domain its assets operate in.
type Category struct {
	Name   string          `yaml:"name"`
	Domain briefing.Domain `yaml:"domain"`
}

var (
	categoriesOnce sync.Once
	categories     map[string]Category
	categoriesErr  error
)

// loadCategories reads data/categories.yaml once.
func loadCategories() (map[string]Category, error) {
	categoriesOnce.Do(func() {
		var list []Category
		categoriesErr = readYAML("data/categories.yaml", &list)
		categories = make(map[string]Category, len(list))
		for _, c := range list {
			categories[normalizeKey(c.Name)] = c
		}
	})
	return categories, categoriesErr
}

// lookupCategory finds a category by name, tolerating plurals and the
// British and American spellings of "defence" and "refuelling".
func lookupCategory(s string) (Category, bool) {
	cats, err := loadCategories()
	if err != nil {
		return Category{}, false
	}
	k := normalizeKey(s)
	k = strings.NewReplacer("defense", "defence", "refuelling", "refueling", "armored", "armoured").Replace(k)
	for _, cand := range []string{k, strings.TrimSuffix(k, "s"), strings.TrimSuffix(k, "es")} {
		if c, ok := cats[cand]; ok {
			return c, true
		}
	}
	return Category{}, false
}

func readYAML(name string, into any) error {
	raw, err := data.ReadFile(name)
	if err != nil {
		return fmt.Errorf("gazetteer %s: %w", name, err)
	}
	if err := yaml.Unmarshal(raw, into); err != nil {
		return fmt.Errorf("gazetteer %s: %w", name, err)
	}
	return nil
}

// normalizeKey folds a name for comparison: lower case, dashes and
// hyphens as spaces, other punctuation dropped, spaces collapsed.
func normalizeKey(s string) string {
	var b strings.Builder
	space := false
	for _, r := range strings.ToLower(s) {
		switch {
		case r == '-' || r == '–' || r == '—' || r == ' ' || r == '_' || r == '/' || r == '\n' || r == '\t':
			space = true
		case r == '\'' || r == '’' || r == '.' || r == ',' || r == '"' || r == '“' || r == '”' || r == '(' || r == ')':
		default:
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(r)
		}
	}
	return b.String()
}
