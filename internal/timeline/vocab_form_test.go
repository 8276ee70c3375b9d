package timeline

import (
	"flag"
	"os"
	"testing"

	"github.com/briefing-tools/briefing/internal/dataform"
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
	form, err := dataform.Encode(&v)
	if err != nil {
		t.Fatal(err)
	}
	if *regenerate {
		if err := os.WriteFile("data/dates.form", form, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if string(form) != datesForm {
		t.Error("data/dates.form is stale: run go generate ./internal/timeline")
	}
	if _, err := v.compile(); err != nil {
		t.Error(err)
	}
}
