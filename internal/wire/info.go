package wire

// Info is the document served at GET /gradio_api/info.
type Info struct {
	NamedEndpoints map[string]*Endpoint `json:"named_endpoints"`
	// UnnamedEndpoints is always empty in Gradio 6 but must be present: the JS client
	// indexes into it.
	UnnamedEndpoints map[string]*Endpoint `json:"unnamed_endpoints"`
}

// Endpoint describes one callable API function.
type Endpoint struct {
	Parameters    []Parameter       `json:"parameters"`
	Returns       []Return          `json:"returns"`
	APIVisibility string            `json:"api_visibility"`
	Description   string            `json:"description"`
	CodeSnippets  map[string]string `json:"code_snippets,omitempty"`
}

// Parameter describes one input of an endpoint.
type Parameter struct {
	Label               string     `json:"label"`
	ParameterName       string     `json:"parameter_name"`
	ParameterHasDefault bool       `json:"parameter_has_default"`
	ParameterDefault    any        `json:"parameter_default"`
	Type                any        `json:"type"`
	PythonType          PythonType `json:"python_type"`
	Component           string     `json:"component"`
	ExampleInput        any        `json:"example_input"`
}

// Return describes one output of an endpoint.
type Return struct {
	Label      string     `json:"label"`
	Type       any        `json:"type"`
	PythonType PythonType `json:"python_type"`
	Component  string     `json:"component"`
}

// PythonType is the type string the clients show in view_api(); it is derived from the
// component's JSON schema the way gradio_client does it.
type PythonType struct {
	Type        string `json:"type"`
	Description string `json:"description"`
}
