package sqliteflag

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"path"
	"path/filepath"
	"strings"

	"github.com/gradio-go/gradio"
)

// A file is stored as Gradio's FileData object, its path relative to the files
// directory: {"path": "Photo/3f2a.../cat.png", "orig_name": "cat.png", "size": 10,
// "meta": {"_type": "gradio.FileData"}}.
type storedFile struct {
	Path     string    `json:"path,omitempty"`
	URL      string    `json:"url,omitempty"`
	OrigName string    `json:"orig_name,omitempty"`
	MimeType string    `json:"mime_type,omitempty"`
	Size     int64     `json:"size,omitempty"`
	Meta     *fileMeta `json:"meta"`
}

type fileMeta struct {
	Type string `json:"_type"`
}

const fileType = "gradio.FileData"

func storeFile(fd gradio.FileData) *storedFile {
	if fd.IsZero() {
		return nil
	}
	return &storedFile{Path: fd.Path, URL: fd.URL, OrigName: fd.OrigName, MimeType: fd.MimeType, Size: fd.Size, Meta: &fileMeta{fileType}}
}

// encodeValue is the JSON form of a value whose files were copied already.
func encodeValue(v any) (json.RawMessage, error) {
	switch x := v.(type) {
	case gradio.FileData:
		return json.Marshal(storeFile(x))
	case []gradio.FileData:
		fs := make([]*storedFile, len(x))
		for i, fd := range x {
			fs[i] = storeFile(fd)
		}
		return json.Marshal(fs)
	}
	return json.Marshal(v)
}

// decode fills the fields and values of a sample from the stored JSON.
func (sm *Sample) decode(fields, data, files string) error {
	if err := json.Unmarshal([]byte(fields), &sm.Fields); err != nil {
		return fmt.Errorf("fields: %w", err)
	}
	var obj map[string]json.RawMessage
	if err := json.Unmarshal([]byte(data), &obj); err != nil {
		return fmt.Errorf("data: %w", err)
	}
	sm.Values = make([]any, len(sm.Fields))
	for i, f := range sm.Fields {
		raw, ok := obj[f.Key]
		if !ok {
			continue
		}
		v, err := decodeValue(raw, files)
		if err != nil {
			return fmt.Errorf("%s: %w", f.Key, err)
		}
		sm.Values[i] = v
	}
	return nil
}

// decodeValue decodes one stored value: a FileData object becomes a gradio.FileData
// whose Path is in files, a list of them a []gradio.FileData; anything else is
// decoded as JSON into any. The stored path must stay inside files.
func decodeValue(raw json.RawMessage, files string) (any, error) {
	raw = bytes.TrimSpace(raw)
	if len(raw) > 0 && (raw[0] == '{' || raw[0] == '[') {
		if fd, ok, err := decodeFile(raw, files); ok || err != nil {
			return fd, err
		}
		var list []json.RawMessage
		if raw[0] == '[' && json.Unmarshal(raw, &list) == nil && len(list) > 0 {
			fds := make([]gradio.FileData, 0, len(list))
			for _, item := range list {
				fd, ok, err := decodeFile(item, files)
				if err != nil {
					return nil, err
				}
				if !ok {
					fds = nil
					break
				}
				fds = append(fds, fd)
			}
			if fds != nil {
				return fds, nil
			}
		}
	}
	var v any
	if err := json.Unmarshal(raw, &v); err != nil {
		return nil, err
	}
	return v, nil
}

// decodeFile decodes a stored file; ok is false if raw is not one.
func decodeFile(raw json.RawMessage, files string) (fd gradio.FileData, ok bool, err error) {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || raw[0] != '{' {
		return fd, false, nil
	}
	var sf storedFile
	if json.Unmarshal(raw, &sf) != nil || sf.Meta == nil || sf.Meta.Type != fileType {
		return fd, false, nil
	}
	fd = gradio.FileData{URL: sf.URL, OrigName: sf.OrigName, MimeType: sf.MimeType, Size: sf.Size}
	if sf.Path != "" {
		p, err := inside(files, sf.Path)
		if err != nil {
			return gradio.FileData{}, true, err
		}
		fd.Path = p
	}
	return fd, true, nil
}

// inside joins a stored slash-separated relative path to dir, refusing one that
// would leave it.
func inside(dir, rel string) (string, error) {
	if strings.ContainsRune(rel, '\\') || strings.ContainsRune(rel, 0) || path.IsAbs(rel) || !filepath.IsLocal(filepath.FromSlash(rel)) {
		return "", errors.New("stored file path " + fmt.Sprintf("%q", rel) + " is not inside the files directory")
	}
	return filepath.Join(dir, filepath.FromSlash(rel)), nil
}
