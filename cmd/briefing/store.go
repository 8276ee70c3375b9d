package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/user"
	"sync"
	"time"

	"github.com/briefing-tools/briefing/internal/briefing"
	"github.com/briefing-tools/briefing/internal/marks"
	"github.com/briefing-tools/briefing/internal/store"
)

// openTimeout bounds reaching a store (a PostgreSQL server may be away).
const openTimeout = 15 * time.Second

// openStore opens the --store (default: the data directory). With
// mustExist a missing store is store.ErrNotExist and nothing is
// created: read-only commands use it.
func openStore(spec string, mustExist bool) (store.Store, error) {
	ctx, cancel := context.WithTimeout(context.Background(), openTimeout)
	defer cancel()
	return store.Open(ctx, spec, store.Options{MustExist: mustExist})
}

// readStore opens the store for reading: a missing default store is
// simply no marks, but a missing store named with --store is an error.
func readStore(spec string) (store.Store, error) {
	s, err := openStore(spec, true)
	if errors.Is(err, store.ErrNotExist) && spec == "" {
		return nil, nil
	}
	return s, err
}

// withMarks adds the store's marks and notes to b for the export.
func withMarks(b *briefing.Briefing, spec string) error {
	s, err := readStore(spec)
	if err != nil || s == nil {
		return err
	}
	defer s.Close()
	events, err := s.Events(context.Background(), 0)
	if err != nil || len(events) == 0 {
		return err // no marks: no need to key the items
	}
	b.Marks, b.Notes = marks.NewIndex(b).Attach(store.Derive(events)).Export()
	return nil
}

// localIdentity is who marks are made by on this machine: the OS user.
func localIdentity() string {
	if u, err := user.Current(); err == nil && u.Username != "" {
		return u.Username
	}
	if name := os.Getenv("USER"); name != "" {
		return name
	}
	return fmt.Sprintf("uid %d", os.Getuid())
}

// lazyStore is the dashboard's store: opened at start when it exists,
// created only by the first mark, so looking at documents never leaves
// a database behind.
type lazyStore struct {
	spec   string
	mu     sync.Mutex
	s      store.Store
	opened chan struct{}
}

func newLazyStore(spec string) (*lazyStore, error) {
	l := &lazyStore{spec: spec, opened: make(chan struct{})}
	s, err := openStore(spec, true)
	switch {
	case err == nil:
		l.s = s
		close(l.opened)
	case !errors.Is(err, store.ErrNotExist):
		return nil, err
	}
	return l, nil
}

func (l *lazyStore) Append(ctx context.Context, e store.Event) (store.Event, error) {
	s, err := l.open(false)
	if err != nil {
		return store.Event{}, err
	}
	return s.Append(ctx, e)
}

// open returns the store, opening it if it exists (or, unless
// mustExist, creating it).
func (l *lazyStore) open(mustExist bool) (store.Store, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.s == nil {
		s, err := openStore(l.spec, mustExist)
		if err != nil {
			return nil, err
		}
		l.s = s
		close(l.opened)
	}
	return l.s, nil
}

// Subscribe follows the store once it exists: made by a first mark
// here, or by another process (briefing mark, another dashboard).
func (l *lazyStore) Subscribe(ctx context.Context) <-chan []store.Event {
	out := make(chan []store.Event)
	go func() {
		defer close(out)
		tick := time.NewTicker(time.Second)
		defer tick.Stop()
	wait:
		for {
			select {
			case <-l.opened:
				break wait
			case <-ctx.Done():
				return
			case <-tick.C:
				_, _ = l.open(true) // closes l.opened once the store is there
			}
		}
		l.mu.Lock()
		s := l.s
		l.mu.Unlock()
		for batch := range s.Subscribe(ctx, 0) {
			select {
			case out <- batch:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

func (l *lazyStore) Close() error {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.s != nil {
		return l.s.Close()
	}
	return nil
}

// storeName is the store a spec names, for messages.
func storeName(spec string) string {
	if spec != "" {
		return spec
	}
	if p, err := store.DefaultPath(); err == nil {
		return p
	}
	return "the data directory"
}
