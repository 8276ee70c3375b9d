package extract_test

import (
	"strings"
	"testing"

	"github.com/briefing-tools/briefing/internal/briefing"
	"github.com/briefing-tools/briefing/internal/extract"
)

// wordingCase is a sentence written for the wording tests and the
// question a wording rule makes of it, with its kind and rule; a
// settled statement wants none.
type wordingCase struct {
	text, want string
	kind       briefing.QuestionKind
	rule       string
}

// checkWording pins the question each wording rule makes of a
// sentence, with its kind and rule: changing a rule's wording fails
// here. Settled statements raise none.
func checkWording(t *testing.T, cases []wordingCase) {
	t.Helper()
	for _, c := range cases {
		b := extract.Run([]briefing.Document{{ID: "d1", Text: c.text}})
		if c.want == "" {
			for _, q := range b.Questions {
				t.Errorf("%q: a settled statement raised %q (rule %s)", c.text, q.Text, q.Why.Rule)
			}
			continue
		}
		var got []string
		found := false
		for _, q := range b.Questions {
			got = append(got, q.Text+" ["+q.Why.Rule+"]")
			if q.Text != c.want {
				continue
			}
			found = true
			if q.Kind != c.kind || q.Why.Rule != c.rule {
				t.Errorf("%q: kind %s rule %s, want kind %s rule %s", c.want, q.Kind, q.Why.Rule, c.kind, c.rule)
			}
			if q.Why.Cue == "" || len(q.Evidence) == 0 {
				t.Errorf("%q: no cue or evidence", c.want)
			}
		}
		if !found {
			t.Errorf("%q\n  want %q\n  got  %s", c.text, c.want, strings.Join(got, " | "))
		}
	}
}

// TestQuestionEvidenceOfBothSides: a claim and the denial that answers
// it make one question resting on both sentences.
func TestQuestionEvidenceOfBothSides(t *testing.T) {
	text := "The rebels said they had downed a transport plane. The air force denied the report."
	b := extract.Run([]briefing.Document{{ID: "d1", Text: text}})
	if len(b.Questions) != 1 {
		t.Fatalf("got %d questions, want 1: %+v", len(b.Questions), b.Questions)
	}
	q := b.Questions[0]
	if len(q.Evidence) != 2 {
		t.Fatalf("%q rests on %d spans, want the claim's and the denial's", q.Text, len(q.Evidence))
	}
	for i, want := range []string{"The rebels said", "The air force denied"} {
		if got := text[q.Evidence[i].Start:q.Evidence[i].End]; !strings.HasPrefix(got, want) {
			t.Errorf("evidence %d is %q, want the sentence starting %q", i, got, want)
		}
	}
	if q.Kind != briefing.Conflict {
		t.Errorf("kind %s, want conflict", q.Kind)
	}
}

// TestNoMisbuiltQuestions: a clause read from the wrong place gives no
// question rather than a broken one ("Did among the weapons …").
func TestNoMisbuiltQuestions(t *testing.T) {
	for _, text := range []string{
		"Among the weapons reportedly seized by the militants were four trucks and two mortars.",
		"The group said on Monday it had fired rockets at the base, and made no mention of the convoy.",
	} {
		b := extract.Run([]briefing.Document{{ID: "d1", Text: text}})
		for _, q := range b.Questions {
			second := strings.Fields(q.Text)[1]
			switch strings.ToLower(second) {
			case "among", "in", "on", "have", "has", "had":
				t.Errorf("%q: misbuilt question %q", text, q.Text)
			}
		}
	}
}
