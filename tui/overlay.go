package tui

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"github.com/briefing-tools/briefing/internal/ingest"
	"github.com/briefing-tools/briefing/internal/marks"
	"github.com/briefing-tools/briefing/internal/store"
)

// overlay is what covers the panes, if anything.
type overlay int

const (
	noOverlay overlay = iota
	helpOverlay
	detailOverlay
	docsOverlay
	timelineOverlay
	noteOverlay
)

func (o overlay) String() string {
	return [...]string{"none", "help", "detail", "documents", "timeline", "note"}[o]
}

// updateOverlay handles a key while an overlay is open: esc goes back
// along the way the user came (or closes), q quits, and the rest goes to
// the overlay. Details also take the mark keys.
func (m Model) updateOverlay(k tea.KeyMsg) (tea.Model, tea.Cmd) {
	if m.overlay == detailOverlay {
		if cmd, ok := m.handleWorkKey(k); ok {
			return m, cmd
		}
	}
	if key.Matches(k, m.keys.Back) && m.overlay != helpOverlay && m.goBack() {
		return m, nil
	}
	if key.Matches(k, m.keys.Back) || (m.overlay == helpOverlay && key.Matches(k, m.guide.KeyMap.Close)) {
		m.overlay = noOverlay
		return m, nil
	}
	if key.Matches(k, m.keys.Quit) {
		return m, tea.Quit
	}
	var cmd tea.Cmd
	switch m.overlay {
	case helpOverlay:
		m.guide, cmd = m.guide.Update(k)
	case detailOverlay:
		m.detail, cmd = m.detail.Update(k)
	case docsOverlay:
		m.docs, cmd = m.docs.Update(k)
	case timelineOverlay:
		m.timeline, cmd = m.timeline.Update(k)
	}
	return m, cmd
}

// overlayBox draws the open overlay for a body of w×h cells and says
// where it goes: its top-left cell, the overlay centred across. ok is
// false when none is open. The body is drawn under it (bodyView).
func (m Model) overlayBox(w, h int) (box string, x, y int, ok bool) {
	s := m.styles
	centred := false
	switch m.overlay {
	case helpOverlay:
		box, centred = m.guide.View(), true
	case detailOverlay:
		box = m.detail.View(s)
	case docsOverlay:
		box = m.docs.View(s)
	case timelineOverlay:
		box = m.timeline.View(s)
	case noteOverlay:
		box, centred = m.note.View(s), true
	default:
		return "", 0, 0, false
	}
	bh := lipgloss.Height(box)
	switch {
	case centred:
		y = (h - bh) / 2
	case m.overlay == detailOverlay:
		if atBottom, _ := m.detailRoom(h); atBottom {
			y = h - bh
		}
	}
	return box, max((w-lipgloss.Width(box))/2, 0), max(y, 0), true
}

// detailTallBody is the body height from which the details share the
// body with the selected row; below it (80×24) they take all of it.
const detailTallBody = 24

// detailRoom is where the details go in a body of h rows: on the side
// of the focused pane's selected row with more room, up to that row, so
// it stays in sight; or the whole body when it is too short to share.
func (m Model) detailRoom(h int) (atBottom bool, height int) {
	if h < detailTallBody {
		return false, h
	}
	sel := min(max(m.selectedLine(), 0), h-1)
	if sel < h/2 {
		return true, h - sel - 1
	}
	return false, sel
}

// selectedLine is the body line the focused list draws its selected row
// on (Source has none: its middle line).
func (m Model) selectedLine() int {
	r := m.layout.panes[m.focus]
	if m.focus == paneSource {
		return r.y - m.layout.body.y + r.h/2
	}
	p := m.lists[m.focus]
	return r.y - m.layout.body.y + p.HeaderRows() + p.ScreenLine()
}

// sizeOverlays gives each overlay its room in a body of w×bodyH cells.
func (m *Model) sizeOverlays(w, bodyH int) {
	overlayW, overlayH := min(w-2, 110), max(bodyH, 3)
	// details wrap their sentences in full: they use the whole width,
	// borders over the panes' borders
	_, detailH := m.detailRoom(bodyH)
	m.detail.SetSize(max(w, 1), max(detailH, 3))
	m.docs.SetSize(overlayW, overlayH)
	m.timeline.SetSize(min(w-2, 140), overlayH)
	m.guide.SetSize(w, bodyH)
	m.note.SetSize(m.layout.body.w, m.layout.body.h)
}

func (m *Model) openHelp() {
	m.overlay = helpOverlay
	m.guide.ShowKeys(m.keys.fullHelpFirst(m.paneKeys()))
	m.guide.GotoTop()
}

func (m *Model) openDocList() {
	m.pushBack(m.here())
	notes, extra := m.docWork()
	m.docs = newDocList(m.ix, m.doc, newDocsKeyMap(m.keys), notes, extra)
	m.overlay = docsOverlay
	m.resize()
}

func (m *Model) openDetail(t target) {
	m.detail = newDetailView(m.ix, t, newDetailKeyMap(m.keys, t.kind, m.work.on()), m.markLines(refOf(t.kind, t.item)))
	m.overlay = detailOverlay
	m.resize()
}

// followLink answers a detail's jumpedMsg: the linked item is selected
// and its detail opened; esc comes back to the detail it was followed from.
func (m *Model) followLink(to target) {
	from := m.here()
	m.jump(to)
	if m.overlay == detailOverlay {
		m.pushBack(from)
	} else {
		m.back = nil // back at the panes: the way there is done with
	}
}

// jump selects an item in its pane, shows the chosen mention, and opens
// its detail.
func (m *Model) jump(t target) {
	if t.kind == paneSource {
		return
	}
	if !m.lists[t.kind].SelectItem(t.item) {
		// the item may be outside the current document or filter
		m.lists[t.kind].SetFilter("")
		if !m.lists[t.kind].SelectItem(t.item) {
			m.showDoc(allDocs)
			m.lists[t.kind].SelectItem(t.item)
		}
	}
	m.setFocus(t.kind)
	m.follow.mention = t.mention
	m.syncSource(true)
	if of := m.detail.Of(); t.kind == of.kind && t.item == of.item {
		m.overlay = noOverlay // a mention of the same item: show it in Source
		return
	}
	m.openDetail(t)
}

// openEditor opens the note editor on an item.
func (m *Model) openEditor(ref marks.Ref) tea.Cmd {
	cmd := m.note.Open(ref, m.work.keys.ID(ref)+" "+ingest.SanitizeLine(m.work.keys.Label(ref)), m.styles)
	m.overlay = noteOverlay
	m.resize()
	return cmd
}

// updateNote: the editor's Save key stores the note, Cancel drops it,
// anything else edits (enter is a new line).
func (m Model) updateNote(k tea.KeyMsg) (tea.Model, tea.Cmd) {
	switch {
	case key.Matches(k, m.note.Cancel):
		m.note.Close()
		m.overlay = noOverlay
		m.status = "note dropped"
		return m, nil
	case key.Matches(k, m.note.Save):
		text := m.note.Close()
		m.overlay = noOverlay
		if text == "" {
			m.status = "empty note: nothing saved"
			return m, nil
		}
		ref := m.note.Ref()
		e, err := m.work.marks.Event(ref, store.NoteField, text, m.work.who)
		if err != nil {
			m.status = err.Error()
			return m, nil
		}
		return m, m.save(e, "note on "+m.work.keys.ID(ref))
	}
	var cmd tea.Cmd
	m.note, cmd = m.note.Update(k)
	return m, cmd
}

// overlayFrame frames styled rows as an overlay inner cells wide: the rows
// padded out to height, then a line of key hints.
func overlayFrame(s Styles, inner, height int, rows []string, hints string) string {
	var b strings.Builder
	for i := 0; i < height; i++ {
		if i > 0 {
			b.WriteByte('\n')
		}
		text := ""
		if i < len(rows) {
			text = rows[i]
		}
		b.WriteString(fit(text, inner))
	}
	b.WriteByte('\n')
	b.WriteString(fit(s.Faint.Render(hints), inner))
	return s.Overlay.Width(inner + 2).Render(b.String())
}
