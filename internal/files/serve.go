package files

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io/fs"
	"mime"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// xssSafeTypes are the media types Gradio serves inline from the cache; everything else (HTML,
// SVG, JavaScript, PDF…) is sent as an attachment so an uploaded file can never run script in
// the app's origin.
var xssSafeTypes = setOf(
	"image/jpeg", "image/png", "image/gif", "image/webp",
	"audio/aac", "audio/aiff", "audio/flac", "audio/mp4", "audio/mpeg", "audio/ogg", "audio/wav",
	"audio/webm", "audio/x-aiff", "audio/x-flac", "audio/x-m4a", "audio/x-matroska", "audio/x-wav",
	"video/mp4", "video/mpeg", "video/ogg", "video/quicktime", "video/webm", "video/x-matroska",
	"video/x-msvideo",
	"text/plain", "application/json",
)

// mediaTypes pins the types of the formats Gradio components produce, because Go's built-in
// table lacks most audio/video types and minimal images have no /etc/mime.types; without it a
// .wav would be downloaded instead of played.
var mediaTypes = map[string]string{
	".png":  "image/png",
	".jpg":  "image/jpeg",
	".jpeg": "image/jpeg",
	".gif":  "image/gif",
	".webp": "image/webp",
	".mp3":  "audio/mpeg",
	".wav":  "audio/wav",
	".ogg":  "audio/ogg",
	".oga":  "audio/ogg",
	".flac": "audio/flac",
	".aac":  "audio/aac",
	".m4a":  "audio/mp4",
	".aif":  "audio/aiff",
	".aiff": "audio/aiff",
	".weba": "audio/webm",
	".mka":  "audio/x-matroska",
	".mp4":  "video/mp4",
	".m4v":  "video/mp4",
	".webm": "video/webm",
	".ogv":  "video/ogg",
	".mov":  "video/quicktime",
	".mkv":  "video/x-matroska",
	".avi":  "video/x-msvideo",
	".mpeg": "video/mpeg",
	".mpg":  "video/mpeg",
	".txt":  "text/plain",
	".json": "application/json",
}

// setOf builds a lookup set so the list above reads like Gradio's.
func setOf(items ...string) map[string]bool {
	m := make(map[string]bool, len(items))
	for _, it := range items {
		m[it] = true
	}
	return m
}

// ServeFile answers GET/HEAD /gradio_api/file=<p>. p is already percent-decoded by the caller.
//
// http(s) URLs are refused here (403) like every other scheme; fetching remote files with SSRF
// protection, as Gradio 6.20+ does, is the caller's job. Refusals all look identical, whether
// the path is outside the cache, blocked, missing or a directory.
func (c *Cache) ServeFile(w http.ResponseWriter, r *http.Request, p string) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "Method Not Allowed", http.StatusMethodNotAllowed)
		return
	}
	f, fi, name, fromAllowed := c.openServable(p)
	if f == nil {
		writeNotAllowed(w, r, p)
		return
	}
	defer f.Close()

	typ := guessType(name)
	disposition := "inline"
	if !xssSafeTypes[typ] && !fromAllowed {
		typ, disposition = "", "attachment"
	}
	if typ == "" {
		typ = "application/octet-stream"
	}
	if strings.HasPrefix(typ, "text/") {
		typ += "; charset=utf-8" // as Starlette's FileResponse does
	}
	h := w.Header()
	h.Set("Content-Type", typ)
	h.Set("Content-Disposition", contentDisposition(disposition, name))
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("ETag", fmt.Sprintf(`"%x-%x"`, fi.ModTime().UnixNano(), fi.Size()))
	http.ServeContent(w, r, name, fi.ModTime(), f)
}

// openServable applies the §6.4 rules in Gradio's order and opens p if it may be served.
// It returns a nil file when p must be refused, and reports whether p came from AllowedPaths.
func (c *Cache) openServable(p string) (f *os.File, fi fs.FileInfo, name string, fromAllowed bool) {
	if p == "" || hasScheme(p) || strings.HasPrefix(p, "//") || strings.HasPrefix(p, `\\`) ||
		strings.ContainsRune(p, 0) {
		return nil, nil, "", false
	}
	abs, err := filepath.Abs(p)
	if err != nil {
		return nil, nil, "", false
	}
	real, err := filepath.EvalSymlinks(abs)
	if err != nil || !c.inAllowed(real) && !c.inCache(real) {
		// Uploaded to or made by another process of a scaled-out app.
		if local, ok := c.fromRemote(abs); ok {
			real, err = local, nil
		}
	}
	if err != nil || c.isBlocked(abs, real) {
		return nil, nil, "", false
	}
	fromAllowed = c.inAllowed(real)
	inCache := c.inCache(real)
	if !fromAllowed && !inCache {
		return nil, nil, "", false
	}
	// Stat first: opening a FIFO or device in an allowed directory could block forever.
	if pre, err := os.Stat(real); err != nil || !pre.Mode().IsRegular() {
		return nil, nil, "", false
	}
	f, err = os.Open(real)
	if err != nil {
		return nil, nil, "", false
	}
	fi, err = f.Stat()
	if err != nil || !fi.Mode().IsRegular() {
		f.Close()
		return nil, nil, "", false
	}
	if inCache {
		c.touch(real)
	}
	return f, fi, filepath.Base(abs), fromAllowed
}

// inAllowed reports whether the resolved path lies in an AllowedPaths entry; a symlink inside
// an allowed directory that points elsewhere does not count.
func (c *Cache) inAllowed(real string) bool {
	for _, a := range c.allowed {
		if within(a, real) {
			return true
		}
	}
	return false
}

// guessType returns the parameter-free media type for name's extension, or "".
func guessType(name string) string {
	ext := strings.ToLower(filepath.Ext(name))
	if t, ok := mediaTypes[ext]; ok {
		return t
	}
	t, _, err := mime.ParseMediaType(mime.TypeByExtension(ext))
	if err != nil {
		return ""
	}
	return t
}

// contentDisposition mirrors Starlette: a plain quoted filename when it needs no escaping,
// otherwise the RFC 5987 filename* form, which also keeps quotes and CR/LF out of the header.
func contentDisposition(kind, name string) string {
	plain := true
	for i := 0; i < len(name); i++ {
		if !unreserved(name[i]) {
			plain = false
			break
		}
	}
	if plain {
		return kind + `; filename="` + name + `"`
	}
	var b strings.Builder
	b.WriteString(kind + "; filename*=utf-8''")
	for i := 0; i < len(name); i++ {
		if unreserved(name[i]) {
			b.WriteByte(name[i])
		} else {
			fmt.Fprintf(&b, "%%%02X", name[i])
		}
	}
	return b.String()
}

// unreserved reports whether Python's urllib.parse.quote leaves byte ch unescaped.
func unreserved(ch byte) bool {
	return ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z' || ch >= '0' && ch <= '9' ||
		ch == '-' || ch == '.' || ch == '_' || ch == '~'
}

// writeNotAllowed sends Gradio's 403 {"detail":"File not allowed: <p>."} byte for byte.
func writeNotAllowed(w http.ResponseWriter, r *http.Request, p string) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.Encode(struct {
		Detail string `json:"detail"`
	}{notAllowed(p).Message})
	body := bytes.TrimSuffix(buf.Bytes(), []byte("\n"))
	h := w.Header()
	h.Set("Content-Type", "application/json")
	h.Set("Content-Length", strconv.Itoa(len(body)))
	h.Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(http.StatusForbidden)
	if r.Method != http.MethodHead {
		w.Write(body)
	}
}
