package main

import (
	"strings"
	"testing"
)

// A malformed --max-startups is a usage error naming the expected form.
func TestServeMaxStartupsFlag(t *testing.T) {
	code, _, errOut := runCLI(t, "", "serve", "--max-startups", "5:200:3", "--authorized-keys", "none", "../../fixtures")
	if code == exitOK || !strings.Contains(errOut, "start:rate:full") && !strings.Contains(errOut, "rate ≤ 100") {
		t.Errorf("exit %d, stderr %q; want a usage error about start:rate:full", code, errOut)
	}
	code, out, _ := runCLI(t, "", "serve", "--help")
	if code != exitOK || !strings.Contains(out, "--max-startups") || !strings.Contains(out, "10:30:100") {
		t.Errorf("serve --help (exit %d) does not document --max-startups with its default:\n%s", code, out)
	}
}
