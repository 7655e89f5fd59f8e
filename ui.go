package gradio

import (
	"bytes"
	"compress/gzip"
	"html"
	"io/fs"
	"mime"
	"net/http"
	"path"
	"strconv"
	"strings"

	"github.com/gradio-go/gradio/frontend"
)

// ui serves the embedded web frontend: the page, with the app's config inline so the
// first paint needs no round trip, and the content-hashed assets, cached for a year.
// Everything is gzipped once, up front, for clients that accept it.
type ui struct {
	index  string
	assets map[string]*asset
}

type asset struct {
	body, gz []byte
	ctype    string
}

func newUI() (*ui, error) {
	if !frontend.Enabled {
		return nil, nil
	}
	dist := frontend.FS()
	index, err := fs.ReadFile(dist, "index.html")
	if err != nil {
		return nil, err
	}
	u := &ui{index: string(index), assets: map[string]*asset{}}
	err = fs.WalkDir(dist, "assets", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(dist, p)
		if err != nil {
			return err
		}
		ctype := mime.TypeByExtension(path.Ext(p))
		if strings.HasSuffix(p, ".LEGAL.txt") {
			ctype = "text/plain; charset=utf-8"
		}
		u.assets[strings.TrimPrefix(p, "assets/")] = &asset{body: b, gz: gzipped(b), ctype: ctype}
		return nil
	})
	return u, err
}

func gzipped(b []byte) []byte {
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	_, _ = zw.Write(b)
	_ = zw.Close()
	return buf.Bytes()
}

// render fills the page template for one root URL.
func (u *ui) render(a *App, root string) []byte {
	var head strings.Builder
	// json.Marshal escapes <, > and &, so the config cannot close the script element.
	head.WriteString("<script>window.gradio_config = ")
	head.Write(a.document("config", root))
	head.WriteString(";</script>")
	if c := a.cfg.CSS; c != nil {
		head.WriteString("<style>")
		head.WriteString(strings.ReplaceAll(*c, "</", `<\/`))
		head.WriteString("</style>")
	}
	if h := a.cfg.Head; h != nil {
		head.WriteString(*h)
	}
	page := strings.Replace(u.index, "%TITLE%", html.EscapeString(a.cfg.Title), 1)
	page = strings.Replace(page, "<!--gradio:head-->", head.String(), 1)
	return []byte(page)
}

// servePage answers GET / with the page.
func (u *ui) servePage(w http.ResponseWriter, r *http.Request, a *App, root string) {
	body := a.document("page", root)
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Cache-Control", "no-cache")
	writeMaybeGzipped(w, r, body, nil)
}

// serveAsset answers GET /assets/<name>.
func (u *ui) serveAsset(w http.ResponseWriter, r *http.Request, name string) {
	as, ok := u.assets[name]
	if !ok {
		http.NotFound(w, r)
		return
	}
	h := w.Header()
	h.Set("Content-Type", as.ctype)
	h.Set("Cache-Control", "public, max-age=31536000, immutable")
	h.Set("X-Content-Type-Options", "nosniff")
	writeMaybeGzipped(w, r, as.body, as.gz)
}

// writeMaybeGzipped sends body, gzipped (gz if given, else compressed now) when the
// client accepts it.
func writeMaybeGzipped(w http.ResponseWriter, r *http.Request, body, gz []byte) {
	h := w.Header()
	h.Add("Vary", "Accept-Encoding")
	if strings.Contains(r.Header.Get("Accept-Encoding"), "gzip") {
		if gz == nil {
			gz = gzipped(body)
		}
		body = gz
		h.Set("Content-Encoding", "gzip")
	}
	h.Set("Content-Length", strconv.Itoa(len(body)))
	if r.Method != http.MethodHead {
		_, _ = w.Write(body)
	}
}
