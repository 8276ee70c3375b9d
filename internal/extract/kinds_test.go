package extract

import (
	"encoding/json"
	"math/rand"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/briefing-tools/briefing/internal/briefing"
	"github.com/briefing-tools/briefing/internal/ingest"
)

func TestQuestionKindOf(t *testing.T) {
	cases := map[string]briefing.QuestionKind{
		"When will the carrier arrive?":                              briefing.Timing,
		"How long will the destroyers stay?":                         briefing.Timing,
		"Will the frigate arrive before the talks?":                  briefing.Timing, // timing outranks decision
		"Why did Iran move the launchers?":                           briefing.Intent,
		"Does Moscow intend to reopen the corridor?":                 briefing.Intent,
		"What does the drill signal to Taipei?":                      briefing.Intent,
		"Can Iron Dome cope with a larger salvo?":                    briefing.Capability,
		"Is Hezbollah able to fire precision rockets?":               briefing.Capability,
		"Will the HIMARS range cover the bridge?":                    briefing.Capability, // capability outranks decision
		"Will Trump order a strike?":                                 briefing.Decision,
		"Would Israel join a US attack?":                             briefing.Decision,
		"Will Hamas—or Hezbollah—respond?":                           briefing.Decision,
		"Is the REPORT of a sunk frigate accurate?":                  briefing.Fact,
		"Has the vessel been identified?":                            briefing.Fact,
		"Is the canal open, or is it WHEN-ready?":                    briefing.Fact, // "when" inside a word is no cue
		"Did the Élysée say WHY?":                                    briefing.Fact, // "why" only opens a question
		"Are the claims about the Kh-101 (cruise missile) accurate?": briefing.Fact,
	}
	for q, want := range cases {
		if got := questionKindOf(q); got != want {
			t.Errorf("questionKindOf(%q) = %q, want %q", q, got, want)
		}
	}
}

func TestReconcileSides(t *testing.T) {
	extracted := briefing.Items{Assets: []briefing.Asset{
		{Name: "Patriot", Side: "Ukraine"},
		{Name: "S-300", Aliases: []string{"SA-10"}, Side: "Russia"},
		{Name: "Kalibr", Side: "Russia"},
		{Name: "Bayraktar TB2"},
	}}
	curated := briefing.Items{Assets: []briefing.Asset{
		{Name: "Patriots", Side: "Germany"}, // plural of the same name
		{Name: "sa-10", Side: "Belarus"},    // by an alias, any case
		{Name: "Kalibr"},                    // no side stated: no change
		{Name: "SA-10", Side: "Kazakhstan"}, // the last statement wins
	}}
	reconcileSides(&extracted, curated, foldName)
	want := []string{"Germany", "Kazakhstan", "Russia", ""}
	for i, a := range extracted.Assets {
		if a.Side != want[i] {
			t.Errorf("%s: side %q, want %q", a.Name, a.Side, want[i])
		}
	}
}

// TestFoldedTextIsNotKept overwrites the folded-text buffer after each
// fixture's analysis: an item that kept a piece of it (instead of the
// original text or a copy) would change, and would be corrupted by the
// next document in a real run.
func TestFoldedTextIsNotKept(t *testing.T) {
	g, err := DefaultGazetteer()
	if err != nil {
		t.Fatal(err)
	}
	a := newAnalysis(g)
	paths, _ := filepath.Glob(filepath.Join("..", "..", "fixtures", "*.*"))
	docs := []briefing.Document{{ID: "d0", Path: "roles", Text: "The frigate left port, and the North Korean leader Kim Jong Un watched the launch."}}
	for _, path := range paths {
		docs = append(docs, ingest.Load([]string{path}, ingest.Options{}).Documents...)
	}
	for i := range docs {
		{
			doc, path := &docs[i], docs[i].Path
			items := a.run(doc)
			before, _ := json.Marshal(items)
			a.folded.Lower(strings.Repeat("#", len(doc.Text)))
			after, _ := json.Marshal(items)
			if string(before) != string(after) {
				t.Errorf("%s: items changed when the folded text was overwritten:\n%s\n%s", path, before, after)
			}
		}
	}
}

func TestFoldCaseAgreesWithEqualFold(t *testing.T) {
	words := []string{"Iran", "IRAN", "iran", "\u212aorea", "Korea", "korea", "ſyria", "Syria", "ΣΑΣ", "σας", "ςας", "\xff", "\xfe", "İran", "ıran", ""}
	for _, a := range words {
		for _, b := range words {
			if got, want := foldCase(a) == foldCase(b), strings.EqualFold(a, b); got != want {
				t.Errorf("%q, %q: folded equal %v, EqualFold %v", a, b, got, want)
			}
		}
	}
	g, err := DefaultGazetteer()
	if err != nil {
		t.Fatal(err)
	}
	for _, st := range g.States {
		for _, alias := range st.Aliases {
			if name, ok := g.stateNamed(strings.ToUpper(alias)); !ok || name == "" {
				t.Errorf("stateNamed(%q) = %q, %v", strings.ToUpper(alias), name, ok)
			}
		}
	}
}

func TestSplitASCIIFormMatchesRunes(t *testing.T) {
	parts := []string{"the", "The", "THE", " ", "-", "'", "s", "S", "'s", "Arleigh", "Burke", "class", "F/A-18E/F", "U.S.", "David's", "x", "9", ".", "–"[:1]}
	rng := rand.New(rand.NewSource(5))
	for n := 0; n < 100000; n++ {
		var b strings.Builder
		for j := rng.Intn(8); j >= 0; j-- {
			b.WriteString(parts[rng.Intn(len(parts))])
		}
		s := b.String()
		if !isASCII(s) {
			continue
		}
		if got, want := splitASCIIForm(s), splitRuneForm(s); !slices.Equal(got, want) {
			t.Fatalf("splitASCIIForm(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestMergeQuestionRefs merges the same question from two documents: its
// actors are the union of both, the curated question's first.
func TestMergeQuestionRefs(t *testing.T) {
	docs := []briefing.Document{{ID: "d1"}, {ID: "d2"}}
	m := newMerger(docs)
	m.add(briefing.Items{
		Actors: []briefing.Actor{
			{ID: "a1", Name: "Iran", Kind: briefing.State, Mentions: []briefing.Span{{Doc: "d1", Start: 0, End: 4}}},
			{ID: "a2", Name: "Israel", Kind: briefing.State, Mentions: []briefing.Span{{Doc: "d1", Start: 10, End: 16}}},
		},
		Questions: []briefing.Question{{Text: "Will Iran strike?", Actors: []string{"a1", "a2", "a1"}, Evidence: []briefing.Span{{Doc: "d1", Start: 0, End: 20}}}},
	})
	m.add(briefing.Items{
		Actors: []briefing.Actor{
			{ID: "b1", Name: "United States", Kind: briefing.State, Mentions: []briefing.Span{{Doc: "d2", Start: 0, End: 13}}},
			{ID: "b2", Name: "Israel", Kind: briefing.State, Mentions: []briefing.Span{{Doc: "d2", Start: 20, End: 26}}},
		},
		Questions: []briefing.Question{{Text: "Will Iran strike?", Origin: briefing.Curated, Actors: []string{"b1", "b2", "gone"}, Evidence: []briefing.Span{{Doc: "d2", Start: 0, End: 20}}}},
	})
	b := m.finish()
	if len(b.Questions) != 1 {
		t.Fatalf("%d questions, want 1", len(b.Questions))
	}
	names := map[string]string{}
	for _, a := range b.Actors {
		names[a.ID] = a.Name
	}
	var got []string
	for _, id := range b.Questions[0].Actors {
		got = append(got, names[id])
	}
	if want := []string{"United States", "Israel", "Iran"}; !slices.Equal(got, want) {
		t.Errorf("question actors %q, want %q", got, want)
	}
}

// TestStatusRanks: every status a word can state has its own rank, so
// that cueAt can remember it as a number.
func TestStatusRanks(t *testing.T) {
	g, err := DefaultGazetteer()
	if err != nil {
		t.Fatal(err)
	}
	for w, st := range g.lexicon.statusOf {
		if rank, ok := statusOrder[st]; !ok || statusByRank[rank] != st {
			t.Errorf("%q states %q, which has no rank of its own", w, st)
		}
	}
	for _, st := range []briefing.Status{briefing.EnRoute, briefing.Deployed, briefing.Planned} {
		if statusByRank[statusOrder[st]] != st {
			t.Errorf("%q has no rank of its own", st)
		}
	}
}
