// Package formtest checks a package's precompiled data form against the
// YAML it is made from, in that package's tests.
package formtest

import (
	"os"
	"testing"

	"github.com/briefing-tools/briefing/internal/dataform"
)

// Check encodes value (decoded from the YAML) and compares it with
// current, the embedded form read from path: the form of a value is the
// same bytes every time, so any difference means the form is stale.
// With regenerate it writes the form to path instead.
func Check(t *testing.T, value any, path, current string, regenerate bool) {
	t.Helper()
	form, err := dataform.Encode(value)
	if err != nil {
		t.Fatal(err)
	}
	if regenerate {
		if err := os.WriteFile(path, form, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if string(form) != current {
		t.Errorf("%s is stale: run go generate in its package", path)
	}
}
