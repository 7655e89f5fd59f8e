package files

import (
	"context"
	"encoding/json"
	"io"
	"strings"
	"sync"
	"time"
)

// Upload progress: POST /gradio_api/upload?upload_id=<id> counts the bytes of every file part
// as they arrive, and GET /gradio_api/upload_progress?upload_id=<id> reports them (Gradio's
// FileUploadProgress). State is bounded: at most maxTrackedUploads ids, at most
// maxPendingChunks unreported (file, bytes) pairs per id, and a finished upload is forgotten
// as soon as a watcher has reported it done, or doneGrace after it finished if nobody asks.
const (
	// ProgressInterval is the shortest time between two "update" events of one watcher;
	// bytes that arrive meanwhile are added up.
	ProgressInterval = 50 * time.Millisecond
	// ProgressWait is how long Watch waits for an upload id that is not known yet, since
	// the browser may open the progress stream before its POST arrives.
	ProgressWait = 3 * time.Second

	maxUploadIDBytes  = 128
	maxTrackedUploads = 1024
	maxPendingChunks  = 64
	doneGrace         = 30 * time.Second
)

// Progress events, as Gradio sends them on /upload_progress.
const (
	ProgressUpdate    = "update"
	ProgressHeartbeat = "heartbeat"
	ProgressDone      = "done"
)

// ProgressEvent is one frame of the upload_progress stream. Its JSON form is Gradio's:
// {"msg": "update", "orig_name": "cat.png", "chunk_size": 65536}, {"msg": "heartbeat"},
// {"msg": "done"} (encode it with wire.PyJSON for Python's spacing).
type ProgressEvent struct {
	Msg       string
	OrigName  string // update only
	ChunkSize int64  // update only
}

// MarshalJSON writes the fields Gradio sends for the event's kind, in its order.
func (e ProgressEvent) MarshalJSON() ([]byte, error) {
	if e.Msg != ProgressUpdate {
		return json.Marshal(struct {
			Msg string `json:"msg"`
		}{e.Msg})
	}
	return json.Marshal(struct {
		Msg       string `json:"msg"`
		OrigName  string `json:"orig_name"`
		ChunkSize int64  `json:"chunk_size"`
	}{e.Msg, e.OrigName, e.ChunkSize})
}

// ParseUploadID validates the upload_id query parameter: 1 to 128 characters from the URL's
// unreserved set (letters, digits, "-", ".", "_", "~"), which covers the ids the Gradio
// frontend and clients generate. Anything else is not tracked.
func ParseUploadID(s string) (string, bool) {
	if s == "" || len(s) > maxUploadIDBytes {
		return "", false
	}
	for i := 0; i < len(s); i++ {
		if !unreserved(s[i]) {
			return "", false
		}
	}
	return s, true
}

// Progress tracks uploads by id. Get it from [Cache.Progress]; it is safe for concurrent use.
type Progress struct {
	mu      sync.Mutex
	uploads map[string]*tracked
	done    []doneMark    // finished uploads, oldest first, for expiry
	begun   chan struct{} // closed (and replaced) when an id starts being tracked
	now     func() time.Time
}

// tracked is one upload id: possibly several requests in turn (the JS client sends 1,000
// files per request, all with the same id).
type tracked struct {
	id      string
	mu      sync.Mutex
	active  int       // requests with this id in flight
	doneAt  time.Time // when the last request ended; zero while one is active
	pending []chunk   // bytes received since the last update, per file, oldest first
	changed chan struct{}
}

type chunk struct {
	name string
	n    int64
}

type doneMark struct {
	t  *tracked
	at time.Time
}

func newProgress() *Progress {
	return &Progress{uploads: make(map[string]*tracked), begun: make(chan struct{}), now: time.Now}
}

// Progress returns the cache's upload progress tracker, fed by SaveUpload.
func (c *Cache) Progress() *Progress { return c.progress }

// Len returns how many upload ids are tracked (running, or finished and not yet reported).
func (p *Progress) Len() int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return len(p.uploads)
}

// begin starts tracking one request of upload id; it returns nil (untracked) when the table
// is full of running uploads.
func (p *Progress) begin(id string) *tracked {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.expireLocked(p.now())
	t := p.uploads[id]
	if t == nil {
		if len(p.uploads) >= maxTrackedUploads {
			p.dropOldestDoneLocked()
		}
		if len(p.uploads) >= maxTrackedUploads {
			return nil
		}
		t = &tracked{id: id}
		p.uploads[id] = t
		close(p.begun)
		p.begun = make(chan struct{})
	}
	t.mu.Lock()
	t.active++
	t.doneAt = time.Time{}
	t.mu.Unlock()
	return t
}

// end finishes one request of t; the last one marks the upload done.
func (p *Progress) end(t *tracked) {
	if t == nil {
		return
	}
	now := p.now()
	t.mu.Lock()
	t.active--
	finished := t.active == 0
	if finished {
		t.doneAt = now
		t.signalLocked()
	}
	t.mu.Unlock()
	if finished {
		p.mu.Lock()
		p.done = append(p.done, doneMark{t: t, at: now})
		p.mu.Unlock()
	}
}

// add records n more bytes of the file called name.
func (t *tracked) add(name string, n int) {
	if n <= 0 {
		return
	}
	t.mu.Lock()
	if k := len(t.pending); k > 0 && t.pending[k-1].name == name {
		t.pending[k-1].n += int64(n)
	} else {
		if k >= maxPendingChunks {
			// Nobody is reading: the oldest counts are the least useful.
			t.pending = append(t.pending[:0], t.pending[1:]...)
		}
		t.pending = append(t.pending, chunk{name: name, n: int64(n)})
		t.signalLocked()
	}
	t.mu.Unlock()
}

// signalLocked wakes the watchers waiting on t.
func (t *tracked) signalLocked() {
	if t.changed != nil {
		close(t.changed)
		t.changed = nil
	}
}

// expireLocked forgets uploads that finished more than doneGrace ago.
func (p *Progress) expireLocked(now time.Time) {
	for len(p.done) > 0 && now.Sub(p.done[0].at) >= doneGrace {
		p.forgetLocked(p.done[0])
		p.done = p.done[1:]
	}
	if len(p.done) == 0 {
		p.done = nil // let the backing array go
	}
}

// dropOldestDoneLocked forgets the oldest finished upload to make room.
func (p *Progress) dropOldestDoneLocked() {
	for len(p.done) > 0 {
		m := p.done[0]
		p.done = p.done[1:]
		if p.forgetLocked(m) {
			return
		}
	}
}

// forgetLocked removes m's upload if it is still the one that finished at m.at.
func (p *Progress) forgetLocked(m doneMark) bool {
	m.t.mu.Lock()
	stale := m.t.active == 0 && m.t.doneAt.Equal(m.at)
	m.t.mu.Unlock()
	if stale && p.uploads[m.t.id] == m.t {
		delete(p.uploads, m.t.id)
		return true
	}
	return false
}

// Watcher reads the progress of one upload id.
type Watcher struct {
	p          *Progress
	t          *tracked
	lastUpdate time.Time
}

// Watch returns a watcher for upload id, waiting up to wait for the id to appear (the browser
// may ask before its upload arrives). It returns nil if the id is not tracked by then or ctx
// ends first; Gradio then answers 404 "Upload not found".
func (p *Progress) Watch(ctx context.Context, id string, wait time.Duration) *Watcher {
	timer := time.NewTimer(wait)
	defer timer.Stop()
	for {
		p.mu.Lock()
		p.expireLocked(p.now())
		t := p.uploads[id]
		begun := p.begun
		p.mu.Unlock()
		if t != nil {
			return &Watcher{p: p, t: t}
		}
		select {
		case <-begun:
		case <-timer.C:
			return nil
		case <-ctx.Done():
			return nil
		}
	}
}

// Next waits for the next event: an update with the bytes of one file received since the
// previous update (at most one every ProgressInterval), a heartbeat after heartbeat without
// progress, or done once the upload has finished, after which the id is forgotten and Next
// must not be called again. Like Gradio, done wins over updates not reported yet. Next
// returns ctx's error when ctx ends first.
func (w *Watcher) Next(ctx context.Context, heartbeat time.Duration) (ProgressEvent, error) {
	if d := ProgressInterval - time.Since(w.lastUpdate); d > 0 {
		t := time.NewTimer(d)
		select {
		case <-t.C:
		case <-ctx.Done():
			t.Stop()
			return ProgressEvent{}, ctx.Err()
		}
	}
	var idle <-chan time.Time
	if heartbeat > 0 {
		t := time.NewTimer(heartbeat)
		defer t.Stop()
		idle = t.C
	}
	for {
		t := w.t
		t.mu.Lock()
		if t.active == 0 && !t.doneAt.IsZero() {
			t.pending = nil
			t.mu.Unlock()
			w.p.mu.Lock()
			w.p.forgetLocked(doneMark{t: t, at: t.doneAt})
			w.p.mu.Unlock()
			return ProgressEvent{Msg: ProgressDone}, nil
		}
		if len(t.pending) > 0 {
			c := t.pending[0]
			t.pending = t.pending[1:]
			if len(t.pending) == 0 {
				t.pending = nil
			}
			t.mu.Unlock()
			w.lastUpdate = time.Now()
			return ProgressEvent{Msg: ProgressUpdate, OrigName: c.name, ChunkSize: c.n}, nil
		}
		if t.changed == nil {
			t.changed = make(chan struct{})
		}
		changed := t.changed
		t.mu.Unlock()
		select {
		case <-changed:
		case <-idle:
			return ProgressEvent{Msg: ProgressHeartbeat}, nil
		case <-ctx.Done():
			return ProgressEvent{}, ctx.Err()
		}
	}
}

// progressReader counts the bytes of one file part for its upload.
type progressReader struct {
	r    io.Reader
	t    *tracked
	name string
}

func (pr *progressReader) Read(b []byte) (int, error) {
	n, err := pr.r.Read(b)
	pr.t.add(pr.name, n)
	return n, err
}

// progressName is the orig_name reported for a part: the client's file name as sent (valid
// UTF-8, at most 200 bytes), so the browser can match it to its file.
func progressName(raw string) string {
	return truncateName(strings.ToValidUTF8(raw, ""), maxNameBytes)
}
