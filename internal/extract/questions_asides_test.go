package extract_test

import (
	"strings"
	"testing"

	"github.com/briefing-tools/briefing/internal/briefing"
	"github.com/briefing-tools/briefing/internal/extract"
)

// TestALikelyAsideAsksItsGuess: "X, likely to V, …" asks whether X will
// V, as is likely; "is not likely to" stays the modal rule's.
func TestALikelyAsideAsksItsGuess(t *testing.T) {
	b := extract.Run([]briefing.Document{{ID: "d1", Text: "This third corvette, likely to be named Aris, will be handed over in May."}})
	want := "Will this third corvette be named Aris, as is likely?"
	for _, q := range b.Questions {
		if q.Text == want {
			if q.Why.Rule != "pending" || q.Kind != briefing.Fact {
				t.Errorf("%q: rule %s kind %s, want pending and fact", want, q.Why.Rule, q.Kind)
			}
			return
		}
	}
	t.Errorf("want %q, got %v", want, b.Questions)
}

// TestAHedgedSubjectKeepsItsParticiple: "the armed group" is one noun
// phrase; the hedge asks whether its members did what the clause says.
func TestAHedgedSubjectKeepsItsParticiple(t *testing.T) {
	b := extract.Run([]briefing.Document{{ID: "d1", Text: "On Monday, suspected members of the armed group ambushed a supply column."}})
	want := "Did members of the armed group ambush a supply column, as suspected?"
	for _, q := range b.Questions {
		if q.Text == want {
			return
		}
	}
	t.Errorf("want %q, got %v", want, b.Questions)
}

// TestOperationsJustBeginningAskHowLong: fighting that is only starting
// asks how long it will go on.
func TestOperationsJustBeginningAskHowLong(t *testing.T) {
	b := extract.Run([]briefing.Document{{ID: "d1", Text: "The colonel said the clearance operations are only beginning in the delta."}})
	want := "How long will the clearance operations go on?"
	for _, q := range b.Questions {
		if q.Text == want {
			if q.Kind != briefing.Timing {
				t.Errorf("%q: kind %s, want timing", want, q.Kind)
			}
			return
		}
	}
	t.Errorf("want %q, got %v", want, b.Questions)
}

// TestLikelyInsideASubjectEndsAtTheMainVerb: "N likely to V …" before
// the sentence's own verb asks only what is likely.
func TestLikelyInsideASubjectEndsAtTheMainVerb(t *testing.T) {
	b := extract.Run([]briefing.Document{{ID: "d1", Text: "Three patrol boats likely to reach the lagoon by March were handed over on Friday."}})
	want := "Will three patrol boats reach the lagoon by March?"
	for _, q := range b.Questions {
		if q.Text == want {
			return
		}
	}
	t.Errorf("want %q, got %v", want, b.Questions)
}

// TestClaimsAboutClaimsAndCoordinatedParticiples: what a party says
// about claims is no combat result of its own; "to have killed … and
// downed …" puts both verbs in the base form.
func TestClaimsAboutClaimsAndCoordinatedParticiples(t *testing.T) {
	b := extract.Run([]briefing.Document{{ID: "d1", Text: "The army has denied losses. The militia, a party to the war, added that the claims its leader was wounded in the raid are lies. " +
		"The militia has not acknowledged its losses, but claims to have killed four soldiers and downed two helicopters."}})
	want := "Did the militia kill four soldiers and down two helicopters, as it claims?"
	found := false
	for _, q := range b.Questions {
		if q.Why.Rule == "party-claim" && strings.Contains(q.Text, "the claims") {
			t.Errorf("a statement about claims read as a combat result: %q", q.Text)
		}
		found = found || q.Text == want
	}
	if !found {
		t.Errorf("want %q, got %v", want, b.Questions)
	}
}

// TestClaimingResponsibilityAsksWhoDidIt: the participle "claiming
// responsibility for …" lays the attacks at the subject's door, up to a
// second participle of the subject.
func TestClaimingResponsibilityAsksWhoDidIt(t *testing.T) {
	b := extract.Run([]briefing.Document{{ID: "d1", Text: "The cell has grown bolder, claiming responsibility for raids near the dam and showing a new reach."}})
	want := "Did the cell carry out raids near the dam, as claimed?"
	for _, q := range b.Questions {
		if q.Text == want {
			return
		}
	}
	t.Errorf("want %q, got %v", want, b.Questions)
}

// TestBlamedInThePassive: "X has been blamed for Y" asks whether X was
// behind Y, not whether Y carried out X.
func TestBlamedInThePassive(t *testing.T) {
	b := extract.Run([]briefing.Document{{ID: "d1", Text: "Two ferries were sunk this month. Eritrea has been blamed for both sinkings."}})
	want := "Was Eritrea behind both sinkings, as blamed?"
	for _, q := range b.Questions {
		if q.Text == want {
			return
		}
	}
	t.Errorf("want %q, got %v", want, b.Questions)
}

// TestASpeakersOurBeforeANameIsDropped: a press release's "our" before a
// name means nothing in a reader's question.
func TestASpeakersOurBeforeANameIsDropped(t *testing.T) {
	b := extract.Run([]briefing.Document{{ID: "d1", Text: "Our Coast Guard cutters will depart for the atoll next week."}})
	want := "Will Coast Guard cutters depart for the atoll next week?"
	for _, q := range b.Questions {
		if q.Text == want {
			return
		}
	}
	t.Errorf("want %q, got %v", want, b.Questions)
}

// TestBlamingADoerNamedByWhatItIs: "blamed the militia for the attack"
// lays the attack at the militia's door; a thing blamed is a cause.
func TestBlamingADoerNamedByWhatItIs(t *testing.T) {
	b := extract.Run([]briefing.Document{{ID: "d1", Text: "The governor blamed the rebels for the ambush on the highway. Engineers attributed the outage to a storm."}})
	for _, want := range []string{"Did the rebels carry out the ambush on the highway, as the governor says?", "Was the outage caused by a storm, as engineers say?"} {
		found := false
		for _, q := range b.Questions {
			found = found || q.Text == want
		}
		if !found {
			t.Errorf("want %q, got %v", want, b.Questions)
		}
	}
}
