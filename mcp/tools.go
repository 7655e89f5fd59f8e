package mcp

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"log/slog"
	"mime"
	"net/http"
	"net/url"
	"path"
	"strings"

	"github.com/google/jsonschema-go/jsonschema"
	sdk "github.com/modelcontextprotocol/go-sdk/mcp"

	"github.com/gradio-go/gradio/client"
)

// fileDescription describes file parameters in tool schemas.
const fileDescription = "a URL (http/https) or base64 data (a data: URI or plain base64) of the file"

// tool is one endpoint served as a tool.
type tool struct {
	api      string // "/greet"
	def      *sdk.Tool
	params   map[string]fileKind
	resolved *jsonschema.Resolved // nil when the schema cannot be used to validate
}

// fileKind says whether a parameter takes files.
type fileKind int

const (
	notFile fileKind = iota
	oneFile
	fileList
)

// newTool describes an endpoint as a tool. used holds the tool names taken so far.
func newTool(api string, ep *client.Endpoint, title string, opts Options, used map[string]bool) *tool {
	t := &tool{api: api, params: map[string]fileKind{}}
	name := toolName(api)
	for base, i := name, 2; used[name]; i++ {
		name = fmt.Sprintf("%s_%d", base, i)
	}
	used[name] = true

	schema := &jsonschema.Schema{Type: "object", Properties: map[string]*jsonschema.Schema{}}
	for _, p := range ep.Parameters {
		s, kind := paramSchema(p)
		t.params[p.Name] = kind
		schema.Properties[p.Name] = s
		schema.PropertyOrder = append(schema.PropertyOrder, p.Name)
		if !p.HasDefault {
			schema.Required = append(schema.Required, p.Name)
		}
	}
	t.def = &sdk.Tool{Name: name, Description: description(api, ep, title, opts), InputSchema: schema}
	resolved, err := schema.Resolve(nil)
	if err != nil {
		slog.Default().Warn("mcp: tool arguments will not be checked: the schema is not usable", "tool", name, "error", err)
	} else {
		t.resolved = resolved
	}
	return t
}

// toolName is the api name without its slash, in the characters tool names allow.
func toolName(api string) string {
	var b strings.Builder
	for _, r := range strings.TrimPrefix(api, "/") {
		if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '_' || r == '-' || r == '.' {
			b.WriteRune(r)
		} else {
			b.WriteByte('_')
		}
	}
	name := b.String()
	if name == "" {
		name = "tool"
	}
	if len(name) > 120 {
		name = name[:120]
	}
	return name
}

// description is the option's, else the endpoint's, else a summary of the signature.
func description(api string, ep *client.Endpoint, title string, opts Options) string {
	if d, ok := opts.Descriptions[strings.TrimPrefix(api, "/")]; ok && d != "" {
		return d
	}
	if d, ok := opts.Descriptions[api]; ok && d != "" {
		return d
	}
	if d := strings.TrimSpace(ep.Description); d != "" {
		return d
	}
	var takes, returns []string
	for _, p := range ep.Parameters {
		takes = append(takes, fmt.Sprintf("%s (%s)", p.Name, pyType(p.PythonType.Type)))
	}
	for _, r := range ep.Returns {
		returns = append(returns, pyType(r.PythonType.Type))
	}
	in, out := "no arguments", "nothing"
	if len(takes) > 0 {
		in = strings.Join(takes, ", ")
	}
	if len(returns) > 0 {
		out = strings.Join(returns, ", ")
	}
	return fmt.Sprintf("Calls %s of %s: takes %s, returns %s", api, title, in, out)
}

func pyType(t string) string {
	if t == "" {
		return "Any"
	}
	return t
}

// paramSchema is a parameter's schema in the tool: its own, made self-contained ($refs
// inlined) and valid, or a string for files.
func paramSchema(p client.Parameter) (*jsonschema.Schema, fileKind) {
	raw, _ := p.Type.(map[string]any)
	defs, _ := raw["$defs"].(map[string]any)
	m, _ := clean(raw, defs, 0).(map[string]any)
	if m == nil {
		m = map[string]any{}
	}
	fileSchema := func() *jsonschema.Schema {
		return &jsonschema.Schema{Type: "string", Description: fileDescription}
	}
	switch {
	case isFile(m) || p.PythonType.Type == "filepath":
		return fileSchema(), oneFile
	case m["type"] == "array" && isFile(asMap(m["items"])) || p.PythonType.Type == "list[filepath]":
		return &jsonschema.Schema{Type: "array", Items: fileSchema(), Description: "files: each " + fileDescription}, fileList
	}
	if p.HasDefault {
		m["default"] = p.Default
	}
	// The label titles the parameter when it says more than the name.
	if _, ok := m["title"]; !ok && p.Label != "" && !strings.HasPrefix(p.Label, "parameter_") &&
		!strings.EqualFold(strings.ReplaceAll(p.Label, " ", "_"), p.Name) {
		m["title"] = p.Label
	}
	b, err := json.Marshal(m)
	var s jsonschema.Schema
	if err == nil {
		err = json.Unmarshal(b, &s)
	}
	if err != nil {
		return &jsonschema.Schema{Description: "any JSON value"}, notFile
	}
	return &s, notFile
}

func asMap(v any) map[string]any { m, _ := v.(map[string]any); return m }

// isFile recognises Gradio's FileData and ImageData schemas.
func isFile(s map[string]any) bool {
	t, _ := s["title"].(string)
	return t == "FileData" || t == "ImageData"
}

// Keywords whose values are schemas, maps of schemas, or lists of schemas; other
// keywords hold data ("default", "enum"...) and are copied as they are.
var (
	schemaKeys = map[string]bool{"items": true, "additionalProperties": true, "not": true, "contains": true,
		"propertyNames": true, "if": true, "then": true, "else": true, "additionalItems": true,
		"unevaluatedItems": true, "unevaluatedProperties": true, "contentSchema": true}
	schemaMapKeys  = map[string]bool{"properties": true, "patternProperties": true, "dependentSchemas": true}
	schemaListKeys = map[string]bool{"anyOf": true, "allOf": true, "oneOf": true, "prefixItems": true}
	jsonTypes      = map[string]bool{"string": true, "number": true, "integer": true, "boolean": true, "object": true, "array": true, "null": true}
)

// clean copies a schema with its "#/$defs/..." references inlined (to a small depth, for
// recursive definitions) and what JSON Schema does not allow dropped: Gradio's
// "additional_description", and the {"type": {}} it uses for any JSON value.
func clean(v any, defs map[string]any, depth int) any {
	s, ok := v.(map[string]any)
	if !ok {
		if items, ok := v.([]any); ok { // draft-07 tuple items
			out := make([]any, len(items))
			for i, e := range items {
				out[i] = clean(e, defs, depth)
			}
			return out
		}
		return v // true, false
	}
	out := map[string]any{}
	if ref, ok := s["$ref"].(string); ok {
		name, local := strings.CutPrefix(ref, "#/$defs/")
		if d, found := defs[name].(map[string]any); local && found && depth < 6 {
			if m, ok := clean(d, defs, depth+1).(map[string]any); ok {
				out = m
			}
		} else if local {
			return map[string]any{} // unknown or too deep: any value
		}
	}
	for k, e := range s {
		switch {
		case k == "$ref" || k == "$defs" || k == "definitions" || k == "$schema" || k == "$id" || k == "additional_description":
		case k == "type":
			if validType(e) {
				out[k] = e
			}
		case schemaKeys[k]:
			out[k] = clean(e, defs, depth)
		case schemaMapKeys[k]:
			if m, ok := e.(map[string]any); ok {
				cm := make(map[string]any, len(m))
				for name, sub := range m {
					cm[name] = clean(sub, defs, depth)
				}
				out[k] = cm
			}
		case schemaListKeys[k]:
			if l, ok := e.([]any); ok {
				cl := make([]any, len(l))
				for i, sub := range l {
					cl[i] = clean(sub, defs, depth)
				}
				out[k] = cl
			}
		default:
			out[k] = e
		}
	}
	return out
}

func validType(t any) bool {
	switch t := t.(type) {
	case string:
		return jsonTypes[t]
	case []any:
		for _, e := range t {
			if s, ok := e.(string); !ok || !jsonTypes[s] {
				return false
			}
		}
		return len(t) > 0
	}
	return false
}

// Arguments.

// kwargs turns a tool call's arguments into the endpoint's: files become uploads or
// URLs the app fetches.
func (st *state) kwargs(t *tool, args map[string]any, root string) (map[string]any, error) {
	out := make(map[string]any, len(args))
	for name, v := range args {
		switch t.params[name] {
		case oneFile:
			f, err := st.fileArg(name, v, root)
			if err != nil {
				return nil, err
			}
			out[name] = f
		case fileList:
			list, ok := v.([]any)
			if v != nil && !ok {
				return nil, fmt.Errorf("%s: expected a list of files", name)
			}
			files := make([]any, 0, len(list))
			for i, e := range list {
				f, err := st.fileArg(fmt.Sprintf("%s[%d]", name, i), e, root)
				if err != nil {
					return nil, err
				}
				files = append(files, f)
			}
			out[name] = files
		default:
			out[name] = v
		}
	}
	return out, nil
}

// fileArg reads a file argument: an http(s) URL, a data: URI or plain base64.
func (st *state) fileArg(name string, v any, root string) (any, error) {
	if v == nil {
		return nil, nil
	}
	s, ok := v.(string)
	if !ok {
		return nil, fmt.Errorf("%s: expected %s, got %s", name, fileDescription, jsonKind(v))
	}
	s = strings.TrimSpace(s)
	if s == "" {
		return nil, nil
	}
	if u, err := url.Parse(s); err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != "" {
		if p, ok := st.ownFile(s, root); ok {
			// A file the app served, such as an earlier result: it is in the app's
			// cache already.
			return map[string]any{"path": p, "orig_name": path.Base(p), "meta": map[string]any{"_type": "gradio.FileData"}}, nil
		}
		return client.URL(s), nil
	}
	data, mimeType, err := decodeData(s)
	if err != nil {
		return nil, fmt.Errorf("%s: expected %s: %v", name, fileDescription, err)
	}
	return client.Reader(fileName(mimeType, data), bytes.NewReader(data)), nil
}

// ownFile reports whether u is a file URL of this app, and its path in the app.
func (st *state) ownFile(u, root string) (string, bool) {
	for _, r := range []string{root, st.innerRoot} {
		if r == "" {
			continue
		}
		if rest, ok := strings.CutPrefix(u, r+st.apiPrefix+"/file="); ok {
			if p, err := url.PathUnescape(rest); err == nil && p != "" {
				return p, true
			}
		}
	}
	return "", false
}

// decodeData decodes a data: URI (base64 or percent-encoded) or plain base64.
func decodeData(s string) (data []byte, mimeType string, err error) {
	if rest, ok := strings.CutPrefix(s, "data:"); ok {
		meta, payload, found := strings.Cut(rest, ",")
		if !found {
			return nil, "", fmt.Errorf("a data: URI without a comma")
		}
		isBase64 := strings.HasSuffix(strings.ToLower(meta), ";base64")
		mimeType, _, _ = strings.Cut(meta, ";")
		if isBase64 {
			data, err = decodeBase64(payload)
		} else {
			var t string
			t, err = url.PathUnescape(payload)
			data = []byte(t)
		}
		if err != nil {
			return nil, "", fmt.Errorf("a data: URI with bad data: %v", err)
		}
		if mimeType == "" {
			mimeType = "text/plain"
		}
		return data, strings.ToLower(strings.TrimSpace(mimeType)), nil
	}
	data, err = decodeBase64(s)
	if err != nil {
		return nil, "", fmt.Errorf("neither a URL nor base64 data")
	}
	mimeType, _, _ = strings.Cut(http.DetectContentType(data), ";")
	return data, mimeType, nil
}

// decodeBase64 takes standard or URL-safe base64, padded or not, across lines.
func decodeBase64(s string) ([]byte, error) {
	s = strings.Map(func(r rune) rune {
		if r == ' ' || r == '\n' || r == '\r' || r == '\t' {
			return -1
		}
		return r
	}, s)
	if s == "" {
		return nil, fmt.Errorf("no data")
	}
	var firstErr error
	for _, enc := range []*base64.Encoding{base64.StdEncoding, base64.RawStdEncoding, base64.URLEncoding, base64.RawURLEncoding} {
		b, err := enc.DecodeString(s)
		if err == nil {
			return b, nil
		}
		if firstErr == nil {
			firstErr = err
		}
	}
	return nil, firstErr
}

// Extensions for common types, where mime.ExtensionsByType has none or several.
var extByType = map[string]string{
	"image/png": ".png", "image/jpeg": ".jpg", "image/gif": ".gif", "image/webp": ".webp", "image/bmp": ".bmp",
	"image/svg+xml": ".svg", "image/tiff": ".tiff", "image/avif": ".avif", "image/x-icon": ".ico",
	"audio/mpeg": ".mp3", "audio/mp3": ".mp3", "audio/wav": ".wav", "audio/x-wav": ".wav", "audio/wave": ".wav",
	"audio/ogg": ".ogg", "audio/flac": ".flac", "audio/aac": ".aac", "audio/mp4": ".m4a", "audio/webm": ".weba",
	"video/mp4": ".mp4", "video/webm": ".webm", "video/ogg": ".ogv", "video/quicktime": ".mov",
	"application/octet-stream": ".bin", "application/pdf": ".pdf", "application/json": ".json", "application/zip": ".zip",
	"text/plain": ".txt", "text/csv": ".csv", "text/html": ".html", "text/markdown": ".md",
}

// fileName names uploaded data after its type: "file.png".
func fileName(mimeType string, data []byte) string {
	if mimeType == "" {
		mimeType, _, _ = strings.Cut(http.DetectContentType(data), ";")
	}
	if ext, ok := extByType[mimeType]; ok {
		return "file" + ext
	}
	if exts, err := mime.ExtensionsByType(mimeType); err == nil && len(exts) > 0 {
		return "file" + exts[0]
	}
	return "file"
}

func jsonKind(v any) string {
	switch v.(type) {
	case nil:
		return "null"
	case bool:
		return "a boolean"
	case float64, json.Number:
		return "a number"
	case string:
		return "a string"
	case []any:
		return "an array"
	case map[string]any:
		return "an object"
	}
	return fmt.Sprintf("%T", v)
}
