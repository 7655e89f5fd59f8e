package mcp

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/url"
	"path"
	"strings"
	"time"

	sdk "github.com/modelcontextprotocol/go-sdk/mcp"

	"github.com/gradio-go/gradio/client"
)

// callTool runs the tool's endpoint through the in-process client.
func (h *handler) callTool(st *state, t *tool) sdk.ToolHandler {
	return func(ctx context.Context, req *sdk.CallToolRequest) (*sdk.CallToolResult, error) {
		if !h.enter() {
			return nil, errClosed
		}
		defer h.calls.Done()
		ctx, cancel := context.WithCancel(ctx)
		defer cancel()
		defer context.AfterFunc(h.ctx, cancel)()

		args := map[string]any{}
		if raw := req.Params.Arguments; len(raw) > 0 && string(raw) != "null" {
			if err := json.Unmarshal(raw, &args); err != nil {
				return toolError("the arguments are not a JSON object: %v", err), nil
			}
		}
		if t.resolved != nil {
			if err := t.resolved.Validate(args); err != nil {
				return toolError("invalid arguments for %s: %v", t.def.Name, err), nil
			}
		}
		var root string
		if req.Extra != nil && req.Extra.Header != nil {
			root = req.Extra.Header.Get(rootHeader)
		}
		kwargs, err := st.kwargs(t, args, root)
		if err != nil {
			return toolError("invalid arguments for %s: %v", t.def.Name, err), nil
		}
		job, err := st.client.SubmitNamed(ctx, t.api, kwargs)
		if err != nil {
			return toolError("%s", strings.TrimPrefix(err.Error(), "client: ")), nil
		}

		token := req.Params.GetProgressToken()
		last := -1.0
		var final client.Update
		for u := range job.Updates(ctx) {
			switch u.Stage {
			case client.Progressed:
				if token == nil || req.Session == nil {
					continue
				}
				if p, ok := progress(u, token); ok && p.Progress > last {
					last = p.Progress
					_ = req.Session.NotifyProgress(ctx, p)
				}
			case client.Logged:
				// Logging is deprecated from protocol 2026-07-28 on, but clients of the
				// earlier versions use it.
				if req.Session != nil {
					_ = req.Session.Log(ctx, logMessage(u.Log, st.title))
				}
			case client.Completed:
				final = u
			}
		}
		if ctx.Err() != nil {
			// The caller cancelled, or the app is closing: stop the handler too.
			cctx, ccancel := context.WithTimeout(context.Background(), 5*time.Second)
			_ = job.Cancel(cctx)
			ccancel()
			return nil, ctx.Err()
		}
		if final.Err != nil {
			var ae *client.AppError
			if errors.As(final.Err, &ae) {
				msg := ae.Message
				if ae.Title != "" && ae.Title != "Error" {
					msg = ae.Title + ": " + msg
				}
				return toolError("%s", msg), nil
			}
			return toolError("%s", strings.TrimPrefix(final.Err.Error(), "client: ")), nil
		}
		return &sdk.CallToolResult{Content: st.contents(ctx, final.Data, root)}, nil
	}
}

func toolError(format string, args ...any) *sdk.CallToolResult {
	return &sdk.CallToolResult{IsError: true, Content: []sdk.Content{&sdk.TextContent{Text: fmt.Sprintf(format, args...)}}}
}

// progress maps the handler's outermost progress tracker to a notification: a fraction
// as progress of a total of 1, a step as "index of length", with its description.
func progress(u client.Update, token any) (*sdk.ProgressNotificationParams, bool) {
	if len(u.Progress) == 0 {
		return nil, false
	}
	pu := u.Progress[0]
	p := &sdk.ProgressNotificationParams{ProgressToken: token}
	switch {
	case pu.Progress != nil:
		p.Progress, p.Total = *pu.Progress, 1
	case pu.Index != nil:
		p.Progress = float64(*pu.Index)
		if pu.Length != nil {
			p.Total = float64(*pu.Length)
		}
	default:
		return nil, false
	}
	if pu.Desc != nil {
		p.Message = *pu.Desc
	}
	return p, true
}

// logMessage maps a toast to a log message: info and warning as they are, success as
// notice.
func logMessage(l client.Log, logger string) *sdk.LoggingMessageParams {
	level := sdk.LoggingLevel("info")
	switch l.Level {
	case "warning":
		level = "warning"
	case "success":
		level = "notice"
	case "error":
		level = "error"
	}
	data := l.Message
	if l.Title != "" {
		data = l.Title + ": " + l.Message
	}
	return &sdk.LoggingMessageParams{Level: level, Logger: logger, Data: data}
}

// Results.

// contents turns outputs into MCP content, one or more items per output.
func (st *state) contents(ctx context.Context, data []any, root string) []sdk.Content {
	out := []sdk.Content{}
	for _, v := range data {
		v = unwrapUpdate(v)
		switch x := v.(type) {
		case nil:
		case string:
			out = append(out, &sdk.TextContent{Text: x})
		default:
			if files, ok := asFiles(v); ok {
				for _, fd := range files {
					out = append(out, st.fileContent(ctx, fd, root)...)
				}
				continue
			}
			b, err := json.Marshal(st.rewrite(v, root))
			if err != nil {
				b = []byte(fmt.Sprint(v))
			}
			out = append(out, &sdk.TextContent{Text: string(b)})
		}
	}
	return out
}

// unwrapUpdate takes the value out of a gradio.Update output; an update without one
// shows nothing.
func unwrapUpdate(v any) any {
	m, ok := v.(map[string]any)
	if !ok || m["__type__"] != "update" {
		return v
	}
	return m["value"]
}

// asFiles reads an output that is a file, a list of files, or a gallery (items with an
// "image" or "video" file).
func asFiles(v any) ([]client.FileData, bool) {
	if fd, ok := client.AsFile(v); ok {
		return []client.FileData{fd}, true
	}
	list, ok := v.([]any)
	if !ok || len(list) == 0 {
		return nil, false
	}
	var files []client.FileData
	for _, e := range list {
		fd, ok := client.AsFile(e)
		if !ok {
			m, _ := e.(map[string]any)
			if fd, ok = client.AsFile(m["image"]); !ok {
				fd, ok = client.AsFile(m["video"])
			}
		}
		if !ok {
			return nil, false
		}
		files = append(files, fd)
	}
	return files, true
}

// fileContent is an image or audio file's data with its URL, or another file's URL.
func (st *state) fileContent(ctx context.Context, fd client.FileData, root string) []sdk.Content {
	u := st.publicURL(fd, root)
	link := &sdk.TextContent{Text: u}
	mimeType := fileType(fd)
	media := strings.HasPrefix(mimeType, "image/") || strings.HasPrefix(mimeType, "audio/")
	if !media || isHTTP(fd.Path) {
		return []sdk.Content{link}
	}
	data, err := st.download(ctx, fd.Path)
	if err != nil {
		return []sdk.Content{link}
	}
	if strings.HasPrefix(mimeType, "image/") {
		return []sdk.Content{&sdk.ImageContent{Data: data, MIMEType: mimeType}, link}
	}
	return []sdk.Content{&sdk.AudioContent{Data: data, MIMEType: mimeType}, link}
}

// Types of media files by extension, where the system's table may lack them.
var typeByExt = map[string]string{
	".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".gif": "image/gif", ".webp": "image/webp",
	".bmp": "image/bmp", ".svg": "image/svg+xml", ".avif": "image/avif", ".tif": "image/tiff", ".tiff": "image/tiff",
	".mp3": "audio/mpeg", ".wav": "audio/wav", ".ogg": "audio/ogg", ".oga": "audio/ogg", ".flac": "audio/flac",
	".aac": "audio/aac", ".m4a": "audio/mp4", ".opus": "audio/opus", ".weba": "audio/webm",
}

// fileType is a file's MIME type: the app's, else one from its extension.
func fileType(fd client.FileData) string {
	if t, _, _ := strings.Cut(fd.MimeType, ";"); strings.Contains(t, "/") {
		return strings.ToLower(strings.TrimSpace(t))
	}
	name := fd.OrigName
	if name == "" {
		name = fd.Path
	}
	ext := strings.ToLower(path.Ext(name))
	if t, ok := typeByExt[ext]; ok {
		return t
	}
	t, _, _ := strings.Cut(mime.TypeByExtension(ext), ";")
	return t
}

// publicURL is where the MCP caller can download a file: its URL in the app, under the
// root the caller reached the app at.
func (st *state) publicURL(fd client.FileData, root string) string {
	if root == "" {
		root = st.fixedRoot
	}
	switch {
	case fd.URL != "" && strings.HasPrefix(fd.URL, st.innerRoot+"/"):
		return root + strings.TrimPrefix(fd.URL, st.innerRoot)
	case isHTTP(fd.URL):
		return fd.URL
	case isHTTP(fd.Path):
		return fd.Path
	}
	return root + st.apiPrefix + "/file=" + (&url.URL{Path: fd.Path}).EscapedPath()
}

// rewrite replaces the in-process root in the strings of a JSON value (file URLs in
// nested values) with the caller's.
func (st *state) rewrite(v any, root string) any {
	switch x := v.(type) {
	case string:
		if rest, ok := strings.CutPrefix(x, st.innerRoot+"/"); ok && root != "" {
			return root + "/" + rest
		}
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = st.rewrite(e, root)
		}
		return out
	case map[string]any:
		out := make(map[string]any, len(x))
		for k, e := range x {
			out[k] = st.rewrite(e, root)
		}
		return out
	}
	return v
}

// download reads a file the app serves.
func (st *state) download(ctx context.Context, p string) ([]byte, error) {
	u := innerBase + st.apiPrefix + "/file=" + (&url.URL{Path: p}).EscapedPath()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return nil, err
	}
	resp, err := st.http.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("GET %s: %s", p, resp.Status)
	}
	data, err := io.ReadAll(io.LimitReader(resp.Body, maxMediaBytes+1))
	if err != nil {
		return nil, err
	}
	if len(data) > maxMediaBytes {
		return nil, fmt.Errorf("%s is too large to send inline", p)
	}
	return data, nil
}

func isHTTP(s string) bool {
	return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://")
}
