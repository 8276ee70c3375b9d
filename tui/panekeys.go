package tui

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/viewport"
	tea "github.com/charmbracelet/bubbletea"
)

// The components' own key maps, in the manner of bubbles' list and
// viewport: each holds the bindings its component answers, and says them
// as help. All are built from the root KeyMap, so a binding is defined in
// one place and a key rebound there is rebound everywhere.

// NavKeyMap moves a cursor or a view; the scrolling components' maps
// start with it.
type NavKeyMap struct {
	Up, Down, Top, Bottom, PageUp, PageDn key.Binding
}

func newNavKeyMap(k KeyMap) NavKeyMap {
	return NavKeyMap{Up: k.Up, Down: k.Down, Top: k.Top, Bottom: k.Bottom, PageUp: k.PageUp, PageDn: k.PageDn}
}

func (k NavKeyMap) ShortHelp() []key.Binding { return []key.Binding{k.Up, k.Down} }

func (k NavKeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.Up, k.Down, k.Top, k.Bottom, k.PageUp, k.PageDn}}
}

// move applies a navigation key to a position among n rows, a page being
// page rows; callers clamp the result. ok is false for other keys.
func (k NavKeyMap) move(msg tea.KeyMsg, pos, page, n int) (int, bool) {
	switch {
	case key.Matches(msg, k.Up):
		return pos - 1, true
	case key.Matches(msg, k.Down):
		return pos + 1, true
	case key.Matches(msg, k.Top):
		return 0, true
	case key.Matches(msg, k.Bottom):
		return n - 1, true
	case key.Matches(msg, k.PageUp):
		return pos - max(page, 1), true
	case key.Matches(msg, k.PageDn):
		return pos + max(page, 1), true
	}
	return pos, false
}

// ListKeyMap is a list pane's (actors, order of battle, questions):
// moving, enter and space on its rows, and the keys the root acts on for
// its selection (filter, copy, and the marks when a store takes them;
// priority on questions only). Bindings left unset are off.
type ListKeyMap struct {
	NavKeyMap
	Enter, Toggle          key.Binding
	Filter, Yank           key.Binding
	Status, Priority, Note key.Binding
}

func newListKeyMap(k KeyMap, kind paneKind, marks bool) ListKeyMap {
	l := ListKeyMap{NavKeyMap: newNavKeyMap(k), Enter: k.Enter, Toggle: k.Toggle, Filter: k.Filter, Yank: k.Yank}
	l.Status, l.Priority, l.Note = markKeys(k, kind, marks)
	return l
}

// markKeys are the mark bindings an item of kind takes: none without a
// store, priority only on questions.
func markKeys(k KeyMap, kind paneKind, marks bool) (status, priority, note key.Binding) {
	if !marks {
		return key.Binding{}, key.Binding{}, key.Binding{}
	}
	if kind == paneQuestions {
		priority = k.Priority
	}
	return k.Status, priority, k.Note
}

// ShortHelp is what the footer and "?" show first while the list has
// the focus, the most used first.
func (k ListKeyMap) ShortHelp() []key.Binding {
	return enabled(k.Enter, k.Filter, k.Toggle, k.Yank, k.Status, k.Priority, k.Note)
}

func (k ListKeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{k.ShortHelp(), k.NavKeyMap.FullHelp()[0]}
}

// SourceKeyMap is the source pane's: scrolling, and the mentions and
// find the root steps through in it.
type SourceKeyMap struct {
	NavKeyMap
	NextMention, PrevMention, Filter, Yank key.Binding
}

func newSourceKeyMap(k KeyMap) SourceKeyMap {
	return SourceKeyMap{NavKeyMap: newNavKeyMap(k), NextMention: k.NextMention, PrevMention: k.PrevMention, Filter: k.Filter, Yank: k.Yank}
}

func (k SourceKeyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.NextMention, k.PrevMention, k.Filter, k.PageDn, k.Yank}
}

func (k SourceKeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.NextMention, k.PrevMention, k.Filter, k.Yank}, k.NavKeyMap.FullHelp()[0]}
}

// DetailKeyMap is the details': up and down step through links or
// scroll, enter follows a link; esc, copy and the marks the root handles
// for the item shown. The details have no bottom key.
type DetailKeyMap struct {
	Up, Down, Top, PageUp, PageDn key.Binding
	Follow, Back, Yank            key.Binding
	Status, Priority, Note        key.Binding
}

func newDetailKeyMap(k KeyMap, kind paneKind, marks bool) DetailKeyMap {
	d := DetailKeyMap{Up: k.Up, Down: k.Down, Top: k.Top, PageUp: k.PageUp, PageDn: k.PageDn,
		Follow: k.Enter, Back: k.Back, Yank: k.Yank}
	d.Follow.SetHelp(k.Enter.Help().Key, "follow link")
	d.Status, d.Priority, d.Note = markKeys(k, kind, marks)
	return d
}

// hint is the line under the details: their keys as bound, "↑/↓ links ·
// enter follow · esc back".
func (k DetailKeyMap) hint() string {
	first := func(b key.Binding) string {
		name, _, _ := strings.Cut(b.Help().Key, "/")
		return name
	}
	return first(k.Up) + "/" + first(k.Down) + " links · " + first(k.Follow) + " follow · " + first(k.Back) + " back"
}

func (k DetailKeyMap) ShortHelp() []key.Binding {
	return enabled(k.Down, k.Follow, k.Back, k.Yank)
}

func (k DetailKeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.Up, k.Down, k.Top, k.PageUp, k.PageDn},
		enabled(k.Follow, k.Back, k.Yank, k.Status, k.Priority, k.Note),
	}
}

// DocsKeyMap is the documents list's: moving, and enter to show one.
type DocsKeyMap struct {
	NavKeyMap
	Show key.Binding
}

func newDocsKeyMap(k KeyMap) DocsKeyMap {
	d := DocsKeyMap{NavKeyMap: newNavKeyMap(k), Show: k.Enter}
	d.Show.SetHelp(k.Enter.Help().Key, "show document")
	return d
}

func (k DocsKeyMap) ShortHelp() []key.Binding { return []key.Binding{k.Show, k.Down} }

func (k DocsKeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.Show}, k.NavKeyMap.FullHelp()[0]}
}

// TimelineKeyMap is the timeline's: moving, and enter to show an
// event's sentence in Source.
type TimelineKeyMap struct {
	NavKeyMap
	Show key.Binding
}

func newTimelineKeyMap(k KeyMap) TimelineKeyMap {
	t := TimelineKeyMap{NavKeyMap: newNavKeyMap(k), Show: k.Enter}
	t.Show.SetHelp(k.Enter.Help().Key, "show in source")
	return t
}

func (k TimelineKeyMap) ShortHelp() []key.Binding { return []key.Binding{k.Show, k.Down} }

func (k TimelineKeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.Show}, k.NavKeyMap.FullHelp()[0]}
}

// HelpKeyMap is the help view's: it scrolls, and ? or esc close it (the
// root closes it).
type HelpKeyMap struct {
	NavKeyMap
	Close key.Binding
}

func newHelpKeyMap(k KeyMap) HelpKeyMap {
	return HelpKeyMap{NavKeyMap: newNavKeyMap(k), Close: key.NewBinding(
		key.WithKeys(append(append([]string{}, k.Help.Keys()...), k.Back.Keys()...)...),
		key.WithHelp(k.Help.Help().Key+"/"+k.Back.Help().Key, "close"))}
}

// viewport is the map of the viewport the help scrolls in: our keys, not
// its pager defaults (space, f, b, h, l…).
func (k HelpKeyMap) viewport() viewport.KeyMap {
	return viewport.KeyMap{Up: k.Up, Down: k.Down, PageUp: k.PageUp, PageDown: k.PageDn}
}

func (k HelpKeyMap) ShortHelp() []key.Binding { return []key.Binding{k.Down, k.Close} }

func (k HelpKeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.Close}, k.NavKeyMap.FullHelp()[0]}
}

// enabled keeps the bindings that are on: unset ones (marks without a
// store) are left out of the help.
func enabled(bs ...key.Binding) []key.Binding {
	out := bs[:0:0]
	for _, b := range bs {
		if b.Enabled() {
			out = append(out, b)
		}
	}
	return out
}
