package gradio

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"runtime/debug"
	"time"

	"github.com/gradio-go/gradio/internal/queue"
	"github.com/gradio-go/gradio/internal/session"
	"github.com/gradio-go/gradio/internal/wire"
)

// runStream runs a handler that returns iter.Seq or iter.Seq2: each value becomes a
// process_generating message (full values first, diffs after, as Gradio sends them), and
// the last full values complete the event.
func (f *fnRT) runStream(ctx context.Context, ev *queue.Event, sess *session.Session, args []reflect.Value) {
	o := f.invoke(ctx, args)
	if o.failed() {
		f.fail(ctx, ev, o)
		return
	}
	seq := o.results[0]
	if seq.IsNil() {
		f.fail(ctx, ev, outcome{err: errNilStream})
		return
	}
	var (
		last     []any // full wire values of the latest yield
		prev     []any // the same in generic form, for diffs
		failure  error
		start    = time.Now()
		yieldAt  = start
		multiple = len(f.outputs) > 1
	)
	emit := func(v reflect.Value) bool {
		if ctx.Err() != nil {
			return false
		}
		vals := []reflect.Value{v}
		if multiple {
			parts, _ := v.Interface().([]any)
			if len(parts) != len(f.outputs) {
				failure = streamArityError{got: len(parts), want: len(f.outputs)}
				return false
			}
			vals = make([]reflect.Value, len(parts))
			for i := range parts {
				// An addressable element keeps its static type any, so a nil stays a
				// valid (nil interface) value for encodeOutput.
				vals[i] = reflect.ValueOf(&parts[i]).Elem()
			}
		}
		data, err := f.encodeOutputs(ctx, sess, vals)
		if err != nil {
			failure = err
			return false
		}
		gen := make([]any, len(data))
		for i, d := range data {
			if gen[i], err = wire.Generic(d); err != nil {
				failure = err
				return false
			}
		}
		sent := data
		if prev != nil && !ev.Simple {
			diffs := make([]any, len(data))
			for i := range data {
				if _, ok := f.outputs[i].(stateful); ok {
					diffs[i] = []wire.Edit{}
					continue
				}
				diffs[i] = wire.Diff(prev[i], gen[i])
			}
			sent = diffs
		}
		last, prev = data, gen
		now := time.Now()
		avg := f.q.AvgDuration().Seconds()
		ev.Emit(wire.MsgProcessGenerating, &wire.ProcessGenerating{
			Msg: wire.MsgProcessGenerating, EventID: ev.ID, Success: true, TimeLimit: f.dep.TimeLimit,
			Output: &wire.Output{Data: sent, IsGenerating: true, Duration: now.Sub(yieldAt).Seconds(), AverageDuration: avg, ChangedStateIDs: []int{}},
		})
		yieldAt = now
		return true
	}
	o = f.iterate(seq, emit, &failure)
	o.err = failure
	switch {
	case o.failed():
		f.fail(ctx, ev, o)
	case ev.Done():
		// Cancelled: the cancellation already finished the event.
	default:
		if last == nil {
			last = make([]any, len(f.outputs))
		}
		ev.Complete(f.completed(last, time.Since(start)))
	}
}

// iterate ranges over an iter.Seq or iter.Seq2 value by reflection. An error yielded by
// an iter.Seq2 stops the stream and is stored in failure.
func (f *fnRT) iterate(seq reflect.Value, emit func(reflect.Value) bool, failure *error) (o outcome) {
	defer func() {
		if r := recover(); r != nil {
			o = outcome{panicked: r, stack: debug.Stack()}
		}
	}()
	yieldType := seq.Type().In(0)
	yield := reflect.MakeFunc(yieldType, func(in []reflect.Value) []reflect.Value {
		if len(in) == 2 && !in[1].IsNil() {
			*failure = in[1].Interface().(error)
			return []reflect.Value{reflect.ValueOf(false)}
		}
		return []reflect.Value{reflect.ValueOf(emit(in[0]))}
	})
	seq.Call([]reflect.Value{yield})
	return outcome{}
}

var errNilStream = errors.New("the handler returned a nil iterator")

type streamArityError struct{ got, want int }

func (e streamArityError) Error() string {
	return fmt.Sprintf("streamed a []any of %d value(s) for %d outputs", e.got, e.want)
}
