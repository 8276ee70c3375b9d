package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestGazetteerIsValid(t *testing.T) {
	g, err := DefaultGazetteer()
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range g.Validate() {
		t.Error(e)
	}
	counts := map[string]int{
		"platforms": len(g.Platforms), "states": len(g.States), "organizations": len(g.Organizations),
		"places": len(g.Places), "ranks": len(g.Ranks), "generic": len(g.Generic), "people": len(g.People),
	}
	t.Logf("gazetteer: %v, vocabulary %d words, trie %d nodes", counts, g.index.vocab.count, g.index.nodes)
	for list, min := range map[string]int{"platforms": 400, "states": 150, "organizations": 150, "ranks": 40, "generic": 30, "places": 100, "people": 100} {
		if counts[list] < min {
			t.Errorf("%s: %d entries, want at least %d", list, counts[list], min)
		}
	}
	// every operator group named in the issue is covered
	operators := map[string]bool{}
	for _, p := range g.Platforms {
		for _, op := range p.Operators {
			operators[op] = true
		}
	}
	for _, want := range []string{"United States", "United Kingdom", "France", "Germany", "Turkey", "Israel", "Iran", "Russia", "Ukraine", "China", "Taiwan", "North Korea", "South Korea", "India", "Houthis", "Hezbollah", "Hamas"} {
		if !operators[want] {
			t.Errorf("no platform operated by %s", want)
		}
	}
}

func TestUserGazetteer(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "extra.yaml")
	os.WriteFile(good, []byte("platforms:\n  - name: Sea Serpent\n    aliases: [SS-9X]\n    category: naval drone\n    operators: [Ukraine]\n"), 0o644)
	g, err := LoadGazetteer(good)
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := g.index.platforms.get("sea serpent"); !ok {
		t.Error("user platform not indexed")
	}
	for name, content := range map[string]string{
		"unknown-key.yaml":  "ships:\n  - name: X\n",
		"bad-category.yaml": "platforms:\n  - name: X\n    category: spaceship\n    operators: [Ukraine]\n",
		"not-yaml.yaml":     "platforms: [unclosed\n",
		// a name shown in the dashboard may not carry an escape
		"escape.yaml": "platforms:\n  - name: \"Sea\\e]52;c;SGk=\\aSerpent\"\n    category: naval drone\n    operators: [Ukraine]\n",
		"bidi.yaml":   "places:\n  - name: \"Port\u202eSaid\"\n    kind: city\n",
	} {
		path := filepath.Join(dir, name)
		os.WriteFile(path, []byte(content), 0o644)
		if _, err := LoadGazetteer(path); err == nil || !strings.Contains(err.Error(), path) {
			t.Errorf("%s: error %v does not name the file", name, err)
		}
	}
}

// BenchmarkLoadGazetteer is the load every process does before its
// first document (DESIGN §8 start-up): the embedded data with the index
// from its snapshot.
func BenchmarkLoadGazetteer(b *testing.B) {
	benchLoad(b, func() (*Gazetteer, error) { return loadEmbedded() })
}

// BenchmarkBuildGazetteer is the load with the index built from the
// entries, as for a gazetteer extended with user files.
func BenchmarkBuildGazetteer(b *testing.B) {
	benchLoad(b, func() (*Gazetteer, error) {
		g, err := readEmbedded()
		if err == nil {
			g.build()
		}
		return g, err
	})
}

func benchLoad(b *testing.B, load func() (*Gazetteer, error)) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := load(); err != nil {
			b.Fatal(err)
		}
	}
}

// TestBuildShortcutsAgree: the index build's allocation-free shortcuts
// answer as the plain forms they replace.
func TestBuildShortcutsAgree(t *testing.T) {
	foldRunes := func(s string) string { return strings.Map(leastFold, s) }
	var ascii []byte
	for c := 0; c < 128; c++ {
		ascii = append(ascii, byte(c))
	}
	for _, s := range []string{string(ascii), "Kremlin", "ks", "MoD", "", "Straße", "K"} {
		if got, want := foldCase(s), foldRunes(s); got != want {
			t.Errorf("foldCase(%q) = %q, want %q", s, got, want)
		}
	}
	for _, c := range []struct{ word, surface string }{{"idf", "Israel Defense Forces (IDF)"}, {"idf", "Idf"}, {"us", "US Navy"}, {"5", "F-5"}, {"mod", "UK MoD"}, {"nato", "NATO"}, {"länd", "LÄND"}, {"toolong", "TOOLONG"}} {
		up := strings.ToUpper(c.word)
		if got, want := isAcronym(c.word, c.surface), len(c.word) <= 5 && up != c.word && strings.Contains(c.surface, up); got != want {
			t.Errorf("isAcronym(%q, %q) = %v, want %v", c.word, c.surface, got, want)
		}
	}
	for _, s := range []string{"Coast Guard", "China Coast Guard", "COAST GUARD", "coast guards", "Coastguard", "Coast  Guard", "Guard of the Coast", "Japan Coast Guard (JCG)"} {
		if got, want := hasFoldASCII(s, "coast guard"), strings.Contains(strings.ToLower(s), "coast guard"); got != want {
			t.Errorf("hasFoldASCII(%q) = %v, want %v", s, got, want)
		}
	}
}
