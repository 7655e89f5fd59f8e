package queue

import (
	"time"

	"github.com/gradio-go/gradio/internal/wire"
)

// Reader reads one session's messages for one HTTP stream.
type Reader struct {
	s   *Streams
	b   *Mailbox
	gen int
	// replay holds the kept messages a resuming client missed, sent before the rest.
	replay  []Message
	resumed bool
	keep    bool // see From.Keep
	taken   uint64
}

// Cursor is where the reader's stream has got to: the highest number of a message it
// took, and the events whose completions it has not taken yet.
func (r *Reader) Cursor() (seq uint64, pending []string) {
	r.b.mu.Lock()
	defer r.b.mu.Unlock()
	for id := range r.b.pending {
		pending = append(pending, id)
	}
	return r.taken, pending
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

// Take returns the messages not yet read (after, for a resume, the kept ones the client
// missed). idle reports that the session has no pending event left: every completion
// has now been read, and the stream may end (see Close). stale reports that a newer
// reader took over this session. The messages must not be modified.
func (r *Reader) Take() (msgs []Message, idle, stale bool) {
	b := r.b
	b.mu.Lock()
	if b.reader != r.gen || b.closed && !r.resumed {
		b.mu.Unlock()
		// Pass on a wake-up this stale reader may have swallowed.
		select {
		case b.notify <- struct{}{}:
		default:
		}
		return nil, false, true
	}
	msgs, r.replay = r.replay, nil
	if b.closed {
		// A resume of a finished session: what was kept, then the end.
		b.mu.Unlock()
		return msgs, true, false
	}
	now := time.Now()
	stamp := now.UnixNano()
	// The capacity is cut so that later appends to the log never touch what the caller holds.
	fresh := b.log[b.unread:len(b.log):len(b.log)]
	if msgs == nil {
		msgs = fresh
	} else {
		msgs = append(msgs, fresh...)
	}
	for _, m := range msgs {
		r.taken = max(r.taken, m.Seq)
	}
	for i := b.unread; i < len(b.log); i++ {
		b.log[i].read = stamp
		if b.log[i].Kind == wire.MsgProcessCompleted {
			delete(b.pending, b.log[i].EventID)
		}
	}
	b.unread = len(b.log)
	gone := r.trim(stamp)
	b.lastUsed = now
	idle = len(b.pending) == 0
	b.mu.Unlock()
	r.s.forgetEvents(b, gone)
	return msgs, idle, false
}

// trim drops the read messages older than the grace, and the oldest beyond maxKept
// (all of them if the reader's client cannot resume), and returns the events whose completions went with them. Called with b.mu held.
func (r *Reader) trim(now int64) (gone []string) {
	b := r.b
	k := b.unread
	if grace := int64(r.s.grace); grace > 0 && r.keep {
		k = 0
		for k < b.unread && (now-b.log[k].read > grace || b.unread-k > maxKept) {
			k++
		}
	}
	for _, m := range b.log[:k] {
		if m.Kind == wire.MsgProcessCompleted {
			gone = append(gone, m.EventID)
		}
	}
	if b.log = b.log[k:]; len(b.log) == 0 {
		b.log = nil
	}
	b.unread -= k
	return gone
}

// Close ends the session's mailbox if it is still idle and still read by r, and
// reports whether it did. An event that joins afterwards opens it again (or, after the
// grace, gets a new mailbox); one that joined since the last Take keeps it open (Close
// then returns false). A resume of a finished session ends at once.
func (r *Reader) Close() bool {
	b := r.b
	b.mu.Lock()
	if b.reader != r.gen {
		b.mu.Unlock()
		return false
	}
	if b.closed {
		b.mu.Unlock()
		return r.resumed
	}
	if len(b.pending) > 0 || b.unread < len(b.log) {
		b.mu.Unlock()
		return false
	}
	b.closed, b.closedAt = true, time.Now().UnixNano()
	b.mu.Unlock()
	r.s.retire(b)
	return true
}
