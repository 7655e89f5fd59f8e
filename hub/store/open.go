package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib" // registers "pgx"
	_ "modernc.org/sqlite"             // registers "sqlite"
)

// Open opens the store at url and brings its schema up to date:
//
//   - "postgres://…" or "postgresql://…": a PostgreSQL database (a pgx connection URL);
//   - "sqlite:/path/hub.db", "file:/path/hub.db" or a plain path: a SQLite file,
//     created with mode 0600, and its directory, if missing.
func Open(ctx context.Context, url string) (Store, error) {
	switch {
	case strings.HasPrefix(url, "postgres://"), strings.HasPrefix(url, "postgresql://"):
		return openPostgres(ctx, url)
	case url == "":
		return nil, errors.New("store: open: empty URL")
	}
	path := url
	for _, p := range []string{"sqlite://", "sqlite:", "file://", "file:"} {
		if strings.HasPrefix(path, p) {
			path = strings.TrimPrefix(path, p)
			break
		}
	}
	if scheme, _, ok := strings.Cut(url, "://"); ok && path == url {
		return nil, fmt.Errorf("store: open %s: unknown scheme %q (want sqlite: or postgres://)", url, scheme)
	}
	return openSQLite(ctx, path)
}

var _ Store = (*db)(nil)

// db is the Store of both backends. SQLite gets two pools, a single writer and
// several readers; PostgreSQL uses one pool for both.
type db struct {
	d  dialect
	rd *sql.DB // reads
	wr *sql.DB // writes, and reads that must see them inside a transaction
	// now is the clock; tests move it to age likes.
	now func() time.Time
}

// openSQLite opens path with one writer connection. All writes of this process
// queue for it in database/sql rather than in SQLite's busy handler, which sleeps
// and retries and, under many concurrent writers, fails with SQLITE_BUSY once
// busy_timeout runs out. Transactions begin IMMEDIATE so that another process on
// the same file makes them wait at BEGIN, where busy_timeout applies, instead of
// failing when a read turns into a write. Readers have their own pool: in WAL mode
// they never wait for the writer.
func openSQLite(ctx context.Context, path string) (Store, error) {
	fail := func(err error) (Store, error) { return nil, fmt.Errorf("store: open sqlite %s: %w", path, err) }
	abs, err := filepath.Abs(path)
	if err != nil {
		return fail(err)
	}
	if err := os.MkdirAll(filepath.Dir(abs), 0o700); err != nil {
		return fail(err)
	}
	// SQLite would create the file with 0644; the -wal and -shm files it makes
	// later copy the mode of this one.
	f, err := os.OpenFile(abs, os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return fail(err)
	}
	f.Close()

	// A file: URI with an escaped path, so that a ? or # in the path stays in it.
	// synchronous=NORMAL: in WAL mode a commit survives a crash of the process; a
	// power cut may lose the last ones but never corrupts the file.
	base := "file:" + (&url.URL{Path: abs}).EscapedPath() + "?_pragma=busy_timeout(10000)&_pragma=foreign_keys(1)"
	wr, err := sql.Open("sqlite", base+"&_pragma=journal_mode(WAL)&_pragma=synchronous(NORMAL)&_txlock=immediate")
	if err != nil {
		return fail(err)
	}
	wr.SetMaxOpenConns(1)
	wr.SetConnMaxIdleTime(0) // keep the one connection and its page cache
	s := &db{d: sqliteDialect, wr: wr, now: time.Now}
	if err := s.migrate(ctx); err != nil {
		wr.Close()
		return fail(err)
	}
	rd, err := sql.Open("sqlite", base+"&_pragma=query_only(1)")
	if err != nil {
		wr.Close()
		return fail(err)
	}
	rd.SetMaxOpenConns(max(4, runtime.NumCPU()))
	s.rd = rd
	return s, nil
}

func openPostgres(ctx context.Context, rawURL string) (Store, error) {
	name := rawURL
	if u, err := url.Parse(rawURL); err == nil {
		name = u.Redacted() // never a password in an error
	}
	fail := func(err error) (Store, error) { return nil, fmt.Errorf("store: open postgres %s: %w", name, err) }
	pool, err := sql.Open("pgx", rawURL)
	if err != nil {
		return fail(err)
	}
	pool.SetMaxOpenConns(20)
	pool.SetMaxIdleConns(5)
	pool.SetConnMaxIdleTime(5 * time.Minute)
	s := &db{d: postgresDialect, rd: pool, wr: pool, now: time.Now}
	if err := s.migrate(ctx); err != nil {
		pool.Close()
		return fail(err)
	}
	return s, nil
}

func (s *db) Close() error {
	err := s.wr.Close()
	if s.rd != s.wr {
		err = errors.Join(err, s.rd.Close())
	}
	return err
}

// scanner is a *sql.Row or *sql.Rows.
type scanner interface{ Scan(dest ...any) error }

// tx runs fn in a write transaction and commits if it returns nil.
func (s *db) tx(ctx context.Context, fn func(tx *sql.Tx) error) error {
	tx, err := s.wr.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	if err := fn(tx); err != nil {
		tx.Rollback()
		return err
	}
	return tx.Commit()
}

// exec runs a write and reports ErrNotFound if it touched no row.
func (s *db) exec(ctx context.Context, query string, args ...any) error {
	res, err := s.wr.ExecContext(ctx, s.d.rebind(query), args...)
	if err != nil {
		return mapErr(err)
	}
	if n, err := res.RowsAffected(); err != nil {
		return err
	} else if n == 0 {
		return ErrNotFound
	}
	return nil
}

// micros and fromMicros convert times to the stored form: unix microseconds, with
// 0 for the zero time.
func micros(t time.Time) int64 {
	if t.IsZero() {
		return 0
	}
	return t.UnixMicro()
}

func fromMicros(n int64) time.Time {
	if n == 0 {
		return time.Time{}
	}
	return time.UnixMicro(n).UTC()
}

// stamp is the current time as it will read back from the store.
func (s *db) stamp() time.Time { return fromMicros(s.now().UnixMicro()) }
