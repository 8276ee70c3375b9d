package store

import (
	"context"
	"database/sql"
	"fmt"
	"sync"
	"time"
)

// sqlStore is the part both backends share: the same table, the same
// statements, written in each one's placeholders.
type sqlStore struct {
	db      *sql.DB
	d       dialect
	where   string
	appendQ string
	latestQ string
	eventsQ string
	// notify is sent after each append; lock is taken first in the
	// append transaction (PostgreSQL) so two writers to one key read
	// each other's value as "before".
	notify func(ctx context.Context, tx *sql.Tx, id int64) error
	lock   func(ctx context.Context, tx *sql.Tx, key string) error

	mu      sync.Mutex
	changed chan struct{} // closed and replaced on every local append
	// poll is how often a subscriber looks for events appended by
	// other processes that sent no wake-up.
	poll   time.Duration
	wakeup func(ctx context.Context) <-chan struct{} // remote wake-ups, may be nil
	closed chan struct{}
}

func newSQLStore(db *sql.DB, d dialect, where string) *sqlStore {
	a := d.arg
	return &sqlStore{
		db: db, d: d, where: where,
		appendQ: `INSERT INTO events (at, who, key, target, field, before, after, label) VALUES (` +
			a(1) + `, ` + a(2) + `, ` + a(3) + `, ` + a(4) + `, ` + a(5) + `, ` + a(6) + `, ` + a(7) + `, ` + a(8) + `) RETURNING id`,
		latestQ: `SELECT after FROM events WHERE key = ` + a(1) + ` AND field = ` + a(2) + ` ORDER BY id DESC LIMIT 1`,
		eventsQ: `SELECT id, at, who, key, target, field, before, after, label FROM events WHERE id > ` + a(1) + ` ORDER BY id`,
		changed: make(chan struct{}),
		closed:  make(chan struct{}),
		poll:    250 * time.Millisecond,
	}
}

func (s *sqlStore) Where() string { return s.where }

func (s *sqlStore) Append(ctx context.Context, e Event) (Event, error) {
	if err := check(e); err != nil {
		return Event{}, err
	}
	if e.At.IsZero() {
		e.At = time.Now()
	}
	e.At = fromMicros(micros(e.At))
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return Event{}, fmt.Errorf("store %s: %w", s.where, err)
	}
	defer tx.Rollback()
	if s.lock != nil {
		if err := s.lock(ctx, tx, e.Key); err != nil {
			return Event{}, fmt.Errorf("store %s: %w", s.where, err)
		}
	}
	e.Before = ""
	if e.Field != NoteField {
		err := tx.QueryRowContext(ctx, s.latestQ, e.Key, string(e.Field)).Scan(&e.Before)
		if err != nil && err != sql.ErrNoRows {
			return Event{}, fmt.Errorf("store %s: %w", s.where, err)
		}
	}
	err = tx.QueryRowContext(ctx, s.appendQ, micros(e.At), e.Who, e.Key, string(e.Target), string(e.Field), e.Before, e.After, e.Label).Scan(&e.ID)
	if err != nil {
		return Event{}, fmt.Errorf("store %s: %w", s.where, err)
	}
	if s.notify != nil {
		if err := s.notify(ctx, tx, e.ID); err != nil {
			return Event{}, fmt.Errorf("store %s: %w", s.where, err)
		}
	}
	if err := tx.Commit(); err != nil {
		return Event{}, fmt.Errorf("store %s: %w", s.where, err)
	}
	s.mu.Lock()
	close(s.changed)
	s.changed = make(chan struct{})
	s.mu.Unlock()
	return e, nil
}

func (s *sqlStore) Events(ctx context.Context, after int64) ([]Event, error) {
	rows, err := s.db.QueryContext(ctx, s.eventsQ, after)
	if err != nil {
		return nil, fmt.Errorf("store %s: %w", s.where, err)
	}
	defer rows.Close()
	var out []Event
	for rows.Next() {
		var e Event
		var at int64
		var target, field string
		if err := rows.Scan(&e.ID, &at, &e.Who, &e.Key, &target, &field, &e.Before, &e.After, &e.Label); err != nil {
			return nil, fmt.Errorf("store %s: %w", s.where, err)
		}
		e.At, e.Target, e.Field = fromMicros(at), Target(target), Field(field)
		out = append(out, e)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store %s: %w", s.where, err)
	}
	return out, nil
}

// Subscribe wakes on a local append, a remote wake-up or the poll
// interval, and sends whatever is new since the last batch.
func (s *sqlStore) Subscribe(ctx context.Context, after int64) <-chan []Event {
	out := make(chan []Event, 16)
	var remote <-chan struct{}
	if s.wakeup != nil {
		remote = s.wakeup(ctx)
	}
	go func() {
		defer close(out)
		tick := time.NewTicker(s.poll)
		defer tick.Stop()
		for {
			s.mu.Lock()
			changed := s.changed
			s.mu.Unlock()
			events, err := s.Events(ctx, after)
			if err == nil && len(events) > 0 {
				after = events[len(events)-1].ID
				select {
				case out <- events:
				case <-ctx.Done():
					return
				case <-s.closed:
					return
				}
			}
			select {
			case <-ctx.Done():
				return
			case <-s.closed:
				return
			case <-changed:
			case <-remote:
			case <-tick.C:
			}
		}
	}()
	return out
}

func (s *sqlStore) Close() error {
	s.mu.Lock()
	select {
	case <-s.closed:
	default:
		close(s.closed)
	}
	s.mu.Unlock()
	return s.db.Close()
}
