package tunnel

import (
	"errors"
	"net"
	"strings"
	"testing"
)

func TestListenRefused(t *testing.T) {
	h := newTestHub(t, "")
	h.setAnswer(func(r Register) *RefusedError {
		return &RefusedError{Message: "alice/" + r.App + " belongs to someone else", Retry: false}
	})
	_, err := Listen(t.Context(), h.tunnelURL(), Options{Token: h.token, App: "demo"})
	re, ok := errors.AsType[*RefusedError](err)
	if !ok {
		t.Fatalf("Listen: %v, want a *RefusedError", err)
	}
	if want := "tunnel: hub refused: alice/demo belongs to someone else"; err.Error() != want || re.Retry {
		t.Errorf("Listen: %q (retry %v), want %q", err, re.Retry, want)
	}
}

func TestListenUnauthorized(t *testing.T) {
	h := newTestHub(t, "")
	_, err := Listen(t.Context(), h.tunnelURL(), Options{Token: "wrong", App: "demo"})
	se, ok := errors.AsType[*StatusError](err)
	if !ok || se.StatusCode != 401 {
		t.Fatalf("Listen: %v, want a 401 *StatusError", err)
	}
	if want := "tunnel: hub answered 401 Unauthorized: bad token"; err.Error() != want {
		t.Errorf("Listen: %q, want %q", err, want)
	}
	if !final(err) {
		t.Error("a 401 would be retried")
	}
}

func TestListenNoHub(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	_, err = Listen(t.Context(), "http://"+addr+"/api/tunnel", Options{App: "demo"})
	if err == nil || !strings.HasPrefix(err.Error(), "tunnel: connecting to hub: ") || final(err) {
		t.Errorf("Listen: %v", err)
	}
}

func TestListenChecksOptions(t *testing.T) {
	h := newTestHub(t, "")
	for _, tc := range []struct {
		name, url string
		o         Options
		want      string
	}{
		{"no app", h.tunnelURL(), Options{}, "tunnel: app is required"},
		{"tags", h.tunnelURL(), Options{App: "a", Tags: make([]string, 21)}, "tunnel: 21 tags, at most 20 allowed"},
		{"empty tag", h.tunnelURL(), Options{App: "a", Tags: []string{"x", ""}}, "tunnel: tag 2 is required"},
		{"visibility", h.tunnelURL(), Options{App: "a", Visibility: "secret"}, `tunnel: visibility "secret" is not public, unlisted or private`},
		{"title", h.tunnelURL(), Options{App: "a", Title: "two\nlines"}, "tunnel: title holds a control character"},
		{"two errors", h.tunnelURL(), Options{Title: strings.Repeat("x", 201)}, "tunnel: app is required\ntitle is over 200 bytes"},
		{"scheme", "ftp://hub.example/api/tunnel", Options{App: "a"}, `tunnel: hub URL "ftp://hub.example/api/tunnel": scheme must be http, https, ws or wss`},
		{"host", "https:///api/tunnel", Options{App: "a"}, `tunnel: hub URL "https:///api/tunnel" has no host`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tc.o.Token = h.token
			_, err := Listen(t.Context(), tc.url, tc.o)
			if err == nil || err.Error() != tc.want {
				t.Errorf("Listen: %v\nwant %s", err, tc.want)
			}
		})
	}
	if n := h.dials(); n != 0 {
		t.Errorf("bad options reached the hub %d times", n)
	}
}
