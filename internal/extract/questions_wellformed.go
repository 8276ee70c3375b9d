package extract

import "strings"

// garbled reports a question too broken to show: fewer than three words
// ("Which force?") ask nothing a reader can place.
func garbled(text string) bool {
	return len(strings.Fields(text)) < 3
}
