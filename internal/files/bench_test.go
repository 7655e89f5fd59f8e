package files

import (
	"bytes"
	"encoding/json"
	"io"
	"math/rand/v2"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkSaveUpload measures a 64 MiB multipart upload through a real HTTP server against a
// raw io.Copy of the same bytes into the same directory, in the same run, so the reported
// ratio (performance.md B6, goal ≥ 0.4) does not depend on the machine.
func BenchmarkSaveUpload(b *testing.B) {
	const size = 64 << 20
	data := make([]byte, size)
	rng := rand.NewChaCha8([32]byte{1})
	rng.Read(data)

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

	var framing bytes.Buffer
	mw := multipart.NewWriter(&framing)
	mw.CreateFormFile("files", "big.bin")
	head := bytes.Clone(framing.Bytes())
	framing.Reset()
	mw.Close()
	tail := framing.Bytes()

	// send posts one body and removes what the server stored, outside the timed region.
	send := func(b *testing.B, path, contentType string, parts ...[]byte) {
		var readers []io.Reader
		var n int64
		for _, p := range parts {
			readers = append(readers, bytes.NewReader(p))
			n += int64(len(p))
		}
		req, _ := http.NewRequest(http.MethodPost, srv.URL+path, io.MultiReader(readers...))
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
	mbps := func(b *testing.B, iters int) float64 {
		return float64(size) * float64(iters) / 1e6 / b.Elapsed().Seconds()
	}

	var rawMBps float64
	b.Run("raw", func(b *testing.B) {
		b.SetBytes(size)
		iters := 0
		for b.Loop() {
			send(b, "/raw", "application/octet-stream", data)
			iters++
		}
		rawMBps = mbps(b, iters)
	})
	b.Run("multipart", func(b *testing.B) {
		b.SetBytes(size)
		b.ReportAllocs()
		iters := 0
		for b.Loop() {
			send(b, "/upload", mw.FormDataContentType(), head, data, tail)
			iters++
		}
		if rawMBps > 0 {
			b.ReportMetric(mbps(b, iters)/rawMBps, "ratio")
		}
	})
}
