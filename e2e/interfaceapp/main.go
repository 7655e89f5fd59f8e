// Command interfaceapp is the app the Interface tests drive: an interface with a page
// of cached examples and flagging at /, a live interface at /live/, and at /chat/ a
// ChatInterface whose examples also set its additional inputs. It also serves the
// flagging CSV at /flagged.csv, so that a test can read what was flagged.
package main

import (
	"context"
	"errors"
	"fmt"
	"log"
	"net"
	"net/http"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/gradio-go/gradio"
)

// reverse writes text backwards, times times.
func reverse(text string, times int) string {
	r := []rune(text)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return strings.Repeat(string(r), times)
}

func upper(s string) string { return strings.ToUpper(s) }

func main() {
	flagDir := filepath.Join(os.TempDir(), "gradio-go-interfaceapp", "flagged")
	if d := os.Getenv("GRADIO_TEMP_DIR"); d != "" {
		flagDir = filepath.Join(d, "flagged")
	}
	words := []string{"hello", "gradio", "stressed", "drawer", "level", "racecar", "go", "lager", "repaid", "reward", "parts", "smart"}
	var examples [][]any
	for i, w := range words {
		examples = append(examples, []any{w, i%3 + 1})
	}
	app, err := (&gradio.Interface{
		Fn:              reverse,
		Inputs:          []gradio.Component{&gradio.Textbox{Label: "Text"}, &gradio.Slider{Label: "Times", Minimum: 1, Maximum: 3, Step: 1}},
		Outputs:         []gradio.Component{&gradio.Textbox{Label: "Reversed"}},
		Title:           "Reverser",
		Examples:        examples,
		ExamplesPerPage: 5,
		CacheExamples:   gradio.CacheEager,
		Flagging:        gradio.FlagManual,
		FlaggingDir:     flagDir,
	}).Build()
	if err != nil {
		log.Fatal(err)
	}
	live, err := (&gradio.Interface{
		Fn:      upper,
		Inputs:  []gradio.Component{&gradio.Textbox{Label: "Type here"}},
		Outputs: []gradio.Component{&gradio.Textbox{Label: "Upper"}},
		Live:    true,
	}).Build()
	if err != nil {
		log.Fatal(err)
	}

	chat, err := (&gradio.ChatInterface{
		Fn: func(message string, history []gradio.Message, temperature float64, persona string) string {
			return fmt.Sprintf("%s says %q at temperature %g", persona, message, temperature)
		},
		AdditionalInputs: []gradio.Component{
			&gradio.Slider{Label: "Temperature", Maximum: 2, Step: 0.1, Value: 1},
			&gradio.Textbox{Label: "Persona", Value: "robot"},
		},
		Examples: []gradio.ChatExample{
			{Text: "Ahoy", AdditionalInputs: []any{0.2, "pirate"}},
			{Text: "Hello"},
		},
	}).Build()
	if err != nil {
		log.Fatal(err)
	}

	mux := http.NewServeMux()
	mux.Handle("/live/", http.StripPrefix("/live", live))
	mux.Handle("/chat/", http.StripPrefix("/chat", chat))
	mux.HandleFunc("/flagged.csv", func(w http.ResponseWriter, r *http.Request) {
		http.ServeFile(w, r, filepath.Join(flagDir, "dataset1.csv"))
	})
	mux.Handle("/", app)

	addr := net.JoinHostPort(or(os.Getenv("GRADIO_SERVER_NAME"), "127.0.0.1"), or(os.Getenv("GRADIO_SERVER_PORT"), "7860"))
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		log.Fatal(err)
	}
	log.Printf("serving on http://%s (live interface at /live/)", ln.Addr())
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second}
	go func() {
		<-ctx.Done()
		sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		_ = live.Shutdown(sctx)
		_ = chat.Shutdown(sctx)
		_ = app.Shutdown(sctx)
		_ = srv.Shutdown(sctx)
	}()
	if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
		log.Fatal(err)
	}
}

func or(s, def string) string {
	if s == "" {
		return def
	}
	return s
}
