package store

import (
	"errors"
	"fmt"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"go.uber.org/goleak"

	"github.com/gradio-go/gradio/internal/pgtest"
)

func TestMain(m *testing.M) { goleak.VerifyTestMain(pgtest.Wrap(m)) }

// The same suite runs against both backends; each test gets a store of its own.
func TestSQLite(t *testing.T)   { testStore(t, sqliteURL) }
func TestPostgres(t *testing.T) { testStore(t, postgresURL) }

func sqliteURL(t *testing.T) string   { return "sqlite:" + filepath.Join(t.TempDir(), "hub.db") }
func postgresURL(t *testing.T) string { return pgtest.Start(t) }

// fixture is a test's store and the URL it was opened from.
type fixture struct {
	Store
	url string
}

var suite = []struct {
	name string
	run  func(t *testing.T, s *fixture)
}{
	{"Users", testUsers},
	{"Tokens", testTokens},
	{"Sessions", testSessions},
	{"PutApp", testPutApp},
	{"AppSetters", testAppSetters},
	{"Visibility", testVisibility},
	{"Search", testSearch},
	{"Tag", testTag},
	{"Sorts", testSorts},
	{"Pagination", testPagination},
	{"Likes", testLikes},
	{"Collaborators", testCollaborators},
	{"Comments", testComments},
	{"ShareLinks", testShareLinks},
	{"Expire", testExpire},
	{"DeleteApp", testDeleteApp},
	{"ConcurrentWriters", testConcurrentWriters},
	{"Restart", testRestart},
}

func testStore(t *testing.T, fresh func(t *testing.T) string) {
	for _, tc := range suite {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			url := fresh(t)
			tc.run(t, &fixture{open(t, url), url})
		})
	}
}

// open opens url and closes the store when the test ends.
func open(t testing.TB, url string) Store {
	t.Helper()
	s, err := Open(t.Context(), url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := s.Close(); err != nil {
			t.Error(err)
		}
	})
	return s
}

// clock replaces the store's clock with one the test moves by hand. It starts at
// a time with microseconds only, as the store keeps them.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func setClock(s Store) *clock {
	c := &clock{t: time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)}
	dbOf(s).now = c.now
	return c
}

// dbOf returns the *db behind s, for tests that look past the interface.
func dbOf(s Store) *db {
	if f, ok := s.(*fixture); ok {
		s = f.Store
	}
	return s.(*db)
}

func (c *clock) now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.t }

func (c *clock) add(d time.Duration) { c.mu.Lock(); c.t = c.t.Add(d); c.mu.Unlock() }

func addUser(t *testing.T, s Store, name string) *User {
	t.Helper()
	u := &User{Name: name, Email: name + "@example.com", PasswordHash: "$argon2id$" + name}
	if err := s.CreateUser(t.Context(), u); err != nil {
		t.Fatalf("CreateUser(%s): %v", name, err)
	}
	return u
}

func addApp(t *testing.T, s Store, owner *User, name string, v Visibility, tags ...string) *App {
	t.Helper()
	a := &App{OwnerID: owner.ID, Name: name, Title: "Title of " + name, Visibility: v, Tags: tags}
	if err := s.PutApp(t.Context(), a); err != nil {
		t.Fatalf("PutApp(%s/%s): %v", owner.Name, name, err)
	}
	return a
}

// names lists apps as owner/name.
func names(apps []App) []string {
	out := []string{}
	for _, a := range apps {
		out = append(out, a.Owner+"/"+a.Name)
	}
	return out
}

func wantErr(t *testing.T, what string, err, want error) {
	t.Helper()
	if !errors.Is(err, want) {
		t.Errorf("%s: error %v, want %v", what, err, want)
	}
}

func check(t *testing.T, what string, err error) {
	t.Helper()
	if err != nil {
		t.Fatalf("%s: %v", what, err)
	}
}

// testConcurrentWriters writes from many goroutines at once: on SQLite they must
// queue for the one writer rather than fail with SQLITE_BUSY.
func testConcurrentWriters(t *testing.T, s *fixture) {
	ctx := t.Context()
	owner := addUser(t, s, "owner")
	shared := addApp(t, s, owner, "shared", Public)
	top := &Comment{AppID: shared.ID, AuthorID: owner.ID, Body: "top"}
	check(t, "AddComment", s.AddComment(ctx, top))
	const n = 20
	errs := make(chan error, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() {
			u := &User{Name: fmt.Sprintf("user%d", i)}
			err := s.CreateUser(ctx, u)
			if err == nil {
				err = s.PutApp(ctx, &App{OwnerID: u.ID, Name: "app", Visibility: Public, Tags: []string{"t"}})
			}
			if err == nil {
				err = s.Like(ctx, shared.ID, u.ID)
			}
			if err == nil {
				// A reply reads its parent, then writes: a transaction that upgrades.
				err = s.AddComment(ctx, &Comment{AppID: shared.ID, ParentID: top.ID, AuthorID: u.ID, Body: "hi"})
			}
			if err == nil {
				_, err = s.Apps(ctx, AppQuery{Tag: "t"})
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
	a, err := s.AppByID(ctx, shared.ID)
	check(t, "AppByID", err)
	if a.Likes != n {
		t.Errorf("Likes = %d, want %d", a.Likes, n)
	}
	apps, err := s.Apps(ctx, AppQuery{Tag: "t", Limit: 200})
	check(t, "Apps", err)
	cs, err := s.Comments(ctx, shared.ID)
	check(t, "Comments", err)
	if len(apps) != n || len(cs) != n+1 {
		t.Errorf("%d apps and %d comments, want %d of each", len(apps), len(cs), n)
	}
}
