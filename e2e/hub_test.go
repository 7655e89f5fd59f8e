package e2e

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/gradio-go/gradio/internal/pgtest"
)

// proc is a program the hub tests run: a hub, an app that publishes itself, or
// "gradio share".
type proc struct {
	cmd  *exec.Cmd
	mu   sync.Mutex
	log  strings.Builder
	line chan string // stdout lines, for waiting on "* Running on the hub: …"
}

func (p *proc) Write(b []byte) (int, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.log.Write(b)
}

func (p *proc) output() string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.log.String()
}

// start runs a program until the test ends (or stop is called), keeping its output.
func start(t *testing.T, bin string, args []string, env ...string) *proc {
	t.Helper()
	p := &proc{cmd: exec.Command(bin, args...), line: make(chan string, 100)}
	p.cmd.Env = append(os.Environ(), env...)
	out, err := p.cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	p.cmd.Stderr = p
	dieWithParent(p.cmd)
	if err := p.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() {
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			_, _ = p.Write(append(sc.Bytes(), '\n'))
			select {
			case p.line <- sc.Text():
			default:
			}
		}
	}()
	t.Cleanup(func() { p.stop(t) })
	return p
}

// waitLine waits for an output line matching re and returns its first group.
func (p *proc) waitLine(t *testing.T, re string) string {
	t.Helper()
	rx := regexp.MustCompile(re)
	timeout := time.After(60 * time.Second)
	for {
		select {
		case l := <-p.line:
			if m := rx.FindStringSubmatch(l); m != nil {
				return m[len(m)-1]
			}
		case <-timeout:
			t.Fatalf("no line matching %q from %s:\n%s", re, p.cmd.Path, p.output())
		}
	}
}

// stop interrupts the program as Ctrl-C would and waits for it.
func (p *proc) stop(t *testing.T) {
	if p.cmd.ProcessState != nil || p.cmd.Process == nil {
		return
	}
	_ = p.cmd.Process.Signal(os.Interrupt)
	done := make(chan struct{})
	go func() { _ = p.cmd.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(15 * time.Second):
		_ = p.cmd.Process.Kill()
		<-done
		t.Errorf("%s did not stop within 15 s of an interrupt", p.cmd.Path)
	}
}

// startHub runs "gradio hub" on a free port with the given database flags.
func startHub(t *testing.T, dbArgs ...string) (*proc, string) {
	t.Helper()
	port, err := freePort()
	if err != nil {
		t.Fatal(err)
	}
	args := append([]string{"hub", "-addr", fmt.Sprintf("127.0.0.1:%d", port)}, dbArgs...)
	p := start(t, filepath.Join(cliDir(t), "gradio"), args)
	url := "http://" + p.waitLine(t, `^\* Hub running on http://(\S+)$`)
	return p, url
}

// publishHello runs another copy of examples/hello that publishes itself on the hub
// through $GRADIO_SHARE, as a user would, and waits until the hub serves it.
func publishHello(t *testing.T, hubURL, token string) *proc {
	t.Helper()
	return publishHelloAt(t, hubURL, token, hubURL+"/alice/hello/")
}

// publishHelloAt is publishHello for a hub that serves the app at want.
func publishHelloAt(t *testing.T, hubURL, token, want string) *proc {
	t.Helper()
	port, err := freePort()
	if err != nil {
		t.Fatal(err)
	}
	p := start(t, appBinary(t, "hello"), nil, "GRADIO_SHARE=true", "GRADIO_HUB_URL="+hubURL, "GRADIO_HUB_TOKEN="+token,
		"GRADIO_SERVER_NAME=127.0.0.1", fmt.Sprintf("GRADIO_SERVER_PORT=%d", port), "GRADIO_TEMP_DIR="+t.TempDir())
	if got := p.waitLine(t, `^\* Running on the hub:\s+(\S+)$`); got != want {
		t.Fatalf("hub URL printed by the app = %q, want %q", got, want)
	}
	return p
}

func hubGet(t *testing.T, url string) (int, string) {
	t.Helper()
	req, _ := http.NewRequest("GET", url, nil)
	req.Header.Set("Accept", "text/html")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

// signupForToken signs alice up on the hub in the browser and makes an API token
// under Settings, as a person would, and returns it.
func signupForToken(t *testing.T, ctx context.Context, hubURL string) string {
	t.Helper()
	var token string
	run(t, ctx,
		chromedp.Navigate(hubURL+"/signup"),
		chromedp.SendKeys(css(`input[name=name]`), "alice"),
		chromedp.SendKeys(css(`input[name=password]`), "correct horse battery"),
		chromedp.Click(css(`button[type=submit]`)),
		chromedp.WaitVisible(xpath(`//button[normalize-space()="Log out"]`)),
		chromedp.Navigate(hubURL+"/settings"),
		chromedp.SendKeys(css(`input[name=name][placeholder=laptop]`), "laptop"),
		chromedp.Click(xpath(`//button[normalize-space()="New token"]`)),
		chromedp.WaitVisible(css(`#new-token`)),
		eval(`document.querySelector('#new-token').textContent`, &token),
	)
	if !strings.HasPrefix(token, "ghub_") {
		t.Fatalf("token = %q", token)
	}
	return token
}

// frame is a JavaScript expression for the document of the app framed in the hub's page.
const frame = `document.querySelector('iframe.app-frame').contentDocument`

// TestBrowserHub walks the hub as people would: sign up, make a token, publish
// examples/hello through the tunnel, run it in the hub's page, call it with the
// official JS client through the hub, comment with the attached result, make the app
// private (an anonymous browser gets 404), and watch a share link expire.
func TestBrowserHub(t *testing.T) {
	appBinary(t, "hello") // built before the browser's clock starts
	_, hubURL := startHub(t, "-data", t.TempDir())
	ctx := browser(t)
	token := signupForToken(t, ctx, hubURL)
	publishHello(t, hubURL, token)

	// Run the app inside the hub's page, then share the result in a comment.
	var comment string
	run(t, ctx,
		chromedp.Navigate(hubURL+"/alice/hello"),
		waitJS(frame+`?.querySelector('gradio-textbox input') != null`),
		type_(frame+`.querySelector('gradio-textbox input')`, "Ada"),
		void(chromedp.Evaluate[bool](`(() => { [...`+frame+`.querySelectorAll('button')].find(b => b.textContent.trim() === "Submit").click(); return true })()`)),
		waitJS(`[...`+frame+`.querySelectorAll('gradio-textbox input')].some(i => i.value === "Hello, Ada!")`),
		chromedp.Click(css(`#share-result`)),
		waitJS(`document.querySelector('.attachment-preview')?.textContent.includes("Hello, Ada!")`),
		chromedp.SendKeys(css(`form.new-comment textarea`), "The greeting is **right**."),
		chromedp.Click(xpath(`//button[normalize-space()="Comment"]`)),
		chromedp.WaitVisible(css(`.comment .body strong`)),
		eval(`document.querySelector('.comment').textContent`, &comment),
	)
	if !strings.Contains(comment, "Attached result") || !strings.Contains(comment, "Hello, Ada!") || !strings.Contains(comment, `"/greet"`) {
		t.Errorf("the comment does not carry the run's result:\n%s", comment)
	}

	// The app's own page through the hub, as a visitor opens it.
	run(t, ctx,
		chromedp.Navigate(hubURL+"/alice/hello/"),
		chromedp.WaitVisible(css(`gradio-textbox input`)),
		chromedp.SendKeys(css(`gradio-textbox input`), "Grace"),
		chromedp.Click(xpath(`//button[normalize-space()="Submit"]`)),
		waitJS(block("Greeting")+`?.querySelector('input').value === "Hello, Grace!"`),
	)

	// The official JavaScript client through the hub's URL.
	jsClient(t, `
		const app = await Client.connect(process.env.HUB_APP_URL);
		const r = await app.predict("/greet", ["Lin"]);
		if (r.data[0] !== "Hello, Lin!") throw new Error("got " + JSON.stringify(r.data));
		console.log("ok", r.data[0]);`, "HUB_APP_URL="+hubURL+"/alice/hello")

	// Private: the owner keeps it, an anonymous browser gets 404 everywhere.
	run(t, ctx,
		chromedp.Navigate(hubURL+"/alice/hello"),
		void(chromedp.Evaluate[bool](`(() => { document.querySelector('details.settings').open = true; return true })()`)),
		chromedp.SetValue(css(`select[name=visibility]`), "private"),
		chromedp.Click(xpath(`//form[contains(@action,"/visibility")]//button`)),
		chromedp.WaitVisible(xpath(`//span[@class="badge" and text()="private"]`)),
	)
	anon := browser(t)
	for _, path := range []string{"/alice/hello", "/alice/hello/", "/alice/hello/config"} {
		var status int64
		run(t, anon, chromedp.Navigate(hubURL+path), eval(`performance.getEntriesByType("navigation")[0].responseStatus`, &status))
		if status != 404 {
			t.Errorf("anonymous browser on %s: %d, want 404", path, status)
		}
	}
	var listed bool
	run(t, anon, chromedp.Navigate(hubURL+"/"), eval(`document.body.textContent.includes("alice/hello")`, &listed))
	if listed {
		t.Error("the directory lists a private app to an anonymous browser")
	}

	// A share link from "gradio share", short enough to watch expire, long enough for a
	// loaded machine to use it first.
	const ttl = 15 * time.Second
	share := start(t, filepath.Join(cliDir(t), "gradio"), []string{"share", "-hub", hubURL, "-token", token,
		"-name", "hello-link", "-visibility", "private", "-link", "-link-ttl", ttl.String(), running["hello"].url})
	link := share.waitLine(t, `^\* Share link: (\S+) `)
	made := time.Now()
	var greeting string
	run(t, anon,
		chromedp.Navigate(link),
		chromedp.WaitVisible(css(`gradio-textbox input`)),
		chromedp.SendKeys(css(`gradio-textbox input`), "Guest"),
		chromedp.Click(xpath(`//button[normalize-space()="Submit"]`)),
		waitJS(block("Greeting")+`?.querySelector('input').value === "Hello, Guest!"`),
		eval(block("Greeting")+`.querySelector('input').value`, &greeting),
	)
	time.Sleep(time.Until(made.Add(ttl + time.Second)))
	var expired string
	run(t, anon, chromedp.Navigate(link), eval(`document.body.textContent`, &expired))
	if !strings.Contains(expired, "This share link has expired") {
		t.Errorf("an expired share link shows:\n%s", expired)
	}
}

// TestHubBackendsKeepRecords publishes through a hub on each storage backend,
// restarts the hub, and checks the records and the app come back.
func TestHubBackendsKeepRecords(t *testing.T) {
	for _, backend := range []string{"sqlite", "postgres"} {
		t.Run(backend, func(t *testing.T) {
			var dbArgs []string
			if backend == "sqlite" {
				dbArgs = []string{"-data", t.TempDir()}
			} else {
				dbArgs = []string{"-db", pgtest.Start(t)}
			}
			cli := filepath.Join(cliDir(t), "gradio")
			adduser := exec.Command(cli, append([]string{"hub", "adduser"}, append(dbArgs, "alice")...)...)
			adduser.Stdin = strings.NewReader("correct horse battery\n")
			if out, err := adduser.CombinedOutput(); err != nil {
				t.Fatalf("adduser: %v\n%s", err, out)
			}
			out, err := exec.Command(cli, append([]string{"hub", "token"}, append(dbArgs, "alice")...)...).Output()
			if err != nil {
				t.Fatalf("token: %v", err)
			}
			token := strings.TrimSpace(string(out))

			hub, hubURL := startHub(t, dbArgs...)
			app := publishHello(t, hubURL, token)
			if code, body := hubGet(t, hubURL+"/alice/hello/config"); code != 200 || !strings.Contains(body, `"root":"`+hubURL+`/alice/hello"`) {
				t.Errorf("config through the hub: %d %.200s", code, body)
			}
			app.stop(t)
			hub.stop(t)

			// A new hub process on the same records: the app is known (offline), then
			// back when it reconnects.
			_, hubURL = startHub(t, dbArgs...)
			if code, body := hubGet(t, hubURL+"/alice/hello/"); code != http.StatusServiceUnavailable || !strings.Contains(body, "is offline") {
				t.Errorf("after a restart, before the app reconnects: %d", code)
			}
			if _, body := hubGet(t, hubURL+"/"); !strings.Contains(body, `data-app="alice/hello"`) {
				t.Error("after a restart the directory lost the app")
			}
			publishHello(t, hubURL, token)
			if code, _ := hubGet(t, hubURL+"/alice/hello/config"); code != 200 {
				t.Errorf("after reconnecting: %d", code)
			}
		})
	}
}

// jsClient runs a snippet with the official @gradio/client in Node.
func jsClient(t *testing.T, body string, env ...string) {
	t.Helper()
	node, err := exec.LookPath("node")
	if err != nil {
		t.Fatal("node is not installed; the hub tests need Node.js 20+")
	}
	script := filepath.Join(t.TempDir(), "client.mjs")
	dir, _ := filepath.Abs("node_modules/@gradio/client/dist/index.js")
	src := fmt.Sprintf("import { Client } from %q;\n%s\nprocess.exit(0);\n", dir, body)
	if err := os.WriteFile(script, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, node, script)
	cmd.Env = append(os.Environ(), env...)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Errorf("@gradio/client through the hub: %v\n%s", err, out)
	}
}
