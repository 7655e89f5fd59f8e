package room

import (
	"encoding/json"
	"strings"
	"sync"
	"testing"
	"time"

	"go.uber.org/goleak"

	"github.com/gradio-go/gradio/internal/queue"
	"github.com/gradio-go/gradio/internal/wire"
)

func TestMain(m *testing.M) { goleak.VerifyTestMain(m) }

type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *clock) add(d time.Duration) {
	c.mu.Lock()
	c.t = c.t.Add(d)
	c.mu.Unlock()
}

func testHub(t *testing.T, o Options) (*Hub, *clock) {
	t.Helper()
	c := &clock{t: time.Unix(1_700_000_000, 0)}
	o.Now = c.now
	if o.Components == nil {
		o.Components = map[int]bool{1: true, 2: true, 3: true}
	}
	if o.Outputs == nil {
		o.Outputs = func(int) []int { return []int{3} }
	}
	h := NewHub(o, false)
	t.Cleanup(func() { h.Close() })
	return h, c
}

func decode(t *testing.T, b []byte) map[string]any {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatalf("%s: %v", b, err)
	}
	return m
}

func value(t *testing.T, r *Room, tok string, c int, v string) error {
	t.Helper()
	return r.Apply(tok, &Intent{Kind: KindValue, Component: c, Value: json.RawMessage(v)})
}

func TestSnapshotThenDeltasInOrder(t *testing.T) {
	h, _ := testHub(t, Options{})
	r, owner, otok, err := h.Create("Ann")
	if err != nil || owner.Role != Owner {
		t.Fatalf("create: %v %+v", err, owner)
	}
	if err := value(t, r, otok, 1, `"hello"`); err != nil {
		t.Fatal(err)
	}
	_, bob, btok, err := h.Join(r.ID(), "Bob")
	if err != nil || bob.Role != Editor {
		t.Fatalf("join: %v %+v", err, bob)
	}
	st, err := r.Subscribe(btok, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	frames, seqs, _ := st.Read()
	if len(frames) != 1 {
		t.Fatalf("want a snapshot, got %d frames", len(frames))
	}
	snap := decode(t, frames[0])
	if snap["type"] != "snapshot" || snap["values"].(map[string]any)["1"] != "hello" || len(snap["members"].([]any)) != 2 {
		t.Fatalf("snapshot: %s", frames[0])
	}
	if seqs[0] != r.Seq() {
		t.Fatalf("snapshot seq %d, room %d", seqs[0], r.Seq())
	}
	for i := range 3 {
		if err := value(t, r, otok, 2, strings.Repeat("1", i+1)); err != nil {
			t.Fatal(err)
		}
	}
	frames, seqs, _ = st.Read()
	if len(frames) != 3 {
		t.Fatalf("want 3 deltas, got %d", len(frames))
	}
	for i, f := range frames {
		d := decode(t, f)
		if d["type"] != "value" || d["value"] != float64([]int{1, 11, 111}[i]) || uint64(d["seq"].(float64)) != seqs[i] {
			t.Fatalf("delta %d: %s", i, f)
		}
		if i > 0 && seqs[i] != seqs[i-1]+1 {
			t.Fatalf("seqs not contiguous: %v", seqs)
		}
	}
}

func TestResumeReplaysOrSnapshotsWhenTrimmed(t *testing.T) {
	h, _ := testHub(t, Options{MaxLog: 8, IntentBurst: 1000})
	r, _, tok, _ := h.Create("Ann")
	value(t, r, tok, 1, `1`)
	since := r.Seq()
	value(t, r, tok, 1, `2`)
	value(t, r, tok, 1, `3`)
	st, _ := r.Subscribe(tok, since)
	frames, _, _ := st.Read()
	st.Close()
	if len(frames) != 2 || decode(t, frames[0])["value"] != float64(2) {
		t.Fatalf("replay: %q", frames)
	}
	for i := range 20 {
		value(t, r, tok, 1, string(rune('0'+i%10)))
	}
	st, _ = r.Subscribe(tok, since)
	defer st.Close()
	frames, _, _ = st.Read()
	if len(frames) != 1 || decode(t, frames[0])["type"] != "snapshot" {
		t.Fatalf("a cursor out of the log should get a snapshot: %q", frames)
	}
	if len(r.log) > 8 {
		t.Fatalf("log holds %d deltas, bound 8", len(r.log))
	}
}

func TestRolesAndLock(t *testing.T) {
	h, _ := testHub(t, Options{JoinAs: Viewer})
	r, _, otok, _ := h.Create("Ann")
	_, v, vtok, _ := h.Join(r.ID(), "Val")
	if v.Role != Viewer {
		t.Fatalf("JoinAs viewer: %+v", v)
	}
	if err := value(t, r, vtok, 1, `"x"`); err == nil || err.(*Error).Status != 403 || !strings.Contains(err.Error(), "viewer") {
		t.Fatalf("a viewer's value: %v", err)
	}
	if _, err := h.Run(r.ID(), vtok, 0); err == nil || err.(*Error).Status != 403 {
		t.Fatalf("a viewer's run: %v", err)
	}
	if err := r.Apply(vtok, &Intent{Kind: KindLock, Locked: true}); err == nil || err.(*Error).Status != 403 {
		t.Fatalf("a viewer's lock: %v", err)
	}
	if err := r.Apply(otok, &Intent{Kind: KindRole, Member: v.ID, Role: Editor}); err != nil {
		t.Fatal(err)
	}
	if err := value(t, r, vtok, 1, `"x"`); err != nil {
		t.Fatalf("an editor's value: %v", err)
	}
	if err := r.Apply(vtok, &Intent{Kind: KindRole, Member: v.ID, Role: Owner}); err == nil {
		t.Fatal("an editor changed a role")
	}
	if err := r.Apply(otok, &Intent{Kind: KindLock, Locked: true}); err != nil {
		t.Fatal(err)
	}
	if err := value(t, r, vtok, 1, `"y"`); err == nil || !strings.Contains(err.Error(), "locked") {
		t.Fatalf("an editor in a locked room: %v", err)
	}
	if err := value(t, r, otok, 1, `"z"`); err != nil {
		t.Fatalf("the owner in a locked room: %v", err)
	}
	if err := value(t, r, "forged", 1, `"z"`); err == nil || err.(*Error).Status != 401 {
		t.Fatalf("a forged token: %v", err)
	}
}

func TestLimits(t *testing.T) {
	h, c := testHub(t, Options{MaxMembers: 2, IntentRate: 2, IntentBurst: 3, MaxValueBytes: 10, MaxRooms: 1})
	r, _, tok, _ := h.Create("Ann")
	if _, _, _, err := h.Create("Bob"); err == nil || err.(*Error).Status != 503 {
		t.Fatalf("MaxRooms: %v", err)
	}
	h.Join(r.ID(), "Bob")
	if _, _, _, err := h.Join(r.ID(), "Cy"); err == nil || !strings.Contains(err.Error(), "full") {
		t.Fatalf("MaxMembers: %v", err)
	}
	if err := value(t, r, tok, 1, `"01234567890"`); err == nil || err.(*Error).Status != 413 {
		t.Fatalf("MaxValueBytes: %v", err)
	}
	if err := value(t, r, tok, 9, `1`); err == nil || err.(*Error).Status != 400 {
		t.Fatalf("unknown component: %v", err)
	}
	value(t, r, tok, 1, `1`) // the burst of 3 is spent (the two refusals above counted)
	if err := value(t, r, tok, 1, `1`); err == nil || err.(*Error).Status != 429 {
		t.Fatalf("rate: %v", err)
	}
	c.add(time.Second)
	if err := value(t, r, tok, 1, `2`); err != nil {
		t.Fatalf("rate after a second: %v", err)
	}
}

func TestPresenceTimeoutAndExpiry(t *testing.T) {
	h, c := testHub(t, Options{PresenceTimeout: 30 * time.Second, IdleExpiry: time.Minute})
	r, _, atok, _ := h.Create("Ann")
	_, bob, btok, _ := h.Join(r.ID(), "Bob")
	sa, _ := r.Subscribe(atok, 0)
	defer sa.Close()
	sb, _ := r.Subscribe(btok, 0)
	sa.Read()
	sb.Close() // Bob's tab closed
	c.add(29 * time.Second)
	h.Sweep()
	if f, _, _ := sa.Read(); len(f) != 0 {
		t.Fatalf("dropped before the timeout: %q", f)
	}
	c.add(2 * time.Second)
	h.Sweep()
	f, _, _ := sa.Read()
	if len(f) != 1 || decode(t, f[0])["type"] != "leave" || decode(t, f[0])["member"] != bob.ID {
		t.Fatalf("want Bob's leave: %q", f)
	}
	// Bob comes back with his token: present again, same member.
	sb, err := r.Subscribe(btok, 0)
	if err != nil {
		t.Fatal(err)
	}
	sb.Close()
	sa.Close()
	if err := r.Leave(atok); err != nil {
		t.Fatal(err)
	}
	c.add(31 * time.Second)
	h.Sweep()
	if h.Len() != 1 {
		t.Fatal("expired too early")
	}
	c.add(time.Minute)
	h.Sweep()
	if h.Len() != 0 {
		t.Fatal("an empty room did not expire")
	}
}

func TestRunIsMirroredAndRecorded(t *testing.T) {
	h, _ := testHub(t, Options{})
	r, ann, tok, _ := h.Create("Ann")
	_, _, btok, _ := h.Join(r.ID(), "Bob")
	st, _ := r.Subscribe(btok, 0)
	defer st.Close()
	st.Read()
	tap, err := h.Run(r.ID(), tok, 0)
	if err != nil {
		t.Fatal(err)
	}
	ev := "e1"
	tap(queue.Message{Kind: wire.MsgEstimation, EventID: ev, Body: &wire.Estimation{Msg: wire.MsgEstimation, EventID: ev}})
	tap(queue.Message{Kind: wire.MsgProcessGenerating, EventID: ev, Body: &wire.ProcessGenerating{Msg: wire.MsgProcessGenerating,
		EventID: ev, Success: true, Output: &wire.Output{Data: []any{"Hel"}}}})
	// A late joiner in the middle of the stream has the text so far.
	_, _, ctok, _ := h.Join(r.ID(), "Cy")
	sc, _ := r.Subscribe(ctok, 0)
	defer sc.Close()
	f, _, _ := sc.Read()
	if decode(t, f[0])["values"].(map[string]any)["3"] != "Hel" {
		t.Fatalf("late joiner: %s", f[0])
	}
	tap(queue.Message{Kind: wire.MsgProcessGenerating, EventID: ev, Body: &wire.ProcessGenerating{Msg: wire.MsgProcessGenerating,
		EventID: ev, Success: true, Output: &wire.Output{Data: []any{[]wire.Edit{{Action: "append", Path: []any{}, Value: "lo"}}}}}})
	tap(queue.Message{Kind: wire.MsgProcessCompleted, EventID: ev, Body: &wire.ProcessCompleted{Msg: wire.MsgProcessCompleted,
		EventID: ev, Success: true, Output: &wire.Output{Data: []any{"Hello"}}}})
	frames, _, _ := st.Read()
	var types []string
	var runFrames [][]byte
	for _, b := range frames {
		d := decode(t, b)
		if d["type"] == "member" {
			continue // Cy joined
		}
		runFrames = append(runFrames, b)
		types = append(types, d["type"].(string))
		if d["member"] != ann.ID {
			t.Fatalf("not attributed to Ann: %s", b)
		}
	}
	if strings.Join(types, ",") != "run,run_msg,run_msg,run_msg,run_msg" {
		t.Fatalf("deltas: %v", types)
	}
	if !strings.Contains(string(runFrames[2]), `"full":true`) || strings.Contains(string(runFrames[3]), `"full"`) {
		t.Fatalf("first generating should be full, later ones diffs: %s / %s", runFrames[2], runFrames[3])
	}
	if string(r.values[3]) != `"Hello"` || len(r.history) != 1 || r.history[0].Status != "done" || r.history[0].Name != "Ann" {
		t.Fatalf("values %s history %+v", r.values[3], r.history)
	}
}

func TestHistoryBounded(t *testing.T) {
	h, _ := testHub(t, Options{MaxHistory: 3, IntentBurst: 100})
	r, _, tok, _ := h.Create("Ann")
	for i := range 5 {
		tap, _ := h.Run(r.ID(), tok, 0)
		id := string(rune('a' + i))
		tap(queue.Message{Kind: wire.MsgProcessCompleted, EventID: id, Body: &wire.ProcessCompleted{Success: true, Output: &wire.Output{Data: []any{i}}}})
	}
	if len(r.history) != 3 || r.history[0].ID != "c" || len(r.runs) != 0 {
		t.Fatalf("history %d, first %s, running %d", len(r.history), r.history[0].ID, len(r.runs))
	}
}
