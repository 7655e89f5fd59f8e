package gradio

import (
	"context"
	"iter"
	"sync"
	"time"

	"github.com/gradio-go/gradio/internal/wire"
)

// Progress reports a handler's progress to the client, shown as a progress bar. Take it
// from the handler's context with ProgressFrom. Outside a running event (in a unit test
// of the handler, say) it accepts calls and does nothing. It is safe for concurrent use.
type Progress struct {
	emit func(kind string, body any) // nil when there is no event
	id   string

	mu   sync.Mutex
	last time.Time
}

type progressKey struct{}

// ProgressFrom returns the progress reporter of the event a handler is serving.
func ProgressFrom(ctx context.Context) *Progress {
	if p, ok := ctx.Value(progressKey{}).(*Progress); ok {
		return p
	}
	return &Progress{}
}

// Set reports a fraction of the work done, between 0 and 1, with a short description.
func (p *Progress) Set(fraction float64, desc string) {
	fraction = min(max(fraction, 0), 1)
	p.send(wire.ProgressUnit{Progress: &fraction, Desc: strPtr(desc)})
}

// Step reports that step index (counting from 0) of length is done, in the given unit
// ("steps" if empty).
func (p *Progress) Step(index, length int, unit, desc string) {
	if unit == "" {
		unit = "steps"
	}
	p.send(wire.ProgressUnit{Index: &index, Length: &length, Unit: &unit, Desc: strPtr(desc)})
}

// minProgressGap keeps a tight loop from flooding the stream: Gradio samples progress
// every 10 ms, and so do we, always letting the first and the final report through.
const minProgressGap = 10 * time.Millisecond

func (p *Progress) send(u wire.ProgressUnit) {
	if p.emit == nil {
		return
	}
	done := u.Progress != nil && *u.Progress >= 1 || u.Index != nil && u.Length != nil && *u.Index+1 >= *u.Length
	p.mu.Lock()
	now := time.Now()
	if !done && !p.last.IsZero() && now.Sub(p.last) < minProgressGap {
		p.mu.Unlock()
		return
	}
	p.last = now
	p.mu.Unlock()
	p.emit(wire.MsgProgress, &wire.Progress{Msg: wire.MsgProgress, EventID: p.id, ProgressData: []wire.ProgressUnit{u}})
}

// Track ranges over items like a slice, reporting progress as it goes (Gradio's
// progress.tqdm):
//
//	for i, img := range gradio.Track(ctx, images, "Resizing") { ... }
func Track[T any](ctx context.Context, items []T, desc string) iter.Seq2[int, T] {
	p := ProgressFrom(ctx)
	return func(yield func(int, T) bool) {
		for i, v := range items {
			p.Step(i, len(items), "steps", desc)
			if !yield(i, v) {
				return
			}
		}
	}
}

// Toast levels for Notify.
const (
	LevelInfo    = "info"
	LevelWarning = "warning"
	LevelSuccess = "success"
)

// Toast is a notification shown to the user while a handler runs.
type Toast struct {
	// Level is LevelInfo (the default), LevelWarning or LevelSuccess.
	Level string
	// Title defaults to "Info", "Warning" or "Success".
	Title   string
	Message string
	// Duration is how long it stays; 0 means 10 seconds, negative until closed.
	Duration time.Duration
	Hidden   bool
}

// Notify shows t to the user of the event a handler is serving.
func Notify(ctx context.Context, t Toast) {
	p := ProgressFrom(ctx)
	if p.emit == nil {
		return
	}
	level := or(t.Level, LevelInfo)
	title := t.Title
	if title == "" {
		switch level {
		case LevelWarning:
			title = "Warning"
		case LevelSuccess:
			title = "Success"
		default:
			title = "Info"
		}
	}
	m := &wire.Log{Msg: wire.MsgLog, EventID: p.id, Log: t.Message, Level: level, Visible: !t.Hidden, Title: title}
	switch {
	case t.Duration == 0:
		d := 10.0
		m.Duration = &d
	case t.Duration > 0:
		d := t.Duration.Seconds()
		m.Duration = &d
	}
	p.emit(wire.MsgLog, m)
}

// Info shows an information toast.
func Info(ctx context.Context, msg string) { Notify(ctx, Toast{Message: msg}) }

// Warning shows a warning toast.
func Warning(ctx context.Context, msg string) { Notify(ctx, Toast{Level: LevelWarning, Message: msg}) }

// Success shows a success toast.
func Success(ctx context.Context, msg string) { Notify(ctx, Toast{Level: LevelSuccess, Message: msg}) }

func strPtr(s string) *string { return &s }
