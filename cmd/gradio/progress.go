package main

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/gradio-go/gradio/client"
)

// progress shows a call's queue position and progress on a terminal, on one line that
// it rewrites; on anything else it stays silent, so scripts get clean output.
type progress struct {
	w      io.Writer
	active bool
	shown  bool
}

func newProgress(w io.Writer, enabled bool) *progress {
	f, ok := w.(*os.File)
	tty := false
	if ok {
		if st, err := f.Stat(); err == nil && st.Mode()&os.ModeCharDevice != 0 {
			tty = true
		}
	}
	return &progress{w: w, active: enabled && tty}
}

func (p *progress) update(u client.Update) {
	if !p.active {
		return
	}
	line := ""
	switch u.Stage {
	case client.Queued:
		line = fmt.Sprintf("queued: position %d of %d", u.Rank+1, u.QueueSize)
		if u.ETA > 0 {
			line += fmt.Sprintf(", about %.1fs", u.ETA)
		}
	case client.Started:
		line = "running…"
	case client.Progressed:
		line = progressLine(u)
	case client.Logged:
		p.clear()
		fmt.Fprintf(p.w, "%s: %s\n", strings.ToUpper(u.Log.Level), u.Log.Message)
		return
	case client.Generated:
		line = "receiving…"
	default:
		return
	}
	p.clear()
	fmt.Fprint(p.w, line)
	p.shown = true
}

func progressLine(u client.Update) string {
	if len(u.Progress) == 0 {
		return "running…"
	}
	pu := u.Progress[0]
	frac := -1.0
	switch {
	case pu.Progress != nil:
		frac = *pu.Progress
	case pu.Index != nil && pu.Length != nil && *pu.Length > 0:
		frac = float64(*pu.Index+1) / float64(*pu.Length)
	}
	desc := ""
	if pu.Desc != nil {
		desc = *pu.Desc + " "
	}
	if frac < 0 {
		return desc + "…"
	}
	const width = 30
	n := int(frac*width + 0.5)
	return fmt.Sprintf("%s[%s%s] %3.0f%%", desc, strings.Repeat("█", n), strings.Repeat("·", width-n), frac*100)
}

func (p *progress) clear() {
	if p.shown {
		fmt.Fprint(p.w, "\r\033[K")
		p.shown = false
	}
}

func (p *progress) done() { p.clear() }
