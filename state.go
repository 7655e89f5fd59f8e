package gradio

import (
	"context"
	"encoding/json"
	"reflect"
	"time"
)

// State holds a value per session (per browser tab or API client) on the server. Use
// it as an input to read the value and as an output to replace it; it is never sent to
// the client. Its zero value starts every session at T's zero value:
//
//	count := &gradio.State[int]{}
//	btn.Click(func(n int) (int, string) { return n + 1, fmt.Sprint(n + 1) },
//		gradio.In(count), gradio.Out(count, shown))
//
// A State needs no place in the layout.
type State[T any] struct {
	// Value is each new session's starting value. Slices, maps and pointers in it are
	// shared between sessions: set New instead when a session must get its own copy.
	Value T
	// New, if set, makes each new session's starting value.
	New func() T
	// TTL drops a session's value after this long without use; 0 keeps it for the
	// session's life.
	TTL time.Duration
	// Key keeps a State created by a Render's Fn, with each session's value, across
	// re-runs of the Fn; see Render.
	Key string
}

func (s *State[T]) Kind() string { return "state" }

func (s *State[T]) Props() map[string]any {
	p := props{}
	if s.TTL > 0 {
		p["time_to_live"] = s.TTL.Seconds()
	} else {
		p["time_to_live"] = nil
	}
	return p
}

func (s *State[T]) ValueType() reflect.Type { return reflect.TypeFor[T]() }

// Preprocess ignores the client's payload (clients send null for State).
func (s *State[T]) Preprocess(context.Context, json.RawMessage) (any, error) { return nil, nil }

// Postprocess is never used: State outputs are stored, not sent.
func (s *State[T]) Postprocess(context.Context, any) (any, error) { return nil, nil }

func (s *State[T]) initial() any {
	if s.New != nil {
		return s.New()
	}
	return s.Value
}

func (s *State[T]) ttl() time.Duration { return s.TTL }
func (s *State[T]) skipAPI() bool      { return true }
func (s *State[T]) offscreen()         {}

// stateful is implemented by State, whatever its type parameter.
type stateful interface {
	Component
	initial() any
	ttl() time.Duration
}

var (
	_ Input    = (*State[int])(nil)
	_ Output   = (*State[int])(nil)
	_ stateful = (*State[int])(nil)
)
