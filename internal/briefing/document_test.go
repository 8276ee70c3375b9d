package briefing

import "testing"

func TestBlockAt(t *testing.T) {
	d := Document{Text: "Title\n\nFirst para.\n\nSecond.", Blocks: []Block{
		{Kind: Heading, Start: 0, End: 5}, {Kind: Paragraph, Start: 7, End: 18}, {Kind: Paragraph, Start: 20, End: 27},
	}}
	for offset, want := range map[int]int{0: 0, 4: 0, 7: 1, 17: 1, 20: 2, 26: 2} {
		b, ok := d.BlockAt(offset)
		if !ok || b != d.Blocks[want] {
			t.Errorf("BlockAt(%d) = %+v, %v; want block %d", offset, b, ok, want)
		}
	}
	for _, offset := range []int{5, 6, 18, 19, 27, 100, -1} {
		if b, ok := d.BlockAt(offset); ok {
			t.Errorf("BlockAt(%d) = %+v, want none (between blocks)", offset, b)
		}
	}
}

func TestMostRestrictive(t *testing.T) {
	docs := []Document{{Classification: "UNCLASSIFIED"}, {}, {Classification: "SECRET//REL"}, {Classification: "CONFIDENTIAL"}}
	if got := MostRestrictive(docs); got != "SECRET//REL" {
		t.Errorf("MostRestrictive = %q", got)
	}
	if got := MostRestrictive(docs[:2]); got != "UNCLASSIFIED" {
		t.Errorf("MostRestrictive of unclassified = %q", got)
	}
	// every caveat of the documents shown stays with the highest level
	mixed := []Document{{Classification: "NATO UNCLASSIFIED"}, {Classification: "UNCLASSIFIED//FOR TRAINING"}, {Classification: "CONFIDENTIAL//REL TO USA, GBR"}, {Classification: "SECRET"}, {Classification: "secret//for training"}}
	if got := MostRestrictive(mixed); got != "SECRET//FOR TRAINING//REL TO USA, GBR" {
		t.Errorf("MostRestrictive of mixed markings = %q, want the highest level with every caveat", got)
	}
	if got := MostRestrictive(nil); got != "" {
		t.Errorf("MostRestrictive(nil) = %q", got)
	}
}
