package ngram

import (
	"math"
	"slices"
	"strings"
	"sync"
	"testing"
)

// bookBot is a bot trained on the whole book, once for all the tests.
var bookBot = sync.OnceValues(func() (*Bot, error) { return NewBot(Book(), 3) })

func reply(b *Bot, prompt string, o Options) []string {
	var out []string
	for t := range b.Reply(prompt, o) {
		out = append(out, t)
	}
	return out
}

func TestTokensAndDetokenize(t *testing.T) {
	for _, c := range []struct{ text, tokens, back string }{
		{`"My dear Mr. Bennet," said his lady, "have you heard?"`, `My|dear|Mr.|Bennet|,|said|his|lady|,|have|you|heard|?`, `My dear Mr. Bennet, said his lady, have you heard?`},
		{"It isn't _my_ self-denial--nor yours—I think.", `It|isn't|my|self-denial|--|nor|yours|--|I|think|.`, `It isn't my self-denial--nor yours--I think.`},
		{"one. two! three?! (four)", `one|.|two|!|three|?|!|four`, `One. Two! Three?! Four`},
		{"don’t 'quoted' -- x", `don't|quoted|--|x`, `Don't quoted--x`},
	} {
		toks := Tokens(c.text)
		if got := strings.Join(toks, "|"); got != c.tokens {
			t.Errorf("Tokens(%q) = %s, want %s", c.text, got, c.tokens)
		}
		if got := Detokenize(toks); got != c.back {
			t.Errorf("Detokenize(%q) = %q, want %q", toks, got, c.back)
		}
	}
}

func TestSentences(t *testing.T) {
	got := Sentences(`Mr. Bennet replied that he had not. "But it is!" -- "Why?!" And then`)
	want := [][]string{
		{"Mr.", "Bennet", "replied", "that", "he", "had", "not", "."},
		{"But", "it", "is", "!"},
		{"Why", "?", "!"},
		{"And", "then"},
	}
	if !slices.EqualFunc(got, want, slices.Equal) {
		t.Errorf("Sentences = %q, want %q", got, want)
	}
}

func TestCorpus(t *testing.T) {
	chapters := Chapters()
	if len(chapters) != 61 {
		t.Fatalf("%d chapters, want 61", len(chapters))
	}
	if first := chapters[0][0]; !strings.HasPrefix(first, "It is a truth universally acknowledged") {
		t.Errorf("the first paragraph is %q", first)
	}
	train, heldOut := Corpus()
	if n := len(train) + len(heldOut); n != len(Book()) || len(heldOut) < n/20 || len(heldOut) > n/5 {
		t.Errorf("%d sentences to train on and %d held out, %d in the book", len(train), len(heldOut), len(Book()))
	}
}

func TestTrainErrors(t *testing.T) {
	for _, order := range []int{0, MaxOrder + 1} {
		if _, err := Train([][]string{{"a"}}, order); err == nil {
			t.Errorf("Train with order %d: no error", order)
		}
	}
	if _, err := Train(nil, 3); err == nil {
		t.Error("Train with no sentences: no error")
	}
}

// The probabilities after any history add up to one, over every word, the end of a
// sentence and <unk>; an unseen word has some probability, less than any seen one.
func TestDistributionSumsToOne(t *testing.T) {
	m, err := Train([][]string{
		{"the", "cat", "sat", "."}, {"the", "dog", "sat", "down", "."}, {"a", "cat", "ran", "."},
	}, 3)
	if err != nil {
		t.Fatal(err)
	}
	dist := make([]float64, len(m.words))
	for _, h := range [][]string{{}, {"the"}, {"the", "cat"}, {"cat", "sat"}, {"zebra", "sat"}, {"down", "."}} {
		hist := m.start()
		for _, w := range h {
			hist = append(hist, m.lookup(w))
		}
		m.distribution(hist, dist)
		sum := 0.0
		for w, p := range dist {
			sum += p
			if q := m.prob(hist, int32(w)); w != bos && math.Abs(p-q) > 1e-12 {
				t.Errorf("after %q: distribution gives %s %g, prob %g", h, m.words[w], p, q)
			}
		}
		if math.Abs(sum-1) > 1e-9 {
			t.Errorf("after %q the probabilities add up to %g", h, sum)
		}
		if dist[unk] <= 0 || dist[unk] >= dist[m.lookup("cat")] {
			t.Errorf("after %q: P(<unk>) = %g, P(cat) = %g", h, dist[unk], dist[m.lookup("cat")])
		}
	}
	the := append(m.start(), m.lookup("the"))
	if cat, ran := m.prob(the, m.lookup("cat")), m.prob(the, m.lookup("ran")); cat < 2*ran {
		t.Errorf("P(cat | <s> the) = %g, P(ran | <s> the) = %g: want cat, seen after it, far likelier", cat, ran)
	}
}

// Trained without every tenth chapter, the trigram model predicts those chapters
// better than the bigram model, which beats the unigram baseline by far.
func TestHeldOutPerplexity(t *testing.T) {
	train, heldOut := Corpus()
	var ppl []float64
	for order := 1; order <= 3; order++ {
		m, err := Train(train, order)
		if err != nil {
			t.Fatal(err)
		}
		ppl = append(ppl, m.Perplexity(heldOut))
	}
	t.Logf("held-out perplexity: unigram %.1f, bigram %.1f, trigram %.1f", ppl[0], ppl[1], ppl[2])
	if !(ppl[2] < ppl[1] && ppl[1] < ppl[0]/2) {
		t.Errorf("held-out perplexity by order %.1f, want each order lower than the one before (the bigram's under half the unigram's)", ppl)
	}
	if ppl[2] > 150 {
		t.Errorf("trigram perplexity %.1f, want under 150", ppl[2])
	}
}

func TestReplyIsDeterministicWithASeed(t *testing.T) {
	bot, err := bookBot()
	if err != nil {
		t.Fatal(err)
	}
	m := bot.Model()
	o := Options{Seed: 42, Temperature: 0.8}
	a, b := reply(bot, "Tell me about Mr. Darcy", o), reply(bot, "Tell me about Mr. Darcy", o)
	if !slices.Equal(a, b) {
		t.Errorf("two replies with seed 42 differ:\n%s\n%s", Detokenize(a), Detokenize(b))
	}
	o.Seed = 43
	if c := reply(bot, "Tell me about Mr. Darcy", o); slices.Equal(a, c) {
		t.Errorf("seeds 42 and 43 give the same reply: %s", Detokenize(a))
	}
	if len(a) == 0 || len(a) > 80 {
		t.Fatalf("reply of %d tokens, want 1 to 80 (MaxTokens' default)", len(a))
	}
	for _, w := range a {
		if !m.Known(w) {
			t.Errorf("the reply has %q, which the model never saw", w)
		}
	}
	t.Logf("seed 42: %s", Detokenize(a))
}

func TestReplyOptions(t *testing.T) {
	m, err := bookBot()
	if err != nil {
		t.Fatal(err)
	}
	// A reply ends at a sentence's end, within MaxTokens and Sentences.
	for seed := range uint64(5) {
		r := reply(m, "", Options{Seed: seed, MaxTokens: 40, Sentences: 2})
		ends := 0
		for i, w := range r {
			if isEnd(w) && (i+1 == len(r) || !isEnd(r[i+1])) {
				ends++
			}
		}
		if len(r) > 40 || ends > 2 {
			t.Errorf("seed %d: %d tokens, %d sentences, want at most 40 and 2: %s", seed, len(r), ends, Detokenize(r))
		}
	}
	// The first sentence grows around one of the prompt's rarer words, whatever its
	// case.
	for _, prompt := range []string{"pemberley?", "And what of Pemberley, or Netherfield?"} {
		for seed := range uint64(6) {
			r := reply(m, prompt, Options{Seed: seed})
			if !slices.Contains(r, "Pemberley") && !slices.Contains(r, "Netherfield") {
				t.Errorf("seed %d: a reply to %q without Pemberley or Netherfield: %s", seed, prompt, Detokenize(r))
			}
		}
	}
	other := 0
	for seed := range uint64(10) {
		if slices.Contains(reply(m, "What is it like?", Options{Seed: seed}), "Pemberley") {
			other++
		}
	}
	if other > 3 {
		t.Errorf("Pemberley is in %d of 10 replies to a prompt without it", other)
	}
	// A low temperature repeats the likeliest words: fewer different words than a high one.
	distinct := func(temp float64) int {
		seen := map[string]bool{}
		for seed := range uint64(5) {
			for _, w := range reply(m, "", Options{Seed: seed, Temperature: temp}) {
				seen[w] = true
			}
		}
		return len(seen)
	}
	if cold, hot := distinct(0.3), distinct(1.5); cold >= hot {
		t.Errorf("%d different words at temperature 0.3, %d at 1.5: want fewer when colder", cold, hot)
	}
}

// The sampler's sparse distribution is the model's.
func TestSparseDistribution(t *testing.T) {
	m, err := Train(Book()[:500], 3)
	if err != nil {
		t.Fatal(err)
	}
	s := m.sampler(nil, Options{Temperature: 1})
	dist := make([]float64, len(m.words))
	for _, h := range [][]string{{}, {"Mr."}, {"Mr.", "Bennet"}, {"zebra", "and"}, {"and", "zebra"}} {
		hist := m.start()
		for _, w := range h {
			hist = append(hist, m.lookup(w))
		}
		m.distribution(hist, dist)
		scale := s.sparse(hist)
		for w, p := range dist {
			q := scale * m.base[w]
			if s.mark[w] {
				q = s.val[w]
			}
			if math.Abs(p-q) > 1e-12 {
				t.Fatalf("after %q: P(%s) is %g, %g sparse", h, m.words[w], p, q)
			}
		}
	}
}
