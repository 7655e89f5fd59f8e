package gradio

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/gradio-go/gradio/internal/wire"
)

// buildInfo describes the callable functions for /gradio_api/info: public ones, plus
// undocumented ones when all is set.
func (a *App) buildInfo(all bool) *wire.Info {
	info := &wire.Info{NamedEndpoints: map[string]*wire.Endpoint{}, UnnamedEndpoints: map[string]*wire.Endpoint{}}
	for _, f := range a.fns {
		vis := Visibility(f.dep.APIVisibility)
		if f.bind == nil || vis == Private || vis == Undocumented && !all {
			continue
		}
		ep := &wire.Endpoint{Parameters: []wire.Parameter{}, Returns: []wire.Return{}, APIVisibility: string(vis)}
		if f.dep.APIDescription != nil {
			ep.Description = *f.dep.APIDescription
		}
		names := f.paramNames()
		for i, c := range f.inputs {
			if isSkipAPI(c) {
				continue
			}
			p := c.Props()
			schema := apiSchema(c, true)
			param := wire.Parameter{
				Label:         labelOr(p, fmt.Sprintf("parameter_%d", f.inIDs[i])),
				ParameterName: names[i],
				Type:          schema,
				PythonType:    wire.PythonType{Type: pythonType(schema), Description: describeSchema(schema)},
				Component:     capitalize(c.Kind()),
			}
			if v, ok := p["value"]; ok && v != nil {
				param.ParameterHasDefault, param.ParameterDefault = true, v
			}
			if e, ok := c.(Exampler); ok {
				param.ExampleInput = e.ExampleValue()
			}
			ep.Parameters = append(ep.Parameters, param)
		}
		for j, c := range f.outputs {
			if isSkipAPI(c) {
				continue
			}
			schema := apiSchema(c, false)
			ep.Returns = append(ep.Returns, wire.Return{
				Label:      labelOr(c.Props(), fmt.Sprintf("value_%d", f.outIDs[j])),
				Type:       schema,
				PythonType: wire.PythonType{Type: pythonType(schema), Description: describeSchema(schema)},
				Component:  capitalize(c.Kind()),
			})
		}
		info.NamedEndpoints["/"+f.dep.APIName] = ep
	}
	return info
}

// labelOr is the label API clients show for a component: its label, else def. A label
// set to "" stays "", as in Gradio (a ChatInterface's message box).
func labelOr(p map[string]any, def string) string {
	if l, ok := p["label"].(string); ok {
		return l
	}
	return def
}

func describeSchema(s map[string]any) string {
	if d, ok := s["additional_description"].(string); ok {
		return d
	}
	if d, ok := s["description"].(string); ok {
		return d
	}
	return ""
}

// capitalize gives the component name the clients show: "textbox" -> "Textbox".
func capitalize(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// render builds one of the app's JSON documents for a root URL.
func (a *App) render(kind, root string) []byte {
	var v any
	switch kind {
	case "config":
		cfg := a.cfg
		cfg.Root = root
		v = &cfg
	case "info", "info-all":
		src := a.info
		if kind == "info-all" {
			src = a.infoAll
		}
		info := &wire.Info{NamedEndpoints: map[string]*wire.Endpoint{}, UnnamedEndpoints: src.UnnamedEndpoints}
		for name, ep := range src.NamedEndpoints {
			c := *ep
			if kind == "info" {
				c.CodeSnippets = codeSnippets(root, name, ep)
			}
			info.NamedEndpoints[name] = &c
		}
		v = info
	case "openapi":
		v = a.openAPI(root)
	case "page":
		return a.ui.render(a, root)
	case "page.gz":
		// Compressed once per root, not per request: a page holding a big table's
		// config is megabytes, and compressing it well takes seconds.
		return gzipped(a.document("page", root))
	}
	b, err := json.Marshal(v)
	if err != nil {
		// Every document is built from JSON-safe values; a failure is a bug worth seeing.
		a.log.Error("gradio: rendering "+kind, "error", err)
		return []byte(`{"detail":"internal error"}`)
	}
	return b
}

// openAPI describes the curl API as an OpenAPI 3.0.2 document, as Gradio does.
func (a *App) openAPI(root string) map[string]any {
	paths := map[string]any{
		wire.APIPrefix + "/upload": map[string]any{"post": map[string]any{
			"summary": "Upload files; answers their server paths, to pass as {\"path\": <path>, \"meta\": {\"_type\": \"gradio.FileData\"}}.",
			"requestBody": map[string]any{"required": true, "content": map[string]any{"multipart/form-data": map[string]any{
				"schema": map[string]any{"type": "object", "properties": map[string]any{
					"files": map[string]any{"type": "array", "items": map[string]any{"type": "string", "format": "binary"}},
				}},
			}}},
			"responses": map[string]any{
				"200": jsonResponse("Server paths of the uploaded files", map[string]any{"type": "array", "items": map[string]any{"type": "string"}}),
				"400": map[string]any{"description": "Not a multipart upload"},
				"413": map[string]any{"description": "A file exceeds the size limit"},
			},
		}},
	}
	for name, ep := range a.info.NamedEndpoints {
		api := strings.TrimPrefix(name, "/")
		propsMap := map[string]any{}
		var required []string
		for _, p := range ep.Parameters {
			schema := p.Type
			if m, ok := p.Type.(map[string]any); ok && isFileSchema(m) {
				schema = map[string]any{"type": "string", "format": "filepath", "description": "Upload the file first, then pass {\"path\": <uploaded path>, \"meta\": {\"_type\": \"gradio.FileData\"}}"}
			}
			propsMap[p.ParameterName] = schema
			if !p.ParameterHasDefault {
				required = append(required, p.ParameterName)
			}
		}
		body := map[string]any{"type": "object", "properties": propsMap}
		if len(required) > 0 {
			body["required"] = required
		}
		paths[wire.APIPrefix+"/call/v2/"+api] = map[string]any{"post": map[string]any{
			"summary":     "Queue a call of " + name + "; then GET " + wire.APIPrefix + "/call/" + api + "/{event_id} for its result.",
			"description": ep.Description,
			"requestBody": map[string]any{"required": true, "content": map[string]any{"application/json": map[string]any{"schema": body}}},
			"responses": map[string]any{"200": jsonResponse("The call's event id", map[string]any{
				"type": "object", "properties": map[string]any{"event_id": map[string]any{"type": "string"}},
			})},
		}}
		paths[wire.APIPrefix+"/call/"+api+"/{event_id}"] = map[string]any{"get": map[string]any{
			"summary":    "Stream the result of a call of " + name + " as server-sent events (generating, complete, error).",
			"parameters": []any{map[string]any{"name": "event_id", "in": "path", "required": true, "schema": map[string]any{"type": "string"}}},
			"responses":  map[string]any{"200": map[string]any{"description": "Event stream", "content": map[string]any{"text/event-stream": map[string]any{"schema": map[string]any{"type": "string"}}}}},
		}}
	}
	return map[string]any{
		"openapi": "3.0.2",
		"info":    map[string]any{"title": a.cfg.Title, "version": wire.Version},
		"servers": []any{map[string]any{"url": root}},
		"paths":   paths,
	}
}

func jsonResponse(desc string, schema map[string]any) map[string]any {
	return map[string]any{"description": desc, "content": map[string]any{"application/json": map[string]any{"schema": schema}}}
}
