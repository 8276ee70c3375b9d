package tui

import (
	"context"
	"io"
	"os"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/mattn/go-runewidth"

	"github.com/briefing-tools/briefing/internal/briefing"
	"github.com/briefing-tools/briefing/internal/store"
)

// East Asian "ambiguous" runes such as box-drawing characters are one
// cell wide on the terminals Briefing draws for; a CJK locale must not
// make every border two cells wide.
func init() { runewidth.DefaultCondition.EastAsianWidth = false }

// Work connects a dashboard to the analyst's store (where marks go,
// whose they are, and the events to show: all so far, then each new
// one) and to a watched folder's updates. The zero Work leaves both off.
type Work struct {
	Marker Marker
	Who    string
	Events func(ctx context.Context) <-chan []store.Event
	// Updates, when set, brings newer briefings (a watched folder
	// changed), shown in place of the last (see BriefingUpdatedMsg).
	Updates <-chan BriefingUpdatedMsg
}

// Run shows the dashboard on a terminal until the user quits. The
// terminal is restored on return, also after a panic in the model.
func Run(b *briefing.Briefing, theme ThemeName, in io.Reader, out *os.File, w Work) error {
	noColor := os.Getenv("NO_COLOR") != ""
	if noColor && theme == ThemeAuto {
		theme = ThemeNone
	}
	r := lipgloss.NewRenderer(out)
	if noColor {
		KeepEmphasis(r, os.Getenv("TERM"))
	}
	m := New(b, Options{Renderer: r, Theme: theme, Mouse: true, Marker: w.Marker, Who: w.Who})
	p := tea.NewProgram(m, tea.WithAltScreen(), tea.WithMouseCellMotion(), tea.WithInput(in), tea.WithOutput(out))
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	if w.Events != nil {
		go func() {
			for batch := range w.Events(ctx) {
				p.Send(MarksMsg{Events: batch})
			}
		}()
	}
	if w.Updates != nil {
		go func() {
			for {
				select {
				case u := <-w.Updates:
					p.Send(u)
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	_, err := p.Run()
	return err
}
