package client

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"strings"
)

// FileArg is a file argument: Predict uploads it (or passes its URL) and sends the app
// the FileData it expects.
type FileArg struct {
	name   string
	open   func() (io.ReadCloser, error)
	remote string
}

// File is a local file to upload.
func File(path string) FileArg {
	return FileArg{name: filepath.Base(path), open: func() (io.ReadCloser, error) { return os.Open(path) }}
}

// Reader is data to upload under a file name.
func Reader(name string, r io.Reader) FileArg {
	return FileArg{name: name, open: func() (io.ReadCloser, error) { return io.NopCloser(r), nil }}
}

// URL is a file the app fetches itself.
func URL(u string) FileArg {
	return FileArg{name: path.Base(u), remote: u}
}

// FileData is a file in an app's inputs or outputs.
type FileData struct {
	Path     string `json:"path"`
	URL      string `json:"url,omitempty"`
	OrigName string `json:"orig_name,omitempty"`
	Size     int64  `json:"size,omitempty"`
	MimeType string `json:"mime_type,omitempty"`
}

// AsFile reads a value from a result as a file, if it is one.
func AsFile(v any) (FileData, bool) {
	m, ok := v.(map[string]any)
	if !ok {
		return FileData{}, false
	}
	p, ok := m["path"].(string)
	if !ok {
		return FileData{}, false
	}
	fd := FileData{Path: p}
	fd.URL, _ = m["url"].(string)
	fd.OrigName, _ = m["orig_name"].(string)
	fd.MimeType, _ = m["mime_type"].(string)
	if s, ok := m["size"].(float64); ok {
		fd.Size = int64(s)
	}
	return fd, true
}

// prepareFiles uploads the FileArg values found in args (also inside slices and maps).
func (c *Client) prepareFiles(ctx context.Context, args []any) ([]any, error) {
	out := make([]any, len(args))
	for i, a := range args {
		v, err := c.prepareValue(ctx, a)
		if err != nil {
			return nil, err
		}
		out[i] = v
	}
	return out, nil
}

func (c *Client) prepareValue(ctx context.Context, v any) (any, error) {
	switch v := v.(type) {
	case FileArg:
		return c.fileData(ctx, v)
	case *FileArg:
		return c.fileData(ctx, *v)
	case []any:
		return c.prepareFiles(ctx, v)
	case map[string]any:
		out := make(map[string]any, len(v))
		for k, e := range v {
			p, err := c.prepareValue(ctx, e)
			if err != nil {
				return nil, err
			}
			out[k] = p
		}
		return out, nil
	}
	return v, nil
}

func (c *Client) fileData(ctx context.Context, f FileArg) (map[string]any, error) {
	meta := map[string]any{"_type": "gradio.FileData"}
	if f.remote != "" {
		return map[string]any{"path": f.remote, "url": f.remote, "orig_name": f.name, "meta": meta}, nil
	}
	p, err := c.upload(ctx, f)
	if err != nil {
		return nil, err
	}
	return map[string]any{"path": p, "orig_name": f.name, "meta": meta}, nil
}

// upload streams one file to /upload and returns its path on the server.
func (c *Client) upload(ctx context.Context, f FileArg) (string, error) {
	rc, err := f.open()
	if err != nil {
		return "", fmt.Errorf("client: opening %s: %w", f.name, err)
	}
	defer rc.Close()
	pr, pw := io.Pipe()
	mw := multipart.NewWriter(pw)
	go func() {
		part, err := mw.CreateFormFile("files", f.name)
		if err == nil {
			_, err = io.Copy(part, rc)
		}
		if err == nil {
			err = mw.Close()
		}
		pw.CloseWithError(err)
	}()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.api+"/upload", pr)
	if err != nil {
		return "", err
	}
	req.Header.Set("Content-Type", mw.FormDataContentType())
	resp, err := c.do(req)
	if err != nil {
		return "", fmt.Errorf("client: uploading %s: %w", f.name, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return "", fmt.Errorf("client: uploading %s: %w", f.name, statusError(resp))
	}
	var paths []string
	if err := json.NewDecoder(resp.Body).Decode(&paths); err != nil || len(paths) != 1 {
		return "", fmt.Errorf("client: uploading %s: unexpected answer", f.name)
	}
	return paths[0], nil
}

// Download saves a file from a result (a FileData, or the map a result holds) into dir,
// under its original name, and returns the local path.
func (c *Client) Download(ctx context.Context, file any, dir string) (string, error) {
	fd, ok := file.(FileData)
	if !ok {
		if fd, ok = AsFile(file); !ok {
			return "", fmt.Errorf("client: %T is not a file", file)
		}
	}
	src := fd.URL
	if src == "" || !strings.HasPrefix(src, "http") {
		src = c.api + "/file=" + (&url.URL{Path: fd.Path}).EscapedPath()
	}
	name := fd.OrigName
	if name == "" {
		name = path.Base(fd.Path)
	}
	name = filepath.Base(filepath.Clean("/" + name))
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, src, nil)
	if err != nil {
		return "", err
	}
	resp, err := c.do(req)
	if err != nil {
		return "", fmt.Errorf("client: downloading %s: %w", name, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return "", fmt.Errorf("client: downloading %s: %w", name, statusError(resp))
	}
	dst := filepath.Join(dir, name)
	out, err := os.Create(dst)
	if err != nil {
		return "", err
	}
	if _, err := io.Copy(out, resp.Body); err != nil {
		out.Close()
		return "", err
	}
	return dst, out.Close()
}
