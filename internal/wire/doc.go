// Package wire holds the JSON types of the Gradio 6.x wire protocol (protocol "sse_v3"):
// the /config document, the /gradio_api/info document, the queue messages, FileData and the
// streaming diff format. Everything the official clients parse is defined here, once, and
// golden-tested against captures of real Gradio, so compatibility is a test rather than a hope.
package wire
