// Command rating shows a custom component written without Node: Rating (rating.go) is a
// Go type plus one JavaScript module (rating.js) that the app serves. Click the stars,
// and the handler answers with the score.
package main

import (
	"fmt"
	"log"
	"strings"

	"github.com/gradio-go/gradio"
	"github.com/gradio-go/gradio/examples/rating/stars"
	"github.com/gradio-go/gradio/theme"
)

func review(stars int) string {
	if stars == 0 {
		return "No rating yet."
	}
	return fmt.Sprintf("%s — thank you for %d star%s!", strings.Repeat("★", stars), stars, map[bool]string{true: "", false: "s"}[stars == 1])
}

func main() {
	rating := &stars.Rating{Label: "How was it?", Max: 5}
	out := &gradio.Textbox{Label: "Answer", Interactive: gradio.False}
	rating.Change(review, gradio.In(rating), gradio.Out(out))
	app := &gradio.Blocks{Title: "Rating", Children: []gradio.Component{rating, out}}
	if err := app.Launch(gradio.WithTheme(theme.Soft())); err != nil {
		log.Fatal(err)
	}
}
