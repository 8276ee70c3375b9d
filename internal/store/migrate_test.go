package store

import (
	"context"
	"testing"

	"github.com/briefing-tools/briefing/internal/store/storetest"
)

// TestMigratesFromEveryEarlierVersion: a database left at each earlier
// schema version, holding events written the way that version wrote
// them, opens at the latest version with every event intact.
func TestMigratesFromEveryEarlierVersion(t *testing.T) {
	steps, err := migrations("sqlite")
	if err != nil {
		t.Fatal(err)
	}
	if pg, err := migrations("postgres"); err != nil || len(pg) != len(steps) {
		t.Fatalf("postgres has %d migrations (%v), sqlite %d: the backends must share a schema", len(pg), err, len(steps))
	}
	latest := len(steps)
	if latest < 2 {
		t.Fatal("fewer than two schema versions: nothing to migrate from")
	}
	each(t, func(t *testing.T, b backend) {
		for from := 1; from < latest; from++ {
			t.Run(steps[from-1].name, func(t *testing.T) {
				ctx := context.Background()
				old := b.open(t, from)
				if v, err := schemaVersion(ctx, old.db); err != nil || v != from {
					t.Fatalf("opened at version %d, got %d (%v)", from, v, err)
				}
				a := old.d.arg
				insert := `INSERT INTO events (at, who, key, target, field, before, after) VALUES (` +
					a(1) + `, ` + a(2) + `, ` + a(3) + `, ` + a(4) + `, ` + a(5) + `, ` + a(6) + `, ` + a(7) + `)`
				rows := [][]any{
					{int64(1_700_000_000_000_000), "ana", "q/one", "question", "status", "", "watching"},
					{int64(1_700_000_060_000_000), "bo", "q/one", "question", "status", "watching", "answered"},
					{int64(1_700_000_120_000_000), "ana", "a/two", "asset", "note", "", "seen in port"},
				}
				for _, r := range rows {
					if _, err := old.db.ExecContext(ctx, insert, r...); err != nil {
						t.Fatal(err)
					}
				}
				old.Close()

				s := b.open(t, 0)
				defer s.Close()
				if v, err := schemaVersion(ctx, s.db); err != nil || v != latest {
					t.Fatalf("after migrating: version %d (%v), want %d", v, err, latest)
				}
				events, err := s.Events(ctx, 0)
				if err != nil {
					t.Fatal(err)
				}
				if len(events) != len(rows) {
					t.Fatalf("%d events after migrating, want %d", len(events), len(rows))
				}
				for i, e := range events {
					if e.Who != rows[i][1] || e.Key != rows[i][2] || e.After != rows[i][6] || e.At.UnixMicro() != rows[i][0] {
						t.Errorf("event %d after migrating: %+v", i, e)
					}
				}
				next, err := s.Append(ctx, Event{Who: "cy", Key: "q/one", Target: QuestionTarget, Field: StatusField, After: "dismissed", Label: "Will it?"})
				if err != nil || next.Before != "answered" {
					t.Fatalf("append after migrating: before %q, %v", next.Before, err)
				}
				if _, err := s.db.ExecContext(ctx, `DELETE FROM events`); err == nil {
					t.Error("the migrated store lets events be deleted")
				}
				// opening again changes nothing
				s.Close()
				again := b.open(t, 0)
				defer again.Close()
				if events, _ := again.Events(ctx, 0); len(events) != len(rows)+1 || events[len(rows)].Label != "Will it?" {
					t.Errorf("reopened: %+v", events)
				}
			})
		}
	})
}

// TestConcurrentOpensMigrateOnce: several processes (serve hosts, a
// mark from the shell) opening a new database at once all succeed.
func TestConcurrentOpensMigrateOnce(t *testing.T) {
	each(t, func(t *testing.T, b backend) {
		first := b.open(t, 0) // names the database; the others race on a fresh one below
		first.Close()
		var open func() (*sqlStore, error)
		switch b.name {
		case "sqlite":
			path := sqlitePath(t) + ".fresh"
			open = func() (*sqlStore, error) { return openSQLiteAt(context.Background(), path, Options{}, 0) }
		default:
			dsn := storetest.Postgres(t)
			open = func() (*sqlStore, error) { return openPostgresAt(context.Background(), dsn, 0) }
		}
		errs := make(chan error, 6)
		for range 6 {
			go func() {
				s, err := open()
				if err == nil {
					s.Close()
				}
				errs <- err
			}()
		}
		for range 6 {
			if err := <-errs; err != nil {
				t.Error(err)
			}
		}
	})
}
