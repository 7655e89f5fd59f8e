package sentiment

import (
	"bytes"
	"math"
	"slices"
	"testing"
)

// The committed model must keep its held-out accuracy; the train command prints it.
func TestHeldOutAccuracy(t *testing.T) {
	m, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	train, test, err := Dataset()
	if err != nil {
		t.Fatal(err)
	}
	if len(train) < 600 || len(test) < 150 {
		t.Fatalf("%d training and %d held-out sentences; the data set shrank", len(train), len(test))
	}
	acc := m.Accuracy(test)
	t.Logf("held-out accuracy %.1f%% on %d sentences", 100*acc, len(test))
	if acc < 0.90 {
		t.Errorf("held-out accuracy %.3f, want at least 0.90", acc)
	}
}

// Training is deterministic and reproduces the committed weights: model.json is what
// `go run ./examples/sentiment/train` writes for the committed data.
func TestTrainingReproducesCommittedModel(t *testing.T) {
	committed, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	train, _, _ := Dataset()
	m := Train(train, TrainOptions{})
	if !slices.Equal(m.Classes, committed.Classes) || len(m.Weights) != len(committed.Weights) {
		t.Fatalf("trained %v with %d features; committed %v with %d: run go run ./examples/sentiment/train",
			m.Classes, len(m.Weights), committed.Classes, len(committed.Weights))
	}
	// Rounding to four decimals may differ in the last digit on another processor.
	const tol = 2e-4
	for f, w := range m.Weights {
		cw, ok := committed.Weights[f]
		if !ok {
			t.Fatalf("feature %q is not in model.json: run go run ./examples/sentiment/train", f)
		}
		for c := range w {
			if math.Abs(w[c]-cw[c]) > tol {
				t.Fatalf("feature %q: trained %v, committed %v: run go run ./examples/sentiment/train", f, w, cw)
			}
		}
	}
	// The file is the marshalled model, byte for byte, on the processor that trained it.
	data, _ := committed.MarshalJSON()
	if !bytes.Equal(data, modelJSON) {
		t.Error("model.json is not in the train command's format")
	}
}

func TestWords(t *testing.T) {
	text := "Don’t buy it, it's 'bad'!"
	var got []string
	for _, w := range Words(text) {
		if text[w.Start:w.End] != w.Text {
			t.Errorf("word %q at %d..%d reads %q", w.Text, w.Start, w.End, text[w.Start:w.End])
		}
		got = append(got, w.Text)
	}
	want := []string{"Don’t", "buy", "it", ",", "it's", "bad", "!"}
	if !slices.Equal(got, want) {
		t.Errorf("Words = %q, want %q", got, want)
	}
}

func TestFeatures(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"Not good, great", []string{"not", "<s> not", "not_good", "<negative>", "not good", "great", "<positive>", "<s> great"}},
		{"good but awful", []string{"good", "<positive>", "<s> good", "awful", "<negative> after but", "<s> awful"}},
		{"I didn't like it", []string{"i", "<s> i", "didn't", "i didn't", "not_like", "<negative>", "didn't like", "not_it", "like it"}},
	} {
		if got := Features(texts(Words(c.text))); !slices.Equal(got, c.want) {
			t.Errorf("Features(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}

func TestExplain(t *testing.T) {
	m, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ text, label, key string }{
		{"I love this phone, the camera is wonderful.", "positive", "wonderful"},
		{"The soup was cold and the waiter was rude.", "negative", "rude"},
		{"The train leaves from platform two at noon.", "neutral", ""},
		{"This is not good at all.", "negative", "not"},
	} {
		label, probs, words := m.Explain(c.text)
		if label != c.label {
			t.Errorf("%q: %s (%v), want %s", c.text, label, probs, c.label)
			continue
		}
		sum := 0.0
		for _, p := range probs {
			sum += p
		}
		if math.Abs(sum-1) > 1e-9 || len(probs) != 3 {
			t.Errorf("%q: probabilities %v", c.text, probs)
		}
		if len(words) != len(Words(c.text)) {
			t.Fatalf("%q: %d scores for %d words", c.text, len(words), len(Words(c.text)))
		}
		if c.key == "" {
			continue
		}
		best := slices.MaxFunc(words, func(a, b Importance) int { return cmpFloat(a.Score, b.Score) })
		if best.Text != c.key || best.Score <= 0 {
			t.Errorf("%q: the most important word is %q (%.3f), want %q", c.text, best.Text, best.Score, c.key)
		}
	}
}

func cmpFloat(a, b float64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func TestLexicon(t *testing.T) {
	if lexicon["superb"] != 1 || lexicon["awful"] != -1 || len(lexicon) < 300 {
		t.Errorf("lexicon: superb=%d awful=%d, %d words", lexicon["superb"], lexicon["awful"], len(lexicon))
	}
}
