package server

import (
	"crypto/tls"
	"net/http/httptest"
	"testing"
)

func TestPublicRoot(t *testing.T) {
	cases := []struct {
		name, target, path, rootPath string
		headers                      map[string]string
		tls                          bool
		want                         string
	}{
		{name: "plain", target: "http://127.0.0.1:7860/config", want: "http://127.0.0.1:7860"},
		{name: "tls", target: "https://example.com/config", tls: true, want: "https://example.com"},
		{name: "forwarded host and proto", target: "http://app/config",
			headers: map[string]string{"X-Forwarded-Host": "hub.example, inner", "X-Forwarded-Proto": "https"}, want: "https://hub.example"},
		{name: "hub prefix", target: "http://app/config",
			headers: map[string]string{"X-Forwarded-Host": "hub.example", "X-Forwarded-Prefix": "/alice/hello"}, want: "http://hub.example/alice/hello"},
		{name: "prefix with a trailing slash", target: "http://app/config",
			headers: map[string]string{"X-Forwarded-Prefix": "/s/ghs_x/"}, want: "http://app/s/ghs_x"},
		{name: "prefix plus a StripPrefix mount", target: "http://app/demo/config", path: "/config",
			headers: map[string]string{"X-Forwarded-Prefix": "/alice/hello"}, want: "http://app/alice/hello/demo"},
		{name: "prefix that is not a path is ignored", target: "http://app/config",
			headers: map[string]string{"X-Forwarded-Prefix": "//evil.example/x?y"}, want: "http://app"},
		{name: "root path wins over the prefix", target: "http://app/config", rootPath: "/fixed",
			headers: map[string]string{"X-Forwarded-Prefix": "/alice/hello"}, want: "http://app/fixed"},
		{name: "absolute root path", target: "http://app/config", rootPath: "https://public.example/x/", want: "https://public.example/x"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := httptest.NewRequest("GET", c.target, nil)
			if c.path != "" {
				r.URL.Path = c.path // as http.StripPrefix leaves it
			}
			if c.tls {
				r.TLS = &tls.ConnectionState{}
			}
			for k, v := range c.headers {
				r.Header.Set(k, v)
			}
			if got := PublicRoot(r, c.rootPath); got != c.want {
				t.Errorf("PublicRoot = %q, want %q", got, c.want)
			}
		})
	}
}
