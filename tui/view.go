package tui

import (
	"strings"

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
	if m.layout.mode == layoutNarrow {
		parts = append(parts, m.tabsView())
	}
	parts = append(parts, m.bodyView())
	parts = append(parts, m.footerView())
	if banner != "" {
		parts = append(parts, banner)
	}
	return clampView(strings.Join(parts, "\n"), m.width, m.height)
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

func (m Model) bodyView() string {
	s := m.styles
	body := m.layout.body
	switch m.overlay {
	case helpOverlay:
		m.help.ShowAll = true
		content := s.Title.Render("Keys") + "\n\n" + m.help.FullHelpView(m.keys.FullHelp()) +
			"\n\n" + s.Faint.Render("? or esc closes · mouse: click focuses, wheel scrolls, m gives selection back to the terminal")
		box := s.Overlay.MaxWidth(body.w).Render(content)
		return m.styles.Renderer().Place(body.w, body.h, lipgloss.Center, lipgloss.Center, box)
	case detailOverlay:
		return m.styles.Renderer().Place(body.w, body.h, lipgloss.Center, lipgloss.Top, m.detail.View(s))
	case docsOverlay:
		return m.styles.Renderer().Place(body.w, body.h, lipgloss.Center, lipgloss.Top, m.docs.View(s))
	}
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
	}
	return view(m.focus)
}

// footerView: the focused pane's keys on the left, status on the right.
func (m Model) footerView() string {
	s := m.styles
	if m.filtering {
		return fit(" "+m.input.View()+s.Faint.Render("   enter keep · esc clear"), m.width)
	}
	b := m.ix.b
	status := m.status
	if status == "" {
		// the counts shrink before the keys do
		warn := ""
		if m.width >= 110 {
			status = itoa(len(b.Actors)) + " actors · " + itoa(len(b.Assets)) + " assets · " + itoa(len(b.Questions)) + " questions"
			warn = " warnings (d)"
		} else {
			status = itoa(len(b.Actors)) + " act · " + itoa(len(b.Assets)) + " OOB · " + itoa(len(b.Questions)) + " Q"
			warn = " (d)"
		}
		if n := len(b.Warnings); n > 0 {
			status += " · " + s.Warning.Render("⚠ "+itoa(n)+warn)
		}
	}
	right := s.Faint.Render(status)
	m.help.ShowAll = false
	m.help.Width = max(m.width-ansi.StringWidth(right)-3, 10)
	left := m.help.ShortHelpView(m.keys.ShortHelp())
	gap := max(m.width-ansi.StringWidth(left)-ansi.StringWidth(right)-2, 1)
	return fit(" "+left+strings.Repeat(" ", gap)+right, m.width)
}
