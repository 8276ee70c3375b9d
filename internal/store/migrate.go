package store

import (
	"context"
	"database/sql"
	"embed"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strconv"
	"strings"
)

//go:embed migrations
var migrationFiles embed.FS

// migration is one versioned step of the schema, NNN_name.sql.
type migration struct {
	version int
	name    string
	sql     string
}

// migrations returns a backend's steps in order ("sqlite", "postgres").
func migrations(backend string) ([]migration, error) {
	dir := path.Join("migrations", backend)
	entries, err := fs.ReadDir(migrationFiles, dir)
	if err != nil {
		return nil, err
	}
	var out []migration
	for _, e := range entries {
		num, name, ok := strings.Cut(strings.TrimSuffix(e.Name(), ".sql"), "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil {
			return nil, fmt.Errorf("migration %s: name it NNN_what.sql", e.Name())
		}
		text, err := fs.ReadFile(migrationFiles, path.Join(dir, e.Name()))
		if err != nil {
			return nil, err
		}
		out = append(out, migration{version: v, name: name, sql: string(text)})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].version < out[j].version })
	for i, m := range out {
		if m.version != i+1 {
			return nil, fmt.Errorf("migrations of %s: version %d missing", backend, i+1)
		}
	}
	return out, nil
}

// dialect is what differs between the backends' SQL.
type dialect struct {
	name string
	// lock runs first in a migration transaction so that two processes
	// opening one database migrate it once.
	lock string
	arg  func(n int) string // the n-th placeholder, from 1
}

// migrate brings db up to version upTo (0: the latest), each step in
// its own transaction together with its version row.
func migrate(ctx context.Context, db *sql.DB, d dialect, upTo int) error {
	steps, err := migrations(d.name)
	if err != nil {
		return err
	}
	if upTo == 0 {
		upTo = len(steps)
	}
	if err := createVersionTable(ctx, db, d); err != nil {
		return fmt.Errorf("schema versions: %w", err)
	}
	for _, m := range steps[:upTo] {
		if err := migrateStep(ctx, db, d, m); err != nil {
			return fmt.Errorf("schema version %d (%s): %w", m.version, m.name, err)
		}
	}
	var newest int
	if err := db.QueryRowContext(ctx, `SELECT COALESCE(MAX(version), 0) FROM schema_migrations`).Scan(&newest); err != nil {
		return err
	}
	if newest > len(steps) {
		return fmt.Errorf("the store has schema version %d, newer than this program knows (%d): upgrade briefing", newest, len(steps))
	}
	return nil
}

// createVersionTable makes the table of applied versions, under the
// migration lock: PostgreSQL's CREATE TABLE IF NOT EXISTS is not safe
// when two serve hosts start at once on a new database.
func createVersionTable(ctx context.Context, db *sql.DB, d dialect) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if d.lock != "" {
		if _, err := tx.ExecContext(ctx, d.lock); err != nil {
			return err
		}
	}
	if _, err := tx.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL)`); err != nil {
		return err
	}
	return tx.Commit()
}

func migrateStep(ctx context.Context, db *sql.DB, d dialect, m migration) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if d.lock != "" {
		if _, err := tx.ExecContext(ctx, d.lock); err != nil {
			return err
		}
	}
	var done int
	if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM schema_migrations WHERE version = `+d.arg(1), m.version).Scan(&done); err != nil {
		return err
	}
	if done > 0 {
		return nil
	}
	if _, err := tx.ExecContext(ctx, m.sql); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO schema_migrations (version, name) VALUES (`+d.arg(1)+`, `+d.arg(2)+`)`, m.version, m.name); err != nil {
		return err
	}
	return tx.Commit()
}

// schemaVersion is the newest version applied.
func schemaVersion(ctx context.Context, db *sql.DB) (int, error) {
	var v int
	err := db.QueryRowContext(ctx, `SELECT COALESCE(MAX(version), 0) FROM schema_migrations`).Scan(&v)
	return v, err
}
