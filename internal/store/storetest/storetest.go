// Package storetest gives tests a fresh PostgreSQL database. Like
// net/http/httptest, it is meant for tests only.
package storetest

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"net/url"
	"os"
	"testing"

	_ "github.com/jackc/pgx/v5/stdlib" // the pgx database/sql driver
)

// EnvPostgres names the variable holding the DSN of a PostgreSQL server
// the tests may create databases on (.ci/run starts one and sets it).
const EnvPostgres = "BRIEFING_TEST_POSTGRES"

// Postgres returns the DSN of a new, empty database, dropped when the
// test ends. Without EnvPostgres the test is skipped, but under CI (CI
// set) it fails: there the PostgreSQL tests must run.
func Postgres(t testing.TB) string {
	t.Helper()
	admin := os.Getenv(EnvPostgres)
	if admin == "" {
		if os.Getenv("CI") != "" {
			t.Fatalf("%s is not set: .ci/run must start PostgreSQL for the store tests", EnvPostgres)
		}
		t.Skipf("PostgreSQL tests skipped: set %s to a server's DSN to run them", EnvPostgres)
	}
	u, err := url.Parse(admin)
	if err != nil {
		t.Fatalf("%s: %v", EnvPostgres, err)
	}
	db, err := sql.Open("pgx", admin)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var b [6]byte
	_, _ = rand.Read(b[:])
	name := "briefing_test_" + hex.EncodeToString(b[:])
	if _, err := db.ExecContext(context.Background(), "CREATE DATABASE "+name); err != nil {
		t.Fatalf("create test database: %v", err)
	}
	t.Cleanup(func() {
		db, err := sql.Open("pgx", admin)
		if err != nil {
			return
		}
		defer db.Close()
		_, _ = db.ExecContext(context.Background(), "DROP DATABASE IF EXISTS "+name+" WITH (FORCE)")
	})
	u.Path = "/" + name
	return u.String()
}
