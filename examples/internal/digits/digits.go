// Package digits recognizes a handwritten digit: a drawing is normalized as MNIST's
// digits were (cropped, scaled into 20×20, centred by its mass in 28×28) and classified
// by a two-layer perceptron. The network is trained by `go run ./examples/digits/train`
// on digits it synthesizes itself: stroke templates of several styles per digit, drawn
// with random jitter, slant, rotation, proportions and pen width. Its weights
// (weights.bin) are embedded.
package digits

import (
	_ "embed"
	"image"
)

//go:embed weights.bin
var weights []byte

// The held-out test set: synthetic digits from a seed that training never uses.
const (
	TestSize = 5000
	TestSeed = 424242
)

// Load returns the embedded network.
func Load() (*Net, error) {
	n := &Net{}
	if err := n.UnmarshalBinary(weights); err != nil {
		return nil, err
	}
	return n, nil
}

// Classify returns the probability of each digit for a drawing, and false when the
// drawing is blank.
func (n *Net) Classify(img image.Image) ([10]float32, bool) {
	in, _, ok := Normalize(FromImage(img))
	if !ok {
		return [10]float32{}, false
	}
	return n.Predict(&in), true
}
