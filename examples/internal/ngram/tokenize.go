package ngram

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// abbreviations keep their full stop: "Mr." is one word and does not end a sentence.
var abbreviations = map[string]bool{
	"Mr": true, "Mrs": true, "Messrs": true, "Dr": true, "St": true, "Esq": true,
	"Col": true, "Capt": true, "Ms": true,
}

// Dash is the token of a dash ("--" or "—" in a text).
const Dash = "--"

// Tokens splits text into words and punctuation. A word is a run of letters and digits,
// with apostrophes and hyphens inside it ("don't", "self-denial"); a title such as
// "Mr." keeps its full stop. The marks , ; : . ! ? and dashes are tokens of their own;
// quotation marks, brackets, underscores (italics) and other symbols are dropped.
func Tokens(text string) []string {
	var out []string
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case isWordRune(r):
			end := i + n
			for end < len(text) {
				r2, n2 := utf8.DecodeRuneInString(text[end:])
				if isWordRune(r2) {
					end += n2
					continue
				}
				if r2 == '\'' || r2 == '’' || r2 == '-' {
					if r3, n3 := utf8.DecodeRuneInString(text[end+n2:]); isWordRune(r3) {
						end += n2 + n3
						continue
					}
				}
				break
			}
			w := strings.ReplaceAll(text[i:end], "’", "'")
			if abbreviations[w] && strings.HasPrefix(text[end:], ".") {
				w += "."
				end++
			}
			out = append(out, w)
			i = end
			continue
		case r == '-' && strings.HasPrefix(text[i:], "--"), r == '—':
			if len(out) == 0 || out[len(out)-1] != Dash {
				out = append(out, Dash)
			}
			for i < len(text) && (text[i] == '-' || strings.HasPrefix(text[i:], "—")) {
				_, n := utf8.DecodeRuneInString(text[i:])
				i += n
			}
			continue
		case strings.ContainsRune(",;:.!?", r):
			out = append(out, string(r))
		}
		i += n
	}
	return out
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// isEnd reports whether a token ends a sentence.
func isEnd(tok string) bool { return tok == "." || tok == "!" || tok == "?" }

// isPunct reports whether a token is a punctuation mark, which is written without a
// space before it.
func isPunct(tok string) bool { return len(tok) == 1 && strings.Contains(",;:.!?", tok) }

// Sentences splits text into sentences of tokens (see [Tokens]): a sentence ends after
// ".", "!" or "?" (and the marks that directly follow it, as in "?!"), or at the end of
// the text. Sentences made only of punctuation are dropped.
func Sentences(text string) [][]string {
	var out [][]string
	var cur []string
	words := 0
	flush := func() {
		if words > 0 {
			out = append(out, cur)
		}
		cur, words = nil, 0
	}
	toks := Tokens(text)
	for i, t := range toks {
		if len(cur) == 0 && (isPunct(t) || t == Dash) {
			continue // a sentence does not start with a mark
		}
		cur = append(cur, t)
		if !isPunct(t) && t != Dash {
			words++
		}
		if isEnd(t) && (i+1 == len(toks) || !isEnd(toks[i+1])) {
			flush()
		}
	}
	flush()
	return out
}

// Detokenize writes tokens as text: words separated by spaces, punctuation marks
// attached to the word before them, dashes without spaces ("ways--with"), and the first
// letter of each sentence in upper case.
func Detokenize(tokens []string) string {
	var b strings.Builder
	start := true
	prev := ""
	for _, t := range tokens {
		if b.Len() > 0 && !isPunct(t) && t != Dash && prev != Dash {
			b.WriteByte(' ')
		}
		if start && !isPunct(t) && t != Dash {
			r, n := utf8.DecodeRuneInString(t)
			t = string(unicode.ToUpper(r)) + t[n:]
			start = false
		}
		b.WriteString(t)
		if isEnd(t) {
			start = true
		}
		prev = t
	}
	return b.String()
}
