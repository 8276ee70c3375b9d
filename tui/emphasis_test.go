package tui

import (
	"bytes"
	"strings"
	"testing"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/muesli/termenv"
)

// envOf is an environment for termenv.
type envOf map[string]string

func (e envOf) Environ() []string {
	var out []string
	for k, v := range e {
		out = append(out, k+"="+v)
	}
	return out
}

func (e envOf) Getenv(k string) string { return e[k] }

// TestSelectedRowVisibleInEveryTheme: in every theme, and with NO_COLOR
// set, the selected row is drawn differently from the same row when it
// is not selected (same text, other attributes). NO_COLOR means no
// colour, not no emphasis.
func TestSelectedRowVisibleInEveryTheme(t *testing.T) {
	b := fixtures(t)
	type variant struct {
		name    string
		theme   ThemeName
		env     envOf
		noColor bool
	}
	var variants []variant
	for _, th := range Themes {
		variants = append(variants, variant{string(th), th, envOf{"TERM": "xterm-256color"}, false})
	}
	variants = append(variants, variant{"NO_COLOR", ThemeNone, envOf{"TERM": "xterm-256color", "NO_COLOR": "1"}, true})
	for _, v := range variants {
		t.Run(v.name, func(t *testing.T) {
			r := lipgloss.NewRenderer(&bytes.Buffer{}, termenv.WithEnvironment(v.env), termenv.WithTTY(true), termenv.WithUnsafe())
			r.SetHasDarkBackground(true)
			if v.noColor {
				if r.ColorProfile() != termenv.Ascii {
					t.Fatalf("termenv did not read NO_COLOR (profile %v): the test proves nothing", r.ColorProfile())
				}
				KeepEmphasis(r, v.env["TERM"])
			}
			m := resize(t, New(b, Options{Renderer: r, Theme: v.theme}), 120, 40)
			m, _ = press(t, m, "a", "1", "g", "j")
			before := strings.Split(m.View(), "\n")
			m, _ = press(t, m, "j")
			after := strings.Split(m.View(), "\n")
			shown := false
			for i := range min(len(before), len(after)) {
				if before[i] != after[i] && ansi.Strip(before[i]) == ansi.Strip(after[i]) {
					shown = true
				}
			}
			if !shown {
				t.Errorf("moving the selection changed no row's attributes: the selected row is not visible")
			}
			if v.noColor && strings.Contains(m.View(), "\x1b[38;") {
				t.Errorf("NO_COLOR: a foreground colour was drawn")
			}
		})
	}
}
