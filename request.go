package gradio

import (
	"context"
	"net/http"
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
	// RemoteAddr is the client's network address.
	RemoteAddr string
	// Root is the public base URL of the app, as the client reached it.
	Root string
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
