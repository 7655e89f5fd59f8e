// Package server serves the Gradio 6 HTTP protocol: /config, /gradio_api/info, the queue
// (join and the session event stream), the curl API (/call), direct calls (/run), cancel,
// heartbeat, uploads and file serving. It knows nothing of components: the engine (package
// gradio) describes each function with an Fn and decodes inputs in Fn.Prepare.
package server

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"

	"github.com/gradio-go/gradio/internal/queue"
)

// Engine is what the server needs from the app.
type Engine interface {
	// Config returns the /config document for a client that reaches the app at root.
	Config(root string) []byte
	// Info returns the /gradio_api/info document; all includes undocumented endpoints.
	Info(root string, all bool) []byte
	// OpenAPI returns the /gradio_api/openapi.json document.
	OpenAPI(root string) []byte
	// Page serves the HTML page at the app's root.
	Page(w http.ResponseWriter, r *http.Request, root string)
	// Asset serves a file of the web UI by name.
	Asset(w http.ResponseWriter, r *http.Request, name string)
	// Fn returns the function with the given fn_index, or nil.
	Fn(index int) *Fn
	// FnByName returns the function with the given api_name, or nil.
	FnByName(name string) *Fn
	// Hold keeps a session alive while a heartbeat connection is open; release is
	// called when it closes.
	Hold(session string) (release func())
}

// SessionFns is implemented by engines whose sessions have functions of their own: the
// listeners a render block (Gradio's @gr.render) created for one page, called by
// fn_index with that page's session hash. The server asks it instead of Engine.Fn.
type SessionFns interface {
	// SessionFn returns the function with fn_index index as session sees it. With no
	// such function it returns nil and an error for the client, or nil, nil for the
	// server's usual answer.
	SessionFn(index int, session string) (*Fn, error)
}

// fn finds the function a request names by fn_index, or answers 404.
func (s *Server) fn(w http.ResponseWriter, index int, session string) *Fn {
	var fn *Fn
	var err error
	if sf, ok := s.o.Engine.(SessionFns); ok {
		fn, err = sf.SessionFn(index, session)
	} else {
		fn = s.o.Engine.Fn(index)
	}
	switch {
	case err != nil:
		writeDetail(w, http.StatusNotFound, err.Error())
	case fn == nil:
		writeDetail(w, http.StatusNotFound, fmt.Sprintf("There is no function with fn_index %d.", index))
	}
	return fn
}

// Fn is one event listener as the server sees it.
type Fn struct {
	Index   int
	APIName string
	// Visibility is "public", "undocumented" or "private".
	Visibility string
	// Queued is false for events that run directly on their request.
	Queued bool
	// Backend is false for browser-only (JS) listeners, which cannot be called.
	Backend bool
	// Inputs is the number of input values the function takes.
	Inputs int
	// Skipped marks inputs that API clients may leave out of /call (State).
	Skipped []bool
	// Params describe the non-skipped inputs, for keyword calls (/call/v2).
	Params []Param
	// Q schedules the function's events.
	Q *queue.Fn
	// Prepare decodes and validates a call's input values before it is queued. An
	// error here is the client's fault and is answered with 400.
	Prepare func(ctx context.Context, c *Call) (payload any, err error)
}

// Param is one keyword parameter of a function.
type Param struct {
	Name       string
	HasDefault bool
	Default    json.RawMessage
}

// Call is one request to run a function.
type Call struct {
	Data      []json.RawMessage
	EventData json.RawMessage
	Session   string
	EventID   string
	Root      string
	Request   *http.Request
}
