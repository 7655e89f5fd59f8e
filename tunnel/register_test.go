package tunnel

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/coder/websocket"
)

// rawDial opens a tunnel WebSocket without the app-side code, to send what
// Listen never would.
func rawDial(t *testing.T, h *testHub) *websocket.Conn {
	t.Helper()
	ws, _, err := websocket.Dial(t.Context(), h.tunnelURL(), &websocket.DialOptions{
		HTTPHeader: http.Header{"Authorization": {"Bearer " + h.token}},
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ws.CloseNow() })
	return ws
}

// padded returns a valid Register of exactly n bytes.
func padded(n int) string {
	const head, tail = `{"app":"a","padding":"`, `"}`
	return head + strings.Repeat("x", n-len(head)-len(tail)) + tail
}

func TestAcceptRegister(t *testing.T) {
	h := newTestHub(t, "")
	for _, tc := range []struct {
		name   string
		binary bool
		msg    string
		want   string // refusal; "" expects a welcome
	}{
		{"valid", false, `{"app":"demo","tags":["a"],"share":true,"future_field":1}`, ""},
		{"at the size limit", false, padded(maxRegisterSize), ""},
		{"over the size limit", false, padded(maxRegisterSize + 1), "bad register message: message is over 64 KiB"},
		{"far over the size limit", false, padded(1 << 20), "bad register message: message is over 64 KiB"},
		{"binary", true, `{"app":"demo"}`, "bad register message: not a text message"},
		{"not JSON", false, `app=demo`, "bad register message: invalid JSON: invalid character 'a' looking for beginning of value"},
		{"trailing data", false, `{"app":"demo"} {}`, "bad register message: invalid JSON: invalid character '{' after top-level value"},
		{"wrong type", false, `{"app":7}`, "bad register message: invalid JSON: json: cannot unmarshal number into Go struct field Register.app of type string"},
		{"null", false, `null`, "bad register message: app is required"},
		{"long app", false, `{"app":"` + strings.Repeat("a", 101) + `"}`, "bad register message: app is over 100 bytes"},
		{"control", false, `{"app":"a\u001b[31m"}`, "bad register message: app holds a control character"},
		{"invalid UTF-8", false, "{\"app\":\"a\xff\"}", "bad register message: app holds a control character"},
		{"tags", false, `{"app":"a","tags":["` + strings.Repeat(`t","`, 20) + `t"]}`, "bad register message: 21 tags, at most 20 allowed"},
		{"long tag", false, `{"app":"a","tags":["` + strings.Repeat("t", 51) + `"]}`, "bad register message: tag 1 is over 50 bytes"},
		{"ttl", false, `{"app":"a","share_ttl_seconds":-1}`, "bad register message: share_ttl_seconds is negative"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ws := rawDial(t, h)
			typ := websocket.MessageText
			if tc.binary {
				typ = websocket.MessageBinary
			}
			if err := ws.Write(t.Context(), typ, []byte(tc.msg)); err != nil {
				t.Fatal(err)
			}
			_, data, err := ws.Read(t.Context())
			if err != nil {
				t.Fatal(err)
			}
			var r reply
			if err := json.Unmarshal(data, &r); err != nil {
				t.Fatal(err)
			}
			if tc.want == "" {
				if err := <-h.accepted; r.Error != "" || err != nil || r.URL == "" {
					t.Fatalf("refused: %+v (Accept: %v)", r, err)
				}
				reg := h.nextRegister(t)
				s := h.session(reg.App)
				ws.CloseNow()
				select {
				case <-s.Done():
				case <-time.After(10 * time.Second):
					t.Error("the hub's Session outlived the app's connection")
				}
				return
			}
			if r.Error != tc.want || r.Retry {
				t.Errorf("refusal %q (retry %v)\nwant %q", r.Error, r.Retry, tc.want)
			}
			// The hub closes after refusing.
			if _, _, err := ws.Read(t.Context()); websocket.CloseStatus(err) != websocket.StatusPolicyViolation {
				t.Errorf("read after refusal: %v", err)
			}
			if err := <-h.accepted; err == nil || err.Error() != tc.want {
				t.Errorf("Accept: %v", err)
			}
		})
	}
}

func TestAcceptTimeout(t *testing.T) {
	defer func(d time.Duration) { registerTimeout = d }(registerTimeout)
	registerTimeout = 200 * time.Millisecond

	h := newTestHub(t, "")
	ws := rawDial(t, h)
	ctx, cancel := context.WithTimeout(t.Context(), 10*time.Second)
	defer cancel()
	if _, _, err := ws.Read(ctx); err == nil || ctx.Err() != nil {
		t.Errorf("the hub kept a silent client: %v", err)
	}
	if err := <-h.accepted; err == nil || err.Error() != "tunnel: no register message within 200ms" {
		t.Errorf("Accept: %v", err)
	}
}

func TestPendingAnswersOnce(t *testing.T) {
	done := make(chan error, 1)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		p, err := Accept(w, r)
		if err != nil {
			done <- err
			return
		}
		p.Refuse("try later", true)
		_, err = p.Welcome(Welcome{URL: "x"})
		done <- err
	}))
	defer srv.Close()
	_, err := Listen(t.Context(), srv.URL, Options{App: "a"})
	if re, ok := errors.AsType[*RefusedError](err); !ok || !re.Retry || final(err) {
		t.Errorf("Listen: %v", err)
	}
	if err := <-done; err != errAnswered {
		t.Errorf("second answer: %v", err)
	}
}

func TestDecodeReply(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want Welcome
		err  string
	}{
		{`{"url":"https://h/a"}`, Welcome{URL: "https://h/a"}, ""},
		{`{"url":"u","share_url":"s","share_expires":"2030-01-02T03:04:05Z"}`, Welcome{"u", "s", time.Date(2030, 1, 2, 3, 4, 5, 0, time.UTC)}, ""},
		{`{"url":"u","share_expires":"soon"}`, Welcome{}, `tunnel: bad answer from hub: share_expires: parsing time "soon" as "2006-01-02T15:04:05Z07:00": cannot parse "soon" as "2006"`},
		{`{"error":"down for maintenance","retry":true}`, Welcome{}, "tunnel: hub refused: down for maintenance"},
		{`<html>`, Welcome{}, "tunnel: bad answer from hub: invalid character '<' looking for beginning of value"},
	} {
		w, err := decodeReply([]byte(tc.in))
		if fmt.Sprint(err) != tc.err && !(err == nil && tc.err == "") || !w.ShareExpires.Equal(tc.want.ShareExpires) || w.URL != tc.want.URL || w.ShareURL != tc.want.ShareURL {
			t.Errorf("decodeReply(%s) = %+v, %v\nwant %+v, %s", tc.in, w, err, tc.want, tc.err)
		}
	}
}

// FuzzDecodeRegister feeds the hub's decoder of client input. Whatever it accepts
// must pass validation and survive a round trip unchanged.
func FuzzDecodeRegister(f *testing.F) {
	for _, s := range []string{
		`{"app":"demo"}`,
		`{"app":"demo","title":"Demo","description":"a\nb","tags":["x","y"],"visibility":"private","share":true,"share_ttl_seconds":60}`,
		`{"app":"a","tags":null}`,
		`{"app":"\ud800"}`,
		`null`,
		`[]`,
		`{"app":"a","app":""}`,
		`{"app":"a","description":"\u0000"}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := decodeRegister(data)
		if err != nil {
			return
		}
		if err := r.validate(); err != nil {
			t.Fatalf("decoded %+v fails validation: %v", r, err)
		}
		again, err := json.Marshal(r)
		if err != nil {
			t.Fatal(err)
		}
		r2, err := decodeRegister(again)
		if err != nil {
			t.Fatalf("re-encoded %s: %v", again, err)
		}
		if !reflect.DeepEqual(r, r2) {
			t.Fatalf("round trip changed %+v into %+v", r, r2)
		}
	})
}
