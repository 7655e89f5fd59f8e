// Command authapp is the app of the authentication tests: a greeting behind a login
// (user "ada", password "lovelace") that names the logged-in user.
package main

import (
	"context"
	"log"

	"github.com/gradio-go/gradio"
)

// greet greets name on behalf of whoever is logged in.
func greet(ctx context.Context, name string) string {
	return "Hello, " + name + "! (from " + gradio.RequestFrom(ctx).Username + ")"
}

func main() {
	app := &gradio.Interface{
		Fn:      greet,
		Inputs:  []gradio.Component{&gradio.Textbox{Label: "Name"}},
		Outputs: []gradio.Component{&gradio.Textbox{Label: "Greeting"}},
		Title:   "Members only",
	}
	err := app.Launch(
		gradio.WithAuth(map[string]string{"ada": "lovelace"}),
		gradio.WithAuthMessage("Log in as ada / lovelace."),
	)
	if err != nil {
		log.Fatal(err)
	}
}
