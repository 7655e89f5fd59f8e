package room

import (
	"bytes"
	"encoding/json"
	"fmt"
)

// Intent kinds.
const (
	KindValue   = "value"   // {kind, component, value}: a member changed a component
	KindEditing = "editing" // {kind, component|null}: a member started or stopped editing one
	KindName    = "name"    // {kind, name}: a member renamed themselves
	KindRole    = "role"    // {kind, member, role}: the owner made someone an editor or viewer
	KindLock    = "lock"    // {kind, locked}: the owner locked or unlocked the room
)

// Intent is what a member asks the room to do.
type Intent struct {
	Kind      string
	Component int // -1 when none (editing stopped)
	Value     json.RawMessage
	Name      string
	Member    string
	Role      Role
	Locked    bool
}

type intentJSON struct {
	Kind      string          `json:"kind"`
	Component json.RawMessage `json:"component"`
	Value     json.RawMessage `json:"value"`
	Name      *string         `json:"name"`
	Member    *string         `json:"member"`
	Role      *string         `json:"role"`
	Locked    *bool           `json:"locked"`
}

// DecodeIntent reads one intent from a client's JSON, checking that it has the fields
// its kind needs. Value is kept as compact JSON.
func DecodeIntent(b []byte) (*Intent, error) {
	var j intentJSON
	d := json.NewDecoder(bytes.NewReader(b))
	d.DisallowUnknownFields()
	if err := d.Decode(&j); err != nil {
		return nil, fmt.Errorf("an intent is a JSON object with a kind: %w", err)
	}
	if d.More() {
		return nil, fmt.Errorf("an intent is one JSON object")
	}
	in := &Intent{Kind: j.Kind, Component: -1}
	component := func(required bool) error {
		if len(j.Component) == 0 || string(j.Component) == "null" {
			if required {
				return fmt.Errorf("%s intent needs a component id", j.Kind)
			}
			return nil
		}
		var c int
		if err := json.Unmarshal(j.Component, &c); err != nil || c < 0 {
			return fmt.Errorf("component must be a component id (a number from 0)")
		}
		in.Component = c
		return nil
	}
	switch j.Kind {
	case KindValue:
		if err := component(true); err != nil {
			return nil, err
		}
		if len(j.Value) == 0 {
			return nil, fmt.Errorf("value intent needs a value (null is one)")
		}
		var buf bytes.Buffer
		if err := json.Compact(&buf, j.Value); err != nil {
			return nil, fmt.Errorf("value is not JSON: %w", err)
		}
		in.Value = buf.Bytes()
	case KindEditing:
		if err := component(false); err != nil {
			return nil, err
		}
	case KindName:
		if j.Name == nil {
			return nil, fmt.Errorf("name intent needs a name")
		}
		in.Name = *j.Name
	case KindRole:
		if j.Member == nil || j.Role == nil {
			return nil, fmt.Errorf("role intent needs a member and a role")
		}
		in.Member, in.Role = *j.Member, Role(*j.Role)
	case KindLock:
		if j.Locked == nil {
			return nil, fmt.Errorf("lock intent needs locked: true or false")
		}
		in.Locked = *j.Locked
	case "":
		return nil, fmt.Errorf("an intent needs a kind")
	default:
		return nil, fmt.Errorf("unknown intent kind %q (value, editing, name, role or lock)", j.Kind)
	}
	return in, nil
}
