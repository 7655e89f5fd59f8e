package client

import (
	"context"
	"encoding/json"
	"fmt"
	"net/url"
)

// Predict calls api ("/greet") with positional arguments and returns its outputs once
// it completes. State inputs are left out of args, and State outputs out of the result,
// as with the official clients.
func (c *Client) Predict(ctx context.Context, api string, args ...any) ([]any, error) {
	j, err := c.Submit(ctx, api, args...)
	if err != nil {
		return nil, err
	}
	return j.Result(ctx)
}

// PredictNamed calls api with keyword arguments named as in the app's API description;
// parameters left out take their defaults.
func (c *Client) PredictNamed(ctx context.Context, api string, kwargs map[string]any) ([]any, error) {
	j, err := c.SubmitNamed(ctx, api, kwargs)
	if err != nil {
		return nil, err
	}
	return j.Result(ctx)
}

// Submit starts a call and returns at once; follow it with Job.Updates or wait with
// Job.Result.
func (c *Client) Submit(ctx context.Context, api string, args ...any) (*Job, error) {
	f, err := c.lookup(api)
	if err != nil {
		return nil, err
	}
	data, err := f.positional(args)
	if err != nil {
		return nil, err
	}
	return c.start(ctx, f, data)
}

// SubmitNamed is Submit with keyword arguments.
func (c *Client) SubmitNamed(ctx context.Context, api string, kwargs map[string]any) (*Job, error) {
	f, err := c.lookup(api)
	if err != nil {
		return nil, err
	}
	data, err := f.named(kwargs)
	if err != nil {
		return nil, err
	}
	return c.start(ctx, f, data)
}

func (c *Client) start(ctx context.Context, f *fn, data []any) (*Job, error) {
	data, err := c.prepareFiles(ctx, data)
	if err != nil {
		return nil, err
	}
	j := newJob(c, f)
	body := map[string]any{"data": data, "fn_index": f.dep.ID, "session_hash": c.Session}
	if !c.queued(f) {
		// Unqueued events answer on the request itself.
		go c.direct(ctx, j, body)
		return j, nil
	}
	var joined struct {
		EventID string `json:"event_id"`
	}
	if err := c.postJSON(ctx, c.api+"/queue/join", body, &joined); err != nil {
		return nil, fmt.Errorf("client: calling /%s: %w", f.name, err)
	}
	j.id = joined.EventID
	c.register(j.id, j)
	return j, nil
}

// direct runs an unqueued call through /run and reports its result as a completion.
func (c *Client) direct(ctx context.Context, j *Job, body map[string]any) {
	var out json.RawMessage
	err := c.postJSON(ctx, c.api+"/run/"+url.PathEscape(j.f.name), body, &out)
	if se, ok := err.(*StatusError); ok && se.Status == 500 {
		j.push(message{Msg: "process_completed", Success: false, Output: json.RawMessage(se.Detail)})
		return
	}
	if err != nil {
		j.push(message{Msg: "broken", Message: err.Error(), err: fmt.Errorf("client: calling /%s: %w", j.f.name, err)})
		return
	}
	j.push(message{Msg: "process_completed", Success: true, Output: out})
}

// Call runs api through the curl API (/call), which any Gradio app serves: a fallback
// for apps whose queue this client cannot use. It returns the final outputs.
func (c *Client) Call(ctx context.Context, api string, args ...any) ([]any, error) {
	f, err := c.lookup(api)
	if err != nil {
		return nil, err
	}
	data, err := c.prepareFiles(ctx, args)
	if err != nil {
		return nil, err
	}
	var joined struct {
		EventID string `json:"event_id"`
	}
	if err := c.postJSON(ctx, c.api+"/call/"+url.PathEscape(f.name), map[string]any{"data": data}, &joined); err != nil {
		return nil, fmt.Errorf("client: calling /%s: %w", f.name, err)
	}
	return c.readCall(ctx, f, joined.EventID)
}
