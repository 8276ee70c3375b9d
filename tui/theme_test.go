package tui

import (
	"io"
	"testing"

	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"
)

// TestThemeCycleLegible: "t" only offers themes legible on the detected
// background (issue 13 item 6), while a theme named on the command line
// is still honoured.
func TestThemeCycleLegible(t *testing.T) {
	b := fixtures(t)
	tests := []struct {
		name    string
		dark    bool
		theme   ThemeName
		illegal ThemeName
	}{
		{"dark background", true, ThemeAuto, ThemeLight},
		{"light background", false, ThemeAuto, ThemeDark},
		{"dark background, --theme none", true, ThemeNone, ThemeLight},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := lipgloss.NewRenderer(io.Discard)
			r.SetColorProfile(termenv.Ascii)
			r.SetHasDarkBackground(tt.dark)
			m := resize(t, New(b, Options{Renderer: r, Theme: tt.theme}), 120, 40)
			seen := map[ThemeName]bool{}
			for i := 0; i < 2*len(Themes); i++ {
				m, _ = press(t, m, "t")
				seen[m.theme] = true
				if m.theme == tt.illegal {
					t.Fatalf("press %d of t selected theme %q on a dark=%v background", i+1, m.theme, tt.dark)
				}
				if m.styles.Renderer().HasDarkBackground() != tt.dark {
					t.Fatalf("theme %q switched the renderer's background to dark=%v", m.theme, !tt.dark)
				}
			}
			if len(seen) != 3 {
				t.Errorf("t went through %v, want three themes", seen)
			}
		})
	}
}

// TestThemeFlagLightHonoured: --theme light on a dark terminal is the
// user's explicit choice and is kept until "t" is pressed.
func TestThemeFlagLightHonoured(t *testing.T) {
	b := fixtures(t)
	r := newTestRenderer() // dark background
	m := resize(t, New(b, Options{Renderer: r, Theme: ThemeLight}), 120, 40)
	if m.theme != ThemeLight || m.styles.Renderer().HasDarkBackground() {
		t.Fatalf("--theme light gave theme %q, dark background %v", m.theme, m.styles.Renderer().HasDarkBackground())
	}
	m, _ = press(t, m, "t")
	if m.theme == ThemeLight || !m.styles.Renderer().HasDarkBackground() {
		t.Errorf("t from --theme light gave theme %q, dark background %v; want a dark-legible theme", m.theme, m.styles.Renderer().HasDarkBackground())
	}
}
