package gradio_test

import (
	"bytes"
	"encoding/json"
	"mime/multipart"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/gradio-go/gradio"
)

func echoApp() *gradio.Interface {
	return &gradio.Interface{
		Fn:      func(s string) string { return s },
		Inputs:  []gradio.Component{&gradio.Textbox{}},
		Outputs: []gradio.Component{&gradio.Textbox{}},
	}
}

// uploadFile posts one file to the app and returns its cached path.
func uploadFile(t *testing.T, srv *httptest.Server, name, content string) string {
	t.Helper()
	var body bytes.Buffer
	mw := multipart.NewWriter(&body)
	fw, _ := mw.CreateFormFile("files", name)
	fw.Write([]byte(content))
	mw.Close()
	resp, err := srv.Client().Post(srv.URL+"/gradio_api/upload", mw.FormDataContentType(), &body)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var paths []string
	if err := json.NewDecoder(resp.Body).Decode(&paths); err != nil || len(paths) != 1 {
		t.Fatalf("upload: status %d, %v", resp.StatusCode, err)
	}
	return paths[0]
}

func TestWithCacheEviction(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "cache")
	app, err := echoApp().Build(gradio.WithTempDir(dir), gradio.WithCacheEviction(10*time.Millisecond, 0))
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(app)
	defer srv.Close()

	// The periodic eviction removes unused files.
	p := uploadFile(t, srv, "a.txt", "a")
	deadline := time.Now().Add(5 * time.Second)
	for {
		if _, err := os.Stat(p); os.IsNotExist(err) {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("an unused file was never evicted")
		}
		time.Sleep(5 * time.Millisecond)
	}

	// Closing the app deletes what it created, and the cache directory it made.
	uploadFile(t, srv, "b.txt", "b")
	if err := app.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(dir); !os.IsNotExist(err) {
		entries, _ := os.ReadDir(dir)
		t.Errorf("cache dir still there after Close (%v), holding %d entries", err, len(entries))
	}
	// goleak (TestMain) checks that the eviction goroutine stopped.
}

func TestWithoutCacheEvictionFilesStay(t *testing.T) {
	app, err := echoApp().Build(gradio.WithTempDir(t.TempDir()))
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(app)
	defer srv.Close()
	p := uploadFile(t, srv, "keep.txt", "keep")
	if err := app.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(p); err != nil {
		t.Errorf("an upload was deleted without WithCacheEviction: %v", err)
	}
}

func TestCacheOptionsValidated(t *testing.T) {
	for name, opt := range map[string]gradio.Option{
		"eviction without interval": gradio.WithCacheEviction(0, time.Hour),
		"negative interval":         gradio.WithCacheEviction(-time.Second, time.Hour),
		"negative age":              gradio.WithCacheEviction(time.Hour, -time.Second),
		"negative fetch timeout":    gradio.WithFetchTimeout(-time.Second),
	} {
		app, err := echoApp().Build(gradio.WithTempDir(t.TempDir()), opt)
		if err == nil {
			app.Close()
			t.Errorf("%s: Build accepted it", name)
		}
	}
	app, err := echoApp().Build(gradio.WithTempDir(t.TempDir()), gradio.WithPrivateURLs(true), gradio.WithFetchTimeout(time.Second))
	if err != nil {
		t.Fatal(err)
	}
	app.Close()
}
