package server

import (
	"errors"
	"net/http"

	"github.com/gradio-go/gradio/internal/queue"
	"github.com/gradio-go/gradio/internal/room"
	"github.com/gradio-go/gradio/internal/wire"
)

// RoomHeader names the collaborative room a queued call is made from; the member's
// token comes in room.TokenHeader.
const RoomHeader = "X-Gradio-Room"

// roomTap authorises a call made from a room's page and returns the tap that mirrors
// it into the room. A call without the header is an ordinary call (nil, true); a
// refused one has been answered.
func (s *Server) roomTap(w http.ResponseWriter, r *http.Request, fn *Fn) (func(queue.Message), bool) {
	id := r.Header.Get(RoomHeader)
	if id == "" {
		return nil, true
	}
	if s.o.Rooms == nil {
		writeDetail(w, http.StatusNotFound, "This app has no collaborative rooms.")
		return nil, false
	}
	tap, err := s.o.Rooms.Run(id, r.Header.Get(room.TokenHeader), fn.Index)
	if err != nil {
		var e *room.Error
		if errors.As(err, &e) {
			writeDetail(w, e.Status, e.Msg)
		} else {
			writeDetail(w, http.StatusInternalServerError, "Internal error.")
		}
		return nil, false
	}
	return tap, true
}

func (s *Server) roomRoutes() {
	if s.o.Rooms != nil {
		s.mux.Handle(wire.APIPrefix+"/room/", s.o.Rooms)
	}
}
