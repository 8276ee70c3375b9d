package tui

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textarea"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/briefing-tools/briefing/internal/marks"
)

// NoteEditor is the "e" overlay: a note on one item, written in a text
// area. On its Save and Cancel keys the root closes it and takes the
// text (Close), as a parent reads a textinput.
type NoteEditor struct {
	// ed is made on first use and shared by copies of the model: it is
	// large, and sessions many
	ed    *textarea.Model
	ref   marks.Ref
	title string // what the note is on
	// no Styles kept here: the model is copied on every message, and
	// they are large; View and Open are given them
	bodyW int
	bodyH int
	// Save writes the note, Cancel drops it; enter is a new line.
	Save, Cancel key.Binding
}

func newNoteEditor() NoteEditor {
	return NoteEditor{
		Save:   key.NewBinding(key.WithKeys("ctrl+s"), key.WithHelp("ctrl+s", "save")),
		Cancel: key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "cancel")),
	}
}

// Open starts an empty note on ref, titled with what it is on.
func (n *NoteEditor) Open(ref marks.Ref, title string, s Styles) tea.Cmd {
	n.ref, n.title = ref, title
	if n.ed == nil {
		ed := textarea.New()
		ed.ShowLineNumbers = false
		ed.Placeholder = "note…"
		ed.CharLimit = 8000
		n.ed = &ed
		n.SetStyles(s)
		n.SetSize(n.bodyW, n.bodyH)
	}
	n.ed.Reset()
	return n.ed.Focus()
}

// Close stops editing and returns the text written, trimmed.
func (n *NoteEditor) Close() string {
	if n.ed == nil {
		return ""
	}
	n.ed.Blur()
	return strings.TrimSpace(n.ed.Value())
}

// Ref is the item the note is on.
func (n NoteEditor) Ref() marks.Ref { return n.ref }

// SetStyles gives the editor our styles, never the defaults built on
// the global renderer.
func (n *NoteEditor) SetStyles(s Styles) {
	if n.ed == nil {
		return
	}
	st := textarea.Style{
		Base: s.Base, CursorLine: s.Base, CursorLineNumber: s.Faint, EndOfBuffer: s.Faint,
		LineNumber: s.Faint, Placeholder: s.Faint, Prompt: s.Faint, Text: s.Base,
	}
	n.ed.FocusedStyle, n.ed.BlurredStyle = st, st
	n.ed.Cursor.Style = s.RowSelected
	n.ed.Cursor.TextStyle = s.Base
}

// SetSize fits the editor in a body of w×h cells.
func (n *NoteEditor) SetSize(w, h int) {
	n.bodyW, n.bodyH = w, h
	if n.ed == nil {
		return
	}
	n.ed.SetWidth(min(max(w-6, 10), 76))
	n.ed.SetHeight(min(max(h-6, 3), 12))
}

// Update edits the text; every key but Save and Cancel is text here.
func (n NoteEditor) Update(msg tea.Msg) (NoteEditor, tea.Cmd) {
	if n.ed == nil {
		return n, nil
	}
	// a copy: older copies of the model share the pointer
	ed, cmd := n.ed.Update(msg)
	n.ed = &ed
	return n, cmd
}

// View draws the framed editor with its title and keys.
func (n NoteEditor) View(s Styles) string {
	inner := n.ed.Width()
	var b strings.Builder
	b.WriteString(fit(s.Strong.Render("Note on "+n.title), inner))
	b.WriteByte('\n')
	b.WriteString(n.ed.View())
	b.WriteByte('\n')
	b.WriteString(fit(s.Faint.Render("ctrl+s save · esc cancel · enter new line"), inner))
	return s.Overlay.Width(inner + 2).Render(b.String())
}
