package crossdoc

import (
	"flag"
	"os"
	"testing"

	"github.com/briefing-tools/briefing/internal/dataform"
)

// regenerate rewrites data/conflicts.form from the YAML (go generate).
var regenerate = flag.Bool("regenerate", false, "rewrite data/conflicts.form from data/conflicts.yaml")

// TestConflictsForm: the precompiled form the program reads holds
// exactly what conflicts.yaml says (the form of a value is the same
// bytes every time); with -regenerate it writes the form instead.
func TestConflictsForm(t *testing.T) {
	var r rules
	if err := decodeRules(conflictsYAML, &r); err != nil {
		t.Fatal(err)
	}
	form, err := dataform.Encode(&r)
	if err != nil {
		t.Fatal(err)
	}
	if *regenerate {
		if err := os.WriteFile("data/conflicts.form", form, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if string(form) != conflictsForm {
		t.Error("data/conflicts.form is stale: run go generate ./internal/crossdoc")
	}
	if _, err := r.compile(); err != nil {
		t.Error(err)
	}
}
