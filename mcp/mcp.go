package mcp

import (
	"net/http"

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
	return gradio.WithExtension(Extension(opts))
}

// Extension is the MCP server as a gradio extension, for gradio.WithExtension and
// gradio.RegisterExtension.
func Extension(opts Options) gradio.Extension {
	return func(app *gradio.App) (string, http.Handler, error) {
		return Path, newHandler(app, opts), nil
	}
}

func init() {
	gradio.RegisterExtension("mcp", Extension(Options{}))
}
