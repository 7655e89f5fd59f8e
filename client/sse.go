package client

import (
	"bufio"
	"bytes"
	"io"

	"github.com/gradio-go/gradio/internal/wire"
)

// Decoding the app's event streams. Frames carry an "id:" line when the client asks for
// text/event-stream; the client keeps the last one so that, after a dropped connection,
// it can resume with Last-Event-ID and get exactly what it missed.

// frame is one server-sent event. A frame is only handed on once its blank line has
// arrived, so that one cut off by a dropped connection is never half read.
type frame struct {
	id    uint64
	hasID bool // the frame has an id line the server could have written
	event string
	data  []byte
}

// frameReader reads frames from an event stream.
type frameReader struct {
	sc *bufio.Scanner
}

func newFrameReader(r io.Reader) *frameReader {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 64<<20)
	return &frameReader{sc: sc}
}

// next returns the next complete frame, skipping empty ones. At the end of the stream
// it returns the reader's error, or io.EOF; an unfinished last frame is dropped.
func (fr *frameReader) next() (frame, error) {
	var f frame
	empty := true
	var data [][]byte
	for fr.sc.Scan() {
		line := bytes.TrimSuffix(fr.sc.Bytes(), []byte("\r"))
		if len(line) == 0 {
			if empty {
				continue
			}
			f.data = bytes.Join(data, []byte("\n"))
			return f, nil
		}
		field, value, ok := bytes.Cut(line, []byte(":"))
		if !ok || len(field) == 0 {
			continue // a comment, or a line with no field
		}
		value = bytes.TrimPrefix(value, []byte(" "))
		switch string(field) {
		case "data":
			// Copied: the scanner reuses its buffer.
			data = append(data, bytes.Clone(value))
			empty = false
		case "id":
			f.id, f.hasID = wire.ParseEventID(string(value))
			empty = false
		case "event":
			f.event = string(bytes.TrimSpace(value))
			empty = false
		}
	}
	if err := fr.sc.Err(); err != nil {
		return frame{}, err
	}
	return frame{}, io.EOF
}
