package crossdoc

import (
	"flag"
	"testing"

	"github.com/briefing-tools/briefing/internal/dataform/formtest"
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
	formtest.Check(t, &r, "data/conflicts.form", conflictsForm, *regenerate)
	if _, err := r.compile(); err != nil {
		t.Error(err)
	}
}
