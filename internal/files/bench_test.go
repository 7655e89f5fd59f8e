package files

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

var upload1G = flag.Bool("upload1g", false, "BenchmarkSaveUpload: also upload 1 GiB (or set GRADIO_BENCH_1G=1)")

// BenchmarkSaveUpload measures multipart uploads of 64 MiB (and 1 GiB with -upload1g or
// GRADIO_BENCH_1G=1) through a real HTTP server against a raw io.Copy of the same bytes into
// the same directory, in the same run, so the reported ratio (performance.md B6, goal ≥ 0.5)
// does not depend on the machine. Bodies are generated as streams, so the benchmark itself
// holds no file in memory, and peakRSS-MB reports how much the process's resident memory grew
// during the multipart uploads (goal < 32 MB for 1 GiB).
func BenchmarkSaveUpload(b *testing.B) {
	sizes := []int64{64 << 20}
	if *upload1G || os.Getenv("GRADIO_BENCH_1G") == "1" {
		sizes = append(sizes, 1<<30)
	}
	block := make([]byte, 1<<20)
	rand.NewChaCha8([32]byte{1}).Read(block)

	c := newTestCache(b, Options{})
	mux := http.NewServeMux()
	mux.HandleFunc("POST /upload", func(w http.ResponseWriter, r *http.Request) {
		paths, err := c.SaveUpload(r)
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		json.NewEncoder(w).Encode(paths)
	})
	mux.HandleFunc("POST /raw", func(w http.ResponseWriter, r *http.Request) {
		f, err := os.CreateTemp(c.Dir(), "raw-*")
		if err == nil {
			_, err = io.Copy(f, r.Body)
			f.Close()
		}
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		json.NewEncoder(w).Encode([]string{f.Name()})
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()

	// The multipart framing around the file, with a fixed boundary so the length is known
	// and the body can be sent with a Content-Length like a browser does.
	const boundary = "gradiogobenchboundary0123456789"
	var framing bytes.Buffer
	mw := multipart.NewWriter(&framing)
	mw.SetBoundary(boundary)
	mw.CreateFormFile("files", "big.bin")
	headLen := int64(framing.Len())
	framing.Reset()
	mw.Close()
	tailLen := int64(framing.Len())
	contentType := mw.FormDataContentType()

	// send posts one body and removes what the server stored, outside the timed region.
	send := func(b *testing.B, path, contentType string, body io.Reader, n int64) {
		req, _ := http.NewRequest(http.MethodPost, srv.URL+path, body)
		req.ContentLength = n
		req.Header.Set("Content-Type", contentType)
		resp, err := srv.Client().Do(req)
		if err != nil {
			b.Fatal(err)
		}
		var stored []string
		err = json.NewDecoder(resp.Body).Decode(&stored)
		resp.Body.Close()
		if err != nil || resp.StatusCode != http.StatusOK || len(stored) != 1 {
			b.Fatalf("status %d, %v", resp.StatusCode, err)
		}
		b.StopTimer()
		if filepath.Dir(stored[0]) == c.Dir() {
			os.Remove(stored[0])
		} else {
			os.RemoveAll(filepath.Dir(stored[0]))
		}
		b.StartTimer()
	}
	mbps := func(b *testing.B, size int64, iters int) float64 {
		return float64(size) * float64(iters) / 1e6 / b.Elapsed().Seconds()
	}

	for _, size := range sizes {
		b.Run(sizeName(size), func(b *testing.B) {
			var rawMBps float64
			b.Run("raw", func(b *testing.B) {
				b.SetBytes(size)
				iters := 0
				for b.Loop() {
					send(b, "/raw", "application/octet-stream", &repeatReader{block: block, left: size}, size)
					iters++
				}
				rawMBps = mbps(b, size, iters)
			})
			b.Run("multipart", func(b *testing.B) {
				b.SetBytes(size)
				b.ReportAllocs()
				iters := 0
				mem := startMemPeak()
				for b.Loop() {
					pr, pw := io.Pipe()
					go func() {
						mw := multipart.NewWriter(pw)
						mw.SetBoundary(boundary)
						fw, err := mw.CreateFormFile("files", "big.bin")
						if err == nil {
							_, err = io.Copy(fw, &repeatReader{block: block, left: size})
						}
						if err == nil {
							err = mw.Close()
						}
						pw.CloseWithError(err)
					}()
					send(b, "/upload", contentType, pr, headLen+size+tailLen)
					iters++
				}
				b.ReportMetric(mem.stop()/1e6, "peakRSS-MB")
				b.ReportMetric(mbps(b, size, iters), "MB/s")
				if rawMBps > 0 {
					b.ReportMetric(mbps(b, size, iters)/rawMBps, "ratio")
				}
			})
		})
	}
}

func sizeName(n int64) string {
	if n >= 1<<30 {
		return fmt.Sprintf("%dGiB", n>>30)
	}
	return fmt.Sprintf("%dMiB", n>>20)
}

// repeatReader yields left bytes by repeating block: a stream of any length from 1 MiB.
type repeatReader struct {
	block []byte
	off   int
	left  int64
}

func (r *repeatReader) Read(p []byte) (int, error) {
	if r.left <= 0 {
		return 0, io.EOF
	}
	if int64(len(p)) > r.left {
		p = p[:r.left]
	}
	n := copy(p, r.block[r.off:])
	r.off = (r.off + n) % len(r.block)
	r.left -= int64(n)
	return n, nil
}

// memPeak samples the process's resident memory while a benchmark runs and reports the peak
// growth over the level at the start. On Linux it reads VmRSS from /proc/self/status (and
// VmHWM after resetting it through /proc/self/clear_refs, which catches peaks between
// samples); elsewhere it samples the Go heap and stacks in use.
type memPeak struct {
	base   uint64
	hwm    bool // VmHWM was reset at the start
	mu     sync.Mutex
	peak   uint64
	quit   chan struct{}
	exited chan struct{}
}

func startMemPeak() *memPeak {
	runtime.GC()
	m := &memPeak{quit: make(chan struct{}), exited: make(chan struct{})}
	m.hwm = os.WriteFile("/proc/self/clear_refs", []byte("5"), 0) == nil
	m.base = m.sample()
	m.peak = m.base
	go func() {
		defer close(m.exited)
		t := time.NewTicker(2 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-m.quit:
				return
			case <-t.C:
				v := m.sample()
				m.mu.Lock()
				m.peak = max(m.peak, v)
				m.mu.Unlock()
			}
		}
	}()
	return m
}

// stop ends sampling and returns the peak growth in bytes.
func (m *memPeak) stop() float64 {
	close(m.quit)
	<-m.exited
	peak := m.peak
	if m.hwm {
		if v, ok := procStatus("VmHWM"); ok {
			peak = max(peak, v)
		}
	}
	if peak < m.base {
		return 0
	}
	return float64(peak - m.base)
}

func (m *memPeak) sample() uint64 {
	if v, ok := procStatus("VmRSS"); ok {
		return v
	}
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.HeapInuse + ms.StackInuse
}

// procStatus reads one "kB" field of /proc/self/status, in bytes.
func procStatus(field string) (uint64, bool) {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		return 0, false
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		rest, ok := strings.CutPrefix(sc.Text(), field+":")
		if !ok {
			continue
		}
		kb, err := strconv.ParseUint(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 10, 64)
		return kb << 10, err == nil
	}
	return 0, false
}
