// Package mcp serves a gradio-go app's public endpoints as tools of a Model Context
// Protocol server, as Gradio's launch(mcp_server=True) does, so that LLM clients (Claude,
// Cursor, VS Code, any MCP client) can call them.
//
// Enable it with an option to Build or Launch:
//
//	app := &gradio.Interface{Fn: greet, ...}
//	app.Launch(mcp.Enable())
//	// MCP server (Streamable HTTP) at http://127.0.0.1:7860/gradio_api/mcp/
//
// or, without changing the code, with the environment: a binary that imports the
// package (a blank import is enough) serves MCP when GRADIO_MCP_SERVER=true.
//
//	import _ "github.com/gradio-go/gradio/mcp"
//
//	GRADIO_MCP_SERVER=true ./myapp
//
// Each public endpoint (those listed by GET /gradio_api/info) is one tool, named after
// its api name without the slash ("/greet" is the tool "greet"). The tool's description
// is the endpoint's (EventOptions.APIDescription), or Options.Descriptions, or a
// generated summary; its input schema has one property per parameter, with the
// parameter's JSON schema, required unless the parameter has a default.
//
// File parameters (File, Image, Audio, Video...) take a string: an http(s) URL, which
// the app fetches itself (loopback and private addresses only with
// gradio.WithPrivateURLs), or the file's bytes as base64 (a data: URI or plain base64).
// A URL of a file the app served (a previous tool result) is passed without a fetch.
//
// Results become MCP content: strings as text, images as image content and audio as
// audio content (each followed by the file's URL), other files as their URL, and other
// values as their JSON text. A gradio.Error raised by the handler is a tool error whose
// text is its message. While a handler runs, its progress (gradio.ProgressFrom) reaches
// clients that asked for progress as progress notifications, and its toasts
// (gradio.Info, Warning, Success) reach clients that set a logging level as log
// messages.
//
// GET /gradio_api/mcp/schema lists the tools as JSON; a browser opening
// /gradio_api/mcp/ gets a short page on how to connect.
//
// The server runs in process: it calls the app through package client with
// client.HandlerTransport, one client session for all MCP sessions, so State is shared
// between MCP callers. It is set up on its first request and closed with the app.
package mcp
