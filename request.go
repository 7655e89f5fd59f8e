package gradio

import (
	"context"
	"net/http"
	"net/url"

	"github.com/gradio-go/gradio/internal/server"
)

// Request describes the call a handler is serving. Take it from the handler's context
// with RequestFrom.
type Request struct {
	// SessionHash identifies the browser tab or API client; State is kept per session.
	SessionHash string
	// EventID identifies this call.
	EventID string
	// Header holds the HTTP headers of the request that started the call.
	Header http.Header
	// RemoteAddr is the client's network address. Through a hub (WithShare) it is the
	// visitor's IP address, as the hub saw it, with port 0.
	RemoteAddr string
	// Root is the public base URL of the app, as the client reached it.
	Root string
	// Username is the logged-in user (see WithAuth and WithTrustedAuth), or "" in an
	// app without authentication.
	Username string
	// Query holds the URL query parameters of the request that started the call.
	Query url.Values
}

type requestKey struct{}

// RequestFrom returns the request a handler is serving, or nil outside a handler.
func RequestFrom(ctx context.Context) *Request {
	r, _ := ctx.Value(requestKey{}).(*Request)
	return r
}

func withRequest(ctx context.Context, r *Request) context.Context {
	return context.WithValue(ctx, requestKey{}, r)
}

// fill copies what a handler may want to know from the HTTP request that
// started a call.
func (req *Request) fill(r *http.Request) {
	// net/http never reuses a request's header map, so keeping it is safe.
	req.Header, req.RemoteAddr = r.Header, r.RemoteAddr
	req.Username = server.User(r.Context())
	req.Query = r.URL.Query()
}
