package gradio

import (
	"context"
	"errors"
	"fmt"
	"html"
	"iter"
	"reflect"
	"slices"
	"strings"
)

// ChatInterface is a chat app made of one function: it is given the user's message and
// the conversation so far, and answers. The page shows a Chatbot and a message box;
// retry, undo, a stop button while an answer streams, examples, editing and a history of
// past conversations kept in the browser come with it:
//
//	func respond(message string, history []gradio.Message) iter.Seq[string] { ... }
//
//	app := &gradio.ChatInterface{Fn: respond, Title: "Echo chat"}
//	log.Fatal(app.Launch())
//
// Fn takes an optional context.Context, the message (a string, or a MultimodalValue
// with the attached files when Multimodal is set), the history ([]Message, without the
// new message) and one value per AdditionalInputs component. It returns the answer: a
// string, a Message (a thought, files, options) or a []Message, with an optional error
// last; or an iter.Seq (or iter.Seq2 with an error) of those to stream it, each value
// being the whole answer so far: only what changed is sent. A returned Message without
// a Role is the assistant's.
//
// As in Gradio, the function is served to API clients under its Go name ("/respond"),
// or "/chat" for a function literal, taking the message and the additional inputs and
// returning the answer; each API session keeps its own history.
type ChatInterface struct {
	// Fn is the chat function; see above.
	Fn any
	// Multimodal lets the user attach files: the message box is a MultimodalTextbox and
	// Fn's message a MultimodalValue (or a string, for the text alone).
	Multimodal bool
	// Chatbot is the conversation's component, to customise it (height, layout, avatars,
	// a Like listener...); nil means a default one. The interface adds its own listeners
	// and sets its Examples and Editable when those fields of the interface are set.
	Chatbot *Chatbot
	// Textbox is the message box, a *Textbox or a *MultimodalTextbox (which makes the
	// interface Multimodal); nil means a default one.
	Textbox Component
	// Placeholder is the default message box's text while empty; "" means "Type a
	// message...".
	Placeholder string
	// AdditionalInputs are passed to Fn after the history; they are shown in a closed
	// accordion titled AdditionalInputsLabel ("" means "Additional Inputs").
	AdditionalInputs      []Component
	AdditionalInputsLabel string
	// AdditionalOutputs are shown under the chat and get Fn's further results: Fn then
	// returns the response followed by one value per additional output (before any
	// error), or streams a []any holding the response and those values.
	AdditionalOutputs []Component
	// Examples are shown in the empty chat (nil means the Chatbot's own); clicking one
	// sends it, or only puts it in the message box when FillExamples is set. An
	// example's AdditionalInputs set the additional inputs too, as Gradio's
	// [message, input, ...] examples do.
	Examples     []ChatExample
	FillExamples bool
	// Title is shown above the chat and in the browser tab; Description (Markdown)
	// under it.
	Title, Description string
	// Editable lets the user edit their messages; an edited message is answered again.
	Editable bool
	// SaveHistory keeps the conversations in the browser (localStorage) and lists them
	// in a side panel, to go back to after a reload.
	SaveHistory bool
	// Event tunes the chat function's events: APIName, APIDescription, APIVisibility,
	// concurrency, ShowProgress ("" means "minimal"), TimeLimit; its ParamNames name the
	// additional inputs for API clients (the message is "message").
	Event EventOptions
	// CSS, JS and Head customise the page, as in Blocks.
	CSS, JS, Head string

	added []*Event // listeners added to Chatbot by the last Blocks call
}

// The JavaScript of the browser-side listeners that keep the history panel and the
// chat in step.
const chatCopyJS = "(c) => [c]"

// Blocks returns the Blocks app the interface stands for, with fresh components and
// listeners each time; the Chatbot, Textbox and additional inputs are the interface's
// own.
func (ci *ChatInterface) Blocks() (*Blocks, error) {
	if ci.Fn == nil {
		return nil, errors.New("gradio: ChatInterface.Fn is nil")
	}
	multimodal := ci.Multimodal
	var box Component
	switch tb := ci.Textbox.(type) {
	case nil:
		placeholder := or(ci.Placeholder, "Type a message...")
		if multimodal {
			box = &MultimodalTextbox{ShowLabel: False, Placeholder: placeholder, Scale: 7, Autofocus: true, FileCount: "multiple", blankLabel: true}
		} else {
			box = &Textbox{ShowLabel: False, Placeholder: placeholder, Scale: 7, Autofocus: true, SubmitButton: true, blankLabel: true}
		}
	case *Textbox:
		if multimodal {
			return nil, errors.New("gradio: ChatInterface is Multimodal but its Textbox is a *Textbox: use a *MultimodalTextbox")
		}
		box = tb
	case *MultimodalTextbox:
		multimodal, box = true, tb
	default:
		return nil, errors.New("gradio: ChatInterface.Textbox must be a *Textbox or a *MultimodalTextbox")
	}
	b, err := bindChat(ci.Fn, multimodal, ci.AdditionalInputs, ci.AdditionalOutputs)
	if err != nil {
		return nil, errors.New("gradio: " + err.Error())
	}

	chat := ci.Chatbot
	if chat == nil {
		chat = &Chatbot{Label: "Chatbot", Scale: 1}
	}
	// Listeners added by an earlier call go: building twice must not register twice.
	// The chat is the interface's own, so an earlier build's seal does not hold here.
	chat.list = slices.DeleteFunc(chat.list, func(e *Event) bool { return slices.Contains(ci.added, e) })
	chat.Events.sealed = false
	ci.added = nil
	examples := ci.Examples
	if examples != nil {
		chat.Examples = examples
	} else {
		examples = chat.Examples
	}
	if ci.Editable && chat.Editable == "" {
		chat.Editable = "user"
	}

	saved := &State[MultimodalValue]{} // the message being answered
	history := &State[[]Message]{}     // the conversation before it (and, for the API, after)
	fake := &Button{Value: "Fake API", Visible: False}
	response := &JSON{Label: "Response", Visible: False}
	bl := &Blocks{
		Title: ci.Title, CSS: ci.CSS, JS: ci.JS, Head: ci.Head, FillHeight: true,
		mode: "chat_interface",
	}

	// The API endpoint comes first, fn_index 0, as an Interface's function.
	apiOpts := ci.Event
	apiOpts.APIName = or(strings.TrimPrefix(ci.Event.APIName, "/"), or(funcName(reflect.ValueOf(ci.Fn)), "chat"))
	apiOpts.ParamNames = append([]string{"message", "history"}, ci.Event.ParamNames...)
	apiOpts.ShowProgress, apiOpts.Cancels, apiOpts.JS = "", nil, ""
	var panel *chatHistory
	if ci.SaveHistory {
		// Apps served from one origin share localStorage: the key names the app.
		panel = &chatHistory{storageKey: "gradio-go-chats:" + or(ci.Title, "chat") + ":" + apiOpts.APIName}
	}
	api := &Event{triggers: []Trigger{{fake, EventClick}}, fn: b.apiFn(),
		inputs: append(In(box, history), ci.AdditionalInputs...), outputs: append(Out(response, history), ci.AdditionalOutputs...), opts: apiOpts}
	bl.list = append(bl.list, api)

	internal := func(name string, queue bool) EventOptions {
		o := EventOptions{APIName: name, APIVisibility: Undocumented}
		if !queue {
			o.Queue = False
		}
		return o
	}
	submitOpts := internal("_submit_fn", true)
	submitOpts.ConcurrencyLimit, submitOpts.ConcurrencyID = ci.Event.ConcurrencyLimit, ci.Event.ConcurrencyID
	submitOpts.ShowProgress = or(ci.Event.ShowProgress, "minimal")
	submitOpts.TimeLimit = ci.Event.TimeLimit
	submitIn := append(In(saved, history), ci.AdditionalInputs...)
	submitFn := b.submitFn()
	submitBtn := box.Props()["submit_btn"] // the box's own, restored after each answer
	restore := func() Update {
		return Update{Interactive: True, Props: map[string]any{"submit_btn": submitBtn, "stop_btn": false}}
	}
	var answers []*Event
	// answer chains the chat function, then the message box's reset and the history
	// panel's save, after a listener that set saved, history and the chat.
	answer := func(start *Event) {
		ans := start.Success(submitFn, submitIn, append(Out(chat), ci.AdditionalOutputs...), submitOpts)
		answers = append(answers, ans)
		after := ans.Then(restore, nil, Out(box), internal("", false))
		if panel != nil {
			after.Then(nil, In(chat), Out(panel), EventOptions{JS: chatCopyJS})
		}
	}
	root := func(e *Event) *Event {
		bl.list = append(bl.list, e)
		return e
	}
	turn := Out(box, saved, history, chat)

	// Submitting clears the box (locked, with a stop button, until the answer is done),
	// shows the message and answers it.
	answer(root(&Event{triggers: []Trigger{{box, EventSubmit}}, fn: func(msg any, c []Message) (Update, MultimodalValue, []Message, []Message, error) {
		m := asMessage(msg)
		if strings.TrimSpace(m.Text) == "" && len(m.Files) == 0 {
			return Update{}, m, nil, nil, Error{Message: "empty message", Hidden: true}
		}
		return lockBox(true), m, c, withTurn(c, m), nil
	}, inputs: In(box, chat), outputs: turn, opts: internal("_clear_and_save_textbox", false)}))

	// Retry answers the last user message again.
	answer(ci.track(chat.Retry(func(c []Message) (Update, MultimodalValue, []Message, []Message, error) {
		h, m := lastTurn(c)
		if m.Text == "" && len(m.Files) == 0 {
			return Update{}, m, nil, nil, Error{Message: "nothing to retry", Hidden: true}
		}
		return lockBox(false), m, h, withTurn(h, m), nil
	}, In(chat), turn, internal("_pop_last_user_message", false))))

	// Undo takes the last user message back into the box.
	undo := ci.track(chat.Undo(func(c []Message) ([]Message, Update) {
		h, m := lastTurn(c)
		if multimodal {
			return h, Update{Value: m}
		}
		return h, Update{Value: m.Text}
	}, In(chat), Out(chat, box), internal("_pop_last_user_message", false)))
	if panel != nil {
		undo.Then(nil, In(chat), Out(panel), EventOptions{JS: chatCopyJS})
	}

	if ci.Editable {
		// An edited message replaces it and what followed, and is answered.
		answer(root(&Event{triggers: []Trigger{{chat, "edit"}}, fn: func(ev EventData, c []Message) (Update, MultimodalValue, []Message, []Message, error) {
			i, ok := ev.Index.(float64)
			text, _ := ev.Value.(string)
			if !ok || i < 0 || int(i) >= len(c) || c[int(i)].Role != "user" {
				return Update{}, MultimodalValue{}, nil, nil, Error{Message: "not a user message", Hidden: true}
			}
			h := c[:int(i):int(i)]
			m := MultimodalValue{Text: text}
			return lockBox(false), m, h, withTurn(h, m), nil
		}, inputs: In(chat), outputs: turn, opts: internal("_edit_message", false)}))
	}

	if len(examples) > 0 {
		if err := checkChatExamples(examples, ci.AdditionalInputs); err != nil {
			return nil, err
		}
		example := func(ev EventData) (MultimodalValue, []any, bool) {
			i, ok := ev.Index.(float64)
			if !ok || i < 0 || int(i) >= len(examples) {
				return MultimodalValue{}, nil, false
			}
			ex := examples[int(i)]
			extra := make([]any, len(ci.AdditionalInputs))
			for k := range extra {
				extra[k] = Skip
				if k < len(ex.AdditionalInputs) && ex.AdditionalInputs[k] != nil {
					extra[k] = Update{Value: exampleValue(ci.AdditionalInputs[k].(Output), ex.AdditionalInputs[k])}
				}
			}
			return MultimodalValue{Text: ex.Text, Files: ex.Files}, extra, true
		}
		if ci.FillExamples {
			root(&Event{triggers: []Trigger{{chat, "example_select"}}, fn: chatExampleFn(len(ci.AdditionalInputs), 1,
				func(ev EventData, _ []Message) ([]any, error) {
					m, extra, _ := example(ev)
					if multimodal {
						return append([]any{Update{Value: m}}, extra...), nil
					}
					return append([]any{Update{Value: m.Text}}, extra...), nil
				}), inputs: In(chat), outputs: append(Out(box), ci.AdditionalInputs...), opts: internal("example_populated", false)})
		} else {
			answer(root(&Event{triggers: []Trigger{{chat, "example_select"}}, fn: chatExampleFn(len(ci.AdditionalInputs), len(turn),
				func(ev EventData, c []Message) ([]any, error) {
					m, extra, ok := example(ev)
					if !ok {
						return nil, Error{Message: "no such example", Hidden: true}
					}
					return append([]any{lockBox(false), m, c, withTurn(c, m)}, extra...), nil
				}), inputs: In(chat), outputs: append(slices.Clone(turn), ci.AdditionalInputs...), opts: internal("example_clicked", false)}))
		}
	}

	// A message's option is sent as the user's next message.
	answer(root(&Event{triggers: []Trigger{{chat, "option_select"}}, fn: func(ev EventData, c []Message) (Update, MultimodalValue, []Message, []Message, error) {
		v, ok := ev.Value.(string)
		if !ok {
			return Update{}, MultimodalValue{}, nil, nil, Error{Message: "no option value", Hidden: true}
		}
		m := MultimodalValue{Text: v}
		return lockBox(false), m, c, withTurn(c, m), nil
	}, inputs: In(chat), outputs: turn, opts: internal("option_clicked", false)}))

	// The stop button cancels whichever answer is streaming.
	root(&Event{triggers: []Trigger{{box, "stop"}}, opts: EventOptions{Cancels: answers}})

	if panel != nil {
		// Clearing the chat forgets the conversation; picking one in the panel shows it.
		root(&Event{triggers: []Trigger{{chat, EventClear}}, inputs: In(chat), outputs: Out(panel), opts: EventOptions{JS: chatCopyJS}})
		root(&Event{triggers: []Trigger{{panel, EventSelect}}, inputs: In(panel), outputs: Out(chat), opts: EventOptions{JS: chatCopyJS}})
	}

	var header []Component
	if ci.Title != "" {
		header = append(header, &Markdown{Value: "<h1 style='text-align: center; margin-bottom: 1rem'>" + html.EscapeString(ci.Title) + "</h1>"})
	}
	if ci.Description != "" {
		header = append(header, &Markdown{Value: ci.Description})
	}
	area := []Component{chat, Group(Row(box))}
	if len(ci.AdditionalInputs) > 0 {
		area = append(area, &AccordionBlock{Label: or(ci.AdditionalInputsLabel, "Additional Inputs"), Closed: true, Children: ci.AdditionalInputs})
	}
	body := append([]Component{}, header...)
	if panel != nil {
		body = append(body, Row(&ColumnBlock{Scale: 1, MinWidth: 100, Children: []Component{panel}}, &ColumnBlock{Scale: 6, Children: area}))
	} else {
		body = append(body, area...)
	}
	body = append(body, ci.AdditionalOutputs...)
	body = append(body, fake, response)
	bl.Children = []Component{Column(body...)}
	return bl, nil
}

// track remembers a listener added to the Chatbot, to take it off on the next Blocks.
func (ci *ChatInterface) track(e *Event) *Event {
	ci.added = append(ci.added, e)
	return e
}

// lockBox locks the message box while an answer comes, showing its stop button; clear
// also empties it.
func lockBox(clear bool) Update {
	u := Update{Interactive: False, Props: map[string]any{"submit_btn": false, "stop_btn": true}}
	if clear {
		u.Value = ""
	}
	return u
}

// withTurn is the conversation c followed by the user's message m.
func withTurn(c []Message, m MultimodalValue) []Message {
	return append(slices.Clone(c), userMessages(m)...)
}

// Build checks the interface and returns it ready to serve; see Blocks.Build.
func (ci *ChatInterface) Build(opts ...Option) (*App, error) {
	b, err := ci.Blocks()
	if err != nil {
		return nil, err
	}
	return b.Build(opts...)
}

// Launch builds the interface and serves it until interrupted; see App.Launch.
func (ci *ChatInterface) Launch(opts ...Option) error {
	app, err := ci.Build(opts...)
	if err != nil {
		return err
	}
	return app.Launch()
}

// submitFn is the page's listener that answers: it takes the message, the history and
// the additional inputs, and gives (or streams) the chat with the answer, and the
// additional outputs' values.
func (b *chatBinding) submitFn() any {
	return b.listener([]reflect.Type{ctxType, multimodalType, messageList}, []reflect.Type{messageList},
		func(args []reflect.Value, each func([]any) bool) error {
			ctx := args[0].Interface().(context.Context)
			msg, hist := args[1].Interface().(MultimodalValue), args[2].Interface().([]Message)
			base := withTurn(hist, msg)
			yielded := false
			err := b.call(ctx, msg, hist, args[3:], func(resp []Message, _ any, more []any) bool {
				yielded = true
				return each(append([]any{append(slices.Clone(base), resp...)}, more...))
			})
			if err == nil && !yielded {
				each(append([]any{base}, make([]any, b.outs)...))
			}
			return err
		})
}

// apiFn is the API's endpoint: it takes the message box's value, the session's history
// and the additional inputs, and gives (or streams) the answer as JSON, keeping the
// conversation in the session's history, and the additional outputs' values.
func (b *chatBinding) apiFn() any {
	return b.listener([]reflect.Type{ctxType, anyType, messageList}, []reflect.Type{anyType, messageList},
		func(args []reflect.Value, each func([]any) bool) error {
			ctx := args[0].Interface().(context.Context)
			msg, hist := asMessage(args[1].Interface()), args[2].Interface().([]Message)
			base := withTurn(hist, msg)
			var failure error
			err := b.call(ctx, msg, hist, args[3:], func(resp []Message, raw any, more []any) bool {
				j, err := responseJSON(ctx, resp, raw)
				if err != nil {
					failure = err
					return false
				}
				return each(append([]any{j, append(slices.Clone(base), resp...)}, more...))
			})
			return errors.Join(err, failure)
		})
}

// listener makes a handler taking in and the additional inputs, whose results are
// outs then the additional outputs (as any): it returns them with an error or, when the
// function streams, as an iter.Seq2 of their values (one value, or a []any for
// several). run produces the results, through each.
func (b *chatBinding) listener(in, outs []reflect.Type, run func(args []reflect.Value, each func([]any) bool) error) any {
	in = append(in, b.extra...)
	for range b.outs {
		outs = append(outs, anyType)
	}
	if b.stream == notStreaming {
		t := reflect.FuncOf(in, append(outs, errType), false)
		return reflect.MakeFunc(t, func(args []reflect.Value) []reflect.Value {
			var vals []any
			err := run(args, func(v []any) bool { vals = v; return true })
			res := make([]reflect.Value, len(outs)+1)
			for i, o := range outs {
				res[i] = reflect.Zero(o)
				if i < len(vals) && vals[i] != nil {
					v := reflect.New(o).Elem()
					v.Set(reflect.ValueOf(vals[i]))
					res[i] = v
				}
			}
			res[len(outs)] = errValue(err)
			return res
		}).Interface()
	}
	if len(outs) == 1 {
		t := reflect.FuncOf(in, []reflect.Type{reflect.TypeFor[iter.Seq2[[]Message, error]]()}, false)
		return reflect.MakeFunc(t, func(args []reflect.Value) []reflect.Value {
			seq := iter.Seq2[[]Message, error](func(yield func([]Message, error) bool) {
				if err := run(args, func(v []any) bool { return yield(v[0].([]Message), nil) }); err != nil {
					yield(nil, err)
				}
			})
			return []reflect.Value{reflect.ValueOf(seq)}
		}).Interface()
	}
	t := reflect.FuncOf(in, []reflect.Type{reflect.TypeFor[iter.Seq2[[]any, error]]()}, false)
	return reflect.MakeFunc(t, func(args []reflect.Value) []reflect.Value {
		seq := iter.Seq2[[]any, error](func(yield func([]any, error) bool) {
			if err := run(args, func(v []any) bool { return yield(v, nil) }); err != nil {
				yield(nil, err)
			}
		})
		return []reflect.Value{reflect.ValueOf(seq)}
	}).Interface()
}

// responseJSON is the answer as API clients get it: the string, or the message(s) in
// their wire form.
func responseJSON(ctx context.Context, msgs []Message, raw any) (any, error) {
	if s, ok := raw.(string); ok {
		return s, nil
	}
	w, err := encodeMessages(ctx, msgs, false)
	if err != nil {
		return nil, err
	}
	if _, one := raw.(Message); one && len(w) == 1 {
		return w[0], nil
	}
	return w, nil
}

func errValue(err error) reflect.Value {
	return reflect.ValueOf(&err).Elem()
}

// chatExampleFn is a listener taking the event data and the chat, whose results are
// fixed values followed by one per additional input (any), with an error.
func chatExampleFn(extra, fixed int, fn func(EventData, []Message) ([]any, error)) any {
	outs := make([]reflect.Type, 0, fixed+extra+1)
	for range fixed + extra {
		outs = append(outs, anyType)
	}
	outs = append(outs, errType)
	t := reflect.FuncOf([]reflect.Type{reflect.TypeFor[EventData](), messageList}, outs, false)
	return reflect.MakeFunc(t, func(args []reflect.Value) []reflect.Value {
		vals, err := fn(args[0].Interface().(EventData), args[1].Interface().([]Message))
		res := make([]reflect.Value, len(outs))
		for i := range len(outs) - 1 {
			res[i] = reflect.Zero(anyType)
			if err == nil && i < len(vals) && vals[i] != nil {
				v := reflect.New(anyType).Elem()
				v.Set(reflect.ValueOf(vals[i]))
				res[i] = v
			}
		}
		res[len(outs)-1] = errValue(err)
		return res
	}).Interface()
}

// checkChatExamples checks the examples' values for the additional inputs.
func checkChatExamples(examples []ChatExample, inputs []Component) error {
	var errs []error
	for i, ex := range examples {
		if len(ex.AdditionalInputs) > len(inputs) {
			errs = append(errs, fmt.Errorf("gradio: ChatInterface.Examples[%d] has %d additional input value(s) for %d additional input(s)", i, len(ex.AdditionalInputs), len(inputs)))
			continue
		}
		for k, v := range ex.AdditionalInputs {
			if v == nil {
				continue
			}
			o, ok := inputs[k].(Output)
			if !ok {
				errs = append(errs, fmt.Errorf("gradio: ChatInterface.Examples[%d]: additional input %d (%s) cannot be set", i, k+1, describe(inputs[k])))
				continue
			}
			v = exampleValue(o, v)
			t := reflect.TypeOf(v)
			if to, ok := o.(TypedOutput); ok && to.AcceptsType(t) || convertible(t, o.ValueType()) {
				continue
			}
			errs = append(errs, fmt.Errorf("gradio: ChatInterface.Examples[%d]: additional input %d (%s) cannot take %T", i, k+1, describe(inputs[k]), v))
		}
	}
	return errors.Join(errs...)
}
