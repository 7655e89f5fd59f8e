package client

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"time"
)

// The session's event stream: one GET /queue/data per session, read by one goroutine
// that hands each message to its call. The server ends the stream when the session has
// nothing pending; the reader opens it again whenever a call is still waiting, and
// resumes it with Last-Event-ID when the connection breaks, so that calls survive it.

func (c *Client) register(id string, j *Job) {
	c.mu.Lock()
	early := c.early[id]
	delete(c.early, id)
	for _, m := range early {
		j.ended = j.ended || m.Msg == "process_completed"
	}
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

// retryDelays are the pauses before each attempt to resume a broken stream: about 45 s
// in all, long enough for a proxy or the app's listener to come back, short enough that
// a lost app fails its calls soon.
var retryDelays = []time.Duration{500 * time.Millisecond, time.Second, 2 * time.Second, 4 * time.Second,
	8 * time.Second, 10 * time.Second, 10 * time.Second, 10 * time.Second}

// ErrSessionLost is the error of calls whose stream the app no longer knows, when it
// restarted or forgot the session before a broken stream could be resumed.
var ErrSessionLost = errors.New("the app no longer knows this session (it may have restarted); the calls' results are lost")

// streamEnd says how one stream ended.
type streamEnd int

const (
	endClosed   streamEnd = iota // close_stream: reopened at once if calls still wait
	endIdle                      // close_stream before any message: reopening at once would spin
	endProgress                  // broke after at least one frame
	endBroken                    // broke before any frame
	endFailed                    // the app refused the stream for good; the calls failed
)

// readStream reads the session's stream for as long as calls wait for messages. A
// stream that ends with close_stream is opened again at once for calls joined around
// its end; one that breaks is resumed after a growing pause with the last id seen, so
// that the calls go on and get each message once. The attempts are bounded, and start
// over whenever a stream delivered something.
func (c *Client) readStream() {
	defer c.wg.Done()
	attempt := 0
	for {
		end, err := c.readOnce()
		c.mu.Lock()
		pending := c.pendingLocked()
		switch end {
		case endClosed, endIdle:
			c.broke = false
		case endProgress, endBroken:
			c.broke = true
		}
		if pending == 0 || c.closed || end == endFailed {
			c.streaming = false
			c.mu.Unlock()
			return
		}
		c.mu.Unlock()
		if end == endClosed || end == endProgress {
			attempt = 0
		}
		if end == endClosed {
			continue
		}
		if attempt >= len(retryDelays) && end == endIdle {
			c.failAll(fmt.Errorf("client: the app ends the event stream with calls still waiting: %w", ErrSessionLost))
			c.mu.Lock()
			c.streaming = false
			c.mu.Unlock()
			return
		}
		if attempt >= len(retryDelays) {
			c.failAll(fmt.Errorf("client: the event stream broke and could not be resumed after %d attempts: %w", attempt, err))
			c.mu.Lock()
			c.streaming = false
			c.mu.Unlock()
			return
		}
		select {
		case <-time.After(retryDelays[attempt]):
		case <-c.ctx.Done():
		}
		attempt++
	}
}

// readOnce reads one stream until close_stream or its end, resuming after the last
// frame delivered if a stream broke before. err says why a stream broke.
func (c *Client) readOnce() (streamEnd, error) {
	req, err := http.NewRequestWithContext(c.ctx, http.MethodGet, c.api+"/queue/data?session_hash="+url.QueryEscape(c.Session), nil)
	if err != nil {
		return endFailed, err
	}
	req.Header.Set("Accept", "text/event-stream")
	c.mu.Lock()
	last, hasLast, broke := c.lastID, c.hasLastID, c.broke
	c.mu.Unlock()
	// After a break, resume even without an id: what was sent before the first frame
	// arrived is kept for us too.
	if hasLast || broke {
		req.Header.Set("Last-Event-ID", strconv.FormatUint(last, 10))
	}
	resp, err := c.do(req)
	if err != nil {
		return endBroken, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		err := statusError(resp)
		// A proxy's 502 while the app restarts, or a rate limit, may pass; other answers will not.
		if resp.StatusCode >= 500 || resp.StatusCode == http.StatusTooManyRequests {
			return endBroken, err
		}
		c.failAll(fmt.Errorf("client: opening the event stream: %w", err))
		return endFailed, err
	}
	fr := newFrameReader(resp.Body)
	got, delivered := false, false
	for {
		f, err := fr.next()
		if err != nil {
			if err == io.EOF {
				err = io.ErrUnexpectedEOF
			}
			if got {
				return endProgress, err
			}
			return endBroken, err
		}
		got = true
		// A replay never repeats what we have, but a frame we have is dropped all the same.
		if f.hasID && hasLast && f.id <= last {
			continue
		}
		var m message
		if err := json.Unmarshal(f.data, &m); err != nil {
			continue // not a message of ours (or a comment-only frame)
		}
		if m.Msg == "close_stream" {
			if !delivered {
				return endIdle, nil
			}
			return endClosed, nil
		}
		if m.EventID == nil {
			if m.Msg == "unexpected_error" {
				err := fmt.Errorf("client: the app reported: %s", m.Message)
				if m.SessionNotFound {
					err = fmt.Errorf("client: %w", ErrSessionLost)
				}
				c.failAll(err)
				return endFailed, err
			}
			continue
		}
		c.dispatch(*m.EventID, m)
		delivered = true
		if f.hasID {
			last, hasLast = f.id, true
			c.mu.Lock()
			c.lastID, c.hasLastID = last, true
			c.mu.Unlock()
		}
	}
}

// pendingLocked counts the calls still waiting for their completion: a call stays
// live until its caller reads the completion, but needs the stream no longer. Called
// with c.mu held.
func (c *Client) pendingLocked() int {
	n := 0
	for _, j := range c.live {
		if !j.ended {
			n++
		}
	}
	return n
}

func (c *Client) dispatch(id string, m message) {
	c.mu.Lock()
	j := c.live[id]
	if j == nil {
		// The stream can overtake the join answer.
		c.early[id] = append(c.early[id], m)
	} else if m.Msg == "process_completed" {
		j.ended = true
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
		if !j.ended {
			jobs = append(jobs, j)
		}
	}
	c.mu.Unlock()
	for _, j := range jobs {
		j.push(message{Msg: "broken", Message: err.Error(), err: err})
	}
}
