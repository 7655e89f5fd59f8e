// Package sentiment is a small English sentiment classifier: a multinomial logistic
// regression over word and word-pair features, with words after a negation marked as
// such. It is trained by `go run ./examples/sentiment/train` on the labelled sentences
// in data/sentences.tsv, and the trained weights (model.json) are embedded.
package sentiment

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"math"
	"strings"
	"unicode"
	"unicode/utf8"
)

//go:embed model.json
var modelJSON []byte

//go:embed data/sentences.tsv
var sentencesTSV string

//go:embed data/lexicon.txt
var lexiconTXT string

// lexicon maps opinion words to +1 or -1: data/lexicon.txt has lines of words after a
// "+" or a "-".
var lexicon = func() map[string]int {
	m := map[string]int{}
	for _, line := range strings.Split(lexiconTXT, "\n") {
		f := strings.Fields(line)
		if len(f) < 2 || (f[0] != "+" && f[0] != "-") {
			continue
		}
		for _, w := range f[1:] {
			m[w] = map[string]int{"+": 1, "-": -1}[f[0]]
		}
	}
	return m
}()

// Model is a trained classifier: for each feature, one weight per class.
type Model struct {
	Classes []string             `json:"classes"`
	Bias    []float64            `json:"bias"`
	Weights map[string][]float64 `json:"weights"`
}

// Load returns the embedded model.
func Load() (*Model, error) {
	var m Model
	if err := json.Unmarshal(modelJSON, &m); err != nil {
		return nil, fmt.Errorf("sentiment: model.json: %w", err)
	}
	if len(m.Classes) == 0 || len(m.Bias) != len(m.Classes) {
		return nil, fmt.Errorf("sentiment: model.json has %d classes and %d biases", len(m.Classes), len(m.Bias))
	}
	for f, w := range m.Weights {
		if len(w) != len(m.Classes) {
			return nil, fmt.Errorf("sentiment: feature %q has %d weights for %d classes", f, len(w), len(m.Classes))
		}
	}
	return &m, nil
}

// Word is one word of a text, with its byte offsets, so that an explanation can be
// laid over the original text.
type Word struct {
	Text       string
	Start, End int
}

// Words splits text into words: runs of letters, digits and inner apostrophes. A
// punctuation mark that ends a clause is kept as a word of its own (".", ",", "!", "?",
// ";", ":"), since it ends the scope of a negation.
func Words(text string) []Word {
	var out []Word
	start := -1
	for i, r := range text {
		inWord := unicode.IsLetter(r) || unicode.IsDigit(r) || (isApostrophe(r) && start >= 0)
		if inWord {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			out = append(out, word(text, start, i))
			start = -1
		}
		if strings.ContainsRune(".,!?;:", r) {
			out = append(out, Word{string(r), i, i + utf8.RuneLen(r)})
		}
	}
	if start >= 0 {
		out = append(out, word(text, start, len(text)))
	}
	return out
}

// word trims trailing apostrophes (a closing quote, not part of the word).
func word(text string, start, end int) Word {
	for end > start {
		r, n := utf8.DecodeLastRuneInString(text[start:end])
		if !isApostrophe(r) {
			break
		}
		end -= n
	}
	return Word{text[start:end], start, end}
}

func isApostrophe(r rune) bool { return r == '\'' || r == '’' }

// isPunct reports whether a word is a clause-ending punctuation mark.
func isPunct(w string) bool { return len(w) == 1 && strings.Contains(".,!?;:", w) }

var negators = map[string]bool{
	"not": true, "no": true, "never": true, "nothing": true, "nobody": true, "none": true,
	"hardly": true, "without": true, "neither": true, "nor": true,
}

// isNegator reports whether a lower-case word negates what follows: "not", "never",
// or any word ending in "n't".
func isNegator(w string) bool { return negators[w] || strings.HasSuffix(w, "n't") }

// Features are the features of a sequence of words: each word in lower case (prefixed
// "not_" between a negation and the end of its clause, or a "but"), each pair of
// neighbouring words, and "<positive>" or "<negative>" when a word of the opinion
// lexicon occurs (its polarity flipped by a negation; after a "but", as "<positive>
// after but", since the clause after a "but" tends to carry the opinion). A word
// feature counts once however often it occurs; a lexicon feature counts each time, so
// that every opinion word weighs in the prediction and in its explanation.
func Features(words []string) []string {
	seen := map[string]bool{}
	var out []string
	add := func(f string) {
		if !seen[f] {
			seen[f] = true
			out = append(out, f)
		}
	}
	negated, contrast := false, ""
	prev := "<s>"
	for _, w := range words {
		w = strings.ToLower(strings.ReplaceAll(w, "’", "'"))
		if isPunct(w) || w == "but" {
			if w == "but" {
				contrast = " after but"
			}
			negated = false
			prev = "<s>"
			continue
		}
		sign := lexicon[w]
		if negated {
			add("not_" + w)
			sign = -sign
		} else {
			add(w)
		}
		switch sign {
		case 1:
			out = append(out, "<positive>"+contrast)
		case -1:
			out = append(out, "<negative>"+contrast)
		}
		add(prev + " " + w)
		prev = w
		if isNegator(w) {
			negated = true
		}
	}
	return out
}

// Probabilities returns the probability of each class (in the order of m.Classes) for
// a sequence of words.
func (m *Model) Probabilities(words []string) []float64 {
	z := append([]float64(nil), m.Bias...)
	for _, f := range Features(words) {
		for c, w := range m.Weights[f] {
			z[c] += w
		}
	}
	return softmax(z)
}

// Classify returns the probability of each class for a text, by class name.
func (m *Model) Classify(text string) map[string]float64 {
	p := m.Probabilities(texts(Words(text)))
	out := make(map[string]float64, len(p))
	for c, v := range p {
		out[m.Classes[c]] = v
	}
	return out
}

// Importance is how much one word moved the prediction: the log-probability of the
// predicted class with the word minus without it (leave one out). Positive words
// support the prediction; negative ones argue against it. Log-probabilities, unlike
// probabilities, still tell words apart when the prediction is nearly certain.
type Importance struct {
	Word
	Score float64
}

// Explain classifies text and scores each word by leaving it out. It returns the
// predicted class, the probability of each class by name, and the words' importances
// (punctuation included, scored like words).
func (m *Model) Explain(text string) (label string, probs map[string]float64, words []Importance) {
	ws := Words(text)
	all := texts(ws)
	p := m.Probabilities(all)
	best := 0
	for c := range p {
		if p[c] > p[best] {
			best = c
		}
	}
	probs = make(map[string]float64, len(p))
	for c, v := range p {
		probs[m.Classes[c]] = v
	}
	words = make([]Importance, len(ws))
	without := make([]string, 0, len(all))
	for i, w := range ws {
		without = append(append(without[:0], all[:i]...), all[i+1:]...)
		words[i] = Importance{Word: w, Score: math.Log(p[best]) - math.Log(m.Probabilities(without)[best])}
	}
	return m.Classes[best], probs, words
}

func texts(ws []Word) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = w.Text
	}
	return out
}

func softmax(z []float64) []float64 {
	hi := math.Inf(-1)
	for _, v := range z {
		hi = max(hi, v)
	}
	sum := 0.0
	out := make([]float64, len(z))
	for i, v := range z {
		out[i] = math.Exp(v - hi)
		sum += out[i]
	}
	for i := range out {
		out[i] /= sum
	}
	return out
}
