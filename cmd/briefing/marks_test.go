package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestMain keeps the commands' default store out of the user's data
// directory.
func TestMain(m *testing.M) {
	data, err := os.MkdirTemp("", "briefing-cmd-test")
	if err != nil {
		panic(err)
	}
	os.Setenv("XDG_DATA_HOME", data)
	code := m.Run()
	os.RemoveAll(data)
	os.Exit(code)
}

const redSea = "../../fixtures/red-sea-shipping.txt"

func TestMarkNoteLogAndExtract(t *testing.T) {
	st := filepath.Join(t.TempDir(), "marks.db")
	steps := []struct {
		args []string
		code int
		out  string
	}{
		{[]string{"mark", "--store", st, "q1", "watching", redSea}, exitOK, "q1 status: (none) → watching by "},
		{[]string{"mark", "--store", st, "q1", "answered", "--priority", "high", redSea}, exitOK, "q1 priority: (none) → high"},
		{[]string{"mark", "--store", st, "--priority", "low", "q2", redSea}, exitOK, "q2 priority: (none) → low"},
		{[]string{"note", "--store", st, "ast1", "first\nsecond \x1b[31mline", redSea}, exitOK, "ast1: note added (2 line(s))"},
		{[]string{"mark", "--store", st, "ast1", "wrong", redSea}, exitOK, "ast1 flag: (none) → wrong"},
	}
	for _, s := range steps {
		code, out, errOut := runCLI(t, "", s.args...)
		if code != s.code || !strings.Contains(out, s.out) {
			t.Fatalf("%v: exit %d, out %q, err %q; want exit %d and %q", s.args, code, out, errOut, s.code, s.out)
		}
	}
	for _, bad := range []struct {
		args []string
		err  string
	}{
		{[]string{"mark", "--store", st, "ast1", "answered", redSea}, `"answered" is not a mark for an asset: use confirmed, disputed, wrong`},
		{[]string{"mark", "--store", st, "q1", "wrong", redSea}, `use open, watching, answered, dismissed`},
		{[]string{"mark", "--store", st, "q99", "open", redSea}, `no item "q99"`},
		{[]string{"mark", "--store", st, "--priority", "urgent", "q1", redSea}, `unknown --priority "urgent"`},
		{[]string{"note", "--store", st, "q1", "  ", redSea}, "the note is empty"},
	} {
		code, _, errOut := runCLI(t, "", bad.args...)
		if code != exitUsage || !strings.Contains(errOut, bad.err) {
			t.Errorf("%v: exit %d, %q; want exit 2 and %q", bad.args, code, errOut, bad.err)
		}
	}

	code, out, _ := runCLI(t, "", "log", "--store", st)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if code != exitOK || len(lines) != 6 {
		t.Fatalf("log: exit %d, %d lines:\n%s", code, len(lines), out)
	}
	if !strings.Contains(lines[1], "watching → answered") || !strings.Contains(out, "“first ⏎ second line”") || strings.Contains(out, "\x1b") {
		t.Errorf("log lines:\n%s", out)
	}

	code, out, _ = runCLI(t, "", "extract", "--store", st, redSea)
	var export struct {
		Marks []struct{ Item, Field, Value, Who string }
		Notes []struct{ Item, Text string }
	}
	if err := json.Unmarshal([]byte(out), &export); code != exitOK || err != nil {
		t.Fatalf("extract: exit %d, %v", code, err)
	}
	if len(export.Marks) != 4 || len(export.Notes) != 1 || export.Notes[0].Text != "first\nsecond line" || export.Notes[0].Item != "ast1" {
		t.Errorf("export marks %+v notes %+v", export.Marks, export.Notes)
	}
	// an export with marks loads again
	saved := filepath.Join(t.TempDir(), "with-marks.json")
	writeTestFile(t, saved, out)
	if code, _, errOut := runCLI(t, "", "extract", saved); code != exitOK {
		t.Errorf("an export with marks does not load: %s", errOut)
	}

	_, md, _ := runCLI(t, "", "extract", "--store", st, "--format", "markdown", redSea)
	if !strings.Contains(md, "## Analyst's marks") || !strings.Contains(md, "flag: wrong") || !strings.Contains(md, "> second line") {
		t.Errorf("markdown brief lacks the marks:\n%s", md)
	}

	// on other documents the marks are orphaned: kept and listed
	_, out, _ = runCLI(t, "", "log", "--store", st, "../../fixtures/gulf-sitrep.md")
	if strings.Count(out, "orphaned: ") != 3 || !strings.Contains(out, "[orphaned]") {
		t.Errorf("log on other documents:\n%s", out)
	}
	_, md, _ = runCLI(t, "", "extract", "--store", st, "--format", "markdown", "../../fixtures/gulf-sitrep.md")
	if !strings.Contains(md, "orphaned: ") {
		t.Errorf("markdown does not list orphaned marks")
	}
}

func TestReadOnlyCommandsCreateNoStore(t *testing.T) {
	t.Setenv("XDG_DATA_HOME", t.TempDir())
	for _, args := range [][]string{{"extract", redSea}, {"log"}, {"extract", "-f", "markdown", redSea}} {
		if code, _, errOut := runCLI(t, "", args...); code != exitOK {
			t.Errorf("%v: exit %d: %s", args, code, errOut)
		}
	}
	if _, err := os.Stat(filepath.Join(os.Getenv("XDG_DATA_HOME"), "briefing")); !os.IsNotExist(err) {
		t.Error("a read-only command created the store")
	}
	missing := filepath.Join(t.TempDir(), "none.db")
	if code, _, errOut := runCLI(t, "", "extract", "--store", missing, redSea); code != exitFailure || !strings.Contains(errOut, "no store") {
		t.Errorf("extract with a missing --store: exit %d, %q", code, errOut)
	}
	if _, err := os.Stat(missing); !os.IsNotExist(err) {
		t.Error("extract created the --store it was given")
	}
}

func TestUnreachableStoreIsAClearError(t *testing.T) {
	code, _, errOut := runCLI(t, "", "mark", "--store", "postgres://nobody:hunter2@127.0.0.1:1/marks?connect_timeout=2", "q1", "open", redSea)
	if code != exitFailure || !strings.Contains(errOut, "cannot reach the database") || strings.Contains(errOut, "hunter2") {
		t.Errorf("exit %d, %q", code, errOut)
	}
}

// TestMistakenMarkCreatesNoStore: a mark refused for its id or its
// status leaves no store behind.
func TestMistakenMarkCreatesNoStore(t *testing.T) {
	st := filepath.Join(t.TempDir(), "marks.db")
	for _, args := range [][]string{{"mark", "--store", st, "q999", "open", redSea}, {"mark", "--store", st, "q1", "bogus", redSea}} {
		if code, _, _ := runCLI(t, "", args...); code != exitUsage {
			t.Errorf("%v: exit %d, want a usage error", args, code)
		}
	}
	if _, err := os.Stat(st); !os.IsNotExist(err) {
		t.Error("a refused mark created the store")
	}
}
