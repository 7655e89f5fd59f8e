package gradio_test

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	gradio "github.com/gradio-go/gradio"
	"github.com/gradio-go/gradio/internal/natstest"
)

// roomStream is one member's open room event stream.
type roomStream struct {
	frames chan string
	cancel context.CancelFunc
	done   chan struct{}
}

// openRoomStream opens member tok's event stream of room on base.
func openRoomStream(t *testing.T, base, room, tok string) *roomStream {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	req, _ := http.NewRequestWithContext(ctx, "GET", base+"/gradio_api/room/"+room+"/events", nil)
	req.Header.Set("X-Gradio-Room-Token", tok)
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		cancel()
		t.Fatal(err)
	}
	if res.StatusCode != 200 {
		cancel()
		t.Fatalf("events on %s: %d", base, res.StatusCode)
	}
	s := &roomStream{frames: make(chan string, 256), cancel: cancel, done: make(chan struct{})}
	go func() {
		defer close(s.done)
		defer res.Body.Close()
		sc := bufio.NewScanner(res.Body)
		sc.Buffer(nil, 1<<20)
		for sc.Scan() {
			if v, ok := strings.CutPrefix(sc.Text(), "data: "); ok {
				select {
				case s.frames <- v:
				case <-ctx.Done():
					return
				}
			}
		}
	}()
	t.Cleanup(s.close)
	return s
}

func (s *roomStream) close() {
	s.cancel()
	<-s.done
}

// waitFrame reads s until a frame has every one of parts.
func (s *roomStream) waitFrame(t *testing.T, what string, parts ...string) string {
	t.Helper()
	deadline := time.After(20 * time.Second)
	for {
		select {
		case f := <-s.frames:
			ok := true
			for _, p := range parts {
				ok = ok && strings.Contains(f, p)
			}
			if ok {
				return f
			}
		case <-deadline:
			t.Fatalf("no frame with %s", what)
		}
	}
}

// numberID finds the id of the app's Number in base's config.
func numberID(t *testing.T, base string) int {
	t.Helper()
	res, err := http.Get(base + "/config")
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	var cfg struct {
		Components []struct {
			ID   int    `json:"id"`
			Type string `json:"type"`
		} `json:"components"`
	}
	if err := json.NewDecoder(res.Body).Decode(&cfg); err != nil {
		t.Fatal(err)
	}
	for _, c := range cfg.Components {
		if c.Type == "number" {
			return c.ID
		}
	}
	t.Fatal("no number in the config")
	return 0
}

// A room created on replica A works from replica B: joining, streaming, intents, runs
// mirrored into the room, and presence, while its state stays on A.
func TestNATSRoomsAcrossReplicas(t *testing.T) {
	srv := natstest.Start(t)
	collab := gradio.WithCollaboration(gradio.Collaboration{PresenceTimeout: time.Second})
	var web []*httptest.Server
	var apps []*gradio.App
	for range 2 {
		app := build(t, (&scaledApp{}).blocks(), gradio.WithNATS(srv.URL()), gradio.WithRole(gradio.RoleWeb), collab)
		s := httptest.NewServer(app)
		t.Cleanup(s.Close)
		web, apps = append(web, s), append(apps, app)
	}
	worker := &scaledApp{}
	build(t, worker.blocks(), gradio.WithNATS(srv.URL()), gradio.WithRole(gradio.RoleWorker), collab)
	a, b := web[0].URL+"/gradio_api", web[1].URL+"/gradio_api"

	code, owner := postJSON(t, a+"/room/create", nil, `{"name":"Ann"}`)
	if code != 200 {
		t.Fatalf("create on A: %d %v", code, owner)
	}
	room, otok := owner["room"].(string), owner["token"].(string)
	s1 := openRoomStream(t, web[0].URL, room, otok)
	s1.waitFrame(t, "Ann's snapshot", `"type":"snapshot"`)

	code, bo := postJSON(t, b+"/room/"+room+"/join", nil, `{"name":"Bo"}`)
	if code != 200 || bo["room"] != room || bo["role"] != "editor" {
		t.Fatalf("join on B: %d %v", code, bo)
	}
	btok, bid := bo["token"].(string), bo["member"].(string)
	s2 := openRoomStream(t, web[1].URL, room, btok)
	s2.waitFrame(t, "Bo's snapshot on B", `"type":"snapshot"`, `"room":"`+room+`"`, `"name":"Ann"`)
	s1.waitFrame(t, "Bo online", `"type":"member"`, `"name":"Bo"`, `"online":true`)

	num := numberID(t, web[1].URL)
	hdr := map[string]string{"X-Gradio-Room-Token": btok}
	code, m := postJSON(t, b+"/room/"+room+"/intent", hdr, fmt.Sprintf(`{"kind":"value","component":%d,"value":7}`, num))
	if code != 200 {
		t.Fatalf("intent on B: %d %v", code, m)
	}
	s1.waitFrame(t, "Bo's value", `"type":"value"`, `"member":"`+bid+`"`, `"value":7`)

	// Bo runs the generator from B: the join goes to A, where the room watches the run.
	hdr["X-Gradio-Room"] = room
	code, m = postJSON(t, b+"/queue/join", hdr, fmt.Sprintf(`{"data":[3],"fn_index":%d,"session_hash":"bo"}`, fnGen))
	if code != 200 {
		t.Fatalf("a room run joined on B: %d %v", code, m)
	}
	ev := m["event_id"].(string)
	s1.waitFrame(t, "Bo's run", `"type":"run"`, `"member":"`+bid+`"`, `"name":"Bo"`)
	s1.waitFrame(t, "the run's completion", `"type":"run_msg"`, `"run_id":"`+ev+`"`, `process_completed`, `"abc"`)
	s2.waitFrame(t, "the run's completion on B", `"type":"run_msg"`, `process_completed`, `"abc"`)
	got := readSession(t, web[1].URL, "bo", 0, nil)
	if s := summary(got, map[string]string{ev: "gen"}); !strings.Contains(s, "process_completed:gen") {
		t.Fatalf("Bo's session stream on B: %s", s)
	}

	// A viewer's rule, a forged token and an unknown room answer as on one replica.
	code, _ = postJSON(t, b+"/room/"+room+"/intent", map[string]string{"X-Gradio-Room-Token": "forged"}, `{"kind":"lock","locked":true}`)
	if code != 401 {
		t.Errorf("a forged token on B: %d, want 401", code)
	}
	code, m = postJSON(t, b+"/room/0123456789abcdef01234567/join", nil, `{}`)
	if code != 404 || !strings.Contains(fmt.Sprint(m["detail"]), "does not exist") {
		t.Errorf("an unknown room on B: %d %v", code, m)
	}

	// Bo's page goes: after the presence timeout Ann sees Bo leave.
	s2.close()
	s1.waitFrame(t, "Bo's leave", `"type":"leave"`, `"member":"`+bid+`"`)

	// The home replica stops: the room is gone with it, and B says so at once.
	s1.close()
	if err := apps[0].Close(); err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	code, m = postJSON(t, b+"/room/"+room+"/join", nil, `{"name":"Cy"}`)
	if code != 404 || !strings.Contains(fmt.Sprint(m["detail"]), "does not exist") || time.Since(start) > 5*time.Second {
		t.Errorf("joining the room of a stopped replica on B: %d %v after %v", code, m, time.Since(start))
	}
}

// BenchmarkNATSRoomIntent posts value intents to a room on its home replica and
// through another one: the difference is the forwarding hop (a KV read, a request and
// its response through NATS).
func BenchmarkNATSRoomIntent(b *testing.B) {
	srv := natstest.Start(b)
	collab := gradio.WithCollaboration(gradio.Collaboration{IntentRate: 1e6})
	var web []string
	for range 2 {
		app, err := (&scaledApp{}).blocks().Build(gradio.WithTempDir(b.TempDir()), gradio.WithNATS(srv.URL()),
			gradio.WithRole(gradio.RoleWeb), collab)
		if err != nil {
			b.Fatal(err)
		}
		s := httptest.NewServer(app)
		b.Cleanup(func() { s.Close(); _ = app.Close() })
		web = append(web, s.URL)
	}
	res, err := http.Post(web[0]+"/gradio_api/room/create", "application/json", strings.NewReader(`{}`))
	if err != nil {
		b.Fatal(err)
	}
	var owner struct{ Room, Token string }
	_ = json.NewDecoder(res.Body).Decode(&owner)
	res.Body.Close()
	for i, name := range []string{"home", "forwarded"} {
		b.Run(name, func(b *testing.B) {
			url := web[i] + "/gradio_api/room/" + owner.Room + "/intent"
			for b.Loop() {
				req, _ := http.NewRequest("POST", url, strings.NewReader(`{"kind":"name","name":"Ann"}`))
				req.Header.Set("Content-Type", "application/json")
				req.Header.Set("X-Gradio-Room-Token", owner.Token)
				res, err := http.DefaultClient.Do(req)
				if err != nil || res.StatusCode != 200 {
					b.Fatalf("intent: %v %v", res, err)
				}
				res.Body.Close()
			}
		})
	}
}
