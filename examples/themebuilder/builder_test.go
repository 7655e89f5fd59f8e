package main

import (
	"strings"
	"testing"

	"github.com/gradio-go/gradio/theme"
)

func TestBuild(t *testing.T) {
	css, code, err := build("soft", "emerald", asTheme, "stone", "lg", asTheme, "none", "Georgia, serif")
	if err != nil {
		t.Fatal(err)
	}
	want := "```go\nt := theme.Soft()\nt.Primary = theme.Emerald\nt.Neutral = theme.Stone\nt.Text = theme.TextLG\nt.Radius = theme.RadiusNone\nt.Font = []string{\"Georgia\", \"serif\"}\napp.Launch(gradio.WithTheme(t))\n```"
	if code != want {
		t.Errorf("code:\n%s\nwant:\n%s", code, want)
	}
	// The code makes the theme that was previewed.
	th := theme.Soft()
	th.Primary, th.Neutral, th.Text, th.Radius, th.Font = theme.Emerald, theme.Stone, theme.TextLG, theme.RadiusNone, []string{"Georgia", "serif"}
	if same, _ := th.CSS(); css != same {
		t.Error("the CSS previewed is not the CSS of the code shown")
	}
}

func TestBuildErrors(t *testing.T) {
	for _, args := range [][8]string{
		{"neon", asTheme, asTheme, asTheme, asTheme, asTheme, asTheme, ""},
		{"base", "mauve", asTheme, asTheme, asTheme, asTheme, asTheme, ""},
		{"base", asTheme, asTheme, asTheme, "huge", asTheme, asTheme, ""},
		{"base", asTheme, asTheme, asTheme, asTheme, asTheme, asTheme, "Evil; }"},
	} {
		if _, _, err := build(args[0], args[1], args[2], args[3], args[4], args[5], args[6], args[7]); err == nil || strings.TrimSpace(err.Error()) == "" {
			t.Errorf("build%v: no error", args)
		}
	}
}
