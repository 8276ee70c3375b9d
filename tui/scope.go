package tui

// loadScope fills the list panes with the items of the current document.
func (m *Model) loadScope() {
	m.fillLists()
	if m.doc != allDocs && m.doc < len(m.ix.b.Documents) {
		m.source.SetDocument(&m.ix.b.Documents[m.doc])
	} else if m.source.Document() == nil && len(m.ix.b.Documents) > 0 {
		m.source.SetDocument(&m.ix.b.Documents[0])
	}
	m.follow.mention = 0
	m.syncSource(true)
}

// stepDoc shows the next or previous document, wrapping around; from
// the all-documents view it starts at the first or the last.
func (m *Model) stepDoc(dir int) {
	n := len(m.ix.b.Documents)
	if n == 0 {
		return
	}
	doc := m.doc + dir
	switch {
	case m.doc == allDocs && dir > 0:
		doc = 0
	case m.doc == allDocs:
		doc = n - 1
	case doc >= n:
		doc = 0
	case doc < 0:
		doc = n - 1
	}
	m.showDoc(doc)
	m.status = "document " + itoa(doc+1) + "/" + itoa(n)
}

// showDoc switches to a document, or to all documents (allDocs).
func (m *Model) showDoc(doc int) {
	if len(m.ix.b.Documents) == 0 || doc < allDocs || doc >= len(m.ix.b.Documents) {
		return
	}
	m.doc = doc
	m.loadScope()
	m.resize()
}
