package tui

import (
	"fmt"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// TestDetailsWrapEvidenceInFull: a question's details show the question
// and every evidence sentence in full, wrapped to the width the screen
// has (nothing cut with "…"), scroll to their end, and mark the cue.
func TestDetailsWrapEvidenceInFull(t *testing.T) {
	b := fixtures(t)
	// the question with the longest evidence sentence
	best, bestLen := -1, 0
	for i, q := range b.Questions {
		if len(q.Evidence) == 0 || q.Cue == "" {
			continue
		}
		doc := b.Document(q.Evidence[0].Doc)
		if n := len(sentenceAround(doc, q.Evidence[0])); n > bestLen && strings.Contains(strings.ToLower(sentenceAround(doc, q.Evidence[0])), strings.ToLower(q.Cue)) {
			best, bestLen = i, n
		}
	}
	if best < 0 || bestLen < 150 {
		t.Fatalf("no question with a long evidence sentence (longest %d bytes)", bestLen)
	}
	q := b.Questions[best]
	sentence := sentenceAround(b.Document(q.Evidence[0].Doc), q.Evidence[0])
	for _, size := range [][2]int{{200, 60}, {120, 40}, {40, 15}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := newTestModel(t, b, size[0], size[1])
			m, _ = press(t, m, "a", "3")
			if !m.lists[paneQuestions].SelectItem(best) {
				t.Fatal("question not in the list")
			}
			m, _ = press(t, m, "enter")
			// read every row by scrolling to the end
			seen := map[string]bool{}
			var text []string
			for range 200 {
				for _, r := range m.detail.rows[m.detail.offset:min(m.detail.offset+m.detail.bodyHeight(), len(m.detail.rows))] {
					if !seen[fmt.Sprint(r)] {
						seen[fmt.Sprint(r)] = true
					}
				}
				if m.detail.offset+m.detail.bodyHeight() >= len(m.detail.rows) {
					break
				}
				m, _ = press(t, m, "pgdown")
			}
			for _, r := range m.detail.rows {
				if seen[fmt.Sprint(r)] {
					text = append(text, strings.TrimSpace(r.text))
				}
			}
			joined := strings.Join(text, " ")
			flat := strings.Join(strings.Fields(sentence), " ")
			if !strings.Contains(joined, flat) {
				t.Errorf("the evidence sentence is not shown in full:\nwant %q\nshown %q", flat, joined)
			}
			if !strings.Contains(joined, strings.Join(strings.Fields(q.Text), " ")) {
				t.Errorf("the question %q is clipped: %q", q.Text, joined)
			}
			if strings.Contains(joined, "…") && !strings.Contains(flat, "…") {
				t.Errorf("a detail row was cut with an ellipsis: %q", joined)
			}
			if lines := viewLines(m); len(lines) != size[1] {
				t.Errorf("view has %d lines, want %d", len(lines), size[1])
			}
		})
	}
	// the cue is marked apart from the rest of the sentence
	plain := "they said it was unconfirmed today"
	base := markCue(plain, "Unconfirmed", m0Styles(t).Key, m0Styles(t).Highlight)
	if ansi.Strip(base) != plain || base == m0Styles(t).Key.Render(plain) {
		t.Errorf("markCue did not set the cue apart: %q", base)
	}
}

// m0Styles are the styles of a model on a terminal with attributes.
func m0Styles(t *testing.T) Styles {
	r := newTestRenderer()
	KeepEmphasis(r, "xterm")
	return NewStyles(r, DefaultTheme(), ThemeNone)
}

// TestDetailsWrapUnderTheirText: a wrapped field value continues under
// the value, not under its label, and a wrapped evidence sentence under
// its indent, so the label column and the sentences stay readable.
func TestDetailsWrapUnderTheirText(t *testing.T) {
	for _, c := range []struct{ line, want string }{
		{"Reported by  1 document, 1 source: Maritime Awareness Cell (training series)",
			"Reported by  1 document, 1 source:\n             Maritime Awareness\n             Cell (training\n             series)"},
		{"    The minister said the frigate would stay in the strait.",
			"    The minister said the frigate\n    would stay in the strait."},
		{"A heading with no label column at all", "A heading with no label column at\nall"},
	} {
		if got := wrapHanging(c.line, 34); got != c.want {
			t.Errorf("%q wrapped to 34:\n%s\nwant\n%s", c.line, got, c.want)
		}
	}
	// styled text keeps its styles and wraps by cells
	styled := "Kind         \x1b[1mintent of the government to act\x1b[m"
	for _, row := range strings.Split(wrapHanging(styled, 26), "\n") {
		if w := ansi.StringWidth(row); w > 26 {
			t.Errorf("row %q is %d cells wide, more than 26", row, w)
		}
	}
	if got := ansi.Strip(wrapHanging(styled, 26)); !strings.HasPrefix(strings.Split(got, "\n")[1], strings.Repeat(" ", 13)) {
		t.Errorf("styled value not indented under itself:\n%s", got)
	}
}
