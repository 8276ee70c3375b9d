package sentence

import (
	"strings"
	"testing"

	"github.com/briefing-tools/briefing/internal/briefing"
)

func TestSplitSentences(t *testing.T) {
	text := `US CENTCOM Chief Adm. Brad Cooper met Lt.-Gen. Eyal Zamir on Jan. 24 in Tel Aviv. The U.S. military said so. "It went well," he said. Was it planned? Maj. Gen. J. Smith of the U.S. Army disagreed. Talks moved to the U.S. The carrier F/A-18E/F squadron flew 3.5 hours.`
	want := []string{
		"US CENTCOM Chief Adm. Brad Cooper met Lt.-Gen. Eyal Zamir on Jan. 24 in Tel Aviv.",
		"The U.S. military said so.",
		`"It went well," he said.`,
		"Was it planned?",
		"Maj. Gen. J. Smith of the U.S. Army disagreed.",
		"Talks moved to the U.S.",
		"The carrier F/A-18E/F squadron flew 3.5 hours.",
	}
	wantSentences(t, text, want)
}

func TestSentencesStayInBlocks(t *testing.T) {
	text := "A heading without a dot\nFirst line of prose goes here"
	doc := &briefing.Document{Text: text, Blocks: []briefing.Block{{Kind: briefing.Heading, Start: 0, End: 23}, {Kind: briefing.Paragraph, Start: 24, End: len(text)}}}
	if got := Split(doc, nil); len(got) != 2 {
		t.Errorf("got %d sentences", len(got))
	}
}

func TestAround(t *testing.T) {
	text := "Talks\n\nUS CENTCOM Chief Adm. Brad Cooper met Lt.-Gen. Eyal Zamir in Tel Aviv. They spoke of Iran. The U.S. Navy sent ships.\n\n- Will Iran respond? Nobody knows."
	blocks := []briefing.Block{
		{Kind: briefing.Heading, Start: 0, End: 5},
		{Kind: briefing.Paragraph, Start: 7, End: strings.Index(text, "\n\n-")},
		{Kind: briefing.ListItem, Start: strings.Index(text, "- Will"), End: len(text)},
	}
	cases := []struct{ span, want string }{
		{"Brad Cooper", "US CENTCOM Chief Adm. Brad Cooper met Lt.-Gen. Eyal Zamir in Tel Aviv."},
		{"Eyal Zamir", "US CENTCOM Chief Adm. Brad Cooper met Lt.-Gen. Eyal Zamir in Tel Aviv."},
		{"Iran. The U.S.", "They spoke of Iran. The U.S. Navy sent ships."},
		{"Will Iran", "Will Iran respond?"},
		{"Talks", "Talks"},
	}
	for _, withBlocks := range []bool{true, false} {
		doc := &briefing.Document{Text: text}
		if withBlocks {
			doc.Blocks = blocks
		}
		for _, c := range cases {
			if !withBlocks && c.span == "Will Iran" {
				c.want = "- Will Iran respond?" // no block says it is a list item
			}
			start := strings.Index(text, c.span)
			r := Around(doc, start, start+len(c.span))
			if got := text[r.Start:r.End]; got != c.want {
				t.Errorf("blocks %v: around %q = %q, want %q", withBlocks, c.span, got, c.want)
			}
		}
	}
	doc := &briefing.Document{Text: text, Blocks: blocks}
	for _, bad := range [][2]int{{-1, 3}, {3, len(text) + 1}, {9, 4}} {
		if r := Around(doc, bad[0], bad[1]); r != (Range{}) {
			t.Errorf("Around(%v) = %v, want the empty range", bad, r)
		}
	}
}

// Pages copied from the web often run sentences together without a
// space; a lower-case word, the dot and a capitalised word split there.
func TestSplitSentencesRunTogether(t *testing.T) {
	text := "The raiders targeted a supplier of the yard.The officials did not name the supplier.Taken were 80 files. Traffic at Amazon.com and the U.S.Navy site was normal."
	want := []string{
		"The raiders targeted a supplier of the yard.",
		"The officials did not name the supplier.",
		"Taken were 80 files.",
		"Traffic at Amazon.com and the U.S.Navy site was normal.",
	}
	wantSentences(t, text, want)
}

// French-style guillemets open and close quotations as other marks do.
func TestSplitSentencesGuillemets(t *testing.T) {
	text := "The spokesman said jets struck the camps on Friday. « We have hit their bases this afternoon. » Officials later confirmed it."
	want := []string{
		"The spokesman said jets struck the camps on Friday.",
		"« We have hit their bases this afternoon. »",
		"Officials later confirmed it.",
	}
	wantSentences(t, text, want)
}

// wantSentences splits text as one paragraph and fails t unless the
// sentences are want.
func wantSentences(t *testing.T, text string, want []string) {
	t.Helper()
	got := Split(&briefing.Document{Text: text}, nil)
	if len(got) != len(want) {
		for _, s := range got {
			t.Logf("%q", text[s.Start:s.End])
		}
		t.Fatalf("got %d sentences, want %d", len(got), len(want))
	}
	for i, s := range got {
		if text[s.Start:s.End] != want[i] {
			t.Errorf("sentence %d = %q, want %q", i, text[s.Start:s.End], want[i])
		}
	}
}
