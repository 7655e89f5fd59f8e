package queue

import (
	"sync"
	"time"

	"github.com/gradio-go/gradio/internal/wire"
)

// Message is one queue message on its way to a session's stream. Body is the wire
// struct; the stream writer encodes it in the format of its route.
type Message struct {
	Kind    string
	EventID string
	Body    any
}

// Streams holds one mailbox per session with pending events or undelivered messages.
// Messages wait in the mailbox until a stream reads them, because clients only open
// /queue/data after /queue/join has returned. A mailbox is removed as soon as its last
// pending event's completion has been read, so nothing is kept per finished session; an
// unread mailbox is dropped once it has been idle for the TTL.
type Streams struct {
	ttl time.Duration

	mu        sync.Mutex
	boxes     map[string]*Mailbox
	events    map[string]*Mailbox // event id -> mailbox, until its completion is read
	lastSweep time.Time
}

// NewStreams returns an empty set of mailboxes; ttl <= 0 means 10 minutes.
func NewStreams(ttl time.Duration) *Streams {
	if ttl <= 0 {
		ttl = 10 * time.Minute
	}
	return &Streams{ttl: ttl, boxes: make(map[string]*Mailbox), events: make(map[string]*Mailbox), lastSweep: time.Now()}
}

// Mailbox buffers one session's messages.
type Mailbox struct {
	session string
	notify  chan struct{}

	mu       sync.Mutex
	msgs     []Message
	pending  map[string]bool // event id -> still running or waiting
	closed   bool
	linger   bool // an official client joined: its stream should not end at once
	lastUsed time.Time
	reader   int // generation of the current reader; a newer reader supersedes older ones
}

// Expect registers a new event of session so that its stream stays open until the
// event's completion has been read. linger marks the session's stream as one that
// should stay open a moment once idle (see Reader.Linger).
func (s *Streams) Expect(session, eventID string, linger bool) {
	now := time.Now()
	s.mu.Lock()
	if now.Sub(s.lastSweep) > s.ttl/4 {
		s.sweepLocked(now)
	}
	b := s.boxes[session]
	if b != nil {
		b.mu.Lock()
		if !b.closed {
			b.pending[eventID] = true
			b.linger = b.linger || linger
			b.lastUsed = now
			b.mu.Unlock()
			s.events[eventID] = b
			s.mu.Unlock()
			return
		}
		b.mu.Unlock()
	}
	b = &Mailbox{session: session, notify: make(chan struct{}, 1), pending: map[string]bool{eventID: true}, lastUsed: now, linger: linger}
	s.boxes[session] = b
	s.events[eventID] = b
	s.mu.Unlock()
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
	empty := len(b.pending) == 0 && len(b.msgs) == 0
	if empty {
		b.closed = true
	}
	b.mu.Unlock()
	if empty {
		s.remove(b)
	}
}

// Publish appends m to session's mailbox; final marks the completion of m.EventID.
// Messages for a session without a mailbox are dropped (its events were abandoned).
func (s *Streams) Publish(session string, m Message, final bool) {
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
	b.msgs = append(b.msgs, m)
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

// Attach returns session's mailbox for a new reader, which supersedes any earlier one.
func (s *Streams) Attach(session string) (*Reader, bool) {
	s.mu.Lock()
	b := s.boxes[session]
	s.mu.Unlock()
	return s.attach(b)
}

// AttachEvent returns a reader of the mailbox holding the event's messages, as long as
// its completion has not been read.
func (s *Streams) AttachEvent(eventID string) (*Reader, bool) {
	s.mu.Lock()
	b := s.events[eventID]
	s.mu.Unlock()
	return s.attach(b)
}

func (s *Streams) attach(b *Mailbox) (*Reader, bool) {
	if b == nil {
		return nil, false
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.closed {
		return nil, false
	}
	b.reader++
	b.lastUsed = time.Now()
	return &Reader{s: s, b: b, gen: b.reader}, true
}

// Len is the number of live mailboxes.
func (s *Streams) Len() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.boxes)
}

// Has reports whether session has a live mailbox.
func (s *Streams) Has(session string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.boxes[session] != nil
}

func (s *Streams) remove(b *Mailbox) {
	s.mu.Lock()
	if s.boxes[b.session] == b {
		delete(s.boxes, b.session)
	}
	s.mu.Unlock()
}

// forgetEvents drops the event index entries of completions that have been read.
func (s *Streams) forgetEvents(ids []string) {
	if len(ids) == 0 {
		return
	}
	s.mu.Lock()
	for _, id := range ids {
		delete(s.events, id)
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
			b.msgs = nil
			delete(s.boxes, k)
			for id := range b.pending {
				delete(s.events, id)
			}
		}
		b.mu.Unlock()
	}
}

// Reader reads one session's messages for one HTTP stream.
type Reader struct {
	s   *Streams
	b   *Mailbox
	gen int
}

// Linger reports whether the stream should stay open a moment once idle: an official
// client joined this session, and those clients share one stream between concurrent
// calls, so a stream ended while one of their joins is in flight strands that call.
func (r *Reader) Linger() bool {
	r.b.mu.Lock()
	defer r.b.mu.Unlock()
	return r.b.linger
}

// Notify is signalled whenever new messages may be waiting.
func (r *Reader) Notify() <-chan struct{} { return r.b.notify }

// Take returns the buffered messages. idle reports that the session has no pending
// event left: every completion has now been read, and the stream may end (see Close).
// stale reports that a newer reader took over this session.
func (r *Reader) Take() (msgs []Message, idle, stale bool) {
	b := r.b
	b.mu.Lock()
	if b.reader != r.gen || b.closed {
		b.mu.Unlock()
		// Pass on a wake-up this stale reader may have swallowed.
		select {
		case b.notify <- struct{}{}:
		default:
		}
		return nil, false, true
	}
	msgs, b.msgs = b.msgs, nil
	var finished []string
	for _, m := range msgs {
		if m.Kind == wire.MsgProcessCompleted {
			delete(b.pending, m.EventID)
			finished = append(finished, m.EventID)
		}
	}
	b.lastUsed = time.Now()
	idle = len(b.pending) == 0
	b.mu.Unlock()
	r.s.forgetEvents(finished)
	return msgs, idle, false
}

// Close ends the session's mailbox if it is still idle and still read by r, and
// reports whether it did. An event that joins afterwards gets a new mailbox; one that
// joined since the last Take keeps this one open (Close then returns false).
func (r *Reader) Close() bool {
	b := r.b
	b.mu.Lock()
	if b.reader != r.gen || b.closed || len(b.pending) > 0 || len(b.msgs) > 0 {
		b.mu.Unlock()
		return false
	}
	b.closed = true
	b.mu.Unlock()
	r.s.remove(b)
	return true
}
