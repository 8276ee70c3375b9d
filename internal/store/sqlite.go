package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"time"

	"modernc.org/sqlite" // the pure-Go SQLite driver
	sqlite3 "modernc.org/sqlite/lib"
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
	start := time.Now()
	q := url.Values{}
	q.Add("_pragma", "busy_timeout(10000)")
	q.Add("_pragma", "journal_mode(WAL)")
	q.Add("_pragma", "synchronous(FULL)")
	q.Add("_pragma", "foreign_keys(ON)")
	q.Set("_txlock", "immediate")
	dsn := "file:" + (&url.URL{Path: path}).EscapedPath() + "?" + q.Encode()
	// processes opening a new database together race to switch it to
	// WAL, and SQLite answers the losers "busy" at once, without the
	// busy timeout: they wait and open again
	var db *sql.DB
	for wait := 10 * time.Millisecond; ; wait = min(2*wait, 250*time.Millisecond) {
		var err error
		if db, err = openSQLiteDB(ctx, dsn, version); err == nil {
			break
		}
		if !isBusy(err) || ctx.Err() != nil || time.Since(start) > busyRetry {
			return nil, fmt.Errorf("store %s: %w", path, err)
		}
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("store %s: %w", path, ctx.Err())
		case <-time.After(wait):
		}
	}
	if fi, err := os.Stat(path); err == nil && fi.Mode().Perm()&0o077 != 0 {
		_ = os.Chmod(path, 0o600) // notes are the analyst's, not the machine's
	}
	return newSQLStore(db, sqliteDialect, path), nil
}

// busyRetry is how long an open keeps trying while another process
// holds the database to set it up, as long as the busy timeout.
const busyRetry = 10 * time.Second

// openSQLiteDB opens the pool, checks a connection and migrates.
func openSQLiteDB(ctx context.Context, dsn string, version int) (*sql.DB, error) {
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, err
	}
	db.SetMaxOpenConns(4)
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, err
	}
	if err := migrate(ctx, db, sqliteDialect, version); err != nil {
		db.Close()
		return nil, err
	}
	return db, nil
}

// isBusy reports SQLite's "database is locked" (SQLITE_BUSY, with any
// extended code).
func isBusy(err error) bool {
	var se *sqlite.Error
	return errors.As(err, &se) && se.Code()&0xff == sqlite3.SQLITE_BUSY
}
