package crossdoc_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"

	"github.com/briefing-tools/briefing/internal/briefing"
	"github.com/briefing-tools/briefing/internal/crossdoc"
	"github.com/briefing-tools/briefing/internal/export"
	"github.com/briefing-tools/briefing/internal/extract"
	"github.com/briefing-tools/briefing/internal/ingest"
)

// minDateAccuracy is the share of gold dates that must be found and
// resolved to the gold value, precision and basis.
const minDateAccuracy = 0.95

const fixturesDir = "../../fixtures"

// crossGold is fixtures/crossdoc/NAME.gold.yaml.
type crossGold struct {
	Documents []string `yaml:"documents"`
	Dates     []struct {
		Doc       string `yaml:"doc"`
		Text      string `yaml:"text"`
		Date      string `yaml:"date"`
		Precision string `yaml:"precision"`
		Basis     string `yaml:"basis"`
	} `yaml:"dates"`
	Corroboration []struct {
		Item      string `yaml:"item"`
		Documents int    `yaml:"documents"`
		Sources   int    `yaml:"sources"`
	} `yaml:"corroboration"`
	Conflicts []struct {
		Item string   `yaml:"item"`
		Rule string   `yaml:"rule"`
		Docs []string `yaml:"docs"`
	} `yaml:"conflicts"`
	Compatible []struct {
		Item string `yaml:"item"`
		Rule string `yaml:"rule"`
		Why  string `yaml:"why"`
	} `yaml:"compatible"`
}

// crossFixture is one gold file with the briefing of its documents.
type crossFixture struct {
	name string
	gold crossGold
	b    briefing.Briefing
	// byFile maps a document's file name to its id
	byFile map[string]string
}

func loadCrossFixtures(t *testing.T) []crossFixture {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join(fixturesDir, "crossdoc", "*.gold.yaml"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no cross-document gold under %s/crossdoc: %v", fixturesDir, err)
	}
	var out []crossFixture
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		var g crossGold
		dec := yaml.NewDecoder(bytes.NewReader(data))
		dec.KnownFields(true)
		if err := dec.Decode(&g); err != nil && !errors.Is(err, io.EOF) {
			t.Fatalf("%s: %v", p, err)
		}
		var docs []string
		for _, d := range g.Documents {
			docs = append(docs, filepath.Join(fixturesDir, d))
		}
		res := ingest.Load(docs, ingest.Options{})
		if len(res.Warnings) > 0 || len(res.Documents) != len(docs) {
			t.Fatalf("%s: loading its documents: %d of %d, warnings %v", p, len(res.Documents), len(docs), res.Warnings)
		}
		f := crossFixture{name: filepath.Base(p), gold: g, b: extract.Run(res.Documents), byFile: map[string]string{}}
		for _, d := range f.b.Documents {
			f.byFile[filepath.Base(d.Path)] = d.ID
		}
		out = append(out, f)
	}
	return out
}

// TestFixtureDates: the gold dates of the cross-document fixtures are
// found and resolved (value, precision, basis); prints the accuracy.
func TestFixtureDates(t *testing.T) {
	for _, f := range loadCrossFixtures(t) {
		right := 0
		var notes []string
		for _, g := range f.gold.Dates {
			doc := f.byFile[g.Doc]
			if doc == "" {
				t.Fatalf("%s: gold date in %s, which is not among its documents", f.name, g.Doc)
			}
			var got *briefing.Event
			for i, e := range f.b.Timeline {
				if e.DateSpan.Doc == doc && strings.Contains(e.Stated, g.Text) {
					got = &f.b.Timeline[i]
					break
				}
			}
			switch {
			case got == nil:
				notes = append(notes, fmt.Sprintf("%s: %q not found", g.Doc, g.Text))
			case got.Date != g.Date || string(got.Precision) != g.Precision || string(got.Basis) != g.Basis:
				notes = append(notes, fmt.Sprintf("%s: %q → %s/%s/%s, gold %s/%s/%s", g.Doc, g.Text, got.Date, got.Precision, got.Basis, g.Date, g.Precision, g.Basis))
			default:
				right++
			}
		}
		acc := float64(right) / float64(len(f.gold.Dates))
		t.Logf("%s: date resolution accuracy %.2f (%d/%d gold dates); %d events on the timeline", f.name, acc, right, len(f.gold.Dates), len(f.b.Timeline))
		for _, n := range notes {
			t.Log("  " + n)
		}
		if acc < minDateAccuracy {
			t.Errorf("%s: date accuracy %.2f, want ≥ %.2f", f.name, acc, minDateAccuracy)
		}
		// nothing found that the gold does not list: no invented dates
		for _, e := range f.b.Timeline {
			listed := slices.ContainsFunc(f.gold.Dates, func(g struct {
				Doc       string `yaml:"doc"`
				Text      string `yaml:"text"`
				Date      string `yaml:"date"`
				Precision string `yaml:"precision"`
				Basis     string `yaml:"basis"`
			}) bool {
				return f.byFile[g.Doc] == e.DateSpan.Doc && strings.Contains(e.Stated, g.Text)
			})
			if !listed {
				t.Errorf("%s: date %q in %s is not in the gold", f.name, e.Stated, e.Document)
			}
		}
	}
}

// itemSources finds an item by name or alias and returns its sources.
func itemSources(b *briefing.Briefing, name string) (*briefing.Sources, bool) {
	is := func(n string, aliases []string) bool {
		return strings.EqualFold(n, name) || slices.ContainsFunc(aliases, func(a string) bool { return strings.EqualFold(a, name) })
	}
	for _, a := range b.Actors {
		if is(a.Name, a.Aliases) {
			return a.Sources, true
		}
	}
	for _, a := range b.Assets {
		if is(a.Name, a.Aliases) {
			return a.Sources, true
		}
	}
	return nil, false
}

func TestFixtureCorroboration(t *testing.T) {
	for _, f := range loadCrossFixtures(t) {
		for _, g := range f.gold.Corroboration {
			s, ok := itemSources(&f.b, g.Item)
			if !ok || s == nil {
				t.Errorf("%s: %s not found, or without sources", f.name, g.Item)
				continue
			}
			if s.DocumentCount != g.Documents || s.SourceCount != g.Sources || len(s.Documents) != s.DocumentCount || len(s.Distinct) != s.SourceCount {
				t.Errorf("%s: %s reported by %d documents (%v), %d sources (%v); gold %d, %d",
					f.name, g.Item, s.DocumentCount, s.Documents, s.SourceCount, s.Distinct, g.Documents, g.Sources)
			}
			for _, d := range s.Documents {
				if d.Name == "" || d.Name == d.ID {
					t.Errorf("%s: %s cites document %q by id, not by name", f.name, g.Item, d.ID)
				}
			}
		}
	}
}

// conflictsAbout returns the conflict questions about an item, by rule.
func conflictsAbout(b *briefing.Briefing, item, rule string) []briefing.Question {
	ids := map[string]bool{}
	for _, a := range b.Assets {
		if strings.EqualFold(a.Name, item) || slices.ContainsFunc(a.Aliases, func(x string) bool { return strings.EqualFold(x, item) }) {
			ids[a.ID] = true
		}
	}
	var out []briefing.Question
	for _, q := range b.Questions {
		if q.Kind != briefing.Conflict || q.Why.Rule != crossdoc.RulePrefix+rule {
			continue
		}
		if slices.ContainsFunc(q.Assets, func(id string) bool { return ids[id] }) {
			out = append(out, q)
		}
	}
	return out
}

// TestFixtureConflicts: every planted conflict is raised, naming both
// sources and linking evidence in both documents; nothing is raised on
// the values the gold calls compatible, nor anything not planted.
func TestFixtureConflicts(t *testing.T) {
	for _, f := range loadCrossFixtures(t) {
		found := 0
		for _, g := range f.gold.Conflicts {
			qs := conflictsAbout(&f.b, g.Item, g.Rule)
			if len(qs) != 1 {
				t.Errorf("%s: %d %s conflicts about %s, want 1", f.name, len(qs), g.Rule, g.Item)
				continue
			}
			q := qs[0]
			var docs []string
			for _, e := range q.Evidence {
				docs = append(docs, e.Doc)
				if e.Start >= e.End {
					t.Errorf("%s: %q has empty evidence %+v", f.name, q.Text, e)
				}
			}
			want := []string{f.byFile[g.Docs[0]], f.byFile[g.Docs[1]]}
			slices.Sort(docs)
			slices.Sort(want)
			if !slices.Equal(docs, want) {
				t.Errorf("%s: %q links evidence in %v, want %v", f.name, q.Text, docs, want)
				continue
			}
			for _, id := range want {
				d := f.b.Document(id)
				if !strings.Contains(q.Text, crossdoc.SourceOf(d)) && !strings.Contains(q.Text, d.Name()) {
					t.Errorf("%s: %q does not name %s", f.name, q.Text, crossdoc.SourceOf(d))
				}
			}
			found++
			t.Logf("%s: %s", f.name, q.Text)
		}
		t.Logf("%s: %d/%d planted conflicts found", f.name, found, len(f.gold.Conflicts))
		for _, g := range f.gold.Compatible {
			if _, ok := itemSources(&f.b, g.Item); !ok {
				t.Errorf("%s: compatible item %s is not in the briefing, so nothing is checked", f.name, g.Item)
			}
			if qs := conflictsAbout(&f.b, g.Item, g.Rule); len(qs) > 0 {
				t.Errorf("%s: %s of %s raised %q, but the values agree (%s)", f.name, g.Rule, g.Item, qs[0].Text, g.Why)
			}
		}
		raised := 0
		for _, q := range f.b.Questions {
			if strings.HasPrefix(q.Why.Rule, crossdoc.RulePrefix) {
				raised++
			}
		}
		if raised != len(f.gold.Conflicts) {
			t.Errorf("%s: %d conflict questions raised, %d planted", f.name, raised, len(f.gold.Conflicts))
		}
	}
}

// TestNoConflictsAcrossUnrelatedFixtures: the fixtures of unrelated
// crises, loaded together, raise no cross-document conflict (their
// drones, destroyers and helicopters are not the same ones).
func TestNoConflictsAcrossUnrelatedFixtures(t *testing.T) {
	entries, err := os.ReadDir(fixturesDir)
	if err != nil {
		t.Fatal(err)
	}
	var paths []string
	for _, e := range entries {
		if !e.IsDir() && !strings.HasSuffix(e.Name(), ".gold.yaml") && !strings.HasPrefix(e.Name(), "hormuz-") {
			paths = append(paths, filepath.Join(fixturesDir, e.Name()))
		}
	}
	b := extract.Run(ingest.Load(paths, ingest.Options{}).Documents)
	for _, q := range b.Questions {
		if strings.HasPrefix(q.Why.Rule, crossdoc.RulePrefix) {
			t.Errorf("unrelated fixtures raised %q (%s)", q.Text, q.Why.Rule)
		}
	}
}

// TestConflictsSurviveAReload: an export of the crisis, loaded back,
// gives the same conflicts, sources and timeline (what each document
// said of an asset travels in its reports); an export without those
// fields (written before them) still loads.
func TestConflictsSurviveAReload(t *testing.T) {
	for _, f := range loadCrossFixtures(t) {
		var buf bytes.Buffer
		if err := export.JSON(&buf, f.b); err != nil {
			t.Fatal(err)
		}
		path := filepath.Join(t.TempDir(), "crisis.json")
		if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		res := ingest.Load([]string{path}, ingest.Options{})
		if len(res.Warnings) > 0 {
			t.Fatalf("reload warnings: %v", res.Warnings)
		}
		again := extract.Run(res.Documents)
		if got, want := conflictTexts(&again), conflictTexts(&f.b); !slices.Equal(got, want) {
			t.Errorf("%s: conflicts after a reload %q, want %q", f.name, got, want)
		}
		if len(again.Timeline) != len(f.b.Timeline) {
			t.Errorf("%s: %d events after a reload, want %d", f.name, len(again.Timeline), len(f.b.Timeline))
		}
		s, _ := itemSources(&again, "USS McFaul")
		if s == nil || s.SourceCount != 5 {
			t.Errorf("%s: USS McFaul's sources after a reload: %+v", f.name, s)
		}

		// the same export without the fields this version added
		var raw map[string]any
		if err := json.Unmarshal(buf.Bytes(), &raw); err != nil {
			t.Fatal(err)
		}
		delete(raw, "timeline")
		for _, list := range []string{"actors", "assets", "questions"} {
			for _, it := range raw[list].([]any) {
				delete(it.(map[string]any), "sources")
				delete(it.(map[string]any), "reports")
			}
		}
		old, err := json.Marshal(raw)
		if err != nil {
			t.Fatal(err)
		}
		oldPath := filepath.Join(t.TempDir(), "old.json")
		if err := os.WriteFile(oldPath, old, 0o644); err != nil {
			t.Fatal(err)
		}
		res = ingest.Load([]string{oldPath}, ingest.Options{})
		if len(res.Warnings) > 0 || len(res.Documents) != len(f.b.Documents) {
			t.Fatalf("old export: %d documents, warnings %v", len(res.Documents), res.Warnings)
		}
		fromOld := extract.Run(res.Documents)
		if len(fromOld.Timeline) != len(f.b.Timeline) || len(fromOld.Assets) != len(f.b.Assets) {
			t.Errorf("old export: %d events, %d assets; want %d, %d", len(fromOld.Timeline), len(fromOld.Assets), len(f.b.Timeline), len(f.b.Assets))
		}
	}
}

func conflictTexts(b *briefing.Briefing) []string {
	var out []string
	for _, q := range b.Questions {
		if strings.HasPrefix(q.Why.Rule, crossdoc.RulePrefix) {
			out = append(out, q.Text)
		}
	}
	slices.Sort(out)
	return out
}
