package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net/http"
	"net/http/httputil"
	"net/url"
	"os"
	"strings"
	"time"

	"github.com/gradio-go/gradio/tunnel"
)

// shareCmd publishes an app that already runs (on this machine or one it reaches) on
// a hub: it opens the tunnel and forwards what comes through it to the app's URL.
func shareCmd(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("share", flag.ContinueOnError)
	fs.SetOutput(stderr)
	hubURL := fs.String("hub", os.Getenv("GRADIO_HUB_URL"), "the hub's URL (default $GRADIO_HUB_URL)")
	token := fs.String("token", os.Getenv("GRADIO_HUB_TOKEN"), "a hub API token (default $GRADIO_HUB_TOKEN)")
	name := fs.String("name", "", "the app's name on the hub (default: from the title, else \"app\")")
	title := fs.String("title", "", "the app's title in the hub's directory")
	desc := fs.String("description", "", "the app's description in the hub's directory")
	tags := fs.String("tags", "", "comma-separated tags")
	visibility := fs.String("visibility", "", "public, unlisted or private (default: keep the hub's setting; public for a new app)")
	link := fs.Bool("link", false, "also make a temporary share link")
	linkTTL := fs.Duration("link-ttl", 0, "how long the share link lasts (default: the hub's, 72h)")
	if err := fs.Parse(args); err != nil {
		return exitUsage
	}
	if fs.NArg() != 1 {
		fmt.Fprintln(stderr, "gradio share: want the URL of the running app, such as http://127.0.0.1:7860")
		return exitUsage
	}
	target, err := url.Parse(fs.Arg(0))
	if err != nil || (target.Scheme != "http" && target.Scheme != "https") || target.Host == "" {
		fmt.Fprintf(stderr, "gradio share: %q is not an http(s) URL\n", fs.Arg(0))
		return exitUsage
	}
	if *hubURL == "" || *token == "" {
		fmt.Fprintln(stderr, "gradio share: give the hub's URL and an API token (-hub and -token, or $GRADIO_HUB_URL and $GRADIO_HUB_TOKEN)")
		return exitUsage
	}
	if *name == "" {
		*name = tunnel.AppName(*title)
	}
	o := tunnel.Options{Token: *token, App: *name, Title: *title, Description: *desc, Visibility: *visibility,
		Share: *link, ShareTTL: *linkTTL, Logf: func(format string, a ...any) { fmt.Fprintf(stderr, "gradio share: "+format+"\n", a...) }}
	for _, t := range strings.Split(*tags, ",") {
		if t = strings.TrimSpace(t); t != "" {
			o.Tags = append(o.Tags, t)
		}
	}
	ln, err := tunnel.Listen(ctx, strings.TrimSuffix(*hubURL, "/")+"/api/tunnel", o)
	if err != nil {
		fmt.Fprintln(stderr, "gradio share:", err)
		return exitFail
	}
	fmt.Fprintf(stdout, "* Running on the hub: %s\n", ln.URL())
	if ln.ShareURL() != "" {
		fmt.Fprintf(stdout, "* Share link: %s (until %s)\n", ln.ShareURL(), ln.ShareExpires().Local().Format(time.RFC1123))
	}
	proxy := &httputil.ReverseProxy{
		FlushInterval: -1,
		Rewrite: func(pr *httputil.ProxyRequest) {
			pr.SetURL(target)
			// The hub's forwarding headers say where the app is public; pass them on.
			for _, h := range []string{"X-Forwarded-For", "X-Forwarded-Host", "X-Forwarded-Proto", "X-Forwarded-Prefix"} {
				if v := pr.In.Header.Get(h); v != "" {
					pr.Out.Header.Set(h, v)
				}
			}
			pr.Out.Host = target.Host
		},
	}
	err = serveUntil(ctx, &http.Server{Handler: proxy, ReadHeaderTimeout: 30 * time.Second}, ln, nil)
	if err != nil && !errors.Is(err, http.ErrServerClosed) && !errors.Is(err, context.Canceled) {
		fmt.Fprintln(stderr, "gradio share:", err)
		return exitFail
	}
	return exitOK
}
