package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/gradio-go/gradio/hub"
	"github.com/gradio-go/gradio/hub/store"
)

// hubCmd runs a hub, or administers its records: "gradio hub [flags]",
// "gradio hub adduser NAME" (the password is read from standard input) and
// "gradio hub token NAME [LABEL]" (prints a new API token).
func hubCmd(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	sub := "serve"
	if len(args) > 0 && !strings.HasPrefix(args[0], "-") {
		sub, args = args[0], args[1:]
	}
	fs := flag.NewFlagSet("hub "+sub, flag.ContinueOnError)
	fs.SetOutput(stderr)
	data := fs.String("data", "hub-data", "directory of the hub's SQLite file")
	db := fs.String("db", os.Getenv("GRADIO_HUB_DATABASE_URL"), "database URL (postgres://…); default: SQLite in -data")
	addr := fs.String("addr", "127.0.0.1:8080", "address to serve on (serve)")
	base := fs.String("base-url", "", "the hub's public URL, if a proxy stands in front of it (serve)")
	appsDomain := fs.String("apps-domain", "", "serve each app on its own origin, <owner>--<app>.DOMAIN (needs -base-url and wildcard DNS) (serve)")
	closed := fs.Bool("closed-signup", false, "refuse sign-ups; make accounts with \"gradio hub adduser\" (serve)")
	shareTTL := fs.Duration("share-ttl", 72*time.Hour, "default lifetime of share links (serve)")
	maxShareTTL := fs.Duration("max-share-ttl", 7*24*time.Hour, "longest share link an app may ask for (serve)")
	if err := fs.Parse(args); err != nil {
		return exitUsage
	}
	url := *db
	if url == "" {
		if err := os.MkdirAll(*data, 0o700); err != nil {
			fmt.Fprintln(stderr, "gradio hub:", err)
			return exitFail
		}
		url = "sqlite:" + filepath.Join(*data, "hub.db")
	}
	st, err := store.Open(ctx, url)
	if err != nil {
		fmt.Fprintln(stderr, "gradio hub:", err)
		return exitFail
	}
	defer st.Close()
	switch sub {
	case "serve":
		if fs.NArg() != 0 {
			fmt.Fprintln(stderr, "gradio hub: serve takes no arguments (see gradio help)")
			return exitUsage
		}
		return serveHub(ctx, st, hub.Config{BaseURL: *base, AppsDomain: *appsDomain, ClosedSignup: *closed, ShareTTL: *shareTTL, MaxShareTTL: *maxShareTTL}, *addr, stdout, stderr)
	case "adduser":
		if fs.NArg() != 1 {
			fmt.Fprintln(stderr, "gradio hub adduser: want one user name; the password comes from standard input")
			return exitUsage
		}
		line, err := bufio.NewReader(stdin).ReadString('\n')
		if err != nil && !errors.Is(err, io.EOF) {
			fmt.Fprintln(stderr, "gradio hub adduser: reading the password:", err)
			return exitFail
		}
		if _, err := hub.AddUser(ctx, st, fs.Arg(0), strings.TrimRight(line, "\r\n"), ""); err != nil {
			fmt.Fprintln(stderr, "gradio hub adduser:", err)
			return exitFail
		}
		fmt.Fprintf(stdout, "added %s\n", fs.Arg(0))
		return exitOK
	case "token":
		if fs.NArg() < 1 || fs.NArg() > 2 {
			fmt.Fprintln(stderr, "gradio hub token: want a user name and an optional label")
			return exitUsage
		}
		label := "cli"
		if fs.NArg() == 2 {
			label = fs.Arg(1)
		}
		tok, err := hub.NewToken(ctx, st, fs.Arg(0), label)
		if err != nil {
			fmt.Fprintln(stderr, "gradio hub token:", err)
			return exitFail
		}
		fmt.Fprintln(stdout, tok)
		return exitOK
	}
	fmt.Fprintf(stderr, "gradio hub: unknown subcommand %q (serve, adduser, token)\n", sub)
	return exitUsage
}

func serveHub(ctx context.Context, st store.Store, cfg hub.Config, addr string, stdout, stderr io.Writer) int {
	cfg.Store = st
	cfg.Logger = slog.New(slog.NewTextHandler(stderr, nil))
	h, err := hub.New(cfg)
	if err != nil {
		fmt.Fprintln(stderr, "gradio hub:", err)
		return exitFail
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		fmt.Fprintln(stderr, "gradio hub:", err)
		return exitFail
	}
	fmt.Fprintf(stdout, "* Hub running on http://%s\n", ln.Addr())
	// Tunnels never go idle: they end before Shutdown waits for connections to.
	err = serveUntil(ctx, &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second}, ln, func() { _ = h.Close() })
	_ = h.Close()
	if err != nil && !errors.Is(err, http.ErrServerClosed) {
		fmt.Fprintln(stderr, "gradio hub:", err)
		return exitFail
	}
	return exitOK
}

// serveUntil serves srv on ln until ctx is done, then calls stopping (if not nil) and
// shuts the server down gracefully.
func serveUntil(ctx context.Context, srv *http.Server, ln net.Listener, stopping func()) error {
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	if stopping != nil {
		stopping()
	}
	sctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	err := srv.Shutdown(sctx)
	<-errc
	return err
}
