// Package room keeps collaborative rooms: several people drive one app live. A room is
// server-authoritative state (every component's value, the runs with their outputs,
// who is there) with a sequence number. Members send intents (a value changed, who is
// editing what, roles, the lock), the room applies them in order, last writer wins per
// component, and every change becomes a numbered delta in a bounded log that each
// member's event stream reads from its own cursor. A member who joins late, or whose
// cursor fell out of the log, gets a snapshot and then the deltas after it.
//
// Runs are not intents: a member's page runs an event through the ordinary queue and
// names its room in headers; the server asks Hub.Run, which checks the member's role,
// and the queue hands every message of that event to the room (a tap), which mirrors
// it to the other members, attributed, and writes the outputs into the room's values.
//
// Members are known by a random token the server issues; names are for display only.
package room

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"sync"
	"time"
)

// Role is what a member may do: owners and editors change values and run events;
// viewers watch; only the owner changes roles and locks the room.
type Role string

// Roles.
const (
	Owner  Role = "owner"
	Editor Role = "editor"
	Viewer Role = "viewer"
)

// Options bound a Hub. The zero value works; each field's comment gives its default.
type Options struct {
	// MaxRooms bounds the rooms open at once; 0 means 1,000.
	MaxRooms int
	// MaxMembers bounds the members present in one room; 0 means 50.
	MaxMembers int
	// IdleExpiry is how long a room without anyone present is kept; 0 means 10 minutes.
	IdleExpiry time.Duration
	// PresenceTimeout is how long a member without an open event stream still counts as
	// present; 0 means 30 seconds.
	PresenceTimeout time.Duration
	// IntentRate and IntentBurst bound each member's intents and runs (a token bucket);
	// 0 means 20 a second with bursts of 40.
	IntentRate  float64
	IntentBurst int
	// MaxValueBytes bounds one component's value in an intent (and an output kept in
	// the history); 0 means 256 KiB.
	MaxValueBytes int
	// MaxHistory bounds the runs a room remembers; 0 means 50.
	MaxHistory int
	// MaxLog bounds the deltas kept for members that reconnect; 0 means 1,024.
	MaxLog int
	// JoinAs is the role of members who join by link; "" means Editor.
	JoinAs Role
	// Components are the components whose values members may set, by id.
	Components map[int]bool
	// Outputs returns the output component ids of the function with index fn.
	Outputs func(fn int) []int
	// Heartbeat is the interval of keep-alive frames on event streams; 0 means 15 s.
	Heartbeat time.Duration
	// Now is the clock; nil means time.Now.
	Now func() time.Time
	// OnCreate, if set, is told of each new room before its creator is answered; an
	// error refuses the room (a scaled-out app records where the room lives).
	OnCreate func(id string) error
}

func (o *Options) defaults() {
	if o.MaxRooms <= 0 {
		o.MaxRooms = 1000
	}
	if o.MaxMembers <= 0 {
		o.MaxMembers = 50
	}
	if o.IdleExpiry <= 0 {
		o.IdleExpiry = 10 * time.Minute
	}
	if o.PresenceTimeout <= 0 {
		o.PresenceTimeout = 30 * time.Second
	}
	if o.IntentRate <= 0 {
		o.IntentRate = 20
	}
	if o.IntentBurst <= 0 {
		o.IntentBurst = 40
	}
	if o.MaxValueBytes <= 0 {
		o.MaxValueBytes = 256 << 10
	}
	if o.MaxHistory <= 0 {
		o.MaxHistory = 50
	}
	if o.MaxLog <= 0 {
		o.MaxLog = 1024
	}
	if o.JoinAs != Owner && o.JoinAs != Viewer {
		o.JoinAs = Editor
	}
	if o.Heartbeat <= 0 {
		o.Heartbeat = 15 * time.Second
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.Outputs == nil {
		o.Outputs = func(int) []int { return nil }
	}
}

// Hub holds the rooms of one app and expires them.
type Hub struct {
	o Options

	mu    sync.Mutex
	rooms map[string]*Room

	stop chan struct{}
	done chan struct{}
	once sync.Once
}

// NewHub returns a hub. If sweep is true it checks presence and expiry in the
// background until Close; tests pass false and call Sweep.
func NewHub(o Options, sweep bool) *Hub {
	o.defaults()
	h := &Hub{o: o, rooms: make(map[string]*Room), stop: make(chan struct{}), done: make(chan struct{})}
	if sweep {
		go h.loop()
	} else {
		close(h.done)
	}
	return h
}

// Options returns the hub's options with their defaults filled in.
func (h *Hub) Options() Options { return h.o }

func (h *Hub) loop() {
	defer close(h.done)
	every := min(max(h.o.PresenceTimeout/4, 100*time.Millisecond), 5*time.Second)
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		select {
		case <-h.stop:
			return
		case <-t.C:
			h.Sweep()
		}
	}
}

// Close stops the sweeper and ends every room's streams.
func (h *Hub) Close() error {
	h.once.Do(func() { close(h.stop) })
	<-h.done
	h.mu.Lock()
	rooms := h.rooms
	h.rooms = map[string]*Room{}
	h.mu.Unlock()
	for _, r := range rooms {
		r.close()
	}
	return nil
}

// Sweep drops members whose presence timed out and rooms idle past their expiry.
func (h *Hub) Sweep() {
	now := h.o.Now()
	h.mu.Lock()
	rooms := make([]*Room, 0, len(h.rooms))
	for _, r := range h.rooms {
		rooms = append(rooms, r)
	}
	h.mu.Unlock()
	for _, r := range rooms {
		if r.sweep(now) {
			h.mu.Lock()
			if h.rooms[r.id] == r {
				delete(h.rooms, r.id)
			}
			h.mu.Unlock()
			r.close()
		}
	}
}

// Len is the number of open rooms.
func (h *Hub) Len() int {
	h.mu.Lock()
	defer h.mu.Unlock()
	return len(h.rooms)
}

// Create opens a room whose creator, named name, is its owner.
func (h *Hub) Create(name string) (*Room, *Member, string, error) {
	h.mu.Lock()
	if len(h.rooms) >= h.o.MaxRooms {
		h.mu.Unlock()
		return nil, nil, "", errorf(503, "This app has too many rooms open (%d). Try again later.", h.o.MaxRooms)
	}
	r := newRoom(h, randomID(12))
	h.rooms[r.id] = r
	h.mu.Unlock()
	if h.o.OnCreate != nil {
		if err := h.o.OnCreate(r.id); err != nil {
			h.mu.Lock()
			delete(h.rooms, r.id)
			h.mu.Unlock()
			r.close()
			return nil, nil, "", errorf(503, "Rooms are unavailable right now. Try again later.")
		}
	}
	m, tok, err := r.join(name, Owner)
	return r, m, tok, err
}

// IDs lists the open rooms' ids.
func (h *Hub) IDs() []string {
	h.mu.Lock()
	defer h.mu.Unlock()
	ids := make([]string, 0, len(h.rooms))
	for id := range h.rooms {
		ids = append(ids, id)
	}
	return ids
}

// Join adds a member named name to room id, with the hub's JoinAs role.
func (h *Hub) Join(id, name string) (*Room, *Member, string, error) {
	r := h.Get(id)
	if r == nil {
		return nil, nil, "", errNoRoom
	}
	m, tok, err := r.join(name, h.o.JoinAs)
	return r, m, tok, err
}

// Get returns room id, or nil.
func (h *Hub) Get(id string) *Room {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.rooms[id]
}

var errNoRoom = errorf(404, "This room does not exist or has expired. Create a new one with Invite.")

func randomID(n int) string {
	b := make([]byte, n)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}

func tokenKey(tok string) [32]byte { return sha256.Sum256([]byte(tok)) }
