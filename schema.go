package gradio

import (
	"encoding/json"
	"fmt"
	"reflect"
	"sort"
	"strings"
)

// apiSchema is c's JSON schema as an input or an output.
func apiSchema(c Component, input bool) map[string]any {
	if d, ok := c.(APIDescriber); ok {
		return d.APISchema()
	}
	t, ok := valueType(c, input)
	if !ok {
		t, _ = valueType(c, !input)
	}
	return schemaOf(t)
}

// schemaOf derives a JSON schema from a Go type, for components that do not describe
// themselves.
func schemaOf(t reflect.Type) map[string]any {
	if t == nil {
		return anyJSON()
	}
	switch t.Kind() {
	case reflect.String:
		return map[string]any{"type": "string"}
	case reflect.Bool:
		return map[string]any{"type": "boolean"}
	case reflect.Float32, reflect.Float64:
		return map[string]any{"type": "number"}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return map[string]any{"type": "integer"}
	case reflect.Slice, reflect.Array:
		return map[string]any{"type": "array", "items": schemaOf(t.Elem())}
	}
	return anyJSON()
}

func anyJSON() map[string]any {
	return map[string]any{"type": map[string]any{}, "description": "any valid json"}
}

func exampleJSON(c Component) json.RawMessage {
	var v any
	if e, ok := c.(Exampler); ok {
		v = e.ExampleValue()
	}
	b, err := json.Marshal(v)
	if err != nil {
		return json.RawMessage("null")
	}
	return b
}

// pythonType renders a schema as the type string gradio_client shows, following its
// json_schema_to_python_type: "str", "float", "list[str]", "Literal['a', 'b']"...
func pythonType(s map[string]any) string {
	return pyType(s, s)
}

func pyType(s, root map[string]any) string {
	if s == nil {
		return "Any"
	}
	if ref, ok := s["$ref"].(string); ok {
		name := ref[strings.LastIndex(ref, "/")+1:]
		if defs, ok := root["$defs"].(map[string]any); ok {
			if d, ok := defs[name].(map[string]any); ok {
				return pyType(d, root)
			}
		}
		return "Any"
	}
	if isFileSchema(s) {
		return "filepath"
	}
	if c, ok := s["const"]; ok {
		return fmt.Sprintf("Literal[%s]", pyLiteral(c))
	}
	if enum, ok := s["enum"].([]any); ok {
		parts := make([]string, len(enum))
		for i, e := range enum {
			parts[i] = pyLiteral(e)
		}
		return "Literal[" + strings.Join(parts, ", ") + "]"
	}
	if enum, ok := s["enum"].([]string); ok {
		parts := make([]string, len(enum))
		for i, e := range enum {
			parts[i] = pyLiteral(e)
		}
		return "Literal[" + strings.Join(parts, ", ") + "]"
	}
	for _, key := range []string{"anyOf", "oneOf"} {
		if alts, ok := s[key].([]any); ok {
			parts := make([]string, 0, len(alts))
			for _, a := range alts {
				if m, ok := a.(map[string]any); ok {
					parts = append(parts, pyType(m, root))
				}
			}
			return strings.Join(parts, " | ")
		}
	}
	switch t := s["type"].(type) {
	case string:
		switch t {
		case "string":
			return "str"
		case "number":
			return "float"
		case "integer":
			return "int"
		case "boolean":
			return "bool"
		case "null":
			return "None"
		case "array":
			items, _ := s["items"].(map[string]any)
			if items == nil || len(items) == 0 {
				return "list[Any]"
			}
			return "list[" + pyType(items, root) + "]"
		case "object":
			return pyDict(s, root)
		}
	case map[string]any:
		if len(t) == 0 {
			return "str | float | bool | list | dict"
		}
	}
	return "Any"
}

func pyDict(s, root map[string]any) string {
	propsMap, _ := s["properties"].(map[string]any)
	if len(propsMap) == 0 {
		if ap, ok := s["additionalProperties"].(map[string]any); ok {
			return "dict(str, " + pyType(ap, root) + ")"
		}
		return "dict()"
	}
	keys := make([]string, 0, len(propsMap))
	for k := range propsMap {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		ri, rj := keyRank(keys[i]), keyRank(keys[j])
		if ri != rj {
			return ri < rj
		}
		return keys[i] < keys[j]
	})
	parts := make([]string, 0, len(keys))
	for _, k := range keys {
		m, _ := propsMap[k].(map[string]any)
		parts = append(parts, k+": "+pyType(m, root))
	}
	return "dict(" + strings.Join(parts, ", ") + ")"
}

// keyOrder puts the fields of Gradio's data models in their declared order, so that the
// type strings read as gradio_client prints them (Go maps keep no order); other keys
// follow alphabetically.
var keyOrder = []string{
	"label", "confidences", "confidence",
	"role", "headers", "data", "metadata", "content", "options",
	"text", "files",
	"token", "class_or_confidence",
	"image", "video", "caption", "annotations",
	"background", "layers", "composite",
	"path", "url", "size", "orig_name", "mime_type", "is_stream", "meta",
	"title", "id", "parent_id", "log", "duration", "status",
	"value", "type",
}

func keyRank(k string) int {
	for i, o := range keyOrder {
		if o == k {
			return i
		}
	}
	return len(keyOrder)
}

func pyLiteral(v any) string {
	if s, ok := v.(string); ok {
		return "'" + strings.ReplaceAll(s, "'", `\'`) + "'"
	}
	b, _ := json.Marshal(v)
	return string(b)
}

// isFileSchema recognises the FileData schema.
func isFileSchema(s map[string]any) bool {
	if t, _ := s["title"].(string); t == "FileData" || t == "ImageData" {
		return true
	}
	return false
}
