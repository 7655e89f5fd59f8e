package server

import (
	"bytes"
	"io"
	"log/slog"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

func discardLogger() *slog.Logger { return slog.New(slog.NewTextHandler(io.Discard, nil)) }

// Decoders of client input for authentication and origins: a table test and a fuzz
// target each.

func TestValidToken(t *testing.T) {
	cases := []struct {
		in   string
		want bool
	}{
		{strings.Repeat("0123456789abcdef", 4), true},
		{"", false},
		{strings.Repeat("a", 63), false},
		{strings.Repeat("a", 65), false},
		{strings.Repeat("A", 64), false},
		{strings.Repeat("g", 64), false},
		{strings.Repeat("a", 63) + "\x00", false},
		{strings.Repeat("é", 32), false},
	}
	for _, c := range cases {
		if got := validToken(c.in); got != c.want {
			t.Errorf("validToken(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

func FuzzValidToken(f *testing.F) {
	f.Add(strings.Repeat("ab", 32))
	f.Add("")
	f.Add(strings.Repeat("Z", 64))
	l := newLogins(0, 4)
	f.Fuzz(func(t *testing.T, s string) {
		ok := validToken(s)
		if ok && len(s) != 64 {
			t.Fatalf("accepted %q", s)
		}
		// No token the server did not issue is a login.
		if u, in := l.user(s); in {
			t.Fatalf("%q is a login of %q", s, u)
		}
	})
}

func loginRequest(ct string, body []byte) *http.Request {
	r := httptest.NewRequest("POST", "/login", bytes.NewReader(body))
	if ct != "" {
		r.Header.Set("Content-Type", ct)
	}
	return r
}

func multipartBody(fields ...string) (string, []byte) {
	var b bytes.Buffer
	mw := multipart.NewWriter(&b)
	for i := 0; i+1 < len(fields); i += 2 {
		_ = mw.WriteField(fields[i], fields[i+1])
	}
	_ = mw.Close()
	return mw.FormDataContentType(), b.Bytes()
}

func TestReadLoginForm(t *testing.T) {
	const urlenc = "application/x-www-form-urlencoded"
	mct, mbody := multipartBody("username", "ada", "password", "pw")
	_, mdup := multipartBody("username", "ada", "username", "eve", "password", "pw")
	var fileBody bytes.Buffer
	fw := multipart.NewWriter(&fileBody)
	_ = fw.WriteField("username", "ada")
	_ = fw.WriteField("password", "pw")
	w, _ := fw.CreateFormFile("f", "x.txt")
	_, _ = w.Write([]byte("data"))
	_ = fw.Close()
	cases := []struct {
		name, ct   string
		body       []byte
		user, pass string
		ok         bool
	}{
		{"urlencoded", urlenc, []byte("username=ada&password=pw"), "ada", "pw", true},
		{"urlencoded with charset", urlenc + "; charset=utf-8", []byte("username=ada&password=pw"), "ada", "pw", true},
		{"empty password", urlenc, []byte("username=ada&password="), "ada", "", true},
		{"escaped", urlenc, []byte("username=a%26b&password=%3D%3D"), "a&b", "==", true},
		{"multipart", mct, mbody, "ada", "pw", true},
		{"empty user", urlenc, []byte("username=&password=pw"), "", "", false},
		{"no password", urlenc, []byte("username=ada"), "", "", false},
		{"repeated user", urlenc, []byte("username=ada&username=eve&password=pw"), "", "", false},
		{"repeated in multipart", mct, mdup, "", "", false},
		{"a file", fw.FormDataContentType(), fileBody.Bytes(), "", "", false},
		{"JSON", "application/json", []byte(`{"username":"ada","password":"pw"}`), "", "", false},
		{"no content type", "", []byte("username=ada&password=pw"), "", "", false},
		{"bad escape", urlenc, []byte("username=%zz&password=pw"), "", "", false},
		{"too big", urlenc, []byte("username=ada&password=" + strings.Repeat("x", maxLoginForm)), "", "", false},
		{"long user", urlenc, []byte("username=" + strings.Repeat("u", 300) + "&password=pw"), "", "", false},
		{"query only", urlenc, nil, "", "", false},
		{"truncated multipart", mct, mbody[:len(mbody)/2], "", "", false},
	}
	for _, c := range cases {
		r := loginRequest(c.ct, c.body)
		if c.name == "query only" {
			r.URL.RawQuery = "username=ada&password=pw"
		}
		u, p, err := readLoginForm(httptest.NewRecorder(), r)
		if (err == nil) != c.ok || u != c.user || p != c.pass {
			t.Errorf("%s: got %q %q %v, want %q %q ok=%v", c.name, u, p, err, c.user, c.pass, c.ok)
		}
	}
}

func FuzzReadLoginForm(f *testing.F) {
	mct, mbody := multipartBody("username", "ada", "password", "pw")
	f.Add("application/x-www-form-urlencoded", []byte("username=ada&password=pw"))
	f.Add(mct, mbody)
	f.Add("multipart/form-data; boundary=x", []byte("--x\r\nContent-Disposition: form-data; name=\"username\"\r\n\r\nada\r\n--x--"))
	f.Fuzz(func(t *testing.T, ct string, body []byte) {
		u, p, err := readLoginForm(httptest.NewRecorder(), loginRequest(ct, body))
		if err != nil {
			if u != "" || p != "" {
				t.Fatalf("an error with values %q %q", u, p)
			}
			return
		}
		if u == "" || len(u) > 256 || len(p) > 1024 {
			t.Fatalf("accepted user %q (%d bytes of password)", u, len(p))
		}
	})
}

func TestNormalOrigin(t *testing.T) {
	cases := []struct{ in, want string }{
		{"https://example.com", "https://example.com"},
		{"HTTPS://Example.COM:8443", "https://example.com:8443"},
		{"http://127.0.0.1:7860", "http://127.0.0.1:7860"},
		{"http://[::1]:7860", "http://[::1]:7860"},
		{"https://example.com/", "https://example.com"},
		{"null", ""},
		{"", ""},
		{"example.com", ""},
		{"ftp://example.com", ""},
		{"https://user@example.com", ""},
		{"https://example.com/path", ""},
		{"https://example.com?q", ""},
		{"https://", ""},
		{"javascript:alert(1)", ""},
		{"https://example.com\r\nX: y", ""},
	}
	for _, c := range cases {
		got, ok := normalOrigin(c.in)
		if got != c.want || ok != (c.want != "") {
			t.Errorf("normalOrigin(%q) = %q %v, want %q", c.in, got, ok, c.want)
		}
	}
}

func TestSameOrigin(t *testing.T) {
	cases := []struct {
		host, fwd, origin string
		want              bool
	}{
		{"127.0.0.1:7860", "", "http://127.0.0.1:7860", true},
		{"127.0.0.1:7860", "", "https://127.0.0.1:7860", true},
		{"127.0.0.1:7860", "", "http://127.0.0.1:7861", false},
		{"127.0.0.1:7860", "", "http://localhost:7860", false},
		{"app.example", "", "https://APP.example", true},
		{"app.example", "", "https://app.example.evil", false},
		{"app.example", "", "https://evil.app.example", false},
		{"10.0.0.2:80", "app.example", "https://app.example", true},
		{"10.0.0.2:80", "app.example, other", "https://other", false},
		{"app.example", "", "null", false},
		{"app.example", "", "", false},
	}
	for _, c := range cases {
		r := httptest.NewRequest("POST", "/", nil)
		r.Host = c.host
		if c.fwd != "" {
			r.Header.Set("X-Forwarded-Host", c.fwd)
		}
		if got := sameOrigin(r, c.origin); got != c.want {
			t.Errorf("host %q fwd %q origin %q: %v, want %v", c.host, c.fwd, c.origin, got, c.want)
		}
	}
}

func FuzzOrigin(f *testing.F) {
	for _, s := range []string{"https://example.com", "null", "http://127.0.0.1:7860", "https://a@b", "https://example.com:99999"} {
		f.Add(s)
	}
	o := newOrigins([]string{"https://friend.example"})
	f.Fuzz(func(t *testing.T, origin string) {
		n, ok := normalOrigin(origin)
		if ok != (n != "") || ok && !strings.HasPrefix(n, "http") {
			t.Fatalf("normalOrigin(%q) = %q %v", origin, n, ok)
		}
		r := httptest.NewRequest("POST", "/", nil)
		r.Host = "app.example"
		r.Header.Set("Origin", origin)
		if o.allowed(r, origin) && n != "https://friend.example" && !sameOrigin(r, origin) {
			t.Fatalf("origin %q (%q) allowed", origin, n)
		}
		// The policy never panics and answers every origin one way or the other.
		rec := httptest.NewRecorder()
		o.cors(rec, r)
	})
}
