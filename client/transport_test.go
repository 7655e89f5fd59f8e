package client_test

import (
	"context"
	"net/http"
	"testing"

	"github.com/gradio-go/gradio"
	"github.com/gradio-go/gradio/client"
)

// A client can call an app in the same process, without a network.
func TestHandlerTransport(t *testing.T) {
	app, err := (&gradio.Interface{
		Fn:      func(s string) string { return "in process: " + s },
		Inputs:  []gradio.Component{&gradio.Textbox{Label: "Text"}},
		Outputs: []gradio.Component{&gradio.Textbox{}},
		Event:   gradio.EventOptions{APIName: "echo"},
	}).Build(gradio.WithTempDir(t.TempDir()))
	if err != nil {
		t.Fatal(err)
	}
	defer app.Close()
	ctx := context.Background()
	c, err := client.Connect(ctx, "http://app.invalid", client.WithHTTPClient(&http.Client{Transport: client.HandlerTransport(app)}))
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	for range 3 {
		out, err := c.Predict(ctx, "/echo", "hi")
		if err != nil || out[0] != "in process: hi" {
			t.Fatalf("Predict = %v, %v", out, err)
		}
	}
	if _, err := c.Predict(ctx, "/echo", 1); err == nil {
		t.Error("a bad argument succeeded")
	}
}
