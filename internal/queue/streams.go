package queue

import (
	"sync"
	"sync/atomic"
	"time"

	"github.com/gradio-go/gradio/internal/wire"
)

// Message is one queue message on its way to a session's stream. Body is the wire
// struct; the stream writer encodes it in the format of its route.
type Message struct {
	Kind    string
	EventID string
	Body    any
	// Seq numbers the message: it increases across all sessions of a Streams, so a
	// client's Last-Event-ID says which messages it has, whichever mailbox they came from.
	Seq uint64

	read int64 // when a stream took it (UnixNano), 0 while unread
}

// Streams holds one mailbox per session with pending events or undelivered messages.
// Messages wait in the mailbox until a stream reads them, because clients only open
// /queue/data after /queue/join has returned. Messages read by a client that can resume
// (From.Keep) are kept for the grace (see SetResume), so that after a dropped connection
// it can reconnect with Last-Event-ID and get what it missed; when its last completion
// has been read, the mailbox keeps its completions that long too, then goes, so nothing
// is kept per finished session beyond the grace. An unread mailbox is dropped once it
// has been idle for the TTL.
type Streams struct {
	ttl       time.Duration
	grace     time.Duration
	maxGraced int
	seq       atomic.Uint64

	mu        sync.Mutex
	boxes     map[string]*Mailbox // open mailboxes
	graced    map[string]*Mailbox // closed mailboxes kept for the grace
	fifo      []graceEntry        // graced mailboxes in the order they closed
	timer     *time.Timer         // sweeps fifo; nil when not armed
	stopped   bool
	events    map[string]*Mailbox // event id -> mailbox, while its completion can be read
	lastSweep time.Time
}

type graceEntry struct {
	b  *Mailbox
	at int64 // the mailbox's closedAt when it was queued
}

// Resume defaults: long enough for a browser's reconnection (EventSource retries after
// about three seconds), short enough that finished sessions cost nothing soon after.
const (
	DefaultGrace     = 10 * time.Second
	DefaultMaxGraced = 10000
	// maxKept bounds the read messages a mailbox keeps for a resume: a long stream
	// keeps only its latest ones (its completion carries full values in any case).
	maxKept = 512
)

// NewStreams returns an empty set of mailboxes; ttl <= 0 means 10 minutes.
func NewStreams(ttl time.Duration) *Streams {
	if ttl <= 0 {
		ttl = 10 * time.Minute
	}
	s := &Streams{ttl: ttl, grace: DefaultGrace, maxGraced: DefaultMaxGraced, boxes: make(map[string]*Mailbox),
		graced: make(map[string]*Mailbox), events: make(map[string]*Mailbox), lastSweep: time.Now()}
	// Seeded with the clock, so that ids keep increasing across restarts of the process.
	s.seq.Store(uint64(time.Now().UnixMicro()))
	return s
}

// SetResume sets how long read messages and finished mailboxes are kept for clients
// that reconnect (grace <= 0: not at all, as before resumes existed) and how many
// finished mailboxes may wait out their grace at once (the oldest go first beyond it;
// <= 0 means DefaultMaxGraced). Call it before the streams are used.
func (s *Streams) SetResume(grace time.Duration, maxGraced int) {
	if maxGraced <= 0 {
		maxGraced = DefaultMaxGraced
	}
	s.grace, s.maxGraced = max(grace, 0), maxGraced
}

// Mailbox buffers one session's messages.
type Mailbox struct {
	session string
	notify  chan struct{}

	mu       sync.Mutex
	log      []Message       // read messages kept for resumes, then unread ones
	unread   int             // index in log of the first unread message
	pending  map[string]bool // event id -> still running or waiting
	closed   bool
	closedAt int64
	linger   bool // an official client joined: its stream should not end at once
	lastUsed time.Time
	reader   int // generation of the current reader; a newer reader supersedes older ones
}

// Expect registers a new event of session so that its stream stays open until the
// event's completion has been read. linger marks the session's stream as one that
// should stay open a moment once idle (see Reader.Linger). A mailbox closed moments
// ago is opened again, so that its numbering and kept messages carry on.
func (s *Streams) Expect(session, eventID string, linger bool) {
	s.ExpectWithin(session, eventID, linger, 0)
}

// ExpectWithin is Expect, unless the event would open a mailbox beyond max open ones
// (max > 0): then it registers nothing and reports false. The check and the opening
// are one step, so concurrent joins cannot pass the bound together.
func (s *Streams) ExpectWithin(session, eventID string, linger bool, max int) bool {
	now := time.Now()
	s.mu.Lock()
	defer s.mu.Unlock()
	if now.Sub(s.lastSweep) > s.ttl/4 {
		s.sweepLocked(now)
	}
	b := s.boxes[session]
	if b == nil && max > 0 && len(s.boxes) >= max {
		return false
	}
	if b == nil {
		b = s.graced[session]
		delete(s.graced, session)
	}
	if b == nil {
		b = &Mailbox{session: session, notify: make(chan struct{}, 1)}
	}
	b.mu.Lock()
	if b.pending == nil {
		b.pending = make(map[string]bool, 1)
	}
	b.closed = false
	b.pending[eventID] = true
	b.linger = b.linger || linger
	b.lastUsed = now
	b.mu.Unlock()
	s.boxes[session] = b
	s.events[eventID] = b
	return true
}

// Forget withdraws an event that was expected but never queued (Push failed).
func (s *Streams) Forget(session, eventID string) {
	s.mu.Lock()
	b := s.boxes[session]
	delete(s.events, eventID)
	s.mu.Unlock()
	if b == nil {
		return
	}
	b.mu.Lock()
	delete(b.pending, eventID)
	empty := !b.closed && len(b.pending) == 0 && b.unread == len(b.log)
	if empty {
		b.closed, b.closedAt = true, time.Now().UnixNano()
	}
	b.mu.Unlock()
	if empty {
		s.retire(b)
	}
}

// Drop forgets session's mailbox, open or kept for the grace, with its messages and
// pending events: a scaled-out app's replica rebuilds it from the shared results
// stream each time it starts serving the session, and must not keep what another
// replica may have delivered since. A reader still attached sees it as superseded.
func (s *Streams) Drop(session string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, boxes := range []map[string]*Mailbox{s.boxes, s.graced} {
		b := boxes[session]
		if b == nil {
			continue
		}
		delete(boxes, session)
		b.mu.Lock()
		b.closed, b.closedAt = true, time.Now().UnixNano()
		b.reader++
		for id := range b.pending {
			if s.events[id] == b {
				delete(s.events, id)
			}
		}
		b.pending = nil
		s.dropLocked(b)
		b.mu.Unlock()
		select {
		case b.notify <- struct{}{}:
		default:
		}
	}
}

// Publish appends m to session's mailbox; final marks the completion of m.EventID.
// Messages for a session without a mailbox are dropped (its events were abandoned).
func (s *Streams) Publish(session string, m Message, final bool) {
	s.publish(session, m, final, false)
}

// PublishAt is Publish with m.Seq as the message's number instead of the next of
// the Streams: a scaled-out app numbers a call's messages by their sequence in the
// results stream, so that a Last-Event-ID means the same on every replica. A
// mailbox's messages must then all be numbered that way, in increasing order.
func (s *Streams) PublishAt(session string, m Message, final bool) {
	s.publish(session, m, final, true)
}

func (s *Streams) publish(session string, m Message, final, numbered bool) {
	s.mu.Lock()
	b := s.boxes[session]
	s.mu.Unlock()
	if b == nil {
		return
	}
	b.mu.Lock()
	if b.closed {
		b.mu.Unlock()
		return
	}
	if !numbered {
		m.Seq = s.seq.Add(1)
	}
	b.log = append(b.log, m)
	b.lastUsed = time.Now()
	if final {
		b.pending[m.EventID] = false
	}
	b.mu.Unlock()
	select {
	case b.notify <- struct{}{}:
	default:
	}
}

// From says where a new reader starts, and whether what it reads is kept for a resume.
type From struct {
	// Last is the client's Last-Event-ID, if Resume: the reader first gets the kept
	// messages numbered after it, and a mailbox closed within the grace can be attached.
	Last   uint64
	Resume bool
	// Keep keeps what the reader reads for the grace: its client is sent the messages'
	// numbers and can resume. Other readers' messages are dropped once read, as is
	// everything of their mailboxes when they close.
	Keep bool
}

// Attach returns session's mailbox for a new reader, which supersedes any earlier one.
func (s *Streams) Attach(session string, from From) (*Reader, bool) {
	s.mu.Lock()
	b := s.boxes[session]
	if b == nil && from.Resume {
		b = s.graced[session]
	}
	s.mu.Unlock()
	return s.attach(b, "", from)
}

// AttachEvent returns a reader of the mailbox holding the event's messages, as long as
// its completion has not been read; with a resume, also within the grace after that.
func (s *Streams) AttachEvent(eventID string, from From) (*Reader, bool) {
	s.mu.Lock()
	b := s.events[eventID]
	s.mu.Unlock()
	return s.attach(b, eventID, from)
}

func (s *Streams) attach(b *Mailbox, eventID string, from From) (*Reader, bool) {
	if b == nil {
		return nil, false
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	if !from.Resume {
		if b.closed {
			return nil, false
		}
		// A completion already read is collected once, unless the client resumes.
		if _, ok := b.pending[eventID]; eventID != "" && !ok {
			return nil, false
		}
	} else if b.closed && len(b.log) == 0 {
		return nil, false // its grace is over
	}
	r := &Reader{s: s, b: b, keep: from.Keep}
	if from.Resume {
		for _, m := range b.log[:b.unread] {
			if m.Seq > from.Last {
				r.replay = append(r.replay, m)
			}
		}
		r.resumed = true
	}
	b.reader++
	r.gen = b.reader
	b.lastUsed = time.Now()
	return r, true
}

// Len is the number of open mailboxes.
func (s *Streams) Len() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.boxes)
}

// Has reports whether session has an open mailbox.
func (s *Streams) Has(session string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.boxes[session] != nil
}

// Kept is the number of finished mailboxes waiting out their grace.
func (s *Streams) Kept() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.graced)
}

// Stop ends the grace timer, so that nothing of the streams outlives the queue; kept
// mailboxes stay readable until the Streams is dropped.
func (s *Streams) Stop() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.stopped = true
	if s.timer != nil {
		s.timer.Stop()
		s.timer = nil
	}
}

// retire moves a mailbox that has just closed out of the open set: into the grace if
// it kept messages for a resume, else away with its event index entries.
func (s *Streams) retire(b *Mailbox) {
	s.mu.Lock()
	defer s.mu.Unlock()
	b.mu.Lock()
	defer b.mu.Unlock()
	if !b.closed {
		return // an event joined in between and opened it again
	}
	if s.boxes[b.session] == b {
		delete(s.boxes, b.session)
	}
	// Only completions are kept through the grace: they carry full values, which is all
	// a client that reconnects after the end needs, and a finished session then costs
	// little more than its results for a few seconds.
	n := 0
	for _, m := range b.log {
		if m.Kind == wire.MsgProcessCompleted {
			n++
		}
	}
	if s.grace <= 0 || n == 0 || s.stopped {
		s.dropLocked(b)
		return
	}
	if n < len(b.log) {
		kept := make([]Message, 0, n)
		for _, m := range b.log {
			if m.Kind == wire.MsgProcessCompleted {
				kept = append(kept, m)
			}
		}
		b.log, b.unread = kept, n
	}
	b.pending = nil
	s.graced[b.session] = b
	s.fifo = append(s.fifo, graceEntry{b: b, at: b.closedAt})
	for len(s.fifo) > s.maxGraced {
		s.expireFront()
	}
	if s.timer == nil {
		s.timer = time.AfterFunc(s.grace, s.sweepGrace)
	}
}

// dropLocked forgets a closed mailbox's events. Called with s.mu and b.mu held.
func (s *Streams) dropLocked(b *Mailbox) {
	for _, m := range b.log {
		if m.Kind == wire.MsgProcessCompleted && s.events[m.EventID] == b {
			delete(s.events, m.EventID)
		}
	}
	b.log, b.unread = nil, 0
}

// expireFront ends the grace of the oldest graced mailbox, unless it was opened again
// since. Called with s.mu held.
func (s *Streams) expireFront() {
	e := s.fifo[0]
	s.fifo[0] = graceEntry{}
	s.fifo = s.fifo[1:]
	if len(s.fifo) == 0 {
		s.fifo = nil
	}
	b := e.b
	b.mu.Lock()
	if b.closed && b.closedAt == e.at && s.graced[b.session] == b {
		delete(s.graced, b.session)
		s.dropLocked(b)
	}
	b.mu.Unlock()
}

// sweepGrace runs on the grace timer: it expires the mailboxes whose grace is over and
// sets the timer for the next one.
func (s *Streams) sweepGrace() {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.stopped {
		return
	}
	now := time.Now().UnixNano()
	for len(s.fifo) > 0 && now-s.fifo[0].at >= int64(s.grace) {
		s.expireFront()
	}
	if len(s.fifo) == 0 {
		s.timer = nil
		return
	}
	s.timer.Reset(time.Duration(s.fifo[0].at + int64(s.grace) - now))
}

// forgetEvents drops the event index entries of completions no longer kept.
func (s *Streams) forgetEvents(b *Mailbox, ids []string) {
	if len(ids) == 0 {
		return
	}
	s.mu.Lock()
	for _, id := range ids {
		if s.events[id] == b {
			delete(s.events, id)
		}
	}
	s.mu.Unlock()
}

// sweepLocked drops mailboxes nobody has touched for the TTL. Called with s.mu held.
func (s *Streams) sweepLocked(now time.Time) {
	s.lastSweep = now
	for k, b := range s.boxes {
		b.mu.Lock()
		if now.Sub(b.lastUsed) > s.ttl {
			b.closed = true
			delete(s.boxes, k)
			for id := range b.pending {
				delete(s.events, id)
			}
			s.dropLocked(b)
		}
		b.mu.Unlock()
	}
}
