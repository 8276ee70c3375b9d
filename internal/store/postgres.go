package store

import (
	"context"
	"database/sql"
	"fmt"
	"net/url"
	"strconv"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/stdlib"
)

// notifyChannel carries the id of each new event between PostgreSQL
// clients, so every serve host hears of a mark made on another.
const notifyChannel = "briefing_events"

var postgresDialect = dialect{
	name: "postgres",
	lock: `SELECT pg_advisory_xact_lock(7362189)`,
	arg:  func(n int) string { return "$" + strconv.Itoa(n) },
}

func openPostgres(ctx context.Context, dsn string) (Store, error) {
	return openPostgresAt(ctx, dsn, 0)
}

func openPostgresAt(ctx context.Context, dsn string, version int) (*sqlStore, error) {
	where := redact(dsn)
	cfg, err := pgx.ParseConfig(dsn)
	if err != nil {
		return nil, fmt.Errorf("store %s: %w", where, err)
	}
	if cfg.ConnectTimeout == 0 {
		cfg.ConnectTimeout = 5 * time.Second
	}
	db := stdlib.OpenDB(*cfg)
	db.SetMaxOpenConns(16)
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("store %s: cannot reach the database: %w", where, err)
	}
	if err := migrate(ctx, db, postgresDialect, version); err != nil {
		db.Close()
		return nil, fmt.Errorf("store %s: %w", where, err)
	}
	s := newSQLStore(db, postgresDialect, where)
	s.lock = func(ctx context.Context, tx *sql.Tx, _ string) error {
		// one writer at a time: ids then commit in order, so a
		// subscriber that has read id n never later meets an n-1
		_, err := tx.ExecContext(ctx, `SELECT pg_advisory_xact_lock(7362189, 1)`)
		return err
	}
	s.notify = func(ctx context.Context, tx *sql.Tx, id int64) error {
		// delivered at commit, to every listening connection
		_, err := tx.ExecContext(ctx, `SELECT pg_notify($1, $2)`, notifyChannel, strconv.FormatInt(id, 10))
		return err
	}
	s.poll = 2 * time.Second // a safety net: notifications do the work
	s.wakeup = func(ctx context.Context) <-chan struct{} { return listen(ctx, cfg, s.closed) }
	return s, nil
}

// listen holds one connection LISTENing on notifyChannel and signals on
// the returned channel for each notification; it reconnects after an
// error until ctx ends or the store closes.
func listen(ctx context.Context, cfg *pgx.ConnConfig, closed <-chan struct{}) <-chan struct{} {
	wake := make(chan struct{}, 1)
	ctx, cancel := context.WithCancel(ctx)
	go func() {
		select {
		case <-closed:
		case <-ctx.Done():
		}
		cancel()
	}()
	go func() {
		for ctx.Err() == nil {
			conn, err := pgx.ConnectConfig(ctx, cfg)
			if err == nil {
				_, err = conn.Exec(ctx, "LISTEN "+notifyChannel)
				// events appended while we were away are found by the
				// subscriber's next read
				signal(wake)
				for err == nil {
					_, err = conn.WaitForNotification(ctx)
					if err == nil {
						signal(wake)
					}
				}
				conn.Close(context.Background())
			}
			select {
			case <-ctx.Done():
			case <-time.After(time.Second):
			}
		}
	}()
	return wake
}

func signal(c chan struct{}) {
	select {
	case c <- struct{}{}:
	default:
	}
}

// redact drops the password from a DSN shown in messages.
func redact(dsn string) string {
	u, err := url.Parse(dsn)
	if err != nil {
		return "postgres://…"
	}
	if _, has := u.User.Password(); has {
		u.User = url.UserPassword(u.User.Username(), "xxx")
	}
	return u.String()
}
