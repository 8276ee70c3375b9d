package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"

	_ "modernc.org/sqlite" // the pure-Go SQLite driver
)

var sqliteDialect = dialect{name: "sqlite", arg: func(int) string { return "?" }}

// openSQLite opens (creating unless opts.MustExist) the database file at
// path: WAL journal, a busy timeout so writers from several processes
// wait instead of failing, full sync so a committed mark survives a
// crash, and immediate transactions so a writer takes the lock before
// it reads the value it replaces.
func openSQLite(ctx context.Context, path string, opts Options) (Store, error) {
	return openSQLiteAt(ctx, path, opts, 0)
}

func openSQLiteAt(ctx context.Context, path string, opts Options, version int) (*sqlStore, error) {
	if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
		if opts.MustExist {
			return nil, fmt.Errorf("store %s: %w", path, ErrNotExist)
		}
		if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
			return nil, fmt.Errorf("store %s: %w", path, err)
		}
	}
	q := url.Values{}
	q.Add("_pragma", "busy_timeout(10000)")
	q.Add("_pragma", "journal_mode(WAL)")
	q.Add("_pragma", "synchronous(FULL)")
	q.Add("_pragma", "foreign_keys(ON)")
	q.Set("_txlock", "immediate")
	db, err := sql.Open("sqlite", "file:"+(&url.URL{Path: path}).EscapedPath()+"?"+q.Encode())
	if err != nil {
		return nil, fmt.Errorf("store %s: %w", path, err)
	}
	db.SetMaxOpenConns(4)
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("store %s: %w", path, err)
	}
	if err := migrate(ctx, db, sqliteDialect, version); err != nil {
		db.Close()
		return nil, fmt.Errorf("store %s: %w", path, err)
	}
	if fi, err := os.Stat(path); err == nil && fi.Mode().Perm()&0o077 != 0 {
		_ = os.Chmod(path, 0o600) // notes are the analyst's, not the machine's
	}
	return newSQLStore(db, sqliteDialect, path), nil
}
