package store

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
)

func TestOpenSQLiteURLs(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct{ url, file string }{
		{"sqlite:" + dir + "/a.db", "a.db"},
		{"sqlite://" + dir + "/b.db", "b.db"},
		{"file:" + dir + "/c.db", "c.db"},
		{dir + "/new/dirs/d.db", "new/dirs/d.db"},
		{dir + "/odd ?#%name.db", "odd ?#%name.db"},
	} {
		s := open(t, tc.url)
		check(t, tc.url, s.CreateUser(t.Context(), &User{Name: "x"}))
		path := filepath.Join(dir, tc.file)
		fi, err := os.Stat(path)
		if err != nil {
			t.Errorf("%s: %v", tc.url, err)
			continue
		}
		if fi.Mode().Perm() != 0o600 {
			t.Errorf("%s: mode %v, want 0600", tc.url, fi.Mode())
		}
		if wal, err := os.Stat(path + "-wal"); err != nil || wal.Mode().Perm() != 0o600 {
			t.Errorf("%s: write-ahead log %v, %v; want mode 0600", tc.url, wal, err)
		}
	}
	if fi, err := os.Stat(filepath.Join(dir, "new")); err != nil || fi.Mode().Perm() != 0o700 {
		t.Errorf("created directory: %v, %v; want mode 0700", fi, err)
	}
	// A relative path is relative to the working directory.
	t.Chdir(dir)
	open(t, "rel.db")
	if _, err := os.Stat(filepath.Join(dir, "rel.db")); err != nil {
		t.Error(err)
	}
}

func TestOpenErrors(t *testing.T) {
	blocker := filepath.Join(t.TempDir(), "file")
	check(t, "write", os.WriteFile(blocker, nil, 0o600))
	for _, tc := range []struct{ url, want, never string }{
		{"", "store: open: empty URL", ""},
		{"mysql://db/hub", `store: open mysql://db/hub: unknown scheme "mysql"`, ""},
		{blocker + "/hub.db", "store: open sqlite " + blocker + "/hub.db: ", ""},
		// Port 1 on localhost refuses at once; the password must not show.
		{"postgres://hub:hunter2@127.0.0.1:1/hub?connect_timeout=5", "store: open postgres postgres://hub:xxxxx@127.0.0.1:1/hub", "hunter2"},
	} {
		s, err := Open(t.Context(), tc.url)
		if err == nil {
			s.Close()
			t.Errorf("Open(%q) succeeded", tc.url)
			continue
		}
		if !strings.HasPrefix(err.Error(), tc.want) || tc.never != "" && strings.Contains(err.Error(), tc.never) {
			t.Errorf("Open(%q) = %q, want it to start %q", tc.url, err, tc.want)
		}
	}
}

// TestSQLiteTwoStores writes through two stores on one file at once, as two hub
// processes would: immediate transactions and busy_timeout make them take turns.
func TestSQLiteTwoStores(t *testing.T) {
	url := sqliteURL(t)
	a, b := open(t, url), open(t, url)
	owner := addUser(t, a, "owner")
	app := addApp(t, a, owner, "shared", Public)
	top := &Comment{AppID: app.ID, AuthorID: owner.ID, Body: "top"}
	check(t, "AddComment", a.AddComment(t.Context(), top))
	var wg sync.WaitGroup
	errs := make(chan error, 40)
	for i := range 40 {
		s := []Store{a, b}[i%2]
		wg.Go(func() {
			u := &User{Name: fmt.Sprintf("u%d", i)}
			err := s.CreateUser(t.Context(), u)
			if err == nil {
				err = s.PutApp(t.Context(), &App{OwnerID: u.ID, Name: "app", Visibility: Public, Tags: []string{"a", "b"}})
			}
			for range 5 { // each reads, then writes
				if err == nil {
					err = s.AddComment(t.Context(), &Comment{AppID: app.ID, ParentID: top.ID, AuthorID: u.ID, Body: "hi"})
				}
			}
			errs <- err
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Error(err)
		}
	}
	if apps, err := b.Apps(t.Context(), AppQuery{Tag: "b", Limit: 100}); err != nil || len(apps) != 40 {
		t.Errorf("Apps = %d apps, %v; want 40", len(apps), err)
	}
}

func TestSchemaFromTheFuture(t *testing.T) {
	url := sqliteURL(t)
	s, err := Open(t.Context(), url)
	check(t, "Open", err)
	_, err = dbOf(s).wr.ExecContext(t.Context(), `INSERT INTO schema_migrations (version, applied) VALUES (99, 0)`)
	check(t, "insert", err)
	s.Close()
	if s, err := Open(t.Context(), url); err == nil || !strings.Contains(err.Error(), "schema version 99 is newer") {
		if err == nil {
			s.Close()
		}
		t.Errorf("Open of a newer schema: %v", err)
	}
}

func TestRebind(t *testing.T) {
	q := `SELECT '?', a FROM t WHERE b = ? AND c LIKE '%?%' AND d IN (?, ?)`
	if got := sqliteDialect.rebind(q); got != q {
		t.Errorf("sqlite rebind changed the query: %s", got)
	}
	want := `SELECT '?', a FROM t WHERE b = $1 AND c LIKE '%?%' AND d IN ($2, $3)`
	if got := postgresDialect.rebind(q); got != want {
		t.Errorf("postgres rebind = %s\nwant %s", got, want)
	}
}

func TestMigrationStatements(t *testing.T) {
	got := statements("-- a comment; with a semicolon\nCREATE TABLE a (\n\tx INT\n);\n\n-- another\nCREATE INDEX i ON a (x);\n")
	want := []string{"CREATE TABLE a (\n\tx INT\n)", "CREATE INDEX i ON a (x)"}
	if !slices.Equal(got, want) {
		t.Errorf("statements = %q, want %q", got, want)
	}
	ms, err := migrations()
	check(t, "migrations", err)
	for _, m := range ms {
		for _, d := range []dialect{sqliteDialect, postgresDialect} {
			if text := d.types.Replace(m.sql); strings.Contains(text, "{{") {
				t.Errorf("%s for %s keeps a placeholder", m.name, d.name)
			}
		}
	}
}

func TestNormTags(t *testing.T) {
	for _, tc := range []struct{ in, want []string }{
		{nil, []string{}},
		{[]string{" ", ""}, []string{}},
		{[]string{"b", " A ", "a", "B"}, []string{"a", "b"}},
		{[]string{"Speech Recognition", "ÄRGER"}, []string{"speech recognition", "ärger"}},
	} {
		if got := normTags(tc.in); !slices.Equal(got, tc.want) {
			t.Errorf("normTags(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestMapErr(t *testing.T) {
	if err := mapErr(nil); err != nil {
		t.Errorf("mapErr(nil) = %v", err)
	}
	other := errors.New("other")
	if err := mapErr(other); err != other {
		t.Errorf("mapErr(other) = %v", err)
	}
}
