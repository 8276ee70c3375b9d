package extract

import (
	"slices"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"

	"github.com/briefing-tools/briefing/internal/briefing"
)

// A broken questions.yaml is reported, every fault at once, before any
// document is read.
func TestQuestionDataIsChecked(t *testing.T) {
	var d questionData
	raw, err := data.ReadFile("data/questions.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if err := yaml.Unmarshal(raw, &d); err != nil {
		t.Fatal(err)
	}
	if _, errs := compileQuestions(d); len(errs) > 0 {
		t.Fatalf("the embedded questions.yaml: %v", errs)
	}
	broken := d
	broken.Rules = append([]questionRuleSpec{
		{Name: "no-such-rule", Kind: "claim"},
		{Name: "whether", Kind: "guess", Cues: []cueSpec{{Phrase: "... gap first"}, {Phrase: ""}}},
	}, d.Rules...)
	_, errs := compileQuestions(broken)
	var all []string
	for _, e := range errs {
		all = append(all, e.Error())
	}
	got := strings.Join(all, "\n")
	for _, want := range []string{`"no-such-rule": no such wording rule`, `kind "guess"`, `a gap may not begin`, `a cue has no phrase`, `"whether" is listed twice`} {
		if !strings.Contains(got, want) {
			t.Errorf("no error %q among:\n%s", want, got)
		}
	}
}

// Every cue is found by a key word the index flags, so the prefilter
// never hides a cue from its rule.
func TestEveryCueHasAKeyWord(t *testing.T) {
	g, err := DefaultGazetteer()
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range g.questions.rules {
		for _, c := range r.cues {
			found := false
			for w, list := range g.questions.keyed {
				for _, kc := range list {
					if kc.cue == c {
						found = true
						if g.index.vocab.lookup(hashWord(w), w) < 0 {
							t.Errorf("cue %q: key %q is not in the vocabulary", c.phrase, w)
						}
						// findSentenceKeys finds the cue by its key's number
						if sub := g.questions.words.know(w).sub; !slices.Contains(g.questions.keyedOf(sub), kc) {
							t.Errorf("cue %q: key %q (number %d) does not list it", c.phrase, w, sub)
						}
					}
				}
			}
			if !found {
				t.Errorf("cue %q of rule %s has no key word", c.phrase, r.name)
			}
		}
	}
}

func TestParticipleOfBase(t *testing.T) {
	v, err := readVerbs()
	if err != nil {
		t.Fatal(err)
	}
	for base, want := range map[string]string{"arrest": "arrested", "seize": "seized", "carry": "carried",
		"ban": "banned", "stop": "stopped", "shoot": "shot", "sign": "signed", "deploy": "deployed", "open": "opened"} {
		if got := v.participleFor(base); got != want {
			t.Errorf("participleFor(%q) = %q, want %q", base, got, want)
		}
	}
}

// TestCuesAtTheEdgesOfASentence runs every cue at the very start and the
// very end of a sentence: the wording rules look at the words around a
// cue and must not read past the sentence (a panic costs the document
// all its items).
func TestCuesAtTheEdgesOfASentence(t *testing.T) {
	g, err := DefaultGazetteer()
	if err != nil {
		t.Fatal(err)
	}
	words := func(phrase string) string {
		var out []string
		for _, w := range strings.Fields(phrase) {
			switch {
			case w == "...":
				w = "the ship"
			case strings.HasSuffix(w, "*"):
				w = strings.TrimSuffix(w, "*") + "signed"
			}
			w, _, _ = strings.Cut(w, "|")
			out = append(out, w)
		}
		return strings.Join(out, " ")
	}
	n := 0
	for _, r := range g.questions.rules {
		for _, c := range r.cues {
			cue := words(c.phrase)
			for _, text := range []string{
				strings.ToUpper(cue[:1]) + cue[1:] + " two depots near the port, officials said.",
				"Officials said " + cue + ".",
				strings.ToUpper(cue[:1]) + cue[1:] + ".",
			} {
				a := newAnalysis(g)
				func() {
					defer func() {
						if p := recover(); p != nil {
							t.Errorf("rule %s, cue %q: %q panics: %v", r.name, c.phrase, text, p)
						}
					}()
					a.run(&briefing.Document{ID: "d1", Text: text})
				}()
				n++
			}
		}
	}
	t.Logf("%d sentences with a cue at an edge", n)
}
