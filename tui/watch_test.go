package tui

import (
	"strings"
	"testing"

	"github.com/briefing-tools/briefing/internal/briefing"
	"github.com/briefing-tools/briefing/internal/extract"
	"github.com/briefing-tools/briefing/internal/ingest"
)

// withoutDocument is the fixture briefing analysed again without one of
// its documents: every index and id after it moves.
func withoutDocument(t *testing.T, b *briefing.Briefing, drop int) *briefing.Briefing {
	t.Helper()
	var docs []briefing.Document
	for i, d := range b.Documents {
		if i != drop {
			docs = append(docs, d)
		}
	}
	nb := extract.Run(ingest.Renumber(docs))
	return &nb
}

// TestBriefingUpdateKeepsThePlace: a new briefing keeps the document
// shown, each list's selected item (found by name, not index), the open
// detail and the status line's news.
func TestBriefingUpdateKeepsThePlace(t *testing.T) {
	b := fixtures(t)
	m := newTestModel(t, b, 160, 48)
	m, _ = press(t, m, "]", "]") // the third document
	docPath := b.Documents[m.doc].Path
	m, _ = press(t, m, "j", "j", "j")
	actor := itemKey(m.ix, paneActors, m.lists[paneActors].SelectedItem())
	m, _ = press(t, m, "2", "j", "j")
	for i := 0; i < 5 && m.lists[paneAssets].SelectedItem() < 0; i++ {
		m, _ = press(t, m, "j") // off a group header
	}
	asset := itemKey(m.ix, paneAssets, m.lists[paneAssets].SelectedItem())
	m, _ = press(t, m, "enter")
	if m.overlay != detailOverlay || actor == "" || asset == "" {
		t.Fatalf("setup: overlay %v, actor %q, asset %q", m.overlay, actor, asset)
	}

	nb := withoutDocument(t, b, 0)
	m, _ = update(t, m, BriefingUpdatedMsg{Briefing: nb, Status: "removed: " + b.Documents[0].Title, Seq: 1})
	if got := m.ix.b.Documents[m.doc].Path; got != docPath {
		t.Errorf("document shown %s, want %s", got, docPath)
	}
	if got := itemKey(m.ix, paneActors, m.lists[paneActors].SelectedItem()); got != actor {
		t.Errorf("selected actor %q, want %q", got, actor)
	}
	if got := itemKey(m.ix, paneAssets, m.lists[paneAssets].SelectedItem()); got != asset {
		t.Errorf("selected asset %q, want %q", got, asset)
	}
	if m.overlay != detailOverlay || itemKey(m.ix, m.detail.of.kind, m.detail.of.item) != asset {
		t.Errorf("the detail of %q did not stay open", asset)
	}
	if !strings.Contains(screen(m), "removed: "+b.Documents[0].Title[:20]) {
		t.Errorf("no status line:\n%s", screen(m))
	}

	// an update older than the one shown is ignored
	m, _ = update(t, m, BriefingUpdatedMsg{Briefing: b, Status: "stale", Seq: 1})
	if m.ix.b != nb {
		t.Error("an older update replaced a newer one")
	}
}
