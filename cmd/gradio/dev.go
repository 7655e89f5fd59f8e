package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"net"
	"net/http"
	"net/http/httputil"
	"net/url"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"
)

const devUsage = `gradio dev — run an app, rebuilding and restarting it when its files change

Usage:
  gradio dev [-addr ADDR] [PACKAGE]
      Build PACKAGE (default ".") with go build and serve it at ADDR (default
      $GRADIO_SERVER_NAME:$GRADIO_SERVER_PORT, else 127.0.0.1:7860). When a file of the
      app's packages in its module changes, rebuild and restart it; the open pages
      reload themselves and keep the values typed into them where they can. A build
      that fails is shown in the terminal and in the page, and the last good build
      keeps serving.
`

// devEventsPath is where the dev server streams its events to the pages it serves.
const devEventsPath = "/__gradio_dev/events"

func devCmd(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	flags := flag.NewFlagSet("dev", flag.ContinueOnError)
	flags.SetOutput(stderr)
	flags.Usage = func() { fmt.Fprint(stderr, devUsage) }
	addr := flags.String("addr", "", "the address to serve at")
	if err := flags.Parse(args); err != nil || flags.NArg() > 1 {
		return exitUsage
	}
	pkg := "."
	if flags.NArg() == 1 {
		pkg = flags.Arg(0)
	}
	if *addr == "" {
		host, port := os.Getenv("GRADIO_SERVER_NAME"), os.Getenv("GRADIO_SERVER_PORT")
		*addr = net.JoinHostPort(cmpOr(host, "127.0.0.1"), cmpOr(port, "7860"))
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		fmt.Fprintf(stderr, "gradio dev: %v\n", err)
		return exitFail
	}
	// A terminated dev server stops its app too, rather than leave it running.
	ctx, stop := signal.NotifyContext(ctx, syscall.SIGTERM)
	defer stop()
	d := &devServer{pkg: pkg, stdout: stdout, stderr: stderr, clients: map[chan devEvent]bool{}}
	fmt.Fprintf(stdout, "gradio dev: serving %s at http://%s\n", pkg, ln.Addr())
	if err := d.run(ctx, ln); err != nil && !errors.Is(err, context.Canceled) {
		fmt.Fprintf(stderr, "gradio dev: %v\n", err)
		return exitFail
	}
	return exitOK
}

func cmpOr(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

// devServer is a reverse proxy in front of the latest good build of the app, which
// tells the pages it serves when to reload.
type devServer struct {
	pkg            string
	stdout, stderr io.Writer
	bin            string // the directory builds go to

	mu      sync.Mutex
	dirs    []string  // the app's package directories in its module
	target  *url.URL  // the running build; nil before the first good one
	child   *devChild // the running build's process
	failure string    // the last build's error, "" when it built
	clients map[chan devEvent]bool
}

type devEvent struct{ name, data string }

type devChild struct {
	cmd    *exec.Cmd
	exited chan struct{}
}

// stop ends the process, politely first.
func (c *devChild) stop() {
	_ = c.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-c.exited:
	case <-time.After(5 * time.Second):
		_ = c.cmd.Process.Kill()
		<-c.exited
	}
}

func (d *devServer) run(ctx context.Context, ln net.Listener) error {
	var err error
	if d.bin, err = os.MkdirTemp("", "gradio-dev-*"); err != nil {
		return err
	}
	defer os.RemoveAll(d.bin)
	srv := &http.Server{Handler: d, BaseContext: func(net.Listener) context.Context { return ctx }}
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()

	gen := 1
	files := d.rebuild(ctx, gen, nil)
	tick := time.NewTicker(700 * time.Millisecond)
	defer tick.Stop()
	var err2 error
loop:
	for {
		select {
		case <-ctx.Done():
			err2 = ctx.Err()
			break loop
		case err2 = <-served:
			break loop
		case <-tick.C:
			if now := d.snapshot(); now.equal(files) {
				continue
			}
			gen++
			files = d.rebuild(ctx, gen, files)
		}
	}
	shut, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	_ = srv.Shutdown(shut)
	d.mu.Lock()
	child := d.child
	d.child = nil
	d.mu.Unlock()
	if child != nil {
		child.stop()
	}
	return err2
}

// snapshot is the modification time and size of every file of the app's packages in
// the main module.
type snapshot map[string][2]int64

func (s snapshot) equal(o snapshot) bool {
	if len(s) != len(o) {
		return false
	}
	for k, v := range s {
		if o[k] != v {
			return false
		}
	}
	return true
}

// listDirs finds the directories of the app's packages that are in its module:
// dependencies elsewhere do not change while it runs.
func (d *devServer) listDirs(ctx context.Context) {
	out, err := exec.CommandContext(ctx, "go", "list", "-e", "-deps", "-f", "{{if .Module}}{{if .Module.Main}}{{.Dir}}{{end}}{{end}}", d.pkg).Output()
	if err != nil {
		return // keep the last list
	}
	d.mu.Lock()
	d.dirs = strings.Fields(string(out))
	d.mu.Unlock()
}

// snapshot stats the files of the app's packages, and of their subdirectories that
// are not packages themselves (embedded assets), skipping tests and hidden files.
func (d *devServer) snapshot() snapshot {
	d.mu.Lock()
	dirs := d.dirs
	d.mu.Unlock()
	s := snapshot{}
	for _, dir := range dirs {
		_ = filepath.WalkDir(dir, func(p string, e fs.DirEntry, err error) error {
			if err != nil {
				return nil
			}
			name := e.Name()
			if e.IsDir() {
				if p != dir && (strings.HasPrefix(name, ".") || name == "node_modules" || name == "testdata" || hasGo(p)) {
					return filepath.SkipDir
				}
				return nil
			}
			if strings.HasPrefix(name, ".") || strings.HasSuffix(name, "_test.go") {
				return nil
			}
			if info, err := e.Info(); err == nil {
				s[p] = [2]int64{info.ModTime().UnixNano(), info.Size()}
			}
			return nil
		})
	}
	return s
}

// hasGo reports whether dir holds Go files, which makes it a package of its own.
func hasGo(dir string) bool {
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".go") {
			return true
		}
	}
	return false
}

// rebuild builds the app and, if it builds and starts, swaps it in for the running one
// and tells the pages to reload; otherwise it reports the error and keeps the old one.
// It returns the files it built from.
func (d *devServer) rebuild(ctx context.Context, gen int, old snapshot) snapshot {
	d.listDirs(ctx)
	files := d.snapshot()
	if old != nil {
		fmt.Fprintln(d.stdout, "gradio dev: a file changed; rebuilding")
	}
	bin := filepath.Join(d.bin, "app-"+strconv.Itoa(gen))
	out, err := exec.CommandContext(ctx, "go", "build", "-o", bin, d.pkg).CombinedOutput()
	if ctx.Err() != nil {
		return files
	}
	if err != nil {
		d.fail(fmt.Sprintf("go build %s: %v\n%s", d.pkg, err, out))
		return files
	}
	child, target, err := d.start(ctx, bin)
	if err != nil {
		d.fail(err.Error())
		return files
	}
	d.mu.Lock()
	prev := d.child
	d.child, d.target, d.failure = child, target, ""
	d.mu.Unlock()
	if prev != nil {
		prev.stop()
	}
	_ = os.Remove(filepath.Join(d.bin, "app-"+strconv.Itoa(gen-1)))
	if old != nil {
		fmt.Fprintln(d.stdout, "gradio dev: restarted; reloading the open pages")
	}
	d.broadcast(devEvent{"reload", ""})
	return files
}

func (d *devServer) fail(msg string) {
	fmt.Fprintf(d.stderr, "gradio dev: the build failed; the last good build keeps serving\n%s\n", msg)
	d.mu.Lock()
	d.failure = msg
	d.mu.Unlock()
	d.broadcast(devEvent{"failed", msg})
}

// start runs a build on a free port and waits until it answers.
func (d *devServer) start(ctx context.Context, bin string) (*devChild, *url.URL, error) {
	port, err := freePort()
	if err != nil {
		return nil, nil, err
	}
	cmd := exec.Command(bin)
	cmd.Env = append(os.Environ(), "GRADIO_SERVER_NAME=127.0.0.1", "GRADIO_SERVER_PORT="+port)
	var log bytes.Buffer
	cmd.Stdout, cmd.Stderr = io.MultiWriter(d.stdout, &log), io.MultiWriter(d.stderr, &log)
	if err := cmd.Start(); err != nil {
		return nil, nil, err
	}
	c := &devChild{cmd: cmd, exited: make(chan struct{})}
	go func() { _ = cmd.Wait(); close(c.exited) }()
	target := &url.URL{Scheme: "http", Host: "127.0.0.1:" + port}
	client := &http.Client{Timeout: 2 * time.Second}
	deadline := time.Now().Add(30 * time.Second)
	for {
		if resp, err := client.Get(target.String() + "/config"); err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return c, target, nil
			}
		}
		select {
		case <-c.exited:
			return nil, nil, fmt.Errorf("the app exited before serving:\n%s", log.String())
		case <-ctx.Done():
			c.stop()
			return nil, nil, ctx.Err()
		case <-time.After(50 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			c.stop()
			return nil, nil, errors.New("the app did not answer GET /config within 30 s")
		}
	}
}

func (d *devServer) broadcast(e devEvent) {
	d.mu.Lock()
	defer d.mu.Unlock()
	for ch := range d.clients {
		select {
		case ch <- e:
		default:
		}
	}
}

// ServeHTTP streams events at devEventsPath and passes everything else to the app.
func (d *devServer) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.URL.Path == devEventsPath {
		d.events(w, r)
		return
	}
	d.mu.Lock()
	target := d.target
	d.mu.Unlock()
	if target == nil {
		// No good build yet: the script shows why, and reloads once there is one.
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.WriteHeader(http.StatusServiceUnavailable)
		fmt.Fprintf(w, "<!doctype html><html><head><title>gradio dev</title>%s</head><body><p>The app has not built yet.</p></body></html>", devScript)
		return
	}
	proxy := &httputil.ReverseProxy{
		Rewrite: func(pr *httputil.ProxyRequest) {
			pr.SetURL(target)
			pr.Out.Host = pr.In.Host
			pr.SetXForwarded()
			// Pages are rewritten below, so they must come uncompressed.
			pr.Out.Header.Del("Accept-Encoding")
		},
		ModifyResponse: injectDevScript,
	}
	proxy.ServeHTTP(w, r)
}

// injectDevScript adds the reload script to HTML pages.
func injectDevScript(resp *http.Response) error {
	if !strings.HasPrefix(resp.Header.Get("Content-Type"), "text/html") {
		return nil
	}
	body, err := io.ReadAll(resp.Body)
	resp.Body.Close()
	if err != nil {
		return err
	}
	if i := bytes.LastIndex(body, []byte("</head>")); i >= 0 {
		body = append(body[:i:i], append([]byte(devScript), body[i:]...)...)
	}
	resp.Body = io.NopCloser(bytes.NewReader(body))
	resp.ContentLength = int64(len(body))
	resp.Header.Set("Content-Length", strconv.Itoa(len(body)))
	return nil
}

// events streams reload and failed events to one page, starting with the last build's
// error if it failed.
func (d *devServer) events(w http.ResponseWriter, r *http.Request) {
	ch := make(chan devEvent, 4)
	d.mu.Lock()
	d.clients[ch] = true
	failure := d.failure
	d.mu.Unlock()
	defer func() {
		d.mu.Lock()
		delete(d.clients, ch)
		d.mu.Unlock()
	}()
	w.Header().Set("Content-Type", "text/event-stream")
	w.Header().Set("Cache-Control", "no-cache")
	rc := http.NewResponseController(w)
	send := func(e devEvent) bool {
		data := strings.ReplaceAll(e.data, "\n", "\ndata: ")
		_, err := fmt.Fprintf(w, "event: %s\ndata: %s\n\n", e.name, data)
		return err == nil && rc.Flush() == nil
	}
	if failure != "" {
		send(devEvent{"failed", failure})
	} else {
		send(devEvent{"ok", ""})
	}
	ping := time.NewTicker(15 * time.Second)
	defer ping.Stop()
	for {
		select {
		case e := <-ch:
			if !send(e) {
				return
			}
		case <-ping.C:
			if _, err := io.WriteString(w, ": ping\n\n"); err != nil || rc.Flush() != nil {
				return
			}
		case <-r.Context().Done():
			return
		}
	}
}

// devScript reloads the page when the app is rebuilt, carrying over the values typed
// into its inputs (matched by component and position), and shows a failed build over
// the page.
const devScript = `<script>(function(){
var KEY="gradio-dev-values";
function inputs(){return [].slice.call(document.querySelectorAll("gradio-app input:not([type=file]), gradio-app textarea"))}
function key(el,i){var b=el.closest("[data-id]");return (b?b.dataset.id:"")+"/"+el.type+"/"+i}
function save(){try{sessionStorage.setItem(KEY,JSON.stringify(inputs().map(function(el,i){return {k:key(el,i),v:el.type==="checkbox"||el.type==="radio"?el.checked:el.value}})))}catch(e){}}
function restore(){var saved;try{saved=JSON.parse(sessionStorage.getItem(KEY)||"null");sessionStorage.removeItem(KEY)}catch(e){}
if(!saved)return;var tries=0;(function put(){var els=inputs();if(els.length<saved.length&&tries++<50){setTimeout(put,100);return}
els.forEach(function(el,i){var s=saved[i];if(!s||s.k!==key(el,i))return;
if(el.type==="checkbox"||el.type==="radio"){if(el.checked!==s.v)el.click()}else if(el.value!==s.v){el.value=s.v;el.dispatchEvent(new Event("input",{bubbles:true}))}})})()}
var box;function show(msg){if(!box){box=document.createElement("pre");box.id="gradio-dev-error";
box.style.cssText="position:fixed;left:12px;right:12px;bottom:12px;max-height:50vh;overflow:auto;margin:0;padding:12px;background:#7f1d1d;color:#fff;font:12px/1.4 ui-monospace,monospace;white-space:pre-wrap;border-radius:6px;z-index:99999";
document.body.appendChild(box)}box.textContent="The build failed; the last good build is still serving.\n\n"+msg}
var es=new EventSource("` + devEventsPath + `");
es.addEventListener("reload",function(){save();location.reload()});
es.addEventListener("failed",function(e){show(e.data)});
es.addEventListener("ok",function(){if(box){box.remove();box=null}});
if(document.readyState==="loading")document.addEventListener("DOMContentLoaded",restore);else restore();
})()</script>`
