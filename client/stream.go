package client

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"time"
)

// The session's event stream: one GET /queue/data per session, read by one goroutine
// that hands each message to its call. The server ends the stream when the session has
// nothing pending; the reader opens it again whenever a call is still waiting.

func (c *Client) register(id string, j *Job) {
	c.mu.Lock()
	early := c.early[id]
	delete(c.early, id)
	c.jobs()[id] = j
	c.mu.Unlock()
	for _, m := range early {
		j.push(m)
	}
	c.ensureStream()
}

// jobs is the index of live calls by event id. Called with c.mu held.
func (c *Client) jobs() map[string]*Job {
	if c.live == nil {
		c.live = map[string]*Job{}
	}
	return c.live
}

func (c *Client) forget(id string) {
	if id == "" {
		return
	}
	c.mu.Lock()
	delete(c.live, id)
	c.mu.Unlock()
}

func (c *Client) ensureStream() {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.streaming || c.closed {
		return
	}
	c.streaming = true
	c.wg.Add(1)
	go c.readStream()
}

func (c *Client) readStream() {
	defer c.wg.Done()
	failures := 0
	for {
		err := c.readOnce()
		c.mu.Lock()
		pending := len(c.live)
		if pending == 0 || c.closed {
			c.streaming = false
			c.mu.Unlock()
			return
		}
		c.mu.Unlock()
		if err == nil {
			failures = 0
			continue
		}
		if failures++; failures >= 3 {
			c.failAll(fmt.Errorf("client: the event stream failed: %w", err))
			c.mu.Lock()
			c.streaming = false
			c.mu.Unlock()
			return
		}
		select {
		case <-time.After(time.Duration(failures) * 200 * time.Millisecond):
		case <-c.ctx.Done():
		}
	}
}

// readOnce reads one stream until close_stream or its end.
func (c *Client) readOnce() error {
	req, err := http.NewRequestWithContext(c.ctx, http.MethodGet, c.api+"/queue/data?session_hash="+url.QueryEscape(c.Session), nil)
	if err != nil {
		return err
	}
	req.Header.Set("Accept", "text/event-stream")
	resp, err := c.do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return statusError(resp)
	}
	sc := bufio.NewScanner(resp.Body)
	sc.Buffer(make([]byte, 64<<10), 64<<20)
	for sc.Scan() {
		line := sc.Bytes()
		data, ok := bytes.CutPrefix(line, []byte("data:"))
		if !ok {
			continue
		}
		var m message
		if err := json.Unmarshal(bytes.TrimSpace(data), &m); err != nil {
			return fmt.Errorf("a frame is not JSON: %w", err)
		}
		if m.Msg == "close_stream" {
			return nil
		}
		if m.EventID == nil {
			if m.Msg == "unexpected_error" {
				return fmt.Errorf("the app reported: %s", m.Message)
			}
			continue
		}
		c.dispatch(*m.EventID, m)
	}
	if err := sc.Err(); err != nil {
		return err
	}
	return nil
}

func (c *Client) dispatch(id string, m message) {
	c.mu.Lock()
	j := c.live[id]
	if j == nil {
		// The stream can overtake the join answer.
		c.early[id] = append(c.early[id], m)
	}
	c.mu.Unlock()
	if j != nil {
		j.push(m)
	}
}

func (c *Client) failAll(err error) {
	c.mu.Lock()
	jobs := make([]*Job, 0, len(c.live))
	for _, j := range c.live {
		jobs = append(jobs, j)
	}
	c.mu.Unlock()
	for _, j := range jobs {
		j.push(message{Msg: "broken", Message: err.Error()})
	}
}
