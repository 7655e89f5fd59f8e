package room

import (
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/gradio-go/gradio/internal/wire"
)

// TokenHeader carries a member's token on every request but create and join.
const TokenHeader = "X-Gradio-Room-Token"

// Routes, under the protocol's prefix, so that rooms pass every proxy the app does:
//
//	POST {prefix}/room/create          {"name"}       -> {"room","member","token","role"}
//	POST {prefix}/room/{id}/join       {"name"}       -> the same
//	GET  {prefix}/room/{id}/events     ?since=seq     -> SSE: snapshot, then deltas (id: seq)
//	POST {prefix}/room/{id}/intent     an Intent      -> {"seq"}
//	POST {prefix}/room/{id}/leave                     -> {"success": true}
//
// Refusals are {"detail": message} with a status that says why (401 not a member, 403
// role or full, 404 no such room, 413 too large, 429 too fast).
func (h *Hub) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	rest, ok := strings.CutPrefix(r.URL.Path, wire.APIPrefix+"/room/")
	if !ok {
		writeDetail(w, 404, "Not Found")
		return
	}
	if rest == "create" {
		if r.Method != http.MethodPost {
			writeDetail(w, 405, "Method Not Allowed")
			return
		}
		h.create(w, r)
		return
	}
	id, action, _ := strings.Cut(rest, "/")
	want := http.MethodPost
	if action == "events" {
		want = http.MethodGet
	}
	switch action {
	case "join", "events", "intent", "leave":
	default:
		writeDetail(w, 404, "Not Found")
		return
	}
	if r.Method != want {
		writeDetail(w, 405, "Method Not Allowed")
		return
	}
	if action == "join" {
		h.join(w, r, id)
		return
	}
	room := h.Get(id)
	if room == nil {
		writeError(w, errNoRoom)
		return
	}
	tok := r.Header.Get(TokenHeader)
	switch action {
	case "events":
		h.events(w, r, room, tok)
	case "intent":
		b, err := io.ReadAll(http.MaxBytesReader(w, r.Body, int64(h.o.MaxValueBytes)+4096))
		if err != nil {
			writeError(w, errorf(413, "That intent is too large: a value may have at most %d bytes.", h.o.MaxValueBytes))
			return
		}
		in, err := DecodeIntent(b)
		if err != nil {
			writeDetail(w, 400, err.Error())
			return
		}
		if err := room.Apply(tok, in); err != nil {
			writeError(w, err)
			return
		}
		writeJSON(w, 200, map[string]uint64{"seq": room.Seq()})
	case "leave":
		if err := room.Leave(tok); err != nil {
			writeError(w, err)
			return
		}
		writeJSON(w, 200, map[string]bool{"success": true})
	}
}

type joinAnswer struct {
	Room   string `json:"room"`
	Member string `json:"member"`
	Token  string `json:"token"`
	Role   Role   `json:"role"`
	Name   string `json:"name"`
	Colour string `json:"colour"`
}

func readName(w http.ResponseWriter, r *http.Request) string {
	var body struct {
		Name string `json:"name"`
	}
	b, _ := io.ReadAll(http.MaxBytesReader(w, r.Body, 4096))
	_ = json.Unmarshal(b, &body)
	return body.Name
}

func (h *Hub) create(w http.ResponseWriter, r *http.Request) {
	room, m, tok, err := h.Create(readName(w, r))
	if err != nil {
		writeError(w, err)
		return
	}
	writeJSON(w, 200, &joinAnswer{Room: room.id, Member: m.ID, Token: tok, Role: m.Role, Name: m.Name, Colour: m.Colour})
}

func (h *Hub) join(w http.ResponseWriter, r *http.Request, id string) {
	room, m, tok, err := h.Join(id, readName(w, r))
	if err != nil {
		writeError(w, err)
		return
	}
	writeJSON(w, 200, &joinAnswer{Room: room.id, Member: m.ID, Token: tok, Role: m.Role, Name: m.Name, Colour: m.Colour})
}

func (h *Hub) events(w http.ResponseWriter, r *http.Request, room *Room, tok string) {
	since, _ := strconv.ParseUint(r.URL.Query().Get("since"), 10, 64)
	if v := r.Header.Get("Last-Event-ID"); v != "" {
		since, _ = strconv.ParseUint(v, 10, 64)
	}
	st, err := room.Subscribe(tok, since)
	if err != nil {
		writeError(w, err)
		return
	}
	defer st.Close()
	hd := w.Header()
	hd.Set("Content-Type", "text/event-stream; charset=utf-8")
	hd.Set("Cache-Control", "no-cache")
	hd.Set("X-Accel-Buffering", "no")
	w.WriteHeader(200)
	rc := http.NewResponseController(w)
	beat := time.NewTicker(h.o.Heartbeat)
	defer beat.Stop()
	buf := make([]byte, 0, 4096)
	for {
		frames, seqs, ended := st.Read()
		buf = buf[:0]
		for i, f := range frames {
			buf = append(buf, "id: "...)
			buf = strconv.AppendUint(buf, seqs[i], 10)
			buf = append(buf, "\ndata: "...)
			buf = append(buf, f...)
			buf = append(buf, "\n\n"...)
		}
		if ended {
			buf = append(buf, "data: {\"type\":\"ended\"}\n\n"...)
		}
		if len(buf) > 0 {
			if _, err := w.Write(buf); err != nil {
				return
			}
			if err := rc.Flush(); err != nil {
				return
			}
		}
		if ended {
			return
		}
		select {
		case <-st.Notify():
		case <-beat.C:
			if _, err := w.Write([]byte("data: {\"type\":\"heartbeat\"}\n\n")); err != nil {
				return
			}
			if rc.Flush() != nil {
				return
			}
		case <-r.Context().Done():
			return
		}
	}
}

func writeError(w http.ResponseWriter, err error) {
	var e *Error
	if errors.As(err, &e) {
		writeDetail(w, e.Status, e.Msg)
		return
	}
	writeDetail(w, 500, "Internal error.")
}

func writeDetail(w http.ResponseWriter, status int, msg string) {
	writeJSON(w, status, map[string]string{"detail": msg})
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	b, _ := json.Marshal(v)
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	_, _ = w.Write(b)
}
