package ngram

import (
	_ "embed"
	"regexp"
	"strings"
)

// prideAndPrejudice is Jane Austen's novel (1813, in the public domain), as Project
// Gutenberg transcribed it; see data/README.md for where this copy comes from.
//
//go:embed data/pride-and-prejudice.txt
var prideAndPrejudice string

var (
	chapterHeading = regexp.MustCompile(`(?m)^Chapter [0-9]+\s*$`)
	// quoteAfterClause finds a quotation that starts with a capital after a clause:
	// `said she, "What is it?"`.
	quoteAfterClause = regexp.MustCompile(`[,;:](\s*)"(\p{Lu})`)
)

// Chapters returns the novel's chapters, each a list of paragraphs with its line
// breaks and italics (underscores) removed. The title before the first chapter and the
// section breaks ("* * *") are left out. Since quotation marks are not tokens, a
// quotation that begins with a capital after a clause (`said she, "What is it?"`)
// begins a sentence: the comma before it becomes a full stop.
func Chapters() [][]string {
	parts := chapterHeading.Split(strings.ReplaceAll(prideAndPrejudice, "\r\n", "\n"), -1)
	var out [][]string
	for _, part := range parts[1:] {
		var paras []string
		for _, p := range strings.Split(part, "\n\n") {
			p = strings.Join(strings.Fields(strings.ReplaceAll(p, "_", "")), " ")
			p = quoteAfterClause.ReplaceAllString(p, `.$1"$2`)
			if p == "" || strings.Trim(p, "* ") == "" {
				continue
			}
			paras = append(paras, p)
		}
		out = append(out, paras)
	}
	return out
}

// Corpus returns the novel's sentences (see [Sentences]) split in two: every tenth
// chapter (the 10th, 20th... 60th) is held out, to measure a model trained on the
// others.
func Corpus() (train, heldOut [][]string) {
	for i, ch := range Chapters() {
		for _, p := range ch {
			s := Sentences(p)
			if (i+1)%10 == 0 {
				heldOut = append(heldOut, s...)
			} else {
				train = append(train, s...)
			}
		}
	}
	return train, heldOut
}

// Book returns every sentence of the novel.
func Book() [][]string {
	var out [][]string
	for _, ch := range Chapters() {
		for _, p := range ch {
			out = append(out, Sentences(p)...)
		}
	}
	return out
}
