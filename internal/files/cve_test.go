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
	"strings"
	"sync/atomic"
	"testing"
)

// SSRF regression suite for Fetch (a client's http(s) URL given as a file input), modelled on
// Gradio's advisories: CVE-2023-51449 (SSRF through /file= URLs), CVE-2024-47167 (SSRF via
// the /queue/join path of a FileData URL), CVE-2024-47168 (/proxy= and redirects) and the
// "SSRF guard on from_config proxy URLs" fix; plus the URL-parser confusions any SSRF filter
// must survive. The internal server stands for what an attacker wants to reach (a metadata
// service, an admin port); it must never see a request.
func TestCVEFetchSSRF(t *testing.T) {
	var internalHits atomic.Int32
	internal := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		internalHits.Add(1)
		io.WriteString(w, "internal secret")
	}))
	defer internal.Close()
	iport := servePort(t, internal)
	ihost := fmt.Sprintf("127.0.0.1:%d", iport)

	c := newTestCache(t, Options{})
	public := publicServer(t, c, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/loop" {
			http.Redirect(w, r, "/loop", http.StatusFound)
			return
		}
		if to := r.URL.Query().Get("to"); to != "" {
			http.Redirect(w, r, to, http.StatusFound)
			return
		}
		io.WriteString(w, "public")
	}))
	var rebindLookups atomic.Int32
	c.lookup = func(ctx context.Context, host string) ([]netip.Addr, error) {
		switch host {
		case "metadata.google.internal":
			return []netip.Addr{netip.MustParseAddr("169.254.169.254")}, nil
		case "localtest.me", "127.0.0.1.nip.io":
			return []netip.Addr{netip.MustParseAddr("127.0.0.1")}, nil
		case "v6-internal.example":
			return []netip.Addr{netip.MustParseAddr("::1")}, nil
		case "rebind.example":
			// First answer public (the test server), every later one internal: a filter
			// that checks one lookup and lets the dialler resolve again is fooled.
			if rebindLookups.Add(1) == 1 {
				return []netip.Addr{netip.MustParseAddr("127.0.0.1")}, nil
			}
			return []netip.Addr{netip.MustParseAddr("10.0.0.1")}, nil
		}
		// localhost: the system's answer (/etc/hosts), or the usual one where there is none.
		if ips, err := net.DefaultResolver.LookupNetIP(ctx, "ip", host); err == nil {
			return ips, nil
		}
		return []netip.Addr{netip.MustParseAddr("::1"), netip.MustParseAddr("127.0.0.1")}, nil
	}
	redirect := func(to string) string { return public.URL + "/?to=" + to }

	for _, tc := range []struct {
		name string // what the row models
		url  string
		want string // in the 400 message
	}{
		// Non-HTTP schemes (file read, Redis/memcached smuggling).
		{"file:// read", "file:///etc/passwd", "only http and https"},
		{"gopher:// to Redis", "gopher://" + ihost + "/_FLUSHALL", "only http and https"},
		{"dict://", "dict://" + ihost + "/info", "only http and https"},
		{"ftp://", "ftp://" + ihost + "/", "only http and https"},
		{"jar: scheme", "jar:http://" + ihost + "/x.jar!/", "only http and https"},
		// Cloud metadata, by address and by name, in IPv4, mapped and IPv6 forms.
		{"AWS/GCP/Azure metadata", "http://169.254.169.254/latest/meta-data/iam/", "link-local"},
		{"metadata, IPv4-mapped IPv6", "http://[::ffff:169.254.169.254]/", "link-local"},
		{"metadata, hex-mapped IPv6", "http://[::ffff:a9fe:a9fe]/", "link-local"},
		{"metadata, decimal integer", "http://2852039166/", "link-local"},
		{"AWS IPv6 metadata", "http://[fd00:ec2::254]/", "private"},
		{"GCP metadata by name", "http://metadata.google.internal/computeMetadata/v1/", "link-local"},
		{"Alibaba metadata (CGNAT range)", "http://100.100.100.200/latest/meta-data/", "CGNAT"},
		// Loopback in every spelling.
		{"loopback", "http://" + ihost + "/admin", "loopback"},
		{"localhost by name", fmt.Sprintf("http://localhost:%d/admin", iport), "loopback"},
		{"name resolving to loopback", fmt.Sprintf("http://localtest.me:%d/", iport), "loopback"},
		{"wildcard DNS to loopback", fmt.Sprintf("http://127.0.0.1.nip.io:%d/", iport), "loopback"},
		{"IPv6 loopback by name", fmt.Sprintf("http://v6-internal.example:%d/", iport), "loopback"},
		{"short form 127.1", fmt.Sprintf("http://127.1:%d/", iport), "loopback"},
		{"decimal integer", fmt.Sprintf("http://2130706433:%d/", iport), "loopback"},
		{"hexadecimal", fmt.Sprintf("http://0x7f000001:%d/", iport), "loopback"},
		{"octal", fmt.Sprintf("http://0177.0.0.1:%d/", iport), "loopback"},
		{"mixed hex parts", fmt.Sprintf("http://0x7f.0x0.0x0.0x1:%d/", iport), "loopback"},
		{"trailing dot", fmt.Sprintf("http://127.0.0.1.:%d/", iport), "loopback"},
		{"IPv6 ::1", fmt.Sprintf("http://[::1]:%d/", iport), "loopback"},
		{"IPv4-mapped loopback", fmt.Sprintf("http://[::ffff:127.0.0.1]:%d/", iport), "loopback"},
		{"NAT64 loopback", fmt.Sprintf("http://[64:ff9b::7f00:1]:%d/", iport), "loopback"},
		{"6to4 loopback", fmt.Sprintf("http://[2002:7f00:1::]:%d/", iport), "loopback"},
		{"unspecified 0.0.0.0", fmt.Sprintf("http://0.0.0.0:%d/", iport), "unspecified"},
		{"unspecified 0", fmt.Sprintf("http://0:%d/", iport), "unspecified"},
		{"unspecified [::]", fmt.Sprintf("http://[::]:%d/", iport), "unspecified"},
		// Private networks.
		{"RFC 1918 10/8", "http://10.0.0.1/", "private"},
		{"RFC 1918 172.16/12", "http://172.16.5.4/", "private"},
		{"RFC 1918 192.168/16", "http://192.168.0.1/", "private"},
		{"RFC 4193 fc00::/7", "http://[fd12:3456::1]/", "private"},
		{"IPv6 link-local with zone", "http://[fe80::1%25eth0]/", "link-local"},
		{"multicast", "http://224.0.0.251/", "multicast"},
		{"broadcast", "http://255.255.255.255/", "reserved"},
		// URL-parser confusion: the host is what Go's parser (and the dialler) sees.
		{"userinfo pretending to be the host", fmt.Sprintf("http://public.example@127.0.0.1:%d/", iport), "loopback"},
		{"fragment hiding the host", fmt.Sprintf("http://127.0.0.1:%d#@public.example/", iport), "loopback"},
		{"backslash authority trick", fmt.Sprintf(`http://public.example\@127.0.0.1:%d/`, iport), "invalid URL"},
		{"encoded host", "http://%31%32%37.0.0.1/", "invalid URL"},
		{"space in host", "http://127.0.0.1 .public.example/", "invalid URL"},
		// Redirects from an allowed host to a forbidden one (CVE-2024-47168's open redirect).
		{"redirect to loopback", redirect("http://" + ihost + "/admin"), "loopback"},
		{"redirect to metadata", redirect("http://169.254.169.254/latest/meta-data/"), "link-local"},
		{"redirect to a name resolving to metadata", redirect("http://metadata.google.internal/"), "link-local"},
		{"redirect to file://", redirect("file:///etc/passwd"), "only http and https"},
		{"redirect to gopher://", redirect("gopher://" + ihost + "/_x"), "only http and https"},
		{"redirect loop", public.URL + "/loop", "more than 5 redirects"},
	} {
		_, err := c.Fetch(context.Background(), tc.url)
		var fe *Error
		if !errors.As(err, &fe) || fe.Status != http.StatusBadRequest || !strings.Contains(fe.Message, tc.want) {
			t.Errorf("%s: %q gave %v; want a 400 containing %q", tc.name, tc.url, err, tc.want)
		}
	}
	if n := internalHits.Load(); n != 0 {
		t.Errorf("the internal server was reached %d times", n)
	}

	// DNS rebinding: the address that was checked is the one dialled, with one lookup.
	p, err := c.Fetch(context.Background(), fmt.Sprintf("http://rebind.example:%d/f.txt", servePort(t, public)))
	if err != nil {
		t.Fatalf("rebind.example: %v", err)
	}
	checkStored(t, c, p, "f.txt", []byte("public"))
	if n := rebindLookups.Load(); n != 1 {
		t.Errorf("rebind.example looked up %d times; the dialler must not resolve again", n)
	}
}
