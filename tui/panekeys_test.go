package tui

import (
	"reflect"
	"strings"
	"testing"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/x/ansi"
)

// TestComponentKeyMaps: each component's own map says its keys as help
// (bubbles' help.KeyMap), every binding it lists is on and described,
// its short help is part of its full help, and every key it answers is
// one the root KeyMap defines: the bindings live in one place.
func TestComponentKeyMaps(t *testing.T) {
	root := DefaultKeyMap()
	defined := map[string]bool{}
	v := reflect.ValueOf(root)
	for i := 0; i < v.NumField(); i++ {
		if b, ok := v.Field(i).Interface().(key.Binding); ok {
			for _, k := range b.Keys() {
				defined[k] = true
			}
		}
	}
	maps := map[string]help.KeyMap{
		"actors":           newListKeyMap(root, paneActors, false),
		"actors marks":     newListKeyMap(root, paneActors, true),
		"assets marks":     newListKeyMap(root, paneAssets, true),
		"questions":        newListKeyMap(root, paneQuestions, false),
		"questions marks":  newListKeyMap(root, paneQuestions, true),
		"source":           newSourceKeyMap(root),
		"detail":           newDetailKeyMap(root, paneActors, false),
		"detail questions": newDetailKeyMap(root, paneQuestions, true),
		"documents":        newDocsKeyMap(root),
		"timeline":         newTimelineKeyMap(root),
		"help":             newHelpKeyMap(root),
	}
	for name, km := range maps {
		full := map[string]bool{}
		for _, col := range km.FullHelp() {
			for _, b := range col {
				if !b.Enabled() || len(b.Keys()) == 0 || b.Help().Key == "" || b.Help().Desc == "" {
					t.Errorf("%s: binding %q is off or has no help", name, b.Help().Key)
				}
				for _, k := range b.Keys() {
					if !defined[k] {
						t.Errorf("%s: key %q is not one the root KeyMap defines", name, k)
					}
				}
				full[b.Help().Key+" "+b.Help().Desc] = true
			}
		}
		for _, b := range km.ShortHelp() {
			if !full[b.Help().Key+" "+b.Help().Desc] {
				t.Errorf("%s: short help %q is not in its full help", name, b.Help().Key)
			}
		}
	}
	// the marks show only with a store, priority on questions only
	has := func(km help.KeyMap, b key.Binding) bool {
		for _, s := range km.ShortHelp() {
			if s.Help() == b.Help() {
				return true
			}
		}
		return false
	}
	for _, c := range []struct {
		name       string
		b          key.Binding
		want, dont []string
	}{
		{"status", root.Status, []string{"actors marks", "assets marks", "questions marks"}, []string{"actors", "questions", "source"}},
		{"priority", root.Priority, []string{"questions marks"}, []string{"actors marks", "assets marks", "questions"}},
		{"note", root.Note, []string{"actors marks", "questions marks"}, []string{"actors", "questions"}},
	} {
		for _, n := range c.want {
			if !has(maps[n], c.b) {
				t.Errorf("%s: no %s key", n, c.name)
			}
		}
		for _, n := range c.dont {
			if has(maps[n], c.b) {
				t.Errorf("%s: has the %s key", n, c.name)
			}
		}
	}
}

// TestComponentsAnswerTheirOwnKeyMap: a key rebound in a component's
// own map is the one it answers (the old key no longer moves it), and
// the footer shows the focused pane's map as it is.
func TestComponentsAnswerTheirOwnKeyMap(t *testing.T) {
	b := fixtures(t)
	x := key.NewBinding(key.WithKeys("x"), key.WithHelp("x", "down"))
	tests := []struct {
		name   string
		open   []string
		rebind func(m *Model)
		pos    func(m Model) int
	}{
		{"list", []string{"1"}, func(m *Model) { m.lists[paneActors].KeyMap.Down = x },
			func(m Model) int { return m.lists[paneActors].cursor }},
		{"source", []string{"4"}, func(m *Model) { m.source.KeyMap.Down = x },
			func(m Model) int { return m.source.offset }},
		{"detail", []string{"a", "2", "enter"}, func(m *Model) { m.detail.KeyMap.Down = x },
			func(m Model) int { off, cur := m.detail.Scroll(); return off*1000 + cur }},
		{"documents", []string{"d"}, func(m *Model) { m.docs.KeyMap.Down = x },
			func(m Model) int { return m.docs.cursor }},
		{"timeline", []string{"T"}, func(m *Model) { m.timeline.KeyMap.Down = x },
			func(m Model) int { return m.timeline.cursor }},
		{"help", []string{"?"}, func(m *Model) { m.guide.KeyMap.Down = x },
			func(m Model) int { return m.guide.vp.YOffset }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := newTestModel(t, b, 80, 24)
			m, _ = press(t, m, tt.open...)
			tt.rebind(&m)
			start := tt.pos(m)
			m, _ = press(t, m, "j")
			if got := tt.pos(m); got != start {
				t.Errorf("j moved the %s (%d → %d) after Down was rebound to x", tt.name, start, got)
			}
			m, _ = press(t, m, "x")
			if got := tt.pos(m); got == start {
				t.Errorf("x did not move the %s (still %d)", tt.name, got)
			}
		})
	}
	// the footer is the focused pane's map as it stands
	m := newTestModel(t, b, 200, 60)
	m, _ = press(t, m, "3")
	m.lists[paneQuestions].KeyMap.Toggle.SetHelp("space", "fold or unfold")
	if footer := ansi.Strip(m.footerView()); !strings.Contains(footer, "space fold or unfold") {
		t.Errorf("footer %q does not show the questions pane's own map", footer)
	}
	m, _ = press(t, m, "?")
	if !helpShows(screen(m), "space", "fold or unfold") {
		t.Errorf("? does not show the questions pane's own map:\n%s", screen(m))
	}
}

// TestDetailsShowTheirOwnKeys: with the details open the footer lists the
// details' keys, and the hint under them is made from their key map.
func TestDetailsShowTheirOwnKeys(t *testing.T) {
	m := newTestModel(t, fixtures(t), 120, 40)
	m, _ = press(t, m, "enter")
	if m.overlay != detailOverlay {
		t.Fatalf("overlay = %v, want the details", m.overlay)
	}
	lines := viewLines(m)
	if footer := strings.Join(lines[len(lines)-2:], "\n"); !strings.Contains(footer, "follow link") {
		t.Errorf("the footer does not show the details' keys:\n%s", footer)
	}
	if !strings.Contains(m.View(), "↑/↓ links · enter follow · esc back") {
		t.Errorf("no hint line under the details:\n%s", m.View())
	}
	m.detail.KeyMap.Back = key.NewBinding(key.WithKeys("x"), key.WithHelp("x", "back"))
	if !strings.Contains(m.View(), "x back") {
		t.Errorf("the hint does not follow a rebound key:\n%s", m.View())
	}
}
