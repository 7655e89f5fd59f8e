// Command train fits the digit recognizer to synthetic handwritten digits and writes
// its weights, which the digits example embeds. Run it from the repository's root:
//
//	go run ./examples/digits/train
package main

import (
	"flag"
	"fmt"
	"log"
	"os"
	"time"

	"github.com/gradio-go/gradio/examples/internal/digits"
)

func main() {
	out := flag.String("o", "examples/internal/digits/weights.bin", "where to write the weights")
	var opt digits.TrainOptions
	flag.IntVar(&opt.Hidden, "hidden", 0, "hidden units (0: the default)")
	flag.IntVar(&opt.Epochs, "epochs", 0, "epochs (0: the default)")
	flag.IntVar(&opt.PerEpoch, "per-epoch", 0, "digits per epoch (0: the default)")
	flag.Parse()

	start := time.Now()
	net := digits.Train(opt, func(epoch int, loss float64) {
		fmt.Printf("epoch %d: loss %.4f (%v)\n", epoch, loss, time.Since(start).Round(time.Second))
	})
	test := digits.Synthetic(digits.TestSize, digits.TestSeed)
	fmt.Printf("accuracy on %d held-out synthetic digits: %.2f%%\n", len(test), 100*net.Accuracy(test))
	data, err := net.MarshalBinary()
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(*out, data, 0o644); err != nil {
		log.Fatal(err)
	}
	fmt.Printf("wrote %s (%d bytes)\n", *out, len(data))
}
