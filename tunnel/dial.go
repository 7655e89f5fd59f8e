package tunnel

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"time"

	"github.com/coder/websocket"
	"github.com/hashicorp/yamux"
)

// handshakeTimeout bounds one connection attempt: upgrade, Register and the answer.
const handshakeTimeout = 30 * time.Second

// dial connects to the hub, registers and starts yamux. Errors are a
// *StatusError, a *RefusedError, or a network or protocol error.
func dial(ctx context.Context, hubURL string, o *Options, reg Register) (*yamux.Session, Welcome, error) {
	ctx, cancel := context.WithTimeout(ctx, handshakeTimeout)
	defer cancel()

	h := http.Header{"User-Agent": {userAgent}}
	if o.Token != "" {
		h.Set("Authorization", "Bearer "+o.Token)
	}
	ws, resp, err := websocket.Dial(ctx, hubURL, &websocket.DialOptions{HTTPClient: o.HTTPClient, HTTPHeader: h})
	if err != nil {
		if resp != nil && resp.StatusCode != http.StatusSwitchingProtocols {
			// Dial keeps the first KiB of the body for us.
			body, _ := io.ReadAll(resp.Body)
			return nil, Welcome{}, &StatusError{StatusCode: resp.StatusCode, Message: firstLine(body)}
		}
		return nil, Welcome{}, fmt.Errorf("tunnel: connecting to hub: %w", err)
	}

	data, _ := json.Marshal(reg)
	if err := ws.Write(ctx, websocket.MessageText, data); err != nil {
		ws.CloseNow()
		return nil, Welcome{}, fmt.Errorf("tunnel: sending register message: %w", err)
	}
	typ, data, err := ws.Read(ctx)
	if err != nil {
		ws.CloseNow()
		return nil, Welcome{}, fmt.Errorf("tunnel: waiting for the hub's answer: %w", err)
	}
	if typ != websocket.MessageText {
		ws.CloseNow()
		return nil, Welcome{}, fmt.Errorf("tunnel: hub answered with a binary message")
	}
	w, err := decodeReply(data)
	if err != nil {
		ws.CloseNow()
		return nil, Welcome{}, err
	}

	// NetConn lifts the 32 KiB read limit: a yamux frame may be a whole 1 MiB
	// window, and NetConn streams messages instead of buffering them.
	nc := websocket.NetConn(context.Background(), ws, websocket.MessageBinary)
	mux, err := yamux.Server(nc, muxConfig())
	if err != nil {
		nc.Close()
		return nil, Welcome{}, fmt.Errorf("tunnel: %w", err)
	}
	return mux, w, nil
}
