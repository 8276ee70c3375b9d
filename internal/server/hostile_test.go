package server

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/briefing-tools/briefing/internal/extract"
	"github.com/briefing-tools/briefing/internal/ingest"
)

// TestHostileCorpusOverSSH serves testdata/hostile (escape sequences in
// text, titles, every field of an export, and file names) and walks the
// dashboard over SSH: every document, its details, the document list
// with its warnings, the help. The client must receive no control byte
// but the program's own styling, no C1 control and no bidi or other
// invisible format character.
func TestHostileCorpusOverSSH(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"named\x1b]52;c;SGk=\a\x1b[31m.txt", "bidi\u202etxt.md", "c1\u009b2J.txt"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte("The USS Nimitz sailed from Bahrain.\n"), 0o644); err != nil {
			t.Skipf("this file system refuses the name %q: %v", name, err)
		}
	}
	res := ingest.Load([]string{hostileDir, dir, filepath.Join(dir, "missing\x1b]0;owned\a.txt")}, ingest.Options{})
	b := extract.Run(res.Documents)
	b.Warnings = res.Warnings
	ts := startServerFor(t, &b, nil)
	tc := ts.openDashboard(t)
	defer tc.close()

	step := func(keys string) {
		tc.send(keys)
		time.Sleep(60 * time.Millisecond) // a frame or so at the session's frame rate
	}
	step("d") // the document list, with every warning
	step("j")
	step("\x1b")
	for range b.Documents {
		step("]")
		for _, pane := range []string{"1", "2", "3"} {
			step(pane)
			step("\r")
			step("\x1b")
		}
		step("4")
		step("n")
	}
	step("a")
	step("?")
	step("\x1b")
	tc.waitText(0, frameTimeout, paneTitles...)

	raw := tc.out.Raw(0)
	if bad := foreignControls(raw); len(bad) > 0 {
		t.Errorf("the client received %d control(s) the program did not write, such as %q", len(bad), bad[:min(len(bad), 5)])
	}
	for _, planted := range []string{"52;c;", "SGk=", "]0;owned", "\u202e", "\u009b"} {
		if strings.Contains(raw, planted) {
			t.Errorf("the planted %q reached the client", planted)
		}
	}
	t.Logf("walked %d documents and %d warnings; %d bytes received", len(b.Documents), len(b.Warnings), len(raw))
}

// foreignControls scans a terminal stream and returns what does not
// belong to the dashboard's own drawing: CSI sequences (cursor, colour,
// modes) and the two queries it sends (OSC 11 for the background, DA1)
// are its own; so are CR, LF, tab and backspace. Any other escape (OSC
// 52 clipboard, titles, hyperlinks, DCS), C0 or C1 control, and any
// invisible format character (bidi overrides) is reported.
func foreignControls(s string) []string {
	var bad []string
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == 0x1b && i+1 < len(s) && s[i+1] == '[':
			j := i + 2
			for j < len(s) && s[j] >= 0x20 && s[j] <= 0x3f {
				j++
			}
			if j >= len(s) || s[j] < 0x40 || s[j] > 0x7e {
				bad = append(bad, s[i:min(j+1, len(s))])
			}
			i = j + 1
			continue
		case c == 0x1b && strings.HasPrefix(s[i:], "\x1b]11;?"):
			i += len("\x1b]11;?")
			switch {
			case strings.HasPrefix(s[i:], "\a"):
				i++
			case strings.HasPrefix(s[i:], "\x1b\\"):
				i += 2
			default:
				bad = append(bad, "unterminated OSC 11")
			}
			continue
		case c == 0x1b && i+1 < len(s) && strings.IndexByte("78=>M", s[i+1]) >= 0:
			i += 2 // save/restore cursor, keypad modes, reverse index
			continue
		case c == 0x1b:
			bad = append(bad, s[i:min(i+8, len(s))])
		case c == '\r' || c == '\n' || c == '\t' || c == '\b':
		case c < 0x20 || c == 0x7f:
			bad = append(bad, s[i:i+1])
		case c >= 0x80:
			r, size := utf8.DecodeRuneInString(s[i:])
			if (r >= 0x80 && r <= 0x9f) || (unicode.Is(unicode.Cf, r) && r != '\u200d') {
				bad = append(bad, string(r))
			}
			i += size
			continue
		}
		i++
	}
	return bad
}
