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
	if _, ok := g.index.platforms["sea serpent"]; !ok {
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
