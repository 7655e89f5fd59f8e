package tunnel

import "testing"

func TestAppName(t *testing.T) {
	long := "abcdefghij-abcdefghij-abcdefghij-abcdefghij-abcdefghij-abcdefghij"
	for in, want := range map[string]string{
		"hello":                "hello",
		"Sentiment Analysis":   "sentiment-analysis",
		"  Élan -- vital!  ":   "lan-vital",
		"hello.test":           "hello-test",
		"___":                  "app",
		"":                     "app",
		"2 + 2":                "2-2",
		long:                   long[:63],
		"a" + string(rune(0)):  "a",
		"Digits (MNIST) v2.0 ": "digits-mnist-v2-0",
	} {
		got := AppName(in)
		if got != want {
			t.Errorf("AppName(%q) = %q, want %q", in, got, want)
		}
		if len(got) > 63 || got[0] == '-' || got[len(got)-1] == '-' {
			t.Errorf("AppName(%q) = %q is not a valid name", in, got)
		}
	}
}
