// Command perplexity measures the generate example's language model: it trains
// unigram, bigram and trigram models on Pride and Prejudice without every tenth chapter,
// and prints each one's size, training time and perplexity on the chapters held out,
// then a few replies of the trigram model trained on the whole book, as the app trains
// it at start-up. Run it from the repository's root:
//
//	go run ./examples/generate/perplexity
package main

import (
	"flag"
	"fmt"
	"log"
	"strings"
	"time"

	"github.com/gradio-go/gradio/examples/internal/ngram"
)

func main() {
	prompt := flag.String("prompt", "What do you think of Mr. Darcy?", "the prompt of the sample replies")
	temp := flag.Float64("temperature", 0.8, "the temperature of the sample replies")
	flag.Parse()

	train, heldOut := ngram.Corpus()
	fmt.Printf("%d sentences to train on, %d held out (chapters 10, 20 ... 60)\n\n", len(train), len(heldOut))
	fmt.Printf("%-6s %8s %8s %-28s %9s %11s\n", "order", "tokens", "words", "n-grams (uni, bi, tri)", "training", "perplexity")
	for order := 1; order <= ngram.MaxOrder; order++ {
		start := time.Now()
		m, err := ngram.Train(train, order)
		if err != nil {
			log.Fatal(err)
		}
		took := time.Since(start)
		fmt.Printf("%-6d %8d %8d %-28s %9v %11.1f\n", order, m.Tokens(), m.Vocabulary(), counts(m.NGrams()), took.Round(time.Millisecond), m.Perplexity(heldOut))
	}

	start := time.Now()
	bot, err := ngram.NewBot(ngram.Book(), 3)
	if err != nil {
		log.Fatal(err)
	}
	m := bot.Model()
	fmt.Printf("\nthe whole book, as the app trains it (forwards and backwards): %d tokens, %d words, %s n-grams, in %v\n",
		m.Tokens(), m.Vocabulary(), counts(m.NGrams()), time.Since(start).Round(time.Millisecond))
	fmt.Printf("\n> %s\n", *prompt)
	for seed := range 3 {
		var toks []string
		for t := range bot.Reply(*prompt, ngram.Options{Seed: uint64(seed), Temperature: *temp}) {
			toks = append(toks, t)
		}
		fmt.Printf("\nseed %d: %s\n", seed, ngram.Detokenize(toks))
	}
}

// counts writes the number of n-grams of each order.
func counts(n []int) string {
	s := make([]string, len(n))
	for i, v := range n {
		s[i] = fmt.Sprint(v)
	}
	return strings.Join(s, ", ")
}
