package tui

import (
	"encoding/base64"
	"strings"
	"testing"

	"github.com/briefing-tools/briefing/internal/briefing"
)

// osc52 returns what an OSC 52 clipboard write at the end of a frame
// holds, decoded, or "" when the frame writes none.
func osc52(t *testing.T, frame string) string {
	t.Helper()
	i := strings.Index(frame, "\x1b]52;c;")
	if i < 0 {
		return ""
	}
	rest := frame[i+len("\x1b]52;c;"):]
	end := strings.IndexByte(rest, '\x07')
	if end < 0 {
		t.Fatalf("unterminated OSC 52 in the frame")
	}
	data, err := base64.StdEncoding.DecodeString(rest[:end])
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// TestYankCopiesOnTheKeyOnly: y writes the selected item's name (in the
// details, its sentence) to the clipboard once, with a status line; no
// other key, and no later frame, writes it.
func TestYankCopiesOnTheKeyOnly(t *testing.T) {
	b := fixtures(t)
	m := newTestModel(t, b, 160, 48)
	for _, k := range []string{"j", "2", "3", "tab", "enter", "esc", "/", "esc"} {
		m, _ = press(t, m, k)
		if got := osc52(t, m.View()); got != "" {
			t.Fatalf("key %q wrote the clipboard: %q", k, got)
		}
	}
	m, _ = press(t, m, "1")
	item := m.lists[paneActors].SelectedItem()
	want := b.Actors[item].Name
	m, _ = press(t, m, "y")
	if got := osc52(t, m.View()); got != want {
		t.Fatalf("y copied %q, want the selected actor's name %q", got, want)
	}
	if !strings.Contains(screen(m), "copied name: "+want) {
		t.Errorf("no status line saying what was copied:\n%s", screen(m))
	}
	m, _ = press(t, m, "j")
	if got := osc52(t, m.View()); got != "" {
		t.Errorf("the next frame wrote the clipboard again: %q", got)
	}

	// in the details: the sentence of the mention shown
	m, _ = press(t, m, "3", "enter", "y")
	got := osc52(t, m.View())
	q := b.Questions[m.detail.Of().item]
	doc := b.Document(q.Evidence[0].Doc)
	if got == "" || !strings.Contains(strings.Join(strings.Fields(doc.Text), " "), got) {
		t.Errorf("y in the details copied %q, want a sentence of the question's evidence", got)
	}
}

// TestYankSanitises: a name that holds escapes (as a loaded export may)
// is copied clean, and nothing but base64 reaches the terminal.
func TestYankSanitises(t *testing.T) {
	b := &briefing.Briefing{
		Documents: []briefing.Document{{ID: "d1", Path: "a.txt", Text: "Fleet met."}},
		Actors:    []briefing.Actor{{ID: "act1", Name: "Fleet\x1b]52;c;SGk=\x07\x1b[31m", Kind: briefing.Organization, Mentions: []briefing.Span{{Doc: "d1", Start: 0, End: 5}}}},
	}
	m := newTestModel(t, b, 120, 40)
	m, _ = press(t, m, "1", "y")
	frame := m.View()
	if got := osc52(t, frame); strings.ContainsAny(got, "\x1b\x07") || !strings.HasPrefix(got, "Fleet") {
		t.Errorf("copied %q, want the name without its escapes", got)
	}
	if strings.Count(frame, "\x1b]52") != 1 {
		t.Errorf("the frame holds %d OSC 52 writes, want the one y made", strings.Count(frame, "\x1b]52"))
	}
}
