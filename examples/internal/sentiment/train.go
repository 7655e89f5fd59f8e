package sentiment

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
)

// Example is one labelled sentence.
type Example struct {
	Label, Text string
}

// Dataset returns the embedded sentences, split into a training set and a held-out
// set: every fifth sentence of each class is held out.
func Dataset() (train, test []Example, err error) {
	seen := map[string]int{}
	for n, line := range strings.Split(strings.TrimSpace(sentencesTSV), "\n") {
		label, text, ok := strings.Cut(line, "\t")
		if !ok || label == "" || strings.TrimSpace(text) == "" {
			return nil, nil, fmt.Errorf("sentiment: data/sentences.tsv:%d: want a label, a tab and a sentence", n+1)
		}
		e := Example{label, text}
		if seen[label]%5 == 4 {
			test = append(test, e)
		} else {
			train = append(train, e)
		}
		seen[label]++
	}
	return train, test, nil
}

// TrainOptions tune training; the zero value of a field means its default.
type TrainOptions struct {
	// Iterations of full-batch Adam; 400 by default.
	Iterations int
	// LearningRate of Adam; 0.05 by default.
	LearningRate float64
	// L2 is the weight decay; 0.002 by default.
	L2 float64
	// MinPairCount drops word pairs seen fewer times in the training set; 2 by default.
	// Single words are always kept.
	MinPairCount int
}

func (o TrainOptions) withDefaults() TrainOptions {
	if o.Iterations == 0 {
		o.Iterations = 400
	}
	if o.LearningRate == 0 {
		o.LearningRate = 0.05
	}
	if o.L2 == 0 {
		o.L2 = 0.002
	}
	if o.MinPairCount == 0 {
		o.MinPairCount = 2
	}
	return o
}

// Train fits a model to data by minimising the mean cross-entropy plus an L2 penalty,
// with full-batch Adam. It is deterministic: the same data and options give the same
// weights. The classes are sorted by name.
func Train(data []Example, opt TrainOptions) *Model {
	opt = opt.withDefaults()
	var classes []string
	for _, e := range data {
		if !slices.Contains(classes, e.Label) {
			classes = append(classes, e.Label)
		}
	}
	slices.Sort(classes)
	k := len(classes)

	// Count features, then index the kept ones in sorted order.
	feats := make([][]string, len(data))
	count := map[string]int{}
	for i, e := range data {
		feats[i] = Features(texts(Words(e.Text)))
		for _, f := range feats[i] {
			count[f]++
		}
	}
	var names []string
	for f, n := range count {
		if !isPair(f) || n >= opt.MinPairCount {
			names = append(names, f)
		}
	}
	slices.Sort(names)
	index := make(map[string]int, len(names))
	for i, f := range names {
		index[f] = i
	}
	xs := make([][]int, len(data))
	ys := make([]int, len(data))
	for i, fs := range feats {
		for _, f := range fs {
			if j, ok := index[f]; ok {
				xs[i] = append(xs[i], j)
			}
		}
		ys[i] = slices.Index(classes, data[i].Label)
	}

	// Parameters: one row of k weights per feature, then the bias as the last row.
	nf := len(names)
	w := make([]float64, (nf+1)*k)
	grad := make([]float64, len(w))
	m1 := make([]float64, len(w))
	m2 := make([]float64, len(w))
	const beta1, beta2, eps = 0.9, 0.999, 1e-8
	z := make([]float64, k)
	for it := 1; it <= opt.Iterations; it++ {
		clear(grad)
		for i, x := range xs {
			copy(z, w[nf*k:])
			for _, j := range x {
				for c := range k {
					z[c] += w[j*k+c]
				}
			}
			p := softmax(z)
			p[ys[i]]--
			for c := range k {
				grad[nf*k+c] += p[c]
				for _, j := range x {
					grad[j*k+c] += p[c]
				}
			}
		}
		n := float64(len(xs))
		for j := range grad {
			grad[j] /= n
			if j < nf*k {
				grad[j] += opt.L2 * w[j]
			}
		}
		c1 := 1 - math.Pow(beta1, float64(it))
		c2 := 1 - math.Pow(beta2, float64(it))
		for j, g := range grad {
			m1[j] = beta1*m1[j] + (1-beta1)*g
			m2[j] = beta2*m2[j] + (1-beta2)*g*g
			w[j] -= opt.LearningRate * (m1[j] / c1) / (math.Sqrt(m2[j]/c2) + eps)
		}
	}

	m := &Model{Classes: classes, Bias: round(w[nf*k:]), Weights: make(map[string][]float64, nf)}
	for i, f := range names {
		m.Weights[f] = round(w[i*k : (i+1)*k])
	}
	return m
}

// isPair reports whether a feature is a pair of words, such as "not good" or "<s> great".
func isPair(f string) bool {
	return strings.Contains(f, " ") && !strings.HasPrefix(f, "<positive>") && !strings.HasPrefix(f, "<negative>")
}

// round keeps four decimals, which is all the model needs and keeps model.json small.
func round(v []float64) []float64 {
	out := make([]float64, len(v))
	for i, x := range v {
		out[i] = math.Round(x*1e4) / 1e4
	}
	return out
}

// Accuracy is the fraction of examples whose most probable class is their label.
func (m *Model) Accuracy(data []Example) float64 {
	right := 0
	for _, e := range data {
		p := m.Probabilities(texts(Words(e.Text)))
		if m.Classes[argmax(p)] == e.Label {
			right++
		}
	}
	return float64(right) / float64(len(data))
}

func argmax(p []float64) int {
	best := 0
	for i := range p {
		if p[i] > p[best] {
			best = i
		}
	}
	return best
}

// MarshalJSON writes the model with one feature a line, sorted, so that a retrained
// model's diff is readable.
func (m *Model) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	enc := func(v any) string {
		s, _ := json.Marshal(v)
		return string(s)
	}
	fmt.Fprintf(&b, "{\n\"classes\": %s,\n\"bias\": %s,\n\"weights\": {", enc(m.Classes), floats(m.Bias))
	names := make([]string, 0, len(m.Weights))
	for f := range m.Weights {
		names = append(names, f)
	}
	slices.Sort(names)
	for i, f := range names {
		sep := ","
		if i == len(names)-1 {
			sep = ""
		}
		fmt.Fprintf(&b, "\n%s: %s%s", enc(f), floats(m.Weights[f]), sep)
	}
	b.WriteString("\n}\n}\n")
	return b.Bytes(), nil
}

func floats(v []float64) string {
	parts := make([]string, len(v))
	for i, x := range v {
		parts[i] = strconv.FormatFloat(x, 'f', -1, 64)
	}
	return "[" + strings.Join(parts, ",") + "]"
}
