package gradio

import (
	"crypto/tls"
	"fmt"
	"net"
)

// WithTLS makes Launch and Serve speak HTTPS with the certificate and key in these PEM
// files (TLS 1.2 or later). Login cookies are then marked Secure.
func WithTLS(certFile, keyFile string) Option {
	return func(o *options) { o.sec.certFile, o.sec.keyFile = certFile, keyFile }
}

// tlsListener wraps ln in TLS when WithTLS was given. The files are read here, so that
// a wrong path is reported when serving starts rather than at the first connection.
func (a *App) tlsListener(ln net.Listener) (net.Listener, error) {
	if a.opts.sec.certFile == "" && a.opts.sec.keyFile == "" {
		return ln, nil
	}
	cert, err := tls.LoadX509KeyPair(a.opts.sec.certFile, a.opts.sec.keyFile)
	if err != nil {
		return ln, fmt.Errorf("gradio: WithTLS: %w", err)
	}
	// HTTP/1.1 only: idle heartbeat streams are taken over from net/http, which HTTP/2
	// connections do not allow.
	cfg := &tls.Config{Certificates: []tls.Certificate{cert}, MinVersion: tls.VersionTLS12, NextProtos: []string{"http/1.1"}}
	return tls.NewListener(ln, cfg), nil
}

// scheme is how Launch's URL starts.
func (a *App) scheme() string {
	if a.opts.sec.certFile != "" {
		return "https"
	}
	return "http"
}
