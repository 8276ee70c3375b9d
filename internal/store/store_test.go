package store

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/briefing-tools/briefing/internal/store/storetest"
)

// backend opens stores on one fresh database of one kind.
type backend struct {
	name string
	// open opens the test's database at a schema version (0: latest).
	open func(t testing.TB, version int) *sqlStore
}

// backends gives each test a fresh database on SQLite and, when
// available, on PostgreSQL: one suite, two backends.
func backends() []backend {
	return []backend{
		{name: "sqlite", open: func(t testing.TB, version int) *sqlStore {
			path := sqlitePath(t)
			s, err := openSQLiteAt(context.Background(), path, Options{}, version)
			if err != nil {
				t.Fatal(err)
			}
			return s
		}},
		{name: "postgres", open: func(t testing.TB, version int) *sqlStore {
			dsn := postgresDSN(t)
			s, err := openPostgresAt(context.Background(), dsn, version)
			if err != nil {
				t.Fatal(err)
			}
			return s
		}},
	}
}

// sqlitePath and postgresDSN name one database per test, so that a
// test's second open reaches the same one.
var testDBs sync.Map

func sqlitePath(t testing.TB) string {
	if p, ok := testDBs.Load(t.Name()); ok {
		return p.(string)
	}
	p := filepath.Join(t.TempDir(), "briefing.db")
	testDBs.Store(t.Name(), p)
	t.Cleanup(func() { testDBs.Delete(t.Name()) })
	return p
}

func postgresDSN(t testing.TB) string {
	if p, ok := testDBs.Load(t.Name()); ok {
		return p.(string)
	}
	dsn := storetest.Postgres(t)
	testDBs.Store(t.Name(), dsn)
	t.Cleanup(func() { testDBs.Delete(t.Name()) })
	return dsn
}

func each(t *testing.T, fn func(t *testing.T, b backend)) {
	for _, b := range backends() {
		t.Run(b.name, func(t *testing.T) { fn(t, b) })
	}
}

func closeAfter(t testing.TB, s Store) {
	t.Cleanup(func() { s.Close() })
}

func TestAppendFillsBeforeAndDerivesState(t *testing.T) {
	each(t, func(t *testing.T, b backend) {
		s := b.open(t, 0)
		closeAfter(t, s)
		ctx := context.Background()
		at := time.Date(2026, 3, 1, 9, 30, 0, 123456000, time.UTC)
		steps := []Event{
			{At: at, Who: "ana", Key: "q/k1", Target: QuestionTarget, Field: StatusField, After: "watching", Label: "Will it sail?"},
			{At: at.Add(time.Minute), Who: "bo", Key: "q/k1", Target: QuestionTarget, Field: StatusField, After: "answered"},
			{At: at.Add(2 * time.Minute), Who: "ana", Key: "q/k1", Target: QuestionTarget, Field: NoteField, After: "line one\nline two"},
			{At: at.Add(3 * time.Minute), Who: "ana", Key: "q/k1", Target: QuestionTarget, Field: NoteField, After: "second note"},
			{At: at.Add(4 * time.Minute), Who: "bo", Key: "a/k2", Target: AssetTarget, Field: FlagField, After: "wrong"},
		}
		wantBefore := []string{"", "watching", "", "", ""}
		for i, e := range steps {
			got, err := s.Append(ctx, e)
			if err != nil {
				t.Fatal(err)
			}
			if got.ID == 0 || got.Before != wantBefore[i] || !got.At.Equal(e.At) {
				t.Errorf("event %d: id %d before %q at %v, want before %q at %v", i, got.ID, got.Before, got.At, wantBefore[i], e.At)
			}
		}
		events, err := s.Events(ctx, 0)
		if err != nil {
			t.Fatal(err)
		}
		if len(events) != len(steps) {
			t.Fatalf("%d events read back, want %d", len(events), len(steps))
		}
		for i, e := range events {
			if e.Who != steps[i].Who || e.After != steps[i].After || e.Field != steps[i].Field || e.Target != steps[i].Target || !e.At.Equal(steps[i].At) || e.Before != wantBefore[i] {
				t.Errorf("event %d read back as %+v", i, e)
			}
		}
		st := Derive(events)
		q := st.Items["q/k1"]
		if q == nil || q.Status.Value != "answered" || q.Status.Who != "bo" || len(q.Notes) != 2 || q.Notes[0].Text != "line one\nline two" || q.Label != "Will it sail?" {
			t.Errorf("derived question state %+v", q)
		}
		if a := st.Items["a/k2"]; a == nil || a.Flag.Value != "wrong" {
			t.Errorf("derived asset state %+v", a)
		}
		if later, _ := s.Events(ctx, events[2].ID); len(later) != 2 {
			t.Errorf("events after id %d: %d, want 2", events[2].ID, len(later))
		}
	})
}

func TestEventsAreAppendOnly(t *testing.T) {
	each(t, func(t *testing.T, b backend) {
		s := b.open(t, 0)
		closeAfter(t, s)
		ctx := context.Background()
		if _, err := s.Append(ctx, Event{Who: "ana", Key: "k", Target: ActorTarget, Field: FlagField, After: "confirmed"}); err != nil {
			t.Fatal(err)
		}
		if _, err := s.db.ExecContext(ctx, `UPDATE events SET after = 'wrong'`); err == nil {
			t.Error("an event was changed in place")
		}
		if _, err := s.db.ExecContext(ctx, `DELETE FROM events`); err == nil {
			t.Error("an event was deleted")
		}
		if events, _ := s.Events(ctx, 0); len(events) != 1 || events[0].After != "confirmed" {
			t.Errorf("events after the attempts: %+v", events)
		}
	})
}

func TestAppendRefusesIncompleteEvents(t *testing.T) {
	each(t, func(t *testing.T, b backend) {
		s := b.open(t, 0)
		closeAfter(t, s)
		for _, e := range []Event{
			{Who: "ana", Target: ActorTarget, Field: FlagField},
			{Key: "k", Target: ActorTarget, Field: FlagField},
			{Who: "ana", Key: "k", Target: "ship", Field: FlagField},
			{Who: "ana", Key: "k", Target: ActorTarget, Field: "colour"},
		} {
			if _, err := s.Append(context.Background(), e); err == nil {
				t.Errorf("%+v was accepted", e)
			}
		}
	})
}

// TestConcurrentWritersLoseNothing: 50 writers on their own store
// handles append to the same item; every event is kept, and read in id
// order each one's Before is the previous one's After.
func TestConcurrentWritersLoseNothing(t *testing.T) {
	each(t, func(t *testing.T, b backend) {
		const writers, each = 50, 10
		first := b.open(t, 0)
		closeAfter(t, first)
		stores := []*sqlStore{first}
		for range 4 {
			s := b.open(t, 0)
			closeAfter(t, s)
			stores = append(stores, s)
		}
		var wg sync.WaitGroup
		errs := make(chan error, writers*each)
		for w := range writers {
			wg.Add(1)
			go func() {
				defer wg.Done()
				s := stores[w%len(stores)]
				for i := range each {
					_, err := s.Append(context.Background(), Event{Who: fmt.Sprintf("w%d", w), Key: "q/shared", Target: QuestionTarget, Field: StatusField, After: fmt.Sprintf("%d/%d", w, i)})
					if err != nil {
						errs <- err
					}
				}
			}()
		}
		wg.Wait()
		close(errs)
		for err := range errs {
			t.Error(err)
		}
		events, err := first.Events(context.Background(), 0)
		if err != nil {
			t.Fatal(err)
		}
		if len(events) != writers*each {
			t.Fatalf("%d events stored, want %d", len(events), writers*each)
		}
		seen := map[string]bool{}
		for i, e := range events {
			seen[e.After] = true
			if i > 0 && e.Before != events[i-1].After {
				t.Errorf("event %d: before %q, but the previous value was %q", e.ID, e.Before, events[i-1].After)
			}
		}
		if len(seen) != writers*each {
			t.Errorf("%d distinct values, want %d", len(seen), writers*each)
		}
		if st := Derive(events); st.Count != writers*each || st.Items["q/shared"].Status.Value != events[len(events)-1].After {
			t.Errorf("derived state: %d events, status %q", st.Count, st.Items["q/shared"].Status.Value)
		}
	})
}

// TestSubscriptionHearsAnotherInstance: two store instances on one
// database, as two serve hosts would have; an append on one reaches a
// subscriber of the other (PostgreSQL: LISTEN/NOTIFY; SQLite: polling
// the shared file).
func TestSubscriptionHearsAnotherInstance(t *testing.T) {
	each(t, func(t *testing.T, b backend) {
		a, other := b.open(t, 0), b.open(t, 0)
		closeAfter(t, a)
		closeAfter(t, other)
		ctx, cancel := context.WithCancel(context.Background())
		defer cancel()
		sub := other.Subscribe(ctx, 0)
		time.Sleep(100 * time.Millisecond) // let the listener connect
		for i := range 5 {
			sent, err := a.Append(ctx, Event{Who: "ana", Key: fmt.Sprintf("k%d", i), Target: ActorTarget, Field: FlagField, After: "disputed"})
			if err != nil {
				t.Fatal(err)
			}
			start := time.Now()
			select {
			case got := <-sub:
				if len(got) != 1 || got[0].ID != sent.ID {
					t.Fatalf("subscriber got %+v, want event %d", got, sent.ID)
				}
				t.Logf("seen by the other instance after %v", time.Since(start))
			case <-time.After(5 * time.Second):
				t.Fatalf("event %d never reached the other instance", sent.ID)
			}
		}
	})
}

func TestSubscriptionEndsWithContext(t *testing.T) {
	each(t, func(t *testing.T, b backend) {
		s := b.open(t, 0)
		closeAfter(t, s)
		ctx, cancel := context.WithCancel(context.Background())
		sub := s.Subscribe(ctx, 0)
		cancel()
		select {
		case _, open := <-sub:
			for open {
				_, open = <-sub
			}
		case <-time.After(5 * time.Second):
			t.Fatal("subscription still open after its context ended")
		}
	})
}

func TestMustExistCreatesNothing(t *testing.T) {
	path := filepath.Join(t.TempDir(), "sub", "briefing.db")
	_, err := Open(context.Background(), path, Options{MustExist: true})
	if !errors.Is(err, ErrNotExist) {
		t.Fatalf("open of a missing store: %v, want ErrNotExist", err)
	}
	if _, err := os.Stat(filepath.Dir(path)); !errors.Is(err, os.ErrNotExist) {
		t.Error("a read-only open created the store's directory")
	}
}

func TestUnreachablePostgresIsAClearError(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	_, err := Open(ctx, "postgres://nobody:secret@127.0.0.1:1/none?connect_timeout=2", Options{})
	if err == nil {
		t.Fatal("opened a store on a closed port")
	}
	if msg := err.Error(); !contains(msg, "cannot reach") || contains(msg, "secret") {
		t.Errorf("error %q: want it to say the database cannot be reached, without the password", msg)
	}
}

func contains(s, sub string) bool { return strings.Contains(s, sub) }

func TestDefaultPathFollowsXDG(t *testing.T) {
	t.Setenv("XDG_DATA_HOME", "/data/x")
	if p, _ := DefaultPath(); p != "/data/x/briefing/briefing.db" {
		t.Errorf("DefaultPath = %q", p)
	}
	t.Setenv("XDG_DATA_HOME", "")
	t.Setenv("HOME", "/home/ana")
	if p, _ := DefaultPath(); p != "/home/ana/.local/share/briefing/briefing.db" {
		t.Errorf("DefaultPath = %q", p)
	}
}

func TestStateIsTheSameInAnyOrder(t *testing.T) {
	at := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	var events []Event
	for i := range 40 {
		f := []Field{StatusField, PriorityField, NoteField, FlagField}[i%4]
		events = append(events, Event{ID: int64(i + 1), At: at.Add(time.Duration(i) * time.Second), Who: "ana", Key: fmt.Sprintf("k%d", i%3), Target: QuestionTarget, Field: f, After: fmt.Sprintf("v%d", i)})
	}
	want := Derive(events)
	reversed := NewState()
	for i := len(events) - 1; i >= 0; i-- {
		reversed.Apply(events[i], events[i]) // twice: counted once
	}
	if reversed.Digest() != want.Digest() || reversed.Count != len(events) {
		t.Errorf("reversed order: %d events\n%s\nwant\n%s", reversed.Count, reversed.Digest(), want.Digest())
	}
	for k, it := range reversed.Items {
		if it.Status != want.Items[k].Status || len(it.Notes) != len(want.Items[k].Notes) || it.Notes[0] != want.Items[k].Notes[0] {
			t.Errorf("%s: %+v, want %+v", k, it, want.Items[k])
		}
	}
}
