package wire

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"slices"
	"sort"
	"strconv"
)

// Edit actions of the streaming diff format.
const (
	EditReplace = "replace"
	EditAppend  = "append"
	EditAdd     = "add"
	EditDelete  = "delete"
)

// Edit is one [action, path, value] triple of a streaming diff. Path elements are
// strings (object keys) or ints (array indices).
type Edit struct {
	Action string
	Path   []any
	Value  any
}

// MarshalJSON writes the triple form the clients expect. Every streamed message
// carries edits, so the frame is written by hand: a third faster than marshalling a
// [3]any.
func (e Edit) MarshalJSON() ([]byte, error) {
	v, err := json.Marshal(e.Value)
	if err != nil {
		return nil, err
	}
	b := make([]byte, 0, len(e.Action)+len(v)+16)
	if plainAction(e.Action) {
		b = append(b, '[', '"')
		b = append(b, e.Action...)
		b = append(b, '"', ',')
	} else {
		a, _ := json.Marshal(e.Action)
		b = append(append(append(b, '['), a...), ',')
	}
	if len(e.Path) == 0 {
		b = append(b, "[]"...)
	} else {
		p, err := json.Marshal(e.Path)
		if err != nil {
			return nil, err
		}
		b = append(b, p...)
	}
	b = append(append(b, ','), v...)
	return append(b, ']'), nil
}

// plainAction reports whether an action needs no escaping in JSON (the four actions
// do not).
func plainAction(a string) bool {
	for i := 0; i < len(a); i++ {
		if a[i] < 'a' || a[i] > 'z' {
			return false
		}
	}
	return true
}

// UnmarshalJSON reads the triple form.
func (e *Edit) UnmarshalJSON(b []byte) error {
	var raw []json.RawMessage
	if err := json.Unmarshal(b, &raw); err != nil {
		return fmt.Errorf("edit: %w", err)
	}
	if len(raw) != 3 {
		return fmt.Errorf("edit: want [action, path, value], got %d elements", len(raw))
	}
	if err := json.Unmarshal(raw[0], &e.Action); err != nil {
		return fmt.Errorf("edit action: %w", err)
	}
	var path []any
	if err := json.Unmarshal(raw[1], &path); err != nil {
		return fmt.Errorf("edit path: %w", err)
	}
	e.Path = e.Path[:0]
	for _, p := range path {
		switch p := p.(type) {
		case string:
			e.Path = append(e.Path, p)
		case float64:
			if p != float64(int(p)) || p < 0 {
				return fmt.Errorf("edit path: bad index %v", p)
			}
			e.Path = append(e.Path, int(p))
		default:
			return fmt.Errorf("edit path: element %v is neither key nor index", p)
		}
	}
	return json.Unmarshal(raw[2], &e.Value)
}

// GenericJSONer is a value that builds its own generic form, cheaper than Generic's
// JSON round trip. It must equal what that round trip would give.
type GenericJSONer interface {
	GenericJSON() (any, error)
}

// Generic converts any JSON-encodable value into the generic form encoding/json decodes
// into (nil, bool, float64, string, []any, map[string]any), which Diff compares.
func Generic(v any) (any, error) {
	switch v := v.(type) {
	case nil, bool, string:
		return v, nil
	case float64:
		if isGenericScalar(v) {
			return v, nil
		}
	case []any:
		if genericSlice(v) {
			return v, nil
		}
	case map[string]any:
		if genericMap(v) {
			return v, nil
		}
	}
	if g, ok := v.(GenericJSONer); ok {
		return g.GenericJSON()
	}
	b, err := json.Marshal(v)
	if err != nil {
		return nil, err
	}
	var out any
	if err := json.Unmarshal(b, &out); err != nil {
		return nil, err
	}
	return out, nil
}

func isGenericScalar(v any) bool {
	switch v := v.(type) {
	case nil, bool, string:
		return true
	case float64:
		// JSON has no NaN or infinities; leaving them to json.Marshal reports them.
		return !math.IsNaN(v) && !math.IsInf(v, 0)
	}
	return false
}

func genericSlice(s []any) bool {
	for _, e := range s {
		if !isGeneric(e) {
			return false
		}
	}
	return true
}

func genericMap(m map[string]any) bool {
	for _, e := range m {
		if !isGeneric(e) {
			return false
		}
	}
	return true
}

func isGeneric(v any) bool {
	switch v := v.(type) {
	case []any:
		return genericSlice(v)
	case map[string]any:
		return genericMap(v)
	}
	return isGenericScalar(v)
}

// Diff returns the edits that turn old into new, following Gradio's algorithm so that
// streams look the same on the wire: equal values give no edits; a string that extends
// the old one gives an append of the suffix; arrays and objects recurse element-wise;
// anything else is a replace. Both values must be in generic form (see Generic).
func Diff(old, new any) []Edit {
	return diffAt(nil, old, new, []Edit{})
}

func diffAt(path []any, a, b any, edits []Edit) []Edit {
	switch a := a.(type) {
	case string:
		if b, ok := b.(string); ok {
			switch {
			case a == b:
				return edits
			case len(b) > len(a) && b[:len(a)] == a:
				return append(edits, Edit{EditAppend, clonePath(path), b[len(a):]})
			}
		}
	case []any:
		if b, ok := b.([]any); ok {
			common := min(len(a), len(b))
			for i := range common {
				edits = diffAt(append(path, i), a[i], b[i], edits)
			}
			// Each delete removes the element at the same index, so the tail collapses.
			for range len(a) - common {
				edits = append(edits, Edit{EditDelete, clonePath(append(path, common)), nil})
			}
			for i := common; i < len(b); i++ {
				edits = append(edits, Edit{EditAdd, clonePath(append(path, i)), b[i]})
			}
			return edits
		}
	case map[string]any:
		if b, ok := b.(map[string]any); ok {
			for _, k := range sortedKeys(a) {
				if bv, ok := b[k]; ok {
					edits = diffAt(append(path, k), a[k], bv, edits)
				} else {
					edits = append(edits, Edit{EditDelete, clonePath(append(path, k)), nil})
				}
			}
			for _, k := range sortedKeys(b) {
				if _, ok := a[k]; !ok {
					edits = append(edits, Edit{EditAdd, clonePath(append(path, k)), b[k]})
				}
			}
			return edits
		}
	default:
		if a == b && isGenericScalar(a) {
			return edits
		}
	}
	return append(edits, Edit{EditReplace, clonePath(path), b})
}

func clonePath(p []any) []any {
	if len(p) == 0 {
		return []any{}
	}
	return slices.Clone(p)
}

func sortedKeys(m map[string]any) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// ErrBadEdit reports an edit list that does not fit the value it is applied to.
var ErrBadEdit = errors.New("bad edit")

// Apply applies edits to v (in generic form) and returns the result, as the official
// clients do. v may be modified in place.
func Apply(v any, edits []Edit) (any, error) {
	var err error
	for _, e := range edits {
		if v, err = applyEdit(v, e.Path, e.Action, e.Value); err != nil {
			return nil, err
		}
	}
	return v, nil
}

func applyEdit(target any, path []any, action string, value any) (any, error) {
	if len(path) == 0 {
		switch action {
		case EditReplace:
			return value, nil
		case EditAppend:
			s, ok1 := target.(string)
			add, ok2 := value.(string)
			if !ok1 || !ok2 {
				return nil, fmt.Errorf("%w: append to non-string", ErrBadEdit)
			}
			return s + add, nil
		}
		return nil, fmt.Errorf("%w: %q at the root", ErrBadEdit, action)
	}
	key, rest := path[0], path[1:]
	switch t := target.(type) {
	case []any:
		i, ok := key.(int)
		if !ok {
			return nil, fmt.Errorf("%w: key %v into an array", ErrBadEdit, key)
		}
		if len(rest) > 0 {
			if i < 0 || i >= len(t) {
				return nil, fmt.Errorf("%w: index %d out of range", ErrBadEdit, i)
			}
			var err error
			t[i], err = applyEdit(t[i], rest, action, value)
			return t, err
		}
		switch action {
		case EditAdd:
			if i < 0 || i > len(t) {
				return nil, fmt.Errorf("%w: index %d out of range", ErrBadEdit, i)
			}
			return slices.Insert(t, i, value), nil
		case EditDelete:
			if i < 0 || i >= len(t) {
				return nil, fmt.Errorf("%w: index %d out of range", ErrBadEdit, i)
			}
			return slices.Delete(t, i, i+1), nil
		}
		if i < 0 || i >= len(t) {
			return nil, fmt.Errorf("%w: index %d out of range", ErrBadEdit, i)
		}
		var err error
		t[i], err = applyEdit(t[i], nil, action, value)
		return t, err
	case map[string]any:
		k, ok := key.(string)
		if !ok {
			return nil, fmt.Errorf("%w: index %v into an object", ErrBadEdit, key)
		}
		if len(rest) == 0 {
			switch action {
			case EditAdd:
				t[k] = value
				return t, nil
			case EditDelete:
				delete(t, k)
				return t, nil
			}
		}
		var err error
		t[k], err = applyEdit(t[k], rest, action, value)
		return t, err
	}
	return nil, fmt.Errorf("%w: path into %s", ErrBadEdit, typeName(target))
}

func typeName(v any) string {
	switch v.(type) {
	case nil:
		return "null"
	case string:
		return "string"
	case float64:
		return "number"
	case bool:
		return "boolean"
	}
	return strconv.Quote(fmt.Sprintf("%T", v))
}
