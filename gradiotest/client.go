// Package gradiotest tests Gradio apps without a network or a browser: Client calls an
// app's API through its http.Handler, in process, speaking the same protocol as the
// official clients (/config, /gradio_api/queue/join and /queue/data, /gradio_api/run),
// including streaming diffs and State kept per session.
package gradiotest

import (
	"bufio"
	"bytes"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"

	"github.com/gradio-go/gradio/internal/wire"
)

// Client calls one app as one session: State persists between its calls, and so do
// the listeners render blocks (gradio.Render) create: a call that runs a render block
// makes the listeners of its run callable by their api names, in place of those of its
// previous run, as the official clients do. It is not safe for concurrent use; make one
// Client per goroutine.
type Client struct {
	h http.Handler
	// Session is the session hash sent with every call.
	Session string

	cfg *config
}

// AppError is a failure the app reported for a call (a gradio.Error, or the generic
// message of any other failure).
type AppError struct {
	Title   string
	Message string
}

func (e *AppError) Error() string { return e.Title + ": " + e.Message }

// New returns a client of h with a fresh session.
func New(h http.Handler) *Client {
	var b [8]byte
	_, _ = rand.Read(b[:])
	return &Client{h: h, Session: hex.EncodeToString(b[:])}
}

type config struct {
	Components   []RenderedComponent `json:"components"`
	Dependencies []dependency        `json:"dependencies"`
}

type dependency struct {
	ID         int    `json:"id"`
	APIName    string `json:"api_name"`
	Queue      bool   `json:"queue"`
	Inputs     []int  `json:"inputs"`
	Outputs    []int  `json:"outputs"`
	RenderedIn *int   `json:"rendered_in"`
}

// RenderedComponent is a component's entry in the app's config, as Rendered returns it.
type RenderedComponent struct {
	ID    int            `json:"id"`
	Type  string         `json:"type"`
	Props map[string]any `json:"props"`
	// RenderedIn is the render_id of the render block that created it, or nil.
	RenderedIn *int `json:"rendered_in"`
}

// renderConfig is the part of output.render_config the client keeps.
type renderConfig struct {
	Components   []RenderedComponent `json:"components"`
	Dependencies []dependency        `json:"dependencies"`
	Layout       struct {
		ID int `json:"id"`
	} `json:"layout"`
	RenderID int `json:"render_id"`
}

// Rendered returns the components that the latest run of each render block created for
// this client's session, in the order the runs sent them.
func (c *Client) Rendered() []RenderedComponent {
	var out []RenderedComponent
	if c.cfg == nil {
		return nil
	}
	for _, comp := range c.cfg.Components {
		if comp.RenderedIn != nil {
			out = append(out, comp)
		}
	}
	return out
}

// applyRender replaces what the previous run of a render block brought with rc.
func (c *Client) applyRender(raw json.RawMessage) error {
	var rc renderConfig
	if err := json.Unmarshal(raw, &rc); err != nil {
		return fmt.Errorf("gradiotest: render_config: %w", err)
	}
	other := func(in *int) bool { return in == nil || *in != rc.RenderID }
	comps := c.cfg.Components[:0:0]
	for _, comp := range c.cfg.Components {
		if other(comp.RenderedIn) {
			comps = append(comps, comp)
		}
	}
	for _, comp := range rc.Components {
		if comp.ID != rc.Layout.ID {
			comps = append(comps, comp)
		}
	}
	deps := c.cfg.Dependencies[:0:0]
	for _, d := range c.cfg.Dependencies {
		if other(d.RenderedIn) {
			deps = append(deps, d)
		}
	}
	c.cfg.Components, c.cfg.Dependencies = comps, append(deps, rc.Dependencies...)
	return nil
}

func (c *Client) do(method, path string, body any) (*httptest.ResponseRecorder, error) {
	var rd *bytes.Reader
	if body != nil {
		b, err := json.Marshal(body)
		if err != nil {
			return nil, err
		}
		rd = bytes.NewReader(b)
	} else {
		rd = bytes.NewReader(nil)
	}
	req := httptest.NewRequest(method, path, rd)
	req.Header.Set("Content-Type", "application/json")
	// As a browser on the app's own page says, so that the page's private events (such
	// as flagging and examples) can be tested too.
	req.Header.Set("Sec-Fetch-Site", "same-origin")
	rec := httptest.NewRecorder()
	c.h.ServeHTTP(rec, req)
	return rec, nil
}

func (c *Client) config() (*config, error) {
	if c.cfg != nil {
		return c.cfg, nil
	}
	rec, _ := c.do(http.MethodGet, "/config", nil)
	if rec.Code != http.StatusOK {
		return nil, fmt.Errorf("gradiotest: GET /config: %d %s", rec.Code, rec.Body)
	}
	var cfg config
	if err := json.Unmarshal(rec.Body.Bytes(), &cfg); err != nil {
		return nil, fmt.Errorf("gradiotest: /config: %w", err)
	}
	c.cfg = &cfg
	return c.cfg, nil
}

// Predict calls the endpoint api ("/greet") with positional arguments and returns its
// final outputs, State outputs left out as the official clients do.
func (c *Client) Predict(api string, args ...any) ([]any, error) {
	all, err := c.Stream(api, args...)
	if err != nil {
		return nil, err
	}
	return all[len(all)-1], nil
}

// Stream calls api and returns every set of outputs it produced: one per streamed
// value (diffs applied), then the final outputs.
func (c *Client) Stream(api string, args ...any) ([][]any, error) {
	cfg, err := c.config()
	if err != nil {
		return nil, err
	}
	name := strings.TrimPrefix(api, "/")
	idx := -1
	for i, d := range cfg.Dependencies {
		if d.APIName == name {
			idx = i
		}
	}
	if idx < 0 {
		return nil, fmt.Errorf("gradiotest: the app has no endpoint %q", api)
	}
	dep := cfg.Dependencies[idx]
	args = c.withState(dep.Inputs, args)
	body := map[string]any{"data": args, "fn_index": dep.ID, "session_hash": c.Session}
	if !dep.Queue {
		rec, _ := c.do(http.MethodPost, wire.APIPrefix+"/run/"+name, body)
		var out map[string]any
		if err := json.Unmarshal(rec.Body.Bytes(), &out); err != nil {
			return nil, fmt.Errorf("gradiotest: /run: %d %s", rec.Code, rec.Body)
		}
		if rec.Code != http.StatusOK {
			return nil, errorFrom(out)
		}
		data, _ := out["data"].([]any)
		if rc, ok := out["render_config"].(map[string]any); ok {
			b, _ := json.Marshal(rc)
			if err := c.applyRender(b); err != nil {
				return nil, err
			}
		}
		return [][]any{c.visible(dep.Outputs, data)}, nil
	}
	rec, _ := c.do(http.MethodPost, wire.APIPrefix+"/queue/join", body)
	if rec.Code != http.StatusOK {
		return nil, fmt.Errorf("gradiotest: join: %d %s", rec.Code, strings.TrimSpace(rec.Body.String()))
	}
	var joined struct {
		EventID string `json:"event_id"`
	}
	_ = json.Unmarshal(rec.Body.Bytes(), &joined)
	rec, _ = c.do(http.MethodGet, wire.APIPrefix+"/queue/data?session_hash="+c.Session, nil)
	return c.readStream(rec.Body.Bytes(), joined.EventID, dep.Outputs)
}

func (c *Client) readStream(stream []byte, eventID string, outputs []int) ([][]any, error) {
	var results [][]any
	var current []any
	sc := bufio.NewScanner(bytes.NewReader(stream))
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for sc.Scan() {
		line, ok := strings.CutPrefix(sc.Text(), "data: ")
		if !ok {
			continue
		}
		var m struct {
			Msg     string          `json:"msg"`
			EventID *string         `json:"event_id"`
			Output  json.RawMessage `json:"output"`
			Success bool            `json:"success"`
		}
		if err := json.Unmarshal([]byte(line), &m); err != nil {
			return nil, fmt.Errorf("gradiotest: bad frame %q: %w", line, err)
		}
		if m.EventID == nil || *m.EventID != eventID {
			continue
		}
		switch m.Msg {
		case wire.MsgProcessGenerating:
			var out struct{ Data []json.RawMessage }
			if err := json.Unmarshal(m.Output, &out); err != nil {
				return nil, err
			}
			next, err := applyGeneration(current, out.Data)
			if err != nil {
				return nil, err
			}
			current = next
			snapshot, err := clone(current)
			if err != nil {
				return nil, err
			}
			results = append(results, c.visible(outputs, snapshot))
		case wire.MsgProcessCompleted:
			var out map[string]any
			_ = json.Unmarshal(m.Output, &out)
			if !m.Success {
				return nil, errorFrom(out)
			}
			data, ok := out["data"].([]any)
			if !ok {
				return nil, errors.New("gradiotest: the call was cancelled")
			}
			var rc struct {
				RenderConfig json.RawMessage `json:"render_config"`
			}
			_ = json.Unmarshal(m.Output, &rc)
			if len(rc.RenderConfig) > 0 && string(rc.RenderConfig) != "null" {
				if err := c.applyRender(rc.RenderConfig); err != nil {
					return nil, err
				}
			}
			return append(results, c.visible(outputs, data)), nil
		}
	}
	return nil, errors.New("gradiotest: the stream ended without a completion")
}

// applyGeneration applies one process_generating: full values the first time, edit
// lists after.
func applyGeneration(current []any, data []json.RawMessage) ([]any, error) {
	if current == nil {
		out := make([]any, len(data))
		for i, d := range data {
			if err := json.Unmarshal(d, &out[i]); err != nil {
				return nil, err
			}
		}
		return out, nil
	}
	for i, d := range data {
		var edits []wire.Edit
		if err := json.Unmarshal(d, &edits); err != nil {
			return nil, fmt.Errorf("gradiotest: output %d: %w", i, err)
		}
		v, err := wire.Apply(current[i], edits)
		if err != nil {
			return nil, fmt.Errorf("gradiotest: output %d: %w", i, err)
		}
		current[i] = v
	}
	return current, nil
}

// withState puts null in the places of State inputs, which callers leave out, as the
// official clients do.
func (c *Client) withState(inputs []int, args []any) []any {
	state := c.stateIDs()
	out := make([]any, 0, len(inputs))
	next := 0
	for _, id := range inputs {
		if state[id] {
			out = append(out, nil)
			continue
		}
		if next < len(args) {
			out = append(out, args[next])
			next++
		}
	}
	// Extra arguments are passed on, for the server to refuse.
	return append(out, args[next:]...)
}

func (c *Client) stateIDs() map[int]bool {
	state := map[int]bool{}
	for _, comp := range c.cfg.Components {
		if comp.Type == "state" {
			state[comp.ID] = true
		}
	}
	return state
}

// visible drops State outputs, as the official clients do.
func (c *Client) visible(outputs []int, data []any) []any {
	state := c.stateIDs()
	out := make([]any, 0, len(data))
	for i, v := range data {
		if i < len(outputs) && state[outputs[i]] {
			continue
		}
		out = append(out, v)
	}
	return out
}

func errorFrom(out map[string]any) error {
	e := &AppError{Title: "Error"}
	if t, ok := out["title"].(string); ok {
		e.Title = t
	}
	if m, ok := out["error"].(string); ok {
		e.Message = m
	}
	return e
}

// clone deep-copies decoded JSON, since later diffs modify values in place.
func clone(v []any) ([]any, error) {
	b, err := json.Marshal(v)
	if err != nil {
		return nil, err
	}
	var out []any
	return out, json.Unmarshal(b, &out)
}
