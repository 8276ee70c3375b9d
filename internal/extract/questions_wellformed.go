package extract

import (
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
