package server

import (
	"strings"
	"testing"

	"github.com/briefing-tools/briefing/internal/extract"
	"github.com/briefing-tools/briefing/internal/ingest"
)

// TestUpdateReachesEverySession: a newer briefing (a watched folder
// changed) shows in every open dashboard with its status line, and the
// exports a session asks for follow it.
func TestUpdateReachesEverySession(t *testing.T) {
	first := testBriefing()
	ts := startServerFor(t, first, nil)
	a, b := ts.openDashboard(t), ts.openDashboard(t)
	defer a.close()
	defer b.close()

	res := ingest.Load([]string{fixturesDir, writeDoc(t)}, ingest.Options{})
	next := extract.Run(res.Documents)
	if err := ts.srv.Update(&next, "+1 document: Watch test report", 1); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []*termClient{a, b} {
		tc.waitText(0, frameTimeout, "+1 document: Watch test report")
	}

	c := ts.dial(t)
	defer c.Close()
	out, err := runCommand(c, "json")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(out), "Watch test report") {
		t.Error("the JSON export is not the new briefing")
	}
	c2 := ts.dial(t)
	defer c2.Close()
	out, err = runCommand(c2, "markdown")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(out), "Watch test report") {
		t.Error("the Markdown export is not the new briefing")
	}
	if ts.srv.briefing() != &next || first == &next {
		t.Error("new sessions would not open the new briefing")
	}
}

func writeDoc(t *testing.T) string {
	t.Helper()
	path := t.TempDir() + "/watch-test.txt"
	writeFile(t, path, "Watch test report\n\nThe frigate HMS Example sailed from Portsmouth on Monday.\n", 0o644)
	return path
}
