package extract_test

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/briefing-tools/briefing/internal/briefing"
	"github.com/briefing-tools/briefing/internal/extract"
)

// Names that start with an accented capital are found again in their
// shorter or upper-case forms, as plain-ASCII names are.
func TestLaterMentionsOfAccentedNames(t *testing.T) {
	text := "The Spanish frigate ESPS Álvaro de Bazán left Rota on Monday, the Spanish Navy said.\n\n" +
		"Later Álvaro de Bazán joined the escort group. Admiral Émilie Durand, commander of the French task force, met the crew.\n\n" +
		"ÉMILIE DURAND told reporters the patrol was routine."
	path := filepath.Join(t.TempDir(), "escort.txt")
	if err := os.WriteFile(path, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	b := extract.Run([]briefing.Document{loadOne(t, path)})
	mentions := map[string][]briefing.Span{}
	for _, a := range b.Actors {
		mentions[a.Name] = a.Mentions
	}
	for _, a := range b.Assets {
		mentions[a.Name] = a.Mentions
	}
	for name, later := range map[string]string{"Émilie Durand": "ÉMILIE DURAND", "ESPS Álvaro de Bazán": "Álvaro de Bazán"} {
		spans, ok := mentions[name]
		if !ok {
			t.Errorf("%s not found", name)
			continue
		}
		var got []string
		for _, s := range spans {
			got = append(got, b.Documents[0].Text[s.Start:s.End])
		}
		if !slices.Contains(got, later) {
			t.Errorf("%s: mentions %q, want %q among them", name, got, later)
		}
	}
}
