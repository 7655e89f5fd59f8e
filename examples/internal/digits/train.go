package digits

import (
	"math/rand/v2"
)

// canvas is the side of the square on which training digits are drawn before they are
// normalized, as a user's drawing is.
const canvas = 64

// Synthetic returns n normalized synthetic digits, 0 to 9 in turn, drawn from the given
// seed: the same seed gives the same samples.
func Synthetic(n int, seed uint64) []Sample {
	rng := rand.New(rand.NewPCG(seed, 0x5eed))
	out := make([]Sample, 0, n)
	for len(out) < n {
		d := len(out) % 10
		in, _, ok := Normalize(Synthesize(rng, d, canvas))
		if ok {
			out = append(out, Sample{in, d})
		}
	}
	return out
}

// TrainOptions tune training; the zero value of a field means its default.
type TrainOptions struct {
	// Hidden is the size of the hidden layer; 64 by default.
	Hidden int
	// Epochs of fresh synthetic digits; 8 by default.
	Epochs int
	// PerEpoch is the number of digits drawn for each epoch; 12000 by default.
	PerEpoch int
	// Batch is the mini-batch size; 32 by default.
	Batch int
	// LearningRate starts at 0.05 by default and halves every third epoch.
	LearningRate float32
	// Seed draws the initial weights and the training digits; 1 by default.
	Seed uint64
}

func (o TrainOptions) withDefaults() TrainOptions {
	if o.Hidden == 0 {
		o.Hidden = 64
	}
	if o.Epochs == 0 {
		o.Epochs = 8
	}
	if o.PerEpoch == 0 {
		o.PerEpoch = 12000
	}
	if o.Batch == 0 {
		o.Batch = 32
	}
	if o.LearningRate == 0 {
		o.LearningRate = 0.05
	}
	if o.Seed == 0 {
		o.Seed = 1
	}
	return o
}

// Train fits a network to synthetic digits, fresh ones each epoch so that it cannot
// learn any one drawing by heart. It is deterministic: the same options give the same
// weights. progress, if not nil, is told each epoch's mean loss.
func Train(opt TrainOptions, progress func(epoch int, loss float64)) *Net {
	opt = opt.withDefaults()
	rng := rand.New(rand.NewPCG(opt.Seed, 0))
	n := NewNet(opt.Hidden, rng)
	velocity := newGrads(n)
	lr := opt.LearningRate
	for epoch := 1; epoch <= opt.Epochs; epoch++ {
		data := Synthetic(opt.PerEpoch, opt.Seed<<20+uint64(epoch))
		rng.Shuffle(len(data), func(i, j int) { data[i], data[j] = data[j], data[i] })
		loss, batches := 0.0, 0
		for i := 0; i < len(data); i += opt.Batch {
			loss += n.trainBatch(data[i:min(i+opt.Batch, len(data))], lr, 0.9, &velocity)
			batches++
		}
		if progress != nil {
			progress(epoch, loss/float64(batches))
		}
		if epoch%3 == 0 {
			lr /= 2
		}
	}
	return n
}
