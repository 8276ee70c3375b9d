package tui

import (
	"fmt"
	"io"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/muesli/termenv"

	"github.com/briefing-tools/briefing/internal/briefing"
)

// paneTitles are the titles the panes draw on their first inner line.
var paneTitles = [4]string{"Actors", "Order of Battle", "Open Questions", "Source"}

// titleBorders reports, for each pane title drawn on screen, the border
// rune just left of it: ┃ for the focused pane (heavy border), │ for the
// others. A title is drawn right after its border, which tells it apart
// from the same word inside the source text.
func titleBorders(lines []string) map[string]string {
	found := map[string]string{}
	for _, l := range lines {
		for _, title := range paneTitles {
			for _, border := range []string{"┃", "│"} {
				if strings.Contains(l, border+title+" ") {
					found[title] = border
				}
			}
		}
	}
	return found
}

// focusedTitle returns the one pane title drawn inside a heavy border.
func focusedTitle(t *testing.T, m Model) string {
	t.Helper()
	var focused []string
	for title, border := range titleBorders(viewLines(m)) {
		if border == "┃" {
			focused = append(focused, title)
		}
	}
	if len(focused) != 1 {
		t.Fatalf("want exactly one pane in a heavy border, got %q\n%s", focused, screen(m))
	}
	return focused[0]
}

func TestFocusCycling(t *testing.T) {
	b := fixtures(t)
	tests := []struct {
		name string
		keys []string
		want paneKind
	}{
		{"starts on actors", nil, paneActors},
		{"tab once", []string{"tab"}, paneAssets},
		{"tab twice", []string{"tab", "tab"}, paneQuestions},
		{"tab three times", []string{"tab", "tab", "tab"}, paneSource},
		{"tab wraps", []string{"tab", "tab", "tab", "tab"}, paneActors},
		{"shift+tab wraps back", []string{"shift+tab"}, paneSource},
		{"shift+tab twice", []string{"shift+tab", "shift+tab"}, paneQuestions},
		{"tab then shift+tab", []string{"tab", "shift+tab"}, paneActors},
		{"2 jumps", []string{"2"}, paneAssets},
		{"3 jumps", []string{"3"}, paneQuestions},
		{"4 jumps", []string{"4"}, paneSource},
		{"1 jumps back", []string{"4", "1"}, paneActors},
		{"tab from a jump", []string{"3", "tab"}, paneSource},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := newTestModel(t, b, 120, 40)
			m, _ = press(t, m, tt.keys...)
			if m.focus != tt.want {
				t.Fatalf("focus = %v, want %v", m.focus, tt.want)
			}
			// the screen agrees: only the focused pane has the heavy border
			if got := focusedTitle(t, m); got != tt.want.String() {
				t.Errorf("heavy border around %q, want %q", got, tt.want)
			}
			for k := paneActors; k <= paneQuestions; k++ {
				if m.lists[k].Focused() != (k == tt.want) {
					t.Errorf("%v focused = %v", k, m.lists[k].Focused())
				}
			}
			if m.source.Focused() != (tt.want == paneSource) {
				t.Errorf("source focused = %v", m.source.Focused())
			}
		})
	}
}

// TestListKeys checks the movement keys on each list pane, over all
// documents so every list is longer than its pane.
func TestListKeys(t *testing.T) {
	b := fixtures(t)
	for _, pane := range []paneKind{paneActors, paneAssets, paneQuestions} {
		t.Run(pane.String(), func(t *testing.T) {
			m := newTestModel(t, b, 120, 40)
			m, _ = press(t, m, "a", itoa(int(pane)+1), "g")
			l := func() ListPane { return m.lists[pane] }
			n, page := len(l().visible), l().bodyHeight()
			if n <= page+2 {
				t.Fatalf("%v has %d rows, need more than a page (%d) for this test", pane, n, page)
			}
			if l().cursor != 0 || l().offset != 0 {
				t.Fatalf("after g: cursor %d offset %d, want 0 0", l().cursor, l().offset)
			}
			steps := []struct {
				key  string
				want int
			}{
				{"j", 1}, {"j", 2}, {"k", 1}, {"down", 2}, {"up", 1},
				{"pgdown", 1 + page}, {"pgup", 1}, {"G", n - 1}, {"j", n - 1},
				{"g", 0}, {"k", 0}, {"end", n - 1}, {"home", 0},
				{"ctrl+d", page}, {"ctrl+u", 0},
			}
			for _, s := range steps {
				m, _ = press(t, m, s.key)
				if l().cursor != s.want {
					t.Fatalf("after %q: cursor %d, want %d", s.key, l().cursor, s.want)
				}
				// the cursor is always on screen
				if c, o := l().cursor, l().offset; c < o || c >= o+page {
					t.Fatalf("after %q: cursor %d outside rows %d..%d", s.key, c, o, o+page-1)
				}
			}
			// other panes ignore the keys
			for k := paneActors; k <= paneQuestions; k++ {
				if k != pane && m.lists[k].cursor != newTestModelCursor(t, b, k) {
					t.Errorf("%v moved while %v was focused", k, pane)
				}
			}
		})
	}
}

// newTestModelCursor is where a pane's cursor sits after "a" (all documents).
func newTestModelCursor(t *testing.T, b *briefing.Briefing, k paneKind) int {
	t.Helper()
	m := newTestModel(t, b, 120, 40)
	m, _ = press(t, m, "a")
	return m.lists[k].cursor
}

// TestSpaceFoldsGroup: space folds the group of the selected row, hiding
// every row under it (items and sub-groups) and leaving the cursor on its
// header; space again unfolds it; enter on a header does the same. The
// pane's count stays the number of items, folded or not.
func TestSpaceFoldsGroup(t *testing.T) {
	b := fixtures(t)
	tests := []struct {
		name string
		keys []string // select a row in the group to fold
		pane paneKind
	}{
		{"actor kind, from an item", []string{"a", "1", "g", "j"}, paneActors},
		{"asset side, from its header", []string{"a", "2", "g"}, paneAssets},
		{"asset domain, from an item", []string{"a", "2", "g", "j", "j"}, paneAssets},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := newTestModel(t, b, 120, 40)
			m, _ = press(t, m, tt.keys...)
			p := func() ListPane { return m.lists[tt.pane] }
			all := len(p().visible)
			items := 0 // every item, shown or under a group folded from the start
			for _, r := range p().rows {
				if !r.header {
					items++
				}
			}
			// an item folds its innermost group, a header its own
			group := p().rows[p().visible[p().cursor]].group
			under := func(r row) bool { return r.group == group || strings.HasPrefix(r.group, group+"/") }
			hidden := 0
			for _, v := range p().visible {
				if r := p().rows[v]; under(r) && !(r.header && r.group == group) {
					hidden++
				}
			}
			title := fmt.Sprintf("%s %d", tt.pane, items)

			m, _ = press(t, m, " ")
			if !p().folded[group] {
				t.Fatalf("space did not fold group %q", group)
			}
			var still []string
			for _, v := range p().visible {
				if r := p().rows[v]; under(r) && !(r.header && r.group == group) {
					still = append(still, r.cells[0])
				}
			}
			if len(still) > 0 {
				t.Errorf("folded group %q still shows %d of its %d rows, e.g. %q", group, len(still), hidden, still[:min(3, len(still))])
			}
			if got := len(p().visible); got != all-hidden {
				t.Errorf("folded: %d rows shown, want %d (%d hidden under %q)", got, all-hidden, hidden, group)
			}
			if h := p().rows[p().visible[p().cursor]]; !h.header || h.group != group {
				t.Errorf("cursor on %q after folding, want the header of %q", h.cells[0], group)
			}
			if !strings.Contains(screen(m), "▸ ") {
				t.Errorf("no folded header drawn")
			}
			if !strings.Contains(screen(m), title) {
				t.Errorf("folding changed the pane's count; want title %q", title)
			}

			m, _ = press(t, m, " ")
			if p().folded[group] || len(p().visible) != all {
				t.Errorf("second space: folded %v, %d rows, want unfolded with %d", p().folded[group], len(p().visible), all)
			}
			// enter on the header folds too, and opens no detail
			m, _ = press(t, m, "enter")
			if m.overlay != noOverlay || !p().folded[group] {
				t.Errorf("enter on a header: overlay %v, folded %v", m.overlay, p().folded[group])
			}
		})
	}
}

// TestKeyMapComplete: every binding has help text and is listed in the
// full help, so "?" shows every key (STYLE: bubbles' DefaultKeyMap).
func TestKeyMapComplete(t *testing.T) {
	km := DefaultKeyMap()
	listed := map[string]bool{}
	for _, col := range km.FullHelp() {
		for _, k := range col {
			listed[k.Help().Key+" "+k.Help().Desc] = true
		}
	}
	v := reflect.ValueOf(km)
	for i := 0; i < v.NumField(); i++ {
		k, ok := v.Field(i).Interface().(key.Binding)
		if !ok {
			continue
		}
		name := v.Type().Field(i).Name
		if len(k.Keys()) == 0 || k.Help().Key == "" || k.Help().Desc == "" {
			t.Errorf("%s has no keys or no help", name)
		}
		if !listed[k.Help().Key+" "+k.Help().Desc] {
			t.Errorf("%s (%s) missing from the full help", name, k.Help().Key)
		}
	}
}

func TestSourceKeysScroll(t *testing.T) {
	b := fixtures(t)
	m := newTestModel(t, b, 120, 40)
	m, _ = press(t, m, "4", "g")
	src := func() SourcePane { return m.source }
	if src().offset != 0 {
		t.Fatalf("after g: offset %d, want 0", src().offset)
	}
	last := len(src().lines) - src().bodyHeight()
	if last < 5 {
		t.Fatalf("document too short to scroll (%d lines)", len(src().lines))
	}
	page := src().bodyHeight() - 1
	steps := []struct {
		key  string
		want int
	}{
		{"j", 1}, {"down", 2}, {"k", 1}, {"up", 0}, {"k", 0},
		{"pgdown", min(page, last)}, {"pgup", 0}, {"G", last}, {"j", last}, {"g", 0},
	}
	for _, s := range steps {
		m, _ = press(t, m, s.key)
		if src().offset != s.want {
			t.Fatalf("after %q: offset %d, want %d", s.key, src().offset, s.want)
		}
	}
}

func TestEnterOpensDetailEscReturns(t *testing.T) {
	b := fixtures(t)
	tests := []struct {
		pane  string
		label string
	}{
		{"1", "Mentions ("},
		{"2", "Mentions ("},
		{"3", "Evidence ("},
	}
	for _, tt := range tests {
		t.Run(tt.pane, func(t *testing.T) {
			m := newTestModel(t, b, 120, 40)
			m, _ = press(t, m, tt.pane)
			focus := m.focus
			item := m.lists[focus].SelectedItem()
			if item < 0 {
				t.Fatalf("no item selected in %v", focus)
			}
			m, _ = press(t, m, "enter")
			if m.overlay != detailOverlay {
				t.Fatalf("overlay = %v after enter, want the detail", m.overlay)
			}
			s := screen(m)
			// every mention is listed: the label counts them all
			if want := fmt.Sprintf("%s%d)", tt.label, len(m.ix.spans(focus, item))); !strings.Contains(s, want) {
				t.Errorf("detail lacks %q:\n%s", want, s)
			}
			if name := m.ix.itemName(focus, item); !strings.Contains(s, ansi.Truncate(name, 60, "")) {
				t.Errorf("detail lacks the item's name %q:\n%s", name, s)
			}
			m, _ = press(t, m, "esc")
			if m.overlay != noOverlay || m.focus != focus || m.lists[focus].SelectedItem() != item {
				t.Errorf("after esc: overlay %v focus %v item %d, want none, %v, %d",
					m.overlay, m.focus, m.lists[focus].SelectedItem(), focus, item)
			}
			if strings.Contains(screen(m), tt.label) {
				t.Errorf("detail still drawn after esc")
			}
		})
	}
}

// itemRows returns the visible item rows (not group headers) of a pane.
func itemRows(p ListPane) []row {
	var out []row
	for _, v := range p.visible {
		if !p.rows[v].header {
			out = append(out, p.rows[v])
		}
	}
	return out
}

func TestFilter(t *testing.T) {
	b := fixtures(t)
	m := newTestModel(t, b, 120, 40)
	m, _ = press(t, m, "a") // all documents: longer lists
	all := len(itemRows(m.lists[paneActors]))

	m, _ = press(t, m, "/")
	if !m.filtering {
		t.Fatal("/ did not start filtering")
	}
	// "q" and "j" are typed into the filter, not taken as keys
	m = typeText(t, m, "iraq")
	if m.focus != paneActors {
		t.Fatalf("typing moved focus to %v", m.focus)
	}
	m, cmd := press(t, m, "backspace", "n")
	if isQuit(cmd) {
		t.Fatal("a key typed into the filter quit the program")
	}
	// "iran" now
	rows := itemRows(m.lists[paneActors])
	if len(rows) == 0 || len(rows) >= all {
		t.Fatalf("filter iran keeps %d of %d actors, want fewer but some", len(rows), all)
	}
	for _, r := range rows {
		if !strings.Contains(r.key, "iran") {
			t.Errorf("row %q does not contain iran", r.cells[0])
		}
	}
	s := screen(m)
	if !strings.Contains(s, "matching") || !strings.Contains(s, "/iran") {
		t.Errorf("filtering screen lacks the match count or the typed text:\n%s", s)
	}
	// the drawn rows are the filtered ones
	for _, r := range rows[:min(3, len(rows))] {
		if !strings.Contains(s, ansi.Truncate(r.cells[0], 20, "")) {
			t.Errorf("matching actor %q not drawn", r.cells[0])
		}
	}

	m, _ = press(t, m, "enter")
	if m.filtering {
		t.Fatal("enter did not end the filter input")
	}
	if got := m.lists[paneActors].Filter(); got != "iran" {
		t.Fatalf("enter kept filter %q, want iran", got)
	}
	if n := len(itemRows(m.lists[paneActors])); n != len(rows) {
		t.Errorf("enter changed the rows: %d, want %d", n, len(rows))
	}
	if !strings.Contains(screen(m), "matching") {
		t.Errorf("kept filter not shown in the title")
	}
	// keys work on the filtered list again
	before := m.lists[paneActors].cursor
	m, _ = press(t, m, "j")
	if m.lists[paneActors].cursor == before && len(m.lists[paneActors].visible) > 1 {
		t.Errorf("j does not move after the filter was kept")
	}

	m, _ = press(t, m, "esc")
	if got := m.lists[paneActors].Filter(); got != "" {
		t.Fatalf("esc left filter %q", got)
	}
	if n := len(itemRows(m.lists[paneActors])); n != all {
		t.Errorf("after esc %d actors shown, want all %d", n, all)
	}
	if strings.Contains(screen(m), "matching") {
		t.Errorf("title still says matching after esc")
	}
}

// TestFilterKeepsAnItemSelected: the dashboard always has an item
// selected when any is shown (it starts on one), so Source has something
// to show and enter opens details; filtering must not leave the cursor on
// a group header, and clearing a filter that matched nothing gives back
// the item selected before.
func TestFilterKeepsAnItemSelected(t *testing.T) {
	b := fixtures(t)
	for _, f := range []string{"finland", "navy", "russia", "state", "us", "iran", "zzzznothing"} {
		t.Run(f, func(t *testing.T) {
			m := newTestModel(t, b, 120, 40)
			before := m.lists[paneActors].SelectedItem()
			m, _ = press(t, m, "/")
			m = typeText(t, m, f)
			if len(itemRows(m.lists[paneActors])) > 0 && m.lists[paneActors].SelectedItem() < 0 {
				t.Errorf("filter %q shows items but the cursor is on a header", f)
			}
			m, _ = press(t, m, "enter", "esc")
			after := m.lists[paneActors].SelectedItem()
			if after < 0 {
				t.Fatalf("after clearing filter %q no item is selected (cursor on row %d, a header); enter would fold the group instead of opening details",
					f, m.lists[paneActors].cursor)
			}
			if len(itemRows(filtered(m.lists[paneActors], f))) == 0 && after != before {
				t.Errorf("filter %q matched nothing; clearing it selected %q, want %q back",
					f, b.Actors[after].Name, b.Actors[before].Name)
			}
			m, _ = press(t, m, "enter")
			if m.overlay != detailOverlay {
				t.Errorf("enter after clearing filter %q opened %v, want the detail", f, m.overlay)
			}
		})
	}
}

// filtered returns a copy of a pane with a filter applied.
func filtered(p ListPane, f string) ListPane {
	p.visible = nil
	p.SetFilter(f)
	return p
}

func TestFilterEscWhileTypingClears(t *testing.T) {
	b := fixtures(t)
	m := newTestModel(t, b, 120, 40)
	m, _ = press(t, m, "2", "/")
	n := len(itemRows(m.lists[paneAssets]))
	m = typeText(t, m, "frigate")
	if got := len(itemRows(m.lists[paneAssets])); got == 0 || got >= n {
		t.Fatalf("frigate keeps %d of %d assets", got, n)
	}
	m, _ = press(t, m, "esc")
	if m.filtering || m.lists[paneAssets].Filter() != "" || len(itemRows(m.lists[paneAssets])) != n {
		t.Errorf("esc while typing: filtering %v, filter %q, %d rows; want false, \"\", %d",
			m.filtering, m.lists[paneAssets].Filter(), len(itemRows(m.lists[paneAssets])), n)
	}
	// only the focused pane was filtered
	if m.lists[paneActors].Filter() != "" || m.lists[paneQuestions].Filter() != "" {
		t.Errorf("other panes were filtered")
	}
}

func TestFilterNoMatch(t *testing.T) {
	b := fixtures(t)
	m := newTestModel(t, b, 120, 40)
	m, _ = press(t, m, "/")
	m = typeText(t, m, "zzzznothing")
	if n := len(itemRows(m.lists[paneActors])); n != 0 {
		t.Fatalf("%d rows match zzzznothing", n)
	}
	if !strings.Contains(screen(m), "no match") {
		t.Errorf("empty filter result not explained:\n%s", screen(m))
	}
	if m.lists[paneActors].SelectedItem() != -1 {
		t.Errorf("an item is selected while none is shown")
	}
	// enter on nothing must not open a detail
	m, _ = press(t, m, "enter", "enter")
	if m.overlay != noOverlay {
		t.Errorf("enter opened %v on an empty list", m.overlay)
	}
}

// toActorWithMentions focuses Actors and moves down to the first actor
// with at least n mentions.
func toActorWithMentions(t *testing.T, m Model, n int) Model {
	t.Helper()
	m, _ = press(t, m, "a")
	for i := 0; len(m.marks()) < n; i++ {
		if i > 500 {
			t.Fatalf("no actor with %d mentions", n)
		}
		m, _ = press(t, m, "j")
	}
	return m
}

// sourceShows reports whether a span's line is inside Source's window.
func sourceShows(m Model, s briefing.Span) bool {
	line := m.source.lineAt(s.Start)
	return line >= m.source.offset && line < m.source.offset+m.source.bodyHeight()
}

func TestMentionStepping(t *testing.T) {
	b := fixtures(t)
	m := newTestModel(t, b, 120, 40)
	m = toActorWithMentions(t, m, 3)
	spans := m.marks()
	n := len(spans)
	if m.source.current != spans[0] {
		t.Fatalf("selection shows %v, want the first mention %v", m.source.current, spans[0])
	}
	steps := []struct {
		key  string
		want int
	}{
		{"n", 1}, {"n", 2}, {"N", 1}, {"N", 0}, {"N", n - 1}, {"n", 0},
	}
	for _, s := range steps {
		m, _ = press(t, m, s.key)
		want := fmt.Sprintf("mention %d/%d", s.want+1, n)
		if m.status != want {
			t.Errorf("after %s: status %q, want %q", s.key, m.status, want)
		}
		if !strings.Contains(screen(m), want) {
			t.Errorf("after %s: footer lacks %q", s.key, want)
		}
		if m.source.current != spans[s.want] {
			t.Errorf("after %s: current span %v, want %v", s.key, m.source.current, spans[s.want])
		}
		if m.source.Document() == nil || m.source.Document().ID != spans[s.want].Doc {
			t.Errorf("after %s: source shows another document than the mention's", s.key)
		} else if !sourceShows(m, spans[s.want]) {
			t.Errorf("after %s: mention %v not scrolled into view", s.key, spans[s.want])
		}
	}
}

func TestMentionSteppingWithoutMentions(t *testing.T) {
	b := fixtures(t)
	m := newTestModel(t, b, 120, 40)
	m, _ = press(t, m, "/")
	m = typeText(t, m, "zzzznothing")
	m, _ = press(t, m, "enter", "n")
	if !strings.Contains(m.status, "no mention") {
		t.Errorf("n with nothing selected: status %q", m.status)
	}
}

func TestDocumentSwitching(t *testing.T) {
	b := fixtures(t)
	n := len(b.Documents)
	m := newTestModel(t, b, 120, 40)
	header := func() string { return viewLines(m)[headerLine(m)] }
	if m.doc != 0 || !strings.Contains(header(), fmt.Sprintf("document 1/%d", n)) {
		t.Fatalf("starts on doc %d, header %q", m.doc, header())
	}
	steps := []struct {
		key    string
		doc    int
		header string
	}{
		{"]", 1, fmt.Sprintf("document 2/%d", n)},
		{"]", 2, fmt.Sprintf("document 3/%d", n)},
		{"[", 1, fmt.Sprintf("document 2/%d", n)},
		{"[", 0, fmt.Sprintf("document 1/%d", n)},
		{"a", allDocs, fmt.Sprintf("all %d", n)},
		{"]", 0, fmt.Sprintf("document 1/%d", n)},
	}
	for _, s := range steps {
		m, _ = press(t, m, s.key)
		if m.doc != s.doc {
			t.Fatalf("after %s: doc %d, want %d", s.key, m.doc, s.doc)
		}
		if !strings.Contains(header(), s.header) {
			t.Errorf("after %s: header %q lacks %q", s.key, header(), s.header)
		}
		if s.doc == allDocs {
			if !strings.Contains(header(), "All documents") {
				t.Errorf("all documents header: %q", header())
			}
			if got, want := len(itemRows(m.lists[paneActors])), len(b.Actors); got != want {
				t.Errorf("all documents shows %d actors, want %d", got, want)
			}
			continue
		}
		d := &b.Documents[s.doc]
		if m.source.Document() != d {
			t.Errorf("after %s: source shows %v, want %s", s.key, m.source.Document().ID, d.ID)
		}
		if d.Title != "" && !strings.Contains(header(), ansi.Truncate(d.Title, 30, "")) {
			t.Errorf("header %q lacks the title %q", header(), d.Title)
		}
		// the lists hold only this document's items
		for _, r := range itemRows(m.lists[paneActors]) {
			if !mentionsIn(b.Actors[r.item].Mentions, d.ID) {
				t.Errorf("doc %s lists actor %q mentioned elsewhere only", d.ID, b.Actors[r.item].Name)
			}
		}
	}
}

// TestDocumentKeysAreInverse: ] then [ (and [ then ]) come back to the
// same view, on every document and on "all documents", wrapping at both
// ends the same way.
func TestDocumentKeysAreInverse(t *testing.T) {
	b := fixtures(t)
	n := len(b.Documents)
	// from "all documents", ] enters the first document and [ the last
	for key, want := range map[string]int{"]": 0, "[": n - 1} {
		m := newTestModel(t, b, 120, 40)
		m.showDoc(allDocs)
		if m, _ = press(t, m, key); m.doc != want {
			t.Errorf("from all documents, %s went to %d, want %d", key, m.doc, want)
		}
	}
	for doc := 0; doc < n; doc++ {
		for _, keys := range [][2]string{{"]", "["}, {"[", "]"}} {
			m := newTestModel(t, b, 120, 40)
			m.showDoc(doc)
			m, _ = press(t, m, keys[0])
			via := m.doc
			m, _ = press(t, m, keys[1])
			if m.doc != doc {
				t.Errorf("from doc %d, %s then %s went to %d via %d", doc, keys[0], keys[1], m.doc, via)
			}
		}
	}
	// from the first document, [ goes to the last one, as ] goes from the last to the first
	m := newTestModel(t, b, 120, 40)
	m, _ = press(t, m, "[")
	if m.doc != n-1 {
		t.Errorf("[ on the first document went to %d, want the last (%d)", m.doc, n-1)
	}
}

func mentionsIn(spans []briefing.Span, doc string) bool {
	for _, s := range spans {
		if s.Doc == doc {
			return true
		}
	}
	return false
}

// headerLine is the index of the header line: below the banner, if any.
func headerLine(m Model) int {
	if m.classification() != "" {
		return 1
	}
	return 0
}

func TestDocumentList(t *testing.T) {
	b := fixtures(t)
	m := newTestModel(t, b, 120, 40)
	m, _ = press(t, m, "d")
	if m.overlay != docsOverlay {
		t.Fatalf("d opened %v, want the document list", m.overlay)
	}
	s := screen(m)
	for _, want := range []string{"Documents", fmt.Sprintf("All documents (%d)", len(b.Documents)),
		fmt.Sprintf("Warnings (%d)", len(b.Warnings)), b.Documents[1].Title} {
		if !strings.Contains(s, want) {
			t.Errorf("document list lacks %q", want)
		}
	}
	// the cursor starts on the current document; j then enter shows the next
	m, _ = press(t, m, "j")
	m, cmd := press(t, m, "enter")
	msg := runCmd(t, cmd)
	if _, ok := msg.(docChosenMsg); !ok {
		t.Fatalf("enter gave %T, want docChosenMsg", msg)
	}
	m, _ = update(t, m, msg)
	if m.overlay != noOverlay || m.doc != 1 {
		t.Errorf("after choosing: overlay %v doc %d, want none and 1", m.overlay, m.doc)
	}
	// "All documents" is the first line
	m, cmd = press(t, m, "d", "g", "enter")
	m, _ = update(t, m, runCmd(t, cmd))
	if m.doc != allDocs {
		t.Errorf("choosing All documents gave doc %d", m.doc)
	}
	// esc closes without a change
	m, _ = press(t, m, "d", "j", "esc")
	if m.overlay != noOverlay || m.doc != allDocs {
		t.Errorf("esc: overlay %v doc %d", m.overlay, m.doc)
	}
}

// TestDocumentListShowsEveryWarning: DESIGN §3 says each loading problem
// is shown in the UI; the document list is where. Every warning must be
// reachable by scrolling, whatever the window height.
func TestDocumentListShowsEveryWarning(t *testing.T) {
	b := fixtures(t)
	for _, size := range [][2]int{{120, 40}, {80, 24}, {200, 60}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := newTestModel(t, b, size[0], size[1])
			m, _ = press(t, m, "d")
			seen := screen(m)
			// walk down as a user would: j, pgdown and G, many times
			for _, k := range []string{"j", "pgdown", "G", "end"} {
				for i := 0; i < len(b.Documents)+len(b.Warnings)+5; i++ {
					m, _ = press(t, m, k)
					seen += screen(m)
				}
			}
			for _, w := range b.Warnings {
				// the message may be cut at the overlay's edge; its start is enough
				want := ansi.Truncate(w.Message, 30, "")
				if !strings.Contains(seen, want) {
					t.Errorf("warning never shown: %s", w)
				}
			}
		})
	}
}

func TestThemeCycles(t *testing.T) {
	b := fixtures(t)
	m := newTestModel(t, b, 120, 40)
	if m.theme != ThemeAuto {
		t.Fatalf("starts on theme %q", m.theme)
	}
	// the test renderer has a dark background: the light theme is not offered
	for _, want := range []ThemeName{ThemeDark, ThemeNone, ThemeAuto, ThemeDark} {
		m, _ = press(t, m, "t")
		if m.theme != want {
			t.Fatalf("t gave theme %q, want %q", m.theme, want)
		}
		if !strings.Contains(screen(m), "theme: "+string(want)) {
			t.Errorf("status does not name theme %q", want)
		}
	}
}

func TestMouseToggle(t *testing.T) {
	b := fixtures(t)
	m := newTestModel(t, b, 120, 40)
	if m.mouse {
		t.Fatal("mouse on although Options.Mouse was false")
	}
	m, cmd := press(t, m, "m")
	if !m.mouse || cmd == nil {
		t.Fatalf("m: mouse %v, cmd %v; want on and a command", m.mouse, cmd)
	}
	if msg := runCmd(t, cmd); !reflect.DeepEqual(msg, tea.EnableMouseCellMotion()) {
		t.Errorf("m sent %T, want the enable-mouse message", msg)
	}
	if !strings.Contains(screen(m), "mouse on") {
		t.Errorf("status does not say mouse on")
	}
	m, cmd = press(t, m, "m")
	if m.mouse || cmd == nil {
		t.Fatalf("second m: mouse %v, cmd %v; want off and a command", m.mouse, cmd)
	}
	if msg := runCmd(t, cmd); !reflect.DeepEqual(msg, tea.DisableMouse()) {
		t.Errorf("second m sent %T, want the disable-mouse message", msg)
	}
}

func TestMouseClickFocusesAndWheelScrolls(t *testing.T) {
	b := fixtures(t)
	m := newTestModel(t, b, 120, 40)
	r := m.layout.panes[paneAssets]
	m, _ = update(t, m, tea.MouseMsg{X: r.x + 5, Y: r.y + 1, Action: tea.MouseActionPress, Button: tea.MouseButtonLeft})
	if m.focus != paneAssets {
		t.Fatalf("click in the order of battle focused %v", m.focus)
	}
	src := m.layout.panes[paneSource]
	before := m.source.offset
	m, _ = update(t, m, tea.MouseMsg{X: src.x + 5, Y: src.y + 5, Action: tea.MouseActionPress, Button: tea.MouseButtonWheelDown})
	if m.source.offset <= before && len(m.source.lines) > m.source.bodyHeight()+before {
		t.Errorf("wheel down over Source: offset %d, was %d", m.source.offset, before)
	}
}

func TestHelpOverlay(t *testing.T) {
	b := fixtures(t)
	for _, closeKey := range []string{"?", "esc"} {
		t.Run("closed by "+closeKey, func(t *testing.T) {
			m := newTestModel(t, b, 120, 40)
			m, _ = press(t, m, "?")
			if m.overlay != helpOverlay {
				t.Fatalf("? opened %v", m.overlay)
			}
			s := screen(m)
			// every binding is listed with its help text
			for _, col := range m.keys.FullHelp() {
				for _, k := range col {
					if !strings.Contains(s, k.Help().Key) || !strings.Contains(s, k.Help().Desc) {
						t.Errorf("help lacks %q %q", k.Help().Key, k.Help().Desc)
					}
				}
			}
			m, _ = press(t, m, closeKey)
			if m.overlay != noOverlay {
				t.Errorf("%s left overlay %v", closeKey, m.overlay)
			}
		})
	}
}

func TestQuit(t *testing.T) {
	b := fixtures(t)
	tests := []struct {
		name string
		keys []string
	}{
		{"q", []string{"q"}},
		{"ctrl+c", []string{"ctrl+c"}},
		{"q from help", []string{"?", "q"}},
		{"q from detail", []string{"enter", "q"}},
		{"q from document list", []string{"d", "q"}},
		{"ctrl+c while filtering", []string{"/", "ctrl+c"}},
		{"q after a kept filter", []string{"/", "x", "enter", "q"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := newTestModel(t, b, 120, 40)
			_, cmd := press(t, m, tt.keys...)
			if cmd == nil {
				t.Fatal("no command, want tea.Quit")
			}
			if msg := cmd(); msg != tea.Quit() {
				t.Errorf("command sent %#v, want tea.QuitMsg", msg)
			}
		})
	}
	// while typing a filter, q is a letter
	m := newTestModel(t, b, 120, 40)
	m, cmd := press(t, m, "/", "q")
	if isQuit(cmd) {
		t.Error("q typed into the filter quit")
	}
	if m.input.Value() != "q" {
		t.Errorf("filter text %q, want q", m.input.Value())
	}
}

// TestSelectionScrollsSource walks every item of every list and checks
// that Source shows and marks its first mention.
func TestSelectionScrollsSource(t *testing.T) {
	b := fixtures(t)
	for _, doc := range []string{"", "a"} { // the first document, then all
		for _, pane := range []paneKind{paneActors, paneAssets, paneQuestions} {
			t.Run(fmt.Sprintf("%v/all=%v", pane, doc == "a"), func(t *testing.T) {
				m := newTestModel(t, b, 120, 40)
				if doc != "" {
					m, _ = press(t, m, doc)
				}
				// G then g: the first item is reached by moving, which is
				// what selecting means here (focus changes are tested apart)
				m, _ = press(t, m, itoa(int(pane)+1), "G", "g")
				seen := 0
				for i := 0; i < len(m.lists[pane].visible); i++ {
					if i > 0 {
						m, _ = press(t, m, "j")
					}
					item := m.lists[pane].SelectedItem()
					if item < 0 {
						continue
					}
					seen++
					spans := m.marks()
					if len(spans) == 0 {
						t.Errorf("%q has no mention in scope", m.ix.itemName(pane, item))
						continue
					}
					first := spans[0]
					if m.source.current != first {
						t.Errorf("%q: current mention %v, want its first %v", m.ix.itemName(pane, item), m.source.current, first)
					}
					if m.source.Document() == nil || m.source.Document().ID != first.Doc {
						t.Errorf("%q: source shows another document", m.ix.itemName(pane, item))
						continue
					}
					if !sourceShows(m, first) {
						t.Errorf("%q: first mention %v not in view", m.ix.itemName(pane, item), first)
					}
					// and the screen really shows its line
					l := m.source.lines[m.source.lineAt(first.Start)]
					text := strings.TrimSpace(m.source.Document().Text[l.start:l.end])
					if text != "" && !strings.Contains(screen(m), ansi.Truncate(text, 20, "")) {
						t.Errorf("%q: line %q not on screen", m.ix.itemName(pane, item), text)
					}
					if !containsSpan(m.source.marks, first) {
						t.Errorf("%q: first mention not among the marks", m.ix.itemName(pane, item))
					}
				}
				if seen == 0 {
					t.Fatal("no items walked")
				}
			})
		}
	}
}

func containsSpan(spans []briefing.Span, s briefing.Span) bool {
	for _, x := range spans {
		if x == s {
			return true
		}
	}
	return false
}

// TestSelectionHighlightedInColour draws with colour to see the marks:
// the current mention in the Current style, the other mentions on screen
// in the Highlight style.
func TestSelectionHighlightedInColour(t *testing.T) {
	b := fixtures(t)
	r := lipgloss.NewRenderer(io.Discard)
	r.SetColorProfile(termenv.ANSI256)
	r.SetHasDarkBackground(true)
	m := New(b, Options{Renderer: r, Theme: ThemeDark})
	m = resize(t, m, 200, 60)
	m, _ = press(t, m, "a")
	// an actor with two mentions in the same document, both on screen
	for i := 0; ; i++ {
		if i > 500 {
			t.Skip("no actor with two mentions close together")
		}
		spans := m.marks()
		if len(spans) >= 2 && spans[0].Doc == spans[1].Doc && sourceShows(m, spans[1]) {
			break
		}
		m, _ = press(t, m, "j")
	}
	spans := m.marks()
	view := m.View()
	piece := func(s briefing.Span) string {
		l := m.source.lines[m.source.lineAt(s.Start)]
		return m.source.Document().Text[s.Start:min(s.End, l.end)]
	}
	if want := m.styles.Current.Render(piece(spans[0])); !strings.Contains(view, want) {
		t.Errorf("current mention %q not drawn as %q", piece(spans[0]), want)
	}
	if want := m.styles.Highlight.Render(piece(spans[1])); !strings.Contains(view, want) {
		t.Errorf("other mention %q not drawn as %q", piece(spans[1]), want)
	}
	if m.styles.Current.Render("x") == "x" || m.styles.Highlight.Render("x") == "x" {
		t.Fatal("the colour renderer draws marks as plain text")
	}
}

func TestDetailFollowsLinks(t *testing.T) {
	b := fixtures(t)
	m := newTestModel(t, b, 120, 40)
	m, _ = press(t, m, "a", "3", "g")
	// a question linked to an actor
	for i := 0; ; i++ {
		if i > len(b.Questions) {
			t.Fatal("no question linked to an actor")
		}
		if q := m.lists[paneQuestions].SelectedItem(); q >= 0 && len(b.Questions[q].Actors) > 0 {
			if _, ok := m.ix.actorByID[b.Questions[q].Actors[0]]; ok {
				break
			}
		}
		m, _ = press(t, m, "j")
	}
	question := m.lists[paneQuestions].SelectedItem()
	m, _ = press(t, m, "enter")
	if m.overlay != detailOverlay || !strings.Contains(screen(m), "Evidence (") {
		t.Fatalf("no question detail:\n%s", screen(m))
	}
	// move down to the first link to an actor
	var to *target
	for i := 0; i < len(m.detail.lines); i++ {
		if c := m.detail.cursor; c >= 0 && m.detail.lines[c].target != nil && m.detail.lines[c].target.kind == paneActors {
			to = m.detail.lines[c].target
			break
		}
		m, _ = press(t, m, "j")
	}
	if to == nil {
		t.Fatal("no link to an actor in the detail")
	}
	want := *to
	m, cmd := press(t, m, "enter")
	msg := runCmd(t, cmd)
	jm, ok := msg.(jumpedMsg)
	if !ok {
		t.Fatalf("enter on a link sent %T, want jumpedMsg", msg)
	}
	if jm.to != want {
		t.Errorf("jump to %+v, want %+v", jm.to, want)
	}
	m, _ = update(t, m, msg)
	if m.focus != paneActors || m.lists[paneActors].SelectedItem() != want.item {
		t.Fatalf("after the jump: focus %v item %d, want actors %d", m.focus, m.lists[paneActors].SelectedItem(), want.item)
	}
	actor := b.Actors[want.item]
	s := screen(m)
	if m.overlay != detailOverlay || !strings.Contains(s, "Mentions (") || !strings.Contains(s, actor.Name) {
		t.Errorf("the linked actor's detail is not shown:\n%s", s)
	}
	if m.source.current != actor.Mentions[0] {
		t.Errorf("source shows %v, want the actor's first mention %v", m.source.current, actor.Mentions[0])
	}
	// esc goes back along the way: the question's detail, then the
	// Questions pane with the question selected (TestBackStack has more)
	m, _ = press(t, m, "esc")
	if m.overlay != detailOverlay || m.detail.of != (target{kind: paneQuestions, item: question}) {
		t.Errorf("esc: overlay %v detail %+v, want the question %d", m.overlay, m.detail.of, question)
	}
	m, _ = press(t, m, "esc")
	if m.overlay != noOverlay || m.focus != paneQuestions || m.lists[paneQuestions].SelectedItem() != question {
		t.Errorf("esc twice: overlay %v focus %v item %d, want none, questions, %d",
			m.overlay, m.focus, m.lists[paneQuestions].SelectedItem(), question)
	}
}

// Following a mention line of the item itself shows that mention in
// Source and closes the detail.
func TestDetailFollowsMention(t *testing.T) {
	b := fixtures(t)
	m := newTestModel(t, b, 120, 40)
	m = toActorWithMentions(t, m, 2)
	spans := m.marks()
	m, _ = press(t, m, "enter", "j") // cursor starts on mention 1; j to mention 2
	m, cmd := press(t, m, "enter")
	m, _ = update(t, m, runCmd(t, cmd))
	if m.overlay != noOverlay {
		t.Errorf("following a mention left overlay %v", m.overlay)
	}
	if m.source.current != spans[1] || !sourceShows(m, spans[1]) {
		t.Errorf("source current %v (shown %v), want %v", m.source.current, sourceShows(m, spans[1]), spans[1])
	}
}

func TestResizeBreakpoints(t *testing.T) {
	b := fixtures(t)
	tests := []struct {
		w, h int
		mode layoutMode
	}{
		{200, 60, layoutWide},
		{120, 40, layoutWide},
		{120, 12, layoutWide},
		{119, 40, layoutMedium},
		{100, 30, layoutMedium},
		{80, 24, layoutSplit}, // one list beside the source: three stacked would show 3–4 rows each
		{80, 30, layoutMedium},
		{79, 24, layoutNarrow},
		{60, 20, layoutNarrow},
		{40, 12, layoutNarrow},
		{39, 20, layoutTooSmall},
		{80, 11, layoutTooSmall},
		{20, 5, layoutTooSmall},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%dx%d", tt.w, tt.h), func(t *testing.T) {
			// the same model passes through a big size first, as a real resize does
			m := newTestModel(t, b, 160, 48)
			m = resize(t, m, tt.w, tt.h)
			if m.layout.mode != tt.mode {
				t.Fatalf("layout %v, want %v", m.layout.mode, tt.mode)
			}
			lines := viewLines(m)
			s := strings.Join(lines, "\n")
			if tt.mode == layoutTooSmall {
				if !strings.Contains(s, "Terminal too small") {
					t.Errorf("no too-small message:\n%s", s)
				}
				return
			}
			if strings.Contains(s, "Terminal too small") {
				t.Errorf("too-small message at a usable size")
			}
			row := func(title string) int {
				for i, l := range lines {
					if strings.Contains(l, "┃"+title+" ") || strings.Contains(l, "│"+title+" ") {
						return i
					}
				}
				return -1
			}
			switch tt.mode {
			case layoutWide:
				// 2×2: actors beside the order of battle, questions beside source
				if row("Actors") < 0 || row("Actors") != row("Order of Battle") ||
					row("Open Questions") != row("Source") || row("Open Questions") <= row("Actors") {
					t.Errorf("not a 2×2 grid (rows %d %d %d %d):\n%s",
						row("Actors"), row("Order of Battle"), row("Open Questions"), row("Source"), s)
				}
			case layoutMedium:
				// lists stacked on the left, source on the right
				if row("Actors") < 0 || row("Actors") != row("Source") ||
					!(row("Actors") < row("Order of Battle") && row("Order of Battle") < row("Open Questions")) {
					t.Errorf("not two columns (rows %d %d %d %d):\n%s",
						row("Actors"), row("Order of Battle"), row("Open Questions"), row("Source"), s)
				}
			case layoutNarrow:
				if !strings.Contains(s, "1 Actors") || (tt.w >= 60 && !strings.Contains(s, "4 Source")) {
					t.Errorf("no tabs line:\n%s", s)
				}
				shown := 0
				for _, title := range paneTitles {
					if row(title) >= 0 {
						shown++
					}
				}
				if shown != 1 {
					t.Errorf("%d panes drawn in the narrow layout, want 1", shown)
				}
			}
		})
	}
}

// TestNarrowTabsFollowFocus: in the narrow layout the focused pane is the
// one drawn.
func TestNarrowTabsFollowFocus(t *testing.T) {
	b := fixtures(t)
	m := newTestModel(t, b, 70, 24)
	for i, k := range []string{"2", "3", "4", "1", "tab"} {
		m, _ = press(t, m, k)
		want := []paneKind{paneAssets, paneQuestions, paneSource, paneActors, paneAssets}[i]
		if got := focusedTitle(t, m); got != want.String() {
			t.Errorf("after %s: %q drawn, want %q", k, got, want)
		}
	}
}

// TestViewFitsWindow: whatever the size and whatever is open, View never
// has more lines than the window nor a line wider than it.
func TestViewFitsWindow(t *testing.T) {
	b := fixtures(t)
	states := []struct {
		name string
		keys []string
	}{
		{"panes", nil},
		{"all documents", []string{"a", "2", "G"}},
		{"help", []string{"?"}},
		{"detail", []string{"enter"}},
		{"documents", []string{"d"}},
		{"filtering", []string{"/", "i", "r"}},
		{"source", []string{"4", "G"}},
	}
	var sizes [][2]int
	for w := 20; w <= 220; w += 7 {
		for h := 5; h <= 70; h += 5 {
			sizes = append(sizes, [2]int{w, h})
		}
	}
	// the breakpoints and their neighbours, odd sizes included
	for _, w := range []int{1, 2, 39, 40, 41, 79, 80, 81, 119, 120, 121} {
		for _, h := range []int{1, 2, 11, 12, 13, 23, 24, 25} {
			sizes = append(sizes, [2]int{w, h})
		}
	}
	for _, st := range states {
		t.Run(st.name, func(t *testing.T) {
			t.Parallel() // each model has its own renderer; the briefing is read-only
			m := newTestModel(t, b, 120, 40)
			m, _ = press(t, m, st.keys...)
			for _, sz := range sizes {
				w, h := sz[0], sz[1]
				m = resize(t, m, w, h)
				checkFits(t, m.View(), w, h)
			}
		})
	}
}

// checkFits fails when a frame is taller or wider than w×h.
func checkFits(t *testing.T, view string, w, h int) {
	t.Helper()
	lines := strings.Split(view, "\n")
	if len(lines) > h {
		t.Errorf("%d×%d: %d lines", w, h, len(lines))
	}
	for i, l := range lines {
		if lw := ansi.StringWidth(l); lw > w {
			t.Errorf("%d×%d: line %d is %d cells: %q", w, h, i, lw, ansi.Strip(l))
			return
		}
	}
}

// TestFocusChangeShowsSelectionInSource: moving to another list makes its
// selected item the one Source shows (its marks are drawn at once), so its
// first mention must be scrolled into view too; otherwise Source shows
// unrelated text and none of the highlights.
func TestFocusChangeShowsSelectionInSource(t *testing.T) {
	b := fixtures(t)
	for _, keys := range [][]string{{"2"}, {"3"}, {"tab"}, {"tab", "tab"}, {"shift+tab", "shift+tab"}} {
		t.Run(strings.Join(keys, ","), func(t *testing.T) {
			m := newTestModel(t, b, 120, 40)
			m, _ = press(t, m, keys...)
			spans := m.marks()
			if len(spans) == 0 {
				t.Fatalf("%v: selected item has no mention", m.focus)
			}
			if m.source.current != spans[0] {
				t.Errorf("current mention %v, want %v", m.source.current, spans[0])
			}
			if !sourceShows(m, spans[0]) {
				t.Errorf("%v's selected item %q: its first mention (line %d) is off screen (lines %d–%d)",
					m.focus, m.ix.itemName(m.active, m.lists[m.active].SelectedItem()), m.source.lineAt(spans[0].Start),
					m.source.offset, m.source.offset+m.source.bodyHeight()-1)
			}
		})
	}
}

// TestNewDoesNotWrapForNoWindow: before the first window size the panes
// have no width; wrapping the document then (at one cell a line) costs
// time and memory in proportion to the document — about 1 s and 660 MB
// for an 8 MB document — for lines that are thrown away at the first
// resize. Whatever New does before the size is known must be no more than
// what the narrowest usable window needs.
func TestNewDoesNotWrapForNoWindow(t *testing.T) {
	br := bigBriefing(100, 50, 10, 200<<10)
	m := New(br, Options{Renderer: newTestRenderer()})
	before := len(m.source.lines)
	narrowest := len(resize(t, m, minWidth, minHeight).source.lines)
	if before > 2*narrowest {
		t.Errorf("New wrapped the document into %d lines before knowing the window; a %d-cell window needs %d",
			before, minWidth, narrowest)
	}
}

// TestStartShowsGroupHeaders: the dashboard starts on the first item of
// each list; there is room, so the group headers above it (the actor
// kind, the side and domain of an asset) must be visible, or the first
// asset is shown without the side it belongs to.
func TestStartShowsGroupHeaders(t *testing.T) {
	b := fixtures(t)
	for _, size := range [][2]int{{200, 60}, {120, 40}, {100, 30}, {79, 24}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := newTestModel(t, b, size[0], size[1])
			for k := paneActors; k <= paneQuestions; k++ {
				p := m.lists[k]
				if p.cursor < p.bodyHeight() && p.offset != 0 {
					t.Errorf("%v starts scrolled to row %d (cursor %d, %d rows fit): the headers above the first item are hidden",
						k, p.offset, p.cursor, p.bodyHeight())
				}
			}
			if m.layout.mode != layoutNarrow {
				s := screen(m)
				for _, want := range []string{"▾ People", "▾ " + b.Assets[m.lists[paneAssets].SelectedItem()].Side} {
					if !strings.Contains(s, want) {
						t.Errorf("first frame lacks %q", want)
					}
				}
			}
		})
	}
}

// TestColumnsFitTheirPane: the columns of a list, with one space between
// each, never need more than the width they are given, so fixed columns
// such as Refs are never cut.
func TestColumnsFitTheirPane(t *testing.T) {
	b := fixtures(t)
	m := newTestModel(t, b, 120, 40)
	var over []string
	for k := paneActors; k <= paneQuestions; k++ {
		p := m.lists[k]
		for total := 10; total <= 200; total++ {
			widths := p.columnWidths(total)
			need, shown := 0, 0
			for i, w := range widths {
				if w < 0 {
					continue
				}
				if w < 1 {
					t.Errorf("%v at %d: column %q has width %d", k, total, p.columns[i].title, w)
				}
				need += w
				shown++
			}
			need += shown - 1
			if need > total && total >= 30 {
				over = append(over, fmt.Sprintf("%v at %d cells needs %d %v", k, total, need, widths))
			}
		}
	}
	if len(over) > 0 {
		t.Errorf("columns wider than their room at %d widths, e.g. %s", len(over), strings.Join(over[:min(3, len(over))], "; "))
	}
	// on screen: the actors' Refs column title is never cut
	var cut []int
	example := ""
	for w := 40; w <= 220; w++ {
		m = resize(t, m, w, 40)
		for _, l := range viewLines(m) {
			if strings.Contains(l, "Re…") {
				cut = append(cut, w)
				example = l
				break
			}
		}
	}
	if len(cut) > 0 {
		t.Errorf("Refs column cut at %d window widths %v; e.g. %q", len(cut), cut, example)
	}
}

// wideBriefing is a document and items whose text mixes CJK, emoji with
// ZWJ and combining characters, to check widths and borders.
func wideBriefing() *briefing.Briefing {
	family := "👨\u200d👩\u200d👧"
	cafe := "Cafe\u0301"
	paras := []string{
		"台灣海峽 Taiwan Strait note",
		"總統賴清德 (President Lai Ching-te) said 台灣 would defend itself. " + family + " families in " + cafe + " Roma watched the news.",
		strings.Repeat("賴清德與台灣國防部 ", 30),
		"The frigate 基隆號 sailed at dawn; " + cafe + " owners and " + family + " waited. " + strings.Repeat("e\u0301", 40),
		// emoji made wide by a variation selector, and a flag of two regional indicators
		strings.Repeat("❤️☎️🇹🇼", 30),
		strings.Repeat("台灣", 80) + "end.",
	}
	text := strings.Join(paras, "\n\n")
	span := func(sub string, nth int) briefing.Span {
		from := 0
		for i := 0; ; i++ {
			j := strings.Index(text[from:], sub)
			if j < 0 {
				panic("missing " + sub)
			}
			if i == nth {
				return briefing.Span{Doc: "d1", Start: from + j, End: from + j + len(sub)}
			}
			from += j + len(sub)
		}
	}
	doc := briefing.Document{ID: "d1", Path: "台灣/note.md", Format: briefing.FormatMarkdown,
		Title: "台灣海峽 " + family + " " + cafe, Source: "賴清德辦公室", Text: text,
		Blocks: []briefing.Block{{Kind: briefing.Heading, Start: 0, End: len(paras[0]), Level: 1}}}
	b := &briefing.Briefing{Documents: []briefing.Document{doc}}
	b.Actors = []briefing.Actor{
		{ID: "a1", Name: "賴清德", Kind: briefing.Person, Title: "總統", Affiliation: "台灣", Aliases: []string{"Lai Ching-te"},
			Mentions: []briefing.Span{span("賴清德", 0), span("賴清德", 1), span("賴清德", 5)}},
		{ID: "a2", Name: "台灣", Kind: briefing.State, Mentions: []briefing.Span{span("台灣", 0), span("台灣", 3)}},
		{ID: "a3", Name: family + " families", Kind: briefing.Group, Role: cafe + " owners " + strings.Repeat("台", 40),
			Mentions: []briefing.Span{span(family, 0), span(family, 1)}},
		{ID: "a4", Name: cafe + " Roma", Kind: briefing.Organization, Mentions: []briefing.Span{span(cafe, 0)}},
	}
	for i := 0; i < 30; i++ {
		b.Actors = append(b.Actors, briefing.Actor{ID: fmt.Sprintf("x%d", i), Name: fmt.Sprintf("國防部 %d %s", i, family),
			Kind: briefing.Organization, Mentions: []briefing.Span{span("國防部", i%10)}})
	}
	b.Assets = []briefing.Asset{
		{ID: "s1", Name: "基隆號", Category: "驅逐艦 destroyer", Domain: briefing.Sea, Side: "台灣", Status: briefing.Deployed,
			Location: "台灣海峽", Quantity: "一艘", Mentions: []briefing.Span{span("基隆號", 0)}},
		{ID: "s2", Name: family + " convoy", Category: cafe, Domain: briefing.Land, Side: cafe,
			Mentions: []briefing.Span{span(family, 1)}},
	}
	b.Questions = []briefing.Question{
		{ID: "q1", Text: "Will 賴清德 order 基隆號 into 台灣海峽 " + family + "?", Kind: briefing.Decision, Cue: "will",
			Actors: []string{"a1"}, Assets: []string{"s1"}, Evidence: []briefing.Span{span("總統賴清德", 0)}},
		{ID: "q2", Text: "Did " + cafe + " " + strings.Repeat("台灣", 30) + "?", Kind: briefing.Fact,
			Actors: []string{"a4"}, Evidence: []briefing.Span{span(cafe, 1)}},
	}
	b.Warnings = []briefing.Warning{{Path: "台灣/bad.txt", Message: "壞 " + family + " " + cafe}}
	return b
}

func TestWideText(t *testing.T) {
	b := wideBriefing()
	states := []struct {
		name string
		keys []string
	}{
		{"start", nil},
		{"each actor", []string{"j", "j", "j", "j"}},
		{"assets", []string{"2", "j"}},
		{"questions", []string{"3", "j"}},
		{"source scrolled", []string{"4", "j", "j", "j"}},
		{"source end", []string{"4", "G"}},
		{"detail", []string{"enter"}},
		{"question detail", []string{"3", "enter"}},
		{"documents", []string{"d"}},
		{"filter", []string{"/", "台"}},
	}
	for _, size := range [][2]int{{200, 60}, {160, 48}, {121, 40}, {120, 40}, {101, 30}, {100, 30}, {80, 24}, {79, 24}, {41, 13}} {
		for _, st := range states {
			t.Run(fmt.Sprintf("%dx%d/%s", size[0], size[1], st.name), func(t *testing.T) {
				w, h := size[0], size[1]
				m := newTestModel(t, b, w, h)
				m, _ = press(t, m, st.keys...)
				view := m.View()
				checkFits(t, view, w, h)
				if m.overlay != noOverlay || m.layout.mode == layoutNarrow {
					return
				}
				// panes tile the window: every line is exactly w cells and
				// the borders between panes stand in the same columns
				lines := strings.Split(ansi.Strip(view), "\n")
				for i, l := range lines {
					if lw := ansi.StringWidth(l); lw != w && i > 0 && i < len(lines)-1 {
						t.Errorf("line %d is %d cells, want %d: %q", i, lw, w, l)
					}
				}
				// Source's wrapped lines fit its body: none is cut with "…"
				// (the document itself has no ellipsis)
				src := m.layout.panes[paneSource]
				for y := src.y + 2; y < src.y+src.h-1 && y < len(lines); y++ {
					if body := ansi.Cut(lines[y], src.x+1, src.x+src.w-1); strings.Contains(body, "…") {
						t.Errorf("source line %d cut: %q", y, body)
					}
				}
				top, bottom := m.chromeHeights(m.layout.mode)
				for y := top; y < h-bottom; y++ {
					for k := paneActors; k <= paneSource; k++ {
						r := m.layout.panes[k]
						if y < r.y || y >= r.y+r.h {
							continue
						}
						for _, x := range []int{r.x, r.x + r.w - 1} {
							if c := ansi.Cut(lines[y], x, x+1); !strings.ContainsAny(c, "│┃╭╮╰╯┏┓┗┛") {
								t.Errorf("line %d, column %d (%v border): %q, want a border\n%s", y, x, k, c, lines[y])
							}
						}
					}
				}
			})
		}
	}
}

// TestWideTextSourceWraps: Source wraps by what the terminal draws, so a
// wrapped line never needs more cells than the pane gives it (else fit
// cuts it with "…" and text is lost), and a line never starts or ends
// inside a grapheme cluster (a flag, an emoji with its variation
// selector or ZWJ, a letter with its combining accent).
func TestWideTextSourceWraps(t *testing.T) {
	text := wideBriefing().Documents[0].Text
	var wide, split []string
	for w := 10; w <= 80; w++ { // Source is never narrower than 36 cells; 10 is plenty
		for _, l := range wrapText(text, w, nil) {
			line := text[l.start:l.end]
			// a space closing a paragraph may hang over; the pane's margin takes it
			if lw := ansi.StringWidth(strings.TrimRight(line, " ")); lw > max(w, 2) {
				wide = append(wide, fmt.Sprintf("width %d: %q is %d cells", w, line, lw))
			}
			for _, at := range []int{l.start, l.end} {
				if splitsCluster(text, at) {
					split = append(split, fmt.Sprintf("width %d: line %q breaks a cluster at byte %d", w, line, at))
				}
			}
		}
	}
	if len(wide) > 0 {
		t.Errorf("%d wrapped lines wider than the pane, e.g.\n%s", len(wide), strings.Join(wide[:min(4, len(wide))], "\n"))
	}
	if len(split) > 0 {
		t.Errorf("%d line ends inside a grapheme cluster, e.g.\n%s", len(split), strings.Join(split[:min(4, len(split))], "\n"))
	}
}

// splitsCluster reports whether byte offset at falls inside one of the
// grapheme clusters wideBriefing uses.
func splitsCluster(text string, at int) bool {
	if at <= 0 || at >= len(text) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[at:])
	prev, _ := utf8.DecodeLastRuneInString(text[:at])
	isRI := func(r rune) bool { return r >= 0x1F1E6 && r <= 0x1F1FF }
	switch {
	case r == 0x301 || r == 0x200D || r == 0xFE0F || prev == 0x200D:
		return true
	case isRI(r):
		// a flag is a pair of regional indicators: an odd count before means a split
		n := 0
		for i := at; i > 0; {
			p, size := utf8.DecodeLastRuneInString(text[:i])
			if !isRI(p) {
				break
			}
			n++
			i -= size
		}
		return n%2 == 1
	}
	return false
}

// A document with a letter whose lower case is longer in UTF-8 ("İ") is
// still searchable, and every hit points at the words searched for.
func TestSourceSearchAcrossScripts(t *testing.T) {
	text := "Aircraft left İncirlik for the AEGEAN.\n\nThe Aegean patrol returned to İncirlik; ΑΘΗΝΑ said nothing."
	doc := briefing.Document{ID: "d1", Path: "turkey.txt", Format: briefing.FormatText, Text: text}
	m := newTestModel(t, &briefing.Briefing{Documents: []briefing.Document{doc}}, 120, 40)
	m, _ = press(t, m, "4", "/")
	for _, q := range []string{"aegean", "İncirlik", "αθηνα"} {
		m, _ = press(t, m, "ctrl+u")
		m = typeText(t, m, q)
		hits := m.marks()
		if len(hits) == 0 {
			t.Errorf("search %q: no hits", q)
		}
		for _, h := range hits {
			if got := text[h.Start:h.End]; !strings.EqualFold(got, q) {
				t.Errorf("search %q: hit %q", q, got)
			}
		}
	}
}
