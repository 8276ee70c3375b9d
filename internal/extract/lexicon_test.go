package extract

import (
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

func TestLexiconIsValid(t *testing.T) {
	g, err := DefaultGazetteer() // reading it checks it: a bad lexicon is an error
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range g.lexicon.validate(g) {
		t.Error(e)
	}
	words := 0
	for _, set := range lexicon(g) {
		words += len(set)
	}
	t.Logf("lexicon: %d flagged words, %d status cues, %d hull letters", words, len(g.lexicon.statusOf), len(g.lexicon.hullCategoryOf))
}

// TestLexiconRejectsBadLists: each fault in an otherwise good lexicon is
// an error that names its list.
func TestLexiconRejectsBadLists(t *testing.T) {
	g, err := DefaultGazetteer()
	if err != nil {
		t.Fatal(err)
	}
	add := func(words ...string) func(*yaml.Node) {
		return func(list *yaml.Node) {
			for _, w := range words {
				list.Content = append(list.Content, &yaml.Node{Kind: yaml.ScalarNode, Value: w})
			}
		}
	}
	for _, c := range []struct {
		name string
		path []string         // keys down to the list
		edit func(*yaml.Node) // nil: drop the key
		want string
	}{
		{"empty word", []string{"speech_verbs"}, add(""), "speech_verbs: an empty word"},
		{"upper case", []string{"speech_verbs"}, add("Said"), `speech_verbs: "Said" is not one lower-case word`},
		{"two words for one", []string{"status_cues", "destroyed"}, add("shot down"), `status_cues destroyed: "shot down" is not one`},
		{"hyphenated word", []string{"status_cues", "deployed"}, add("test-fired"), `"test-fired" is not one`},
		{"listed twice", []string{"speech_verbs"}, add("said"), `"said" is listed twice`},
		{"two statuses", []string{"status_cues", "damaged"}, add("sunk"), `"sunk" is listed under both "damaged" and "destroyed"`},
		{"unknown status", []string{"status_cues"}, func(m *yaml.Node) { m.Content[0].Value = "sinking" }, `"sinking" is not a status`},
		{"missing list", []string{"months"}, nil, "months: missing or empty"},
		{"empty list", []string{"role_nouns"}, func(l *yaml.Node) { l.Content = nil }, "role_nouns: missing or empty"},
		{"one-word phrase", []string{"collective_phrases"}, add("troops"), `"troops" is not two lower-case words`},
		{"unknown category", []string{"ship_categories"}, add("spaceship"), `ship_categories: "spaceship" is not a category`},
		{"hull with a space", []string{"hull_categories", "support ship"}, add("t ao"), `"t ao" is not lower-case letters`},
		{"hull of two categories", []string{"hull_categories", "frigate"}, add("ddg"), `"ddg" is listed under both "destroyer" and "frigate"`},
		{"upper-case state", []string{"common_noun_states"}, add("Turkey"), `"Turkey" is not in lower case`},
		{"unnormalised status", []string{"curated_statuses", "en-route"}, add("en-route"), `curated_statuses en-route: "en-route" is not written as normalizeKey`},
		{"unknown kind", []string{"curated_kind_words"}, func(m *yaml.Node) { m.Content[0].Value = "people" }, `"people" is not an actor kind`},
		{"heading piece twice", []string{"curated_heading_kinds"}, func(l *yaml.Node) { add("people")(l.Content[1].Content[3]) }, `curated_heading_kinds: "people" is listed twice`},
		{"no heading kinds", []string{"curated_heading_kinds"}, nil, "curated_heading_kinds: missing or empty"},
		{"spelling of no category", []string{"category_spellings"}, func(m *yaml.Node) { m.Content[1].Value = "defense" }, `"defense" is in no category name`},
		{"no spellings", []string{"category_spellings"}, nil, "category_spellings: missing or empty"},
		{"prefix in capitals", []string{"curated_location_prefixes"}, add("Based near"), `"Based near" is not in lower case`},
	} {
		raw := editedLexicon(t, c.path, c.edit)
		_, err := parseLexicon(raw, g)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: error %v, want one containing %q", c.name, err, c.want)
		}
	}
	if _, err := parseLexicon([]byte("speach_verbs: [said]\n"), g); err == nil || !strings.Contains(err.Error(), "speach_verbs") {
		t.Errorf("unknown key: error %v does not name it", err)
	}
}

// editedLexicon returns the embedded lexicon with the node at path
// edited, or its last key dropped when edit is nil.
func editedLexicon(t *testing.T, path []string, edit func(*yaml.Node)) []byte {
	t.Helper()
	raw, err := data.ReadFile(lexiconFile)
	if err != nil {
		t.Fatal(err)
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(raw, &doc); err != nil {
		t.Fatal(err)
	}
	node := doc.Content[0]
	for depth, key := range path {
		i := 0
		for i < len(node.Content) && node.Content[i].Value != key {
			i += 2
		}
		if i >= len(node.Content) {
			t.Fatalf("no key %q in %s", key, lexiconFile)
		}
		if depth == len(path)-1 && edit == nil {
			node.Content = append(node.Content[:i], node.Content[i+2:]...)
			break
		}
		node = node.Content[i+1]
	}
	if edit != nil {
		edit(node)
	}
	out, err := yaml.Marshal(&doc)
	if err != nil {
		t.Fatal(err)
	}
	return out
}
