package room

import (
	"encoding/json"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
)

// Error is a refusal meant for the member: Status is the HTTP status to answer with.
type Error struct {
	Status int
	Msg    string
}

func (e *Error) Error() string { return e.Msg }

func errorf(status int, format string, args ...any) *Error {
	return &Error{Status: status, Msg: fmt.Sprintf(format, args...)}
}

// Member is one person in a room. Its ID is public (deltas name it); its token is not.
type Member struct {
	ID      string `json:"id"`
	Name    string `json:"name"`
	Colour  string `json:"colour"`
	Role    Role   `json:"role"`
	Online  bool   `json:"online"`
	Editing *int   `json:"editing"`

	streams  int       // open event streams
	lastSeen time.Time // when its last stream closed (or it joined)
	tokens   float64   // intent bucket
	filled   time.Time
}

// Run is one event run in a room, as the history keeps it.
type Run struct {
	ID      string            `json:"id"`
	Member  string            `json:"member"`
	Name    string            `json:"name"`
	Fn      int               `json:"fn_index"`
	Outputs []int             `json:"outputs"`
	Started int64             `json:"started"` // unix ms
	Status  string            `json:"status"`  // running, done, failed, cancelled
	Error   string            `json:"error,omitempty"`
	Values  []json.RawMessage `json:"values,omitempty"` // final outputs, each within MaxValueBytes (else null)

	current []any // accumulated streamed outputs, while running
}

// delta is one numbered change as the event stream carries it.
type delta struct {
	Seq       uint64          `json:"seq"`
	Type      string          `json:"type"`
	Member    string          `json:"member,omitempty"`
	Component *int            `json:"component,omitempty"`
	Value     json.RawMessage `json:"value,omitempty"`
	Who       *Member         `json:"who,omitempty"`
	Run       *Run            `json:"run,omitempty"`
	RunID     string          `json:"run_id,omitempty"`
	Msg       json.RawMessage `json:"msg,omitempty"`
	Full      bool            `json:"full,omitempty"`
	Locked    *bool           `json:"locked,omitempty"`
}

type frame struct {
	seq  uint64
	data []byte
}

// Room is one collaborative room.
type Room struct {
	id string
	h  *Hub

	// mu guards the room; streams read the log under its read lock, each touching only
	// its own cursor, so that a hundred readers do not queue behind each other.
	mu         sync.RWMutex
	seq        uint64
	values     map[int]json.RawMessage
	members    map[string]*Member
	tokens     map[[32]byte]*Member
	joined     int // members ever joined, for colours and guest names
	history    []*Run
	runs       map[string]*Run // running, by event id
	locked     bool
	log        []frame // deltas seq-contiguous, oldest first
	subs       map[*sub]struct{}
	emptySince time.Time
	closed     bool
}

func newRoom(h *Hub, id string) *Room {
	return &Room{id: id, h: h, values: map[int]json.RawMessage{}, members: map[string]*Member{},
		tokens: map[[32]byte]*Member{}, runs: map[string]*Run{}, subs: map[*sub]struct{}{}, emptySince: h.o.Now()}
}

// ID is the room's id, as links carry it.
func (r *Room) ID() string { return r.id }

var colours = []string{"#e11d48", "#2563eb", "#16a34a", "#d97706", "#7c3aed", "#0891b2", "#db2777", "#65a30d", "#ea580c", "#4f46e5"}

// cleanName makes a display name: printable, trimmed, at most 40 characters.
func cleanName(s string) string {
	s = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) || r == unicode.ReplacementChar {
			return -1
		}
		return r
	}, s)
	s = strings.TrimSpace(s)
	if r := []rune(s); len(r) > 40 {
		s = string(r[:40])
	}
	return s
}

func (r *Room) join(name string, role Role) (*Member, string, error) {
	now := r.h.o.Now()
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.closed {
		return nil, "", errNoRoom
	}
	online := 0
	for _, m := range r.members {
		if m.Online {
			online++
		}
	}
	if online >= r.h.o.MaxMembers {
		return nil, "", errorf(403, "This room is full: it has %d members, the most it allows.", r.h.o.MaxMembers)
	}
	r.pruneOffline()
	r.joined++
	if name = cleanName(name); name == "" {
		name = "Guest " + strconv.Itoa(r.joined)
	}
	m := &Member{ID: randomID(6), Name: name, Colour: colours[(r.joined-1)%len(colours)], Role: role, Online: true,
		lastSeen: now, tokens: float64(r.h.o.IntentBurst), filled: now}
	tok := randomID(32)
	r.members[m.ID] = m
	r.tokens[tokenKey(tok)] = m
	r.emitLocked(&delta{Type: "member", Who: m.view()})
	return m.view(), tok, nil
}

// pruneOffline forgets the oldest offline members beyond four times MaxMembers, so
// that tokens of people who left without saying so do not pile up.
func (r *Room) pruneOffline() {
	if len(r.members) < 4*r.h.o.MaxMembers {
		return
	}
	var off []*Member
	for _, m := range r.members {
		if !m.Online {
			off = append(off, m)
		}
	}
	sort.Slice(off, func(i, j int) bool { return off[i].lastSeen.Before(off[j].lastSeen) })
	for _, m := range off[:len(off)/2] {
		r.forget(m)
	}
}

func (r *Room) forget(m *Member) {
	delete(r.members, m.ID)
	for k, v := range r.tokens {
		if v == m {
			delete(r.tokens, k)
		}
	}
}

func (m *Member) view() *Member {
	c := *m
	return &c
}

// member returns the member holding tok. Called with r.mu held.
func (r *Room) member(tok string) (*Member, error) {
	if r.closed {
		return nil, errNoRoom
	}
	m := r.tokens[tokenKey(tok)]
	if m == nil {
		return nil, errorf(401, "You are not a member of this room (or you left it). Join it again.")
	}
	return m, nil
}

// allow takes one intent from m's bucket. Called with r.mu held.
func (r *Room) allow(m *Member) error {
	now := r.h.o.Now()
	o := r.h.o
	m.tokens = min(float64(o.IntentBurst), m.tokens+now.Sub(m.filled).Seconds()*o.IntentRate)
	m.filled = now
	if m.tokens < 1 {
		return errorf(429, "Too many changes: at most %g a second. Slow down a little.", o.IntentRate)
	}
	m.tokens--
	return nil
}

// mayChange reports why m may not change the room, or nil. Called with r.mu held.
func (r *Room) mayChange(m *Member) error {
	switch {
	case m.Role == Viewer:
		return errorf(403, "You are a viewer in this room: you can watch, but not change anything.")
	case r.locked && m.Role != Owner:
		return errorf(403, "The owner has locked this room: only the owner can change it now.")
	}
	return nil
}

// emitLocked numbers d, encodes it into the log and wakes the streams. Called with
// r.mu held.
func (r *Room) emitLocked(d *delta) {
	r.seq++
	d.Seq = r.seq
	b, err := json.Marshal(d)
	if err != nil {
		b = []byte(`{"seq":` + strconv.FormatUint(r.seq, 10) + `,"type":"noop"}`)
	}
	if len(r.log) >= r.h.o.MaxLog {
		// Drop the oldest quarter at once, so the copy is paid now and then.
		n := max(r.h.o.MaxLog/4, len(r.log)-r.h.o.MaxLog+1)
		r.log = append(r.log[:0], r.log[n:]...)
	}
	r.log = append(r.log, frame{seq: r.seq, data: b})
	for s := range r.subs {
		s.wake()
	}
}

// Seq is the number of the room's latest delta.
func (r *Room) Seq() uint64 {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.seq
}

// Apply applies one intent of the member holding tok.
func (r *Room) Apply(tok string, in *Intent) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	m, err := r.member(tok)
	if err != nil {
		return err
	}
	if err := r.allow(m); err != nil {
		return err
	}
	switch in.Kind {
	case KindValue:
		if err := r.mayChange(m); err != nil {
			return err
		}
		if !r.h.o.Components[in.Component] {
			return errorf(400, "There is no component %d that members can change.", in.Component)
		}
		if len(in.Value) > r.h.o.MaxValueBytes {
			return errorf(413, "That value is too large to share: %d bytes, at most %d.", len(in.Value), r.h.o.MaxValueBytes)
		}
		c := in.Component
		r.values[c] = in.Value
		if m.Editing == nil || *m.Editing != c {
			m.Editing = &c
		}
		r.emitLocked(&delta{Type: "value", Member: m.ID, Component: &c, Value: in.Value})
	case KindEditing:
		if in.Component >= 0 && !r.h.o.Components[in.Component] {
			return errorf(400, "There is no component %d that members can change.", in.Component)
		}
		var c *int
		if in.Component >= 0 {
			if err := r.mayChange(m); err != nil {
				return err
			}
			v := in.Component
			c = &v
		}
		m.Editing = c
		r.emitLocked(&delta{Type: "editing", Member: m.ID, Component: c})
	case KindName:
		name := cleanName(in.Name)
		if name == "" {
			return errorf(400, "A name cannot be empty.")
		}
		m.Name = name
		r.emitLocked(&delta{Type: "member", Who: m.view()})
	case KindRole:
		if m.Role != Owner {
			return errorf(403, "Only the room's owner can change roles.")
		}
		t := r.members[in.Member]
		switch {
		case t == nil:
			return errorf(404, "There is no member %q in this room.", in.Member)
		case t == m:
			return errorf(400, "The owner cannot change their own role.")
		case in.Role != Editor && in.Role != Viewer:
			return errorf(400, "A member can be made an editor or a viewer.")
		}
		t.Role = in.Role
		if t.Role == Viewer {
			t.Editing = nil
		}
		r.emitLocked(&delta{Type: "member", Member: m.ID, Who: t.view()})
	case KindLock:
		if m.Role != Owner {
			return errorf(403, "Only the room's owner can lock or unlock it.")
		}
		r.locked = in.Locked
		l := r.locked
		r.emitLocked(&delta{Type: "lock", Member: m.ID, Locked: &l})
	default:
		return errorf(400, "Unknown intent %q.", in.Kind)
	}
	return nil
}

// Leave removes the member holding tok at once.
func (r *Room) Leave(tok string) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	m, err := r.member(tok)
	if err != nil {
		return err
	}
	r.forget(m)
	r.gone(m)
	return nil
}

// gone ends m's streams and tells the others. Called with r.mu held.
func (r *Room) gone(m *Member) {
	for s := range r.subs {
		if s.m == m {
			s.ended = true
		}
	}
	r.emitLocked(&delta{Type: "leave", Member: m.ID})
	r.checkEmpty(r.h.o.Now())
}

func (r *Room) checkEmpty(now time.Time) {
	for _, m := range r.members {
		if m.Online {
			return
		}
	}
	if r.emptySince.IsZero() {
		r.emptySince = now
	}
}

// sweep marks members whose presence timed out as gone and reports whether the room
// has been empty past the hub's expiry.
func (r *Room) sweep(now time.Time) (expired bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	for _, m := range r.members {
		if m.Online && m.streams == 0 && now.Sub(m.lastSeen) >= r.h.o.PresenceTimeout {
			m.Online, m.Editing = false, nil
			m.lastSeen = now
			r.gone(m)
		}
	}
	r.checkEmpty(now)
	return !r.emptySince.IsZero() && now.Sub(r.emptySince) >= r.h.o.IdleExpiry
}

func (r *Room) close() {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.closed = true
	for s := range r.subs {
		s.ended = true
		s.wake()
	}
}

// snapshot is what a stream starts with, and starts over with when it fell behind
// the log.
type snapshot struct {
	Type    string                  `json:"type"`
	Seq     uint64                  `json:"seq"`
	Room    string                  `json:"room"`
	You     *Member                 `json:"you"`
	Values  map[int]json.RawMessage `json:"values"`
	Members []*Member               `json:"members"`
	History []*Run                  `json:"history"`
	Running []*Run                  `json:"running"`
	Locked  bool                    `json:"locked"`
}

// snapshotLocked encodes the room for m. Called with r.mu held.
func (r *Room) snapshotLocked(m *Member) []byte {
	s := snapshot{Type: "snapshot", Seq: r.seq, Room: r.id, You: m.view(), Values: r.values, Locked: r.locked,
		Members: make([]*Member, 0, len(r.members)), History: r.history}
	if s.History == nil {
		s.History = []*Run{}
	}
	for _, o := range r.members {
		if o.Online {
			s.Members = append(s.Members, o)
		}
	}
	sort.Slice(s.Members, func(i, j int) bool { return s.Members[i].ID < s.Members[j].ID })
	s.Running = make([]*Run, 0, len(r.runs))
	for _, run := range r.runs {
		s.Running = append(s.Running, run)
	}
	b, _ := json.Marshal(&s)
	return b
}
