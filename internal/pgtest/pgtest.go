// Package pgtest gives tests a throwaway PostgreSQL database.
//
// The first Start in a test binary runs initdb and starts a server on a free port
// of 127.0.0.1, with fsync off; every Start then creates a fresh database on it, so
// tests are isolated and each costs a CREATE DATABASE rather than a server. The
// server lives until the tests end, so the package's TestMain must run them
// through Main or Wrap, which stop it and delete its files:
//
//	func TestMain(m *testing.M) { pgtest.Main(m) }
//	func TestMain(m *testing.M) { goleak.VerifyTestMain(pgtest.Wrap(m)) }
//
// If the test binary dies first (a panic, a timeout), the kernel sends the server
// SIGQUIT, PostgreSQL's immediate shutdown, and the next test binary to start a
// server removes the temporary directory left behind.
//
// The server's binaries are looked up on PATH, then in /usr/lib/postgresql/*/bin,
// highest version first. Without them Start skips the test, or fails it when the
// CI environment variable is "true". As root, which initdb refuses, the server
// runs as the "postgres" user, or "nobody" where there is none.
package pgtest

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib" // registers "pgx"
)

var (
	managed atomic.Bool  // set by Runner.Run
	dbs     atomic.Int64 // names the databases

	mu       sync.Mutex
	shared   *server
	startErr error // from starting shared; kept so that every Start reports it
)

// Runner runs a package's tests and then stops the server; see Wrap.
type Runner struct{ m *testing.M }

// Wrap returns a Runner for a TestMain that hands the tests to another runner,
// such as goleak.VerifyTestMain, which calls Run.
func Wrap(m *testing.M) Runner { return Runner{m} }

// Main runs the tests, stops the server and exits with the tests' status.
func Main(m *testing.M) { os.Exit(Wrap(m).Run()) }

// Run runs the tests and stops the server, if one was started; a failure to stop
// it fails the run.
func (r Runner) Run() int {
	managed.Store(true)
	code := r.m.Run()
	mu.Lock()
	defer mu.Unlock()
	if shared != nil {
		if err := shared.stop(); err != nil {
			fmt.Fprintln(os.Stderr, err)
			code = max(code, 1)
		}
		shared = nil
	}
	return code
}

// Start returns the connection URL of a new, empty database, which is dropped when
// t ends.
func Start(t testing.TB) string {
	t.Helper()
	if !managed.Load() {
		t.Fatal("pgtest: TestMain must run the tests through pgtest.Main or pgtest.Wrap, which stop the server")
	}
	srv, err := server1()
	if err != nil {
		if errors.Is(err, errNoPostgres) && os.Getenv("CI") != "true" {
			t.Skip(err)
		}
		t.Fatal(err)
	}
	name := fmt.Sprintf("test%d", dbs.Add(1))
	if err := srv.admin("CREATE DATABASE " + name); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		// FORCE ends connections a test left open; the test has finished with them.
		if err := srv.admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"); err != nil {
			t.Error(err)
		}
	})
	return srv.url(name)
}

// server1 starts the shared server the first time it is called.
func server1() (*server, error) {
	mu.Lock()
	defer mu.Unlock()
	if shared == nil && startErr == nil {
		shared, startErr = start()
	}
	return shared, startErr
}

// admin runs a statement in the server's "postgres" database.
func (s *server) admin(stmt string) error {
	db, err := sql.Open("pgx", s.url("postgres"))
	if err != nil {
		return err
	}
	defer db.Close()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	if _, err := db.ExecContext(ctx, stmt); err != nil {
		return fmt.Errorf("pgtest: %s: %w", stmt, err)
	}
	return nil
}
