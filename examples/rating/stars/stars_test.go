package stars

import (
	"testing"

	"github.com/gradio-go/gradio/gradiotest"
)

func TestRatingKeepsTheComponentContract(t *testing.T) {
	if err := gradiotest.CheckComponent(&Rating{Label: "Stars", Value: 3}); err != nil {
		t.Error(err)
	}
}
