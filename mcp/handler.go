package mcp

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"html/template"
	"net/http"
	"sort"
	"strings"
	"sync"
	"time"

	sdk "github.com/modelcontextprotocol/go-sdk/mcp"

	"github.com/gradio-go/gradio"
	"github.com/gradio-go/gradio/client"
	"github.com/gradio-go/gradio/internal/server"
)

const (
	// innerBase is the URL the in-process client calls the app at. No request leaves the
	// process; the name only shows in the URLs the app puts in results, which the
	// server rewrites for the MCP caller.
	innerBase = "http://gradio-mcp.invalid"
	// rootHeader carries the app's public root URL, as the MCP request reached it, from
	// ServeHTTP to the tool handlers, which see the request's header only. ServeHTTP
	// always overwrites it, so callers cannot forge it.
	rootHeader = "X-Gradio-Mcp-Root"
	// sessionTimeout closes MCP sessions idle (no POST) for this long; clients then
	// start a new one, as the protocol asks them to.
	sessionTimeout = 30 * time.Minute
	// maxMediaBytes bounds the image and audio results sent inline; larger files are
	// sent as their URL.
	maxMediaBytes = 32 << 20
)

var errClosed = errors.New("mcp: the app is closed")

// handler serves MCP for one app. It is set up on its first request: the app may not be
// ready to serve when the extension is mounted.
type handler struct {
	app  *gradio.App
	opts Options

	ctx  context.Context // cancelled by Close: ends tool calls
	stop context.CancelFunc

	mu     sync.Mutex
	st     *state
	closed bool
	calls  sync.WaitGroup // tool calls running
}

// state is what the handler sets up on its first request.
type state struct {
	http      *http.Client // calls the app in process
	client    *client.Client
	server    *sdk.Server
	stream    *sdk.StreamableHTTPHandler
	tools     []*tool
	title     string
	apiPrefix string
	// innerRoot is the app's root in the URLs it gives the in-process client.
	innerRoot string
	// fixedRoot is the app's public root when it is configured (an absolute
	// gradio.WithRootPath), and rootPrefix the path prefix a relative one adds.
	fixedRoot, rootPrefix string
}

func newHandler(app *gradio.App, opts Options) *handler {
	h := &handler{app: app, opts: opts}
	h.ctx, h.stop = context.WithCancel(context.Background())
	return h
}

// ServeHTTP serves the MCP endpoint (Streamable HTTP), /schema, and a page for browsers.
func (h *handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	sub := strings.TrimPrefix(r.URL.Path, strings.TrimSuffix(Path, "/"))
	if sub != "" && sub != "/" && sub != "/schema" {
		http.NotFound(w, r)
		return
	}
	st, err := h.state(r.Context())
	if errors.Is(err, errClosed) {
		http.Error(w, err.Error(), http.StatusServiceUnavailable)
		return
	}
	if err != nil {
		http.Error(w, "mcp: setting up the MCP server: "+err.Error(), http.StatusInternalServerError)
		return
	}
	root := st.publicRoot(r)
	switch {
	case sub == "/schema":
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			http.Error(w, "Method Not Allowed", http.StatusMethodNotAllowed)
			return
		}
		st.serveSchema(w)
	case r.Method == http.MethodGet && wantsPage(r):
		st.servePage(w, root)
	default:
		r = r.Clone(r.Context())
		r.Header.Set(rootHeader, root)
		st.stream.ServeHTTP(w, r)
	}
}

// wantsPage tells a browser from an MCP client, which asks for an event stream.
func wantsPage(r *http.Request) bool {
	accept := strings.Join(r.Header.Values("Accept"), ",")
	return r.Header.Get("Mcp-Session-Id") == "" && strings.Contains(accept, "text/html") &&
		!strings.Contains(accept, "text/event-stream")
}

// state sets the server up on first use.
func (h *handler) state(ctx context.Context) (*state, error) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.closed {
		return nil, errClosed
	}
	if h.st != nil {
		return h.st, nil
	}
	st, err := h.build(ctx)
	if err != nil {
		return nil, err
	}
	h.st = st
	return st, nil
}

// Close ends the MCP sessions and the tool calls in progress, and the in-process client.
// The app closes it with itself.
func (h *handler) Close() error {
	h.mu.Lock()
	if h.closed {
		h.mu.Unlock()
		return nil
	}
	h.closed = true
	st := h.st
	h.mu.Unlock()
	h.stop()
	if st == nil {
		return nil
	}
	var err error
	for ss := range st.server.Sessions() {
		err = errors.Join(err, ignoreClosed(ss.Close()))
	}
	h.calls.Wait()
	return errors.Join(err, st.client.Close())
}

func ignoreClosed(err error) error {
	if errors.Is(err, sdk.ErrConnectionClosed) {
		return nil
	}
	return err
}

// enter registers a tool call, unless the handler is closed.
func (h *handler) enter() bool {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.closed {
		return false
	}
	h.calls.Add(1)
	return true
}

// appConfig is the part of /config the server needs.
type appConfig struct {
	Title     string `json:"title"`
	Version   string `json:"version"`
	APIPrefix string `json:"api_prefix"`
	Root      string `json:"root"`
}

func (h *handler) build(ctx context.Context) (*state, error) {
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	st := &state{http: &http.Client{Transport: client.HandlerTransport(h.app)}}
	var cfg appConfig
	if err := st.getJSON(ctx, innerBase+"/config", &cfg); err != nil {
		return nil, fmt.Errorf("reading the app's config: %w", err)
	}
	st.title = cfg.Title
	if st.title == "" {
		st.title = "Gradio"
	}
	st.apiPrefix = cfg.APIPrefix
	if st.apiPrefix == "" {
		st.apiPrefix = "/gradio_api"
	}
	st.innerRoot = strings.TrimSuffix(cfg.Root, "/")
	if st.innerRoot == "" {
		st.innerRoot = innerBase
	}
	if prefix, ok := strings.CutPrefix(st.innerRoot, innerBase); ok {
		st.rootPrefix = prefix
	} else {
		st.fixedRoot = st.innerRoot
	}

	c, err := client.Connect(ctx, innerBase, client.WithHTTPClient(st.http))
	if err != nil {
		return nil, err
	}
	st.client = c

	name := h.opts.Name
	if name == "" {
		name = st.title
	}
	st.server = sdk.NewServer(&sdk.Implementation{Name: name, Title: st.title, Version: cfg.Version}, &sdk.ServerOptions{
		Instructions: fmt.Sprintf("The tools call the endpoints of the Gradio app %q. File inputs take an http(s) URL "+
			"or the file's bytes in base64; files in results are given as URLs.", st.title),
	})
	eps := c.Endpoints()
	apis := make([]string, 0, len(eps))
	for api := range eps {
		apis = append(apis, api)
	}
	sort.Strings(apis)
	used := map[string]bool{}
	for _, api := range apis {
		t := newTool(api, eps[api], st.title, h.opts, used)
		st.tools = append(st.tools, t)
		st.server.AddTool(t.def, h.callTool(st, t))
	}
	st.stream = sdk.NewStreamableHTTPHandler(func(*http.Request) *sdk.Server { return st.server },
		&sdk.StreamableHTTPOptions{SessionTimeout: sessionTimeout})
	return st, nil
}

func (st *state) getJSON(ctx context.Context, u string, v any) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return err
	}
	resp, err := st.http.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("GET %s: %s", u, resp.Status)
	}
	return json.NewDecoder(resp.Body).Decode(v)
}

// publicRoot is the app's root URL as the client of r reached it, worked out as the app
// does for its own URLs.
func (st *state) publicRoot(r *http.Request) string {
	if st.fixedRoot != "" {
		return st.fixedRoot
	}
	return server.PublicRoot(r, st.rootPrefix)
}

// serveSchema lists the tools, as Gradio's /gradio_api/mcp/schema does.
func (st *state) serveSchema(w http.ResponseWriter) {
	type entry struct {
		Name        string `json:"name"`
		Description string `json:"description"`
		InputSchema any    `json:"inputSchema"`
		Endpoint    string `json:"endpoint_name"`
	}
	list := make([]entry, 0, len(st.tools))
	for _, t := range st.tools {
		list = append(list, entry{t.def.Name, t.def.Description, t.def.InputSchema, t.api})
	}
	b, err := json.MarshalIndent(list, "", "  ")
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	_, _ = w.Write(b)
}

var page = template.Must(template.New("page").Parse(`<!doctype html>
<html><head><meta charset="utf-8"><title>{{.Title}}: MCP server</title>
<style>body{font-family:system-ui,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem;line-height:1.5}
pre,code{background:#f4f4f5;border-radius:4px}pre{padding:.75rem;overflow:auto}</style></head>
<body><h1>{{.Title}}: MCP server</h1>
<p>This is the <a href="https://modelcontextprotocol.io">Model Context Protocol</a> endpoint of the app, over
Streamable HTTP. Add it to an MCP client:</p>
<pre>{{.Config}}</pre>
<p>Tools (<a href="{{.URL}}schema">schema</a>):</p>
<ul>{{range .Tools}}<li><code>{{.Name}}</code>: {{.Description}}</li>{{end}}</ul>
</body></html>
`))

func (st *state) servePage(w http.ResponseWriter, root string) {
	u := root + strings.TrimSuffix(st.apiPrefix, "/") + "/mcp/"
	cfg, _ := json.MarshalIndent(map[string]any{"mcpServers": map[string]any{serverKey(st.title): map[string]any{"url": u}}}, "", "  ")
	var tools []*sdk.Tool
	for _, t := range st.tools {
		tools = append(tools, t.def)
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	_ = page.Execute(w, map[string]any{"Title": st.title, "URL": u, "Config": string(cfg), "Tools": tools})
}

// serverKey is a name for the server in a client's configuration.
func serverKey(title string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(title) {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			b.WriteRune(r)
		case b.Len() > 0 && !strings.HasSuffix(b.String(), "-"):
			b.WriteByte('-')
		}
	}
	if s := strings.Trim(b.String(), "-"); s != "" {
		return s
	}
	return "gradio"
}
