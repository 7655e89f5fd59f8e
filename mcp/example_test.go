package mcp_test

import (
	"context"
	"fmt"
	"net/http/httptest"

	sdk "github.com/modelcontextprotocol/go-sdk/mcp"

	"github.com/gradio-go/gradio"
	"github.com/gradio-go/gradio/mcp"
)

func greet(name string) string { return "Hello, " + name + "!" }

// Enable serves the app's endpoints as MCP tools at /gradio_api/mcp/. Here an MCP
// client (the official Go SDK's) lists them and calls one.
func Example() {
	app, err := (&gradio.Interface{
		Fn:      greet,
		Inputs:  []gradio.Component{&gradio.Textbox{Label: "Name"}},
		Outputs: []gradio.Component{&gradio.Textbox{Label: "Greeting"}},
		Title:   "Greeter",
	}).Build(mcp.Enable()) // or Launch(mcp.Enable())
	if err != nil {
		panic(err)
	}
	defer app.Close()
	srv := httptest.NewServer(app)
	defer srv.Close()

	ctx := context.Background()
	client := sdk.NewClient(&sdk.Implementation{Name: "example", Version: "v1.0.0"}, nil)
	session, err := client.Connect(ctx, &sdk.StreamableClientTransport{Endpoint: srv.URL + "/gradio_api/mcp/"}, nil)
	if err != nil {
		panic(err)
	}
	defer session.Close()

	tools, err := session.ListTools(ctx, nil)
	if err != nil {
		panic(err)
	}
	for _, t := range tools.Tools {
		fmt.Printf("%s: %s\n", t.Name, t.Description)
	}
	res, err := session.CallTool(ctx, &sdk.CallToolParams{Name: "greet", Arguments: map[string]any{"name": "Ada"}})
	if err != nil {
		panic(err)
	}
	fmt.Println(res.Content[0].(*sdk.TextContent).Text)
	// Output:
	// greet: Calls /greet of Greeter: takes name (str), returns str
	// Hello, Ada!
}

// EnableWith sets the server's name and the tools' descriptions.
func ExampleEnableWith() {
	app, err := (&gradio.Interface{
		Fn:      greet,
		Inputs:  []gradio.Component{&gradio.Textbox{Label: "Name"}},
		Outputs: []gradio.Component{&gradio.Textbox{Label: "Greeting"}},
	}).Build(mcp.EnableWith(mcp.Options{
		Name:         "greeter",
		Descriptions: map[string]string{"greet": "Greets a person by name."},
	}))
	if err != nil {
		panic(err)
	}
	defer app.Close()
	// app.Launch(), or serve it: MCP clients connect to <app URL>/gradio_api/mcp/.
}
