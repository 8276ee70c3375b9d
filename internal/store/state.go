package store

import (
	"fmt"
	"sort"
	"strings"
	"time"
)

// Mark is the current value of one field with who set it and when.
type Mark struct {
	ID    int64 // the event that set it
	Value string
	Who   string
	At    time.Time
}

// Note is one note on an item.
type Note struct {
	ID   int64
	Text string
	Who  string
	At   time.Time
}

// ItemState is the current state of one item key, derived from its
// events.
type ItemState struct {
	Key      string
	Target   Target
	Label    string
	Status   Mark
	Priority Mark
	Flag     Mark
	Notes    []Note
	Last     time.Time // time of its latest event
	labelID  int64
}

// Empty tells whether the item carries nothing.
func (s *ItemState) Empty() bool {
	return s.Status.Value == "" && s.Priority.Value == "" && s.Flag.Value == "" && len(s.Notes) == 0
}

// State is the current state of every key, derived from events.
type State struct {
	Items  map[string]*ItemState
	LastID int64 // the highest event id applied
	Count  int   // events applied
	seen   map[int64]bool
}

// NewState returns an empty state.
func NewState() *State { return &State{Items: map[string]*ItemState{}, seen: map[int64]bool{}} }

// Derive builds the state of a list of events.
func Derive(events []Event) *State {
	s := NewState()
	s.Apply(events...)
	return s
}

// Apply adds events to the state in any order: an event already applied
// is ignored (a subscription may overlap a load), and a field keeps the
// value of its highest event id, so events that arrive out of order
// (one goroutine per session and message) give the same state.
func (s *State) Apply(events ...Event) {
	for _, e := range events {
		if e.ID != 0 {
			if s.seen[e.ID] {
				continue
			}
			s.seen[e.ID] = true
		}
		s.LastID = max(s.LastID, e.ID)
		s.Count++
		it := s.Items[e.Key]
		if it == nil {
			it = &ItemState{Key: e.Key, Target: e.Target}
			s.Items[e.Key] = it
		}
		if e.Label != "" && e.ID >= it.labelID {
			it.Label, it.labelID = e.Label, e.ID
		}
		if e.At.After(it.Last) {
			it.Last = e.At
		}
		m := Mark{ID: e.ID, Value: e.After, Who: e.Who, At: e.At}
		set := func(f *Mark) {
			if f.Value == "" || e.ID >= f.ID {
				*f = m
			}
		}
		switch e.Field {
		case StatusField:
			set(&it.Status)
		case PriorityField:
			set(&it.Priority)
		case FlagField:
			set(&it.Flag)
		case NoteField:
			n := Note{ID: e.ID, Text: e.After, Who: e.Who, At: e.At}
			i := sort.Search(len(it.Notes), func(i int) bool { return it.Notes[i].ID > e.ID })
			it.Notes = append(it.Notes, Note{})
			copy(it.Notes[i+1:], it.Notes[i:])
			it.Notes[i] = n
		}
	}
}

// Keys returns the keys in sorted order.
func (s *State) Keys() []string {
	keys := make([]string, 0, len(s.Items))
	for k := range s.Items {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// Digest sums up the state in one line per key, sorted, so that two
// states derived from the same events compare equal.
func (s *State) Digest() string {
	var b strings.Builder
	for _, k := range s.Keys() {
		it := s.Items[k]
		fmt.Fprintf(&b, "%s status=%s priority=%s flag=%s notes=%d\n", k, it.Status.Value, it.Priority.Value, it.Flag.Value, len(it.Notes))
	}
	return b.String()
}
