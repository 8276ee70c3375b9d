package marks

import (
	"strings"
	"testing"
	"time"

	"github.com/briefing-tools/briefing/internal/briefing"
	"github.com/briefing-tools/briefing/internal/store"
)

const text = "The frigate Aster sailed from Brest. Officials would not say whether it will join the task group."

func sample() *briefing.Briefing {
	claim := strings.Index(text, "Officials")
	return &briefing.Briefing{
		Documents: []briefing.Document{{ID: "d1", Path: "a.txt", Text: text}},
		Actors:    []briefing.Actor{{ID: "act1", Name: "Officials", Kind: briefing.Group, Mentions: []briefing.Span{{Doc: "d1", Start: claim, End: claim + 9}}}},
		Assets:    []briefing.Asset{{ID: "ast1", Name: "Aster", Aliases: []string{"the frigate Aster"}, Mentions: []briefing.Span{{Doc: "d1", Start: 12, End: 17}}}},
		Questions: []briefing.Question{{ID: "q1", Text: "Will the Aster join the task group?", Evidence: []briefing.Span{{Doc: "d1", Start: claim, End: len(text)}}}},
	}
}

// mark appends events for refs of b the way the CLI does, and returns
// the derived state.
func mark(t *testing.T, b *briefing.Briefing, st *store.State, id string, f store.Field, value string) *store.State {
	t.Helper()
	ix := NewIndex(b)
	ref, err := ix.Find(id)
	if err != nil {
		t.Fatal(err)
	}
	e, err := ix.Attach(st).Event(ref, f, value, "ana")
	if err != nil {
		t.Fatal(err)
	}
	e.ID, e.At = st.LastID+1, time.Unix(1_700_000_000+st.LastID, 0)
	st.Apply(e)
	return st
}

func TestMarksSurviveAReworkedExtraction(t *testing.T) {
	st := store.NewState()
	b := sample()
	mark(t, b, st, "q1", store.StatusField, "watching")
	mark(t, b, st, "ast1", store.FlagField, "disputed")
	mark(t, b, st, "d1", store.NoteField, "from the morning pack")

	// a later extractor: reworded question, the asset under its alias,
	// items in another order with other ids
	later := sample()
	later.Questions[0].Text = "Will the frigate Aster join the task group?"
	later.Questions[0].ID = "q7"
	later.Assets[0].Name, later.Assets[0].Aliases = "FS Aster", []string{"Aster"}
	later.Assets = append([]briefing.Asset{{ID: "ast0", Name: "task group", Mentions: []briefing.Span{{Doc: "d1", Start: 80, End: 90}}}}, later.Assets...)
	m := NewIndex(later).Attach(st)
	if q := m.Of(Ref{store.QuestionTarget, 0}); q == nil || q.Status.Value != "watching" || q.Status.Who != "ana" {
		t.Errorf("reworded question lost its status: %+v", q)
	}
	if a := m.Of(Ref{store.AssetTarget, 1}); a == nil || a.Flag.Value != "disputed" {
		t.Errorf("renamed asset lost its flag: %+v", a)
	}
	if m.Of(Ref{store.AssetTarget, 0}) != nil {
		t.Error("another asset took the flag")
	}
	if d := m.Of(Ref{store.DocumentTarget, 0}); d == nil || len(d.Notes) != 1 {
		t.Errorf("document lost its note: %+v", d)
	}
	if len(m.Orphans()) != 0 {
		t.Errorf("orphans: %+v", m.Orphans())
	}
}

func TestMarksOfAVanishedItemAreOrphaned(t *testing.T) {
	st := store.NewState()
	b := sample()
	mark(t, b, st, "act1", store.FlagField, "wrong")
	later := sample()
	later.Actors = nil
	m := NewIndex(later).Attach(st)
	if o := m.Orphans(); len(o) != 1 || o[0].Label != "Officials" || o[0].Flag.Value != "wrong" {
		t.Errorf("orphans: %+v", o)
	}
	// an edited document is another document: its marks are orphaned too
	edited := sample()
	edited.Documents[0].Text += " More."
	if o := NewIndex(edited).Attach(st).Orphans(); len(o) != 1 {
		t.Errorf("orphans after the text changed: %d", len(o))
	}
}

func TestNewMarkFollowsTheKeyInUse(t *testing.T) {
	st := store.NewState()
	b := sample()
	mark(t, b, st, "ast1", store.FlagField, "disputed")
	later := sample()
	later.Assets[0].Name, later.Assets[0].Aliases = "Aster", []string{"the frigate Aster"}
	m := NewIndex(later).Attach(st)
	e, err := m.Event(Ref{store.AssetTarget, 0}, store.FlagField, "confirmed", "bo")
	if err != nil || e.Key != m.State.Items[e.Key].Key {
		t.Fatalf("new mark goes to %q (%v), not the key already marked", e.Key, err)
	}
}

func TestEventRefusesWrongValues(t *testing.T) {
	m := NewIndex(sample()).Attach(store.NewState())
	for _, c := range []struct {
		ref   Ref
		field store.Field
		value string
	}{
		{Ref{store.QuestionTarget, 0}, store.StatusField, "confirmed"},
		{Ref{store.AssetTarget, 0}, store.StatusField, "open"},
		{Ref{store.AssetTarget, 0}, store.FlagField, "maybe"},
		{Ref{store.ActorTarget, 0}, store.NoteField, "  "},
	} {
		if _, err := m.Event(c.ref, c.field, c.value, "ana"); err == nil {
			t.Errorf("%v %s=%q accepted", c.ref, c.field, c.value)
		}
	}
	if _, err := NewIndex(sample()).Find("q9"); err == nil {
		t.Error("unknown id found")
	}
}

func TestFieldForNamesTheChoices(t *testing.T) {
	if f, err := Vocab().FieldFor(store.QuestionTarget, "answered"); err != nil || f != store.StatusField {
		t.Errorf("answered: %s %v", f, err)
	}
	if f, err := Vocab().FieldFor(store.AssetTarget, "wrong"); err != nil || f != store.FlagField {
		t.Errorf("wrong: %s %v", f, err)
	}
	_, err := Vocab().FieldFor(store.ActorTarget, "answered")
	if err == nil || !strings.Contains(err.Error(), "confirmed, disputed, wrong") {
		t.Errorf("error %v should list the flags", err)
	}
	if Vocab().Status.Next("") != "open" || Vocab().Status.Next("dismissed") != "open" {
		t.Error("cycling does not wrap")
	}
}

func TestVocabularyIsChecked(t *testing.T) {
	bad := []string{
		"status: {targets: [question], values: [{value: open, glyph: oo}]}\npriority: {targets: [question], values: [{value: high, glyph: '!'}]}\nflag: {targets: [actor], values: [{value: wrong, glyph: x}]}\nnote_glyph: '*'\n",
		"colour: red\n",
	}
	for _, y := range bad {
		if _, err := parseVocab([]byte(y)); err == nil {
			t.Errorf("accepted:\n%s", y)
		}
	}
}
