// Package natstest gives tests a real nats-server with JetStream.
//
// Start runs a nats-server process of its own for the test, listening on a free port
// of 127.0.0.1 and keeping its JetStream files in a temporary directory; the server
// is killed and its files removed when the test ends. [Server.Kill] and
// [Server.Restart] stop it abruptly and start it again on the same port with the same
// files, for tests of what survives a crash of the server.
//
// The binary is, in order: the file named by GRADIO_NATS_SERVER; the module's own
// tool (go.mod has "tool github.com/nats-io/nats-server/v2", so `go tool -n
// nats-server` builds it once into Go's build cache and prints its path — normal
// builds of the module never compile it); or nats-server on PATH (Debian's package).
// Without any, Start skips the test, or fails it when the CI environment variable is
// "true".
//
// If the test binary dies first, the kernel kills the server (a parent-death signal).
package natstest

import (
	"bytes"
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/nats-io/nats.go"
)

// errNoServer says how to get a server when none was found.
var errNoServer = errors.New("natstest: no nats-server: `go tool -n nats-server` failed (is the go command on PATH?), " +
	"GRADIO_NATS_SERVER is unset and nats-server is not on PATH; install one with: apt-get install nats-server")

var (
	binOnce sync.Once
	binPath string
	binErr  error
)

// Binary returns the path of the nats-server binary the tests use (see the package
// documentation), building it the first time if needed.
func Binary() (string, error) {
	binOnce.Do(func() { binPath, binErr = findBinary() })
	return binPath, binErr
}

func findBinary() (string, error) {
	if p := os.Getenv("GRADIO_NATS_SERVER"); p != "" {
		if !isFile(p) {
			return "", fmt.Errorf("natstest: GRADIO_NATS_SERVER=%s is not a file", p)
		}
		return p, nil
	}
	var goErr error
	if gobin, err := exec.LookPath("go"); err == nil {
		cmd := exec.Command(gobin, "tool", "-n", "nats-server")
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		out, err := cmd.Output()
		if p := strings.TrimSpace(string(out)); err == nil && isFile(p) {
			return p, nil
		}
		goErr = fmt.Errorf("go tool -n nats-server: %v: %s", err, bytes.TrimSpace(stderr.Bytes()))
	}
	if p, err := exec.LookPath("nats-server"); err == nil {
		return p, nil
	}
	if goErr != nil {
		return "", fmt.Errorf("%w (%v)", errNoServer, goErr)
	}
	return "", errNoServer
}

func isFile(path string) bool {
	fi, err := os.Stat(path)
	return err == nil && fi.Mode().IsRegular()
}

// Server is a running nats-server, a child of the test binary.
type Server struct {
	bin  string
	dir  string // JetStream store and log
	port int

	mu     sync.Mutex
	cmd    *exec.Cmd
	exited chan struct{} // closed when cmd has been waited for
}

// Start starts a server for t and stops it, removing its files, when t ends.
func Start(t testing.TB) *Server {
	t.Helper()
	bin, err := Binary()
	if err != nil {
		if os.Getenv("CI") != "true" {
			t.Skip(err)
		}
		t.Fatal(err)
	}
	s := &Server{bin: bin, dir: t.TempDir()}
	t.Cleanup(s.Kill)
	var lastErr error
	// Another process may take the free port before the server binds it; then it
	// exits at once, and another port is tried.
	for range 5 {
		if s.port, lastErr = freePort(); lastErr != nil {
			break
		}
		if lastErr = s.launch(); lastErr == nil {
			return s
		}
	}
	t.Fatal(lastErr)
	return nil
}

// URL is the server's client URL.
func (s *Server) URL() string { return fmt.Sprintf("nats://127.0.0.1:%d", s.port) }

// Dir is the directory holding the server's JetStream files and log.
func (s *Server) Dir() string { return s.dir }

// Connect returns a connection to the server that is closed when t ends. It gives up
// reconnecting soon after the server goes, so that tests of a dead server end quickly;
// for tests that restart the server, use nats.Connect with options of their own.
func (s *Server) Connect(t testing.TB, opts ...nats.Option) *nats.Conn {
	t.Helper()
	nc, err := nats.Connect(s.URL(), append([]nats.Option{nats.MaxReconnects(20), nats.ReconnectWait(100 * time.Millisecond)}, opts...)...)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(nc.Close)
	return nc
}

// launch starts the process and waits until it serves JetStream.
func (s *Server) launch() error {
	logPath := filepath.Join(s.dir, "nats-server.log")
	log, err := os.OpenFile(logPath, os.O_WRONLY|os.O_CREATE|os.O_APPEND, 0o600)
	if err != nil {
		return err
	}
	defer log.Close() // the child has its own copy
	cmd := exec.Command(s.bin, "-a", "127.0.0.1", "-p", strconv.Itoa(s.port), "-js", "-sd", filepath.Join(s.dir, "js"),
		"--server_name", "natstest")
	cmd.Stdout, cmd.Stderr = log, log
	cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
	if err := cmd.Start(); err != nil {
		return fmt.Errorf("natstest: start %s: %w", s.bin, err)
	}
	exited := make(chan struct{})
	go func() { cmd.Wait(); close(exited) }()
	s.mu.Lock()
	s.cmd, s.exited = cmd, exited
	s.mu.Unlock()

	deadline := time.Now().Add(30 * time.Second)
	for {
		if s.ready() {
			return nil
		}
		select {
		case <-exited:
			out, _ := os.ReadFile(logPath)
			return fmt.Errorf("natstest: nats-server exited: %s\n%s", cmd.ProcessState, bytes.TrimSpace(out))
		case <-time.After(20 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			s.Kill()
			return errors.New("natstest: nats-server did not serve JetStream within 30 seconds")
		}
	}
}

// ready reports whether the server answers JetStream requests.
func (s *Server) ready() bool {
	nc, err := nats.Connect(s.URL(), nats.NoReconnect(), nats.Timeout(time.Second))
	if err != nil {
		return false
	}
	defer nc.Close()
	// $JS.API.INFO answers once JetStream is up (and recovered, after a restart).
	_, err = nc.Request("$JS.API.INFO", nil, 2*time.Second)
	return err == nil
}

// Kill kills the server at once (SIGKILL), as a crash would; its files stay for
// Restart. Killing a server that is not running does nothing.
func (s *Server) Kill() {
	s.mu.Lock()
	cmd, exited := s.cmd, s.exited
	s.cmd = nil
	s.mu.Unlock()
	if cmd == nil {
		return
	}
	cmd.Process.Kill()
	<-exited
}

// Restart kills the server if it runs and starts it again on the same port with the
// same files; JetStream recovers its streams from them.
func (s *Server) Restart(t testing.TB) {
	t.Helper()
	s.Kill()
	if err := s.launch(); err != nil {
		t.Fatal(err)
	}
}

// Running reports whether the server process is alive.
func (s *Server) Running() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.cmd == nil {
		return false
	}
	select {
	case <-s.exited:
		return false
	default:
		return true
	}
}

// freePort asks the kernel for a port that is free now.
func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}
