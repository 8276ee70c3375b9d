package tui

// maxBack bounds the back stack: a long walk along links keeps its most
// recent steps, and each step holds copies of the panes.
const maxBack = 50

// place is where the user stood before going deeper: the panes as they
// were and the overlay over them. esc puts it back exactly.
type place struct {
	overlay overlay
	detail  DetailView
	docs    DocList
	events  TimelineView

	focus, active paneKind
	lists         [3]ListPane
	source        SourcePane
	doc           int
	follow        follower
}

// here records the current place. The panes are copied deeply, because
// filtering and wrapping reuse their slices in place.
func (m *Model) here() place {
	p := place{
		overlay: m.overlay, detail: m.detail, docs: m.docs, events: m.timeline,
		focus: m.focus, active: m.active, source: m.source.clone(),
		doc: m.doc, follow: m.follow,
	}
	for i := range m.lists {
		p.lists[i] = m.lists[i].clone()
	}
	return p
}

// pushBack remembers p as the place esc returns to.
func (m *Model) pushBack(p place) {
	if len(m.back) >= maxBack {
		m.back = m.back[1:]
	}
	// a full slice expression, so a copy of the model that shares the
	// array never sees its entries overwritten
	m.back = append(m.back[:len(m.back):len(m.back)], p)
}

// goBack restores the last place pushed; it reports false when there is
// none.
func (m *Model) goBack() bool {
	n := len(m.back)
	if n == 0 {
		return false
	}
	p := m.back[n-1]
	m.back = m.back[: n-1 : n-1]
	m.overlay, m.detail, m.docs, m.timeline = p.overlay, p.detail, p.docs, p.events
	m.doc, m.follow = p.doc, p.follow
	// copied again: an older copy of the model may still hold this place
	for i := range m.lists {
		m.lists[i] = p.lists[i].clone()
	}
	m.source = p.source.clone()
	m.active = p.active
	m.setFocus(p.focus)
	m.resize()      // the window may have changed size since
	m.refreshWork() // marks may have changed since, here or elsewhere
	return true
}
