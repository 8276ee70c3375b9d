package extract_test

import (
	"strings"
	"testing"

	"github.com/briefing-tools/briefing/internal/briefing"
	"github.com/briefing-tools/briefing/internal/extract"
)

// TestQuestionWordingAsides pins rules found on real reporting's asides,
// relative clauses and attributions: a likely aside, a hedged subject
// with a participle, operations only beginning, "likely to" inside a
// subject, a participle's claim of responsibility, blame in the passive
// and of a doer named by what it is, a speaker's "our".
func TestQuestionWordingAsides(t *testing.T) {
	checkWording(t, []wordingCase{
		{"This third corvette, likely to be named Aris, will be handed over in May.",
			"Will this third corvette be named Aris, as is likely?", briefing.Fact, "pending"},
		{"On Monday, suspected members of the armed group ambushed a supply column.",
			"Did members of the armed group ambush a supply column, as suspected?", briefing.Claim, "hedge-attributive"},
		{"The colonel said the clearance operations are only beginning in the delta.",
			"How long will the clearance operations go on?", briefing.Timing, "pending"},
		{"Three patrol boats likely to reach the lagoon by March were handed over on Friday.",
			"Will three patrol boats reach the lagoon by March?", briefing.Decision, "modal"},
		{"The militia has not acknowledged its losses, but claims to have killed four soldiers and downed two helicopters.",
			"Did the militia kill four soldiers and down two helicopters, as it claims?", briefing.Claim, "claim"},
		{"The cell has grown bolder, claiming responsibility for raids near the dam and showing a new reach.",
			"Did the cell carry out raids near the dam, as claimed?", briefing.Claim, "attribution"},
		{"Two ferries were sunk this month. Eritrea has been blamed for both sinkings.",
			"Was Eritrea behind both sinkings, as blamed?", briefing.Claim, "attribution"},
		{"The governor blamed the rebels for the ambush on the highway.",
			"Did the rebels carry out the ambush on the highway, as the governor says?", briefing.Claim, "attribution"},
		{"Engineers attributed the outage to a storm.",
			"Was the outage caused by a storm, as engineers say?", briefing.Claim, "attribution"},
		{"Our Coast Guard cutters will depart for the atoll next week.",
			"Will Coast Guard cutters depart for the atoll next week?", briefing.Timing, "announced-move"},
		// a participle's aside between the subject and its verb
		{"The corvette Kerkyra, launched in May, will begin sea trials after the summer.",
			"Will the corvette Kerkyra begin sea trials after the summer?", briefing.Timing, "announced-move"},
		{"The corvette Kerkyra, launched in May, has been moved to the fitting-out quay and will begin sea trials after the summer.",
			"Will the corvette Kerkyra begin sea trials after the summer?", briefing.Timing, "announced-move"},
	})
}

// TestAPartysWordsAboutClaimsAreNoCombatResult: "added that the claims
// its leader was wounded … are lies" speaks of claims; it is no result
// of fighting the party reports.
func TestAPartysWordsAboutClaimsAreNoCombatResult(t *testing.T) {
	b := extract.Run([]briefing.Document{{ID: "d1", Text: "The army has denied losses. The militia, a party to the war, " +
		"added that the claims its leader was wounded in the raid are lies. It claims to have downed two helicopters."}})
	for _, q := range b.Questions {
		if q.Why.Rule == "party-claim" && strings.Contains(q.Text, "the claims") {
			t.Errorf("a statement about claims read as a combat result: %q", q.Text)
		}
	}
}
