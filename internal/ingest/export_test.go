package ingest

import (
	"slices"
	"strings"
	"testing"

	"github.com/briefing-tools/briefing/internal/briefing"
)

// TestImportSanitisesWhy plants escape sequences and other controls in
// the why of every kind of item of an export: the loaded items keep the
// words and lose the controls, as every other imported string does.
func TestImportSanitisesWhy(t *testing.T) {
	const why = `"why": {"rule": "hull\u001b]52;c;cGF5bG9hZA==\u0007-number\u001b[2J", "cue": "\u009b31mUSS\u202e \u001b]8;;http://x\u001b\\link\u001b]8;;\u001b\\"}`
	src := `{"schema": "briefing/v1",
	  "documents": [{"id": "d1", "path": "x.txt", "format": "txt", "title": "T", "text": "USS Mason sailed."}],
	  "actors": [{"id": "a1", "name": "Mason", "kind": "person", "origin": "extracted", ` + why + `, "mentions": [{"doc": "d1", "start": 4, "end": 9}]}],
	  "assets": [{"id": "s1", "name": "USS Mason", "origin": "extracted", ` + why + `, "mentions": [{"doc": "d1", "start": 0, "end": 9}]}],
	  "questions": [{"id": "q1", "text": "Where is USS Mason?", "kind": "fact", "origin": "extracted", ` + why + `, "evidence": [{"doc": "d1", "start": 0, "end": 17}]}],
	  "warnings": []}`
	doc, _ := loadOne(t, "brief.json", src)
	items := doc.Imported
	if items == nil || len(items.Actors) != 1 || len(items.Assets) != 1 || len(items.Questions) != 1 {
		t.Fatalf("imported items %+v, want one actor, asset and question", items)
	}
	want := briefing.Why{Rule: "hull-number", Cue: "USS link"}
	for what, got := range map[string]briefing.Why{"actor": items.Actors[0].Why, "asset": items.Assets[0].Why, "question": items.Questions[0].Why} {
		if got != want {
			t.Errorf("%s why %+v, want %+v", what, got, want)
		}
		for _, s := range []string{got.Rule, got.Cue} {
			if strings.ContainsAny(s, "\x1b\x07\u009b\u202e") || Sanitize(s) != s {
				t.Errorf("%s why keeps a control character: %q", what, s)
			}
		}
	}
}

// TestImportUnknownQuestionKind: a question kind this version does not
// know is cleared with one warning naming it; the question is kept, and
// known kinds (the new ones included) load as they were.
func TestImportUnknownQuestionKind(t *testing.T) {
	src := `{"schema": "briefing/v1",
	  "documents": [{"id": "d1", "path": "x.txt", "format": "txt", "title": "T", "text": "Iran denied it. Nobody knows."}],
	  "questions": [
	    {"id": "q1", "text": "Did Iran do it?", "kind": "denial", "origin": "extracted", "evidence": [{"doc": "d1", "start": 0, "end": 15}]},
	    {"id": "q2", "text": "Who knows?", "kind": "rumour\u001b[31m", "origin": "extracted", "evidence": [{"doc": "d1", "start": 16, "end": 29}]},
	    {"id": "q3", "text": "What now?", "kind": "guess", "origin": "extracted", "evidence": []},
	    {"id": "q4", "text": "When?", "origin": "extracted", "evidence": []}
	  ]}`
	doc, warns := loadOne(t, "brief.json", src)
	var kinds []briefing.QuestionKind
	for _, q := range doc.Imported.Questions {
		kinds = append(kinds, q.Kind)
	}
	if want := []briefing.QuestionKind{briefing.Denial, "", "", ""}; !slices.Equal(kinds, want) {
		t.Errorf("kinds %q, want %q", kinds, want)
	}
	if len(warns) != 1 {
		t.Fatalf("warnings %v, want one about the unknown kinds", warns)
	}
	msg := warns[0].Message
	if !strings.Contains(msg, "2 question(s) with an unknown kind") || !strings.Contains(msg, `"rumour"`) || !strings.Contains(warns[0].Path, "brief.json") {
		t.Errorf("warning %q does not count the two questions and name the first kind", warns[0])
	}
	if strings.ContainsAny(msg, "\x1b") {
		t.Errorf("warning keeps an escape: %q", msg)
	}
}

// TestImportEnumeratedFields: every enumerated field of an import is
// sanitised and then checked against the values this version knows. A
// known value wrapped in escape sequences loads clean; an unknown one is
// cleared, the item kept, with a warning per field. No control reaches
// the items, which the Markdown brief prints as they are.
func TestImportEnumeratedFields(t *testing.T) {
	src := `{"schema": "briefing/v1",
	  "documents": [{"id": "d1", "path": "x.txt", "format": "txt", "title": "T", "text": "The Navy frigate sailed."}],
	  "actors": [{"id": "a1", "name": "Navy", "kind": "organization\u001b[5m", "origin": "scraped", "mentions": [{"doc": "d1", "start": 4, "end": 8}]}],
	  "assets": [{"id": "s1", "name": "frigate", "domain": "\u001b[2Jsea", "status": "sunk\u001b]0;owned\u0007", "origin": "extracted", "mentions": [{"doc": "d1", "start": 9, "end": 16}]}]}`
	doc, warns := loadOne(t, "brief.json", src)
	a, s := doc.Imported.Actors[0], doc.Imported.Assets[0]
	if a.Kind != briefing.Organization || a.Origin != "" {
		t.Errorf("actor kind %q origin %q, want %q and cleared", a.Kind, a.Origin, briefing.Organization)
	}
	if s.Domain != briefing.Sea || s.Status != "" || s.Origin != briefing.Extracted {
		t.Errorf("asset domain %q status %q origin %q, want %q, cleared, %q", s.Domain, s.Status, s.Origin, briefing.Sea, briefing.Extracted)
	}
	var got []string
	for _, w := range warns {
		got = append(got, w.Message)
	}
	want := []string{
		`1 actor(s) with an unknown origin (such as "scraped"): the value was cleared, the items kept`,
		`1 asset(s) with an unknown status (such as "sunk"): the value was cleared, the items kept`,
	}
	if !slices.Equal(got, want) {
		t.Errorf("warnings\n%q\nwant\n%q", got, want)
	}
}
