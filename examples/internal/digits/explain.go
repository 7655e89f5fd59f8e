package digits

import "math"

// Occlusion patches: each blanks a patch×patch square of the input, at every stride-th
// position.
const (
	patch  = 6
	stride = 2
)

// HeatMap is the importance of each pixel of an input for one digit: positive where
// the ink made the network more sure of the digit, negative where it made it less sure.
type HeatMap [Side * Side]float32

// Occlusion explains a prediction by occlusion: it blanks each patch of the input in
// turn, and each pixel's importance is its ink times the mean drop in the digit's
// log-probability over the patches that cover it (log-probabilities, unlike
// probabilities, still tell strokes apart when the network is nearly certain). Blank paper scores zero: the map lies on
// the strokes.
func (n *Net) Occlusion(in *Input, digit int) HeatMap {
	h := make([]float32, n.Hidden)
	logp := func(in *Input) float32 { return float32(math.Log(max(float64(n.forward(in, h)[digit]), 1e-30))) }
	base := logp(in)
	var sum, count [Side * Side]float32
	for py := 0; py+patch <= Side; py += stride {
		for px := 0; px+patch <= Side; px += stride {
			occluded := *in
			inked := false
			for y := py; y < py+patch; y++ {
				for x := px; x < px+patch; x++ {
					inked = inked || occluded[y*Side+x] != 0
					occluded[y*Side+x] = 0
				}
			}
			drop := float32(0)
			if inked {
				drop = base - logp(&occluded)
			}
			for y := py; y < py+patch; y++ {
				for x := px; x < px+patch; x++ {
					sum[y*Side+x] += drop
					count[y*Side+x]++
				}
			}
		}
	}
	var m HeatMap
	for i := range m {
		if count[i] > 0 {
			m[i] = sum[i] / count[i] * in[i]
		}
	}
	return m
}

// At samples the heat map at a point of the input's coordinates (pixel centres at
// half-integers), bilinearly, and zero outside it.
func (m *HeatMap) At(x, y float64) float32 {
	x, y = x-0.5, y-0.5
	if x < -0.5 || y < -0.5 || x > Side-0.5 || y > Side-0.5 {
		return 0
	}
	x0, y0 := int(max(0, min(x, Side-1))), int(max(0, min(y, Side-1)))
	x1, y1 := min(x0+1, Side-1), min(y0+1, Side-1)
	fx, fy := float32(max(0, min(1, x-float64(x0)))), float32(max(0, min(1, y-float64(y0))))
	a, b := m[y0*Side+x0], m[y0*Side+x1]
	c, d := m[y1*Side+x0], m[y1*Side+x1]
	return a*(1-fx)*(1-fy) + b*fx*(1-fy) + c*(1-fx)*fy + d*fx*fy
}
