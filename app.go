package gradio

import (
	"context"
	"crypto/rand"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"sync"
	"time"

	"github.com/gradio-go/gradio/internal/files"
	"github.com/gradio-go/gradio/internal/queue"
	"github.com/gradio-go/gradio/internal/server"
	"github.com/gradio-go/gradio/internal/session"
	"github.com/gradio-go/gradio/internal/wire"
)

// App is a built, running app: an http.Handler serving the web page, the Gradio API
// and its queue. Get one from Blocks.Build or Interface.Build; mount it anywhere, or
// serve it with Launch or Serve. Close it to stop its queue.
type App struct {
	opts  options
	log   *slog.Logger
	appID uint64

	cfg      wire.Config // without root
	info     *wire.Info  // public endpoints
	infoAll  *wire.Info  // public and undocumented
	fns      []*fnRT
	byName   map[string]*fnRT
	hasState bool

	// Renders (render.go): the app's components and listeners as renders see them,
	// the concurrency groups named by ConcurrencyID, and whether there are renders.
	static     *staticIndex
	groupsMu   sync.Mutex
	groups     map[string]*queue.Group
	hasRenders bool

	ctx      context.Context // cancelled by Close
	stop     context.CancelFunc
	queue    *queue.Queue
	jobs     *jobsBackend  // nil unless the app is scaled out with NATS (scaleout.go)
	share    *replicaShare // nil unless a web replica of a scaled-out app has rooms or renders (scalerooms.go)
	sessions *session.Store
	files    *files.Cache
	closers  []io.Closer // of extensions
	ui       *ui         // nil in a nofrontend build
	style    *style      // theme, colour mode and custom components (style.go)
	server   *server.Server
	handler  http.Handler
	evicted  chan struct{}                 // closed when the eviction goroutine has stopped; nil without eviction
	startup  []func(context.Context) error // run once by Build, when the app is ready (examples)

	docsMu sync.Mutex
	docs   map[string][]byte // rendered documents by kind and root
}

// Build checks the app and returns it ready to serve. Every problem found (a handler
// whose signature does not fit its components, a component used but not placed, ...) is
// reported in the returned error, which names the components and types involved.
func (b *Blocks) Build(opts ...Option) (*App, error) {
	o := defaultOptions()
	for _, opt := range opts {
		opt(&o)
	}
	a := &App{opts: o, log: o.logger}
	if a.log == nil {
		a.log = slog.Default()
	}
	a.ctx, a.stop = context.WithCancel(context.Background())
	var idb [8]byte
	_, _ = rand.Read(idb[:])
	// Keep the id within JavaScript's exact integers.
	a.appID = binary.LittleEndian.Uint64(idb[:]) >> 11

	if err := a.assemble(b); err != nil {
		a.stop()
		return nil, err
	}

	dir := o.tempDir
	if dir == "" {
		dir = os.Getenv("GRADIO_TEMP_DIR")
	}
	if dir == "" {
		dir = filepath.Join(os.TempDir(), "gradio-go")
	}
	if o.evictEvery < 0 || o.evictAge < 0 || o.evictAge > 0 && o.evictEvery == 0 {
		a.stop()
		return nil, fmt.Errorf("gradio: WithCacheEviction(%v, %v): the interval must be positive and the age not negative", o.evictEvery, o.evictAge)
	}
	cache, err := files.New(files.Options{Dir: dir, MaxFileSize: o.maxFileSize, AllowedPaths: o.allowedPaths, BlockedPaths: o.blockedPaths,
		AllowPrivateURLs: o.privateURLs, FetchTimeout: o.fetchTimeout})
	if err != nil {
		a.stop()
		return nil, fmt.Errorf("gradio: file cache: %w", err)
	}
	a.files = cache
	if a.ui, err = newUI(); err != nil {
		a.stop()
		return nil, fmt.Errorf("gradio: web UI: %w", err)
	}
	a.sessions = session.New(o.sessionCapacity, o.sessionTTL)
	streams := queue.NewStreams(0)
	if o.resumeGrace != 0 {
		streams.SetResume(o.resumeGrace, 0)
	}
	a.queue = queue.New(streams, queue.Options{MaxSize: o.maxQueueSize, Logger: a.log})
	heartbeat := o.heartbeat
	if heartbeat == 0 {
		if s, err := strconv.ParseFloat(os.Getenv("GRADIO_HEARTBEAT_INTERVAL"), 64); err == nil && s > 0 {
			heartbeat = time.Duration(s * float64(time.Second))
		}
	}
	if a.jobs, err = a.startJobs(); err != nil {
		a.stop()
		return nil, err
	}
	var runner server.Runner
	sec := o.sec.serverSecurity()
	if a.jobs != nil {
		runner = a.jobs
		// Every replica answers with one app id, which also names the login cookie,
		// and finds the logins any of them made.
		a.appID = a.jobs.appID()
		if sec.Auth != nil {
			sec.Auth.Store = a.jobs.b
		}
	}
	rooms := a.roomHub()
	a.server = server.New(server.Options{
		Engine: engine{a}, Queue: a.queue, Runner: runner, Files: a.files, AppID: a.appID, RootPath: o.rootPath, Rooms: rooms,
		MaxBodyBytes: o.maxBodyBytes, Heartbeat: heartbeat, Logger: a.log, Security: sec,
	})
	a.handler = a.server
	if err := a.mountExtensions(append(o.extensions, envExtensions(a)...)); err != nil {
		if rooms != nil {
			rooms.Close()
		}
		if a.jobs != nil {
			_ = a.jobs.close(context.Background(), false)
		}
		a.stop()
		return nil, err
	}
	// Logins, origins and rate limits guard the extensions' routes too.
	a.handler = a.server.Protect(a.handler)
	if a.jobs != nil {
		if a.handler, err = a.shareReplicas(rooms, a.handler); err != nil {
			_ = a.Close()
			return nil, err
		}
		a.handler = a.jobs.handler(a.handler)
	}
	if err := a.runStartup(); err != nil {
		_ = a.Close()
		return nil, err
	}
	if o.evictEvery > 0 {
		a.evicted = make(chan struct{})
		go a.evictLoop(o.evictEvery, o.evictAge)
	}
	return a, nil
}

// evictLoop runs the cache eviction of WithCacheEviction until the app is closed.
func (a *App) evictLoop(every, olderThan time.Duration) {
	defer close(a.evicted)
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		select {
		case <-a.ctx.Done():
			return
		case <-t.C:
			if n, err := a.files.Evict(olderThan); err != nil {
				a.log.Warn("gradio: cache eviction failed", "error", err, "removed", n)
			} else if n > 0 {
				a.log.Debug("gradio: evicted cached files", "removed", n)
			}
		}
	}
}

// ServeHTTP implements http.Handler.
func (a *App) ServeHTTP(w http.ResponseWriter, r *http.Request) { a.handler.ServeHTTP(w, r) }

// Close stops the app's queue: waiting events fail, running handlers see their context
// cancelled, and Close waits (up to ten seconds) for them to return.
func (a *App) Close() error {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	return a.shutdown(ctx, false, a.queue.Close)
}

// Shutdown stops the app gracefully: new calls are refused (503), calls still waiting
// in the queue end with a message saying the server is shutting down, and running
// handlers may finish, their results reaching their clients, until ctx ends; then their
// contexts are cancelled. A worker of a scaled-out app takes no more jobs and finishes
// the ones it runs while ctx lasts; the rest are handed back to other workers. With
// WithCacheEviction it then deletes every file the app put in its cache.
func (a *App) Shutdown(ctx context.Context) error { return a.shutdown(ctx, true, a.queue.Shutdown) }

func (a *App) shutdown(ctx context.Context, graceful bool, stopQueue func(context.Context) error) error {
	// The queue first: handlers still running may use what the rest provides.
	var jerr error
	if a.jobs != nil {
		jerr = a.jobs.close(ctx, graceful)
	}
	qerr := errors.Join(jerr, stopQueue(ctx))
	a.stop()
	err := qerr
	for _, c := range a.closers {
		err = errors.Join(err, c.Close())
	}
	a.closers = nil
	// Heartbeat streams held by the server itself end here; those of handlers end with
	// their requests.
	err = errors.Join(err, a.server.Close(ctx))
	if a.evicted != nil {
		<-a.evicted
		if cerr := a.files.Clear(); cerr != nil {
			err = errors.Join(err, fmt.Errorf("gradio: clearing the file cache: %w", cerr))
		}
	}
	return err
}

// unload runs the app's Unload listeners for a session whose last page closed.
func (a *App) unload(session string) {
	for _, f := range a.fns {
		if f.bind == nil || !f.on(EventUnload) {
			continue
		}
		ev := &queue.Event{ID: queue.NewID(), Session: session, Fn: f.q,
			Payload: &call{args: []reflect.Value{}, req: &Request{SessionHash: session}}}
		_, done := queue.RunNow(a.ctx, ev)
		if done != nil && !done.Success {
			a.log.Warn("gradio: an unload listener failed", "fn", f.dep.APIName, "session_hash", session)
		}
	}
}

// engine adapts App to the server's view of it.
type engine struct{ a *App }

func (e engine) Config(root string) []byte         { return e.a.document("config", root) }
func (e engine) Info(root string, all bool) []byte { return e.a.document(infoKind(all), root) }
func (e engine) OpenAPI(root string) []byte        { return e.a.document("openapi", root) }
func (e engine) Hold(session string) func() {
	release := e.a.sessions.Hold(session)
	return func() {
		if release() {
			e.a.unload(session)
		}
	}
}
func (e engine) Page(w http.ResponseWriter, r *http.Request, root string) {
	if e.a.ui == nil {
		e.a.page(w, r, root)
		return
	}
	e.a.ui.servePage(w, r, e.a, root)
}

func (e engine) Asset(w http.ResponseWriter, r *http.Request, name string) {
	if e.a.ui == nil {
		http.NotFound(w, r)
		return
	}
	e.a.ui.serveAsset(w, r, name)
}

func (e engine) Fn(i int) *server.Fn {
	if i < 0 || i >= len(e.a.fns) {
		return nil
	}
	return e.a.fns[i].srv
}

func (e engine) FnByName(name string) *server.Fn {
	if f, ok := e.a.byName[name]; ok {
		return f.srv
	}
	return nil
}

func infoKind(all bool) string {
	if all {
		return "info-all"
	}
	return "info"
}

// document renders a JSON document for a root URL, caching the few roots an app is
// reached under.
func (a *App) document(kind, root string) []byte {
	key := kind + "\x00" + root
	a.docsMu.Lock()
	b, ok := a.docs[key]
	a.docsMu.Unlock()
	if ok {
		return b
	}
	// Rendered outside the lock: one document can include another (the page holds the
	// config), and two requests rendering the same one at once is harmless.
	b = a.render(kind, root)
	a.docsMu.Lock()
	if a.docs == nil || len(a.docs) > 64 {
		a.docs = make(map[string][]byte)
	}
	a.docs[key] = b
	a.docsMu.Unlock()
	return b
}
