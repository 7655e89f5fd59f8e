package wire

import "encoding/json"

// Version is the Gradio version we report. The Python client parses it with PEP 440 and
// switches protocol paths on it (> 4.29 uses /cancel, > 3.36 uses /info), so it must be a
// real 6.x number.
const Version = "6.25.0"

// APIPrefix is where every API route lives (config.api_prefix).
const APIPrefix = "/gradio_api"

// Protocol is the queue protocol the clients speak to us.
const Protocol = "sse_v3"

// Config is the document served at GET /config and embedded in the HTML page.
// Field order follows Gradio's so that captures and our output read alike.
type Config struct {
	Version          string            `json:"version"`
	APIPrefix        string            `json:"api_prefix"`
	Mode             string            `json:"mode"`
	AppID            uint64            `json:"app_id"`
	DevMode          bool              `json:"dev_mode"`
	VibeMode         bool              `json:"vibe_mode"`
	AnalyticsEnabled bool              `json:"analytics_enabled"`
	Components       []ComponentConfig `json:"components"`
	CSS              *string           `json:"css"`
	ConnectHeartbeat bool              `json:"connect_heartbeat"`
	JS               *string           `json:"js"`
	Head             *string           `json:"head"`
	Title            string            `json:"title"`
	SpaceID          *string           `json:"space_id"`
	EnableQueue      bool              `json:"enable_queue"`
	ShowError        bool              `json:"show_error"`
	FooterLinks      []string          `json:"footer_links"`
	RunHistory       bool              `json:"run_history"`
	IsColab          bool              `json:"is_colab"`
	MaxFileSize      *int64            `json:"max_file_size"`
	Stylesheets      []string          `json:"stylesheets"`
	Theme            string            `json:"theme"`
	Protocol         string            `json:"protocol"`
	BodyCSS          map[string]string `json:"body_css"`
	FillHeight       bool              `json:"fill_height"`
	FillWidth        bool              `json:"fill_width"`
	ThemeHash        *string           `json:"theme_hash"`
	PWA              bool              `json:"pwa"`
	Pages            [][3]any          `json:"pages"`
	Page             map[string]Page   `json:"page"`
	MCPServer        bool              `json:"mcp_server"`
	I18n             map[string]any    `json:"i18n_translations"`
	Locale           string            `json:"locale,omitempty"` // gradio-go's: the UI's language, before the browser's
	Dependencies     []Dependency      `json:"dependencies"`
	Layout           *LayoutNode       `json:"layout"`
	Username         *string           `json:"username"`
	Root             string            `json:"root"`
	// Extras carries properties of our own (title/description/article of an Interface) that
	// Gradio keeps elsewhere; clients ignore unknown keys.
	Description string `json:"description,omitempty"`
	Article     string `json:"article,omitempty"`
	// Collaboration is present when the app has collaborative rooms (gradio-go's).
	Collaboration *Collaboration `json:"collaboration,omitempty"`
}

// Collaboration tells the web UI that the app has rooms, and their limits.
type Collaboration struct {
	MaxMembers      int     `json:"max_members"`
	PresenceTimeout float64 `json:"presence_timeout"` // seconds
	JoinAs          string  `json:"join_as"`
}

// ComponentConfig is one entry of config.components: a component or a layout block.
type ComponentConfig struct {
	ID               int            `json:"id"`
	Type             string         `json:"type"`
	Props            map[string]any `json:"props"`
	SkipAPI          bool           `json:"skip_api"`
	ComponentClassID string         `json:"component_class_id"`
	Key              *string        `json:"key"`
	// Renderable and RenderedIn are set in a render_config (see RenderConfig): the render
	// block whose run produced the entry, and the render block it was rendered in.
	Renderable      *int `json:"renderable,omitempty"`
	RenderedIn      *int `json:"rendered_in,omitempty"`
	APIInfo         any  `json:"api_info,omitempty"`
	APIInfoAsInput  any  `json:"api_info_as_input,omitempty"`
	APIInfoAsOutput any  `json:"api_info_as_output,omitempty"`
	// ExampleInputs is raw so that a null example stays null rather than disappearing.
	ExampleInputs json.RawMessage `json:"example_inputs,omitempty"`
}

// Dependency is one entry of config.dependencies: an event listener. Its index in the
// list is its id, the fn_index clients send.
type Dependency struct {
	ID                   int      `json:"id"`
	Targets              [][2]any `json:"targets"`
	Inputs               []int    `json:"inputs"`
	Outputs              []int    `json:"outputs"`
	BackendFn            bool     `json:"backend_fn"`
	JS                   *string  `json:"js"`
	Queue                bool     `json:"queue"`
	APIName              string   `json:"api_name"`
	APIDescription       *string  `json:"api_description"`
	ScrollToOutput       bool     `json:"scroll_to_output"`
	ShowProgress         string   `json:"show_progress"`
	ShowProgressOn       []int    `json:"show_progress_on"`
	Batch                bool     `json:"batch"`
	MaxBatchSize         int      `json:"max_batch_size"`
	Cancels              []int    `json:"cancels"`
	Types                DepTypes `json:"types"`
	CollectsEventData    bool     `json:"collects_event_data"`
	TriggerAfter         *int     `json:"trigger_after"`
	TriggerOnlyOnSuccess bool     `json:"trigger_only_on_success"`
	TriggerOnlyOnFailure bool     `json:"trigger_only_on_failure"`
	TriggerMode          string   `json:"trigger_mode"`
	APIVisibility        string   `json:"api_visibility"`
	RenderedIn           *int     `json:"rendered_in"`
	RenderID             *int     `json:"render_id"`
	Connection           string   `json:"connection"`
	TimeLimit            *float64 `json:"time_limit"`
	StreamEvery          float64  `json:"stream_every"`
	EventSpecificArgs    []string `json:"event_specific_args"`
	ComponentPropInputs  []int    `json:"component_prop_inputs"`
	JSImplementation     *string  `json:"js_implementation"`
}

// DepTypes is dependency.types.
type DepTypes struct {
	Generator bool `json:"generator"`
	Cancel    bool `json:"cancel"`
}

// LayoutNode is a node of the layout tree: {"id": n} or {"id": n, "children": [...]}.
type LayoutNode struct {
	ID       int           `json:"id"`
	Children []*LayoutNode `json:"children,omitempty"`
}

// RenderConfig is output.render_config of a render block's completion (Gradio's
// @gr.render): the components, listeners and layout its run produced. Clients replace the
// components and listeners of the previous run of the same render_id with these.
type RenderConfig struct {
	Page         map[string]Page   `json:"page"`
	Components   []ComponentConfig `json:"components"`
	Dependencies []Dependency      `json:"dependencies"`
	Layout       *LayoutNode       `json:"layout"`
	RenderID     int               `json:"render_id"`
}

// Page is one entry of config.page.
type Page struct {
	Layout       *LayoutNode `json:"layout"`
	Components   []int       `json:"components"`
	Dependencies []int       `json:"dependencies"`
}
