package room

import "time"

// Stream is one member's reading of a room's deltas: a cursor into the room's log.
// Deltas are encoded once, when they happen, and every stream copies the same bytes,
// so fanning out costs a wake-up and a write per member.
type Stream struct {
	r      *Room
	s      *sub
	closed bool
}

// sub is a stream's state. cursor and fresh are touched only by the stream's own
// goroutine (Read holds the room's read lock) once Subscribe has returned; ended is set
// under the room's write lock.
type sub struct {
	m      *Member
	cursor uint64 // the last seq this stream has
	fresh  bool   // the stream must start with a snapshot
	ended  bool   // its member left or the room closed
	notify chan struct{}
}

func (s *sub) wake() {
	select {
	case s.notify <- struct{}{}:
	default:
	}
}

// Subscribe opens a stream for the member holding tok. since is the last seq the member
// has (0 for none): deltas after it are replayed if the log still holds them, or the
// stream starts with a snapshot.
func (r *Room) Subscribe(tok string, since uint64) (*Stream, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	m, err := r.member(tok)
	if err != nil {
		return nil, err
	}
	s := &sub{m: m, notify: make(chan struct{}, 1), cursor: since}
	if since == 0 || since > r.seq || (len(r.log) > 0 && since+1 < r.log[0].seq) || (len(r.log) == 0 && since != r.seq) {
		s.fresh = true
	}
	r.subs[s] = struct{}{}
	m.streams++
	r.emptySince = time.Time{}
	if !m.Online {
		m.Online = true
		r.emitLocked(&delta{Type: "member", Who: m.view()})
	}
	s.wake()
	return &Stream{r: r, s: s}, nil
}

// Notify is signalled when the stream may have something to read.
func (st *Stream) Notify() <-chan struct{} { return st.s.notify }

// Member is the stream's member as it was when the stream opened.
func (st *Stream) Member() *Member { return st.s.m.view() }

// Read returns what the stream has not had yet: a snapshot followed by nothing, or the
// encoded deltas after its cursor, with the seq of each. ended reports that the member
// left (or was dropped) or the room closed: the stream should end.
func (st *Stream) Read() (frames [][]byte, seqs []uint64, ended bool) {
	r, s := st.r, st.s
	r.mu.RLock()
	defer r.mu.RUnlock()
	if s.ended {
		return nil, nil, true
	}
	if !s.fresh && len(r.log) > 0 && s.cursor+1 < r.log[0].seq {
		s.fresh = true // it fell out of the log
	}
	if s.fresh {
		s.fresh = false
		s.cursor = r.seq
		return [][]byte{r.snapshotLocked(s.m)}, []uint64{r.seq}, false
	}
	if len(r.log) == 0 || s.cursor >= r.seq {
		return nil, nil, false
	}
	i := int(s.cursor + 1 - r.log[0].seq)
	for _, f := range r.log[i:] {
		frames = append(frames, f.data)
		seqs = append(seqs, f.seq)
	}
	s.cursor = r.seq
	return frames, seqs, false
}

// Close ends the stream. The member stays present for the hub's presence timeout, so a
// reconnect within it is seamless.
func (st *Stream) Close() {
	if st.closed {
		return
	}
	st.closed = true
	r := st.r
	r.mu.Lock()
	defer r.mu.Unlock()
	delete(r.subs, st.s)
	m := st.s.m
	if m.streams > 0 {
		m.streams--
	}
	m.lastSeen = r.h.o.Now()
}
