package tui

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"

	"github.com/briefing-tools/briefing/internal/marks"
)

// KeyMap holds every key of the dashboard (DESIGN §6). Keys are plain
// data, built by DefaultKeyMap; each component's own map (panekeys.go) is
// built from it. Nothing here is global.
type KeyMap struct {
	NextPane, PrevPane                    key.Binding
	Actors, Assets, Questions, Source     key.Binding
	Up, Down, Top, Bottom, PageUp, PageDn key.Binding
	Enter, Back, Filter, Toggle           key.Binding
	NextMention, PrevMention              key.Binding
	PrevDoc, NextDoc, AllDocs, DocList    key.Binding
	Theme, Mouse, Help, Quit              key.Binding
	Zoom, Yank                            key.Binding
	Timeline, SingleSource                key.Binding
	// the analyst's work (marks.go)
	Status, Priority, Note, ShowWrong key.Binding
}

// DefaultKeyMap returns the standard bindings, each with its help text.
func DefaultKeyMap() KeyMap {
	b := func(help, desc string, keys ...string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(help, desc))
	}
	return KeyMap{
		NextPane:     b("tab", "next pane", "tab"),
		PrevPane:     b("shift+tab", "previous pane", "shift+tab"),
		Actors:       b("1", "actors", "1"),
		Assets:       b("2", "order of battle", "2"),
		Questions:    b("3", "open questions", "3"),
		Source:       b("4", "source", "4"),
		Up:           b("↑/k", "up", "up", "k"),
		Down:         b("↓/j", "down", "down", "j"),
		Top:          b("g", "top", "g", "home"),
		Bottom:       b("G", "bottom", "G", "end"),
		PageUp:       b("pgup", "page up", "pgup", "ctrl+u"),
		PageDn:       b("pgdn", "page down", "pgdown", "ctrl+d"),
		Enter:        b("enter", "details", "enter"),
		Back:         b("esc", "back", "esc"),
		Filter:       b("/", "filter", "/"),
		Toggle:       b("space", "fold group", " "),
		NextMention:  b("n", "next mention", "n"),
		PrevMention:  b("N", "previous mention", "N"),
		PrevDoc:      b("[", "previous document", "["),
		NextDoc:      b("]", "next document", "]"),
		AllDocs:      b("a", "all documents", "a"),
		DocList:      b("d", "documents", "d"),
		Theme:        b("t", "theme", "t"),
		Zoom:         b("z", "zoom pane", "z"),
		Yank:         b("y", "copy name/sentence", "y"),
		Timeline:     b("T/5", "timeline", "T", "5"),
		SingleSource: b("S", "single-source only", "S"),
		Mouse:        b("m", "mouse on/off", "m"),
		Help:         b("?", "help", "?"),
		Quit:         b("q", "quit", "q", "ctrl+c"),
		Status:       b("s", "status/flag", "s"),
		Priority:     b("p", "priority", "p"),
		Note:         b("e", "note", "e"),
		ShowWrong:    b("w", "show wrong", "w"),
		// not keys: the help's legend of the glyphs marks show as
	}
}

// ShortHelp is the footer line: the keys used most.
func (k KeyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.NextPane, k.Down, k.Enter, k.Filter, k.NextMention, k.NextDoc, k.Help, k.Quit}
}

// withoutRepeats keeps the first binding of each key.
func withoutRepeats(bs []key.Binding) []key.Binding {
	seen := map[string]bool{}
	out := bs[:0:0]
	for _, b := range bs {
		if k := b.Help().Key; !seen[k] {
			seen[k] = true
			out = append(out, b)
		}
	}
	return out
}

// fullHelpFirst is FullHelp with the given keys as a first column of
// their own, taken out of the others.
func (k KeyMap) fullHelpFirst(first []key.Binding) [][]key.Binding {
	if len(first) == 0 {
		return k.FullHelp()
	}
	inFirst := map[string]bool{}
	for _, b := range first {
		inFirst[b.Help().Key] = true
	}
	out := [][]key.Binding{first}
	for _, col := range k.FullHelp() {
		var kept []key.Binding
		for _, b := range col {
			if !inFirst[b.Help().Key] {
				kept = append(kept, b)
			}
		}
		if len(kept) > 0 {
			out = append(out, kept)
		}
	}
	return out
}

// FullHelp is the "?" overlay, grouped in columns.
func (k KeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.NextPane, k.PrevPane, k.Actors, k.Assets, k.Questions, k.Source},
		{k.Up, k.Down, k.Top, k.Bottom, k.PageUp, k.PageDn},
		{k.Enter, k.Back, k.Filter, k.Toggle, k.NextMention, k.PrevMention},
		// the glyphs are built here, not kept in the KeyMap: every pane
		// holds a copy of it, in every session
		{k.Status, k.Priority, k.Note, k.ShowWrong,
			legendLine(marks.Vocab().Status, "status"), legendLine(marks.Vocab().Flag, "flag"),
			legendLine(marks.Vocab().Priority, "priority"),
			key.NewBinding(key.WithKeys("legend:note"), key.WithHelp(marks.Vocab().NoteGlyph, "has notes"))},
		{k.PrevDoc, k.NextDoc, k.AllDocs, k.DocList, k.Timeline, k.SingleSource, k.Zoom, k.Yank, k.Theme, k.Mouse, k.Help, k.Quit},
	}
}

// legendLine is a help line, never a key, that lists a field's glyphs in
// the order of its values ("o@=- status").
func legendLine(fv marks.FieldVocab, what string) key.Binding {
	var g strings.Builder
	for _, v := range fv.Values {
		g.WriteString(v.Glyph)
	}
	return key.NewBinding(key.WithKeys("legend:"+what), key.WithHelp(g.String(), what))
}
