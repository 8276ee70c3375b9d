package timeline

import (
	"flag"
	"testing"

	"github.com/briefing-tools/briefing/internal/dataform/formtest"
)

// regenerate rewrites data/dates.form from the YAML (go generate).
var regenerate = flag.Bool("regenerate", false, "rewrite data/dates.form from data/dates.yaml")

// TestDatesForm: the precompiled form the program reads holds exactly
// what dates.yaml says (the form of a value is the same bytes every
// time); with -regenerate it writes the form instead.
func TestDatesForm(t *testing.T) {
	var v vocab
	if err := decodeVocab(datesYAML, &v); err != nil {
		t.Fatal(err)
	}
	formtest.Check(t, &v, "data/dates.form", datesForm, *regenerate)
	if _, err := v.compile(); err != nil {
		t.Error(err)
	}
}
