// Command sentiment classifies the sentiment of English text with a trained model and
// explains the result: each word is scored by how much the prediction changes when it
// is left out.
//
//	go run ./examples/sentiment   # then open http://127.0.0.1:7860
//
// The model is a logistic regression over words, word pairs and an opinion lexicon,
// trained by `go run ./examples/sentiment/train` on about 900 labelled sentences
// shipped in examples/internal/sentiment/data.
package main

import (
	"log"
	"math"
	"strings"

	"github.com/gradio-go/gradio"
	"github.com/gradio-go/gradio/examples/internal/sentiment"
)

// app holds the model the handler uses.
type app struct{ model *sentiment.Model }

// classify returns the confidence of each class and the text with each word shaded by
// its importance: red words pushed towards the predicted class, blue words against it.
func (a *app) classify(text string) (map[string]float64, []gradio.HighlightedSpan, error) {
	if strings.TrimSpace(text) == "" {
		return nil, nil, gradio.Error{Message: "Type a sentence to classify."}
	}
	_, probs, words := a.model.Explain(text)
	return probs, spans(text, words), nil
}

// spans lays the importances over the text: scaled so that the strongest word is ±1,
// with the text between words as plain spans.
func spans(text string, words []sentiment.Importance) []gradio.HighlightedSpan {
	top := 0.0
	for _, w := range words {
		top = max(top, math.Abs(w.Score))
	}
	var out []gradio.HighlightedSpan
	at := 0
	for _, w := range words {
		if w.Start > at {
			out = append(out, gradio.HighlightedSpan{Text: text[at:w.Start]})
		}
		score := 0.0
		if top > 0 {
			score = math.Round(w.Score/top*1000) / 1000
		}
		out = append(out, gradio.HighlightedSpan{Text: w.Text, Confidence: &score})
		at = w.End
	}
	if at < len(text) {
		out = append(out, gradio.HighlightedSpan{Text: text[at:]})
	}
	return out
}

func main() {
	model, err := sentiment.Load()
	if err != nil {
		log.Fatal(err)
	}
	a := &app{model}
	demo := &gradio.Interface{
		Fn: a.classify,
		Inputs: []gradio.Component{&gradio.Textbox{
			Label: "Text", Lines: 3, Placeholder: "The food was delicious, but the service was painfully slow.",
		}},
		Outputs: []gradio.Component{
			&gradio.Label{Label: "Sentiment"},
			&gradio.HighlightedText{Label: "Why: each word left out in turn", ShowLegend: true},
		},
		Event:       gradio.EventOptions{APIName: "classify"},
		Title:       "Sentiment",
		Description: "Type a sentence or two, such as a review. The model says whether it is positive, negative or neutral, and shades each word by how much it moved that answer: **red** words pushed towards it, **blue** words against it.",
		Article:     "A logistic regression over words, word pairs and an opinion lexicon, trained in Go on about 900 hand-written sentences (92% accuracy on the ones held out). Each word's score is the change in the log-probability of the predicted class when the word is left out.",
	}
	if err := demo.Launch(); err != nil {
		log.Fatal(err)
	}
}
