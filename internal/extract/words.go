package extract

import (
	"strings"
	"unicode/utf8"

	"github.com/briefing-tools/briefing/internal/briefing"
)

// span returns the byte span of words first..last.
func (t *textView) span(first, last int) briefing.Span {
	return briefing.Span{Doc: t.doc.ID, Start: int(t.words[first].start), End: int(t.words[last].end)}
}

func (t *textView) wordText(i int) string { return t.text[t.words[i].start:t.words[i].end] }

func (t *textView) spanText(first, last int) string {
	return t.text[t.words[first].start:t.words[last].end]
}

// gapText is the text between word i-1 and word i.
func (t *textView) gapText(i int) string {
	if i == 0 {
		return t.text[:t.words[0].start]
	}
	return t.text[t.words[i-1].end:t.words[i].start]
}

// gapHas reports any of the punctuation marks m between word i-1 and
// word i (before the first word: at the start of the text).
func (t *textView) gapHas(i int, m gapMark) bool { return t.words[i].gap&m != 0 }

// lowerWord returns word i lower-cased.
func (t *textView) lowerWord(i int) string {
	if i < 0 || i >= len(t.words) {
		return ""
	}
	return t.lower[t.words[i].start:t.words[i].end]
}

// surfaceFor is the alias a mention adds: the gazetteer's form when the
// text differs from it only by case or spacing, else the text as
// written ("drones", "Typhoons", "Al Qaeda"), so that every mention's
// words are among its item's names.
func (t *textView) surfaceFor(first, last int, form string) string {
	text := t.spanText(first, last)
	if text == form || !hasQuoteOrNewline(text) && len(text) == len(form) && strings.EqualFold(text, form) {
		return form
	}
	return oneLine(text)
}

func hasQuoteOrNewline(s string) bool {
	return strings.IndexByte(s, '\'') >= 0 || strings.IndexByte(s, '\n') >= 0 || strings.Contains(s, "’")
}

// foldEqual compares a text with a form letter by letter, ignoring case,
// punctuation and spacing, and allowing a plural ending on the text.
func foldEqual(text, form string) bool {
	i, j := 0, 0
	for {
		for i < len(text) && !isASCIIWordByte(text[i]) && text[i] < utf8.RuneSelf {
			i++
		}
		for j < len(form) && !isASCIIWordByte(form[j]) && form[j] < utf8.RuneSelf {
			j++
		}
		if j == len(form) {
			rest := text[i:]
			return rest == "" || rest == "s" || rest == "es"
		}
		if i == len(text) {
			return false
		}
		if lowerByte(text[i]) != lowerByte(form[j]) {
			return false
		}
		i++
		j++
	}
}

func lowerByte(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// foldName folds case, punctuation, possessives and a plural ending.
func foldName(s string) string {
	k := strings.ReplaceAll(strings.ReplaceAll(s, "'s", ""), "’s", "")
	k = normalizeName(k)
	k = strings.TrimSuffix(k, "es")
	return strings.TrimSuffix(k, "s")
}

// openQuoteGap reports the gap before a word that opens a quotation
// ("HMS “Cornwall”", "Issiaka “Wattao” Ouattara").
func openQuoteGap(gap string) bool {
	gap = strings.TrimPrefix(gap, ".") // after an initial: "John W. “Jay” Raymond"
	return gap == " “" || gap == ` "` || gap == " ‘" || gap == " '"
}

// closeQuoteGap reports the gap after a closed quotation, before the
// next word.
func closeQuoteGap(gap string) bool {
	return gap == "” " || gap == `" ` || gap == "’ " || gap == "' "
}

// closesQuote reports text that starts by closing a quotation.
func closesQuote(rest string) bool {
	return strings.HasPrefix(rest, "”") || strings.HasPrefix(rest, `"`) || strings.HasPrefix(rest, "’") || strings.HasPrefix(rest, "'")
}
