// Package tunnel publishes an HTTP app that runs behind NAT, such as on a laptop,
// through a hub server.
//
// The app opens one outbound, authenticated WebSocket to the hub and keeps it.
// Over it, [github.com/hashicorp/yamux] multiplexes streams: the hub opens one
// stream per proxied HTTP connection, and the app serves the streams with an
// ordinary [net/http.Server] (HTTP/1.1, keep-alive, streamed responses flushed as
// they are written).
//
// # App side
//
// [Listen] registers the app and returns a [Listener], a [net.Listener]:
//
//	l, err := tunnel.Listen(ctx, "https://hub.example/api/tunnel", tunnel.Options{Token: token, App: "hello"})
//	if err != nil {
//		return err // bad token, refusal, unreachable hub
//	}
//	fmt.Println("Running on", l.URL())
//	return http.Serve(l, handler)
//
// If the connection drops, the Listener reconnects and registers again in the
// background; Accept keeps returning connections from the new tunnel.
//
// # Hub side
//
// The hub authenticates the upgrade request, then calls [Accept], reads the
// [Register] message, and answers with [Pending.Refuse] or [Pending.Welcome]. The
// resulting [Session] opens connections to the app; its [Session.Transport] plugs
// into [net/http/httputil.ReverseProxy].
//
// # Wire
//
//  1. The app sends GET to the tunnel URL with "Upgrade: websocket",
//     "Authorization: Bearer <token>" and "User-Agent: gradio-go-tunnel/1".
//  2. The app sends Register as a JSON text message.
//  3. The hub answers with a JSON text message: {"url", "share_url",
//     "share_expires"} to welcome the app, or {"error", "retry"} to refuse it.
//  4. After a welcome, both ends carry yamux in binary messages. The hub is the
//     yamux client and opens streams; the app is the server and accepts them.
//     Both send keepalive pings every 15 s.
//
// # Why one WebSocket and yamux
//
// A WebSocket is a plain HTTPS request to begin with, so the tunnel passes any
// proxy, firewall or load balancer that passes WebSockets, and the hub serves it
// from the same port and with the same authentication as its other APIs. One
// connection costs one TCP and TLS handshake however many requests go through
// it, and reconnecting is a single step. yamux gives each HTTP connection its
// own stream with its own flow control window, so a large upload or a slow
// event stream does not hold up the requests beside it, and closing a stream is
// cheap. HTTP/2 would offer the same, but in the wrong direction: here the
// server of the streams is the side that dialed.
package tunnel
