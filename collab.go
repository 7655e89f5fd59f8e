package gradio

import (
	"time"

	"github.com/gradio-go/gradio/internal/room"
	"github.com/gradio-go/gradio/internal/wire"
)

// Collaboration turns on collaborative rooms: several people drive one app live. The
// page gets an Invite button that opens a room and copies its link; everyone who opens
// the link (…/?room=<id>) joins it and sees the same values, every run as it streams,
// who is there and who did what. The creator owns the room: they can make members
// viewers, who watch but change nothing, and lock the room. The zero value works; each
// field's comment gives its default.
//
// Rooms live in the app's memory: a restart ends them. Web replicas of an app scaled
// out with WithNATS share them: each room lives on the replica that created it, and
// the others pass its requests on.
// Handlers still run per member: State stays each member's own.
type Collaboration struct {
	// MaxMembers bounds the people present in one room; 0 means 50.
	MaxMembers int
	// MaxRooms bounds the rooms open at once; 0 means 1,000.
	MaxRooms int
	// IdleExpiry is how long a room nobody is in is kept; 0 means 10 minutes.
	IdleExpiry time.Duration
	// PresenceTimeout is how long a member whose page stopped listening (a closed
	// tab, a lost connection) stays in the member list; 0 means 30 seconds.
	PresenceTimeout time.Duration
	// IntentRate bounds each member's changes and runs per second (bursts of twice
	// as many); 0 means 20.
	IntentRate float64
	// MaxValueBytes bounds one shared value; 0 means 256 KiB.
	MaxValueBytes int
	// MaxHistory bounds the runs a room remembers; 0 means 50.
	MaxHistory int
	// JoinAsViewer makes people who join by link viewers until the owner says
	// otherwise (by default they are editors).
	JoinAsViewer bool
}

// WithCollaboration turns on collaborative rooms (see Collaboration).
func WithCollaboration(c Collaboration) Option { return func(o *options) { o.collab = &c } }

// roomHub builds the app's rooms, or returns nil when collaboration is off.
func (a *App) roomHub() *room.Hub {
	c := a.opts.collab
	if c == nil {
		return nil
	}
	comps := map[int]bool{}
	for _, cc := range a.cfg.Components {
		switch cc.Type {
		case "state", "row", "column", "group", "form", "tabs", "tabitem", "accordion", "button", "timer", "clearbutton", "uploadbutton", "downloadbutton":
			continue
		}
		comps[cc.ID] = true
	}
	outputs := map[int][]int{}
	for i, d := range a.cfg.Dependencies {
		outputs[i] = d.Outputs
	}
	o := room.Options{MaxRooms: c.MaxRooms, MaxMembers: c.MaxMembers, IdleExpiry: c.IdleExpiry,
		PresenceTimeout: c.PresenceTimeout, IntentRate: c.IntentRate, IntentBurst: int(2 * c.IntentRate),
		MaxValueBytes: c.MaxValueBytes, MaxHistory: c.MaxHistory, Components: comps,
		Outputs: func(fn int) []int { return outputs[fn] }}
	if a.jobs != nil {
		o.OnCreate = a.recordRoom // rooms across replicas (scalerooms.go)
	}
	if c.JoinAsViewer {
		o.JoinAs = room.Viewer
	}
	h := room.NewHub(o, true)
	eff := h.Options()
	a.cfg.Collaboration = &wire.Collaboration{MaxMembers: eff.MaxMembers, PresenceTimeout: eff.PresenceTimeout.Seconds(), JoinAs: string(eff.JoinAs)}
	a.closers = append(a.closers, h)
	return h
}
