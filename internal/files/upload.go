package files

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"net/http"
	"sync"
)

// SaveUpload streams a multipart/form-data request body to disk: every part whose form name is
// "files" becomes one stored file; other parts are drained and ignored. It returns absolute
// paths in part order (an empty, non-nil slice when there were none).
//
// With a valid upload_id query parameter, the bytes of every file are counted for
// [Progress.Watch] while they stream in (see ParseUploadID).
//
// Memory use is three pooled 256 KiB buffers, whatever the file size. On failure the partial file is
// removed; files of earlier parts that were already stored stay, because identical content
// from other requests may share them. Client-caused failures are *Error values (400 or 413);
// any other error is a server problem.
func (c *Cache) SaveUpload(r *http.Request) ([]string, error) {
	mt, params, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if err != nil || mt != "multipart/form-data" {
		return nil, errInvalidContentType
	}
	boundary := params["boundary"]
	if boundary == "" {
		return nil, errMissingBoundary
	}
	var t *tracked
	if id, ok := ParseUploadID(r.URL.Query().Get("upload_id")); ok {
		t = c.progress.begin(id)
		defer c.progress.end(t)
	}
	// multipart refills a 4 KiB buffer; reading the body in large chunks underneath it cuts
	// the number of socket reads by a factor of 64.
	br := readBufs.Get().(*bufio.Reader)
	br.Reset(r.Body)
	defer func() {
		br.Reset(nil)
		readBufs.Put(br)
	}()
	mr := multipart.NewReader(br, boundary)
	paths := []string{}
	for {
		part, err := mr.NextPart()
		if err == io.EOF {
			return paths, nil
		}
		if err != nil {
			// Every NextPart failure is bad syntax or a broken/over-limit request body.
			return nil, readError(err)
		}
		// NextPart drains skipped parts, so other fields cost no memory.
		if part.FormName() != "files" {
			continue
		}
		name := partFileName(part)
		var src io.Reader = part
		if t != nil {
			src = &progressReader{r: part, t: t, name: progressName(name)}
		}
		p, err := c.store(src, name, c.maxFileSize)
		if err != nil {
			// No part.Close here: it would drain the rest of an oversized file.
			return nil, c.storeError(err)
		}
		paths = append(paths, p)
	}
}

// readBufSize is the chunk size in which upload bodies are read from the connection.
const readBufSize = 256 << 10

var readBufs = sync.Pool{New: func() any { return bufio.NewReaderSize(nil, readBufSize) }}

// partFileName returns the raw filename parameter; multipart.Part.FileName would apply the
// host's filepath.Base, while sanitizeName strips both / and \ directory parts itself.
func partFileName(p *multipart.Part) string {
	_, params, err := mime.ParseMediaType(p.Header.Get("Content-Disposition"))
	if err != nil {
		return ""
	}
	return params["filename"]
}

// storeError maps a store failure to the answer Gradio gives; write failures stay server errors.
func (c *Cache) storeError(err error) error {
	var tooLarge *tooLargeError
	if errors.As(err, &tooLarge) {
		return &Error{Status: http.StatusRequestEntityTooLarge,
			Message: fmt.Sprintf("File size exceeded maximum allowed size of %d bytes.", tooLarge.limit)}
	}
	var src *sourceError
	if errors.As(err, &src) {
		return readError(src.err)
	}
	return err
}

// readError maps a failure to read the request body to a client error; a body cut off by
// http.MaxBytesReader is reported as too large rather than malformed.
func readError(err error) error {
	var maxBytes *http.MaxBytesError
	if errors.As(err, &maxBytes) {
		return &Error{Status: http.StatusRequestEntityTooLarge,
			Message: fmt.Sprintf("Request body exceeded maximum allowed size of %d bytes.", maxBytes.Limit)}
	}
	return errMalformed
}
