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
	"sync"

	"github.com/gradio-go/gradio/frontend"
)

// ui serves the embedded web frontend: the page, with the app's config inline so the
// first paint needs no round trip, and the content-hashed assets, cached for a year.
type ui struct {
	index  string
	assets map[string]*asset
}

// asset is one file of the frontend. Its bytes are read and gzipped (for clients that
// accept it) on its first request, once per process: doing it for every asset up front
// took about 100 ms of each app's start. Fonts (woff2) are compressed already and are
// sent as they are.
type asset struct {
	path, ctype string
	once        sync.Once
	body, gz    []byte
	err         error
}

// fontTypes are the fonts' media types (RFC 8081), which Go's built-in table lacks and
// the system's may not have.
var fontTypes = map[string]string{".woff2": "font/woff2", ".woff": "font/woff", ".ttf": "font/ttf"}

func (as *asset) load() error {
	as.once.Do(func() {
		ext := path.Ext(as.path)
		font := fontTypes[ext] != ""
		switch {
		case font:
			as.ctype = fontTypes[ext]
		case strings.HasSuffix(as.path, ".LEGAL.txt"):
			as.ctype = "text/plain; charset=utf-8"
		default:
			// The first look-up reads the system's MIME tables: a few ms, not spent at start.
			as.ctype = mime.TypeByExtension(ext)
		}
		as.body, as.err = fs.ReadFile(frontend.FS(), as.path)
		if as.err == nil && !font {
			as.gz = gzipped(as.body)
		}
	})
	return as.err
}

// uiFiles lists the embedded frontend, once per process.
var uiFiles = sync.OnceValues(func() (*ui, error) {
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
		u.assets[strings.TrimPrefix(p, "assets/")] = &asset{path: p}
		return nil
	})
	return u, err
})

func newUI() (*ui, error) {
	if !frontend.Enabled {
		return nil, nil
	}
	return uiFiles()
}

// gzipped compresses b: as tightly as gzip can for the frontend's files and most
// pages, but fast for bodies over 1 MB (a page holding a big table), where the best
// compression took seconds before the first byte and saved a fifth at most.
func gzipped(b []byte) []byte {
	var buf bytes.Buffer
	level := gzip.BestCompression
	if len(b) > 1<<20 {
		level = gzip.BestSpeed
	}
	zw, _ := gzip.NewWriterLevel(&buf, level)
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
	head.WriteString(a.style.head())
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
	var gz []byte
	if acceptsGzip(r) {
		gz = a.document("page.gz", root)
	}
	writeMaybeGzipped(w, r, body, gz)
}

// serveAsset answers GET /assets/<name>.
func (u *ui) serveAsset(w http.ResponseWriter, r *http.Request, name string) {
	as, ok := u.assets[name]
	if !ok {
		http.NotFound(w, r)
		return
	}
	if err := as.load(); err != nil {
		http.Error(w, "reading the asset: "+err.Error(), http.StatusInternalServerError)
		return
	}
	h := w.Header()
	h.Set("Content-Type", as.ctype)
	h.Set("Cache-Control", "public, max-age=31536000, immutable")
	h.Set("X-Content-Type-Options", "nosniff")
	if as.gz == nil {
		h.Set("Content-Length", strconv.Itoa(len(as.body)))
		if r.Method != http.MethodHead {
			_, _ = w.Write(as.body)
		}
		return
	}
	writeMaybeGzipped(w, r, as.body, as.gz)
}

func acceptsGzip(r *http.Request) bool {
	return strings.Contains(r.Header.Get("Accept-Encoding"), "gzip")
}

// writeMaybeGzipped sends body, gzipped (gz if given, else compressed now) when the
// client accepts it.
func writeMaybeGzipped(w http.ResponseWriter, r *http.Request, body, gz []byte) {
	h := w.Header()
	h.Add("Vary", "Accept-Encoding")
	if acceptsGzip(r) {
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
