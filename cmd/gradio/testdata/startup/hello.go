// The baseline of "gradio bench startup": a hello-world net/http server that answers
// /gradio_api/info, on the port in GRADIO_SERVER_PORT.
package main

import (
	"log"
	"net/http"
	"os"
)

func main() {
	http.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.Write([]byte(`{"hello":"world"}`))
	})
	log.Fatal(http.ListenAndServe("127.0.0.1:"+os.Getenv("GRADIO_SERVER_PORT"), nil))
}
