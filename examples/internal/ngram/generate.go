package ngram

import (
	"cmp"
	"errors"
	"iter"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Options tune a reply; the zero value of a field means its default.
type Options struct {
	// Temperature sharpens (below 1) or flattens (above 1) the model's distribution
	// before each word is drawn; 0 means 1, the model's own distribution.
	Temperature float64
	// TopP keeps, before each draw, only the likeliest tokens whose probabilities add
	// up to TopP (nucleus sampling), leaving out the long tail of unlikely ones; 0
	// means 0.9, and 1 keeps them all.
	TopP float64
	// Seed seeds the draws: the same model, prompt, seed and options give the same
	// reply.
	Seed uint64
	// MaxTokens caps the reply's length in tokens (words and marks); 0 means 80.
	MaxTokens int
	// Sentences is the most sentences a reply has; 0 means 3.
	Sentences int
	// Candidates is how many first sentences are drawn, each around a word of the
	// prompt, to begin with the one that shares the most (and the rarest) words with
	// the prompt; 0 means 8.
	Candidates int
}

func (o Options) withDefaults() Options {
	if o.Temperature <= 0 {
		o.Temperature = 1
	}
	if o.TopP <= 0 || o.TopP > 1 {
		o.TopP = 0.9
	}
	if o.MaxTokens <= 0 {
		o.MaxTokens = 80
	}
	if o.Sentences <= 0 {
		o.Sentences = 3
	}
	if o.Candidates <= 0 {
		o.Candidates = 8
	}
	return o
}

// sentence draws the rest of a sentence after hist (which begins with the model's
// start), at most max tokens, and returns them as words. It stops before the sentence's
// end.
func (s *sampler) sentence(hist []int32, max int) []string {
	var out []string
	for len(out) < max {
		w := s.next(hist)
		if w == eos {
			break
		}
		hist = append(hist, w)
		out = append(out, s.m.words[w])
	}
	return out
}

// Bot writes replies with two models of the same sentences, one reading them forwards
// and one backwards, so that a sentence can grow in both directions from a word of the
// prompt. It is safe for concurrent use.
type Bot struct {
	fwd, bwd *Model
}

// NewBot trains a bot's two models, of the given order, on sentences of tokens (see
// [Sentences]).
func NewBot(sentences [][]string, order int) (*Bot, error) {
	// The backward model learns the sentences lower-cased as the forward one does.
	cased := newCasing(sentences)
	reversed := make([][]string, len(sentences))
	for i, s := range sentences {
		reversed[i] = slices.Clone(cased.normalize(s))
		slices.Reverse(reversed[i])
	}
	b := &Bot{}
	var err error
	done := make(chan struct{})
	go func() {
		b.bwd, err = Train(reversed, order)
		close(done)
	}()
	fwd, fwdErr := Train(sentences, order)
	<-done
	if err := errors.Join(fwdErr, err); err != nil {
		return nil, err
	}
	b.fwd = fwd
	return b, nil
}

// Model is the bot's forward model.
func (b *Bot) Model() *Model { return b.fwd }

// topic is a word of a prompt that the bot knows, weighed by how rare it is.
type topic struct {
	word   string
	weight float64
}

// topics returns the words of a prompt that the bot knows and that are not among its
// commonest (above 0.1% of the text, such as "the", "her" or "think", or 1% for a
// capitalised word such as "Elizabeth"), rarest first, weighed by the log of their
// inverse frequency.
func (b *Bot) topics(prompt string) []topic {
	m := b.fwd
	var out []topic
	seen := map[int32]bool{}
	var words []string
	for _, s := range Sentences(prompt) {
		words = append(words, m.normalize(s)...)
	}
	for _, w := range words {
		id := m.lookup(w)
		r, size := utf8.DecodeRuneInString(w)
		for _, v := range []string{strings.ToLower(w), string(unicode.ToUpper(r)) + w[size:]} {
			if id == unk {
				id = m.lookup(v)
			}
		}
		common := float64(m.tokens) / 1000 // 0.1%
		if w := m.words[id]; strings.ToLower(w) != w {
			common = float64(m.tokens) / 100 // a name, such as Elizabeth: 1%
		}
		if id <= bos || seen[id] || isPunct(w) || w == Dash || m.count[id] > common {
			continue
		}
		seen[id] = true
		out = append(out, topic{m.words[id], math.Log(float64(m.tokens) / m.count[id])})
	}
	slices.SortStableFunc(out, func(a, b topic) int { return cmp.Compare(b.weight, a.weight) })
	return out
}

// around draws a sentence through a word: the words after it from the forward model
// (which knows only the word, not what comes before it), then those before it from the
// backward model (which knows the word and what follows). It returns the sentence, and
// whether it is whole (rather than cut short at max tokens).
func (b *Bot) around(fwd, bwd *sampler, word string, max int) ([]string, bool) {
	hist := b.fwd.start()
	if word != "" {
		hist = append(hist, b.fwd.lookup(word))
		hist[len(hist)-2] = none // the word before it is unknown
	}
	after := fwd.sentence(hist, max-1)
	if word == "" {
		return after, len(after) > 0 && isEnd(after[len(after)-1])
	}
	back := b.bwd.start()
	for i := len(after) - 1; i >= 0; i-- {
		back = append(back, b.bwd.lookup(after[i]))
	}
	back = append(back, b.bwd.lookup(word))
	before := bwd.sentence(back, max-1-len(after))
	slices.Reverse(before)
	s := append(append(before, word), after...)
	return s, len(s) < max && isEnd(s[len(s)-1])
}

// Reply writes a reply to a prompt, a token at a time (see [Detokenize] to write them
// as text): up to o.Sentences sentences and o.MaxTokens tokens, only the first of them
// cut short if it is too long. The first sentence is the best of o.Candidates drawn
// around the prompt's rarer words: whole, and sharing the most (and the rarest) words
// with the prompt.
func (b *Bot) Reply(prompt string, o Options) iter.Seq[string] {
	o = o.withDefaults()
	return func(yield func(string) bool) {
		rng := rand.New(rand.NewPCG(o.Seed, 0x9e3779b97f4a7c15))
		// Going backwards, an end mark would end a sentence in its middle.
		fwd, bwd := b.fwd.sampler(rng, o), b.bwd.sampler(rng, o, ".", "!", "?")
		topics := b.topics(prompt)
		weights := map[string]float64{}
		total := 0.0
		for _, t := range topics {
			weights[t.word] = t.weight
			total += t.weight
		}

		var first []string
		best := -1.0
		for range o.Candidates {
			// Around a topic drawn by its weight, or from the start if there is none.
			word, x := "", rng.Float64()*total
			for _, t := range topics {
				if word = t.word; x < t.weight {
					break
				}
				x -= t.weight
			}
			c, whole := b.around(fwd, bwd, word, o.MaxTokens)
			score := 0.0
			if whole {
				score = 1000
			}
			for _, w := range slices.Compact(slices.Sorted(slices.Values(c))) {
				score += weights[w]
			}
			if score > best {
				first, best = c, score
			}
			if len(topics) == 0 && whole {
				break
			}
		}

		n := 0
		for i := 0; i < o.Sentences && n < o.MaxTokens; i++ {
			sent := first
			if i > 0 {
				// A later sentence cut short by MaxTokens is left out.
				var whole bool
				if sent, whole = b.around(fwd, bwd, "", o.MaxTokens-n); !whole {
					return
				}
			}
			for _, w := range sent {
				if !yield(w) {
					return
				}
				n++
			}
		}
	}
}
