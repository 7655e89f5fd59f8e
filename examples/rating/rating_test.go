package main

import (
	"testing"

	"github.com/gradio-go/gradio/gradiotest"
)

func TestRatingKeepsTheComponentContract(t *testing.T) {
	if err := gradiotest.CheckComponent(&Rating{Label: "Stars", Value: 3}); err != nil {
		t.Error(err)
	}
}

func TestReview(t *testing.T) {
	for n, want := range map[int]string{0: "No rating yet.", 1: "★ — thank you for 1 star!", 3: "★★★ — thank you for 3 stars!"} {
		if got := review(n); got != want {
			t.Errorf("review(%d) = %q, want %q", n, got, want)
		}
	}
}
