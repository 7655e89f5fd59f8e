package digits

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
)

// Input is a normalized drawing, row by row: 0 paper, 1 ink.
type Input [Side * Side]float32

// Net is a two-layer perceptron: Side×Side inputs, a hidden layer of rectified linear
// units, and a softmax over the ten digits.
type Net struct {
	Hidden int
	W1     []float32 // Hidden rows of Side*Side weights
	B1     []float32
	W2     []float32 // 10 rows of Hidden weights
	B2     []float32
}

// NewNet returns a network with He-initialized random weights.
func NewNet(hidden int, rng *rand.Rand) *Net {
	n := &Net{
		Hidden: hidden,
		W1:     make([]float32, hidden*Side*Side), B1: make([]float32, hidden),
		W2: make([]float32, 10*hidden), B2: make([]float32, 10),
	}
	for i := range n.W1 {
		n.W1[i] = float32(rng.NormFloat64() * math.Sqrt(2.0/(Side*Side)))
	}
	for i := range n.W2 {
		n.W2[i] = float32(rng.NormFloat64() * math.Sqrt(2.0/float64(hidden)))
	}
	return n
}

// forward computes the hidden activations into h and returns the probabilities.
func (n *Net) forward(in *Input, h []float32) [10]float32 {
	for j := range n.Hidden {
		w := n.W1[j*Side*Side : (j+1)*Side*Side]
		s := n.B1[j]
		for i, x := range in {
			if x != 0 {
				s += w[i] * x
			}
		}
		h[j] = max(0, s)
	}
	var z [10]float32
	for k := range 10 {
		w := n.W2[k*n.Hidden : (k+1)*n.Hidden]
		s := n.B2[k]
		for j, v := range h {
			s += w[j] * v
		}
		z[k] = s
	}
	return softmax(z)
}

// Predict returns the probability of each digit.
func (n *Net) Predict(in *Input) [10]float32 {
	return n.forward(in, make([]float32, n.Hidden))
}

func softmax(z [10]float32) [10]float32 {
	hi := z[0]
	for _, v := range z {
		hi = max(hi, v)
	}
	var sum float64
	var out [10]float32
	for i, v := range z {
		e := math.Exp(float64(v - hi))
		out[i] = float32(e)
		sum += e
	}
	for i := range out {
		out[i] = float32(float64(out[i]) / sum)
	}
	return out
}

// Sample is a labelled input.
type Sample struct {
	In    Input
	Digit int
}

// grads holds the gradients of a mini-batch, and the momentum of each weight.
type grads struct{ w1, b1, w2, b2 []float32 }

func newGrads(n *Net) grads {
	return grads{make([]float32, len(n.W1)), make([]float32, len(n.B1)), make([]float32, len(n.W2)), make([]float32, len(n.B2))}
}

// trainBatch takes one step of stochastic gradient descent with momentum on a
// mini-batch, minimizing the cross-entropy, and returns the batch's mean loss.
// velocity carries the momentum from step to step.
func (n *Net) trainBatch(batch []Sample, lr, momentum float32, velocity *grads) float64 {
	g := newGrads(n)
	h := make([]float32, n.Hidden)
	dh := make([]float32, n.Hidden)
	loss := 0.0
	for _, s := range batch {
		p := n.forward(&s.In, h)
		loss -= math.Log(max(float64(p[s.Digit]), 1e-12))
		p[s.Digit]--
		clear(dh)
		for k := range 10 {
			w := n.W2[k*n.Hidden : (k+1)*n.Hidden]
			gw := g.w2[k*n.Hidden : (k+1)*n.Hidden]
			for j, v := range h {
				gw[j] += p[k] * v
				dh[j] += p[k] * w[j]
			}
			g.b2[k] += p[k]
		}
		for j := range n.Hidden {
			if h[j] <= 0 {
				continue
			}
			d := dh[j]
			gw := g.w1[j*Side*Side : (j+1)*Side*Side]
			for i, x := range s.In {
				if x != 0 {
					gw[i] += d * x
				}
			}
			g.b1[j] += d
		}
	}
	scale := lr / float32(len(batch))
	step := func(w, gw, v []float32) {
		for i := range w {
			v[i] = momentum*v[i] - scale*gw[i]
			w[i] += v[i]
		}
	}
	step(n.W1, g.w1, velocity.w1)
	step(n.B1, g.b1, velocity.b1)
	step(n.W2, g.w2, velocity.w2)
	step(n.B2, g.b2, velocity.b2)
	return loss / float64(len(batch))
}

// Accuracy is the fraction of samples whose most probable digit is their label.
func (n *Net) Accuracy(samples []Sample) float64 {
	right := 0
	h := make([]float32, n.Hidden)
	for i := range samples {
		if Top(n.forward(&samples[i].In, h)) == samples[i].Digit {
			right++
		}
	}
	return float64(right) / float64(len(samples))
}

// Top is the most probable digit.
func Top(p [10]float32) int {
	best := 0
	for i := range p {
		if p[i] > p[best] {
			best = i
		}
	}
	return best
}

// The weights file: a magic word, the hidden layer's size, then every weight as a
// little-endian float32, in the order W1, B1, W2, B2.
const magic = "digits-mlp-v1\n"

// MarshalBinary encodes the weights.
func (n *Net) MarshalBinary() ([]byte, error) {
	var b bytes.Buffer
	b.WriteString(magic)
	for _, v := range []any{uint32(n.Hidden), n.W1, n.B1, n.W2, n.B2} {
		if err := binary.Write(&b, binary.LittleEndian, v); err != nil {
			return nil, err
		}
	}
	return b.Bytes(), nil
}

// UnmarshalBinary decodes weights written by MarshalBinary.
func (n *Net) UnmarshalBinary(data []byte) error {
	r := bytes.NewReader(data)
	head := make([]byte, len(magic))
	if _, err := io.ReadFull(r, head); err != nil || string(head) != magic {
		return errors.New("digits: not a weights file")
	}
	var hidden uint32
	if err := binary.Read(r, binary.LittleEndian, &hidden); err != nil || hidden == 0 || hidden > 4096 {
		return fmt.Errorf("digits: bad hidden layer size %d", hidden)
	}
	n.Hidden = int(hidden)
	n.W1, n.B1 = make([]float32, n.Hidden*Side*Side), make([]float32, n.Hidden)
	n.W2, n.B2 = make([]float32, 10*n.Hidden), make([]float32, 10)
	for _, v := range [][]float32{n.W1, n.B1, n.W2, n.B2} {
		if err := binary.Read(r, binary.LittleEndian, v); err != nil {
			return fmt.Errorf("digits: truncated weights: %w", err)
		}
	}
	if r.Len() != 0 {
		return fmt.Errorf("digits: %d bytes after the weights", r.Len())
	}
	return nil
}
