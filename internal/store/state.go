package store

import (
	"sort"
	"time"
)

// Mark is the current value of one field with who set it and when.
type Mark struct {
	Value string
	Who   string
	At    time.Time
}

// Note is one note on an item.
type Note struct {
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
}

// Empty tells whether the item carries nothing.
func (s *ItemState) Empty() bool {
	return s.Status.Value == "" && s.Priority.Value == "" && s.Flag.Value == "" && len(s.Notes) == 0
}

// State is the current state of every key, derived from events in order.
type State struct {
	Items  map[string]*ItemState
	LastID int64 // the latest event applied
	Count  int   // events applied
}

// NewState returns an empty state.
func NewState() *State { return &State{Items: map[string]*ItemState{}} }

// Derive builds the state of a list of events.
func Derive(events []Event) *State {
	s := NewState()
	s.Apply(events...)
	return s
}

// Apply adds events to the state; events already applied (an ID not
// above LastID) are ignored, so a subscription may overlap a load.
func (s *State) Apply(events ...Event) {
	for _, e := range events {
		if e.ID != 0 && e.ID <= s.LastID {
			continue
		}
		s.LastID = max(s.LastID, e.ID)
		s.Count++
		it := s.Items[e.Key]
		if it == nil {
			it = &ItemState{Key: e.Key, Target: e.Target}
			s.Items[e.Key] = it
		}
		if e.Label != "" {
			it.Label = e.Label
		}
		it.Last = e.At
		m := Mark{Value: e.After, Who: e.Who, At: e.At}
		switch e.Field {
		case StatusField:
			it.Status = m
		case PriorityField:
			it.Priority = m
		case FlagField:
			it.Flag = m
		case NoteField:
			it.Notes = append(it.Notes, Note{Text: e.After, Who: e.Who, At: e.At})
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
