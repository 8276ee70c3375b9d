package sentence

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefing-tools/briefing/internal/briefing"
)

// Range is a half-open byte range of a document's text.
type Range struct{ Start, End int }

// abbreviations end with a dot that does not end a sentence.
var abbreviations = map[string]bool{
	"adm": true, "gen": true, "lt": true, "col": true, "maj": true, "capt": true, "cmdr": true, "cdr": true,
	"sgt": true, "cpl": true, "pvt": true, "brig": true, "cmdre": true, "lieut": true, "sen": true, "rep": true,
	"gov": true, "pres": true, "mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "st": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true, "sep": true,
	"sept": true, "oct": true, "nov": true, "dec": true, "no": true, "nos": true, "vs": true, "approx": true,
	"est": true, "fig": true, "ft": true, "mt": true, "vol": true, "dept": true, "gov't": true, "jr": true,
	"sr": true, "inc": true, "corp": true, "co": true, "ltd": true, "rev": true, "hon": true, "amb": true,
	"cf": true, "e.g": true, "i.e": true, "al": true,
}

// Split segments a document into sentences, never across a
// block (paragraph, heading or list item). A dot after an abbreviation,
// a rank, an initial or inside "U.S." does not end a sentence.
func Split(doc *briefing.Document, out []Range) []Range {
	out = out[:0]
	text := doc.Text
	blocks := doc.Blocks
	if len(blocks) == 0 {
		blocks = []briefing.Block{{Start: 0, End: len(text)}}
	}
	for _, b := range blocks {
		out = splitIn(text, b, out)
	}
	return out
}

// Around returns the sentence holding the byte range [start, end) of
// doc's text (the sentences, when the range runs over more than one). It
// splits only the block around the range, or the paragraph when the
// document has no blocks, so it is cheap for one range of a long text.
func Around(doc *briefing.Document, start, end int) Range {
	text := doc.Text
	if start < 0 || end > len(text) || start > end {
		return Range{}
	}
	b, ok := doc.BlockAt(start)
	if !ok {
		b = paragraphAt(text, start)
	}
	around := Range{start, end}
	found := false
	for _, s := range splitIn(text, b, nil) {
		if s.End <= start || s.Start >= max(end, start+1) {
			continue
		}
		if !found {
			around.Start, found = min(s.Start, start), true
		}
		around.End = max(s.End, end)
	}
	return around
}

// paragraphAt is the run of text between blank lines around offset.
func paragraphAt(text string, offset int) briefing.Block {
	from := strings.LastIndex(text[:offset], "\n\n")
	if from < 0 {
		from = 0
	} else {
		from += 2
	}
	to := strings.Index(text[offset:], "\n\n")
	if to < 0 {
		to = len(text)
	} else {
		to += offset
	}
	return briefing.Block{Kind: briefing.Paragraph, Start: from, End: to}
}

// splitIn splits one block, past its list marker.
func splitIn(text string, b briefing.Block, out []Range) []Range {
	start := b.Start
	if b.Kind == briefing.ListItem {
		start += bulletLen(text[b.Start:b.End])
	}
	return splitBlock(text, start, b.End, out)
}

// enders are the bytes that can end a sentence: the marks, and the
// newline of a blank line.
const enders = ".!?\n"

// nextEnder returns the first ender in text[i:end], or end. next caches
// where each ender occurs next (below i: not looked for yet), so each is
// searched for with strings.IndexByte, which skips ordinary text many
// bytes at a time.
func nextEnder(text string, i, end int, next *[len(enders)]int) int {
	first := end
	for k := range next {
		if next[k] < i {
			next[k] = end
			if j := strings.IndexByte(text[i:end], enders[k]); j >= 0 {
				next[k] = i + j
			}
		}
		first = min(first, next[k])
	}
	return first
}

func splitBlock(text string, start, end int, out []Range) []Range {
	s := start
	next := [len(enders)]int{-1, -1, -1, -1}
	for i := start; i < end; i++ {
		if i = nextEnder(text, i, end, &next); i == end {
			break
		}
		c := text[i]
		if c == '\n' && i+1 < end && text[i+1] == '\n' {
			out = appendSentence(text, s, i, out)
			s = i + 1
			continue
		}
		if c != '.' && c != '!' && c != '?' {
			continue
		}
		// take closing quotes and brackets with the sentence
		j := i + 1
		for j < end {
			r, size := utf8.DecodeRuneInString(text[j:])
			if r == '"' || r == '”' || r == '»' || r == '’' || r == '\'' || r == ')' || r == ']' || r == '.' || r == '?' || r == '!' {
				j += size
				continue
			}
			if strings.HasPrefix(text[j:], " »") { // French spacing: "afternoon. »"
				j += len(" »")
				continue
			}
			break
		}
		if j < end && text[j] != ' ' && text[j] != '\n' && !runTogether(text, start, i, j, end) {
			continue // "U.S.", "3.5", "F/A-18E/F."
		}
		if c == '.' && !endsSentence(text, start, i, j, end) {
			continue
		}
		out = appendSentence(text, s, j, out)
		s = j
		i = j - 1
	}
	return appendSentence(text, s, end, out)
}

// endsSentence decides whether the dot at i ends a sentence.
func endsSentence(text string, blockStart, i, after, end int) bool {
	// the word before the dot
	k := i
	for k > blockStart {
		r, size := utf8.DecodeLastRuneInString(text[blockStart:k])
		if !unicode.IsLetter(r) && r != '.' && r != '\'' {
			break
		}
		k -= size
	}
	prev := text[k:i]
	next := nextWord(text, after, end)
	if next == "" {
		return true
	}
	first, _ := utf8.DecodeRuneInString(next)
	if !unicode.IsUpper(first) && !unicode.IsDigit(first) && first != '"' && first != '“' && first != '«' && first != '(' {
		return false // "… the U.S. military", "approx. five"
	}
	switch {
	case isAbbreviation(prev):
		return false
	case utf8.RuneCountInString(prev) == 1 && unicode.IsUpper([]rune(prev)[0]):
		return false // an initial: "J. Analyst"
	case strings.Contains(prev, "."):
		// "U.S." or "U.K." end a sentence only before a word that
		// usually starts one
		return sentenceStarters[strings.ToLower(strings.Trim(next, "\"“«(,"))]
	}
	return true
}

// runTogether reports sentences a copied page ran together without a
// space: "… underwater weaponry.The officials …", a lower-case word of
// two or more letters, the mark, then a capitalised word. Abbreviations
// ("U.S.Navy") and names ("Amazon.com") are not split.
func runTogether(text string, blockStart, i, after, end int) bool {
	letters := 0
	for k := i - 1; k >= blockStart; k-- {
		c := text[k]
		if c == ' ' || c == '\n' || c == '(' || c == '"' {
			break
		}
		if c < 'a' || c > 'z' {
			return false
		}
		letters++
	}
	if letters < 2 || after+1 >= end || text[after] < 'A' || text[after] > 'Z' || text[after+1] < 'a' || text[after+1] > 'z' {
		return false
	}
	return !isAbbreviation(text[i-letters : i])
}

func nextWord(text string, from, end int) string {
	for from < end && (text[from] == ' ' || text[from] == '\n') {
		from++
	}
	to := from
	for to < end && text[to] != ' ' && text[to] != '\n' {
		to++
	}
	return text[from:to]
}

var sentenceStarters = map[string]bool{
	"the": true, "a": true, "an": true, "it": true, "he": true, "she": true, "they": true, "we": true,
	"i": true, "but": true, "and": true, "in": true, "on": true, "at": true, "this": true, "that": true,
	"these": true, "those": true, "officials": true, "however": true, "meanwhile": true, "there": true,
	"its": true, "his": true, "her": true, "their": true, "while": true, "as": true, "if": true, "when": true,
}

func appendSentence(text string, start, end int, out []Range) []Range {
	for start < end && (text[start] == ' ' || text[start] == '\n') {
		start++
	}
	for end > start && (text[end-1] == ' ' || text[end-1] == '\n') {
		end--
	}
	if end > start {
		out = append(out, Range{start, end})
	}
	return out
}

// bulletLen measures a list marker ("- ", "• ", "12. ") at the start of s.
func bulletLen(s string) int {
	for _, p := range []string{"- ", "* ", "• ", "– ", "— "} {
		if strings.HasPrefix(s, p) {
			return len(p)
		}
	}
	i := 0
	for i < len(s) && i < 3 && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i > 0 && i+1 < len(s) && (s[i] == '.' || s[i] == ')') && s[i+1] == ' ' {
		return i + 2
	}
	return 0
}

// isAbbreviation looks prev up in abbreviations whatever its case,
// lower-casing short ASCII words on the stack.
func isAbbreviation(prev string) bool {
	var buf [16]byte
	if len(prev) > len(buf) {
		return abbreviations[strings.ToLower(prev)]
	}
	for i := 0; i < len(prev); i++ {
		c := prev[i]
		if c >= utf8.RuneSelf {
			return abbreviations[strings.ToLower(prev)]
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return abbreviations[string(buf[:len(prev)])]
}
