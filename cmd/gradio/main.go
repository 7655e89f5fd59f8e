// Command gradio is gradio-go's command line: call any Gradio app and describe its API.
//
//	gradio info URL                    list the endpoints of the app at URL
//	gradio call URL /endpoint [ARG...] call an endpoint and print its outputs
//	gradio bench [startup]             measure gradio-go itself (docs/performance.md)
//	gradio dev [PACKAGE]               run an app, rebuilding it when its files change
//	gradio hub [adduser|token]         run a hub where apps are published, or add to its records
//	gradio share URL                   publish a running app on a hub
//
// Run "gradio help" for the details.
package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	code := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// Exit codes.
const (
	exitOK    = 0
	exitFail  = 1 // the call or the connection failed
	exitUsage = 2
)

func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		usage(stderr)
		return exitUsage
	}
	switch args[0] {
	case "call":
		return callCmd(ctx, args[1:], stdout, stderr)
	case "info":
		return infoCmd(ctx, args[1:], stdout, stderr)
	case "bench":
		return benchCmd(ctx, args[1:], stdout, stderr)
	case "dev":
		return devCmd(ctx, args[1:], stdout, stderr)
	case "hub":
		return hubCmd(ctx, args[1:], os.Stdin, stdout, stderr)
	case "share":
		return shareCmd(ctx, args[1:], stdout, stderr)
	case "help", "-h", "-help", "--help":
		usage(stdout)
		return exitOK
	}
	fmt.Fprintf(stderr, "gradio: unknown command %q\n\n", args[0])
	usage(stderr)
	return exitUsage
}

func usage(w io.Writer) {
	fmt.Fprint(w, `gradio — gradio-go's command line

Usage:
  gradio info [-json] URL
      List the public endpoints of the Gradio app at URL, with their parameters and
      results.
  gradio call [flags] URL /endpoint [ARG...]
      Call an endpoint and print its outputs. Each ARG is JSON if it parses as JSON,
      else a string; @path uploads a local file; with -named, ARGs are name=value.
      Files in the outputs are saved in -o DIR and their paths printed.
  gradio dev [-addr ADDR] [PACKAGE]
      Run the app in PACKAGE (default "."), rebuilding and restarting it when its
      files change; open pages reload themselves. See "gradio dev -h".
  gradio hub [-addr ADDR] [-data DIR | -db postgres://…] [-base-url URL] [-apps-domain D] [-closed-signup]
      Run a hub: accounts, a directory of apps, comments, and tunnels that publish
      apps from any machine at /<owner>/<app>/. Records live in SQLite under -data
      (default ./hub-data) or in PostgreSQL ($GRADIO_HUB_DATABASE_URL). With
      -apps-domain, each app gets its own origin, <owner>--<app>.D.
  gradio hub adduser NAME        make an account; the password is read from stdin
  gradio hub token NAME [LABEL]  print a new API token for NAME
  gradio share [-hub URL] [-token T] [-name N] [-visibility V] [-link] URL
      Publish the app running at URL on a hub through an outbound tunnel (no open
      port needed); -link also makes a temporary share link. The hub and token
      default to $GRADIO_HUB_URL and $GRADIO_HUB_TOKEN.
  gradio bench [startup]
      Without an argument, list the benchmarks; "startup" measures the start-up time
      and memory of gradio-go apps against a hello-world net/http server.

Flags of call:
  -json         print the outputs as one JSON array
  -named        take ARGs as name=value keyword arguments
  -o DIR        where to save output files (default: the current directory)
  -session S    the session hash (to keep State between calls)
  -token T      send "Authorization: Bearer T"
  -user U -password P   log in to an app with password auth
  -quiet        do not show queue position and progress

Exit status: 0 on success, 1 when the call fails, 2 for usage errors.
`)
}
