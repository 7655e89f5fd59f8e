package pgtest

import (
	"database/sql"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"

	"go.uber.org/goleak"
)

func TestMain(m *testing.M) { goleak.VerifyTestMain(Wrap(m)) }

func connect(t *testing.T, url string) *sql.DB {
	t.Helper()
	db, err := sql.Open("pgx", url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// TestStart checks that each Start has a database of its own, and that the
// database is dropped when its test ends.
func TestStart(t *testing.T) {
	var first string
	t.Run("first", func(t *testing.T) {
		first = Start(t)
		db := connect(t, first)
		if _, err := db.ExecContext(t.Context(), `CREATE TABLE t (x INT); INSERT INTO t VALUES (1)`); err != nil {
			t.Fatal(err)
		}
		second := Start(t)
		if second == first {
			t.Fatalf("two Starts returned %s", first)
		}
		var n int
		err := connect(t, second).QueryRowContext(t.Context(), `SELECT COUNT(*) FROM pg_tables WHERE tablename = 't'`).Scan(&n)
		if err != nil || n != 0 {
			t.Errorf("the second database sees %d tables named t, %v", n, err)
		}
	})
	url := Start(t)
	name := first[strings.LastIndex(first, "/")+1 : strings.Index(first, "?")]
	var n int
	err := connect(t, url).QueryRowContext(t.Context(), `SELECT COUNT(*) FROM pg_database WHERE datname = $1`, name).Scan(&n)
	if err != nil || n != 0 {
		t.Errorf("database %s still exists after its test (%d, %v)", name, n, err)
	}
}

// TestServer starts a server of its own, checks whom it runs as and where its
// socket is, and that stopping it ends the process and removes its files.
func TestServer(t *testing.T) {
	_, err := binDir()
	if errors.Is(err, errNoPostgres) && os.Getenv("CI") != "true" {
		t.Skip(err)
	}
	if err != nil {
		t.Fatal(err)
	}
	s, err := start()
	if err != nil {
		t.Fatal(err)
	}
	stopped := false
	defer func() {
		if !stopped {
			s.stop()
		}
	}()
	if sock := filepath.Join(s.dir, ".s.PGSQL."+strconv.Itoa(s.port)); len(sock) > 107 {
		t.Errorf("socket path %s is over 107 bytes", sock)
	} else if _, err := os.Stat(sock); err != nil {
		t.Errorf("no unix socket: %v", err)
	}
	var user string
	if err := connect(t, s.url("postgres")).QueryRowContext(t.Context(), `SELECT current_user`).Scan(&user); err != nil || user != "postgres" {
		t.Errorf("current_user = %q, %v", user, err)
	}
	// initdb and postgres refuse to run as root; as root, pgtest runs them as another user.
	fi, err := os.Stat(filepath.Join(s.dir, "data"))
	if err != nil {
		t.Fatal(err)
	}
	if uid := fi.Sys().(*syscall.Stat_t).Uid; uid != uint32(os.Geteuid()) && os.Geteuid() != 0 || os.Geteuid() == 0 && uid == 0 {
		t.Errorf("the data directory belongs to uid %d, and we are %d", uid, os.Geteuid())
	}

	if err := s.stop(); err != nil {
		t.Fatal(err)
	}
	stopped = true
	select {
	case <-s.exited:
	default:
		t.Error("the server is still running")
	}
	if _, err := os.Stat(s.dir); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("%s is still there: %v", s.dir, err)
	}
	if err := s.ping(); err == nil {
		t.Error("the stopped server still answers")
	}
}

// TestSweep checks that only the directories of dead test binaries are removed.
func TestSweep(t *testing.T) {
	dead := exec.Command("true")
	if err := dead.Run(); err != nil {
		t.Fatal(err)
	}
	mk := func(pid int) string {
		dir, err := os.MkdirTemp("", dirPrefix)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { os.RemoveAll(dir) })
		if err := os.WriteFile(filepath.Join(dir, ownerFile), []byte(strconv.Itoa(pid)), 0o644); err != nil {
			t.Fatal(err)
		}
		return dir
	}
	gone, ours := mk(dead.Process.Pid), mk(os.Getpid())
	sweep()
	if _, err := os.Stat(gone); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("a dead binary's directory is still there: %v", err)
	}
	if _, err := os.Stat(ours); err != nil {
		t.Errorf("a live binary's directory was removed: %v", err)
	}
}
