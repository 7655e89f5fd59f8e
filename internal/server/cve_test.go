package server

import (
	"bufio"
	"bytes"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"mime/multipart"
	"net"
	"net/http"
	"net/http/httptest"
	"net/textproto"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/gradio-go/gradio/internal/files"
)

// Security regression suite for the file routes, modelled on Gradio's published advisories:
// CVE-2023-51449 (path traversal through /file= and SSRF), CVE-2024-1561 (/component_server
// reading arbitrary files), CVE-2024-47167/47168 (SSRF and open redirects in file URLs),
// GHSA-39mp-8hj3-5c49 / CVE-2026-28414 (Windows absolute paths with Python 3.13),
// GHSA-j36p-7w88-g82j (FileExplorer traversal) and #11162 (exfiltration of arbitrary paths).
// Every request goes through the real HTTP server on a raw TCP connection, so no client
// library cleans the path first.

// cveFixture is a server whose cache sits next to files an attacker wants.
type cveFixture struct {
	srv                *httptest.Server
	c                  *files.Cache
	base, cache        string
	stored, entry      string // a legitimately uploaded file and its hash directory
	secretPath, secret string // a file outside the cache and its unguessable content
	internal           *httptest.Server
	internalHits       *int
}

func newCVEFixture(t *testing.T) *cveFixture {
	t.Helper()
	f := &cveFixture{base: t.TempDir()}
	var mark [8]byte
	rand.Read(mark[:])
	f.secret = "TOP-SECRET-" + hex.EncodeToString(mark[:])
	f.cache = filepath.Join(f.base, "cache")
	f.secretPath = filepath.Join(f.base, "secret.txt")
	writeFile(t, f.secretPath, f.secret)
	// A sibling whose name extends the cache's: /x/cache-evil must not pass for /x/cache/….
	writeFile(t, filepath.Join(f.base, "cache-evil", "secret.txt"), f.secret)
	// AllowedPaths with a blocked folder inside it.
	writeFile(t, filepath.Join(f.base, "public", "ok.txt"), "public")
	writeFile(t, filepath.Join(f.base, "public", "private", "key.txt"), f.secret)
	f.srv, f.c = newFileServer(t, files.Options{
		Dir:          f.cache,
		AllowedPaths: []string{filepath.Join(f.base, "public")},
		BlockedPaths: []string{filepath.Join(f.base, "public", "private")},
	}, 0)
	var err error
	if f.stored, err = f.c.AddBytes("notes.txt", []byte("hello")); err != nil {
		t.Fatal(err)
	}
	f.entry = filepath.Dir(f.stored)
	// Planted by someone with local access, or by a bug: links that lead out of the cache.
	os.Symlink(f.secretPath, filepath.Join(f.entry, "link.txt"))
	os.Symlink(f.base, filepath.Join(f.cache, strings.Repeat("ab", 32)))
	writeFile(t, filepath.Join(f.cache, ".upload-123456"), f.secret) // an upload in flight
	hits := 0
	f.internalHits = &hits
	f.internal = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits++
		io.WriteString(w, f.secret)
	}))
	t.Cleanup(f.internal.Close)
	return f
}

func writeFile(t *testing.T, p, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(p), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
}

// rawGet sends target verbatim in the request line and follows same-host redirects, so a
// path the router "cleans" into another one is checked too.
func rawGet(t *testing.T, srv *httptest.Server, target string) (status int, body string) {
	t.Helper()
	for range 5 {
		conn, err := net.Dial("tcp", srv.Listener.Addr().String())
		if err != nil {
			t.Fatal(err)
		}
		conn.SetDeadline(time.Now().Add(10 * time.Second))
		fmt.Fprintf(conn, "GET %s HTTP/1.1\r\nHost: test\r\nConnection: close\r\n\r\n", target)
		resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
		if err != nil {
			conn.Close()
			return 0, "" // the server dropped the request: refused
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		conn.Close()
		loc := resp.Header.Get("Location")
		if resp.StatusCode/100 != 3 || loc == "" {
			return resp.StatusCode, string(b)
		}
		u, err := url.Parse(loc)
		if err != nil || u.Host != "" && u.Host != "test" {
			return resp.StatusCode, string(b) // never followed off-site
		}
		target = u.RequestURI()
	}
	t.Fatalf("redirect loop for %q", target)
	return 0, ""
}

func TestCVEFileRoute(t *testing.T) {
	f := newCVEFixture(t)
	const file = "/gradio_api/file="
	C := f.cache
	E := f.entry
	enc := func(p string) string { return (&url.URL{Path: p}).EscapedPath() }

	// Positive controls: the legitimate ways to fetch the stored file still work.
	for _, target := range []string{file + f.stored, file + enc(f.stored), file + filepath.Join(f.base, "public", "ok.txt")} {
		if status, body := rawGet(t, f.srv, target); status != http.StatusOK {
			t.Fatalf("control %q: %d %q", target, status, body)
		}
	}

	for _, tc := range []struct {
		name   string // what the row models
		target string // request target, sent verbatim
	}{
		// CVE-2023-51449: ../ sequences out of the cache, raw and encoded every way.
		{"plain ../ out of the cache", file + C + "/../secret.txt"},
		{"../ from inside an entry", file + E + "/../../secret.txt"},
		{"..%2f encoded slash", file + C + "/..%2fsecret.txt"},
		{"..%2F upper-case encoding", file + C + "/..%2Fsecret.txt"},
		{"%2e%2e/ encoded dots", file + C + "/%2e%2e/secret.txt"},
		{"%2e%2e%2f fully encoded", file + C + "/%2e%2e%2fsecret.txt"},
		{".%2e mixed dot encoding", file + E + "/.%2e/.%2e/secret.txt"},
		{"%252e%252e double encoding", file + C + "/%252e%252e/secret.txt"},
		{"..%252f double-encoded slash", file + C + "/..%252fsecret.txt"},
		{"%c0%ae overlong UTF-8 dot", file + C + "/%c0%ae%c0%ae/secret.txt"},
		{"dot segments only", file + C + "/./../secret.txt"},
		// Absolute paths outside every allowed place.
		{"absolute /etc/passwd", file + "/etc/passwd"},
		{"absolute path of the secret", file + f.secretPath},
		{"relative path from the working directory", file + "secret.txt"},
		{"empty path", file},
		// GHSA-39mp-8hj3-5c49 / CVE-2026-28414: Windows separators and drive paths.
		{`..\ backslash traversal`, file + C + `/..\secret.txt`},
		{`..%5c encoded backslash`, file + C + "/..%5csecret.txt"},
		{`C:\ drive path`, file + `C:\Windows\win.ini`},
		{"C:/ drive path", file + "C:/Windows/win.ini"},
		{"C%3A%5C encoded drive path", file + "C%3A%5CWindows%5Cwin.ini"},
		// UNC and protocol-relative forms.
		{"//host/share", file + "//attacker/share/secret.txt"},
		{`\\host\share`, file + `\\attacker\share\secret.txt`},
		{"%5c%5c encoded UNC", file + "%5c%5cattacker%5cshare"},
		// NUL bytes that truncate paths in C-based code.
		{"NUL after a cached name", file + f.stored + "%00.png"},
		{"NUL inside a traversal", file + C + "/../secret.txt%00.png"},
		// Symlinks that lead out of the cache.
		{"symlink file in an entry", file + E + "/link.txt"},
		{"symlinked entry directory", file + C + "/" + strings.Repeat("ab", 32) + "/secret.txt"},
		// Prefix confusion and non-files.
		{"sibling dir sharing the cache's prefix", file + C + "-evil/secret.txt"},
		{"the cache directory itself", file + C},
		{"an entry directory", file + E},
		{"an upload still in flight", file + C + "/.upload-123456"},
		// allowed_paths with blocked_paths inside (case and dot-segment variants).
		{"blocked folder inside an allowed one", file + filepath.Join(f.base, "public", "private", "key.txt")},
		{"blocked folder via ./", file + f.base + "/public/./private/key.txt"},
		{"blocked folder via //", file + f.base + "/public//private/key.txt"},
		{"blocked folder via ../", file + f.base + "/public/x/../private/key.txt"},
		// CVE-2023-51449 / CVE-2024-47167 (SSRF through file URLs): never fetched or redirected.
		{"file:// scheme", file + "file://" + f.secretPath},
		{"file:/// scheme", file + "file:///etc/passwd"},
		{"cloud metadata URL", file + "http://169.254.169.254/latest/meta-data/"},
		{"loopback service URL", file + f.internal.URL + "/admin"},
		{"upper-case scheme", file + strings.Replace(f.internal.URL, "http", "HTTP", 1) + "/admin"},
		{"encoded scheme", file + "http%3A%2F%2F169.254.169.254%2F"},
		{"gopher:// to Redis", file + "gopher://127.0.0.1:6379/_INFO"},
		{"dict://", file + "dict://127.0.0.1:11211/stat"},
		// Overlong input.
		{"overlong path", file + C + "/" + strings.Repeat("a/", 3000) + "x"},
		{"overlong name", file + E + "/" + strings.Repeat("n", 5000)},
		{"deep traversal", file + C + strings.Repeat("/..", 200) + f.secretPath},
	} {
		status, body := rawGet(t, f.srv, tc.target)
		t.Logf("%-45s %d", tc.name, status)
		if status/100 != 4 && status != 0 || strings.Contains(body, f.secret) {
			t.Errorf("%s: %q answered %d %.80q", tc.name, tc.target, status, body)
		}
	}
	if *f.internalHits != 0 {
		t.Errorf("the internal server was contacted %d times", *f.internalHits)
	}
}

// postRawUpload uploads one part whose Content-Disposition is written verbatim.
func postRawUpload(t *testing.T, srv *httptest.Server, disposition, content string) (int, []string, string) {
	t.Helper()
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	h := textproto.MIMEHeader{}
	h.Set("Content-Disposition", disposition)
	h.Set("Content-Type", "application/octet-stream")
	w, _ := mw.CreatePart(h)
	io.WriteString(w, content)
	mw.Close()
	resp, err := srv.Client().Post(srv.URL+"/gradio_api/upload", mw.FormDataContentType(), &buf)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	var paths []string
	json.Unmarshal(b, &paths)
	return resp.StatusCode, paths, string(b)
}

func TestCVEUploadNames(t *testing.T) {
	f := newCVEFixture(t)
	before := snapshot(t, f.base, f.cache)
	for i, tc := range []struct {
		name        string // what the row models
		disposition string
	}{
		{"../ traversal in the filename", `form-data; name="files"; filename="../../x.txt"`},
		{"deep traversal to /etc", `form-data; name="files"; filename="../../../../../../etc/cron.d/x"`},
		{"absolute filename", `form-data; name="files"; filename="/etc/passwd"`},
		{"absolute path to the secret", `form-data; name="files"; filename="` + f.secretPath + `"`},
		{`Windows ..\ traversal`, `form-data; name="files"; filename="..\\..\\evil.txt"`},
		{"Windows drive path", `form-data; name="files"; filename="C:\\Windows\\System32\\evil.dll"`},
		{"UNC path", `form-data; name="files"; filename="\\\\host\\share\\evil.txt"`},
		{"RFC 2231 encoded traversal", `form-data; name="files"; filename*=UTF-8''..%2F..%2Fencoded.txt`},
		{"RFC 2231 encoded NUL", `form-data; name="files"; filename*=UTF-8''nul%00.txt`},
		{"RFC 2231 encoded CR LF", `form-data; name="files"; filename*=UTF-8''crlf%0D%0A.txt`},
		{"control characters", "form-data; name=\"files\"; filename=\"ctl\x01\x1f\x7f.txt\""},
		{"dot-dot alone", `form-data; name="files"; filename=".."`},
		{"dot alone", `form-data; name="files"; filename="."`},
		{"trailing slash", `form-data; name="files"; filename="dir/"`},
		{"shell and URL metacharacters", `form-data; name="files"; filename="$(id)<x>|y?*{z}.txt"`},
		{"cache temp-file prefix", `form-data; name="files"; filename=".upload-999"`},
		{"overlong name", `form-data; name="files"; filename="` + strings.Repeat("n", 1000) + `.txt"`},
		{"invalid UTF-8", "form-data; name=\"files\"; filename=\"bad\xff\xfe.txt\""},
	} {
		content := fmt.Sprintf("upload %d", i)
		status, paths, body := postRawUpload(t, f.srv, tc.disposition, content)
		if status != http.StatusOK {
			// Refusing is fine too, as long as nothing was written anywhere.
			if status/100 != 4 {
				t.Errorf("%s: status %d %s", tc.name, status, body)
			}
			continue
		}
		if len(paths) != 1 {
			t.Errorf("%s: answer %s", tc.name, body)
			continue
		}
		p := paths[0]
		entry := filepath.Dir(p)
		name := filepath.Base(p)
		if filepath.Dir(entry) != f.cache || len(filepath.Base(entry)) != 64 {
			t.Errorf("%s: stored at %q, not in a hash directory of the cache", tc.name, p)
		}
		if name == "." || name == ".." || strings.ContainsAny(name, "/\\\x00\r\n") || len(name) > 200 {
			t.Errorf("%s: stored under the unsafe name %q", tc.name, name)
		}
		for _, r := range name {
			if r < 0x20 || r == 0x7f {
				t.Errorf("%s: control character in %q", tc.name, name)
			}
		}
		if b, err := os.ReadFile(p); err != nil || string(b) != content {
			t.Errorf("%s: %q holds %q, %v", tc.name, p, b, err)
		}
		if rp, err := f.c.Resolve(p); err != nil || rp != p {
			t.Errorf("%s: the stored path does not resolve: %v", tc.name, err)
		}
	}
	// Nothing appeared outside the cache.
	if after := snapshot(t, f.base, f.cache); after != before {
		t.Errorf("files outside the cache changed:\nbefore %s\nafter  %s", before, after)
	}
	if b, err := os.ReadFile(f.secretPath); err != nil || string(b) != f.secret {
		t.Error("the secret file was overwritten")
	}
}

// snapshot lists every path under root except those under skip.
func snapshot(t *testing.T, root, skip string) string {
	t.Helper()
	var out []string
	filepath.Walk(root, func(p string, info os.FileInfo, err error) error {
		if p == skip {
			return filepath.SkipDir
		}
		out = append(out, fmt.Sprintf("%s:%d", p, info.Size()))
		return nil
	})
	return strings.Join(out, "\n")
}
