package gradio

import (
	"fmt"
	"io"
	"net/http"
	"os"
	"strings"
	"sync"
)

// An Extension adds routes to an app, such as the MCP server of package
// github.com/gradio-go/gradio/mcp. Build calls it once the app is assembled; it returns a
// net/http ServeMux pattern relative to the app's root (such as "/gradio_api/mcp/") and
// the handler for it. A handler that is also an io.Closer is closed with the app.
//
// Extensions keep optional features, and their dependencies, out of apps that do not
// use them.
type Extension func(app *App) (pattern string, h http.Handler, err error)

// WithExtension adds an extension to the app.
func WithExtension(e Extension) Option {
	return func(o *options) { o.extensions = append(o.extensions, e) }
}

var (
	registryMu sync.Mutex
	registry   = map[string]Extension{}
)

// RegisterExtension makes an extension available by name, so that the environment can
// turn it on without code: package mcp registers "mcp", which GRADIO_MCP_SERVER=true
// enables in any app whose binary imports the package. It panics if the name is taken,
// as database/sql.Register does.
func RegisterExtension(name string, e Extension) {
	registryMu.Lock()
	defer registryMu.Unlock()
	if _, dup := registry[name]; dup {
		panic("gradio: RegisterExtension called twice for " + name)
	}
	registry[name] = e
}

// envExtensions are the registered extensions the environment asks for.
func envExtensions(a *App) []Extension {
	if os.Getenv("GRADIO_MCP_SERVER") != "true" {
		return nil
	}
	registryMu.Lock()
	e, ok := registry["mcp"]
	registryMu.Unlock()
	if !ok {
		a.log.Warn(`gradio: GRADIO_MCP_SERVER=true, but this binary has no MCP server: import _ "github.com/gradio-go/gradio/mcp"`)
		return nil
	}
	return []Extension{e}
}

// mountExtensions puts the extensions' routes in front of the protocol's. A subtree
// pattern ("/gradio_api/mcp/") also answers without its slash, since clients are
// configured with either and ServeMux would redirect a POST. When two extensions claim
// one pattern (the same feature enabled in code and by the environment), the first
// wins and the second's handler is closed unused.
// mcpPattern is where Gradio serves its MCP server, and so where package mcp mounts
// ours.
const mcpPattern = "/gradio_api/mcp/"

func (a *App) mountExtensions(exts []Extension) error {
	if len(exts) == 0 {
		return nil
	}
	mux := http.NewServeMux()
	taken := map[string]bool{}
	var closers []io.Closer
	for _, e := range exts {
		pattern, h, err := e(a)
		if err != nil {
			for _, c := range closers {
				c.Close()
			}
			return fmt.Errorf("gradio: extension: %w", err)
		}
		c, _ := h.(io.Closer)
		if taken[pattern] {
			if c != nil {
				c.Close()
			}
			continue
		}
		taken[pattern] = true
		mux.Handle(pattern, h)
		if pattern == mcpPattern {
			// Gradio's page shows its MCP instructions when the config says so.
			a.cfg.MCPServer = true
		}
		if bare, ok := strings.CutSuffix(pattern, "/"); ok && strings.HasPrefix(bare, "/") && !taken[bare] {
			taken[bare] = true
			mux.Handle(bare, h)
		}
		if c != nil {
			closers = append(closers, c)
		}
	}
	mux.Handle("/", a.handler)
	a.handler = mux
	a.closers = append(a.closers, closers...)
	return nil
}
