// Command train fits the sentiment model to the sentences in
// examples/internal/sentiment/data/sentences.tsv and writes its weights, which the
// sentiment example embeds. Run it from the repository's root:
//
//	go run ./examples/sentiment/train
package main

import (
	"flag"
	"fmt"
	"log"
	"os"
	"time"

	"github.com/gradio-go/gradio/examples/internal/sentiment"
)

func main() {
	out := flag.String("o", "examples/internal/sentiment/model.json", "where to write the weights")
	var opt sentiment.TrainOptions
	flag.IntVar(&opt.Iterations, "iterations", 0, "Adam iterations (0: the default)")
	flag.Float64Var(&opt.L2, "l2", 0, "weight decay (0: the default)")
	flag.Parse()

	train, test, err := sentiment.Dataset()
	if err != nil {
		log.Fatal(err)
	}
	start := time.Now()
	m := sentiment.Train(train, opt)
	fmt.Printf("trained on %d sentences in %v: %d features\n", len(train), time.Since(start).Round(time.Millisecond), len(m.Weights))
	fmt.Printf("accuracy: %.1f%% on the training set, %.1f%% on the %d held-out sentences\n",
		100*m.Accuracy(train), 100*m.Accuracy(test), len(test))
	data, err := m.MarshalJSON()
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(*out, data, 0o644); err != nil {
		log.Fatal(err)
	}
	fmt.Printf("wrote %s (%d bytes)\n", *out, len(data))
}
