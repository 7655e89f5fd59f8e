package client

import (
	"encoding/json"
	"fmt"
	"strings"
)

// config is the part of /config the client needs.
type config struct {
	Version      string `json:"version"`
	APIPrefix    string `json:"api_prefix"`
	Protocol     string `json:"protocol"`
	EnableQueue  bool   `json:"enable_queue"`
	MaxFileSize  *int64 `json:"max_file_size"`
	Components   []component
	Dependencies []dependency
}

type component struct {
	ID      int            `json:"id"`
	Type    string         `json:"type"`
	SkipAPI *bool          `json:"skip_api"`
	APIInfo map[string]any `json:"api_info"`
}

type dependency struct {
	ID            int    `json:"id"`
	APIName       any    `json:"api_name"` // a string, or false in old apps
	Inputs        []int  `json:"inputs"`
	Outputs       []int  `json:"outputs"`
	Queue         *bool  `json:"queue"`
	BackendFn     bool   `json:"backend_fn"`
	APIVisibility string `json:"api_visibility"`
	Types         struct {
		Generator bool `json:"generator"`
	} `json:"types"`
}

func (c *config) UnmarshalJSON(b []byte) error {
	type plain config
	var raw struct {
		plain
		Components   []component  `json:"components"`
		Dependencies []dependency `json:"dependencies"`
	}
	if err := json.Unmarshal(b, &raw); err != nil {
		return err
	}
	*c = config(raw.plain)
	c.Components, c.Dependencies = raw.Components, raw.Dependencies
	return nil
}

// apiInfo is /gradio_api/info.
type apiInfo struct {
	NamedEndpoints map[string]*Endpoint `json:"named_endpoints"`
}

// Endpoint describes one callable function of an app.
type Endpoint struct {
	Parameters  []Parameter `json:"parameters"`
	Returns     []Return    `json:"returns"`
	Description string      `json:"description"`
}

// Parameter is one input of an endpoint.
type Parameter struct {
	Label      string `json:"label"`
	Name       string `json:"parameter_name"`
	HasDefault bool   `json:"parameter_has_default"`
	Default    any    `json:"parameter_default"`
	Type       any    `json:"type"`
	PythonType struct {
		Type string `json:"type"`
	} `json:"python_type"`
	Component string `json:"component"`
	Example   any    `json:"example_input"`
}

// Return is one output of an endpoint.
type Return struct {
	Label      string `json:"label"`
	Type       any    `json:"type"`
	PythonType struct {
		Type string `json:"type"`
	} `json:"python_type"`
	Component string `json:"component"`
}

// Endpoints lists the app's public endpoints by name ("/greet").
func (c *Client) Endpoints() map[string]*Endpoint { return c.info.NamedEndpoints }

// fn is an endpoint resolved to its dependency.
type fn struct {
	name    string
	dep     *dependency
	info    *Endpoint
	state   []bool // per input: a State the client sends as null
	outputs []bool // per output: shown to the caller (not State)
}

func (c *Client) lookup(api string) (*fn, error) {
	name := strings.TrimPrefix(api, "/")
	for i := range c.config.Dependencies {
		d := &c.config.Dependencies[i]
		if n, ok := d.APIName.(string); !ok || n != name || !d.BackendFn {
			continue
		}
		f := &fn{name: name, dep: d, info: c.info.NamedEndpoints["/"+name]}
		kinds := map[int]string{}
		for _, comp := range c.config.Components {
			kinds[comp.ID] = comp.Type
		}
		for _, id := range d.Inputs {
			f.state = append(f.state, kinds[id] == "state")
		}
		for _, id := range d.Outputs {
			f.outputs = append(f.outputs, kinds[id] != "state")
		}
		return f, nil
	}
	names := make([]string, 0, len(c.info.NamedEndpoints))
	for n := range c.info.NamedEndpoints {
		names = append(names, n)
	}
	return nil, fmt.Errorf("client: the app has no endpoint %q (it has %s)", "/"+name, strings.Join(names, ", "))
}

// queued reports whether calls go through the queue (or /run).
func (c *Client) queued(f *fn) bool {
	if f.dep.Queue != nil {
		return *f.dep.Queue
	}
	return c.config.EnableQueue
}

// positional fills State inputs with null and checks the number of values.
func (f *fn) positional(args []any) ([]any, error) {
	data := make([]any, 0, len(f.state))
	next := 0
	for _, st := range f.state {
		if st {
			data = append(data, nil)
			continue
		}
		if next >= len(args) {
			return nil, fmt.Errorf("client: /%s takes %d value(s), got %d", f.name, countFalse(f.state), len(args))
		}
		data = append(data, args[next])
		next++
	}
	if next != len(args) {
		return nil, fmt.Errorf("client: /%s takes %d value(s), got %d", f.name, countFalse(f.state), len(args))
	}
	return data, nil
}

// named maps keyword arguments to positions, with defaults, as the official clients do.
func (f *fn) named(kwargs map[string]any) ([]any, error) {
	if f.info == nil {
		return nil, fmt.Errorf("client: /%s is not described in the app's API, so it takes only positional values", f.name)
	}
	known := map[string]bool{}
	for _, p := range f.info.Parameters {
		known[p.Name] = true
	}
	for k := range kwargs {
		if !known[k] {
			return nil, fmt.Errorf("client: /%s has no parameter %q", f.name, k)
		}
	}
	args := make([]any, 0, len(f.info.Parameters))
	for _, p := range f.info.Parameters {
		switch v, ok := kwargs[p.Name]; {
		case ok:
			args = append(args, v)
		case p.HasDefault:
			args = append(args, p.Default)
		default:
			return nil, fmt.Errorf("client: /%s needs the value %q", f.name, p.Name)
		}
	}
	return f.positional(args)
}

// visible drops the State outputs from results.
func (f *fn) visible(data []any) []any {
	out := make([]any, 0, len(data))
	for i, v := range data {
		if i < len(f.outputs) && !f.outputs[i] {
			continue
		}
		out = append(out, v)
	}
	return out
}

func countFalse(b []bool) int {
	n := 0
	for _, v := range b {
		if !v {
			n++
		}
	}
	return n
}
