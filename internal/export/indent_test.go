package export

import (
	"bufio"
	"bytes"
	"encoding/json"
	"testing"

	"github.com/briefing-tools/briefing/internal/briefing"
)

// FuzzIndented: for any JSON text, the layout is json.Indent's, byte for
// byte.
func FuzzIndented(f *testing.F) {
	for _, s := range []string{
		`{"a":[],"b":{},"c":[1,{"d":"x\"y\\","e":null}],"f":"[{,:}]"}`,
		`[]`, `"\\"`, `{"text":"line\nline \u2028 \"q\" \\ end"}`, `[[[]],[{}],{"a":[{"b":[]}]}]`,
		`{"k":"é ✓ 中","n":-1.5e3,"t":true}`,
	} {
		f.Add(s, "    ")
	}
	f.Fuzz(func(t *testing.T, text, prefix string) {
		var compact bytes.Buffer
		if json.Compact(&compact, []byte(text)) != nil {
			return
		}
		var want bytes.Buffer
		if err := json.Indent(&want, compact.Bytes(), prefix, "  "); err != nil {
			t.Fatal(err)
		}
		if got := appendIndented(nil, compact.Bytes(), prefix, "  "); !bytes.Equal(got, want.Bytes()) {
			t.Fatalf("appendIndented(%q)\n got %q\nwant %q", compact.Bytes(), got, want.Bytes())
		}
	})
}

// TestSpansWrittenAsTheEncoderWrites: the hand-written span list is the
// reflective one, byte for byte, escapes included.
func TestSpansWrittenAsTheEncoderWrites(t *testing.T) {
	spans := []briefing.Span{{Doc: "d1", Start: 0, End: 12}, {Doc: `odd "id" \ <b>&`, Start: -1, End: 1 << 40}, {Doc: "é\x00\u2028\xff", Start: 3, End: 3}, {}}
	for _, list := range [][]briefing.Span{nil, spans[:1], spans} {
		var hand, reflective bytes.Buffer
		s := &jsonStream{w: bufio.NewWriter(&hand)}
		s.writeSpans(list, "      ")
		r := &jsonStream{w: bufio.NewWriter(&reflective)}
		writeElements(r, list, "      ")
		if s.err != nil || r.err != nil || s.w.Flush() != nil || r.w.Flush() != nil {
			t.Fatal(s.err, r.err)
		}
		if hand.String() != reflective.String() {
			t.Errorf("spans %v:\n got %q\nwant %q", list, hand.String(), reflective.String())
		}
	}
}
