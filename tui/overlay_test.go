package tui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/muesli/termenv"
)

// TestDetailsDrawnOverDashboard: the details are drawn over the
// dashboard, not instead of it (issue 13, defect 11): every line the box
// does not cover is the dashboard's as it was, the box is one block
// shorter than the body, and the focused pane's selected row stays in
// sight, whether the pane is in the top row (box below) or the bottom
// row (box above).
func TestDetailsDrawnOverDashboard(t *testing.T) {
	b := fixtures(t)
	for _, tt := range []struct {
		pane   string
		titles []string // pane titles the box must leave in sight
	}{
		{"1", []string{"Actors", "Order of Battle"}},
		{"2", []string{"Actors", "Order of Battle"}},
		{"3", []string{"Open Questions", "Source"}},
	} {
		t.Run("pane "+tt.pane, func(t *testing.T) {
			m := newTestModel(t, b, 200, 60)
			m, _ = press(t, m, tt.pane)
			focus, item := m.focus, m.lists[m.focus].SelectedItem()
			before := viewLines(m)
			sel := selectedRowLine(t, m, before)
			m, _ = press(t, m, "enter")
			if m.overlay != detailOverlay {
				t.Fatalf("overlay = %v, want the details", m.overlay)
			}
			view := m.View()
			if strings.Contains(view, "\x1b") {
				t.Errorf("colour off, yet the frame holds an escape sequence: %q", view)
			}
			after := viewLines(m)
			if len(after) != len(before) {
				t.Fatalf("view has %d lines, was %d", len(after), len(before))
			}
			// the lines that changed in the body are the box: one block,
			// framed; outside it only the footer, which shows the details'
			// keys now
			first, last := -1, -1
			body := m.layout.body
			for i := range after {
				if after[i] == before[i] {
					continue
				}
				if i < body.y || i >= body.y+body.h {
					if !strings.Contains(after[i], "follow link") {
						t.Fatalf("line %d changed, outside the body %d–%d, and is not the footer with the details' keys: %q", i, body.y, body.y+body.h-1, after[i])
					}
					continue
				}
				if first < 0 {
					first = i
				}
				last = i
			}
			if !strings.HasPrefix(after[first], "╭") || !strings.HasPrefix(after[last], "╰") {
				t.Errorf("changed lines %d–%d are not one framed box:\n%s", first, last, strings.Join(after, "\n"))
			}
			if last-first+1 >= body.h {
				t.Errorf("the box takes the whole body (%d lines)", body.h)
			}
			box := strings.Join(after[first:last+1], "\n")
			if name := ansi.Truncate(m.ix.itemName(focus, item), 40, ""); !strings.Contains(box, name) {
				t.Errorf("the box does not show %q:\n%s", name, box)
			}
			if sel >= first && sel <= last {
				t.Errorf("the box (lines %d–%d) covers the selected row on line %d", first, last, sel)
			}
			outside := strings.Join(append(append([]string{}, after[:first]...), after[last+1:]...), "\n")
			for _, title := range tt.titles {
				if !strings.Contains(outside, title) {
					t.Errorf("pane title %q not in sight outside the box:\n%s", title, strings.Join(after, "\n"))
				}
			}
		})
	}
}

// selectedRowLine is the screen line of the focused list's selected row:
// the line, in the pane's columns, showing the selected item's name.
func selectedRowLine(t *testing.T, m Model, lines []string) int {
	t.Helper()
	r := m.layout.panes[m.focus]
	p := m.lists[m.focus]
	name := ansi.Truncate(m.ix.itemName(m.focus, p.SelectedItem()), 20, "")
	for i := r.y + p.HeaderRows(); i < r.y+r.h && i < len(lines); i++ {
		if strings.Contains(ansi.Cut(lines[i], r.x, r.x+r.w), name) {
			return i
		}
	}
	t.Fatalf("the selected item %q is not drawn in its pane", name)
	return -1
}

// TestDetailsTakeTheBodyWhenSmall: at 80×24 and below there is no room
// to share; the details take the whole body.
func TestDetailsTakeTheBodyWhenSmall(t *testing.T) {
	b := fixtures(t)
	for _, size := range [][2]int{{80, 24}, {40, 15}} {
		m := newTestModel(t, b, size[0], size[1])
		m, _ = press(t, m, "3", "enter")
		if atBottom, h := m.detailRoom(m.layout.body.h); atBottom || h != m.layout.body.h {
			t.Errorf("%v: details get %d of %d rows (at bottom %v), want all", size, h, m.layout.body.h, atBottom)
		}
		checkFits(t, m.View(), size[0], size[1])
	}
}

// TestOverlayOnIsCellExact: a box drawn over styled lines of wide runes
// replaces exactly its cells: what is left and right of it keeps its
// place and style, a wide rune its edge splits becomes a space, and the
// box does not take the style of what it covers.
func TestOverlayOnIsCellExact(t *testing.T) {
	r := lipgloss.NewRenderer(nil)
	r.SetColorProfile(termenv.ANSI256)
	red := r.NewStyle().Foreground(lipgloss.Color("1")).Reverse(true)
	base := strings.Join([]string{
		red.Render("漢字漢字漢字"),                 // wide runes split on both edges
		"abc" + red.Render("defgh") + "ijkl", // a style cut by the box
		"ab",                                 // shorter than the box's start
		"untouched line",
	}, "\n")
	box := "XY\nXY\nXY"
	got := strings.Split(overlayOn(base, box, 3, 0), "\n")
	want := []string{"漢 XY 字漢字", "abcXYfghijkl", "ab XY", "untouched line"}
	for i, w := range want {
		if plain := ansi.Strip(got[i]); plain != w {
			t.Errorf("line %d = %q, want %q", i, plain, w)
		}
		if gw, ww := ansi.StringWidth(got[i]), ansi.StringWidth(w); gw != ww {
			t.Errorf("line %d is %d cells, want %d", i, gw, ww)
		}
	}
	// the style open where the box starts is closed before it, and the
	// right part is drawn in its own style again
	if !strings.Contains(got[1], sgrReset+"XY") {
		t.Errorf("the box follows an open style: %q", got[1])
	}
	if right := got[1][strings.Index(got[1], "XY")+2:]; !strings.HasPrefix(ansi.Strip(right), "fgh") || !strings.Contains(right, "\x1b[") {
		t.Errorf("the right part lost its style: %q", right)
	}
	if got[3] != "untouched line" {
		t.Errorf("a line the box does not reach changed: %q", got[3])
	}
}
