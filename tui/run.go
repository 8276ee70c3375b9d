package tui

import (
	"io"
	"os"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"github.com/briefing-tools/briefing/internal/briefing"
)

// Run shows the dashboard on a terminal until the user quits. The
// terminal is restored on return, also after a panic in the model.
func Run(b *briefing.Briefing, theme ThemeName, in io.Reader, out *os.File) error {
	if os.Getenv("NO_COLOR") != "" && theme == ThemeAuto {
		theme = ThemeNone
	}
	r := lipgloss.NewRenderer(out)
	m := New(b, Options{Renderer: r, Theme: theme, Mouse: true})
	p := tea.NewProgram(m, tea.WithAltScreen(), tea.WithMouseCellMotion(), tea.WithInput(in), tea.WithOutput(out))
	_, err := p.Run()
	return err
}
