package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/gradio-go/gradio/client"
)

func connectFlags(fs *flag.FlagSet) (connect func(ctx context.Context, url string) (*client.Client, error)) {
	session := fs.String("session", "", "session hash")
	token := fs.String("token", "", "bearer token")
	user := fs.String("user", "", "user name for password auth")
	password := fs.String("password", "", "password for password auth")
	return func(ctx context.Context, url string) (*client.Client, error) {
		var opts []client.Option
		if *session != "" {
			opts = append(opts, client.WithSession(*session))
		}
		if *token != "" {
			opts = append(opts, client.WithToken(*token))
		}
		if *user != "" {
			opts = append(opts, client.WithAuth(*user, *password))
		}
		return client.Connect(ctx, url, opts...)
	}
}

func callCmd(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("call", flag.ContinueOnError)
	fs.SetOutput(stderr)
	asJSON := fs.Bool("json", false, "print outputs as JSON")
	named := fs.Bool("named", false, "ARGs are name=value")
	outDir := fs.String("o", ".", "directory for output files")
	quiet := fs.Bool("quiet", false, "no progress display")
	connect := connectFlags(fs)
	if err := fs.Parse(args); err != nil {
		return exitUsage
	}
	rest := fs.Args()
	if len(rest) < 2 {
		fmt.Fprintln(stderr, "gradio call: want a URL and an /endpoint (see gradio help)")
		return exitUsage
	}
	url, api := rest[0], rest[1]
	if !strings.HasPrefix(api, "/") {
		api = "/" + api
	}
	c, err := connect(ctx, url)
	if err != nil {
		fmt.Fprintln(stderr, "gradio call:", err)
		return exitFail
	}
	defer c.Close()

	var job *client.Job
	if *named {
		kw := map[string]any{}
		for _, a := range rest[2:] {
			k, v, ok := strings.Cut(a, "=")
			if !ok {
				fmt.Fprintf(stderr, "gradio call: -named takes name=value arguments, not %q\n", a)
				return exitUsage
			}
			kw[k] = argValue(v)
		}
		job, err = c.SubmitNamed(ctx, api, kw)
	} else {
		vals := make([]any, 0, len(rest)-2)
		for _, a := range rest[2:] {
			vals = append(vals, argValue(a))
		}
		job, err = c.Submit(ctx, api, vals...)
	}
	if err != nil {
		fmt.Fprintln(stderr, "gradio call:", err)
		return exitFail
	}
	show := newProgress(stderr, !*quiet)
	var final client.Update
	for u := range job.Updates(ctx) {
		show.update(u)
		final = u
	}
	show.done()
	if final.Err != nil {
		var ae *client.AppError
		if errors.As(final.Err, &ae) {
			fmt.Fprintf(stderr, "gradio call: %s: %s\n", ae.Title, ae.Message)
		} else {
			fmt.Fprintln(stderr, "gradio call:", final.Err)
		}
		return exitFail
	}
	return printOutputs(ctx, c, final.Data, *outDir, *asJSON, stdout, stderr)
}

// argValue reads one command-line argument: @path is a file, JSON is JSON, anything else
// a string.
func argValue(a string) any {
	if p, ok := strings.CutPrefix(a, "@"); ok && p != "" {
		if strings.HasPrefix(p, "http://") || strings.HasPrefix(p, "https://") {
			return client.URL(p)
		}
		return client.File(p)
	}
	var v any
	if err := json.Unmarshal([]byte(a), &v); err == nil {
		return v
	}
	return a
}

// printOutputs prints each output on its own line (strings raw, other values as JSON),
// or all as one JSON array; files are saved and replaced by their local paths.
func printOutputs(ctx context.Context, c *client.Client, data []any, dir string, asJSON bool, stdout, stderr io.Writer) int {
	out := make([]any, len(data))
	for i, v := range data {
		if _, ok := client.AsFile(v); ok {
			if err := os.MkdirAll(dir, 0o755); err != nil {
				fmt.Fprintln(stderr, "gradio call:", err)
				return exitFail
			}
			p, err := c.Download(ctx, v, dir)
			if err != nil {
				fmt.Fprintln(stderr, "gradio call:", err)
				return exitFail
			}
			out[i] = p
			continue
		}
		out[i] = v
	}
	if asJSON {
		b, _ := json.Marshal(out)
		fmt.Fprintln(stdout, string(b))
		return exitOK
	}
	for _, v := range out {
		if s, ok := v.(string); ok {
			fmt.Fprintln(stdout, s)
			continue
		}
		b, _ := json.Marshal(v)
		fmt.Fprintln(stdout, string(b))
	}
	return exitOK
}
