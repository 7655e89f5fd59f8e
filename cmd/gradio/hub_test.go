package main

import (
	"path/filepath"
	"strings"
	"testing"
)

func TestHubAndShareUsage(t *testing.T) {
	data := filepath.Join(t.TempDir(), "hub")
	for _, c := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"hub", "nope", "-data", data}, exitUsage, `unknown subcommand "nope"`},
		{[]string{"hub", "serve", "-data", data, "extra"}, exitUsage, "takes no arguments"},
		{[]string{"hub", "adduser", "-data", data}, exitUsage, "want one user name"},
		{[]string{"hub", "adduser", "-data", data, "Not OK"}, exitFail, "lower-case letters"},
		{[]string{"hub", "token", "-data", data, "nobody"}, exitFail, `user "nobody": not found`},
		{[]string{"hub", "-db", "mysql://x"}, exitFail, "store:"},
		{[]string{"share"}, exitUsage, "want the URL of the running app"},
		{[]string{"share", "-hub", "", "-token", "", "http://127.0.0.1:7860"}, exitUsage, "give the hub's URL and an API token"},
		{[]string{"share", "-hub", "http://127.0.0.1:1", "-token", "t", "ftp://x"}, exitUsage, "is not an http(s) URL"},
		{[]string{"share", "-hub", "http://127.0.0.1:1", "-token", "ghub_x", "http://127.0.0.1:7860"}, exitFail, "gradio share: tunnel:"},
	} {
		code, _, errOut := gradioCmd(c.args...)
		if code != c.code || !strings.Contains(errOut, c.want) {
			t.Errorf("gradio %s: exit %d, stderr %q; want exit %d and %q", strings.Join(c.args, " "), code, errOut, c.code, c.want)
		}
	}
}
