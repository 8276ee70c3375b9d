package extract

import (
	"testing"

	"github.com/briefing-tools/briefing/internal/briefing"
)

func TestSplitSentences(t *testing.T) {
	text := `US CENTCOM Chief Adm. Brad Cooper met Lt.-Gen. Eyal Zamir on Jan. 24 in Tel Aviv. The U.S. military said so. "It went well," he said. Was it planned? Maj. Gen. J. Smith of the U.S. Army disagreed. Talks moved to the U.S. The carrier F/A-18E/F squadron flew 3.5 hours.`
	doc := &briefing.Document{Text: text}
	want := []string{
		"US CENTCOM Chief Adm. Brad Cooper met Lt.-Gen. Eyal Zamir on Jan. 24 in Tel Aviv.",
		"The U.S. military said so.",
		`"It went well," he said.`,
		"Was it planned?",
		"Maj. Gen. J. Smith of the U.S. Army disagreed.",
		"Talks moved to the U.S.",
		"The carrier F/A-18E/F squadron flew 3.5 hours.",
	}
	got := splitSentences(doc, nil)
	if len(got) != len(want) {
		for _, s := range got {
			t.Logf("%q", text[s.start:s.end])
		}
		t.Fatalf("got %d sentences, want %d", len(got), len(want))
	}
	for i, s := range got {
		if text[s.start:s.end] != want[i] {
			t.Errorf("sentence %d = %q, want %q", i, text[s.start:s.end], want[i])
		}
	}
}

func TestSentencesStayInBlocks(t *testing.T) {
	text := "A heading without a dot\nFirst line of prose goes here"
	doc := &briefing.Document{Text: text, Blocks: []briefing.Block{{Kind: briefing.Heading, Start: 0, End: 23}, {Kind: briefing.Paragraph, Start: 24, End: len(text)}}}
	if got := splitSentences(doc, nil); len(got) != 2 {
		t.Errorf("got %d sentences", len(got))
	}
}
