package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// TestFixturesAreUpToDate: the sample PDF and DOCX in fixtures/ are what
// this program writes from its sources (run it after editing them).
func TestFixturesAreUpToDate(t *testing.T) {
	out := t.TempDir()
	if err := run(".", out); err != nil {
		t.Fatal(err)
	}
	for _, o := range outputs {
		name := o.source[:len(o.source)-len(filepath.Ext(o.source))] + "." + o.format
		want, err := os.ReadFile(filepath.Join(out, name))
		if err != nil {
			t.Fatal(err)
		}
		got, err := os.ReadFile(filepath.Join("..", "..", "fixtures", name))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("fixtures/%s is out of date: run go run ./scripts/gendocs", name)
		}
	}
}
