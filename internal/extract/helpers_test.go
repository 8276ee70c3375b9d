package extract_test

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/briefing-tools/briefing/internal/briefing"
	"github.com/briefing-tools/briefing/internal/ingest"
)

// fixturesDir holds the sample briefings and their gold annotations.
var fixturesDir = filepath.Join("..", "..", "fixtures")

// fixtureFiles lists the documents directly under fixtures/, sorted. The
// hostile/ sub-directory holds broken inputs for ingest and is left out.
func fixtureFiles(tb testing.TB) []string {
	tb.Helper()
	entries, err := os.ReadDir(fixturesDir)
	if err != nil {
		tb.Fatalf("read fixtures: %v", err)
	}
	var paths []string
	for _, e := range entries {
		if !e.Type().IsRegular() {
			continue
		}
		switch strings.ToLower(filepath.Ext(e.Name())) {
		case ".txt", ".md", ".html", ".pdf", ".docx":
			paths = append(paths, filepath.Join(fixturesDir, e.Name()))
		}
	}
	if len(paths) == 0 {
		tb.Fatalf("no fixture documents in %s", fixturesDir)
	}
	return paths
}

// loadOne loads a single file as the only document, so its id is d1.
func loadOne(tb testing.TB, path string) briefing.Document {
	tb.Helper()
	res := ingest.Load([]string{path}, ingest.Options{})
	for _, w := range res.Warnings {
		tb.Logf("ingest warning: %s", w)
	}
	if len(res.Documents) != 1 {
		tb.Fatalf("%s: loaded %d documents, want 1", path, len(res.Documents))
	}
	return res.Documents[0]
}

// nameTokens splits a name into comparable tokens. Case is kept so the
// plural rule can still recognise short acronyms; callers lower-case.
func nameTokens(s string) []string {
	s = strings.TrimSpace(s)
	for _, suffix := range []string{"'s", "’s", "'S", "’S"} {
		if strings.HasSuffix(s, suffix) {
			s = strings.TrimSuffix(s, suffix)
			break
		}
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case unicode.IsSpace(r), strings.ContainsRune("-‐‑–—−/", r):
			b.WriteRune(' ')
		case strings.ContainsRune(".,\"'‘’“”`«»„", r):
			// Dropped: "U.S." and "US" name the same thing.
		default:
			b.WriteRune(r)
		}
	}
	toks := strings.Fields(b.String())
	if len(toks) > 1 && strings.EqualFold(toks[0], "the") {
		toks = toks[1:]
	}
	return toks
}

// normalize is the canonical form of a name, without the plural variant.
func normalize(s string) string {
	return strings.ToLower(strings.Join(nameTokens(s), " "))
}

// nameKeys returns the forms a name is compared by: its normal form and,
// when it ends in a plural "s", the form without it. For assets, words
// after "class" are dropped so "Arleigh Burke-class destroyers" and
// "Arleigh Burke class" compare equal.
func nameKeys(s string, asset bool) []string {
	toks := nameTokens(s)
	if asset {
		for i := 1; i < len(toks)-1; i++ {
			if strings.EqualFold(toks[i], "class") {
				toks = toks[:i+1]
				break
			}
		}
	}
	if len(toks) == 0 {
		return nil
	}
	base := strings.ToLower(strings.Join(toks, " "))
	keys := []string{base}
	last := strings.ToLower(toks[len(toks)-1])
	// "ss" endings (class, press) are not plurals; short all-caps tokens
	// are acronyms (ISIS is not the plural of ISI).
	if len(last) > 1 && strings.HasSuffix(last, "s") && !strings.HasSuffix(last, "ss") && !shortAcronym(toks[len(toks)-1]) {
		keys = append(keys, strings.TrimSuffix(base, "s"))
	}
	return keys
}

// shortAcronym reports an all-caps token of at most four letters.
func shortAcronym(tok string) bool {
	letters := 0
	for _, r := range tok {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			letters++
		}
	}
	return letters > 0 && letters <= 4
}

// allKeys returns the keys of every name given.
func allKeys(asset bool, names ...string) []string {
	var keys []string
	for _, n := range names {
		keys = append(keys, nameKeys(n, asset)...)
	}
	return keys
}

// overlapKeys reports whether two key lists share a key.
func overlapKeys(a, b []string) bool {
	for _, k := range a {
		if slices.Contains(b, k) {
			return true
		}
	}
	return false
}

// named is the part of an actor or asset that matching looks at.
type named struct {
	Name     string
	Aliases  []string
	Mentions []briefing.Span
	asset    bool
}

func actorNamed(a briefing.Actor) named {
	return named{Name: a.Name, Aliases: a.Aliases, Mentions: a.Mentions}
}

func assetNamed(a briefing.Asset) named {
	return named{Name: a.Name, Aliases: a.Aliases, Mentions: a.Mentions, asset: true}
}

// keys returns the keys of the item's name and every alias.
func (n named) keys() []string {
	return allKeys(n.asset, append([]string{n.Name}, n.Aliases...)...)
}

// namedAs reports whether the item's name or one of its aliases compares
// equal to one of the names given.
func (n named) namedAs(names ...string) bool {
	return overlapKeys(n.keys(), allKeys(n.asset, names...))
}

// mentionProblems returns one line per mention that lies outside its
// document's text or whose text does not name its item.
func mentionProblems(b briefing.Briefing) []string {
	var items []named
	for _, a := range b.Actors {
		items = append(items, actorNamed(a))
	}
	for _, a := range b.Assets {
		items = append(items, assetNamed(a))
	}
	var problems []string
	for _, it := range items {
		keys := it.keys()
		for _, s := range it.Mentions {
			doc := b.Document(s.Doc)
			switch {
			case doc == nil:
				problems = append(problems, fmt.Sprintf("%s: mention in unknown document %q", it.Name, s.Doc))
			case s.Start < 0 || s.End > len(doc.Text) || s.Start >= s.End:
				problems = append(problems, fmt.Sprintf("%s: mention [%d:%d] outside the text of %s", it.Name, s.Start, s.End, docName(doc)))
			default:
				text := doc.Text[s.Start:s.End]
				if !overlapKeys(nameKeys(text, it.asset), keys) {
					problems = append(problems, fmt.Sprintf("%s: mention %q in %s names neither it nor an alias", it.Name, text, docName(doc)))
				}
			}
		}
	}
	return problems
}

func docName(d *briefing.Document) string {
	return d.ID + " (" + filepath.Base(d.Path) + ")"
}

// overlaps reports whether two half-open ranges share a byte.
func overlaps(aStart, aEnd, bStart, bEnd int) bool {
	return aStart < bEnd && bStart < aEnd
}

// evidenceIn returns the question's evidence spans in the given document.
func evidenceIn(q briefing.Question, docID string) []briefing.Span {
	var out []briefing.Span
	for _, s := range q.Evidence {
		if s.Doc == docID {
			out = append(out, s)
		}
	}
	return out
}

// shorten cuts long text for one-line reports.
func shorten(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
