package tui

import (
	"strings"
	"sync"

	"github.com/briefing-tools/briefing/internal/briefing"
	"github.com/briefing-tools/briefing/internal/marks"
)

// BriefingUpdatedMsg says the briefing was rebuilt (a watched folder
// changed); the dashboard shows the new one, keeping what the user was
// looking at: the document, each list's selected item and scroll, the place in
// the source text, an open overlay; Status is shown on the status line.
type BriefingUpdatedMsg struct {
	Briefing *briefing.Briefing
	Status   string
	// Seq orders updates; one older than the last applied is ignored.
	Seq int
}

// itemKey names an item so it can be found again in another briefing,
// whose indexes and ids differ.
func itemKey(ix *index, kind paneKind, item int) string {
	if item < 0 {
		return ""
	}
	switch kind {
	case paneActors:
		if item < len(ix.b.Actors) {
			a := ix.b.Actors[item]
			return strings.ToLower(string(a.Kind) + "|" + a.Name)
		}
	case paneAssets:
		if item < len(ix.b.Assets) {
			a := ix.b.Assets[item]
			return strings.ToLower(a.Side + "|" + a.Name)
		}
	case paneQuestions:
		if item < len(ix.b.Questions) {
			return strings.ToLower(ix.b.Questions[item].Text)
		}
	}
	return ""
}

// findItem is the item of a kind with the key, or -1.
func findItem(ix *index, kind paneKind, key string) int {
	if key == "" {
		return -1
	}
	n := 0
	switch kind {
	case paneActors:
		n = len(ix.b.Actors)
	case paneAssets:
		n = len(ix.b.Assets)
	case paneQuestions:
		n = len(ix.b.Questions)
	}
	for i := 0; i < n; i++ {
		if itemKey(ix, kind, i) == key {
			return i
		}
	}
	return -1
}

// replaceBriefing shows b in place of the current briefing.
func (m *Model) replaceBriefing(msg BriefingUpdatedMsg) {
	if msg.Briefing == nil || msg.Seq != 0 && msg.Seq <= m.seq {
		return
	}
	m.seq = msg.Seq
	old := m.ix
	docPath := ""
	if m.doc != allDocs && m.doc < len(old.b.Documents) {
		docPath = old.b.Documents[m.doc].Path
	}
	srcPath, srcTop := "", -1
	if d := m.source.Document(); d != nil {
		srcPath, srcTop = d.Path, m.source.TopOffset()
	}
	var selected [3]string
	var onScreen [3]int // the selected row's line in its pane
	for k := range m.lists {
		selected[k] = itemKey(old, paneKind(k), m.lists[k].SelectedItem())
		onScreen[k] = m.lists[k].ScreenLine()
	}
	detailOf, detailKey, detailOffset := m.detail.Of(), "", 0
	if m.overlay == detailOverlay {
		detailKey = itemKey(old, detailOf.kind, detailOf.item)
		detailOffset, _ = m.detail.Scroll()
	}

	m.ix = indexFor(msg.Briefing)
	if m.work.on() {
		// marks name items by their index in the briefing: the new
		// briefing's items take them again by their stable keys
		m.work.keys = marks.NewIndex(msg.Briefing)
		m.work.marks = m.work.keys.Attach(m.work.state)
	}
	m.doc = allDocs
	for i, d := range msg.Briefing.Documents {
		if d.Path == docPath {
			m.doc = i
		}
	}
	if docPath == "" && m.doc == allDocs && len(msg.Briefing.Documents) > 0 && len(old.b.Documents) == 0 {
		m.doc = 0
	}
	m.source.SetDocument(nil) // the old document belongs to the old briefing
	for i := range msg.Briefing.Documents {
		if msg.Briefing.Documents[i].Path == srcPath {
			m.source.SetDocument(&msg.Briefing.Documents[i])
		}
	}
	m.loadScope()
	for k := range m.lists {
		p := &m.lists[k]
		if item := findItem(m.ix, paneKind(k), selected[k]); item >= 0 && p.SelectItem(item) {
			p.SetScreenLine(onScreen[k])
		}
	}
	m.follow.mention = 0
	m.syncSource(false)
	if d := m.source.Document(); d != nil && d.Path == srcPath && srcTop >= 0 {
		m.source.ScrollToTop(srcTop)
	}
	m.back = nil // the places remembered point into the old briefing
	switch m.overlay {
	case detailOverlay:
		if item := findItem(m.ix, detailOf.kind, detailKey); item >= 0 {
			t := target{kind: detailOf.kind, item: item}
			m.detail = newDetailView(m.ix, t, newDetailKeyMap(m.keys, t.kind, m.work.on()), m.markLines(refOf(t.kind, t.item)))
			_, cursor := m.detail.Scroll()
			m.detail.SetScroll(detailOffset, cursor)
		} else {
			m.overlay = noOverlay
		}
	case docsOverlay:
		m.docs = newDocList(m.ix, m.doc, newDocsKeyMap(m.keys), nil, nil)
	}
	m.status = msg.Status
	m.resize()
}

// lastIndex is the index of the briefing most recently shown: every SSH
// session of one briefing, and every dashboard an update reaches, shares
// it (an index is never changed once built), instead of each building
// its own.
var lastIndex struct {
	sync.Mutex
	b  *briefing.Briefing
	ix *index
}

// indexFor returns the shared index of b, building it when b is new.
func indexFor(b *briefing.Briefing) *index {
	lastIndex.Lock()
	defer lastIndex.Unlock()
	if lastIndex.b != b {
		lastIndex.b, lastIndex.ix = b, newIndex(b)
	}
	return lastIndex.ix
}
