package files

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// wantFetchError checks that err is a 400 *Error whose message contains every want.
func wantFetchError(t *testing.T, err error, want ...string) {
	t.Helper()
	var fe *Error
	if !errors.As(err, &fe) {
		t.Fatalf("error = %v (%T), want *files.Error", err, err)
	}
	if fe.Status != http.StatusBadRequest {
		t.Errorf("status = %d, want 400 (%s)", fe.Status, fe.Message)
	}
	for _, w := range want {
		if !strings.Contains(fe.Message, w) {
			t.Errorf("message %q does not contain %q", fe.Message, w)
		}
	}
}

// wantEmptyCache checks that a refused download left nothing behind, not even a temp file.
func wantEmptyCache(t *testing.T, c *Cache) {
	t.Helper()
	if names := listDir(t, c.Dir()); len(names) != 0 {
		t.Errorf("cache not empty after a refused fetch: %v", names)
	}
}

// servePort returns the port of a test server, to mark it public with Cache.testPublic.
func servePort(t *testing.T, srv *httptest.Server) uint16 {
	t.Helper()
	u, _ := url.Parse(srv.URL)
	p, err := strconv.Atoi(u.Port())
	if err != nil {
		t.Fatal(err)
	}
	return uint16(p)
}

// publicServer starts a server on 127.0.0.1 that the cache treats as a public host: that one
// address and port only, so other loopback servers and addresses stay refused.
func publicServer(t *testing.T, c *Cache, h http.Handler) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	port := servePort(t, srv)
	prev := c.testPublic
	c.testPublic = func(ap netip.AddrPort) bool {
		return ap == netip.AddrPortFrom(netip.MustParseAddr("127.0.0.1"), port) || prev != nil && prev(ap)
	}
	return srv
}

func TestFetchRefusesLoopbackByDefault(t *testing.T) {
	var hits atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		io.WriteString(w, "secret")
	}))
	defer srv.Close()
	c := newTestCache(t, Options{})
	_, err := c.Fetch(context.Background(), srv.URL+"/admin.txt")
	wantFetchError(t, err, "resolves to a private address", "loopback", srv.URL)
	if hits.Load() != 0 {
		t.Errorf("the loopback server was contacted %d times", hits.Load())
	}
	wantEmptyCache(t, c)
}

func TestFetchAllowPrivateURLs(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/named":
			w.Header().Set("Content-Disposition", `attachment; filename="../../report final.pdf"`)
		case "/encoded":
			w.Header().Set("Content-Disposition", `attachment; filename*=UTF-8''caf%C3%A9.txt`)
		}
		io.WriteString(w, "content of "+r.URL.Path)
	}))
	defer srv.Close()
	c := newTestCache(t, Options{AllowPrivateURLs: true})
	for _, tc := range []struct{ path, name string }{
		{"/dir/cat%20photo.png?size=big", "cat photo.png"},
		{"/named", "report final.pdf"},
		{"/encoded", "café.txt"},
	} {
		p, err := c.Fetch(context.Background(), srv.URL+tc.path)
		if err != nil {
			t.Fatalf("%s: %v", tc.path, err)
		}
		u, _ := url.Parse(srv.URL + tc.path)
		checkStored(t, c, p, tc.name, []byte("content of "+u.Path))
	}
	// No name anywhere: Gradio's random tmp<hex> name.
	p, err := c.Fetch(context.Background(), srv.URL+"/")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(filepath.Base(p), "tmp") {
		t.Errorf("nameless download stored as %q", filepath.Base(p))
	}
}

func TestFetchPublicServer(t *testing.T) {
	c := newTestCache(t, Options{})
	srv := publicServer(t, c, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, "public data")
	}))
	p, err := c.Fetch(context.Background(), srv.URL+"/data.csv")
	if err != nil {
		t.Fatal(err)
	}
	checkStored(t, c, p, "data.csv", []byte("public data"))
	// Same content again de-duplicates like an upload.
	again, err := c.Fetch(context.Background(), srv.URL+"/data.csv")
	if err != nil || again != p {
		t.Errorf("second fetch = %q, %v; want %q", again, err, p)
	}
}

func TestFetchRedirectToLoopbackRefused(t *testing.T) {
	var internalHits atomic.Int32
	internal := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		internalHits.Add(1)
		io.WriteString(w, "internal")
	}))
	defer internal.Close()
	c := newTestCache(t, Options{})
	public := publicServer(t, c, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/to-internal":
			http.Redirect(w, r, internal.URL+"/secret", http.StatusFound)
		case "/to-metadata":
			http.Redirect(w, r, "http://169.254.169.254/latest/meta-data/", http.StatusFound)
		case "/to-mapped":
			http.Redirect(w, r, "http://[::ffff:127.0.0.1]:"+strconv.Itoa(int(servePort(t, internal)))+"/", http.StatusMovedPermanently)
		case "/to-file":
			http.Redirect(w, r, "file:///etc/passwd", http.StatusFound)
		case "/hop":
			http.Redirect(w, r, "/to-internal", http.StatusTemporaryRedirect)
		}
	}))
	for _, tc := range []struct{ path, want string }{
		{"/to-internal", "loopback"},
		{"/hop", "loopback"},
		{"/to-metadata", "link-local"},
		{"/to-mapped", "loopback"},
		{"/to-file", "only http and https"},
	} {
		_, err := c.Fetch(context.Background(), public.URL+tc.path)
		wantFetchError(t, err, tc.want)
	}
	if internalHits.Load() != 0 {
		t.Errorf("the internal server was reached %d times through redirects", internalHits.Load())
	}
	wantEmptyCache(t, c)
}

func TestFetchRedirects(t *testing.T) {
	c := newTestCache(t, Options{})
	srv := publicServer(t, c, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n, err := strconv.Atoi(strings.TrimPrefix(r.URL.Path, "/r/"))
		switch {
		case r.URL.Path == "/loop":
			http.Redirect(w, r, "/loop", http.StatusFound)
		case err == nil && n > 0:
			http.Redirect(w, r, fmt.Sprintf("/r/%d", n-1), http.StatusFound)
		default:
			io.WriteString(w, "arrived")
		}
	}))
	p, err := c.Fetch(context.Background(), srv.URL+"/r/5")
	if err != nil {
		t.Fatalf("5 redirects: %v", err)
	}
	checkStored(t, c, p, "5", []byte("arrived"))
	_, err = c.Fetch(context.Background(), srv.URL+"/r/6")
	wantFetchError(t, err, "more than 5 redirects")
	_, err = c.Fetch(context.Background(), srv.URL+"/loop")
	wantFetchError(t, err, "more than 5 redirects")
}

func TestFetchChecksResolvedAddresses(t *testing.T) {
	c := newTestCache(t, Options{})
	srv := publicServer(t, c, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, "from "+r.Host)
	}))
	port := servePort(t, srv)
	var lookups atomic.Int32
	c.lookup = func(ctx context.Context, host string) ([]netip.Addr, error) {
		lookups.Add(1)
		switch host {
		case "internal.example":
			return []netip.Addr{netip.MustParseAddr("127.0.0.1")}, nil
		case "metadata.example":
			return []netip.Addr{netip.MustParseAddr("::ffff:169.254.169.254")}, nil
		case "mixed.example":
			// A private answer first: only the public one may be dialled.
			return []netip.Addr{netip.MustParseAddr("10.1.2.3"), netip.MustParseAddr("127.0.0.1")}, nil
		}
		return nil, &net.DNSError{Err: "no such host", Name: host, IsNotFound: true}
	}
	u := func(host string) string { return fmt.Sprintf("http://%s:%d/f.txt", host, port) }

	// internal.example resolves to 127.0.0.1, but on a port not marked public.
	_, err := c.Fetch(context.Background(), "http://internal.example:1/f.txt")
	wantFetchError(t, err, "private address (loopback)", "internal.example")
	_, err = c.Fetch(context.Background(), u("metadata.example"))
	wantFetchError(t, err, "private address (link-local)")
	_, err = c.Fetch(context.Background(), u("nowhere.example"))
	wantFetchError(t, err, "fetching", "not found")

	p, err := c.Fetch(context.Background(), u("mixed.example"))
	if err != nil {
		t.Fatal(err)
	}
	// The Host header keeps the name although the checked IP was dialled.
	checkStored(t, c, p, "f.txt", []byte(fmt.Sprintf("from mixed.example:%d", port)))
	if lookups.Load() != 4 {
		t.Errorf("%d lookups, want one per fetch", lookups.Load())
	}
}

func TestFetchHTTPStatus(t *testing.T) {
	c := newTestCache(t, Options{AllowPrivateURLs: true})
	srv := httptest.NewServer(http.NotFoundHandler())
	defer srv.Close()
	_, err := c.Fetch(context.Background(), srv.URL+"/missing.png")
	wantFetchError(t, err, "fetching", "failed: HTTP 404")
	wantEmptyCache(t, c)
}

func TestFetchSizeLimit(t *testing.T) {
	var bodyBytes atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/declared":
			w.Header().Set("Content-Length", "1000")
			n, _ := w.Write(make([]byte, 1000))
			bodyBytes.Add(int64(n))
		case "/chunked":
			// No Content-Length: the limit must hold while streaming.
			for range 100 {
				n, _ := w.Write(make([]byte, 100))
				bodyBytes.Add(int64(n))
				w.(http.Flusher).Flush()
			}
		case "/huge":
			// Claims more than the 100 MiB default without sending it.
			w.Header().Set("Content-Length", strconv.Itoa(DefaultFetchLimit+1))
		case "/exact":
			w.Write(make([]byte, 100))
		}
	}))
	defer srv.Close()
	c := newTestCache(t, Options{AllowPrivateURLs: true, MaxFileSize: 100})
	for _, p := range []string{"/declared", "/chunked"} {
		_, err := c.Fetch(context.Background(), srv.URL+p)
		wantFetchError(t, err, "exceeds 100 bytes")
	}
	wantEmptyCache(t, c)
	if _, err := c.Fetch(context.Background(), srv.URL+"/exact"); err != nil {
		t.Errorf("a file of exactly MaxFileSize refused: %v", err)
	}
	unlimited := newTestCache(t, Options{AllowPrivateURLs: true})
	_, err := unlimited.Fetch(context.Background(), srv.URL+"/huge")
	wantFetchError(t, err, fmt.Sprintf("exceeds %d bytes", DefaultFetchLimit))
}

func TestFetchTimeout(t *testing.T) {
	release := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte("partial"))
		w.(http.Flusher).Flush()
		select {
		case <-r.Context().Done():
		case <-release:
		}
	}))
	defer srv.Close()
	defer close(release)
	c := newTestCache(t, Options{AllowPrivateURLs: true, FetchTimeout: 100 * time.Millisecond})
	start := time.Now()
	_, err := c.Fetch(context.Background(), srv.URL+"/slow")
	wantFetchError(t, err, "timed out after 100ms")
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("Fetch took %v with a 100ms timeout", d)
	}
	wantEmptyCache(t, c)

	// The caller's context is honoured too.
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err = c.Fetch(ctx, srv.URL+"/slow")
	wantFetchError(t, err, "cancelled")
}

func TestFetchNegativeTimeoutRejected(t *testing.T) {
	if _, err := New(Options{Dir: t.TempDir(), FetchTimeout: -time.Second}); err == nil {
		t.Error("negative FetchTimeout accepted")
	}
}

func TestParseFetchURL(t *testing.T) {
	for _, tc := range []struct {
		url  string
		want string // "" = accepted
	}{
		{"https://example.com/cat.png", ""},
		{"HTTP://Example.COM:8080/a", ""},
		{"http://8.8.8.8/x", ""},
		{"http://[2606:4700::1111]/x", ""},
		{"http://user:pw@example.com/x", ""},
		{"file:///etc/passwd", "only http and https"},
		{"gopher://127.0.0.1:6379/_INFO", "only http and https"},
		{"ftp://example.com/x", "only http and https"},
		{"javascript:alert(1)", "only http and https"},
		{"/tmp/x", "only http and https"},
		{"//example.com/x", "only http and https"},
		{"http:///x", "has no host"},
		{"http:example.com", "has no host"},
		{"http://example.com:99999/", "invalid port"},
		{"http://127.0.0.1/", "loopback"},
		{"http://localhost./", ""}, // a name: checked when resolved
		{"http://127.1/", "loopback"},
		{"http://2130706433/", "loopback"},
		{"http://0x7f000001/", "loopback"},
		{"http://0177.0.0.1/", "loopback"},
		{"http://0/", "unspecified"},
		{"http://0.0.0.0:8080/", "unspecified"},
		{"http://[::]/", "unspecified"},
		{"http://[::1]/", "loopback"},
		{"http://[::ffff:127.0.0.1]/", "loopback"},
		{"http://[::ffff:a9fe:a9fe]/", "link-local"},
		{"http://169.254.169.254/latest/meta-data/", "link-local"},
		{"http://[fe80::1%25eth0]/", "link-local"},
		{"http://[fd00:ec2::254]/", "private"},
		{"http://10.0.0.1/", "private"},
		{"http://192.168.1.1./", "private"},
		{"http://100.100.100.200/", "CGNAT"},
		{"http://224.0.0.1/", "multicast"},
		{"http://[64:ff9b::127.0.0.1]/", "loopback"},
		{"http://[2002:7f00:1::]/", "loopback"},
		{"http://user:hunter2@127.0.0.1/", "xxxxx"}, // password hidden in the message
		{"http://exa mple.com/", "invalid URL"},
		{"http://" + strings.Repeat("a", maxURLBytes), "longer than"},
	} {
		_, err := parseFetchURL(tc.url, nil)
		if tc.want == "" {
			if err != nil {
				t.Errorf("%q refused: %v", tc.url, err)
			}
			continue
		}
		var fe *Error
		if !errors.As(err, &fe) || fe.Status != http.StatusBadRequest || !strings.Contains(fe.Message, tc.want) {
			t.Errorf("%q: error %v, want a 400 containing %q", tc.url, err, tc.want)
		}
		if fe != nil && strings.Contains(fe.Message, "hunter2") {
			t.Errorf("%q: message leaks the password: %s", tc.url, fe.Message)
		}
	}
	// AllowPrivateURLs lifts only the address check.
	allowAll := func(netip.AddrPort) error { return nil }
	if _, err := parseFetchURL("http://127.0.0.1/", allowAll); err != nil {
		t.Errorf("AllowPrivateURLs: %v", err)
	}
	if _, err := parseFetchURL("file:///etc/passwd", allowAll); err == nil {
		t.Error("AllowPrivateURLs let a file: URL through")
	}
}

func TestAddrClass(t *testing.T) {
	for _, tc := range []struct{ ip, want string }{
		// Public.
		{"8.8.8.8", ""},
		{"1.1.1.1", ""},
		{"93.184.215.14", ""},
		{"100.63.255.255", ""},
		{"100.128.0.0", ""},
		{"172.15.255.255", ""},
		{"172.32.0.0", ""},
		{"2606:4700:4700::1111", ""},
		{"2a00:1450:4001:80b::200e", ""},
		{"::ffff:8.8.8.8", ""},
		{"64:ff9b::808:808", ""},
		{"2002:808:808::1", ""},
		// Loopback.
		{"127.0.0.1", classLoopback},
		{"127.255.255.254", classLoopback},
		{"::1", classLoopback},
		{"::ffff:127.0.0.1", classLoopback},
		{"64:ff9b::7f00:1", classLoopback},
		{"2002:7f00:1::", classLoopback},
		// Private (RFC 1918, RFC 4193).
		{"10.0.0.1", classPrivate},
		{"172.16.0.1", classPrivate},
		{"172.31.255.255", classPrivate},
		{"192.168.0.1", classPrivate},
		{"fc00::1", classPrivate},
		{"fd12:3456:789a::1", classPrivate},
		{"::ffff:10.1.1.1", classPrivate},
		{"::ffff:192.168.1.1", classPrivate},
		// Link-local, including cloud metadata.
		{"169.254.169.254", classLinkLocal},
		{"169.254.0.1", classLinkLocal},
		{"fe80::1", classLinkLocal},
		{"fe80::1%eth0", classLinkLocal},
		{"febf::1", classLinkLocal},
		{"::ffff:169.254.169.254", classLinkLocal},
		// Unspecified.
		{"0.0.0.0", classUnspecified},
		{"::", classUnspecified},
		{"::ffff:0.0.0.0", classUnspecified},
		// Multicast and broadcast.
		{"224.0.0.1", classMulticast},
		{"239.255.255.250", classMulticast},
		{"ff02::1", classMulticast},
		{"ff05::2", classMulticast},
		{"255.255.255.255", classReserved},
		// Shared address space (carrier-grade NAT).
		{"100.64.0.1", classShared},
		{"100.127.255.255", classShared},
		{"::ffff:100.64.0.1", classShared},
		// Other special-purpose ranges.
		{"0.1.2.3", classReserved},
		{"192.0.0.8", classReserved},
		{"192.0.2.1", classReserved},
		{"198.18.0.1", classReserved},
		{"198.51.100.1", classReserved},
		{"203.0.113.1", classReserved},
		{"240.0.0.1", classReserved},
		{"::127.0.0.1", classReserved},
		{"100::1", classReserved},
		{"2001:db8::1", classReserved},
		{"2001::1", classReserved},
		{"fec0::1", classReserved},
		{"64:ff9b:1::1", classReserved},
	} {
		ip := netip.MustParseAddr(tc.ip)
		if got := addrClass(ip); got != tc.want {
			t.Errorf("addrClass(%s) = %q, want %q", tc.ip, got, tc.want)
		}
	}
	if got := addrClass(netip.Addr{}); got != classInvalid {
		t.Errorf("addrClass(zero) = %q", got)
	}
}

func TestParseLegacyIPv4(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"127.0.0.1", "127.0.0.1"},
		{"127.1", "127.0.0.1"},
		{"127.0.1", "127.0.0.1"},
		{"2130706433", "127.0.0.1"},
		{"0x7f000001", "127.0.0.1"},
		{"0x7f.1", "127.0.0.1"},
		{"0177.0.0.01", "127.0.0.1"},
		{"0xA9.0xFE.0xA9.0xFE", "169.254.169.254"},
		{"10.0x10000", "10.1.0.0"},
		{"0", "0.0.0.0"},
		{"4294967295", "255.255.255.255"},
		{"4294967296", ""},
		{"256.0.0.1", ""},
		{"1.2.3.256", ""},
		{"1.2.65536", ""},
		{"1.16777216", ""},
		{"1.2.3.4.5", ""},
		{"08.1.1.1", ""},
		{"0xg.1.1.1", ""},
		{"1..2", ""},
		{"", ""},
		{"example.com", ""},
		{"1.2.3.", ""},
		{"+1.2.3.4", ""},
	} {
		ip, ok := parseLegacyIPv4(tc.in)
		got := ""
		if ok {
			got = ip.String()
		}
		if got != tc.want {
			t.Errorf("parseLegacyIPv4(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// FuzzClassifyURL checks the URL gate against any input: it never panics, and whatever it
// accepts is http(s) with a host that, if it is an IP address in any spelling, is public.
func FuzzClassifyURL(f *testing.F) {
	for _, s := range []string{
		"http://example.com/a.png", "https://8.8.8.8/", "http://127.0.0.1/", "http://[::ffff:7f00:1]/",
		"http://2130706433/", "http://0x7f.1/", "gopher://x/", "http://[fe80::1%25en0]:80/",
		"http://169.254.169.254/", "HTTP://LOCALHOST/", "http://[64:ff9b::a00:1]/", "http://1.2.3.4.5/",
		"http://%31%32%37.0.0.1/", "http://127.0.0.1%00.example.com/",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		u, err := parseFetchURL(raw, nil)
		if err != nil {
			var fe *Error
			if !errors.As(err, &fe) || fe.Status != http.StatusBadRequest {
				t.Fatalf("%q: error %v is not a 400 *Error", raw, err)
			}
			return
		}
		if s := strings.ToLower(u.Scheme); s != "http" && s != "https" {
			t.Fatalf("%q accepted with scheme %q", raw, u.Scheme)
		}
		host := u.Hostname()
		if host == "" {
			t.Fatalf("%q accepted without a host", raw)
		}
		if ip, ok := hostAddr(host); ok {
			if c := addrClass(ip); c != "" {
				t.Fatalf("%q accepted although its host is %s (%s)", raw, ip, c)
			}
		}
		if ip, err := netip.ParseAddr(host); err == nil && addrClass(ip) != "" {
			t.Fatalf("%q accepted although %s is not public", raw, ip)
		}
		// Mapped forms classify like the IPv4 address they carry.
		if ip, err := netip.ParseAddr(host); err == nil && ip.Is4() {
			if addrClass(netip.AddrFrom16(ip.As16())) != addrClass(ip) {
				t.Fatalf("mapped %s classified differently", ip)
			}
		}
	})
}

// Fetch's result is a regular cached file that Resolve accepts as an input path.
func TestFetchResultResolves(t *testing.T) {
	c := newTestCache(t, Options{AllowPrivateURLs: true})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, "x")
	}))
	defer srv.Close()
	p, err := c.Fetch(context.Background(), srv.URL+"/a.txt")
	if err != nil {
		t.Fatal(err)
	}
	if real, err := c.Resolve(p); err != nil || real != p {
		t.Errorf("Resolve(%q) = %q, %v", p, real, err)
	}
	if _, err := os.Stat(p); err != nil {
		t.Error(err)
	}
}
