package extract

import (
	"strings"
	"unicode"
)

// garbled reports a question too broken to show: fewer than three words
// ("Which force?") ask nothing a reader can place.
func garbled(text string) bool {
	// counted as strings.Fields would, without building the list
	words, inWord := 0, false
	for _, r := range text {
		space := unicode.IsSpace(r)
		if !space && !inWord {
			if words++; words == 3 {
				return false
			}
		}
		inWord = !space
	}
	return true
}

// misbuilt reports a yes/no question whose subject slot holds a word no
// subject begins with: a preposition or an auxiliary ("Did in a
// statement overrun …", "Did have kill …", "Did among the weapons …"),
// the sign of a clause read from the wrong place.
func (lx *qlexicon) misbuilt(text string) bool {
	first, rest, ok := strings.Cut(text, " ")
	if !ok || !lx.aux.has(strings.ToLower(first)) {
		return false
	}
	second, rest, _ := strings.Cut(rest, " ")
	second = strings.ToLower(second)
	if second == "at" && strings.HasPrefix(rest, "least ") { // "Were at least 34 injured …"
		return false
	}
	return lx.prep.has(second) || lx.aux.has(second) && second != "there"
}
