// Package ngram is a word-level n-gram language model with interpolated Kneser-Ney
// smoothing: trained in a fraction of a second on the text of Pride and Prejudice that
// it embeds, it writes replies word by word, drawn with a seed and a temperature.
//
// A model of order 3 (a trigram model) predicts each word from the two before it,
// falling back by degrees on the one before it and on how many different words each
// word follows, so that it gives every word, seen or not, some probability.
package ngram

import (
	"cmp"
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"
)

// The ids of the special tokens.
const (
	unk = 0 // <unk>: a word the model has not seen
	eos = 1 // </s>: the end of a sentence
	bos = 2 // <s>: the padding before a sentence's first word, never predicted

	// none stands in a history for a word not known, such as the one before a word in
	// the middle of a sentence: the model then predicts from the words after it alone.
	none = -1
)

// idBits is the width of one word's id in a context's key: three ids fit in 63 bits.
const idBits = 21

// MaxOrder is the largest order Train accepts.
const MaxOrder = 3

// follower is a word seen after a context, with its count: a raw count at the model's
// order, a continuation count (how many different words came before) below it.
type follower struct {
	w int32
	c float64
}

// context is what the model knows of the words that follow a few given words.
type context struct {
	total float64    // the sum of the followers' counts
	next  []follower // by id
}

func (c *context) count(w int32) float64 {
	if i, ok := slices.BinarySearchFunc(c.next, w, func(f follower, w int32) int { return int(f.w - w) }); ok {
		return c.next[i].c
	}
	return 0
}

// Model is a trained n-gram model. It is safe for concurrent use.
type Model struct {
	order    int
	words    []string         // by id
	ids      map[string]int32 // the inverse of words
	levels   []map[uint64]*context
	discount []float64 // by level
	count    []float64 // how often each word occurs, by id
	tokens   int       // the number of tokens trained on, </s> included
	casing   casing
	// base is each token's probability at the lowest level (unigrams, and the
	// uniform distribution below them), and byBase the tokens from the likeliest by
	// it, <s> left out.
	base   []float64
	byBase []int32
}

// Train counts the n-grams of order (1 to MaxOrder) in sentences of tokens (see
// [Sentences]) and returns the model. The first word of each sentence is lower-cased
// when it is more often in lower case elsewhere ("It" becomes "it", "Elizabeth"
// stays), so that a word has one entry whatever its place.
func Train(sentences [][]string, order int) (*Model, error) {
	if order < 1 || order > MaxOrder {
		return nil, fmt.Errorf("ngram: order %d: want 1 to %d", order, MaxOrder)
	}
	if len(sentences) == 0 {
		return nil, errors.New("ngram: no sentences to train on")
	}
	m := &Model{order: order, ids: map[string]int32{}, casing: newCasing(sentences)}
	for _, w := range []string{"<unk>", "</s>", "<s>"} {
		m.id(w)
	}

	// Every n-gram at the model's order, its ids packed into a key; sorted, equal
	// n-grams are next to each other and a context's followers are together.
	var grams []uint64
	hist := make([]int32, order-1)
	for _, s := range sentences {
		for i := range hist {
			hist[i] = bos
		}
		s = m.normalize(s)
		for i := 0; i <= len(s); i++ {
			w := int32(eos)
			if i < len(s) {
				w = m.id(s[i])
			}
			grams = append(grams, keyOf(hist)<<idBits|uint64(w))
			if len(hist) > 0 {
				copy(hist, hist[1:])
				hist[len(hist)-1] = w
			}
		}
	}
	if len(m.words) > 1<<idBits {
		return nil, fmt.Errorf("ngram: %d different words, more than the %d a model can hold", len(m.words), 1<<idBits)
	}
	slices.Sort(grams)
	m.tokens = len(grams)
	m.count = make([]float64, len(m.words))
	for _, g := range grams {
		m.count[g&(1<<idBits-1)]++
	}

	m.levels = make([]map[uint64]*context, order)
	m.discount = make([]float64, order)
	for level := order - 1; level >= 0; level-- {
		m.levels[level] = map[uint64]*context{}
		var c *context
		n1, n2 := 0, 0
		for i := 0; i < len(grams); {
			j := i + 1
			for j < len(grams) && grams[j] == grams[i] {
				j++
			}
			key, n := grams[i], float64(j-i)
			if ctx := key >> idBits; c == nil || ctx != grams[i-1]>>idBits {
				c = &context{}
				m.levels[level][ctx] = c
			}
			c.next = append(c.next, follower{int32(key & (1<<idBits - 1)), n})
			c.total += n
			switch n {
			case 1:
				n1++
			case 2:
				n2++
			}
			i = j
		}
		// The discount that Kneser and Ney's leave-one-out estimate gives.
		m.discount[level] = 0.75
		if n1 > 0 && n2 > 0 {
			m.discount[level] = float64(n1) / float64(n1+2*n2)
		}
		if level == 0 {
			break
		}
		// One level down, counts are continuation counts: each distinct n-gram here
		// counts once for the shorter one it ends with, so that a word's count there is
		// how many different words come before it.
		mask := uint64(1)<<(idBits*level) - 1
		grams = slices.Compact(grams)
		for i := range grams {
			grams[i] &= mask
		}
		slices.Sort(grams)
	}
	m.base = make([]float64, len(m.words))
	m.distributionFrom(1, nil, m.base)
	for w := range m.words {
		if w != bos {
			m.byBase = append(m.byBase, int32(w))
		}
	}
	slices.SortStableFunc(m.byBase, func(a, b int32) int { return cmp.Compare(m.base[b], m.base[a]) })
	return m, nil
}

// keyOf packs a context's ids into a map key.
func keyOf(ids []int32) uint64 {
	var k uint64
	for _, id := range ids {
		k = k<<idBits | uint64(id)
	}
	return k
}

// id returns a word's id, adding the word to the vocabulary if it is new.
func (m *Model) id(w string) int32 {
	if id, ok := m.ids[w]; ok {
		return id
	}
	id := int32(len(m.words))
	m.words = append(m.words, w)
	m.ids[w] = id
	return id
}

// lookup returns a word's id, or that of <unk>.
func (m *Model) lookup(w string) int32 {
	if id, ok := m.ids[w]; ok && id != bos {
		return id
	}
	return unk
}

// casing counts each word's occurrences after the first word of a sentence, to decide
// whether a sentence's first word is written in lower case elsewhere.
type casing map[string]int

func newCasing(sentences [][]string) casing {
	c := casing{}
	for _, s := range sentences {
		for _, w := range s[min(1, len(s)):] {
			c[w]++
		}
	}
	return c
}

// normalize lower-cases a sentence's first word when it was seen more often in lower
// case than as written after the start of a sentence.
func (c casing) normalize(s []string) []string {
	if len(s) == 0 {
		return s
	}
	if l := strings.ToLower(s[0]); l != s[0] && c[l] > c[s[0]] {
		s = append([]string{l}, s[1:]...)
	}
	return s
}

func (m *Model) normalize(s []string) []string { return m.casing.normalize(s) }

// Order is the model's order: 3 for a trigram model.
func (m *Model) Order() int { return m.order }

// Vocabulary is the number of different words (and punctuation marks) the model knows.
func (m *Model) Vocabulary() int { return len(m.words) - 3 }

// Tokens is the number of tokens the model was trained on, each sentence's end
// included.
func (m *Model) Tokens() int { return m.tokens }

// NGrams is the number of different n-grams of each order the model counted, from
// unigrams up.
func (m *Model) NGrams() []int {
	out := make([]int, m.order)
	for level, ctxs := range m.levels {
		for _, c := range ctxs {
			out[level] += len(c.next)
		}
	}
	return out
}

// Known reports whether the model saw a word (in this case, or at the start of a
// sentence in lower case).
func (m *Model) Known(w string) bool {
	return m.lookup(w) > bos || m.lookup(strings.ToLower(w)) > bos
}

// predictable is the number of tokens the model predicts: every word, <unk> and </s>.
func (m *Model) predictable() float64 { return float64(len(m.words) - 1) }

// context returns the context of length n before the end of hist, or nil if the model
// never saw it or it holds an unknown word ([none]).
func (m *Model) context(hist []int32, n int) *context {
	ids := hist[len(hist)-n:]
	if slices.Contains(ids, none) {
		return nil
	}
	return m.levels[n][keyOf(ids)]
}

// prob is the probability of w after hist, which holds at least order-1 ids.
func (m *Model) prob(hist []int32, w int32) float64 {
	p := 1 / m.predictable()
	for level := range m.order {
		c := m.context(hist, level)
		if c == nil {
			continue
		}
		d := m.discount[level]
		p = (max(c.count(w)-d, 0) + d*float64(len(c.next))*p) / c.total
	}
	return p
}

// distribution fills dist (one entry per id) with the probability of each token after
// hist.
func (m *Model) distribution(hist []int32, dist []float64) {
	m.distributionFrom(m.order, hist, dist)
}

// distributionFrom fills dist from the levels below levels: with 0, the uniform
// distribution; with 1, the unigrams'; with m.order, the whole model's.
func (m *Model) distributionFrom(levels int, hist []int32, dist []float64) {
	u := 1 / m.predictable()
	for i := range dist {
		dist[i] = u
	}
	dist[bos] = 0
	for level := range levels {
		c := m.context(hist, level)
		if c == nil {
			continue
		}
		d := m.discount[level]
		scale := d * float64(len(c.next)) / c.total
		for i := range dist {
			dist[i] *= scale
		}
		for _, f := range c.next {
			dist[f.w] += max(f.c-d, 0) / c.total
		}
	}
}

// start returns a sentence's history before its first word: order-1 paddings.
func (m *Model) start() []int32 {
	h := make([]int32, m.order-1, m.order-1+64)
	for i := range h {
		h[i] = bos
	}
	return h
}

// LogProb is the natural logarithm of the probability the model gives to a sentence
// of tokens and its end, and the number of tokens predicted (the words, and the end).
// A word the model has not seen counts as <unk>.
func (m *Model) LogProb(sentence []string) (logp float64, n int) {
	hist := m.start()
	s := m.normalize(sentence)
	for i := 0; i <= len(s); i++ {
		w := int32(eos)
		if i < len(s) {
			w = m.lookup(s[i])
		}
		logp += math.Log(m.prob(hist, w))
		hist = append(hist, w)
	}
	return logp, len(s) + 1
}

// Perplexity is exp of the mean negative log-probability per token of the sentences:
// the number of equally likely words the model is, on average, choosing between. Lower
// is better.
func (m *Model) Perplexity(sentences [][]string) float64 {
	sum, n := 0.0, 0
	for _, s := range sentences {
		lp, k := m.LogProb(s)
		sum += lp
		n += k
	}
	return math.Exp(-sum / float64(n))
}
