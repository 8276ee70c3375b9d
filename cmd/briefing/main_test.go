package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// runCLI runs the command line in-process and returns its exit code and
// output streams.
func runCLI(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := run(args, streams{in: strings.NewReader(stdin), out: &out, err: &errOut})
	return code, out.String(), errOut.String()
}

const seedPath = "../../../shared/seeds/000_55285c0b103b9a94.txt"

func TestExtractJSONOnSeed(t *testing.T) {
	raw, err := os.ReadFile(seedPath)
	if err != nil {
		t.Skipf("seed article not available (%v); it lives in ../shared/seeds beside the repository", err)
	}
	code, out, errOut := runCLI(t, "", "extract", "--format", "json", seedPath)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var got struct {
		Schema    string `json:"schema"`
		Documents []struct {
			Text   string `json:"text"`
			Format string `json:"format"`
		} `json:"documents"`
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("invalid JSON: %v", err)
	}
	if got.Schema != "briefing/v1" || len(got.Documents) != 1 {
		t.Fatalf("schema %q, %d documents", got.Schema, len(got.Documents))
	}
	if got.Documents[0].Text != string(raw) {
		t.Errorf("document text differs from the (already clean) article")
	}
}

func TestExtractMarkdownOnFixtures(t *testing.T) {
	code, out, _ := runCLI(t, "", "extract", "--format", "markdown", "../../fixtures", "../../testdata/hostile")
	if code != exitOK {
		t.Fatalf("exit %d", code)
	}
	for _, want := range []string{"# Briefing:", "## Key actors", "## Order of battle", "## Open questions", "## Warnings"} {
		if !strings.Contains(out, want) {
			t.Errorf("brief lacks %q", want)
		}
	}
}

func TestRootPrintsBriefForPaths(t *testing.T) {
	code, out, _ := runCLI(t, "", "../../fixtures/gulf-sitrep.md")
	if code != exitOK || !strings.Contains(out, "## Order of battle") {
		t.Errorf("exit %d, output %q", code, out)
	}
}

func TestStdin(t *testing.T) {
	code, out, errOut := runCLI(t, "The frigate sailed at dawn.\n", "extract", "-")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if !strings.Contains(out, `"path": "stdin"`) || !strings.Contains(out, "frigate sailed") {
		t.Errorf("stdin not read: %s", out)
	}
}

func TestExitCodes(t *testing.T) {
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty.txt")
	if err := os.WriteFile(empty, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	good := filepath.Join(dir, "good.txt")
	if err := os.WriteFile(good, []byte("The destroyer sailed.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name   string
		args   []string
		code   int
		stderr string
	}{
		{"no path", nil, exitUsage, "no PATH given"},
		{"unknown flag", []string{"--bogus", good}, exitUsage, "unknown flag"},
		{"bad format", []string{"extract", "--format", "xml", good}, exitUsage, "unknown --format"},
		{"bad size", []string{"extract", "--max-doc-size", "lots", good}, exitUsage, "not a size"},
		{"bad theme on any command", []string{"extract", "--theme", "blue", good}, exitUsage, "unknown --theme"},
		{"extract without path", []string{"extract"}, exitUsage, "requires at least 1 arg"},
		{"nothing loaded", []string{"extract", empty}, exitFailure, "no document could be loaded"},
		{"missing file only", []string{"extract", filepath.Join(dir, "nope.txt")}, exitFailure, "no such file"},
		{"one good one bad", []string{"extract", empty, good}, exitOK, "empty document"},
		{"size limit", []string{"extract", "--max-doc-size", "10B", good}, exitFailure, "over the 10 bytes limit"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			code, _, errOut := runCLI(t, "", tc.args...)
			if code != tc.code {
				t.Errorf("exit %d, want %d (stderr %q)", code, tc.code, errOut)
			}
			if !strings.Contains(errOut, tc.stderr) {
				t.Errorf("stderr %q lacks %q", errOut, tc.stderr)
			}
		})
	}
}

func TestUserGazetteer(t *testing.T) {
	dir := t.TempDir()
	gaz := filepath.Join(dir, "extra.yaml")
	doc := filepath.Join(dir, "note.txt")
	os.WriteFile(gaz, []byte("platforms:\n  - name: Sea Serpent\n    aliases: [SS-9X]\n    category: naval drone\n    operators: [Ukraine]\n"), 0o644)
	os.WriteFile(doc, []byte("Ukraine launched two Sea Serpent drones at the port overnight.\n"), 0o644)
	code, out, errOut := runCLI(t, "", "extract", "--gazetteer", gaz, doc)
	if code != exitOK || !strings.Contains(out, `"name": "Sea Serpent"`) {
		t.Errorf("exit %d, stderr %q: user platform not found in %s", code, errOut, out)
	}
	code, _, errOut = runCLI(t, "", "extract", "--gazetteer", filepath.Join(dir, "missing.yaml"), doc)
	if code != exitUsage || !strings.Contains(errOut, "missing.yaml") {
		t.Errorf("missing gazetteer: exit %d, stderr %q", code, errOut)
	}
}

func TestVersion(t *testing.T) {
	code, out, _ := runCLI(t, "", "version")
	if code != exitOK || !strings.HasPrefix(out, "briefing ") {
		t.Errorf("exit %d, output %q", code, out)
	}
}

func TestLogFileNeverTouchesStdout(t *testing.T) {
	log := filepath.Join(t.TempDir(), "briefing.log")
	code, out, _ := runCLI(t, "", "--log-file", log, "extract", "../../fixtures/gulf-sitrep.md")
	if code != exitOK {
		t.Fatalf("exit %d", code)
	}
	data, err := os.ReadFile(log)
	if err != nil || !strings.Contains(string(data), "loaded") {
		t.Errorf("log file: %q, %v", data, err)
	}
	if strings.Contains(out, "level=") {
		t.Error("log lines on stdout")
	}
}

func TestByteSize(t *testing.T) {
	for in, want := range map[string]int64{"16MiB": 16 << 20, "512KiB": 512 << 10, "1048576": 1 << 20, "2mb": 2 << 20, "1.5k": 1536, "10B": 10} {
		var s byteSize
		if err := s.Set(in); err != nil || int64(s) != want {
			t.Errorf("Set(%q) = %d, %v; want %d", in, s, err, want)
		}
	}
	for _, bad := range []string{"", "-1", "lots", "0"} {
		var s byteSize
		if err := s.Set(bad); err == nil {
			t.Errorf("Set(%q) accepted", bad)
		}
	}
}

// TestErrorsQuoteNoEscapes: a fatal error quoting a path from the command
// line (here a missing gazetteer whose name holds an OSC 52 clipboard
// write) reaches the terminal without the escape.
func TestErrorsQuoteNoEscapes(t *testing.T) {
	code, _, errOut := runCLI(t, "", "extract", "--gazetteer", "g\x1b]52;c;SGk=\a\x1b[31m.yaml", "../../fixtures/gulf-sitrep.md")
	if code == exitOK {
		t.Fatal("a missing gazetteer was accepted")
	}
	if strings.ContainsAny(errOut, "\x1b\a") || !strings.Contains(errOut, "g.yaml") {
		t.Errorf("stderr %q: want the path without its escapes", errOut)
	}
}

// TestWatchNeedsATerminal: --watch keeps a dashboard up to date, so
// without a terminal it is a usage error, as is watching stdin.
func TestWatchNeedsATerminal(t *testing.T) {
	code, _, errOut := runCLI(t, "", "--watch", "../../fixtures")
	if code != exitUsage || !strings.Contains(errOut, "--watch needs a terminal") {
		t.Errorf("exit %d, stderr %q", code, errOut)
	}
}
