package tui

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
)

// TestFindInSourceCounts: "/" in Source finds words, says so, and tells
// where the search stands ("match 1/N"), as n steps through the hits.
func TestFindInSourceCounts(t *testing.T) {
	b := fixtures(t)
	m := newTestModel(t, b, 160, 48)
	m, _ = press(t, m, "4", "/")
	if !strings.Contains(screen(m), "find in text") {
		t.Fatalf("the find line does not say it finds:\n%s", screen(m))
	}
	m, _ = update(t, m, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("the")})
	if !strings.Contains(screen(m), "match 1/") {
		t.Fatalf("no match count while typing:\n%s", screen(m))
	}
	m, _ = press(t, m, "enter", "n")
	if !strings.Contains(screen(m), "match 2/") {
		t.Errorf("n does not step the match count:\n%s", screen(m))
	}
	m, _ = press(t, m, "/")
	m, _ = update(t, m, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("zzzqx")})
	if !strings.Contains(screen(m), "no match") {
		t.Errorf("a search without hits does not say so:\n%s", screen(m))
	}
}

// TestFooterCountsTheDocumentOnScreen: the totals in the status bar are
// those of the document shown, and of all of them on "all documents".
func TestFooterCountsTheDocumentOnScreen(t *testing.T) {
	b := fixtures(t)
	m := newTestModel(t, b, 160, 48)
	if m.doc == allDocs {
		t.Fatal("the dashboard opens on all documents; the test wants one")
	}
	one := itoa(len(m.ix.items(paneActors, m.doc))) + " actors"
	if !strings.Contains(screen(m), one) {
		t.Errorf("footer does not count the document's actors (%s):\n%s", one, screen(m))
	}
	m, _ = press(t, m, "a")
	all := itoa(len(b.Actors)) + " actors"
	if !strings.Contains(screen(m), all) {
		t.Errorf("footer does not count every actor on all documents (%s):\n%s", all, screen(m))
	}
}

// TestEmptyColumnsTakeNoWidth: a column no item fills is not drawn, and
// its width goes to the others; it comes back when an item fills it.
func TestEmptyColumnsTakeNoWidth(t *testing.T) {
	p := newListPane(paneAssets, newListKeyMap(DefaultKeyMap(), paneAssets, false))
	p.SetSize(80, 10)
	cols := []column{{title: "Asset"}, {title: "Qty", width: 8}, {title: "Status", width: 10}}
	p.SetRows(cols, []row{{cells: []string{"FGS Hamburg", "", "deployed"}, item: 0, key: "fgs hamburg"}})
	view := p.View(m0Styles(t))
	if strings.Contains(view, "Qty") || !strings.Contains(view, "Status") {
		t.Errorf("an empty Qty column is drawn:\n%s", view)
	}
	p.SetRows(cols, []row{{cells: []string{"FGS Hamburg", "2", "deployed"}, item: 0, key: "fgs hamburg"}})
	if view := p.View(m0Styles(t)); !strings.Contains(view, "Qty") {
		t.Errorf("a filled Qty column is not drawn:\n%s", view)
	}
}

// TestFocusedPaneKeysFirst: the footer and "?" start with the keys of
// the focused pane.
func TestFocusedPaneKeysFirst(t *testing.T) {
	b := fixtures(t)
	m := newTestModel(t, b, 200, 60)
	for _, c := range []struct{ pane, first string }{{"4", "n next mention"}, {"3", "enter details"}, {"1", "enter details"}} {
		m, _ = press(t, m, c.pane)
		footer := strings.TrimSpace(ansi.Strip(m.footerView()))
		if !strings.HasPrefix(footer, c.first) {
			t.Errorf("pane %s: footer %q does not start with %q", c.pane, footer, c.first)
		}
	}
	m, _ = press(t, m, "4", "?")
	lines := strings.Split(screen(m), "\n")
	for _, l := range lines {
		if i := strings.Index(l, "next mention"); i >= 0 {
			// the help's first row: the Source pane's first key, then
			// the first of the navigation column
			if tab := strings.Index(l, "next pane"); tab < 0 || tab < i {
				t.Errorf("help row %q: next mention is not in the first column of the first row", l)
			}
			return
		}
	}
	t.Errorf("no help row with the Source pane's keys:\n%s", screen(m))
}
