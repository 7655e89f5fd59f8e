package client

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"time"
)

// callStream is where one read of a curl API result stream got to.
type callStream struct {
	last    uint64
	hasLast bool
	broke   bool // a read broke: the next one resumes, with Last-Event-ID 0 if no id came
}

// readCall reads the named-event stream of the curl API until complete or error. A
// stream that breaks is resumed with Last-Event-ID after a growing pause, as the
// session stream is (see readStream), so that the result still arrives.
func (c *Client) readCall(ctx context.Context, f *fn, eventID string) ([]any, error) {
	var st callStream
	attempt := 0
	for {
		out, done, progressed, err := c.readCallOnce(ctx, f, eventID, &st)
		if done {
			return out, err
		}
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		if progressed {
			attempt = 0
		}
		if attempt >= len(retryDelays) {
			return nil, fmt.Errorf("client: the result stream of /%s broke and could not be resumed after %d attempts: %w", f.name, attempt, err)
		}
		st.broke = true
		select {
		case <-time.After(retryDelays[attempt]):
		case <-ctx.Done():
			return nil, ctx.Err()
		}
		attempt++
	}
}

// readCallOnce reads one result stream. done reports a result or a final error; else
// the stream broke (err says how), after at least one frame if progressed.
func (c *Client) readCallOnce(ctx context.Context, f *fn, eventID string, st *callStream) (out []any, done, progressed bool, err error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.api+"/call/"+url.PathEscape(f.name)+"/"+url.PathEscape(eventID), nil)
	if err != nil {
		return nil, true, false, err
	}
	req.Header.Set("Accept", "text/event-stream")
	if st.hasLast || st.broke {
		req.Header.Set("Last-Event-ID", strconv.FormatUint(st.last, 10))
	}
	resp, err := c.do(req)
	if err != nil {
		return nil, false, false, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		err := statusError(resp)
		// A proxy's 502 while the app restarts, or a rate limit, may pass; other answers will not.
		return nil, resp.StatusCode < 500 && resp.StatusCode != http.StatusTooManyRequests, false, err
	}
	fr := newFrameReader(resp.Body)
	for {
		fm, err := fr.next()
		if err != nil {
			if err == io.EOF {
				err = fmt.Errorf("the result stream of /%s ended without a result", f.name)
			}
			return nil, false, progressed, err
		}
		progressed = true
		if fm.hasID && st.hasLast && fm.id <= st.last {
			continue // a replay never repeats what we have, but a frame we have is dropped all the same
		}
		if fm.hasID {
			st.last, st.hasLast = fm.id, true
		}
		data := fm.data
		switch fm.event {
		case "complete":
			var out []any
			if err := json.Unmarshal(data, &out); err != nil {
				return nil, true, true, fmt.Errorf("client: bad result: %w", err)
			}
			return f.visible(out), true, true, nil
		case "error":
			if len(data) > 0 && data[0] == '"' {
				var msg string
				_ = json.Unmarshal(data, &msg)
				if st.broke && msg == "404: Not Found" {
					// The result was lost with the connection, or its grace is over.
					return nil, true, true, fmt.Errorf("client: resuming the result stream of /%s: %w", f.name, ErrSessionLost)
				}
				return nil, true, true, &AppError{Title: "Error", Message: msg}
			}
			return nil, true, true, appError(data)
		}
	}
}
