package tunnel

import (
	"io"
	"net"
	"net/http"
	"testing"
	"time"
)

// BenchmarkTunnelRoundTrip measures a small GET through hub and tunnel, and in
// the same run the same GET over plain loopback TCP, reporting the ratio as
// x-vs-direct. Both clients reuse warm keep-alive connections.
func BenchmarkTunnelRoundTrip(b *testing.B) {
	handler := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, "ok")
	})
	h := newTestHub(b, "")
	startApp(b, h, "bench", handler)

	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		b.Fatal(err)
	}
	direct := &http.Server{Handler: handler}
	go direct.Serve(ln)
	defer direct.Close()

	c := client(b)
	viaTunnel, viaTCP := h.appURL("bench"), "http://"+ln.Addr().String()+"/"
	for range 10 { // warm up both paths
		get(b, c, viaTunnel)
		get(b, c, viaTCP)
	}

	b.ResetTimer()
	for range b.N {
		get(b, c, viaTunnel)
	}
	b.StopTimer()
	tunnel := b.Elapsed()

	start := time.Now()
	for range b.N {
		get(b, c, viaTCP)
	}
	plain := time.Since(start)
	b.ReportMetric(float64(plain.Nanoseconds())/float64(b.N), "direct-ns/op")
	b.ReportMetric(float64(tunnel)/float64(plain), "x-vs-direct")
}
