package extract_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/briefing-tools/briefing/internal/briefing"
	"github.com/briefing-tools/briefing/internal/extract"
	"github.com/briefing-tools/briefing/internal/ingest"
)

// The mechanisms that read real reporting, each on sentences written for
// this test: what is found, what it is and whose it is.

func run(text string) briefing.Briefing {
	return extract.Run([]briefing.Document{{ID: "d1", Text: text}})
}

// runParsed extracts text read as a document is (headings and
// paragraphs found), where run takes it as one bare block.
func runParsed(text string) briefing.Briefing {
	res := ingest.Load([]string{ingest.StdinPath}, ingest.Options{Stdin: strings.NewReader(text)})
	return extract.Run(res.Documents)
}

func findAsset(b briefing.Briefing, name string) (briefing.Asset, bool) {
	for _, a := range b.Assets {
		if strings.EqualFold(a.Name, name) || slices.ContainsFunc(a.Aliases, func(s string) bool { return strings.EqualFold(s, name) }) {
			return a, true
		}
	}
	return briefing.Asset{}, false
}

func findActor(b briefing.Briefing, name string) (briefing.Actor, bool) {
	for _, a := range b.Actors {
		if strings.EqualFold(a.Name, name) || slices.ContainsFunc(a.Aliases, func(s string) bool { return strings.EqualFold(s, name) }) {
			return a, true
		}
	}
	return briefing.Actor{}, false
}

// wantAssets fails t for each name b holds no asset of.
func wantAssets(t *testing.T, b briefing.Briefing, names ...string) {
	t.Helper()
	for _, name := range names {
		if _, ok := findAsset(b, name); !ok {
			t.Errorf("%q not found (assets %v)", name, assetNames(b.Assets))
		}
	}
}

// wantActors fails t for each name b holds no actor of.
func wantActors(t *testing.T, b briefing.Briefing, names ...string) {
	t.Helper()
	for _, name := range names {
		if _, ok := findActor(b, name); !ok {
			t.Errorf("%q not found (actors %v)", name, actorNames(b.Actors))
		}
	}
}

func TestEveryExtractedItemSaysWhy(t *testing.T) {
	for _, path := range fixtureFiles(t) {
		b := extract.Run([]briefing.Document{loadOne(t, path)})
		for _, a := range b.Actors {
			if a.Origin == briefing.Extracted && a.Why.Rule == "" {
				t.Errorf("%s: actor %s has no why", path, a.Name)
			}
		}
		for _, a := range b.Assets {
			if a.Origin == briefing.Extracted && a.Why.Rule == "" {
				t.Errorf("%s: asset %s has no why", path, a.Name)
			}
		}
		for _, q := range b.Questions {
			if q.Origin == briefing.Extracted && (q.Why.Rule == "" || q.Why.Cue == "") {
				t.Errorf("%s: question %q has no rule or cue", path, q.Text)
			}
		}
	}
}

// refuseActors fails t for each name b holds an actor of (by its name or
// an alias); why says what the words are instead.
func refuseActors(t *testing.T, b briefing.Briefing, why string, names ...string) {
	t.Helper()
	for _, name := range names {
		if _, ok := findActor(b, name); ok {
			t.Errorf("%q %s (actors %v)", name, why, actorNames(b.Actors))
		}
	}
}

// refuseActorNames fails t for each name an actor of b is named by (an
// alias may still hold it: "Berg Lind" of "Anna Berg Lind").
func refuseActorNames(t *testing.T, b briefing.Briefing, why string, names ...string) {
	t.Helper()
	for _, name := range names {
		if slices.ContainsFunc(b.Actors, func(a briefing.Actor) bool { return a.Name == name }) {
			t.Errorf("%q %s (actors %v)", name, why, actorNames(b.Actors))
		}
	}
}

// refuseAssets fails t for each name b holds an asset of (by its name or
// an alias).
func refuseAssets(t *testing.T, b briefing.Briefing, why string, names ...string) {
	t.Helper()
	for _, name := range names {
		if _, ok := findAsset(b, name); ok {
			t.Errorf("%q %s (assets %v)", name, why, assetNames(b.Assets))
		}
	}
}
