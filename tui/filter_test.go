package tui

import (
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// TestFilterOpensFoldedGroupsAndCountsMatches: a filter shows matches
// inside a folded group (it opens the group), and each group's count
// is the number of its items that match, not its total.
func TestFilterOpensFoldedGroupsAndCountsMatches(t *testing.T) {
	b := fixtures(t)
	m := newTestModel(t, b, 120, 40)
	m, _ = press(t, m, "a", "1", "g") // all documents, actors, first row: a group header
	p := m.lists[paneActors]
	head := p.visible[p.cursor]
	if !p.rows[head].header {
		t.Fatal("the first actor row is not a group header")
	}
	group := p.rows[head].group
	// a word of the group's first item that not every item of the group has
	var word string
	var matchesInGroup int
	for _, r := range p.rows[head+1:] {
		if r.header {
			break
		}
		for _, w := range strings.Fields(r.key) {
			if len(w) < 4 {
				continue
			}
			n := 0
			for _, o := range p.rows[head+1:] {
				if o.header {
					break
				}
				if strings.Contains(o.key, w) {
					n++
				}
			}
			if n < p.rows[head].count {
				word, matchesInGroup = w, n
				break
			}
		}
		break
	}
	if word == "" {
		t.Skip("no word tells the first group's items apart")
	}
	m, _ = press(t, m, " ") // fold the group
	if !m.lists[paneActors].folded[group] {
		t.Fatal("space did not fold the group")
	}
	m, _ = press(t, m, "/")
	m = typeText(t, m, word)
	p = m.lists[paneActors]
	found := 0
	for _, r := range itemRows(p) {
		if r.group == group || strings.HasPrefix(r.group, group+"/") {
			found++
		}
	}
	if found != matchesInGroup {
		t.Errorf("filter %q shows %d items of the folded group %q, want its %d matches", word, found, group, matchesInGroup)
	}
	header := regexp.MustCompile(regexp.QuoteMeta(p.rows[head].cells[0]) + `\s+(\d+)`)
	sm := header.FindStringSubmatch(screen(m))
	if sm == nil {
		t.Fatalf("group header %q not drawn:\n%s", p.rows[head].cells[0], screen(m))
	}
	if n, _ := strconv.Atoi(sm[1]); n != matchesInGroup {
		t.Errorf("group %q shows count %d under the filter, want %d matching (of %d)", group, n, matchesInGroup, p.rows[head].count)
	}
}
