package main

import "testing"

func TestReview(t *testing.T) {
	for n, want := range map[int]string{0: "No rating yet.", 1: "★ — thank you for 1 star!", 3: "★★★ — thank you for 3 stars!"} {
		if got := review(n); got != want {
			t.Errorf("review(%d) = %q, want %q", n, got, want)
		}
	}
}
