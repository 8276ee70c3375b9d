package tui

import (
	"flag"
	"fmt"
	"html"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/muesli/termenv"
)

// updateScreenshots rewrites the README's pictures: scripts/screenshots.
var updateScreenshots = flag.Bool("screenshots", false, "rewrite docs/screenshots/*.svg from the current dashboard")

// TestScreenshots draws the dashboard on the frozen fixture briefing at
// 200×60 and 80×24, in the dark theme and with NO_COLOR, as SVG: the
// pictures the README shows. It fails when a committed picture is not
// what the current UI draws (run scripts/screenshots after a UI change).
func TestScreenshots(t *testing.T) {
	b := frozenBriefing(t)
	for _, shot := range []struct {
		name    string
		w, h    int
		noColor bool
	}{
		{"dashboard-200x60-dark", 200, 60, false},
		{"dashboard-80x24-dark", 80, 24, false},
		{"dashboard-200x60-no-color", 200, 60, true},
		{"dashboard-80x24-no-color", 80, 24, true},
	} {
		t.Run(shot.name, func(t *testing.T) {
			r := lipgloss.NewRenderer(os.Stdout)
			theme := ThemeDark
			r.SetColorProfile(termenv.ANSI256)
			if shot.noColor {
				r.SetColorProfile(termenv.Ascii)
				KeepEmphasis(r, "xterm-256color")
				theme = ThemeNone
			}
			r.SetHasDarkBackground(true)
			m := resize(t, New(b, Options{Renderer: r, Theme: theme}), shot.w, shot.h)
			m, _ = press(t, m, "2") // the order of battle focused, with its mentions in Source
			svg := screenSVG(m.View(), shot.w, shot.h)
			path := filepath.Join("..", "docs", "screenshots", shot.name+".svg")
			if *updateScreenshots {
				if err := os.WriteFile(path, []byte(svg), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			old, err := os.ReadFile(path)
			if err != nil || string(old) != svg {
				t.Errorf("%s is not what the dashboard draws now: run scripts/screenshots and commit the pictures", path)
			}
		})
	}
}

// cell geometry of the pictures, in pixels
const (
	cellW = 8.4
	cellH = 17.0
)

// sgrState is the drawing state an SGR sequence changes.
type sgrState struct {
	fg, bg                    string
	bold, faint, under, rever bool
}

// screenSVG renders a frame of ANSI text (SGR styling only) as an SVG of
// w×h cells on a dark background.
func screenSVG(frame string, w, h int) string {
	const defFG, defBG = "#d0d0d0", "#1c1c1c"
	var body strings.Builder
	lines := strings.Split(frame, "\n")
	for y, line := range lines {
		var st sgrState
		x := 0
		for i := 0; i < len(line); {
			if line[i] == 0x1b && i+1 < len(line) && line[i+1] == '[' {
				j := i + 2
				for j < len(line) && (line[j] < 0x40 || line[j] > 0x7e) {
					j++
				}
				if j < len(line) && line[j] == 'm' {
					st.apply(line[i+2 : j])
				}
				i = j + 1
				continue
			}
			// a run of text in one style
			j := i
			for j < len(line) && line[j] != 0x1b {
				j++
			}
			text := line[i:j]
			width := ansi.StringWidth(text)
			fg, bg := st.fg, st.bg
			if fg == "" {
				fg = defFG
			}
			if st.rever {
				fg, bg = bg, fg
				if fg == "" {
					fg = defBG
				}
			}
			if bg != "" {
				fmt.Fprintf(&body, `<rect x="%.1f" y="%.1f" width="%.1f" height="%.1f" fill="%s"/>`+"\n", float64(x)*cellW, float64(y)*cellH, float64(width)*cellW, cellH, bg)
			}
			if strings.TrimSpace(text) != "" {
				attrs := ""
				if st.bold {
					attrs += ` font-weight="bold"`
				}
				if st.faint {
					attrs += ` opacity="0.6"`
				}
				if st.under {
					attrs += ` text-decoration="underline"`
				}
				fmt.Fprintf(&body, `<text x="%.1f" y="%.1f" fill="%s"%s textLength="%.1f">%s</text>`+"\n",
					float64(x)*cellW, float64(y)*cellH+cellH*0.75, fg, attrs, float64(width)*cellW, html.EscapeString(text))
			}
			x += width
			i = j
		}
	}
	return fmt.Sprintf(`<svg xmlns="http://www.w3.org/2000/svg" width="%.0f" height="%.0f" font-family="DejaVu Sans Mono, Menlo, Consolas, monospace" font-size="14" xml:space="preserve">
<rect width="100%%" height="100%%" fill="%s"/>
%s</svg>
`, float64(w)*cellW, float64(h)*cellH, defBG, body.String())
}

// apply changes the state by the parameters of one SGR sequence.
func (s *sgrState) apply(params string) {
	ps := strings.Split(params, ";")
	for i := 0; i < len(ps); i++ {
		n, _ := strconv.Atoi(ps[i])
		switch {
		case n == 0:
			*s = sgrState{}
		case n == 1:
			s.bold = true
		case n == 2:
			s.faint = true
		case n == 4:
			s.under = true
		case n == 7:
			s.rever = true
		case n == 22:
			s.bold, s.faint = false, false
		case n == 24:
			s.under = false
		case n == 27:
			s.rever = false
		case n >= 30 && n <= 37:
			s.fg = xterm256(n - 30)
		case n >= 90 && n <= 97:
			s.fg = xterm256(n - 90 + 8)
		case n >= 40 && n <= 47:
			s.bg = xterm256(n - 40)
		case n >= 100 && n <= 107:
			s.bg = xterm256(n - 100 + 8)
		case n == 39:
			s.fg = ""
		case n == 49:
			s.bg = ""
		case (n == 38 || n == 48) && i+2 < len(ps) && ps[i+1] == "5":
			c, _ := strconv.Atoi(ps[i+2])
			if n == 38 {
				s.fg = xterm256(c)
			} else {
				s.bg = xterm256(c)
			}
			i += 2
		}
	}
}

// xterm256 is the colour of an xterm palette index as #rrggbb.
func xterm256(c int) string {
	basic := [16]string{"#000000", "#cd0000", "#00cd00", "#cdcd00", "#0000ee", "#cd00cd", "#00cdcd", "#e5e5e5",
		"#7f7f7f", "#ff0000", "#00ff00", "#ffff00", "#5c5cff", "#ff00ff", "#00ffff", "#ffffff"}
	switch {
	case c < 16:
		return basic[max(c, 0)]
	case c < 232:
		c -= 16
		level := func(v int) int {
			if v == 0 {
				return 0
			}
			return 55 + v*40
		}
		return fmt.Sprintf("#%02x%02x%02x", level(c/36), level(c/6%6), level(c%6))
	case c < 256:
		g := 8 + (c-232)*10
		return fmt.Sprintf("#%02x%02x%02x", g, g, g)
	}
	return "#ffffff"
}
