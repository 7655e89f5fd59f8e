package client

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"iter"
	"sync"

	"github.com/gradio-go/gradio/internal/wire"
)

// Stage says what an Update reports.
type Stage int

// Stages of a call.
const (
	Queued     Stage = iota // waiting in the queue: Rank, QueueSize, ETA
	Started                 // a worker picked it up: ETA
	Progressed              // the handler reported progress: Progress
	Logged                  // the handler showed a toast: Log
	Generated               // a streamed value: Data
	Completed               // the end: Data, or Err
)

// Update is one thing that happened to a submitted call.
type Update struct {
	Stage     Stage
	Rank      int
	QueueSize int
	// ETA is the expected wait or run time in seconds, 0 when unknown.
	ETA      float64
	Progress []wire.ProgressUnit
	Log      Log
	// Data holds the outputs (State outputs left out): the latest streamed values for
	// Generated, the final ones for Completed.
	Data []any
	// Err is set on a Completed update when the call failed or was cancelled.
	Err error
}

// Log is a toast raised by the handler (gradio.Info, Warning, Success).
type Log struct {
	Level, Title, Message string
}

// ErrCancelled is the Err of a call that was cancelled.
var ErrCancelled = errors.New("the call was cancelled")

// message is one frame of the session's event stream.
type message struct {
	Msg          string              `json:"msg"`
	EventID      *string             `json:"event_id"`
	Rank         *int                `json:"rank"`
	QueueSize    int                 `json:"queue_size"`
	RankETA      *float64            `json:"rank_eta"`
	ETA          *float64            `json:"eta"`
	ProgressData []wire.ProgressUnit `json:"progress_data"`
	Log          string              `json:"log"`
	Level        string              `json:"level"`
	Title        *string             `json:"title"`
	Output       json.RawMessage     `json:"output"`
	Success      bool                `json:"success"`
	Message      string              `json:"message"`
	// SessionNotFound marks the unexpected_error of a stream whose session the app does not know.
	SessionNotFound bool `json:"session_not_found"`

	err error // the cause of a "broken" message the client made up
}

// Job is a submitted call.
type Job struct {
	c  *Client
	f  *fn
	id string // event id; "" for a direct (unqueued) call
	// ended is set (under c.mu) once the stream delivered the call's completion.
	ended bool

	mu     sync.Mutex
	msgs   []message
	notify chan struct{}
	done   bool

	current []any // full outputs, diffs applied
	result  []any
	err     error
}

func newJob(c *Client, f *fn) *Job {
	return &Job{c: c, f: f, notify: make(chan struct{}, 1)}
}

func (j *Job) push(m message) {
	j.mu.Lock()
	j.msgs = append(j.msgs, m)
	j.mu.Unlock()
	select {
	case j.notify <- struct{}{}:
	default:
	}
}

// Updates reports the call's progress until it completes; the last update has Stage
// Completed. Ranging over it again after completion yields nothing.
func (j *Job) Updates(ctx context.Context) iter.Seq[Update] {
	return func(yield func(Update) bool) {
		for {
			j.mu.Lock()
			if j.done {
				j.mu.Unlock()
				return
			}
			msgs := j.msgs
			j.msgs = nil
			j.mu.Unlock()
			for _, m := range msgs {
				u, ok := j.update(m)
				if !ok {
					continue
				}
				if u.Stage == Completed {
					j.mu.Lock()
					j.done, j.result, j.err = true, u.Data, u.Err
					j.mu.Unlock()
					j.c.forget(j.id)
					yield(u)
					return
				}
				if !yield(u) {
					return
				}
			}
			select {
			case <-j.notify:
			case <-ctx.Done():
				j.mu.Lock()
				j.done, j.err = true, ctx.Err()
				j.mu.Unlock()
				j.c.forget(j.id)
				yield(Update{Stage: Completed, Err: ctx.Err()})
				return
			}
		}
	}
}

// Result waits for the call to complete and returns its outputs (State left out).
func (j *Job) Result(ctx context.Context) ([]any, error) {
	for range j.Updates(ctx) {
	}
	j.mu.Lock()
	defer j.mu.Unlock()
	return j.result, j.err
}

// Cancel asks the app to stop the call. The call then completes with ErrCancelled.
func (j *Job) Cancel(ctx context.Context) error {
	if j.id == "" {
		return nil
	}
	body := map[string]any{"event_id": j.id, "session_hash": j.c.Session, "fn_index": j.f.dep.ID}
	if err := j.c.postJSON(ctx, j.c.api+"/cancel", body, nil); err != nil {
		return fmt.Errorf("client: cancelling: %w", err)
	}
	return nil
}

// update turns a stream message into an Update; ok is false for messages that carry
// nothing for the caller.
func (j *Job) update(m message) (Update, bool) {
	switch m.Msg {
	case wire.MsgEstimation:
		u := Update{Stage: Queued, QueueSize: m.QueueSize}
		if m.Rank != nil {
			u.Rank = *m.Rank
		}
		if m.RankETA != nil {
			u.ETA = *m.RankETA
		}
		return u, true
	case wire.MsgProcessStarts:
		u := Update{Stage: Started}
		if m.ETA != nil {
			u.ETA = *m.ETA
		}
		return u, true
	case wire.MsgProgress:
		return Update{Stage: Progressed, Progress: m.ProgressData}, true
	case wire.MsgLog:
		l := Log{Level: m.Level, Message: m.Log}
		if m.Title != nil {
			l.Title = *m.Title
		}
		return Update{Stage: Logged, Log: l}, true
	case wire.MsgProcessGenerating:
		if !m.Success {
			return Update{Stage: Completed, Err: appError(m.Output)}, true
		}
		data, err := j.apply(m.Output)
		if err != nil {
			return Update{Stage: Completed, Err: err}, true
		}
		return Update{Stage: Generated, Data: j.f.visible(data)}, true
	case wire.MsgProcessCompleted:
		if !m.Success {
			return Update{Stage: Completed, Err: appError(m.Output)}, true
		}
		var out struct {
			Data *[]any `json:"data"`
		}
		if err := json.Unmarshal(m.Output, &out); err != nil || out.Data == nil {
			return Update{Stage: Completed, Err: ErrCancelled}, true
		}
		return Update{Stage: Completed, Data: j.f.visible(*out.Data)}, true
	case "broken":
		if m.err != nil {
			return Update{Stage: Completed, Err: m.err}, true
		}
		return Update{Stage: Completed, Err: fmt.Errorf("client: %s", m.Message)}, true
	case wire.MsgUnexpectedError:
		return Update{Stage: Completed, Err: fmt.Errorf("client: the event stream failed: %s", m.Message)}, true
	}
	return Update{}, false
}

// apply reads a process_generating output: full values the first time, edit lists
// after (protocol sse_v2 and later).
func (j *Job) apply(raw json.RawMessage) ([]any, error) {
	var out struct {
		Data []json.RawMessage `json:"data"`
	}
	if err := json.Unmarshal(raw, &out); err != nil {
		return nil, fmt.Errorf("client: bad streamed output: %w", err)
	}
	if j.current == nil {
		j.current = make([]any, len(out.Data))
		for i, d := range out.Data {
			if err := json.Unmarshal(d, &j.current[i]); err != nil {
				return nil, fmt.Errorf("client: bad streamed output %d: %w", i, err)
			}
		}
		return clone(j.current)
	}
	for i, d := range out.Data {
		if i >= len(j.current) {
			break
		}
		var edits []wire.Edit
		if err := json.Unmarshal(d, &edits); err != nil {
			return nil, fmt.Errorf("client: bad diff for output %d: %w", i, err)
		}
		v, err := wire.Apply(j.current[i], edits)
		if err != nil {
			return nil, fmt.Errorf("client: diff for output %d: %w", i, err)
		}
		j.current[i] = v
	}
	return clone(j.current)
}

// clone deep-copies decoded JSON, since later diffs change values in place.
func clone(v []any) ([]any, error) {
	b, err := json.Marshal(v)
	if err != nil {
		return nil, err
	}
	var out []any
	return out, json.Unmarshal(b, &out)
}

// appError reads an error output: {"error": ..., "title": ...}.
func appError(raw json.RawMessage) error {
	var e struct {
		Error *string `json:"error"`
		Title *string `json:"title"`
	}
	_ = json.Unmarshal(raw, &e)
	ae := &AppError{Title: "Error", Message: "The app failed without saying why (it may hide its errors: Gradio's show_error)."}
	if e.Title != nil {
		ae.Title = *e.Title
	}
	if e.Error != nil {
		ae.Message = *e.Error
	}
	return ae
}
