package extract

import (
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
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
