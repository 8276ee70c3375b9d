package extract

import (
	"slices"

	"github.com/briefing-tools/briefing/internal/briefing"
	"github.com/briefing-tools/briefing/internal/fold"
	"github.com/briefing-tools/briefing/internal/sentence"
)

// textView is the first stage's result for a window: its text folded to
// lower case, its words and its sentences, each indexed by the other.
type textView struct {
	doc    *briefing.Document
	text   string
	lower  string      // text folded by fold.Lower, same offsets
	folded fold.Buffer // holds lower

	words []word
	// capitals lists the words that begin with a capital or are written
	// in capitals: the only words a name can start at, a small part of
	// the text, so the rules looking for names walk this list.
	capitals  []int32
	sentences []sentence.Range
	// sentenceWords holds each sentence's words; sentenceAt each word's
	// sentence (the one it starts in, else the one before).
	sentenceWords []wordRange
	sentenceAt    []int32

	wordCache wordCache // recent vocabulary look-ups
	lists     wordLists // what the tokenizer reads beside the vocabulary
}

// read tokenises doc and splits it into sentences.
func (t *textView) read(doc *briefing.Document, ix *index) {
	// nothing may keep a piece of t.lower past the window: the next one
	// is folded into the same buffer (see TestFoldedTextIsNotKept)
	t.doc, t.text, t.lower = doc, doc.Text, t.folded.Lower(doc.Text)
	t.words = tokenize(t.text, t.lower, ix, t.lists, &t.wordCache, t.words)
	t.capitals = t.capitals[:0]
	for i := range t.words {
		if w := &t.words[i]; w.cap || w.upper {
			t.capitals = append(t.capitals, int32(i))
		}
	}
	t.sentences = sentence.Split(doc, t.sentences)
	t.indexSentences()
}

// indexSentences maps sentences to words and back in one walk: the
// splitter returns sentences in order, and words are in order.
func (t *textView) indexSentences() {
	t.sentenceWords = t.sentenceWords[:0]
	words := t.words
	first, end := 0, 0
	for _, sen := range t.sentences {
		// sentences follow one another: the first word is most often
		// the previous sentence's end
		if prev := first; first < end {
			first = end
			for first > prev && int(words[first-1].start) >= sen.Start {
				first--
			}
		}
		for first < len(words) && int(words[first].start) < sen.Start {
			first++
		}
		end = max(end, first)
		for end < len(words) && int(words[end].start) < sen.End {
			end++
		}
		t.sentenceWords = append(t.sentenceWords, wordRange{first, end - 1})
	}
	// a word belongs to the first sentence ending after its start: the
	// words up to each sentence's last, past the previous sentence's
	t.sentenceAt = slices.Grow(t.sentenceAt[:0], len(t.words))[:len(t.words)]
	from := 0
	for s, r := range t.sentenceWords {
		if s == len(t.sentenceWords)-1 {
			r.last = len(t.words) - 1 // and the words after the last
		}
		for i := from; i <= r.last; i++ {
			t.sentenceAt[i] = int32(s)
		}
		from = max(from, r.last+1)
	}
	clear(t.sentenceAt[from:])
}

// wordsOfSentence returns the word range [first, last] inside sentence s.
func (t *textView) wordsOfSentence(s int) (int, int) {
	r := t.sentenceWords[s]
	return r.first, r.last
}
