package ingest

import (
	"iter"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefing-tools/briefing/internal/briefing"
)

// parseText reads plain prose. Blank lines separate paragraphs; when a
// text has no blank lines at all (one paragraph per line, as many feeds
// and copied articles are) every line is a paragraph. A short line
// without end punctuation is a heading, and the first heading is the
// title.
func parseText(doc *briefing.Document, raw string) {
	text := Sanitize(raw)
	doc.Text = text
	onePerLine := !hasBlankLine(text)

	var blocks []briefing.Block
	flush := func(para []line) {
		if len(para) == 0 {
			return
		}
		// A heading-like first line of a block is a heading of its own.
		if len(para) > 1 && isHeadingLine(para[0].text) && looksLikeTitle(para[0].text) {
			blocks = append(blocks, briefing.Block{Kind: briefing.Heading, Start: para[0].start, End: para[0].end, Level: 2})
			para = para[1:]
		}
		first, last := para[0], para[len(para)-1]
		kind := briefing.Paragraph
		if len(para) == 1 && isHeadingLine(first.text) {
			kind = briefing.Heading
		} else if isListLine(first.text) {
			kind = briefing.ListItem
		}
		b := briefing.Block{Kind: kind, Start: first.start, End: last.end}
		if kind == briefing.Heading {
			b.Level = 2
		}
		blocks = append(blocks, b)
	}
	var para []line
	for l := range lines(text) {
		blank := strings.TrimSpace(l.text) == ""
		switch {
		case blank:
			flush(para)
			para = nil
		case onePerLine || isListLine(l.text):
			flush(para)
			para = []line{l}
			if onePerLine {
				flush(para)
				para = nil
			}
		default:
			para = append(para, l)
		}
	}
	flush(para)

	// Trim surrounding spaces from block extents so spans hold words only.
	for i := range blocks {
		b := &blocks[i]
		s := text[b.Start:b.End]
		b.Start += len(s) - len(strings.TrimLeft(s, " "))
		b.End -= len(s) - len(strings.TrimRight(s, " "))
	}
	// The title is a heading on the first line, unless front matter gave
	// one; a subheading further down titles only its section (the file
	// name titles a document that opens with prose).
	if len(blocks) > 0 && blocks[0].Kind == briefing.Heading {
		blocks[0].Level = 1
		if doc.Title == "" {
			doc.Title = SanitizeLine(text[blocks[0].Start:blocks[0].End])
		}
	}
	// A heading with no paragraph after it is only a line of prose.
	for i := range blocks {
		if blocks[i].Kind == briefing.Heading && i == len(blocks)-1 && i > 0 {
			blocks[i].Kind, blocks[i].Level = briefing.Paragraph, 0
		}
	}
	doc.Blocks = blocks
}

type line struct {
	text       string
	start, end int
}

// lines yields the lines of text without their line breaks, one at a
// time: a long text's lines are not all held at once.
func lines(text string) iter.Seq[line] {
	return func(yield func(line) bool) {
		for start := 0; start < len(text); {
			end := strings.IndexByte(text[start:], '\n')
			if end < 0 {
				end = len(text)
			} else {
				end += start
			}
			if !yield(line{text: text[start:end], start: start, end: end}) {
				return
			}
			start = end + 1
		}
	}
}

// hasBlankLine reports a blank line between two lines of text (blank
// lines before the first or after the last do not count).
func hasBlankLine(text string) bool {
	seenText, blankAfterText := false, false
	for l := range lines(text) {
		if strings.TrimSpace(l.text) == "" {
			blankAfterText = seenText
			continue
		}
		if blankAfterText {
			return true
		}
		seenText = true
	}
	return false
}

// isHeadingLine reports a short line that starts like a title and does
// not end like a sentence.
func isHeadingLine(s string) bool {
	s = strings.TrimSpace(s)
	if len(s) < 3 || len(s) > 100 || isListLine(s) {
		return false
	}
	if words := strings.Fields(s); len(words) > 14 {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(s)
	if strings.ContainsRune(".!?;:,—–-\"'”’)", last) {
		return false
	}
	first, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(first) || unicode.IsDigit(first) || (first > unicode.MaxLatin1 && unicode.IsLetter(first))
}

// isListLine reports a bullet or numbered list line.
func isListLine(s string) bool {
	s = strings.TrimLeft(s, " ")
	for _, p := range []string{"- ", "* ", "• ", "– ", "— "} {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	i := 0
	for i < len(s) && i < 3 && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	return i > 0 && i+1 < len(s) && (s[i] == '.' || s[i] == ')') && s[i+1] == ' '
}

// looksLikeTitle tells a headline from the first line of a hard-wrapped
// paragraph: it is short, or most of its longer words are capitalised.
func looksLikeTitle(s string) bool {
	words := strings.Fields(s)
	if len(words) <= 6 {
		return true
	}
	long, capital := 0, 0
	for _, w := range words {
		if utf8.RuneCountInString(w) < 4 {
			continue
		}
		long++
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			capital++
		}
	}
	return long > 0 && capital*2 > long
}
