package client_test

import (
	"context"
	"fmt"
	"net/http/httptest"

	"github.com/gradio-go/gradio"
	"github.com/gradio-go/gradio/client"
)

func Example() {
	// An app to call; any Gradio app's URL works the same.
	app, _ := (&gradio.Interface{
		Fn:      func(name string) string { return "Hello, " + name + "!" },
		Inputs:  []gradio.Component{&gradio.Textbox{Label: "Name"}},
		Outputs: []gradio.Component{&gradio.Textbox{}},
		Event:   gradio.EventOptions{APIName: "greet"},
	}).Build()
	defer app.Close()
	srv := httptest.NewServer(app)
	defer srv.Close()

	ctx := context.Background()
	c, err := client.Connect(ctx, srv.URL)
	if err != nil {
		panic(err)
	}
	defer c.Close()
	out, err := c.Predict(ctx, "/greet", "Ada")
	fmt.Println(out[0], err)
	out, err = c.PredictNamed(ctx, "/greet", map[string]any{"name": "Grace"})
	fmt.Println(out[0], err)
	// Output:
	// Hello, Ada! <nil>
	// Hello, Grace! <nil>
}
