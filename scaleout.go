package gradio

import (
	"context"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"strconv"
	"sync"
	"time"

	"github.com/nats-io/nats.go"

	"github.com/gradio-go/gradio/internal/jobs"
	"github.com/gradio-go/gradio/internal/queue"
	"github.com/gradio-go/gradio/internal/server"
	"github.com/gradio-go/gradio/internal/wire"
)

// The scaled-out backend (docs/adr/0011-scale-out.md): with WithNATS, queued events
// go through NATS JetStream as jobs (internal/jobs) instead of the in-memory queue.
// A web replica publishes the job; whichever replica a client asks for the session's
// stream (scalesession.go) or a curl API call's (FollowEvent) copies its messages from
// the results stream into a local mailbox, so /queue/data and /call/... read them as
// before; a worker consumes jobs and runs the handler by fn index. State, files and
// logins are shared through NATS too (scalestate.go, scalefiles.go).

// Roles of a process of a scaled-out app; see WithRole.
const (
	RoleAll    = "all"
	RoleWeb    = "web"
	RoleWorker = "worker"
)

// WithNATS makes the app's queued events go through the NATS server at url (JetStream
// must be enabled), so that several processes built from the same app share them: web
// replicas take the calls, workers run them (see WithRole). The default is
// $GRADIO_NATS_URL; unset, the queue is in memory, as without this option.
func WithNATS(url string) Option { return func(o *options) { o.natsURL = url } }

// WithRole sets what a process of an app built WithNATS does: RoleWeb serves HTTP and
// publishes the queued calls, RoleWorker runs them and serves only GET /healthz,
// RoleAll (the default) does both. The default is $GRADIO_ROLE, else RoleAll. Without
// NATS the role must be RoleAll.
func WithRole(role string) Option { return func(o *options) { o.role = role } }

// jobsBackend is the server.Runner of a scaled-out app.
type jobsBackend struct {
	a           *App
	nc          *nats.Conn
	b           *jobs.Broker
	web, worker bool

	ctx      context.Context // ends with close: stops consuming and following
	stop     context.CancelFunc
	mu       sync.Mutex // orders followers' starts before close's wait
	closed   bool
	remote   map[string]bool           // curl calls other replicas queued that this one follows
	sessions map[string]*sessionFollow // sessions this replica streams
	outbox   chan outMsg               // messages of events run here, for the results stream
	drain    chan struct{}             // closed by a graceful close: stop taking jobs
	consumed chan struct{}             // closed when the worker has stopped
	wg       sync.WaitGroup
}

// jobPayload is what a web replica sends a worker: the call's inputs as the client sent
// them (the worker decodes them again, with its own files and sessions) and what the
// handler may read of the HTTP request.
type jobPayload struct {
	Data       []json.RawMessage `json:"data"`
	EventData  json.RawMessage   `json:"event_data,omitempty"`
	Simple     bool              `json:"simple,omitempty"`
	Root       string            `json:"root,omitempty"`
	Header     http.Header       `json:"header,omitempty"`
	RemoteAddr string            `json:"remote_addr,omitempty"`
	Username   string            `json:"username,omitempty"`
	Query      url.Values        `json:"query,omitempty"`
}

// startJobs connects to NATS when the app is configured for it and starts its role;
// it returns nil (and nothing changes) otherwise.
func (a *App) startJobs() (*jobsBackend, error) {
	addr, role := a.opts.natsURL, a.opts.role
	if addr == "" {
		addr = os.Getenv("GRADIO_NATS_URL")
	}
	if role == "" {
		role = os.Getenv("GRADIO_ROLE")
	}
	switch role {
	case "", RoleAll, RoleWeb, RoleWorker:
	default:
		return nil, fmt.Errorf("gradio: role %q: want %q, %q or %q", role, RoleAll, RoleWeb, RoleWorker)
	}
	if addr == "" {
		if role != "" && role != RoleAll {
			return nil, fmt.Errorf("gradio: role %q needs NATS (WithNATS or GRADIO_NATS_URL)", role)
		}
		return nil, nil
	}
	if err := a.checkStates(); err != nil {
		return nil, err
	}
	slots := 0
	if v := os.Getenv("GRADIO_WORKER_SLOTS"); v != "" {
		// How many jobs of each group this worker runs at once: 1 for a worker that
		// owns one GPU, say. The groups' limits still hold across workers.
		var err error
		if slots, err = strconv.Atoi(v); err != nil || slots < 1 {
			return nil, fmt.Errorf("gradio: GRADIO_WORKER_SLOTS=%q: want a positive number", v)
		}
	}
	nc, err := nats.Connect(addr, nats.Name("gradio-go"), nats.MaxReconnects(-1))
	if err != nil {
		return nil, fmt.Errorf("gradio: NATS at %s: %w", addr, err)
	}
	ctx, cancel := context.WithTimeout(a.ctx, 30*time.Second)
	defer cancel()
	cfg := jobs.Config{App: a.jobsName(), Logger: a.log, SessionTTL: a.opts.sessionTTL}
	if au := a.opts.sec.auth; au != nil {
		cfg.LoginTTL = au.TTL
	}
	if v := os.Getenv("GRADIO_NATS_REPLICAS"); v != "" {
		// Copies of each stream in a JetStream cluster; every process must agree, as
		// each one applies the setting when it starts.
		if cfg.Replicas, err = strconv.Atoi(v); err != nil || cfg.Replicas < 1 || cfg.Replicas > 5 {
			nc.Close()
			return nil, fmt.Errorf("gradio: GRADIO_NATS_REPLICAS=%q: want 1 to 5", v)
		}
	}
	if v := os.Getenv("GRADIO_NATS_ACK_WAIT"); v != "" {
		// How long a silent worker keeps a job before another gets it: the time a
		// killed worker's job waits for redelivery.
		if cfg.AckWait, err = time.ParseDuration(v); err != nil || cfg.AckWait <= 0 {
			nc.Close()
			return nil, fmt.Errorf("gradio: GRADIO_NATS_ACK_WAIT=%q: want a positive duration such as 30s", v)
		}
	}
	b, err := jobs.New(ctx, nc, cfg)
	if err != nil {
		nc.Close()
		return nil, fmt.Errorf("gradio: %w", err)
	}
	// Before any worker runs a job that may read an upload from another replica.
	a.files.SetRemote(sharedFiles{b})
	j := &jobsBackend{a: a, nc: nc, b: b, web: role != RoleWorker, worker: role != RoleWeb, remote: make(map[string]bool),
		sessions: make(map[string]*sessionFollow)}
	j.ctx, j.stop = context.WithCancel(context.Background())
	if j.web {
		j.outbox = make(chan outMsg, outboxSize)
		j.wg.Go(j.sendOut)
	}
	if j.worker {
		groups := a.jobGroups()
		for i := range groups {
			if slots > 0 && (groups[i].Limit <= 0 || slots < groups[i].Limit) {
				groups[i].Slots = slots
			}
		}
		j.drain, j.consumed = make(chan struct{}), make(chan struct{})
		j.wg.Go(func() {
			defer close(j.consumed)
			if err := b.ConsumeUntil(j.ctx, j.drain, groups, j.handle); err != nil {
				a.log.Error("gradio: consuming jobs failed", "error", err)
			}
		})
	}
	return j, nil
}

// jobsName names the app in NATS: every process built from the same app tree gets the
// same name, so that they share jobs, and fn indices agree between them; a release
// whose listeners changed gets another, so old workers never run its jobs.
// $GRADIO_NATS_APP goes in front, so that two apps whose listeners happen to hash
// alike can share a NATS account.
func (a *App) jobsName() string {
	h := sha256.New()
	for _, f := range a.fns {
		fmt.Fprintf(h, "%d\x00%s\x00%s\x00", f.index, f.dep.APIName, f.ev.opts.ConcurrencyID)
	}
	name := "g" + hex.EncodeToString(h.Sum(nil)[:8])
	if p := os.Getenv("GRADIO_NATS_APP"); p != "" {
		name = p + "-" + name
	}
	return name
}

// appID is the app id of a scaled-out app: the same in every process built from the
// same app tree, within JavaScript's exact integers as the random one.
func (j *jobsBackend) appID() uint64 {
	h := sha256.Sum256([]byte(j.b.App()))
	return binary.LittleEndian.Uint64(h[:8]) >> 11
}

// queued counts the app's jobs waiting or running on all workers.
func (j *jobsBackend) queued() (uint64, bool) {
	ctx, cancel := context.WithTimeout(j.ctx, 5*time.Second)
	defer cancel()
	_, n, err := j.b.Queued(ctx, "")
	return n, err == nil
}

// jobGroup is the concurrency group of f's jobs: its ConcurrencyID, else its own.
func jobGroup(f *fnRT) string {
	if id := f.ev.opts.ConcurrencyID; id != "" {
		return "id." + id
	}
	return "fn" + strconv.Itoa(f.index)
}

// jobGroups lists the groups a worker serves, each with its limit.
func (a *App) jobGroups() []jobs.Group {
	var out []jobs.Group
	seen := map[string]bool{}
	for _, f := range a.fns {
		if f.bind == nil || !f.dep.Queue || seen[jobGroup(f)] {
			continue
		}
		seen[jobGroup(f)] = true
		out = append(out, jobs.Group{Name: jobGroup(f), Limit: f.q.Group.Limit()})
	}
	return out
}

// Push publishes ev as a job. A curl API call's messages are followed into its local
// mailbox here; a session's go to whichever replica streams the session
// (FollowSession), and are followed here only for a tap (a collaborative room).
// Renders run in the local queue, as without NATS: what a render builds is kept per
// session in the process that ran it, and the listeners it creates have fn indices no
// other process knows; their messages still go to the results stream.
func (j *jobsBackend) Push(ev *queue.Event) error {
	c, _ := ev.Payload.(*call)
	if i := ev.Fn.Index; i < 0 || i >= len(j.a.fns) || j.a.fns[i].q != ev.Fn || j.a.fns[i].render != nil || c == nil || c.job == nil {
		if ev.Mailbox != "" || !j.web {
			return j.a.queue.Push(ev)
		}
		if i := ev.Fn.Index; i >= 0 && i < len(j.a.fns) && j.a.fns[i].render != nil {
			j.a.recordRender(ev.Session) // its listeners will be here
		}
		var first <-chan struct{}
		ev.Out, first = j.out(ev)
		if err := j.a.queue.Push(ev); err != nil {
			return err
		}
		select {
		case <-first:
		case <-j.ctx.Done():
		case <-time.After(10 * time.Second):
		}
		return nil
	}
	if !j.web || j.ctx.Err() != nil {
		return queue.ErrClosed
	}
	if !j.nc.IsConnected() {
		return queue.ErrUnavailable // at once, rather than when the publish times out
	}
	c.job.Simple = ev.Simple
	payload, err := json.Marshal(c.job)
	if err != nil {
		return fmt.Errorf("%w: %v", queue.ErrClosed, err)
	}
	f := j.a.fns[ev.Fn.Index]
	job := jobs.Job{ID: ev.ID, Fn: f.index, Group: jobGroup(f), Session: ev.Session, Mailbox: ev.Mailbox, Payload: payload}
	// A follower starts first, so that its consumer is set up while the job is
	// published; it holds the job's messages back until the job is published.
	var ready chan bool
	if ev.Mailbox != "" || ev.Tap != nil {
		j.mu.Lock()
		if j.closed {
			j.mu.Unlock()
			return queue.ErrClosed
		}
		fctx, fcancel := context.WithCancel(j.ctx)
		ready = make(chan bool, 1)
		j.wg.Go(func() { j.follow(fctx, fcancel, ev, job.ResultsMailbox(), ready, 0) })
		j.mu.Unlock()
	}
	ctx, cancel := context.WithTimeout(j.ctx, 10*time.Second)
	defer cancel()
	// The estimation goes to the results stream before the job, so that it comes
	// first there (the worker's process_starts cannot overtake it) and any replica
	// finds the event there at once (FollowEvent, FollowSession).
	rank, all := 0, 0
	if n, a, err := j.b.Queued(ctx, job.Group); err == nil {
		rank, all = int(n), int(a)
	}
	if max := j.a.opts.maxQueueSize; max > 0 && all >= max {
		// WithMaxQueueSize bounds the jobs of the app waiting or running on all workers.
		if ready != nil {
			ready <- false
		}
		return fmt.Errorf("%w: max size is %d and size is %d", queue.ErrFull, max, all)
	}
	est := encodeWire(&wire.Estimation{Msg: wire.MsgEstimation, EventID: ev.ID, Rank: &rank, QueueSize: rank + 1})
	_, err = j.b.Emit(ctx, job, jobs.Message{Kind: wire.MsgEstimation, Body: est, Linger: ev.Linger})
	if err == nil {
		err = j.b.Publish(ctx, job)
		if err != nil {
			// Streams of the session saw the estimation: end the event for them.
			_, _ = j.b.Cancel(ctx, job, failedJob(ev.ID, "The call could not be queued."))
		}
	}
	if err != nil {
		if ready != nil {
			ready <- false
		}
		j.a.log.Error("gradio: publishing a job failed", "event_id", ev.ID, "error", err)
		return fmt.Errorf("%w: %v", queue.ErrUnavailable, err)
	}
	if ready != nil {
		ready <- true
	}
	return nil
}

// deliver hands m to what follows ev here: the local mailbox of a curl API call,
// numbered by its results stream sequence so that a client can resume on any
// replica, and ev's tap.
func (j *jobsBackend) deliver(ev *queue.Event, m queue.Message, final bool) {
	if ev.Mailbox != "" {
		j.a.queue.Streams().PublishAt(ev.Mailbox, m, final)
	}
	if ev.Tap != nil {
		ev.Tap(m)
	}
}

// FollowEvent follows a curl API call another replica queued (or this one, whose
// mailbox is gone): the messages after the sequence `after` go into a local mailbox
// named by the event id, until its final message. It is server.EventSource's.
func (j *jobsBackend) FollowEvent(ctx context.Context, id string, after uint64) (found, ended bool) {
	if !j.web {
		return false, false
	}
	lctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	last, ok, err := j.b.Last(lctx, id, id)
	if err != nil {
		j.a.log.Error("gradio: looking up an event failed", "event_id", id, "error", err)
		return false, false
	}
	if !ok {
		return false, false
	}
	if last.Final && last.Seq <= after {
		return true, true
	}
	j.mu.Lock()
	defer j.mu.Unlock()
	if j.closed {
		return false, false
	}
	if j.remote[id] {
		return true, false // followed already: its mailbox is there
	}
	j.remote[id] = true
	j.a.queue.Streams().Expect(id, id, false)
	ev := &queue.Event{ID: id, Session: id, Mailbox: id}
	fctx, fcancel := context.WithCancel(j.ctx)
	ready := make(chan bool, 1)
	ready <- true
	j.wg.Go(func() {
		defer func() {
			j.mu.Lock()
			delete(j.remote, id)
			j.mu.Unlock()
		}()
		j.follow(fctx, fcancel, ev, id, ready, after)
	})
	return true, false
}

// follow copies the messages of ev (in the results mailbox box) numbered after
// `after` to what follows it here (deliver) until its final message, once ready says
// the job was published (true), or ends with false. It ends when ctx does (stop ends
// it).
func (j *jobsBackend) follow(ctx context.Context, stop context.CancelFunc, ev *queue.Event, box string, ready <-chan bool, after uint64) {
	defer stop()
	published := false
	seen := after
	for m, err := range j.b.Replay(ctx, box, ev.ID, after) {
		if !published {
			if published = <-ready; !published {
				return
			}
		}
		if err != nil {
			j.a.log.Error("gradio: following a job failed", "event_id", ev.ID, "error", err)
			break
		}
		qm, err := decodeJobMessage(m)
		if err != nil {
			j.a.log.Error("gradio: a job message could not be decoded", "event_id", ev.ID, "msg", m.Kind, "error", err)
			continue
		}
		qm.Seq, seen = m.Seq, m.Seq
		j.deliver(ev, qm, m.Final)
		if m.Final {
			return
		}
	}
	if !published && !<-ready {
		return
	}
	// Numbered as the last message read: a client that resumes after it elsewhere
	// gets what this replica did not. The call itself goes on on its worker.
	msg := queue.StoppedMessage
	if ctx.Err() == nil {
		msg = interruptedMessage
	}
	j.deliver(ev, queue.Message{Kind: wire.MsgProcessCompleted, EventID: ev.ID, Seq: seen,
		Body: failedCompletion(ev.ID, msg)}, true)
}

// interruptedMessage ends a call's stream that this replica could no longer read
// from NATS; the call goes on, and a resume (Last-Event-ID) on any replica gets the rest.
const interruptedMessage = "The stream of this call was interrupted: its results could not be read. Reconnect to get the rest."

// Cancel cancels a session's event, wherever it runs or waits and whichever replica
// queued it: the job ends with an empty output (as a cancel in memory does) unless it
// has already finished. The event is looked up in the session's results, so a client
// cancels only events of its own session. Gradio's "and the session's other running
// calls of the function" is not carried across processes yet.
func (j *jobsBackend) Cancel(session string, fnIndex int, id string) bool {
	if j.a.queue.Cancel(session, fnIndex, id) {
		return true // run here, in memory (renders)
	}
	if !j.web {
		return false
	}
	ctx, cancel := context.WithTimeout(j.ctx, 10*time.Second)
	defer cancel()
	last, ok, err := j.b.Last(ctx, session, id)
	if err != nil {
		j.a.log.Error("gradio: looking up an event to cancel failed", "event_id", id, "error", err)
	}
	if !ok || last.Final {
		return false
	}
	body := encodeWire(&wire.ProcessCompleted{Msg: wire.MsgProcessCompleted, EventID: id, Output: struct{}{}, Success: true})
	done, err := j.b.Cancel(ctx, jobs.Job{ID: id, Session: session}, jobs.Message{Kind: wire.MsgProcessCompleted, Body: body})
	if err != nil {
		j.a.log.Error("gradio: cancelling a job failed", "event_id", id, "error", err)
	}
	return done
}

// handle runs one job on a worker, as the in-memory queue runs an event.
func (j *jobsBackend) handle(ctx context.Context, job jobs.Job, emit func(jobs.Message)) (jobs.Message, error) {
	var p jobPayload
	if err := json.Unmarshal(job.Payload, &p); err != nil {
		return failedJob(job.ID, "The call could not be decoded by the worker."), nil
	}
	if job.Fn < 0 || job.Fn >= len(j.a.fns) || j.a.fns[job.Fn].bind == nil {
		return failedJob(job.ID, fmt.Sprintf("This worker has no function %d.", job.Fn)), nil
	}
	f := j.a.fns[job.Fn]
	pl, err := f.prepare(ctx, &server.Call{Data: p.Data, EventData: p.EventData, Session: job.Session, EventID: job.ID, Root: p.Root})
	if err != nil {
		return failedJob(job.ID, err.Error()), nil
	}
	c := pl.(*call)
	c.req.Header, c.req.RemoteAddr, c.req.Username, c.req.Query = p.Header, p.RemoteAddr, p.Username, p.Query
	emit(jobs.Message{Kind: wire.MsgProcessStarts, Body: encodeWire(&wire.ProcessStarts{Msg: wire.MsgProcessStarts, EventID: job.ID})})
	ev := &queue.Event{ID: job.ID, Session: job.Session, Fn: f.q, Payload: c, Simple: p.Simple, Mailbox: job.Mailbox}
	var final jobs.Message
	queue.Run(ctx, ev, func(m queue.Message, last bool) {
		b, err := json.Marshal(m.Body)
		if err != nil {
			j.a.log.Error("gradio: encoding a job message", "event_id", job.ID, "msg", m.Kind, "error", err)
			return
		}
		jm := jobs.Message{Kind: m.Kind, EventID: job.ID, Body: b}
		if last {
			final = jm
			return
		}
		emit(jm)
	})
	if ctx.Err() != nil {
		return final, ctx.Err() // stopped or cancelled: the jobs layer hands it back or drops it
	}
	if final.Body == nil {
		return final, errors.New("gradio: the event finished without a completion")
	}
	return final, nil
}

// close stops consuming (running handlers are cancelled and their jobs handed back to
// other workers) and following, waits for both until ctx ends, and disconnects.
func (j *jobsBackend) close(ctx context.Context, graceful bool) error {
	j.mu.Lock()
	j.closed = true
	j.mu.Unlock()
	if graceful && j.drain != nil {
		// Take no more jobs, and let the running ones finish while ctx lasts.
		close(j.drain)
		select {
		case <-j.consumed:
		case <-ctx.Done():
		}
	}
	j.stop()
	done := make(chan struct{})
	go func() { j.wg.Wait(); close(done) }()
	var err error
	select {
	case <-done:
	case <-ctx.Done():
		err = fmt.Errorf("gradio: stopping the NATS backend: %w", ctx.Err())
	}
	j.nc.Close()
	return err
}

// handler adds GET /healthz to a scaled-out app's handler: 200 while the process is
// connected to NATS, 503 while not, for load balancers and orchestrators. A worker
// serves nothing else but /metrics (WithMetrics: its own calls).
func (j *jobsBackend) handler(app http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/healthz" {
			if !j.web && r.URL.Path != "/metrics" {
				http.NotFound(w, r)
				return
			}
			app.ServeHTTP(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.Header().Set("Cache-Control", "no-store")
		if !j.nc.IsConnected() {
			w.WriteHeader(http.StatusServiceUnavailable)
			_, _ = w.Write([]byte("NATS is not connected\n"))
			return
		}
		_, _ = w.Write([]byte("ok\n"))
	})
}
