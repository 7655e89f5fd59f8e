package gradio

import (
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"os/signal"
	"strconv"
	"syscall"
	"time"
)

// Launch serves the app until the process is interrupted (SIGINT or SIGTERM), then shuts
// down gracefully. It listens on WithAddr's address, else on $GRADIO_SERVER_NAME (default
// 127.0.0.1) and $GRADIO_SERVER_PORT; without a port it takes the first free one from
// 7860, as Gradio does. It prints the URL it serves.
func (a *App) Launch() error {
	ln, err := a.listen()
	if err != nil {
		return err
	}
	if !a.opts.quiet {
		fmt.Printf("* Running on local URL:  %s://%s\n", a.scheme(), displayAddr(ln.Addr()))
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	return a.Serve(ctx, ln)
}

func (a *App) listen() (net.Listener, error) {
	if a.opts.addr != "" {
		return net.Listen("tcp", a.opts.addr)
	}
	host := os.Getenv("GRADIO_SERVER_NAME")
	if host == "" {
		host = "127.0.0.1"
	}
	if p := os.Getenv("GRADIO_SERVER_PORT"); p != "" {
		if _, err := strconv.Atoi(p); err != nil {
			return nil, fmt.Errorf("gradio: GRADIO_SERVER_PORT=%q is not a port number", p)
		}
		return net.Listen("tcp", net.JoinHostPort(host, p))
	}
	var firstErr error
	for port := 7860; port < 7960; port++ {
		ln, err := net.Listen("tcp", net.JoinHostPort(host, strconv.Itoa(port)))
		if err == nil {
			return ln, nil
		}
		if firstErr == nil {
			firstErr = err
		}
	}
	return nil, fmt.Errorf("gradio: no free port in 7860-7959 on %s (set GRADIO_SERVER_PORT): %w", host, firstErr)
}

func displayAddr(addr net.Addr) string {
	tcp, ok := addr.(*net.TCPAddr)
	if !ok || !tcp.IP.IsUnspecified() {
		return addr.String()
	}
	return net.JoinHostPort("127.0.0.1", strconv.Itoa(tcp.Port))
}

// Serve serves the app on ln until ctx is done, then stops accepting requests, ends
// open streams and closes the app, allowing ten seconds for running handlers to finish.
// With WithShare (or $GRADIO_SHARE=true) it also publishes the app on a hub.
func (a *App) Serve(ctx context.Context, ln net.Listener) error {
	// Streams (queue data, heartbeats) never go idle, so Shutdown alone would wait for
	// them: ending the requests' base context lets them finish.
	reqCtx, endRequests := context.WithCancel(context.Background())
	defer endRequests()
	srv := a.httpServer()
	srv.BaseContext = func(net.Listener) context.Context { return reqCtx }
	ln, terr := a.tlsListener(ln)
	if terr != nil {
		_ = ln.Close()
		return terr
	}
	lns := []net.Listener{ln}
	if s := a.shareConfig(); s != nil {
		// TLS is the hub's business: the tunnel carries plain HTTP inside its own
		// (usually TLS) connection.
		sl, err := a.shareListener(ctx, s)
		if err != nil {
			_ = ln.Close()
			return err
		}
		lns = append(lns, sl)
		srv.ConnContext, srv.Handler = markHubConns(srv.Handler)
	}
	errc := make(chan error, len(lns))
	for _, l := range lns {
		go func() { errc <- srv.Serve(l) }()
	}
	select {
	case err := <-errc:
		_ = srv.Close()
		for range len(lns) - 1 {
			<-errc
		}
		_ = a.Close()
		return err
	case <-ctx.Done():
	}
	shutdownCtx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	qerr := a.Shutdown(shutdownCtx)
	endRequests()
	err := srv.Shutdown(shutdownCtx)
	for range lns {
		<-errc
	}
	return errors.Join(err, qerr)
}
