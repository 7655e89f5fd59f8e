package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"sort"
	"strings"
)

func infoCmd(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("info", flag.ContinueOnError)
	fs.SetOutput(stderr)
	asJSON := fs.Bool("json", false, "print the API description as JSON")
	connect := connectFlags(fs)
	if err := fs.Parse(args); err != nil {
		return exitUsage
	}
	if fs.NArg() != 1 {
		fmt.Fprintln(stderr, "gradio info: want one URL (see gradio help)")
		return exitUsage
	}
	c, err := connect(ctx, fs.Arg(0))
	if err != nil {
		fmt.Fprintln(stderr, "gradio info:", err)
		return exitFail
	}
	defer c.Close()
	eps := c.Endpoints()
	if *asJSON {
		b, _ := json.MarshalIndent(eps, "", "  ")
		fmt.Fprintln(stdout, string(b))
		return exitOK
	}
	names := make([]string, 0, len(eps))
	for n := range eps {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		ep := eps[n]
		params := make([]string, len(ep.Parameters))
		for i, p := range ep.Parameters {
			params[i] = fmt.Sprintf("%s: %s", p.Name, p.PythonType.Type)
			if p.HasDefault {
				d, _ := json.Marshal(p.Default)
				params[i] += " = " + string(d)
			}
		}
		returns := make([]string, len(ep.Returns))
		for i, r := range ep.Returns {
			returns[i] = r.PythonType.Type
		}
		fmt.Fprintf(stdout, "%s(%s) -> (%s)\n", n, strings.Join(params, ", "), strings.Join(returns, ", "))
		if ep.Description != "" {
			fmt.Fprintf(stdout, "    %s\n", ep.Description)
		}
	}
	return exitOK
}
