package extract

import (
	"embed"
	"strings"

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

// lookupCategory finds a category by name, tolerating plurals and the
// British and American spellings the lexicon folds ("defense",
// "refuelling").
func (g *Gazetteer) lookupCategory(s string) (Category, bool) {
	return g.categoryOfKey(normalizeKey(s))
}

// categoryOfKey is lookupCategory of a name already normalised.
func (g *Gazetteer) categoryOfKey(k string) (Category, bool) {
	k = g.lexicon.foldSpelling(k)
	for _, cand := range []string{k, strings.TrimSuffix(k, "s"), strings.TrimSuffix(k, "es")} {
		if c, ok := g.index.categories[cand]; ok {
			return c, true
		}
	}
	return Category{}, false
}

// foldSpelling applies the lexicon's category spellings to k, copying k
// only when it has one (the replacer builds a new string for every call).
func (l *lexiconData) foldSpelling(k string) string {
	for _, from := range l.spellingsFrom {
		if strings.Contains(k, from) {
			return l.spellings.Replace(k)
		}
	}
	return k
}

// normalizeKey folds a name for comparison: lower case, dashes and
// hyphens as spaces, other punctuation dropped, spaces collapsed.
func normalizeKey(s string) string {
	if k, ok := normalizeASCII(s); ok {
		return k
	}
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

// normalizeASCII is normalizeKey for ASCII text, with one allocation.
func normalizeASCII(s string) (string, bool) {
	b := make([]byte, 0, len(s))
	space := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 0x80:
			return "", false
		case c == '-' || c == ' ' || c == '_' || c == '/' || c == '\n' || c == '\t':
			space = true
		case c == '\'' || c == '.' || c == ',' || c == '"' || c == '(' || c == ')':
		default:
			if space && len(b) > 0 {
				b = append(b, ' ')
			}
			space = false
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
		}
	}
	return string(b), true
}

// memo remembers folded names: the same few names recur in every
// document, and folding each anew would allocate each time.
type memo map[string]string

func (m memo) get(s string, fold func(string) string) string {
	if k, ok := m[s]; ok {
		return k
	}
	k := fold(s)
	if len(m) < 1<<16 {
		m[s] = k
	}
	return k
}
