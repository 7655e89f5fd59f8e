package gradio

import "testing"

// Python types list a model's fields in Gradio's order, as gradio_client prints them.
func TestPythonTypeFieldOrder(t *testing.T) {
	cases := []struct {
		c    APIDescriber
		want string
	}{
		{&Label{}, "dict(label: str | int | float | None, confidences: list[dict(label: str | int | float | None, confidence: float | None)] | None)"},
		{&Dataframe{}, "dict(headers: list[Any], data: list[list[Any]], metadata: dict(str, list[Any] | None) | None)"},
		{&MultimodalTextbox{}, "dict(text: str, files: list[filepath])"},
	}
	for _, c := range cases {
		if got := pythonType(c.c.APISchema()); got != c.want {
			t.Errorf("%T: %q, want %q", c.c, got, c.want)
		}
	}
}
