package gradio

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"time"

	"github.com/gradio-go/gradio/internal/wire"
)

// Error is an error whose message reaches the user: it is shown as an error toast in the
// browser and returned to API clients. Return it (or wrap it) from a handler. Any other
// error is logged with an id, and the user sees a generic message carrying that id, so
// internal details never leak unless the app is built with WithShowError.
type Error struct {
	// Title heads the toast; "" means "Error".
	Title string
	// Message is the text shown.
	Message string
	// Duration is how long the toast stays; 0 means 10 seconds, negative means until
	// the user closes it.
	Duration time.Duration
	// Hidden fails the event without showing a toast.
	Hidden bool
}

// Error implements error.
func (e Error) Error() string {
	if e.Title != "" {
		return e.Title + ": " + e.Message
	}
	return e.Message
}

// payload is the wire form of a user-visible error.
func (e Error) payload() *wire.ErrorOutput {
	title := or(e.Title, "Error")
	visible := !e.Hidden
	out := &wire.ErrorOutput{Error: &e.Message, Visible: &visible, Title: &title}
	switch {
	case e.Duration == 0:
		d := 10.0
		out.Duration = &d
	case e.Duration > 0:
		d := e.Duration.Seconds()
		out.Duration = &d
	}
	return out
}

// asUserError finds a gradio.Error in err's chain, by value or by pointer.
func asUserError(err error) (Error, bool) {
	var e Error
	if errors.As(err, &e) {
		return e, true
	}
	var p *Error
	if errors.As(err, &p) && p != nil {
		return *p, true
	}
	return Error{}, false
}

// errorID returns a short random id that ties a generic message to its log line.
func errorID() string {
	var b [4]byte
	_, _ = rand.Read(b[:])
	return hex.EncodeToString(b[:])
}

// failure turns a handler's error (or recovered panic) into the payload the client
// sees, logging what the client must not see.
func (a *App) failure(ctx context.Context, fnName string, o outcome) *wire.ErrorOutput {
	err, panicked := o.err, o.panicked
	if panicked == nil {
		if ue, ok := asUserError(err); ok {
			return ue.payload()
		}
	}
	id := errorID()
	attrs := []any{"fn", fnName, "error_id", id}
	if r := RequestFrom(ctx); r != nil {
		attrs = append(attrs, "session_hash", r.SessionHash, "event_id", r.EventID)
	}
	msg := ""
	if panicked != nil {
		a.log.Error("gradio: handler panicked", append(attrs, "panic", fmt.Sprint(panicked), "stack", string(o.stack))...)
		msg = fmt.Sprintf("panic: %v", panicked)
	} else {
		a.log.Error("gradio: handler failed", append(attrs, "error", err.Error())...)
		msg = err.Error()
	}
	if !a.opts.showError {
		msg = fmt.Sprintf("Something went wrong (error id %s).", id)
	}
	return Error{Message: msg}.payload()
}
