package mcp

import (
	"fmt"
	"net/http"
	"sync"

	"github.com/gradio-go/gradio"
)

// Path is where the MCP server is served, relative to the app's root.
const Path = "/gradio_api/mcp/"

// Options configures the MCP server.
type Options struct {
	// Name is the server's name, as clients show it; "" means the app's title.
	Name string
	// Descriptions overrides the description of tools, by api name ("greet" or
	// "/greet"). Endpoints not listed keep their APIDescription, or a generated one.
	Descriptions map[string]string
}

// Enable serves the app's public endpoints as MCP tools at /gradio_api/mcp/ (and
// /gradio_api/mcp), with default options. Pass it to Build or Launch.
func Enable() gradio.Option { return EnableWith(Options{}) }

// EnableWith is Enable with options.
func EnableWith(opts Options) gradio.Option {
	return join(gradio.WithExtension(Extension(opts)), gradio.WithExtension(bare))
}

// join combines two options into one. gradio.Option's parameter type is unexported, so
// it is inferred rather than named.
func join[O ~func(P), P any](a, b O) O {
	return func(p P) { a(p); b(p) }
}

// Extension is the MCP server as a gradio extension, serving /gradio_api/mcp/ only, for
// gradio.WithExtension. Enable and EnableWith also serve the path without the slash.
func Extension(opts Options) gradio.Extension {
	return func(app *gradio.App) (string, http.Handler, error) {
		h, first := handlerFor(app, opts, Path)
		if first {
			return Path, h, nil
		}
		// The app serves MCP already (GRADIO_MCP_SERVER=true and mcp.Enable() both,
		// say): the first server wins, and this extension takes a pattern the mux
		// accepts beside it.
		return claim(app, Path+"{$}", h)
	}
}

// bare serves /gradio_api/mcp with the handler Extension made for the app.
func bare(app *gradio.App) (string, http.Handler, error) {
	pattern := Path[:len(Path)-1]
	h, first := handlerFor(app, Options{}, pattern)
	if first {
		return pattern, h, nil
	}
	return claim(app, pattern, h)
}

func init() {
	gradio.RegisterExtension("mcp", Extension(Options{}))
}

// The handler of each app, so that the several extensions that may serve an app share
// one server. An entry goes when its handler is closed with the app.
var (
	appsMu sync.Mutex
	apps   = map[*gradio.App]*appEntry{}
)

type appEntry struct {
	h        *handler
	patterns map[string]bool
}

// handlerFor returns the app's handler, making it (for pattern) if needed; first
// reports whether it was made by this call.
func handlerFor(app *gradio.App, opts Options, pattern string) (h *handler, first bool) {
	appsMu.Lock()
	defer appsMu.Unlock()
	if e, ok := apps[app]; ok {
		return e.h, false
	}
	h = newHandler(app, opts)
	h.forget = func() {
		appsMu.Lock()
		defer appsMu.Unlock()
		if e, ok := apps[app]; ok && e.h == h {
			delete(apps, app)
		}
	}
	apps[app] = &appEntry{h: h, patterns: map[string]bool{pattern: true}}
	return h, true
}

// claim hands out a further pattern for an app's handler, as a handler that the app
// does not close (the first pattern's handler is closed once).
func claim(app *gradio.App, pattern string, h *handler) (string, http.Handler, error) {
	appsMu.Lock()
	defer appsMu.Unlock()
	e, ok := apps[app]
	if !ok || e.h != h {
		return "", nil, fmt.Errorf("mcp: the app's MCP server is closed")
	}
	if e.patterns[pattern] {
		return "", nil, fmt.Errorf("mcp: the MCP server is enabled more than once for this app (pattern %s)", pattern)
	}
	e.patterns[pattern] = true
	return pattern, http.HandlerFunc(h.ServeHTTP), nil
}
