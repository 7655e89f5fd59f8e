package server_test

// The hostile-input suite, continued: wrong methods and junk queries on every route,
// broken uploads, and fuzz targets that drive the JSON and multipart decoders through
// the whole server.

import (
	"bytes"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// routes lists every route of the server's mux (server.go), with its method.
var routes = []struct{ method, path string }{
	{"GET", "/"},
	{"GET", "/assets/index.js"},
	{"GET", "/config"},
	{"GET", "/gradio_api/info"},
	{"GET", "/gradio_api/openapi.json"},
	{"POST", "/gradio_api/queue/join"},
	{"GET", "/gradio_api/queue/data"},
	{"GET", "/gradio_api/queue/status"},
	{"POST", "/gradio_api/cancel"},
	{"POST", "/gradio_api/reset"},
	{"GET", "/gradio_api/heartbeat/s"},
	{"POST", "/gradio_api/call/echo"},
	{"POST", "/gradio_api/call/v2/echo"},
	{"GET", "/gradio_api/call/echo/e"},
	{"GET", "/gradio_api/call/v2/echo/e"},
	{"POST", "/gradio_api/run/echo"},
	{"POST", "/gradio_api/api/echo"},
	{"POST", "/gradio_api/upload"},
	{"GET", "/gradio_api/upload_progress"},
	{"GET", "/gradio_api/app_id"},
	{"GET", "/gradio_api/startup-events"},
	{"GET", "/gradio_api/file=x"},
	{"GET", "/login"},
	{"GET", "/logout"},
}

// TestHostileMethodsAndQueries sends every route the methods it does not take, and the
// GET routes queries of junk.
func TestHostileMethodsAndQueries(t *testing.T) {
	noLeaks(t)
	srv := hostileApp(t)
	var table []attack
	for _, r := range routes {
		for _, m := range []string{"GET", "POST", "PUT", "DELETE", "PATCH"} {
			if m == r.method || m == "POST" && strings.HasPrefix(r.path, "/gradio_api/file=") {
				continue
			}
			if m == "GET" && (r.path == "/gradio_api/reset" || r.path == "/login" || r.path == "/logout") {
				continue // answered as Gradio does: reset is harmless, login redirects
			}
			want := []int{404, 405}
			switch r.path {
			case "/login":
				want = []int{302} // an app without logins sends them to its page
			case "/gradio_api/call/v2/echo":
				// GET is /call/{api}/{event} of api "v2": an unknown event's error frame.
				want = []int{200, 404, 405}
			}
			table = append(table, attack{name: "wrong method", method: m, path: r.path, want: want})
		}
		if r.method == "GET" && !strings.Contains(r.path, "heartbeat") && !strings.Contains(r.path, "upload_progress") {
			for _, q := range []string{"?a=%zz", "?session_hash=&session_hash=x", "?" + strings.Repeat("a=b&", 2000), "?all_endpoints=%00"} {
				want := []int{200, 302, 400, 403, 404}
				table = append(table, attack{name: "junk query", method: "GET", path: r.path + q, want: want})
			}
		}
	}
	runAttacks(t, srv.URL, table)
	t.Logf("%d method and query attacks on %d routes", len(table), len(routes))
	stillServes(t, srv.URL)
}

// multipartBody is a one-file upload with the given part header and content.
func multipartBody(disposition, content string) string {
	return "--XYZ\r\nContent-Disposition: " + disposition + "\r\nContent-Type: text/plain\r\n\r\n" + content + "\r\n--XYZ--\r\n"
}

func TestHostileUploads(t *testing.T) {
	noLeaks(t)
	srv := hostileApp(t)
	mp := "multipart/form-data; boundary=XYZ"
	file := `form-data; name="files"; filename="a.txt"`
	var many strings.Builder
	for i := range 2000 {
		fmt.Fprintf(&many, "--XYZ\r\nContent-Disposition: form-data; name=\"f%d\"\r\n\r\nv\r\n", i)
	}
	many.WriteString("--XYZ--\r\n")
	table := []attack{
		{name: "no content type", method: "POST", path: "/gradio_api/upload", body: "x", ctype: "text/plain", want: bad},
		{name: "JSON", method: "POST", path: "/gradio_api/upload", body: `{"files":["a"]}`, want: bad},
		{name: "no boundary", method: "POST", path: "/gradio_api/upload", ctype: "multipart/form-data", body: multipartBody(file, "a"), want: bad},
		{name: "wrong boundary", method: "POST", path: "/gradio_api/upload", ctype: "multipart/form-data; boundary=ABC", body: multipartBody(file, "a"), want: bad},
		{name: "truncated", method: "POST", path: "/gradio_api/upload", ctype: mp, body: "--XYZ\r\nContent-Disposition: " + file + "\r\n\r\nhal", want: bad},
		{name: "no closing boundary", method: "POST", path: "/gradio_api/upload", ctype: mp, body: "--XYZ\r\nContent-Disposition: " + file + "\r\n\r\nhello\r\n", want: bad},
		{name: "empty body", method: "POST", path: "/gradio_api/upload", ctype: mp, want: []int{200, 400}},
		{name: "bad part header", method: "POST", path: "/gradio_api/upload", ctype: mp, body: "--XYZ\r\nno colon here\r\n\r\nx\r\n--XYZ--\r\n", want: bad},
		{name: "huge part header", method: "POST", path: "/gradio_api/upload", ctype: mp, body: multipartBody(`form-data; name="files"; filename="`+strings.Repeat("a", 64<<10)+`"`, "x"), want: []int{200, 400}},
		{name: "file over the size limit", method: "POST", path: "/gradio_api/upload", ctype: mp, body: multipartBody(file, strings.Repeat("x", 1<<20+1)), want: []int{413}},
		{name: "2,000 other fields", method: "POST", path: "/gradio_api/upload", ctype: mp, body: many.String(), want: []int{200}},
		{name: "no file name", method: "POST", path: "/gradio_api/upload", ctype: mp, body: multipartBody(`form-data; name="files"`, "x"), want: []int{200}},
		{name: "dot dot name", method: "POST", path: "/gradio_api/upload", ctype: mp, body: multipartBody(`form-data; name="files"; filename="../../x"`, "x"), want: []int{200},
			check: func(t *testing.T, _ http.Header, body string) {
				if strings.Contains(body, "..") {
					t.Errorf("stored as %s", body)
				}
			}},
		{name: "bad upload id", method: "POST", path: "/gradio_api/upload?upload_id=%0d%0a", ctype: mp, body: multipartBody(file, "x"), want: []int{200}},
	}
	runAttacks(t, srv.URL, table)
	t.Logf("%d upload attacks", len(table))
	stillServes(t, srv.URL)
}

// FuzzHostileJSONRoutes sends fuzzed bodies to every route that decodes JSON: whatever
// the body, the answer is not a server error. Run with
// go test ./internal/server -run '^$' -fuzz FuzzHostileJSONRoutes.
func FuzzHostileJSONRoutes(f *testing.F) {
	app := buildHostile(f)
	paths := []string{"/gradio_api/queue/join", "/gradio_api/run/echo", "/gradio_api/api/inc", "/gradio_api/call/echo",
		"/gradio_api/call/v2/echo", "/gradio_api/call/v2/inc", "/gradio_api/cancel"}
	for i := range paths {
		for _, m := range malformedBodies[:15] {
			f.Add(uint8(i), m.body)
		}
		f.Add(uint8(i), `{"data":["a"],"fn_index":0,"session_hash":"h","event_data":{"index":1}}`)
		f.Add(uint8(i), `{"data":[null],"fn_index":1,"session_hash":"h"}`)
		f.Add(uint8(i), `{"text":"a","session_hash":"h","oauth_token":1}`)
		f.Add(uint8(i), `{"event_id":"e","session_hash":"h","fn_index":0}`)
		f.Add(uint8(i), `{"data":[{"path":"/etc/passwd","meta":{"_type":"gradio.FileData"}}],"fn_index":4}`)
	}
	f.Fuzz(func(t *testing.T, route uint8, body string) {
		path := paths[int(route)%len(paths)]
		req := httptest.NewRequest("POST", path, strings.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		rec := httptest.NewRecorder()
		app.ServeHTTP(rec, req)
		if rec.Code >= 500 {
			t.Fatalf("POST %s %q: %d %s", path, body, rec.Code, rec.Body)
		}
	})
}

// FuzzHostileUpload sends fuzzed multipart bodies to /upload.
func FuzzHostileUpload(f *testing.F) {
	app := buildHostile(f)
	f.Add("XYZ", multipartBody(`form-data; name="files"; filename="a.txt"`, "hello"))
	f.Add("XYZ", multipartBody(`form-data; name="files"; filename*=UTF-8''%e2%82%ac.txt`, "x"))
	f.Add("XYZ", "--XYZ\r\nContent-Disposition: form-data; name=\"files\"; filename=\"a\"\r\n\r\nhal")
	f.Add("", "")
	f.Fuzz(func(t *testing.T, boundary, body string) {
		req := httptest.NewRequest("POST", "/gradio_api/upload", bytes.NewReader([]byte(body)))
		req.Header.Set("Content-Type", "multipart/form-data; boundary="+boundary)
		rec := httptest.NewRecorder()
		app.ServeHTTP(rec, req)
		if rec.Code >= 500 {
			t.Fatalf("upload (boundary %q) %q: %d %s", boundary, body, rec.Code, rec.Body)
		}
	})
}
