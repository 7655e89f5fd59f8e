package gradio_test

import (
	"bytes"
	"encoding/json"
	"io"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	gradio "github.com/gradio-go/gradio"
	"github.com/gradio-go/gradio/internal/natstest"
)

// shoutApp reads an uploaded text file and returns a new file with it in capitals.
func shoutApp(t *testing.T) *gradio.Blocks {
	in, out := &gradio.File{}, &gradio.File{}
	btn := &gradio.Button{}
	btn.Click(func(f gradio.FileData) (gradio.FileData, error) {
		b, err := os.ReadFile(f.Path)
		if err != nil {
			return gradio.FileData{}, err
		}
		p := filepath.Join(t.TempDir(), "loud.txt")
		if err := os.WriteFile(p, bytes.ToUpper(b), 0o600); err != nil {
			return gradio.FileData{}, err
		}
		return gradio.FileData{Path: p}, nil
	}, gradio.In(in), gradio.Out(out), gradio.EventOptions{APIName: "shout"})
	return &gradio.Blocks{Children: []gradio.Component{in, btn, out}}
}

// Files are shared by the processes of a scaled-out app: a file uploaded to one web
// replica is the input of a call joined on another and run on a worker (each with
// its own cache directory), and the worker's output downloads from a third replica.
func TestNATSFilesAcrossProcesses(t *testing.T) {
	srv := natstest.Start(t)
	var web []string
	for range 3 {
		app := build(t, shoutApp(t), gradio.WithNATS(srv.URL()), gradio.WithRole(gradio.RoleWeb))
		s := httptest.NewServer(app)
		t.Cleanup(s.Close)
		web = append(web, s.URL)
	}
	build(t, shoutApp(t), gradio.WithNATS(srv.URL()), gradio.WithRole(gradio.RoleWorker))

	var body bytes.Buffer
	mw := multipart.NewWriter(&body)
	fw, _ := mw.CreateFormFile("files", "quiet.txt")
	fw.Write([]byte("hello from replica a"))
	mw.Close()
	resp, err := http.Post(web[0]+"/gradio_api/upload", mw.FormDataContentType(), &body)
	if err != nil {
		t.Fatal(err)
	}
	var paths []string
	err = json.NewDecoder(resp.Body).Decode(&paths)
	resp.Body.Close()
	if err != nil || len(paths) != 1 {
		t.Fatalf("upload: %v %v", paths, err)
	}
	data, _ := json.Marshal([]any{map[string]any{"path": paths[0], "meta": map[string]string{"_type": "gradio.FileData"}}})
	ev := joinAt(t, web[1], "files", 0, string(data))
	var done string
	for _, m := range readSession(t, web[2], "files", 0, nil) {
		if m.msg == "process_completed" && m.eventID == ev {
			done = m.data
		}
	}
	url := regexp.MustCompile(`"url":"([^"]+)"`).FindStringSubmatch(done)
	if url == nil {
		t.Fatalf("the call completed with %s", done)
	}
	// Served by a replica that neither received the upload nor ran the call.
	target := web[0] + url[1][strings.Index(url[1], "/gradio_api/"):]
	resp, err = http.Get(target)
	if err != nil {
		t.Fatal(err)
	}
	got, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK || string(got) != "HELLO FROM REPLICA A" {
		t.Fatalf("GET %s: %d %q", target, resp.StatusCode, got)
	}
}
