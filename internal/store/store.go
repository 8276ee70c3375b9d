// Package store keeps the analyst's work — question statuses and
// priorities, item flags and notes — as append-only events. The current
// state is derived from the events; nothing is overwritten. Two backends
// share one interface and one schema: SQLite embedded (the default) and
// PostgreSQL for several serve hosts, which hear each other's events
// through LISTEN/NOTIFY.
package store

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// Target is the kind of item an event is about.
type Target string

const (
	ActorTarget    Target = "actor"
	AssetTarget    Target = "asset"
	QuestionTarget Target = "question"
	DocumentTarget Target = "document"
)

// Field is what an event changes.
type Field string

const (
	StatusField   Field = "status"   // a question's status
	PriorityField Field = "priority" // a question's priority
	FlagField     Field = "flag"     // an actor's or asset's flag
	NoteField     Field = "note"     // a note on any item; notes add up
)

// Event is one change made by one person at one time. Before is the
// value the field had for that key when the event was appended (empty
// for notes, which never replace each other).
type Event struct {
	ID     int64
	At     time.Time
	Who    string
	Key    string
	Target Target
	Field  Field
	Before string
	After  string
	// Label is the item's name when it was marked, so that a mark whose
	// item is no longer extracted can still be listed legibly.
	Label string
}

// Store is where events are kept. Implementations are safe for
// concurrent use.
type Store interface {
	// Append records e (its ID, At and Before are filled in by the
	// store) and returns it as stored.
	Append(ctx context.Context, e Event) (Event, error)
	// Events returns the events with an ID above after, oldest first.
	Events(ctx context.Context, after int64) ([]Event, error)
	// Subscribe delivers, in order, every event appended after the
	// given ID, by this or any other process, until ctx ends.
	Subscribe(ctx context.Context, after int64) <-chan []Event
	// Where names the store for messages (a path or a DSN without its
	// password).
	Where() string
	Close() error
}

// ErrNotExist is returned by Open with MustExist when there is no store.
var ErrNotExist = errors.New("no store yet")

// Options configure Open.
type Options struct {
	// MustExist refuses to create a store: read-only commands use it.
	MustExist bool
}

// Open opens the store named by spec: a postgres:// or postgresql://
// URL, or a SQLite file path; empty means DefaultPath.
func Open(ctx context.Context, spec string, opts Options) (Store, error) {
	if IsPostgres(spec) {
		return openPostgres(ctx, spec)
	}
	if spec == "" {
		p, err := DefaultPath()
		if err != nil {
			return nil, err
		}
		spec = p
	}
	return openSQLite(ctx, spec, opts)
}

// IsPostgres tells whether spec names a PostgreSQL database.
func IsPostgres(spec string) bool {
	return strings.HasPrefix(spec, "postgres://") || strings.HasPrefix(spec, "postgresql://")
}

// DefaultPath is the store in the platform data directory:
// $XDG_DATA_HOME/briefing/briefing.db, else ~/.local/share/briefing.
func DefaultPath() (string, error) {
	if d := os.Getenv("XDG_DATA_HOME"); d != "" && filepath.IsAbs(d) {
		return filepath.Join(d, "briefing", "briefing.db"), nil
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return "", fmt.Errorf("no data directory for the store (%v): give --store PATH", err)
	}
	return filepath.Join(home, ".local", "share", "briefing", "briefing.db"), nil
}

// check refuses an event the store must not keep.
func check(e Event) error {
	if e.Key == "" {
		return errors.New("event without an item key")
	}
	if e.Who == "" {
		return errors.New("event without an author")
	}
	switch e.Target {
	case ActorTarget, AssetTarget, QuestionTarget, DocumentTarget:
	default:
		return fmt.Errorf("unknown target %q", e.Target)
	}
	switch e.Field {
	case StatusField, PriorityField, FlagField, NoteField:
	default:
		return fmt.Errorf("unknown field %q", e.Field)
	}
	return nil
}

// micros is how times are kept in both backends: microseconds since
// the epoch, UTC, so both read back the same instant.
func micros(t time.Time) int64 { return t.UnixMicro() }

func fromMicros(us int64) time.Time { return time.UnixMicro(us).UTC() }
