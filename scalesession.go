package gradio

import (
	"context"
	"encoding/json"
	"sync"
	"time"

	"github.com/gradio-go/gradio/internal/jobs"
	"github.com/gradio-go/gradio/internal/queue"
	"github.com/gradio-go/gradio/internal/server"
)

// Session streams of a scaled-out app (docs/adr/0011-scale-out.md): every message of
// a session's events is on the results stream under the session's mailbox, numbered
// by its stream sequence. A replica asked for the session's /queue/data rebuilds its
// local mailbox from there — from the session's cursor (how far its last stream read,
// and which events were still running), or from the client's Last-Event-ID — and keeps
// it fed while its streams last; the local mailbox then decides close_stream as
// without NATS. So any replica serves any session's stream, and its resume.

// sessionFollow feeds one session's local mailbox while this replica streams it.
type sessionFollow struct {
	refs     int         // streams reading it; guarded by jobsBackend.mu
	stopping bool        // its last stream ended; guarded by jobsBackend.mu
	floor    uint64      // what the client has for sure: the cursor, or its Last-Event-ID
	cursor   jobs.Cursor // as loaded, for the save's first try
	stop     context.CancelFunc
	primed   chan struct{} // closed once what the stream had when it began is in the mailbox
	done     chan struct{} // closed when the feeding goroutine has ended
	gone     chan struct{} // closed once the mailbox is dropped and a new follow may start
}

// followedStream is one /queue/data stream's handle (server.FollowedSession).
type followedStream struct {
	j        *jobsBackend
	session  string
	f        *sessionFollow
	recorded bool
}

// primeWait bounds how long a stream waits for the session's backlog.
const primeWait = 10 * time.Second

// FollowSession is server.SessionSource's: it makes the session's local mailbox hold
// what the client has not read, and keeps it fed until the stream is released.
func (j *jobsBackend) FollowSession(ctx context.Context, session string, last uint64, resume bool) (server.FollowedSession, bool) {
	if !j.web {
		return nil, false
	}
	ctx, cancel := context.WithTimeout(ctx, primeWait)
	defer cancel()
	for {
		j.mu.Lock()
		if j.closed {
			j.mu.Unlock()
			return nil, false
		}
		f := j.sessions[session]
		switch {
		case f != nil && f.stopping:
			j.mu.Unlock()
			select {
			case <-f.gone:
				continue
			case <-ctx.Done():
				return nil, false
			}
		case f != nil:
			f.refs++
			j.mu.Unlock()
			return awaitPrimed(ctx, &followedStream{j: j, session: session, f: f})
		}
		f = &sessionFollow{refs: 1, primed: make(chan struct{}), done: make(chan struct{}), gone: make(chan struct{})}
		j.sessions[session] = f
		j.mu.Unlock()
		st := &followedStream{j: j, session: session, f: f}
		if !j.startFollow(ctx, session, f, last, resume) {
			close(f.done)
			st.recorded = true // nothing was read
			st.Release(nil)
			return nil, false
		}
		return awaitPrimed(ctx, st)
	}
}

// awaitPrimed returns st once its session's mailbox holds what the session had when
// the stream began, or releases it if ctx ends first.
func awaitPrimed(ctx context.Context, st *followedStream) (server.FollowedSession, bool) {
	select {
	case <-st.f.primed:
		return st, true
	case <-ctx.Done():
		st.Release(nil)
		return nil, false
	}
}

// startFollow reads the session's cursor and where its messages end, rebuilds the
// local mailbox, and starts feeding it.
func (j *jobsBackend) startFollow(ctx context.Context, session string, f *sessionFollow, last uint64, resume bool) bool {
	// Two lookups, at once: a stream's start waits for both.
	var (
		cur    jobs.Cursor
		curErr error
		wg     sync.WaitGroup
	)
	wg.Go(func() { cur, _, curErr = j.b.LoadCursor(ctx, session) })
	end, _, err := j.b.Last(ctx, session, "")
	wg.Wait()
	if err == nil {
		err = curErr
	}
	if err != nil {
		j.a.log.Error("gradio: looking up a session's stream failed", "error", err)
		return false
	}
	f.cursor = cur
	// A client resuming after the cursor has what lies between: the events in it
	// are tracked, not sent again. One resuming before it gets them again.
	from, skip := cur.Seq, uint64(0)
	if resume {
		if last < from {
			from = last
		} else {
			skip = last
		}
	}
	f.floor = max(cur.Seq, skip)
	streams := j.a.queue.Streams()
	streams.Drop(session)
	seen := make(map[string]bool, len(cur.Pending))
	for _, id := range cur.Pending {
		seen[id] = true
		streams.Expect(session, id, false)
	}
	fctx, stop := context.WithCancel(j.ctx)
	f.stop = stop
	if end.Seq <= from {
		close(f.primed)
	}
	j.wg.Go(func() {
		defer close(f.done)
		j.feed(fctx, session, f, from, skip, end.Seq, seen)
	})
	return true
}

// feed copies the session's messages after `from` into its local mailbox until ctx
// ends. Messages up to skip are the client's already: they only say which events
// are still running. An event's first message makes the mailbox expect it, so the
// stream stays open until its completion is read, and, for an official client's
// event, lingers a moment once idle (Reader.Linger).
func (j *jobsBackend) feed(ctx context.Context, session string, f *sessionFollow, from, skip, upTo uint64, seen map[string]bool) {
	streams := j.a.queue.Streams()
	primed := upTo <= from
	defer func() {
		if !primed {
			close(f.primed)
		}
	}()
	for m, err := range j.b.Replay(ctx, session, "", from) {
		if err != nil {
			if ctx.Err() == nil {
				// The session's streams here end, rather than wait for messages that
				// will not come; a client's reconnection starts a new feed.
				j.a.log.Error("gradio: following a session failed", "error", err)
				streams.Drop(session)
			}
			return
		}
		if !seen[m.EventID] && !(m.Final && m.Seq <= skip) {
			seen[m.EventID] = true
			streams.Expect(session, m.EventID, m.Linger)
		}
		if m.Seq > skip {
			qm, err := decodeJobMessage(m)
			if err != nil {
				j.a.log.Error("gradio: a job message could not be decoded", "event_id", m.EventID, "msg", m.Kind, "error", err)
			} else {
				qm.Seq = m.Seq
				streams.PublishAt(session, qm, m.Final)
			}
		} else if m.Final {
			streams.Forget(session, m.EventID)
		}
		if m.Final {
			delete(seen, m.EventID)
		}
		if !primed && m.Seq >= upTo {
			primed = true
			close(f.primed)
		}
	}
}

// Record saves how far rd has read as the session's cursor.
func (s *followedStream) Record(rd *queue.Reader) {
	if s.recorded || rd == nil {
		return
	}
	s.recorded = true
	seq, pending := rd.Cursor()
	ctx, cancel := context.WithTimeout(s.j.ctx, 5*time.Second)
	defer cancel()
	c := jobs.Cursor{Seq: max(seq, s.f.floor), Pending: pending, Rev: s.f.cursor.Rev}
	if err := s.j.b.SaveCursor(ctx, s.session, c); err != nil {
		s.j.a.log.Error("gradio: saving a session's cursor failed", "error", err)
	}
}

// Release ends this stream's following; the last stream of the session on this
// replica stops feeding its mailbox and drops it, so that nothing stale is left here
// when its next stream comes back after others served it.
func (s *followedStream) Release(rd *queue.Reader) {
	s.Record(rd)
	j, f := s.j, s.f
	j.mu.Lock()
	f.refs--
	last := f.refs == 0
	f.stopping = f.stopping || last
	j.mu.Unlock()
	if !last {
		return
	}
	if f.stop != nil {
		f.stop()
	}
	<-f.done
	j.a.queue.Streams().Drop(s.session)
	j.mu.Lock()
	if j.sessions[s.session] == f {
		delete(j.sessions, s.session)
	}
	j.mu.Unlock()
	close(f.gone)
}

// outMsg is a message of an event run in this process, on its way to the results stream.
type outMsg struct {
	job  jobs.Job
	m    jobs.Message
	sent chan struct{} // if not nil, closed once the message is published
}

// outboxSize bounds the messages waiting for the results stream before the events
// that send them wait too.
const outboxSize = 4096

// out is the Out of a session event run in memory here (a render): its messages go
// to the results stream in order, through one sender. The channel is closed once its
// first message (the estimation) is published: the join waits for it, so that any
// replica asked for the session's stream after the join finds the event.
func (j *jobsBackend) out(ev *queue.Event) (func(queue.Message, bool), <-chan struct{}) {
	job := jobs.Job{ID: ev.ID, Session: ev.Session}
	first := make(chan struct{})
	sent := first
	return func(m queue.Message, final bool) {
		b, err := json.Marshal(m.Body)
		if err != nil {
			j.a.log.Error("gradio: encoding a queue message", "event_id", ev.ID, "msg", m.Kind, "error", err)
			return
		}
		o := outMsg{job: job, m: jobs.Message{Kind: m.Kind, EventID: ev.ID, Body: b, Final: final, Linger: ev.Linger}, sent: sent}
		sent = nil
		select {
		case j.outbox <- o:
		case <-j.ctx.Done():
		}
	}, first
}

// sendOut publishes the outbox's messages, one at a time so they keep their order.
func (j *jobsBackend) sendOut() {
	for {
		select {
		case o := <-j.outbox:
			ctx, cancel := context.WithTimeout(j.ctx, 10*time.Second)
			if _, err := j.b.Emit(ctx, o.job, o.m); err != nil && j.ctx.Err() == nil {
				j.a.log.Error("gradio: publishing a message failed", "event_id", o.job.ID, "msg", o.m.Kind, "error", err)
			}
			cancel()
			if o.sent != nil {
				close(o.sent)
			}
		case <-j.ctx.Done():
			return
		}
	}
}
