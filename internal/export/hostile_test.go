package export_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode"

	"github.com/briefing-tools/briefing/internal/briefing"
	"github.com/briefing-tools/briefing/internal/export"
	"github.com/briefing-tools/briefing/internal/extract"
	"github.com/briefing-tools/briefing/internal/ingest"
)

// payload is what a hostile document plants: a clipboard write (OSC 52),
// colour, a C1 CSI, a bidi override, a NUL, a bell and a line break.
const payload = "\x1b]52;c;SGk=\a\x1b[31m\u009b2J\u202e\x00\a\r\nend"

// unsafeIn returns the first character of s that must never reach a
// terminal: a C0 control (a newline only where allowLF), DEL, a C1
// control, or an invisible format character such as a bidi override.
func unsafeIn(s string, allowLF bool) (rune, bool) {
	for _, r := range s {
		switch {
		case r == '\n' && allowLF:
		case r < 0x20, r == 0x7f, r >= 0x80 && r <= 0x9f, unicode.Is(unicode.Cf, r) && r != '\u200d':
			return r, true
		}
	}
	return 0, false
}

// checkStrings fails on any unsafe character in any string reachable
// from v; only a document's text may hold line breaks.
func checkStrings(t *testing.T, where string, v reflect.Value, allowLF bool) {
	t.Helper()
	switch v.Kind() {
	case reflect.String:
		if r, bad := unsafeIn(v.String(), allowLF); bad {
			t.Errorf("%s holds %U: %q", where, r, v.String())
		}
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			checkStrings(t, where, v.Elem(), false)
		}
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			f := v.Type().Field(i)
			if f.IsExported() {
				checkStrings(t, where+"."+f.Name, v.Field(i), f.Tag.Get("sanitize") == "multiline")
			}
		}
	case reflect.Slice, reflect.Array:
		for i := 0; i < v.Len(); i++ {
			checkStrings(t, fmt.Sprintf("%s[%d]", where, i), v.Index(i), allowLF)
		}
	case reflect.Map:
		iter := v.MapRange()
		for iter.Next() {
			checkStrings(t, where+" key", iter.Key(), false)
			checkStrings(t, where+" value", iter.Value(), allowLF)
		}
	}
}

// fill gives every field of the export schema a value: each string "x"
// (so ids and span documents agree), each list one element.
func fill(v reflect.Value) {
	switch v.Kind() {
	case reflect.String:
		v.SetString("x")
	case reflect.Pointer:
		v.Set(reflect.New(v.Type().Elem()))
		fill(v.Elem())
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			f := v.Type().Field(i)
			if f.IsExported() && f.Tag.Get("json") != "-" {
				fill(v.Field(i))
			}
		}
	case reflect.Slice:
		v.Set(reflect.MakeSlice(v.Type(), 1, 1))
		fill(v.Index(0))
	case reflect.Map:
		m := reflect.MakeMap(v.Type())
		k, e := reflect.New(v.Type().Key()).Elem(), reflect.New(v.Type().Elem()).Elem()
		fill(k)
		fill(e)
		m.SetMapIndex(k, e)
		v.Set(m)
	}
}

// plant appends the payload to the n-th string field met in a walk of v
// (fields json omits are not part of the schema and are skipped) and
// returns that field's path, or "" when v has fewer strings.
func plant(v reflect.Value, n *int, path string) string {
	switch v.Kind() {
	case reflect.String:
		if *n == 0 {
			v.SetString(v.String() + payload)
			*n = -1
			return path
		}
		*n--
	case reflect.Pointer:
		if !v.IsNil() {
			return plant(v.Elem(), n, path)
		}
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			f := v.Type().Field(i)
			if !f.IsExported() || f.Tag.Get("json") == "-" {
				continue
			}
			if p := plant(v.Field(i), n, path+"."+f.Name); p != "" {
				return p
			}
		}
	case reflect.Slice:
		for i := 0; i < v.Len(); i++ {
			if p := plant(v.Index(i), n, fmt.Sprintf("%s[%d]", path, i)); p != "" {
				return p
			}
		}
	}
	return ""
}

// TestImportSanitisesEveryStringField walks every string field of the
// export schema by reflection, plants an escape sequence in each in
// turn, loads the export and renders it: no loaded string, no warning
// and no byte of the Markdown or JSON output carries a control.
func TestImportSanitisesEveryStringField(t *testing.T) {
	dir := t.TempDir()
	fields := 0
	for n := 0; ; n++ {
		var b briefing.Briefing
		fill(reflect.ValueOf(&b).Elem())
		i := n
		field := plant(reflect.ValueOf(&b).Elem(), &i, "export")
		if field == "" {
			break
		}
		fields++
		src, err := json.Marshal(struct {
			Schema string `json:"schema"`
			briefing.Briefing
		}{briefing.Schema, b})
		if err != nil {
			t.Fatal(err)
		}
		path := filepath.Join(dir, fmt.Sprintf("planted-%d.json", n))
		if err := os.WriteFile(path, src, 0o644); err != nil {
			t.Fatal(err)
		}
		res := ingest.Load([]string{path}, ingest.Options{})
		out := extract.Run(res.Documents)
		out.Warnings = res.Warnings
		checkStrings(t, field+" → loaded", reflect.ValueOf(out), false)
		var md, js bytes.Buffer
		if err := export.Markdown(&md, out); err != nil {
			t.Fatal(err)
		}
		if r, bad := unsafeIn(md.String(), true); bad {
			t.Errorf("%s → Markdown holds %U", field, r)
		}
		if err := export.JSON(&js, out); err != nil {
			t.Fatal(err)
		}
		if strings.Contains(js.String(), `\u001b`) || strings.Contains(js.String(), `\u0007`) {
			t.Errorf("%s → JSON carries an escape", field)
		}
	}
	// the schema has more than forty string fields; a walk that found
	// few would prove nothing
	if fields < 40 {
		t.Fatalf("planted in %d string fields only", fields)
	}
	t.Logf("planted an escape in each of %d string fields", fields)
}

// TestFileNamesAreSanitised: a file name (and so the title derived from
// it, the path and every warning about it) is untrusted text too.
func TestFileNamesAreSanitised(t *testing.T) {
	dir := t.TempDir()
	names := []string{
		"x\x1b]52;c;SGk=\a\x1b[31m.txt",
		"bidi\u202eatxt.md",
		"c1\u009b31m.txt",
		"line\nbreak.txt",
	}
	for _, name := range names {
		if err := os.WriteFile(filepath.Join(dir, name), []byte("The USS Nimitz deployed.\n"), 0o644); err != nil {
			t.Skipf("this file system refuses the name %q: %v", name, err)
		}
	}
	// an unreadable one and a missing one give warnings naming them
	bad := filepath.Join(dir, "bad\x1b[2J.txt")
	if err := os.WriteFile(bad, []byte{0, 1, 2}, 0o644); err != nil {
		t.Fatal(err)
	}
	res := ingest.Load([]string{dir, filepath.Join(dir, "missing\x1b]0;title\a.txt")}, ingest.Options{})
	if len(res.Documents) != len(names) || len(res.Warnings) != 2 {
		t.Fatalf("%d documents and warnings %q; want %d documents and 2 warnings", len(res.Documents), res.Warnings, len(names))
	}
	out := extract.Run(res.Documents)
	out.Warnings = res.Warnings
	checkStrings(t, "loaded", reflect.ValueOf(out), false)
	if got := res.Documents[0].Title; !strings.HasPrefix(got, "bidi") && !strings.HasPrefix(got, "c1") && !strings.HasPrefix(got, "line") && got != "x" {
		t.Errorf("title %q lost its words", got)
	}
	var md bytes.Buffer
	if err := export.Markdown(&md, out); err != nil {
		t.Fatal(err)
	}
	if r, bad := unsafeIn(md.String(), true); bad {
		t.Errorf("Markdown holds %U:\n%q", r, md.String())
	}
}

// TestImportedIDInWarnings: an export's document id is quoted in the
// warning about its text; the id is sanitised like every other string.
func TestImportedIDInWarnings(t *testing.T) {
	src := `{"schema": "briefing/v1", "documents": [{"id": "d1\u001b]52;c;SGk=\u0007\u001b[31m", "path": "x.txt", "format": "txt", "text": "Iran\u001b[2J denied it."}]}`
	path := filepath.Join(t.TempDir(), "brief.json")
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	res := ingest.Load([]string{path}, ingest.Options{})
	if len(res.Warnings) == 0 {
		t.Fatal("no warning about the controls removed from the text")
	}
	checkStrings(t, "warnings", reflect.ValueOf(res.Warnings), false)
	checkStrings(t, "documents", reflect.ValueOf(res.Documents), false)
}
