//go:build unix

package files

import (
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

// Opening a FIFO blocks until a writer appears; neither Add, AddOutput nor ServeFile may open
// one (a handler returning it, or a FIFO in an allowed directory, would hang a goroutine).
func TestFIFOIsRefusedWithoutBlocking(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "pipe.wav")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		unsupported(t, "mkfifo", err)
	}
	c := newTestCache(t, Options{AllowedPaths: []string{dir}})
	srv := fileServer(t, c)
	done := make(chan struct{})
	go func() {
		defer close(done)
		if _, err := c.Add(fifo); err == nil {
			t.Error("Add of a FIFO succeeded")
		}
		if _, err := c.AddOutput(fifo); err == nil {
			t.Error("AddOutput of a FIFO succeeded")
		}
		if r := fetch(t, srv, "GET", fifo); r.status != 403 {
			t.Errorf("serving a FIFO: status %d, want 403", r.status)
		}
	}()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		t.Fatal("blocked on a FIFO")
	}
}
