package gradio

import (
	"context"
	"encoding/json"
	"fmt"
	"reflect"
	"strconv"
	"time"

	"github.com/gradio-go/gradio/internal/session"
)

// State of a scaled-out app (docs/adr/0011-scale-out.md): a session's State values
// are kept in NATS (jobs.Broker.LoadState/SaveState) as JSON, so that whichever
// worker or replica runs a session's next call reads what the last one set. A call
// loads the values it reads before it runs and saves the ones it set after.

// stateEntry is one State value as kept in NATS, with when it was set (for State.TTL).
type stateEntry struct {
	V   json.RawMessage `json:"v"`
	Set int64           `json:"set"` // Unix nanoseconds
}

// loadState puts the session's shared values of f's State inputs into sess; a value
// not shared yet is dropped from sess, so the State's initial value is used.
func (j *jobsBackend) loadState(ctx context.Context, hash string, sess *session.Session, f *fnRT) error {
	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	kept, err := j.b.LoadState(ctx, hash)
	if err != nil {
		j.a.log.Error("gradio: loading State failed", "error", err)
		return fmt.Errorf("the session's State could not be read; please try again")
	}
	for i, comp := range f.inputs {
		if _, ok := comp.(stateful); !ok {
			continue
		}
		id := f.inIDs[i]
		raw, ok := kept[strconv.Itoa(id)]
		if !ok {
			sess.Delete(id)
			continue
		}
		var e stateEntry
		if err := json.Unmarshal(raw, &e); err != nil {
			return fmt.Errorf("state %d could not be read: %w", i+1, err)
		}
		v := reflect.New(comp.(Input).ValueType())
		if err := json.Unmarshal(e.V, v.Interface()); err != nil {
			return fmt.Errorf("state %d could not be read: %w", i+1, err)
		}
		sess.Store(id, v.Elem().Interface(), time.Unix(0, e.Set))
	}
	return nil
}

// saveState shares the values of f's State outputs that the call set (since start).
func (j *jobsBackend) saveState(hash string, sess *session.Session, f *fnRT, start time.Time) {
	changed := map[string]json.RawMessage{}
	for i, comp := range f.outputs {
		if _, ok := comp.(stateful); !ok {
			continue
		}
		v, set, ok := sess.Load(f.outIDs[i])
		if !ok || set.Before(start) {
			continue
		}
		b, err := json.Marshal(v)
		if err == nil {
			b, err = json.Marshal(stateEntry{V: b, Set: set.UnixNano()})
		}
		if err != nil {
			j.a.log.Error("gradio: a State value cannot be shared", "output", i+1, "error", err)
			continue
		}
		changed[strconv.Itoa(f.outIDs[i])] = b
	}
	ctx, cancel := context.WithTimeout(j.ctx, 10*time.Second)
	defer cancel()
	if err := j.b.SaveState(ctx, hash, changed); err != nil {
		j.a.log.Error("gradio: saving State failed", "error", err)
	}
}

// checkShareable reports why values of type t cannot be kept in NATS as JSON and read
// back the same: channels, functions and complex numbers do not encode, unexported
// fields and interfaces do not come back. Types with their own JSON encoding are
// taken at their word.
func checkShareable(t reflect.Type) error {
	return checkShareableSeen(t, map[reflect.Type]bool{})
}

var jsonCoder = []reflect.Type{reflect.TypeFor[json.Marshaler](), reflect.TypeFor[json.Unmarshaler]()}

func checkShareableSeen(t reflect.Type, seen map[reflect.Type]bool) error {
	if seen[t] {
		return nil
	}
	seen[t] = true
	if pt := reflect.PointerTo(t); pt.Implements(jsonCoder[0]) && pt.Implements(jsonCoder[1]) {
		return nil
	}
	switch t.Kind() {
	case reflect.Chan, reflect.Func, reflect.UnsafePointer, reflect.Complex64, reflect.Complex128:
		return fmt.Errorf("%s does not encode as JSON", t)
	case reflect.Interface:
		return fmt.Errorf("%s: an interface does not come back from JSON as the value it held", t)
	case reflect.Pointer, reflect.Slice, reflect.Array:
		return checkShareableSeen(t.Elem(), seen)
	case reflect.Map:
		if err := checkShareableSeen(t.Key(), seen); err != nil {
			return err
		}
		return checkShareableSeen(t.Elem(), seen)
	case reflect.Struct:
		for i := range t.NumField() {
			sf := t.Field(i)
			if sf.Tag.Get("json") == "-" {
				continue
			}
			if !sf.IsExported() {
				return fmt.Errorf("%s has an unexported field %s, which JSON leaves out", t, sf.Name)
			}
			if err := checkShareableSeen(sf.Type, seen); err != nil {
				return err
			}
		}
	}
	return nil
}

// checkStates fails a scaled-out app's build when one of its States cannot be shared.
func (a *App) checkStates() error {
	seen := map[Component]bool{}
	for _, f := range a.fns {
		for _, list := range [][]Component{f.inputs, f.outputs} {
			for _, comp := range list {
				if _, ok := comp.(stateful); !ok || seen[comp] {
					continue
				}
				seen[comp] = true
				if err := checkShareable(comp.(Input).ValueType()); err != nil {
					return fmt.Errorf("gradio: a State of %s cannot be shared between the processes of a scaled-out app (kept as JSON in NATS): %v", f.dep.APIName, err)
				}
			}
		}
	}
	return nil
}
