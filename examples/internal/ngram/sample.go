package ngram

import (
	"cmp"
	"math"
	"math/rand/v2"
	"slices"
)

// sampler draws tokens from a model, with a temperature and nucleus sampling.
//
// After a given history, most tokens' probabilities are their probability at the
// lowest level (Model.base) times one factor, the weight the higher levels leave to
// it; only the few tokens seen after the history's last words differ. The sampler works
// on those few and on the rest as a whole (whose order by probability is fixed:
// Model.byBase), so that a draw costs little more than the few.
type sampler struct {
	m    *Model
	rng  *rand.Rand
	inv  float64 // 1 / temperature
	topP float64

	banned    []bool    // tokens never drawn: <s>, <unk> and those asked for, by id
	baseT     []float64 // m.base[w] to the power inv, by id
	baseTotal float64   // the sum of baseT over the tokens not banned

	// The tokens seen after the history, with their (tempered) probabilities.
	touched []int32
	mark    []bool    // by id: in touched
	val     []float64 // by id, for the tokens in touched
	picks   []pick    // the nucleus
}

type pick struct {
	w int32
	p float64
}

// sampler returns a sampler of the model with o's temperature and top-p, that never
// draws <unk> nor the tokens ban lists.
func (m *Model) sampler(rng *rand.Rand, o Options, ban ...string) *sampler {
	n := len(m.words)
	s := &sampler{
		m: m, rng: rng, inv: 1 / o.Temperature, topP: o.TopP,
		banned: make([]bool, n), baseT: make([]float64, n), mark: make([]bool, n), val: make([]float64, n),
	}
	s.banned[unk], s.banned[bos] = true, true
	for _, w := range ban {
		if id := m.lookup(w); id != unk {
			s.banned[id] = true
		}
	}
	for w, p := range m.base {
		s.baseT[w] = s.pow(p)
		if !s.banned[w] {
			s.baseTotal += s.baseT[w]
		}
	}
	return s
}

func (s *sampler) pow(p float64) float64 {
	if s.inv == 1 || p == 0 {
		return p
	}
	return math.Pow(p, s.inv)
}

// sparse computes the distribution after hist: the probability of a token in
// s.touched is s.val[w], that of any other scale*m.base[w]. It is the same as
// Model.distribution's.
func (s *sampler) sparse(hist []int32) (scale float64) {
	m := s.m
	for _, w := range s.touched {
		s.mark[w] = false
	}
	s.touched = s.touched[:0]
	scale = 1
	for level := 1; level < m.order; level++ {
		c := m.context(hist, level)
		if c == nil {
			continue
		}
		d := m.discount[level]
		k := d * float64(len(c.next)) / c.total
		scale *= k
		for _, w := range s.touched {
			s.val[w] *= k
		}
		for _, f := range c.next {
			a := max(f.c-d, 0) / c.total
			if !s.mark[f.w] {
				s.mark[f.w] = true
				s.touched = append(s.touched, f.w)
				s.val[f.w] = scale * m.base[f.w]
			}
			s.val[f.w] += a
		}
	}
	return scale
}

// next draws the token after hist.
func (s *sampler) next(hist []int32) int32 {
	tail := s.pow(s.sparse(hist)) // the factor of the other tokens' baseT
	sum, rest := 0.0, s.baseTotal
	for _, w := range s.touched {
		if s.banned[w] {
			s.val[w] = 0
			continue
		}
		s.val[w] = s.pow(s.val[w])
		sum += s.val[w]
		rest -= s.baseT[w]
	}
	sum += tail * max(rest, 0)

	if s.topP < 1 {
		return s.fromNucleus(tail, sum)
	}
	x := s.rng.Float64() * sum
	for _, w := range s.touched {
		if x -= s.val[w]; x < 0 {
			return w
		}
	}
	last := int32(eos)
	for _, w := range s.m.byBase {
		if !s.mark[w] && !s.banned[w] {
			last = w
			if x -= tail * s.baseT[w]; x < 0 {
				break
			}
		}
	}
	return last
}

// fromNucleus draws from the likeliest tokens whose probabilities add up to topP of
// sum: the touched tokens and the others merged, each in order.
func (s *sampler) fromNucleus(tail, sum float64) int32 {
	slices.SortFunc(s.touched, func(a, b int32) int {
		if c := cmp.Compare(s.val[b], s.val[a]); c != 0 {
			return c
		}
		return cmp.Compare(a, b)
	})
	s.picks = s.picks[:0]
	kept := 0.0
	i, j := 0, 0
	order := s.m.byBase
	for kept < s.topP*sum {
		for j < len(order) && (s.mark[order[j]] || s.banned[order[j]]) {
			j++
		}
		var p pick
		switch {
		case i < len(s.touched) && (j == len(order) || s.val[s.touched[i]] >= tail*s.baseT[order[j]]):
			p = pick{s.touched[i], s.val[s.touched[i]]}
			i++
		case j < len(order):
			p = pick{order[j], tail * s.baseT[order[j]]}
			j++
		}
		if p.p <= 0 {
			break // nothing left: rounding
		}
		s.picks = append(s.picks, p)
		kept += p.p
	}
	x := s.rng.Float64() * kept
	for _, p := range s.picks {
		if x -= p.p; x < 0 {
			return p.w
		}
	}
	if len(s.picks) == 0 {
		return eos
	}
	return s.picks[len(s.picks)-1].w
}
