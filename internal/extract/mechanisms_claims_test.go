package extract_test

import (
	"slices"
	"strings"
	"testing"
)

// Questions from what sources claim, deny, dispute or cannot verify, and
// from people whose fate stays open.

// TestPartyClaimsOfCounts: in a document where claims are disputed, a
// count of enemy losses a party gives is asked back, the party named by
// what it is ("the army") or by name, "more than" kept with its count.
func TestPartyClaimsOfCounts(t *testing.T) {
	b := run("The rebels said they had shot down a drone, which the army denied. " +
		"According to the army, more than thirty rebels were killed in the fighting. " +
		"Two armoured vehicles were destroyed near the bridge, the rebels said.")
	want := map[string]bool{
		"Were more than thirty rebels killed in the fighting, as the army claims?":   false,
		"Were two armoured vehicles destroyed near the bridge, as the rebels claim?": false,
	}
	var got []string
	for _, q := range b.Questions {
		got = append(got, q.Text)
		if _, ok := want[q.Text]; ok {
			want[q.Text] = true
		}
	}
	for text, found := range want {
		if !found {
			t.Errorf("no question %q (got %q)", text, got)
		}
	}
}

// TestInabilityAndReticence: a source unable to verify figures asks
// about the figures, not about the source; acknowledging something
// "without confirming" numbers leaves the numbers open for the subject.
func TestInabilityAndReticence(t *testing.T) {
	b := run("The observer mission said it had not been able to verify casualty figures near Tessit, where elders speak of 60 dead. " +
		"Niamey acknowledged air operations in the area without confirming any strike numbers.")
	var texts []string
	for _, q := range b.Questions {
		texts = append(texts, q.Text)
	}
	want := map[string]bool{
		"Are casualty figures near Tessit accurate, which the observer mission could not verify?": false,
		"Has Niamey confirmed any strike numbers?":                                                false,
	}
	for _, q := range texts {
		if _, ok := want[q]; ok {
			want[q] = true
		}
	}
	for q, found := range want {
		if !found {
			t.Errorf("no question %q; got %q", q, texts)
		}
	}
}

// TestDeedsSaidNotDone: a source saying a deed was not done denies it;
// a source saying something else had not happened denies nothing.
func TestDeedsSaidNotDone(t *testing.T) {
	b := run("Manila said a Chinese vessel rammed the supply boat. Beijing said its coast guard ship had not rammed the boat and was acting lawfully. " +
		"Officials said talks had not started yet.")
	var texts []string
	for _, q := range b.Questions {
		texts = append(texts, q.Text)
	}
	want := "Did the coast guard ship ram the boat, which Beijing denies?"
	found := false
	for _, q := range texts {
		if q == want {
			found = true
		}
		if strings.Contains(q, "talks") && strings.Contains(q, "denies") {
			t.Errorf("talks not started read as a denial: %q", q)
		}
	}
	if !found {
		t.Errorf("no question %q; got %q", want, texts)
	}
}

// TestWhoDisputesWhat: "disputed that, saying …" disputes what went
// before; a name in apposition speaks; a second verb after "and" has the
// first one's subject; a quoted noun is no cue.
func TestWhoDisputesWhat(t *testing.T) {
	b := run("The governor said the road was open. Two drivers disputed that, saying convoys were still being turned back. " +
		"The navy's spokesman, Ilkka Salo, said the ship was on a routine patrol and denied any incursion. " +
		"Guards fired \"warning shots\" at \"suspects\" near the fence.")
	var texts []string
	for _, q := range b.Questions {
		texts = append(texts, q.Text)
	}
	for _, want := range []string{"Was the road open, as the governor says, and two drivers dispute?", "Was there any incursion, which Ilkka Salo denies?"} {
		if !slices.Contains(texts, want) {
			t.Errorf("no question %q; got %q", want, texts)
		}
	}
	for _, q := range texts {
		if strings.Contains(q, "suspects") || strings.Contains(q, "Were saying") {
			t.Errorf("a question from a quoted noun or a gerund: %q", q)
		}
	}
}

// TestPeopleMissing: people reported missing leave their fate open; a
// missing thing is a fact.
func TestPeopleMissing(t *testing.T) {
	b := run("Two sailors were still missing after the collision. The ship's radar mast was missing, divers said.")
	var texts []string
	for _, q := range b.Questions {
		texts = append(texts, q.Text)
	}
	if !slices.Contains(texts, "What is the fate of two sailors, reported missing?") {
		t.Errorf("no question on the missing sailors; got %q", texts)
	}
	for _, q := range texts {
		if strings.Contains(q, "mast") {
			t.Errorf("a missing mast asked about: %q", q)
		}
	}
}
