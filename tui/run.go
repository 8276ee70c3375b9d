package tui

import (
	"io"
	"os"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/mattn/go-runewidth"

	"github.com/briefing-tools/briefing/internal/briefing"
)

// East Asian "ambiguous" runes such as box-drawing characters are one
// cell wide on the terminals Briefing draws for; a CJK locale must not
// make every border two cells wide.
func init() { runewidth.DefaultCondition.EastAsianWidth = false }

// Run shows the dashboard on a terminal until the user quits. The
// terminal is restored on return, also after a panic in the model.
func Run(b *briefing.Briefing, theme ThemeName, in io.Reader, out *os.File) error {
	return RunWatched(b, theme, in, out, nil)
}

// RunWatched is Run, showing every briefing received on updates in place
// of the last (see BriefingUpdatedMsg).
func RunWatched(b *briefing.Briefing, theme ThemeName, in io.Reader, out *os.File, updates <-chan BriefingUpdatedMsg) error {
	noColor := os.Getenv("NO_COLOR") != ""
	if noColor && theme == ThemeAuto {
		theme = ThemeNone
	}
	r := lipgloss.NewRenderer(out)
	if noColor {
		KeepEmphasis(r, os.Getenv("TERM"))
	}
	m := New(b, Options{Renderer: r, Theme: theme, Mouse: true})
	p := tea.NewProgram(m, tea.WithAltScreen(), tea.WithMouseCellMotion(), tea.WithInput(in), tea.WithOutput(out))
	done := make(chan struct{})
	defer close(done)
	if updates != nil {
		go func() {
			for {
				select {
				case u := <-updates:
					p.Send(u)
				case <-done:
					return
				}
			}
		}()
	}
	_, err := p.Run()
	return err
}
