package mcp_test

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"io"
	"iter"
	"net/http"
	"net/http/httptest"
	"os"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	sdk "github.com/modelcontextprotocol/go-sdk/mcp"
	"go.uber.org/goleak"

	"github.com/gradio-go/gradio"
	"github.com/gradio-go/gradio/mcp"
)

func TestMain(m *testing.M) { goleak.VerifyTestMain(m) }

// testBlocks is an app with one endpoint of each kind the tests need.
func testBlocks() *gradio.Blocks {
	name := &gradio.Textbox{Label: "name"}
	greeting := &gradio.Textbox{Label: "greeting"}
	n := &gradio.Number{Label: "n"}
	stars := &gradio.Textbox{Label: "stars"}
	img := &gradio.Image{Label: "picture"}
	in := &gradio.File{Label: "file"}
	out := &gradio.File{Label: "copy"}
	many := &gradio.File{Label: "files", FileCount: "multiple"}
	sizes := &gradio.Textbox{Label: "sizes"}
	sound := &gradio.Audio{Label: "sound"}
	btn := &gradio.Button{}
	btn.Click(func(name string) string { return "Hello, " + name + "!" }, gradio.In(name), gradio.Out(greeting),
		gradio.EventOptions{APIName: "greet", APIDescription: "Greets someone by name."})
	btn.Click(func(ctx context.Context, n float64) iter.Seq[string] {
		return func(yield func(string) bool) {
			p := gradio.ProgressFrom(ctx)
			gradio.Info(ctx, "counting to "+fmt.Sprint(n))
			for i := range int(n) {
				p.Step(i, int(n), "steps", "counting")
				if !yield(strings.Repeat("*", i+1)) {
					return
				}
				time.Sleep(20 * time.Millisecond) // past the progress sampling gap
			}
		}
	}, gradio.In(n), gradio.Out(stars), gradio.EventOptions{APIName: "count"})
	btn.Click(func() (string, error) {
		return "", gradio.Error{Message: "The oracle is out of luck."}
	}, nil, gradio.Out(greeting), gradio.EventOptions{APIName: "fail"})
	btn.Click(func() image.Image {
		m := image.NewRGBA(image.Rect(0, 0, 4, 3))
		m.Set(1, 1, color.RGBA{R: 255, A: 255})
		return m
	}, nil, gradio.Out(img), gradio.EventOptions{APIName: "image"})
	btn.Click(func(f gradio.FileData) gradio.FileData { return f }, gradio.In(in), gradio.Out(out),
		gradio.EventOptions{APIName: "echo_file"})
	btn.Click(func(files []gradio.FileData) (string, error) {
		var out []string
		for _, f := range files {
			b, err := os.ReadFile(f.Path)
			if err != nil {
				return "", err
			}
			out = append(out, fmt.Sprint(len(b)))
		}
		return strings.Join(out, ","), nil
	}, gradio.In(many), gradio.Out(sizes), gradio.EventOptions{APIName: "sizes"})
	btn.Click(func() gradio.AudioData {
		return gradio.AudioData{SampleRate: 8000, Samples: make([]float32, 800)}
	}, nil, gradio.Out(sound), gradio.EventOptions{APIName: "beep"})
	return &gradio.Blocks{Title: "Test Bench", Children: []gradio.Component{name, greeting, n, stars, img, in, out, many, sizes, sound, btn}}
}

type env struct {
	app *gradio.App
	srv *httptest.Server
	cs  *sdk.ClientSession
}

// start serves the app over real HTTP and connects an MCP client to it.
func start(t *testing.T, copts *sdk.ClientOptions, opts ...gradio.Option) *env {
	t.Helper()
	opts = append([]gradio.Option{gradio.WithTempDir(t.TempDir()), gradio.WithQuiet()}, opts...)
	app, err := testBlocks().Build(opts...)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(app)
	t.Cleanup(func() {
		srv.Close()
		if err := app.Close(); err != nil {
			t.Errorf("closing the app: %v", err)
		}
	})
	e := &env{app: app, srv: srv}
	e.cs = connect(t, srv.URL+"/gradio_api/mcp/", copts)
	return e
}

func connect(t *testing.T, endpoint string, copts *sdk.ClientOptions) *sdk.ClientSession {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	c := sdk.NewClient(&sdk.Implementation{Name: "test-client", Version: "v0.0.1"}, copts)
	cs, err := c.Connect(ctx, &sdk.StreamableClientTransport{Endpoint: endpoint}, nil)
	if err != nil {
		t.Fatalf("connecting to %s: %v", endpoint, err)
	}
	t.Cleanup(func() { cs.Close() })
	return cs
}

func call(t *testing.T, cs *sdk.ClientSession, params *sdk.CallToolParams) *sdk.CallToolResult {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	res, err := cs.CallTool(ctx, params)
	if err != nil {
		t.Fatalf("calling %s: %v", params.Name, err)
	}
	return res
}

func texts(res *sdk.CallToolResult) []string {
	var out []string
	for _, c := range res.Content {
		if tc, ok := c.(*sdk.TextContent); ok {
			out = append(out, tc.Text)
		}
	}
	return out
}

func schemaJSON(t *testing.T, s any) map[string]any {
	t.Helper()
	b, err := json.Marshal(s)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	return m
}

func TestListTools(t *testing.T) {
	e := start(t, nil, mcp.EnableWith(mcp.Options{Name: "bench", Descriptions: map[string]string{"image": "Draws a red dot."}}))
	ctx := context.Background()
	init := e.cs.InitializeResult()
	if init.ServerInfo == nil || init.ServerInfo.Name != "bench" || init.ServerInfo.Title != "Test Bench" {
		t.Errorf("server info: %+v", init.ServerInfo)
	}
	res, err := e.cs.ListTools(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	tools := map[string]*sdk.Tool{}
	var names []string
	for _, tl := range res.Tools {
		tools[tl.Name] = tl
		names = append(names, tl.Name)
	}
	slices.Sort(names)
	if want := []string{"beep", "count", "echo_file", "fail", "greet", "image", "sizes"}; !slices.Equal(names, want) {
		t.Fatalf("tools %v, want %v", names, want)
	}
	for name, want := range map[string]string{
		"greet": "Greets someone by name.",
		"image": "Draws a red dot.",
		"count": "Calls /count of Test Bench: takes n (float), returns str",
		"fail":  "Calls /fail of Test Bench: takes no arguments, returns str",
	} {
		if got := tools[name].Description; got != want {
			t.Errorf("%s: description %q, want %q", name, got, want)
		}
	}

	greet := schemaJSON(t, tools["greet"].InputSchema)
	if greet["type"] != "object" || fmt.Sprint(greet["required"]) != "[name]" {
		t.Errorf("greet schema: %v", greet)
	}
	if p := greet["properties"].(map[string]any)["name"].(map[string]any); p["type"] != "string" {
		t.Errorf("greet's name: %v", p)
	}
	count := schemaJSON(t, tools["count"].InputSchema)
	if p := count["properties"].(map[string]any)["n"].(map[string]any); p["type"] != "number" {
		t.Errorf("count's n: %v", p)
	}
	fail := schemaJSON(t, tools["fail"].InputSchema)
	if props, _ := fail["properties"].(map[string]any); fail["type"] != "object" || len(props) != 0 || fail["required"] != nil {
		t.Errorf("fail schema: %v", fail)
	}
	echo := schemaJSON(t, tools["echo_file"].InputSchema)
	file := echo["properties"].(map[string]any)["file"].(map[string]any)
	if file["type"] != "string" || !strings.Contains(file["description"].(string), "base64") || len(file) != 2 {
		t.Errorf("echo_file's file: %v", file)
	}
	if fmt.Sprint(echo["required"]) != "[file]" {
		t.Errorf("echo_file required: %v", echo["required"])
	}
	sizes := schemaJSON(t, tools["sizes"].InputSchema)
	files := sizes["properties"].(map[string]any)["files"].(map[string]any)
	if items, _ := files["items"].(map[string]any); files["type"] != "array" || items["type"] != "string" {
		t.Errorf("sizes' files: %v", files)
	}
}

func TestCallGreet(t *testing.T) {
	e := start(t, nil, mcp.Enable())
	res := call(t, e.cs, &sdk.CallToolParams{Name: "greet", Arguments: map[string]any{"name": "Ada"}})
	if res.IsError || !slices.Equal(texts(res), []string{"Hello, Ada!"}) {
		t.Errorf("greet: error %v, %v", res.IsError, texts(res))
	}
}

func TestProgressAndLogs(t *testing.T) {
	var mu sync.Mutex
	var progress []*sdk.ProgressNotificationParams
	var logs []string
	copts := &sdk.ClientOptions{
		ProgressNotificationHandler: func(_ context.Context, r *sdk.ProgressNotificationClientRequest) {
			mu.Lock()
			defer mu.Unlock()
			progress = append(progress, r.Params)
		},
		LoggingMessageHandler: func(_ context.Context, r *sdk.LoggingMessageRequest) {
			mu.Lock()
			defer mu.Unlock()
			logs = append(logs, fmt.Sprintf("%s %v", r.Params.Level, r.Params.Data))
		},
	}
	e := start(t, copts, mcp.Enable())
	ctx := context.Background()
	if err := e.cs.SetLoggingLevel(ctx, &sdk.SetLoggingLevelParams{Level: "info"}); err != nil {
		t.Fatal(err)
	}
	params := &sdk.CallToolParams{Name: "count", Arguments: map[string]any{"n": 3}}
	params.SetProgressToken("tok-1")
	res := call(t, e.cs, params)
	if res.IsError || !slices.Equal(texts(res), []string{"***"}) {
		t.Fatalf("count: error %v, %v", res.IsError, texts(res))
	}
	// Notifications come before the result on its stream, but their handlers may
	// still be running.
	deadline := time.Now().Add(5 * time.Second)
	for {
		mu.Lock()
		n := len(progress)
		mu.Unlock()
		if n >= 3 || time.Now().After(deadline) {
			break
		}
		time.Sleep(10 * time.Millisecond)
	}
	mu.Lock()
	defer mu.Unlock()
	var got []string
	for _, p := range progress {
		if p.ProgressToken != "tok-1" {
			t.Errorf("progress token %v", p.ProgressToken)
		}
		got = append(got, fmt.Sprintf("%g/%g %s", p.Progress, p.Total, p.Message))
	}
	if want := []string{"0/3 counting", "1/3 counting", "2/3 counting"}; !slices.Equal(got, want) {
		t.Errorf("progress %q, want %q", got, want)
	}
	if want := []string{"info Info: counting to 3"}; !slices.Equal(logs, want) {
		t.Errorf("logs %q, want %q", logs, want)
	}
}

func TestNoProgressWithoutToken(t *testing.T) {
	var mu sync.Mutex
	n := 0
	copts := &sdk.ClientOptions{ProgressNotificationHandler: func(context.Context, *sdk.ProgressNotificationClientRequest) {
		mu.Lock()
		n++
		mu.Unlock()
	}}
	e := start(t, copts, mcp.Enable())
	res := call(t, e.cs, &sdk.CallToolParams{Name: "count", Arguments: map[string]any{"n": 2}})
	if res.IsError || !slices.Equal(texts(res), []string{"**"}) {
		t.Fatalf("count: error %v, %v", res.IsError, texts(res))
	}
	time.Sleep(50 * time.Millisecond)
	mu.Lock()
	defer mu.Unlock()
	if n != 0 {
		t.Errorf("%d progress notifications without a progress token", n)
	}
}

func TestCallFail(t *testing.T) {
	e := start(t, nil, mcp.Enable())
	res := call(t, e.cs, &sdk.CallToolParams{Name: "fail", Arguments: map[string]any{}})
	if !res.IsError || !slices.Equal(texts(res), []string{"The oracle is out of luck."}) {
		t.Errorf("fail: error %v, %v", res.IsError, texts(res))
	}
}

func TestCallImage(t *testing.T) {
	e := start(t, nil, mcp.Enable())
	res := call(t, e.cs, &sdk.CallToolParams{Name: "image"})
	if res.IsError || len(res.Content) != 2 {
		t.Fatalf("image: error %v, content %v", res.IsError, res.Content)
	}
	ic, ok := res.Content[0].(*sdk.ImageContent)
	if !ok {
		t.Fatalf("content[0] is %T", res.Content[0])
	}
	if ic.MIMEType != "image/png" {
		t.Errorf("MIME type %q", ic.MIMEType)
	}
	m, err := png.Decode(bytes.NewReader(ic.Data))
	if err != nil {
		t.Fatalf("not a PNG: %v", err)
	}
	if b := m.Bounds(); b.Dx() != 4 || b.Dy() != 3 {
		t.Errorf("size %v", b)
	}
	if r, _, _, _ := m.At(1, 1).RGBA(); r != 0xffff {
		t.Errorf("the red dot is gone: %v", m.At(1, 1))
	}
	// The URL of the image, under the server's address.
	u := res.Content[1].(*sdk.TextContent).Text
	if !strings.HasPrefix(u, e.srv.URL+"/gradio_api/file=") {
		t.Errorf("image URL %q", u)
	}
	if got := download(t, u); !bytes.Equal(got, ic.Data) {
		t.Errorf("the URL serves other bytes than the content")
	}
}

func download(t *testing.T, u string) []byte {
	t.Helper()
	resp, err := http.Get(u)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("GET %s: %s: %s", u, resp.Status, b)
	}
	return b
}

func TestEchoFile(t *testing.T) {
	payload := []byte("col1,col2\n1,2\n")
	files := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/csv")
		w.Write(payload)
	}))
	defer files.Close()
	e := start(t, nil, mcp.Enable(), gradio.WithPrivateURLs(true))

	echo := func(arg string) string {
		t.Helper()
		res := call(t, e.cs, &sdk.CallToolParams{Name: "echo_file", Arguments: map[string]any{"file": arg}})
		got := texts(res)
		if res.IsError || len(got) != 1 {
			t.Fatalf("echo_file(%.40q): error %v, %v", arg, res.IsError, got)
		}
		return got[0]
	}
	b64 := base64.StdEncoding.EncodeToString(payload)
	for _, tc := range []struct{ name, arg, suffix string }{
		{"data URI", "data:text/csv;base64," + b64, ".csv"},
		{"plain base64", b64, ".txt"},
		{"http URL", files.URL + "/table.csv", "table.csv"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			u := echo(tc.arg)
			if !strings.HasPrefix(u, e.srv.URL+"/gradio_api/file=") || !strings.HasSuffix(u, tc.suffix) {
				t.Errorf("file URL %q", u)
			}
			if got := download(t, u); !bytes.Equal(got, payload) {
				t.Errorf("downloaded %q", got)
			}
			// A result passed back in is the app's own file: no fetch.
			if again := echo(u); again != u {
				t.Errorf("echoing the result: %q, want %q", again, u)
			}
		})
	}
}

func TestFileList(t *testing.T) {
	e := start(t, nil, mcp.Enable())
	res := call(t, e.cs, &sdk.CallToolParams{Name: "sizes", Arguments: map[string]any{"files": []string{
		"data:text/plain,abc", base64.StdEncoding.EncodeToString([]byte("hello")),
	}}})
	if res.IsError || !slices.Equal(texts(res), []string{"3,5"}) {
		t.Errorf("sizes: error %v, %v", res.IsError, texts(res))
	}
}

func TestCallAudio(t *testing.T) {
	e := start(t, nil, mcp.Enable())
	res := call(t, e.cs, &sdk.CallToolParams{Name: "beep"})
	if res.IsError || len(res.Content) != 2 {
		t.Fatalf("beep: error %v, content %v", res.IsError, res.Content)
	}
	ac, ok := res.Content[0].(*sdk.AudioContent)
	if !ok {
		t.Fatalf("content[0] is %T", res.Content[0])
	}
	if ac.MIMEType != "audio/wav" || !bytes.HasPrefix(ac.Data, []byte("RIFF")) {
		t.Errorf("audio %s, %.12q", ac.MIMEType, ac.Data)
	}
	if u := res.Content[1].(*sdk.TextContent).Text; !bytes.Equal(download(t, u), ac.Data) {
		t.Errorf("the URL serves other bytes than the content")
	}
}

func TestOwnURLOutsideCache(t *testing.T) {
	e := start(t, nil, mcp.Enable())
	res := call(t, e.cs, &sdk.CallToolParams{Name: "echo_file", Arguments: map[string]any{"file": e.srv.URL + "/gradio_api/file=/etc/passwd"}})
	if got := strings.Join(texts(res), " "); !res.IsError || !strings.Contains(got, "not allowed") {
		t.Errorf("a path outside the cache: error %v, %q", res.IsError, got)
	}
}

func TestPrivateURLRefused(t *testing.T) {
	files := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, "secret") }))
	defer files.Close()
	e := start(t, nil, mcp.Enable()) // without WithPrivateURLs
	res := call(t, e.cs, &sdk.CallToolParams{Name: "echo_file", Arguments: map[string]any{"file": files.URL + "/x.txt"}})
	if !res.IsError {
		t.Errorf("a loopback URL was fetched: %v", texts(res))
	}
}

func TestBadInput(t *testing.T) {
	e := start(t, nil, mcp.Enable())
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()

	// An unknown tool is a protocol error.
	if _, err := e.cs.CallTool(ctx, &sdk.CallToolParams{Name: "nope"}); err == nil || !strings.Contains(err.Error(), "nope") {
		t.Errorf("unknown tool: %v", err)
	}
	// Bad arguments are tool errors, which the model can read and fix.
	for _, tc := range []struct {
		tool string
		args map[string]any
		want string
	}{
		{"greet", map[string]any{}, "name"},
		{"greet", map[string]any{"name": 42}, "string"},
		{"count", map[string]any{"n": "three"}, "number"},
		{"greet", map[string]any{"name": "Ada", "age": 3}, "age"},
		{"echo_file", map[string]any{"file": "not a file!"}, "base64"},
		{"echo_file", map[string]any{"file": 7}, "string"},
	} {
		res := call(t, e.cs, &sdk.CallToolParams{Name: tc.tool, Arguments: tc.args})
		got := strings.Join(texts(res), " ")
		if !res.IsError || !strings.Contains(got, tc.want) {
			t.Errorf("%s(%v): error %v, %q; want an error about %q", tc.tool, tc.args, res.IsError, got, tc.want)
		}
	}
}

func TestEnvironment(t *testing.T) {
	t.Setenv("GRADIO_MCP_SERVER", "true")
	app, err := testBlocks().Build(gradio.WithTempDir(t.TempDir()), gradio.WithQuiet())
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(app)
	defer app.Close()
	defer srv.Close()
	cs := connect(t, srv.URL+"/gradio_api/mcp/", nil)
	defer cs.Close()
	res := call(t, cs, &sdk.CallToolParams{Name: "greet", Arguments: map[string]any{"name": "Env"}})
	if !slices.Equal(texts(res), []string{"Hello, Env!"}) {
		t.Errorf("greet: %v", texts(res))
	}
}

func TestEnvironmentAndOption(t *testing.T) {
	// Both ways at once serve one server (the option's) instead of failing the build.
	t.Setenv("GRADIO_MCP_SERVER", "true")
	e := start(t, nil, mcp.EnableWith(mcp.Options{Name: "mine"}))
	if got := e.cs.InitializeResult().ServerInfo.Name; got != "mine" {
		t.Errorf("server name %q", got)
	}
}

func TestWithoutSlash(t *testing.T) {
	e := start(t, nil, mcp.Enable())
	cs := connect(t, e.srv.URL+"/gradio_api/mcp", nil)
	res := call(t, cs, &sdk.CallToolParams{Name: "greet", Arguments: map[string]any{"name": "Bare"}})
	if !slices.Equal(texts(res), []string{"Hello, Bare!"}) {
		t.Errorf("greet: %v", texts(res))
	}
}

func TestMountedUnderPrefix(t *testing.T) {
	app, err := testBlocks().Build(gradio.WithTempDir(t.TempDir()), gradio.WithQuiet(), mcp.Enable())
	if err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	mux.Handle("/demo/", http.StripPrefix("/demo", app))
	srv := httptest.NewServer(mux)
	defer app.Close()
	defer srv.Close()
	cs := connect(t, srv.URL+"/demo/gradio_api/mcp/", nil)
	defer cs.Close()
	res := call(t, cs, &sdk.CallToolParams{Name: "image"})
	u := texts(res)
	if len(u) != 1 || !strings.HasPrefix(u[0], srv.URL+"/demo/gradio_api/file=") {
		t.Fatalf("image URL %v", u)
	}
	download(t, u[0])
}

func TestSchemaAndPage(t *testing.T) {
	e := start(t, nil, mcp.Enable())
	resp, err := http.Get(e.srv.URL + "/gradio_api/mcp/schema")
	if err != nil {
		t.Fatal(err)
	}
	var list []struct {
		Name        string         `json:"name"`
		InputSchema map[string]any `json:"inputSchema"`
	}
	err = json.NewDecoder(resp.Body).Decode(&list)
	resp.Body.Close()
	if err != nil || len(list) != 7 || list[0].Name != "beep" || list[0].InputSchema["type"] != "object" {
		t.Errorf("schema: %v %+v", err, list)
	}

	req, _ := http.NewRequest(http.MethodGet, e.srv.URL+"/gradio_api/mcp/", nil)
	req.Header.Set("Accept", "text/html,application/xhtml+xml")
	resp, err = http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if !strings.Contains(string(body), e.srv.URL+"/gradio_api/mcp/") || !strings.Contains(string(body), "echo_file") {
		t.Errorf("page: %s", body)
	}
}

func TestCloseEndsCalls(t *testing.T) {
	// Closing the app ends a tool call in progress and every session.
	block := make(chan struct{})
	defer close(block)
	in, out := &gradio.Textbox{}, &gradio.Textbox{}
	btn := &gradio.Button{}
	btn.Click(func(ctx context.Context, s string) string {
		select {
		case <-ctx.Done():
		case <-block:
		}
		return s
	}, gradio.In(in), gradio.Out(out), gradio.EventOptions{APIName: "wait"})
	app, err := (&gradio.Blocks{Children: []gradio.Component{in, out, btn}}).Build(gradio.WithTempDir(t.TempDir()), gradio.WithQuiet(), mcp.Enable())
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(app)
	defer srv.Close()
	cs := connect(t, srv.URL+"/gradio_api/mcp/", nil)
	defer cs.Close()
	errc := make(chan error, 1)
	go func() {
		res, err := cs.CallTool(context.Background(), &sdk.CallToolParams{Name: "wait", Arguments: map[string]any{"param_0": "x"}})
		if err == nil && res.IsError {
			// The app stopped the call before the MCP server closed: a tool error.
			err = errors.New("tool error")
		}
		errc <- err
	}()
	time.Sleep(200 * time.Millisecond)
	done := make(chan struct{})
	go func() { app.Close(); close(done) }()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("closing the app hangs")
	}
	select {
	case err := <-errc:
		if err == nil {
			t.Error("the call was not cut off")
		}
	case <-time.After(10 * time.Second):
		t.Fatal("the call did not end")
	}
}

// The config says an MCP server is mounted, as Gradio's does, so that pages can show
// how to connect to it; an app without one says false.
func TestConfigSaysMCPServer(t *testing.T) {
	mcpServer := func(url string) any {
		t.Helper()
		resp, err := http.Get(url + "/config")
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		var cfg map[string]any
		if err := json.NewDecoder(resp.Body).Decode(&cfg); err != nil {
			t.Fatal(err)
		}
		return cfg["mcp_server"]
	}
	e := start(t, nil, mcp.Enable())
	if got := mcpServer(e.srv.URL); got != true {
		t.Errorf("with MCP: mcp_server = %v, want true", got)
	}
	app, err := testBlocks().Build(gradio.WithTempDir(t.TempDir()), gradio.WithQuiet())
	if err != nil {
		t.Fatal(err)
	}
	defer app.Close()
	srv := httptest.NewServer(app)
	defer srv.Close()
	if got := mcpServer(srv.URL); got != false {
		t.Errorf("without MCP: mcp_server = %v, want false", got)
	}
}
