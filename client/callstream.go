package client

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
)

// readCall reads the named-event stream of the curl API until complete or error.
func (c *Client) readCall(ctx context.Context, f *fn, eventID string) ([]any, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.api+"/call/"+url.PathEscape(f.name)+"/"+url.PathEscape(eventID), nil)
	if err != nil {
		return nil, err
	}
	resp, err := c.do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, statusError(resp)
	}
	sc := bufio.NewScanner(resp.Body)
	sc.Buffer(make([]byte, 64<<10), 64<<20)
	event := ""
	for sc.Scan() {
		line := sc.Bytes()
		if e, ok := bytes.CutPrefix(line, []byte("event:")); ok {
			event = string(bytes.TrimSpace(e))
			continue
		}
		data, ok := bytes.CutPrefix(line, []byte("data:"))
		if !ok {
			continue
		}
		data = bytes.TrimSpace(data)
		switch event {
		case "complete":
			var out []any
			if err := json.Unmarshal(data, &out); err != nil {
				return nil, fmt.Errorf("client: bad result: %w", err)
			}
			return f.visible(out), nil
		case "error":
			if len(data) > 0 && data[0] == '"' {
				var msg string
				_ = json.Unmarshal(data, &msg)
				return nil, &AppError{Title: "Error", Message: msg}
			}
			return nil, appError(data)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	return nil, fmt.Errorf("client: the result stream of /%s ended without a result", f.name)
}
