package tui

import (
	"strings"

	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"

	"github.com/briefing-tools/briefing/internal/briefing"
)

// ThemeName selects a theme; "auto" follows the terminal's background.
type ThemeName string

const (
	ThemeAuto  ThemeName = "auto"
	ThemeDark  ThemeName = "dark"
	ThemeLight ThemeName = "light"
	ThemeNone  ThemeName = "none"
)

// Themes lists every theme a flag may name.
var Themes = []ThemeName{ThemeAuto, ThemeDark, ThemeLight, ThemeNone}

// legibleThemes are the themes "t" cycles through on a dark or a light
// background. Themes colour only the text, not the background, so the
// light theme on a dark terminal (or the dark one on a light terminal)
// would draw grey on grey.
func legibleThemes(dark bool) []ThemeName {
	if dark {
		return []ThemeName{ThemeAuto, ThemeDark, ThemeNone}
	}
	return []ThemeName{ThemeAuto, ThemeLight, ThemeNone}
}

// ParseTheme accepts a theme name from a flag.
func ParseTheme(s string) (ThemeName, bool) {
	for _, t := range Themes {
		if strings.EqualFold(s, string(t)) {
			return t, true
		}
	}
	return "", false
}

// Theme holds the colours of the dashboard, named by role. Each is a
// light/dark pair; the renderer picks by the terminal's background.
type Theme struct {
	Primary, Faint, Text, Border, Focus lipgloss.AdaptiveColor
	Highlight, HighlightText            lipgloss.AdaptiveColor
	Current, CurrentText                lipgloss.AdaptiveColor
	Selected, SelectedText              lipgloss.AdaptiveColor
	Error, Warning, OK                  lipgloss.AdaptiveColor
}

// DefaultTheme uses ANSI-256 colours that read well on 16 colours too.
func DefaultTheme() Theme {
	return Theme{
		Primary:       lipgloss.AdaptiveColor{Light: "25", Dark: "75"},
		Faint:         lipgloss.AdaptiveColor{Light: "245", Dark: "244"},
		Text:          lipgloss.AdaptiveColor{Light: "235", Dark: "252"},
		Border:        lipgloss.AdaptiveColor{Light: "250", Dark: "240"},
		Focus:         lipgloss.AdaptiveColor{Light: "33", Dark: "39"},
		Highlight:     lipgloss.AdaptiveColor{Light: "229", Dark: "58"},
		HighlightText: lipgloss.AdaptiveColor{Light: "235", Dark: "230"},
		Current:       lipgloss.AdaptiveColor{Light: "208", Dark: "214"},
		CurrentText:   lipgloss.AdaptiveColor{Light: "232", Dark: "232"},
		Selected:      lipgloss.AdaptiveColor{Light: "153", Dark: "24"},
		SelectedText:  lipgloss.AdaptiveColor{Light: "232", Dark: "255"},
		Error:         lipgloss.AdaptiveColor{Light: "160", Dark: "203"},
		Warning:       lipgloss.AdaptiveColor{Light: "130", Dark: "214"},
		OK:            lipgloss.AdaptiveColor{Light: "28", Dark: "114"},
	}
}

// Styles are every style the dashboard draws with, built once per
// renderer (one per terminal or SSH session), never per frame.
type Styles struct {
	renderer *lipgloss.Renderer
	plain    bool
	banners  [6]lipgloss.Style

	Base, Strong, Faint, Title, Header, Footer  lipgloss.Style
	Pane, PaneFocused                           lipgloss.Style
	PaneTitle, PaneTitleFocused                 lipgloss.Style
	GroupHeader, Row, RowSelected, RowCursor    lipgloss.Style
	Highlight, Current                          lipgloss.Style
	Heading                                     lipgloss.Style
	Tab, TabActive                              lipgloss.Style
	Error, Warning, OK, Key, KeyDesc            lipgloss.Style
	Overlay                                     lipgloss.Style
	FilterPrompt, FilterText, FilterPlaceholder lipgloss.Style
}

// KeepEmphasis undoes what NO_COLOR does to a renderer beyond colour:
// termenv reads NO_COLOR as "no escape sequences at all", which hides
// the selected row, filter matches and the current mention. NO_COLOR
// asks for no colour, not no emphasis, so a renderer on a terminal that
// can draw attributes gets the ANSI profile back (bold, reverse,
// underline) while ThemeNone keeps every colour off. A dumb terminal,
// or none at all, stays plain.
func KeepEmphasis(r *lipgloss.Renderer, term string) {
	if r.ColorProfile() == termenv.Ascii && term != "" && term != "dumb" {
		r.SetColorProfile(termenv.ANSI)
	}
}

// NewStyles builds the styles for a renderer. With ThemeNone, or when
// the renderer has no colours, only bold, reverse and underline remain.
func NewStyles(r *lipgloss.Renderer, t Theme, name ThemeName) Styles {
	switch name {
	case ThemeDark:
		r.SetHasDarkBackground(true)
	case ThemeLight:
		r.SetHasDarkBackground(false)
	}
	plain := name == ThemeNone || r.ColorProfile() == termenv.Ascii
	s := Styles{renderer: r, plain: plain}
	for i, bg := range bannerColours {
		s.banners[i] = r.NewStyle().Bold(true).Align(lipgloss.Center)
		if plain {
			s.banners[i] = s.banners[i].Reverse(true)
		} else {
			s.banners[i] = s.banners[i].Background(lipgloss.Color(bg)).Foreground(lipgloss.Color("231"))
		}
	}
	st := func() lipgloss.Style { return r.NewStyle() }
	fg := func(c lipgloss.AdaptiveColor) lipgloss.Style {
		if plain {
			return st()
		}
		return st().Foreground(c)
	}
	s.Base = fg(t.Text)
	s.Strong = s.Base.Bold(true)
	s.Faint = fg(t.Faint)
	if plain {
		s.Faint = st().Faint(true)
	}
	s.Title = fg(t.Primary).Bold(true)
	s.Header = st().Padding(0, 1)
	s.Footer = st().Padding(0, 1)
	border := lipgloss.RoundedBorder()
	s.Pane = st().Border(border)
	s.PaneFocused = st().Border(lipgloss.ThickBorder())
	if !plain {
		s.Pane = s.Pane.BorderForeground(t.Border)
		s.PaneFocused = s.PaneFocused.BorderForeground(t.Focus)
	}
	s.PaneTitle = fg(t.Faint).Bold(true)
	s.PaneTitleFocused = fg(t.Focus).Bold(true)
	s.GroupHeader = fg(t.Primary).Bold(true)
	s.Row = s.Base
	s.RowSelected = st().Reverse(true)
	s.RowCursor = st().Bold(true)
	if !plain {
		s.RowSelected = st().Background(t.Selected).Foreground(t.SelectedText)
	}
	s.Highlight = st().Underline(true)
	s.Current = st().Reverse(true).Bold(true)
	if !plain {
		s.Highlight = st().Background(t.Highlight).Foreground(t.HighlightText)
		s.Current = st().Background(t.Current).Foreground(t.CurrentText).Bold(true)
	}
	s.Heading = fg(t.Primary).Bold(true)
	s.Tab = fg(t.Faint).Padding(0, 1)
	s.TabActive = fg(t.Focus).Bold(true).Underline(true).Padding(0, 1)
	s.Error = fg(t.Error).Bold(true)
	s.Warning = fg(t.Warning)
	s.OK = fg(t.OK)
	s.Key = fg(t.Primary).Bold(true)
	s.KeyDesc = fg(t.Faint)
	s.Overlay = st().Border(lipgloss.RoundedBorder()).Padding(0, 1)
	if !plain {
		s.Overlay = s.Overlay.BorderForeground(t.Focus)
	}
	s.FilterPrompt = fg(t.Focus).Bold(true)
	s.FilterText = s.Base
	s.FilterPlaceholder = s.Faint
	return s
}

// Renderer returns the renderer the styles were built from.
func (s Styles) Renderer() *lipgloss.Renderer { return s.renderer }

// bannerColours are the conventional colours of classification banners,
// by briefing.ClassificationRank: green unclassified, purple controlled,
// amber restricted, blue confidential, red secret, orange top secret.
var bannerColours = [6]string{"28", "92", "172", "21", "160", "208"}

// Banner returns the style of a classification banner.
func (s Styles) Banner(classification string) lipgloss.Style {
	return s.banners[briefing.ClassificationRank(classification)]
}

// Plain reports styles without colour (theme none, or no colours).
func (s Styles) Plain() bool { return s.plain }
