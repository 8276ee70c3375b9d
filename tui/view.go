package tui

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"

	"github.com/briefing-tools/briefing/internal/briefing"
)

// View draws the whole screen. It never returns more lines than the
// window has, nor a line wider than the window.
func (m Model) View() string {
	if m.width == 0 || m.height == 0 {
		return ""
	}
	if m.layout.mode == layoutTooSmall {
		msg := "Terminal too small\n" + itoa(m.width) + "×" + itoa(m.height) + " — needs " + itoa(minWidth) + "×" + itoa(minHeight)
		return clampView(m.styles.Renderer().Place(m.width, m.height, lipgloss.Center, lipgloss.Center, m.styles.Warning.Render(msg)), m.width, m.height)
	}
	var parts []string
	banner := ""
	if c := m.classification(); c != "" {
		banner = m.styles.Banner(c).Width(m.width).Render(ansi.Truncate(c, m.width, "…"))
		parts = append(parts, banner)
	}
	parts = append(parts, m.headerView())
	if m.layout.mode.hasTabs() {
		parts = append(parts, m.tabsView())
	}
	// a body drawn taller than its place must not push the footer off
	parts = append(parts, clampView(m.bodyView(), m.width, m.layout.body.h))
	parts = append(parts, m.footerView())
	if banner != "" {
		parts = append(parts, banner)
	}
	// the clipboard write (y) rides at the end of the frame: once, and
	// after the lines, so it moves no cell
	return clampView(strings.Join(parts, "\n"), m.width, m.height) + m.clip
}

// clampView cuts a frame to the window, line by line.
func clampView(s string, w, h int) string {
	lines := strings.Split(s, "\n")
	if len(lines) > h {
		lines = lines[:h]
	}
	for i, l := range lines {
		if ansi.StringWidth(l) > w {
			lines[i] = ansi.Truncate(l, w, "")
		}
	}
	return strings.Join(lines, "\n")
}

func (m Model) classification() string {
	if d := m.source.Document(); m.doc != allDocs && d != nil && d.Classification != "" {
		return d.Classification
	}
	if m.doc == allDocs {
		return briefing.MostRestrictive(m.ix.b.Documents)
	}
	return ""
}

// headerView: title, date, source and which document of how many.
func (m Model) headerView() string {
	s := m.styles
	title, meta := "All documents", ""
	if m.doc != allDocs && m.doc < len(m.ix.b.Documents) {
		d := m.ix.b.Documents[m.doc]
		title = d.Title
		meta = joinNonEmpty(" · ", d.Date, d.Source, d.Author)
	}
	pos := "all " + itoa(len(m.ix.b.Documents))
	if m.doc != allDocs {
		pos = "document " + itoa(m.doc+1) + "/" + itoa(len(m.ix.b.Documents))
	}
	right := s.Faint.Render(pos)
	left := s.Title.Render("Briefing") + s.Faint.Render(" · ") + s.Strong.Render(title)
	if m.doc != allDocs && m.doc < len(m.ix.b.Documents) && m.ix.b.Documents[m.doc].TitleFromPath {
		left += s.Faint.Render(" (file name)")
	}
	if meta != "" {
		left += s.Faint.Render(" · " + meta)
	}
	room := m.width - ansi.StringWidth(right) - 2
	left = ansi.Truncate(left, max(room, 1), "…")
	gap := max(m.width-ansi.StringWidth(left)-ansi.StringWidth(right)-2, 1)
	return " " + left + strings.Repeat(" ", gap) + right + " "
}

func (m Model) tabsView() string {
	var tabs []string
	short := map[paneKind]string{paneActors: "Actors", paneAssets: "OOB", paneQuestions: "Questions", paneSource: "Source"}
	for k := paneActors; k <= paneSource; k++ {
		label := itoa(int(k)+1) + " " + k.String()
		if m.width < 64 {
			label = itoa(int(k)+1) + " " + short[k]
		}
		if k == m.focus {
			tabs = append(tabs, m.styles.TabActive.Render(label))
		} else {
			tabs = append(tabs, m.styles.Tab.Render(label))
		}
	}
	return fit(strings.Join(tabs, ""), m.width)
}

// bodyView draws the panes and, over them, the open overlay.
func (m Model) bodyView() string {
	body := m.layout.body
	panes := clampView(m.panesView(), body.w, body.h)
	if box, x, y, ok := m.overlayBox(body.w, body.h); ok {
		// drawn over the panes: they show wherever it does not cover them
		return overlayOn(panes, box, x, y)
	}
	return panes
}

// panesView draws the panes the layout shows.
func (m Model) panesView() string {
	s := m.styles
	view := func(k paneKind) string {
		if k == paneSource {
			return m.source.View(s)
		}
		return m.lists[k].View(s)
	}
	switch m.layout.mode {
	case layoutWide:
		top := lipgloss.JoinHorizontal(lipgloss.Top, view(paneActors), view(paneAssets))
		bottom := lipgloss.JoinHorizontal(lipgloss.Top, view(paneQuestions), view(paneSource))
		return lipgloss.JoinVertical(lipgloss.Left, top, bottom)
	case layoutMedium:
		left := lipgloss.JoinVertical(lipgloss.Left, view(paneActors), view(paneAssets), view(paneQuestions))
		return lipgloss.JoinHorizontal(lipgloss.Top, left, view(paneSource))
	case layoutSplit:
		return lipgloss.JoinHorizontal(lipgloss.Top, view(m.active), view(paneSource))
	}
	return view(m.focus)
}

// footerView: key hints on the left, status on the right. When the
// window is narrow the counts shrink first, then hints go from the least
// important; "? help" stays to the last.
func (m Model) footerView() string {
	s := m.styles
	if m.filtering {
		hint := "   enter keep · esc clear"
		if c := m.findCount(); c != "" {
			hint = "   " + c + " · enter keep · esc clear"
		}
		return fit(" "+m.input.View()+s.Faint.Render(hint), m.width)
	}
	var left, right string
	statuses := m.footerStatuses()
	for i, status := range statuses {
		right = s.Faint.Render(status)
		var kept int
		left, kept = m.footerHints(m.width - ansi.StringWidth(right) - 3)
		if kept >= 2 || i == len(statuses)-1 {
			break
		}
	}
	if left == "" {
		// a long message: cut it rather than lose "? help"
		right = ansi.Truncate(right, max(m.width-ansi.StringWidth(m.help.ShortHelpView([]key.Binding{m.keys.Help}))-3, 0), "…")
		left, _ = m.footerHints(m.width - ansi.StringWidth(right) - 3)
	}
	gap := max(m.width-ansi.StringWidth(left)-ansi.StringWidth(right)-2, 1)
	return fit(" "+left+strings.Repeat(" ", gap)+right, m.width)
}

// footerStatuses returns the footer's status, longest form first: the
// message of the last action, else the counts in shorter and shorter
// forms down to the warnings alone.
// shownCount is how many items of a kind the lists hold for the document
// on screen (single-source and wrong-item filters applied): the list's
// count, not the items gathered again on every frame.
func (m Model) shownCount(kind paneKind) int { return m.lists[kind].ItemCount() }

func (m Model) footerStatuses() []string {
	if m.status != "" {
		return []string{m.status}
	}
	s, b := m.styles, m.ix.b
	warn := func(label string) string {
		if n := len(b.Warnings); n > 0 {
			return s.Warning.Render("⚠ " + itoa(n) + label)
		}
		return ""
	}
	// the items of the document on screen (all documents: all of them)
	actors, assets, questions := itoa(m.shownCount(paneActors)), itoa(m.shownCount(paneAssets)), itoa(m.shownCount(paneQuestions))
	short := actors + " act · " + assets + " OOB · " + questions + " Q"
	var out []string
	if m.width >= 110 {
		out = append(out, joinNonEmpty(" · ", actors+" actors · "+assets+" assets · "+questions+" questions", warn(" warnings (d)")))
	}
	if orphans := m.workStatus(); orphans != "" {
		for i := range out {
			out[i] = joinNonEmpty(" · ", out[i], orphans)
		}
		short = joinNonEmpty(" · ", short, orphans)
	}
	out = append(out, joinNonEmpty(" · ", short, warn(" (d)")), warn(" (d)"), "")
	if m.singleSource {
		// the filter stays said while it is on
		for i := range out {
			out[i] = joinNonEmpty(" · ", "single-source", out[i])
		}
	}
	return out
}

// footerHints draws as many of the short-help keys as fit in room cells,
// dropping the least important first; kept is how many are left.
// shortHelp is the footer's keys in the order shown: the focused pane's
// first, then moving about, then help and quit.
func (m Model) shortHelp() []key.Binding {
	k := m.keys
	return withoutRepeats(append(m.paneKeys(), k.NextPane, k.Down, k.NextDoc, k.Help, k.Quit))
}

// footerPriority lists the footer's keys from most to least important:
// a narrow footer drops them from the end, so "? help" goes last, then
// "tab" (the way to every pane), then the focused pane's keys.
func (m Model) footerPriority() []key.Binding {
	k := m.keys
	return withoutRepeats(append(append([]key.Binding{k.Help, k.Quit, k.NextPane}, m.paneKeys()...), k.Down, k.NextDoc))
}

func (m Model) footerHints(room int) (view string, kept int) {
	h := m.help
	h.ShowAll, h.Width = false, 0
	prio := m.footerPriority()
	for n := len(prio); n > 0; n-- {
		keep := make(map[string]bool, n)
		for _, b := range prio[:n] {
			keep[b.Help().Key] = true
		}
		var shown []key.Binding
		for _, b := range m.shortHelp() {
			if keep[b.Help().Key] {
				shown = append(shown, b)
			}
		}
		if v := h.ShortHelpView(shown); ansi.StringWidth(v) <= room {
			return v, n
		}
	}
	return "", 0
}
