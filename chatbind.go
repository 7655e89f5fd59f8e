package gradio

import (
	"context"
	"fmt"
	"reflect"
	"slices"
	"strings"
)

// chatBinding is a ChatInterface's function, its signature checked: an optional
// context, the message, the history, one value per additional input; a response (a
// string, a Message or a []Message) and one value per additional output, streamed or
// not, with an optional error.
type chatBinding struct {
	fn      reflect.Value
	ctx     bool
	msg     reflect.Type // string or MultimodalValue
	extra   []reflect.Type
	outs    int // additional outputs
	stream  streamKind
	resp    reflect.Type // string, Message or []Message; the element type when streaming ([]any with additional outputs)
	errLast bool
}

var chatResponses = []reflect.Type{stringType, reflect.TypeFor[Message](), messageList}

// bindChat checks fn against the message box (multimodal or not), the additional
// inputs and the additional outputs.
func bindChat(fn any, multimodal bool, extra, outs []Component) (*chatBinding, error) {
	v := reflect.ValueOf(fn)
	if !v.IsValid() || v.Kind() != reflect.Func || v.IsNil() {
		return nil, fmt.Errorf("ChatInterface.Fn must be a function, got %T", fn)
	}
	t := v.Type()
	sig := t.String()
	if name := funcName(v); name != "" {
		sig = name + strings.TrimPrefix(sig, "func")
	}
	want := "func([ctx context.Context,] message string, history []gradio.Message, <one value per additional input>)"
	if multimodal {
		want = "func([ctx context.Context,] message gradio.MultimodalValue, history []gradio.Message, <one value per additional input>)"
	}
	if t.IsVariadic() {
		return nil, fmt.Errorf("ChatInterface.Fn %s: variadic functions are not supported; want %s", sig, want)
	}
	b := &chatBinding{fn: v, outs: len(outs)}
	in := 0
	if t.NumIn() > 0 && t.In(0) == ctxType {
		b.ctx, in = true, 1
	}
	if got := t.NumIn() - in; got != 2+len(extra) {
		return nil, fmt.Errorf("ChatInterface.Fn %s takes %d value(s) but the chat passes %d (the message, the history and %d additional input(s): %s); want %s",
			sig, got, 2+len(extra), len(extra), describeAll(extra), want)
	}
	b.msg = t.In(in)
	switch {
	case b.msg == stringType:
	case b.msg == multimodalType && multimodal:
	case b.msg == multimodalType:
		return nil, fmt.Errorf("ChatInterface.Fn %s: the message is a gradio.MultimodalValue, but the chat is not Multimodal: take a string, or set Multimodal", sig)
	default:
		return nil, fmt.Errorf("ChatInterface.Fn %s: the message (parameter %d) is %s; want string or gradio.MultimodalValue", sig, in+1, b.msg)
	}
	if h := t.In(in + 1); h != messageList {
		return nil, fmt.Errorf("ChatInterface.Fn %s: the history (parameter %d) is %s; want []gradio.Message", sig, in+2, h)
	}
	for i, c := range extra {
		p := t.In(in + 2 + i)
		w, ok := valueType(c, true)
		if !ok {
			return nil, fmt.Errorf("ChatInterface.Fn %s: additional input %s has no value to pass", sig, describe(c))
		}
		if err := checkParam(sig, in+3+i, p, w, c); err != nil {
			return nil, fmt.Errorf("ChatInterface.Fn %w", err)
		}
		b.extra = append(b.extra, p)
	}

	out := t.NumOut()
	if out > 0 && t.Out(out-1) == errType {
		b.errLast = true
		out--
	}
	const answer = "a string, a gradio.Message or a []gradio.Message"
	if out == 1 {
		if k, elem := seqShape(t.Out(0)); k != notStreaming {
			b.stream, b.resp = k, elem
			if len(outs) == 0 {
				if slices.Contains(chatResponses, elem) {
					return b, nil
				}
				return nil, fmt.Errorf("ChatInterface.Fn %s: the response is %s; want %s (or an iter.Seq of one of them)", sig, elem, answer)
			}
			if elem != reflect.TypeFor[[]any]() {
				return nil, fmt.Errorf("ChatInterface.Fn %s streams %s, but with %d additional output(s) (%s) it must stream []any: the answer, then one value per additional output", sig, elem, len(outs), describeAll(outs))
			}
			return b, nil
		}
	}
	if out != 1+len(outs) {
		if len(outs) == 0 {
			return nil, fmt.Errorf("ChatInterface.Fn %s returns %d value(s) before any error; want one response: %s, or an iter.Seq of one of them", sig, out, answer)
		}
		return nil, fmt.Errorf("ChatInterface.Fn %s returns %d value(s) before any error; want the response and one value per additional output (%s)", sig, out, describeAll(outs))
	}
	b.resp = t.Out(0)
	if !slices.Contains(chatResponses, b.resp) {
		return nil, fmt.Errorf("ChatInterface.Fn %s: the response is %s; want %s (or an iter.Seq of one of them)", sig, b.resp, answer)
	}
	for j, c := range outs {
		if err := checkResult(t.Out(1+j), c); err != nil {
			return nil, fmt.Errorf("ChatInterface.Fn %s: result %d %w", sig, j+2, err)
		}
	}
	return b, nil
}

// call runs the function and hands each response (one, or one per streamed value) to
// each: as the assistant's messages, as returned, and the additional outputs' values;
// until each returns false. It returns the function's error, the one an iter.Seq2
// yielded, or a streamed value of the wrong shape.
func (b *chatBinding) call(ctx context.Context, msg MultimodalValue, history []Message, extra []reflect.Value, each func(resp []Message, raw any, more []any) bool) error {
	args := make([]reflect.Value, 0, 3+len(extra))
	if b.ctx {
		args = append(args, reflect.ValueOf(&ctx).Elem())
	}
	if b.msg == stringType {
		args = append(args, reflect.ValueOf(msg.Text))
	} else {
		args = append(args, reflect.ValueOf(msg))
	}
	args = append(args, reflect.ValueOf(history))
	args = append(args, extra...)
	outs := b.fn.Call(args)
	if b.errLast {
		if err, _ := outs[len(outs)-1].Interface().(error); err != nil {
			return err
		}
	}
	if b.stream == notStreaming {
		more := make([]any, b.outs)
		for j := range more {
			more[j] = outs[1+j].Interface()
		}
		raw := outs[0].Interface()
		each(assistantMessages(raw), raw, more)
		return nil
	}
	seq := outs[0]
	if seq.IsNil() {
		return errNilStream
	}
	var failure error
	yield := reflect.MakeFunc(seq.Type().In(0), func(in []reflect.Value) []reflect.Value {
		if len(in) == 2 && !in[1].IsNil() {
			failure = in[1].Interface().(error)
			return []reflect.Value{reflect.ValueOf(false)}
		}
		raw, more := in[0].Interface(), []any(nil)
		if b.outs > 0 {
			v, _ := raw.([]any)
			if len(v) != 1+b.outs {
				failure = fmt.Errorf("ChatInterface.Fn streamed a []any of %d value(s); want %d: the response and one value per additional output", len(v), 1+b.outs)
				return []reflect.Value{reflect.ValueOf(false)}
			}
			raw, more = v[0], v[1:]
			switch raw.(type) {
			case string, Message, []Message:
			default:
				failure = fmt.Errorf("ChatInterface.Fn streamed a response of type %T; want %s", raw, "a string, a gradio.Message or a []gradio.Message")
				return []reflect.Value{reflect.ValueOf(false)}
			}
		}
		return []reflect.Value{reflect.ValueOf(ctx.Err() == nil && each(assistantMessages(raw), raw, more))}
	})
	seq.Call([]reflect.Value{yield})
	return failure
}

// assistantMessages turns a response into messages; a message without a role is the
// assistant's.
func assistantMessages(v any) []Message {
	var msgs []Message
	switch r := v.(type) {
	case string:
		msgs = []Message{{Content: r}}
	case Message:
		msgs = []Message{r}
	case []Message:
		msgs = append([]Message(nil), r...)
	}
	for i := range msgs {
		if msgs[i].Role == "" {
			msgs[i].Role = "assistant"
		}
	}
	return msgs
}

// userMessages are the messages a user's turn adds: none for an empty message.
func userMessages(m MultimodalValue) []Message {
	if m.Text == "" && len(m.Files) == 0 {
		return nil
	}
	return []Message{{Role: "user", Content: m.Text, Files: m.Files}}
}

// lastTurn splits a conversation before its last user turn: the history before it and
// the user's message (consecutive user messages joined).
func lastTurn(chat []Message) ([]Message, MultimodalValue) {
	i := len(chat)
	for i > 0 && chat[i-1].Role != "user" {
		i--
	}
	end := i
	for i > 0 && chat[i-1].Role == "user" {
		i--
	}
	var m MultimodalValue
	var texts []string
	for _, u := range chat[i:end] {
		if u.Content != "" {
			texts = append(texts, u.Content)
		}
		m.Files = append(m.Files, u.Files...)
	}
	m.Text = strings.Join(texts, "\n\n")
	return chat[:i:i], m
}

// asMessage reads a message box's value, which is a string or a MultimodalValue.
func asMessage(v any) MultimodalValue {
	switch m := v.(type) {
	case string:
		return MultimodalValue{Text: m}
	case MultimodalValue:
		return m
	}
	return MultimodalValue{}
}
