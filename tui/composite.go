package tui

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// sgrReset ends any style a cut line leaves open, so a box drawn after
// it does not take the colours of what it covers.
const sgrReset = "\x1b[m"

// overlayOn draws box over base with its top-left corner at cell (x, y):
// the lines of base the box does not reach, and the cells left and right
// of it on the lines it does, stay as they were. Lines are cut by cells,
// never bytes, so styles and wide runes keep their places; a wide rune
// the box's edge splits is replaced by a space.
func overlayOn(base, box string, x, y int) string {
	lines := strings.Split(base, "\n")
	rows := strings.Split(box, "\n")
	for len(lines) < y+len(rows) {
		lines = append(lines, "") // a base shorter than the box reaches
	}
	for i, b := range rows {
		if n := y + i; n >= 0 && n < len(lines) {
			lines[n] = overlayLine(lines[n], b, max(x, 0))
		}
	}
	return strings.Join(lines, "\n")
}

// overlayLine draws box over line from cell x.
func overlayLine(line, box string, x int) string {
	var b strings.Builder
	left := ansi.Truncate(line, x, "")
	b.WriteString(left)
	// a line shorter than x, or a wide rune cut at x, leaves a gap
	b.WriteString(strings.Repeat(" ", x-ansi.StringWidth(left)))
	resetAfter(&b, left)
	b.WriteString(box)
	resetAfter(&b, box)
	end := x + ansi.StringWidth(box)
	if rest := ansi.StringWidth(line) - end; rest > 0 {
		right := ansi.TruncateLeft(line, end, "")
		if ansi.StringWidth(right) > rest {
			// a wide rune straddles the box's right edge: a space for
			// its half that shows
			right = " " + ansi.TruncateLeft(line, end+1, "")
		}
		b.WriteString(right)
	}
	return b.String()
}

// resetAfter closes the styles of a styled part; plain text (colour
// off) gets no escape sequence.
func resetAfter(b *strings.Builder, part string) {
	if strings.Contains(part, "\x1b[") {
		b.WriteString(sgrReset)
	}
}
