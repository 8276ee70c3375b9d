package extract

import (
	"strings"
	"unicode/utf8"

	"github.com/briefing-tools/briefing/internal/briefing"
)

// span returns the byte span of words first..last.
func (a *analysis) span(first, last int) briefing.Span {
	return briefing.Span{Doc: a.doc.ID, Start: int(a.words[first].start), End: int(a.words[last].end)}
}

func (a *analysis) wordText(i int) string { return a.text[a.words[i].start:a.words[i].end] }

func (a *analysis) spanText(first, last int) string {
	return a.text[a.words[first].start:a.words[last].end]
}

func (a *analysis) free(first, last int) bool {
	for i := first; i <= last; i++ {
		if a.taken[i] {
			return false
		}
	}
	return true
}

func (a *analysis) take(first, last int) {
	for i := first; i <= last; i++ {
		a.taken[i] = true
	}
}

// gapText is the text between word i-1 and word i.
func (a *analysis) gapText(i int) string {
	if i == 0 {
		return a.text[:a.words[0].start]
	}
	return a.text[a.words[i-1].end:a.words[i].start]
}

// gapHas reports any of the punctuation marks m between word i-1 and
// word i (before the first word: at the start of the text).
func (a *analysis) gapHas(i int, m gapMark) bool { return a.words[i].gap&m != 0 }

// lowerWord returns word i lower-cased.
func (a *analysis) lowerWord(i int) string {
	if i < 0 || i >= len(a.words) {
		return ""
	}
	return a.lower[a.words[i].start:a.words[i].end]
}

// surfaceFor is the alias a mention adds: the gazetteer's form when the
// text differs from it only by case or spacing, else the text as
// written ("drones", "Typhoons", "Al Qaeda"), so that every mention's
// words are among its item's names.
func (a *analysis) surfaceFor(first, last int, form string) string {
	text := a.spanText(first, last)
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
