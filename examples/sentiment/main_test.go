package main

import (
	"errors"
	"strings"
	"testing"

	"github.com/gradio-go/gradio"
	"github.com/gradio-go/gradio/examples/internal/sentiment"
)

func TestClassify(t *testing.T) {
	m, err := sentiment.Load()
	if err != nil {
		t.Fatal(err)
	}
	a := &app{m}
	text := "  The waiter was rude, and the soup was cold!"
	probs, spans, err := a.classify(text)
	if err != nil {
		t.Fatal(err)
	}
	if probs["negative"] < 0.5 {
		t.Errorf("probabilities %v, want negative", probs)
	}
	// The spans put the text back together, and the strongest word scores ±1.
	var b strings.Builder
	top := 0.0
	for _, s := range spans {
		b.WriteString(s.Text)
		if s.Confidence != nil {
			top = max(top, *s.Confidence, -*s.Confidence)
		} else if strings.TrimSpace(s.Text) != "" {
			t.Errorf("the plain span %q is not white space", s.Text)
		}
	}
	if b.String() != text || top != 1 {
		t.Errorf("spans spell %q with a top score of %v", b.String(), top)
	}
	var ge gradio.Error
	if _, _, err := a.classify(" \n"); !errors.As(err, &ge) {
		t.Errorf("empty text: %v", err)
	}
}
