package extract_test

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/briefing-tools/briefing/internal/briefing"
	"github.com/briefing-tools/briefing/internal/extract"
)

// seedPath is a real news article kept beside the repository, not in it.
var seedPath = filepath.Join("..", "..", "..", "shared", "seeds", "000_55285c0b103b9a94.txt")

// wantActor is an actor the seed article must yield exactly once.
type wantActor struct {
	names []string // any of these, as name or alias
	kind  briefing.ActorKind
	check func(briefing.Actor) string // extra attribute check; "" when fine
}

// wantAsset is an order-of-battle entry the seed article must yield.
type wantAsset struct {
	label    string
	match    func(briefing.Asset) bool
	statuses []briefing.Status // allowed statuses; any non-empty when nil
}

func TestSeedArticle(t *testing.T) {
	if _, err := os.Stat(seedPath); err != nil {
		t.Skipf("seed article not found (%v); it lives in ../shared/seeds beside the repository", err)
	}
	doc := loadOne(t, seedPath)
	b := extract.Run([]briefing.Document{doc})
	logBriefing(t, b)

	checkSeedActors(t, b)
	checkSeedAssets(t, b)
	checkSeedQuestions(t, doc, b)
	for _, p := range mentionProblems(b) {
		t.Errorf("bad mention: %s", p)
	}
}

func checkSeedActors(t *testing.T, b briefing.Briefing) {
	want := []wantActor{
		{names: []string{"Brad Cooper", "Cooper"}, kind: briefing.Person, check: func(a briefing.Actor) string {
			var bad []string
			if !strings.Contains(strings.ToLower(a.Title), "admiral") {
				bad = append(bad, fmt.Sprintf("title %q lacks Admiral", a.Title))
			}
			if !mentionsAny(a.Affiliation, "united states", "us", "centcom", "central command") {
				bad = append(bad, fmt.Sprintf("affiliation %q names neither the United States nor CENTCOM", a.Affiliation))
			}
			return strings.Join(bad, "; ")
		}},
		{names: []string{"Eyal Zamir", "Zamir"}, kind: briefing.Person, check: func(a briefing.Actor) string {
			var bad []string
			if !mentionsAny(a.Title, "lieutenant general", "lt gen") {
				bad = append(bad, fmt.Sprintf("title %q lacks Lieutenant General", a.Title))
			}
			if !mentionsAny(a.Affiliation, "israel", "idf", "israel defense forces") {
				bad = append(bad, fmt.Sprintf("affiliation %q names neither Israel nor the IDF", a.Affiliation))
			}
			return strings.Join(bad, "; ")
		}},
		{names: []string{"Donald Trump", "Trump"}, kind: briefing.Person},
		{names: []string{"Iran"}, kind: briefing.State},
		{names: []string{"Israel"}, kind: briefing.State},
		{names: []string{"United States", "US", "USA"}, kind: briefing.State},
		{names: []string{"IDF", "Israel Defense Forces"}, kind: briefing.Organization},
		{names: []string{"CENTCOM", "US CENTCOM", "United States Central Command", "US Central Command"}, kind: briefing.Organization},
		{names: []string{"Iranian protesters"}, kind: briefing.Group},
	}
	for _, w := range want {
		var found []briefing.Actor
		for _, a := range b.Actors {
			if actorNamed(a).namedAs(w.names...) {
				found = append(found, a)
			}
		}
		switch {
		case len(found) == 0:
			t.Errorf("actor %q not found", w.names[0])
			continue
		case len(found) > 1:
			t.Errorf("actor %q found %d times, want once: %s", w.names[0], len(found), actorNames(found))
		}
		a := found[0]
		if a.Kind != w.kind {
			t.Errorf("actor %q: kind %q, want %q", a.Name, a.Kind, w.kind)
		}
		if w.check != nil {
			if msg := w.check(a); msg != "" {
				t.Errorf("actor %q: %s", a.Name, msg)
			}
		}
	}

	// No two actors may share a name or alias: that is one actor split.
	for i, a := range b.Actors {
		for _, o := range b.Actors[i+1:] {
			if overlapKeys(actorNamed(a).keys(), actorNamed(o).keys()) {
				t.Errorf("actors %q and %q share a name or alias", a.Name, o.Name)
			}
		}
	}

	// Ships, classes, places and capitalised sentence openers are not
	// actors. The Jerusalem Post is (a media organisation), so it is not
	// listed here.
	notActors := []string{
		"Abraham Lincoln", "USS Abraham Lincoln", "Arleigh Burke",
		"Middle East", "Gulf of Oman",
		"Moreover", "Further", "Publicly", "Broadly", "Officials", "While", "One", "Waiting",
	}
	for _, a := range b.Actors {
		for _, n := range notActors {
			if actorNamed(a).namedAs(n) {
				t.Errorf("%q (name %q) is not an actor", n, a.Name)
			}
		}
	}
}

func checkSeedAssets(t *testing.T, b briefing.Briefing) {
	named := func(names ...string) func(briefing.Asset) bool {
		return func(a briefing.Asset) bool { return assetNamed(a).namedAs(names...) }
	}
	// nameHas matches a part anywhere in the name or an alias.
	nameHas := func(parts ...string) func(briefing.Asset) bool {
		return func(a briefing.Asset) bool { return containsNorm(append([]string{a.Name}, a.Aliases...), parts...) }
	}
	// kindHas also looks at the category, for generic platforms.
	kindHas := func(parts ...string) func(briefing.Asset) bool {
		return func(a briefing.Asset) bool {
			return containsNorm(append([]string{a.Name, a.Category}, a.Aliases...), parts...)
		}
	}
	namePrefix := func(prefix string) func(briefing.Asset) bool {
		return func(a briefing.Asset) bool {
			for _, s := range append([]string{a.Name}, a.Aliases...) {
				if strings.HasPrefix(normalize(s), normalize(prefix)) {
					return true
				}
			}
			return false
		}
	}
	soon := []briefing.Status{briefing.Planned, briefing.EnRoute}
	want := []wantAsset{
		// "it could arrive in a matter of days"
		{"USS Abraham Lincoln", named("USS Abraham Lincoln", "Abraham Lincoln"), []briefing.Status{briefing.EnRoute}},
		{"Arleigh Burke class", named("Arleigh Burke class"), nil},
		{"Tomahawk", named("Tomahawk"), nil},
		{"Aegis", nameHas("aegis"), nil},
		{"THAAD", nameHas("thaad", "terminal high altitude area defense"), nil},
		// "has already flown into the area"
		{"F-15", namePrefix("f-15"), []briefing.Status{briefing.Deployed}},
		{"refueling aircraft", kindHas("refueling aircraft", "refuelling aircraft"), nil},
		// "will include … joining the fray"
		{"F-35", namePrefix("f-35"), soon},
		{"F/A-18E/F", nameHas("f/a-18e/f", "super hornet"), soon},
		{"EA-18G Growler", nameHas("ea-18g", "growler"), soon},
		{"helicopters", kindHas("helicopter"), nil},
	}
	for _, w := range want {
		var found []briefing.Asset
		for _, a := range b.Assets {
			if w.match(a) {
				found = append(found, a)
			}
		}
		if len(found) == 0 {
			t.Errorf("asset %q not found", w.label)
			continue
		}
		if len(found) > 1 {
			// Not asserted: a type can fairly appear as a class and a unit.
			t.Logf("note: asset %q matched %d entries: %s", w.label, len(found), assetNames(found))
		}
		a := found[0]
		if a.Side != "United States" {
			t.Errorf("asset %q (%s): side %q, want \"United States\"", w.label, a.Name, a.Side)
		}
		switch {
		case a.Status == "":
			t.Errorf("asset %q (%s): no status", w.label, a.Name)
		case w.statuses != nil && !slices.Contains(w.statuses, a.Status):
			t.Errorf("asset %q (%s): status %q, want one of %q", w.label, a.Name, a.Status, w.statuses)
		}
	}
}

// containsNorm reports whether one of the strings contains one of the
// parts, both in normal form ("F/A-18E/F Super Hornets" has "f/a-18e/f").
func containsNorm(strs []string, parts ...string) bool {
	for _, s := range strs {
		n := normalize(s)
		for _, p := range parts {
			if np := normalize(p); n != "" && np != "" && strings.Contains(n, np) {
				return true
			}
		}
	}
	return false
}

// mentionsAny reports whether s contains one of the parts as whole
// words, both compared in normal form ("Lt.-Gen." contains "lt gen").
func mentionsAny(s string, parts ...string) bool {
	hay := " " + normalize(s) + " "
	for _, p := range parts {
		if n := normalize(p); n != "" && strings.Contains(hay, " "+n+" ") {
			return true
		}
	}
	return false
}

func checkSeedQuestions(t *testing.T, doc briefing.Document, b briefing.Briefing) {
	// Each want lists cue phrases; a question over any of their lines
	// will do.
	want := [][]string{
		{"whether US President Donald Trump will use military force", "kept observers guessing"},
		{"Israel might participate in a US attack"},
		{"it could arrive in a matter of days"},
		{"decides to fire ballistic missiles"},
	}
	for _, cues := range want {
		var lines [][2]int
		for _, c := range cues {
			start, end, ok := lineAround(doc.Text, c)
			if !ok {
				t.Fatalf("cue %q is not in the seed text; has the seed changed?", c)
			}
			lines = append(lines, [2]int{start, end})
		}
		var near []string // questions over the line but badly formed
		found := false
		for _, q := range b.Questions {
			over := false
			for _, e := range evidenceIn(q, doc.ID) {
				for _, l := range lines {
					over = over || overlaps(e.Start, e.End, l[0], l[1])
				}
			}
			if !over {
				continue
			}
			if msg := questionForm(q.Text); msg != "" {
				near = append(near, fmt.Sprintf("%q (%s)", q.Text, msg))
				continue
			}
			found = true
		}
		switch {
		case !found && len(near) > 0:
			t.Errorf("no well-formed question over the sentence containing %q; badly formed: %s", cues[0], strings.Join(near, "; "))
		case !found:
			t.Errorf("no question over the sentence containing %q", cues[0])
		}
	}
}

// lineAround returns the line holding phrase; the seed has one
// paragraph per line.
func lineAround(text, phrase string) (start, end int, ok bool) {
	i := strings.Index(text, phrase)
	if i < 0 {
		return 0, 0, false
	}
	start = strings.LastIndexByte(text[:i], '\n') + 1
	end = len(text)
	if j := strings.IndexByte(text[i:], '\n'); j >= 0 {
		end = i + j
	}
	return start, end, true
}

// questionForm returns why text is not a well-formed question, or "".
func questionForm(text string) string {
	first, _ := utf8.DecodeRuneInString(text)
	switch {
	case text != strings.TrimSpace(text):
		return "surrounding space"
	case strings.ContainsAny(text, "\n\r"):
		return "spans lines"
	case !strings.HasSuffix(text, "?"):
		return "does not end in ?"
	case !unicode.IsUpper(first):
		return "does not start with a capital"
	case len(strings.Fields(text)) < 3:
		return "too short"
	}
	return ""
}

func actorNames(as []briefing.Actor) string {
	var names []string
	for _, a := range as {
		names = append(names, a.Name)
	}
	return strings.Join(names, ", ")
}

func assetNames(as []briefing.Asset) string {
	var names []string
	for _, a := range as {
		names = append(names, a.Name)
	}
	return strings.Join(names, ", ")
}

// logBriefing prints everything found, for eyeballing with -v.
func logBriefing(t *testing.T, b briefing.Briefing) {
	t.Helper()
	var s strings.Builder
	fmt.Fprintf(&s, "\nactors (%d):\n", len(b.Actors))
	for _, a := range b.Actors {
		fmt.Fprintf(&s, "  %-32s %-12s title=%q affiliation=%q aliases=%q mentions=%d\n",
			a.Name, a.Kind, a.Title, a.Affiliation, a.Aliases, len(a.Mentions))
	}
	fmt.Fprintf(&s, "assets (%d):\n", len(b.Assets))
	for _, a := range b.Assets {
		fmt.Fprintf(&s, "  %-32s side=%q status=%q quantity=%q category=%q location=%q aliases=%q\n",
			a.Name, a.Side, a.Status, a.Quantity, a.Category, a.Location, a.Aliases)
	}
	fmt.Fprintf(&s, "questions (%d):\n", len(b.Questions))
	for _, q := range b.Questions {
		fmt.Fprintf(&s, "  [%s] %s\n", q.Kind, q.Text)
		for _, e := range q.Evidence {
			if d := b.Document(e.Doc); d != nil && e.Start >= 0 && e.End <= len(d.Text) && e.Start <= e.End {
				fmt.Fprintf(&s, "      evidence: %s\n", shorten(d.Text[e.Start:e.End], 100))
			}
		}
	}
	t.Log(s.String())
}
