package timeline

// anchorSet screens sentences before they are tokenized: a date
// expression always holds a digit or one of a few words (a month, a
// weekday, a unit such as "week", a word every relative phrase needs
// such as "yesterday"), so a sentence with none of them is passed over
// whole. Most sentences of a report are.
type anchorSet struct {
	words map[string]bool
	// prefixes has a bit for the first three letters of every word,
	// which turns most words away before the map is asked
	prefixes [(26*26*26 + 63) / 64]uint64
	// screen is false when some word is not three or more ASCII
	// letters: the screen could then miss it, so every sentence is read
	screen bool
}

// newAnchorSet gathers the words a date expression cannot do without.
func newAnchorSet(v *vocab) anchorSet {
	a := anchorSet{words: map[string]bool{}, screen: true}
	for _, set := range []map[string]int{v.month, v.weekday} {
		for w := range set {
			a.add(w)
		}
	}
	for w := range v.unit {
		a.add(w)
	}
	// a relative phrase matches only with all its words: one of them,
	// a unit where it has one ("the day before"), is enough to look for
	for _, words := range v.relWords {
		pick := words[len(words)-1]
		for _, w := range words {
			if _, ok := v.unit[w]; ok {
				pick = w
				break
			}
		}
		a.add(pick)
	}
	return a
}

func (a *anchorSet) add(w string) {
	a.words[w] = true
	if len(w) < 3 {
		a.screen = false
		return
	}
	for i := range len(w) {
		if w[i] < 'a' || w[i] > 'z' {
			a.screen = false
			return
		}
	}
	p := prefix3(w)
	a.prefixes[p/64] |= 1 << (p % 64)
}

func prefix3(w string) int {
	return (int(w[0]-'a')*26+int(w[1]-'a'))*26 + int(w[2]-'a')
}

// mayHold reports whether lower, a sentence in lower case, has a year
// or an anchor word. Words are read as runs of ASCII letters and
// numbers as runs of digits: a token of the scanner equal to an anchor
// is such a run, since its neighbours are neither letters nor
// apostrophes, and a number token takes every digit in a row.
func (a *anchorSet) mayHold(lower string) bool {
	if !a.screen {
		return true
	}
	for i := 0; i < len(lower); {
		c := lower[i]
		if c >= '0' && c <= '9' {
			j := i + 1
			for j < len(lower) && lower[j] >= '0' && lower[j] <= '9' {
				j++
			}
			if j-i == 4 && IsYear(lower[i:j]) {
				return true
			}
			i = j
			continue
		}
		if c < 'a' || c > 'z' {
			i++
			continue
		}
		j := i + 1
		for j < len(lower) && lower[j] >= 'a' && lower[j] <= 'z' {
			j++
		}
		if j-i >= 3 {
			if p := prefix3(lower[i:]); a.prefixes[p/64]&(1<<(p%64)) != 0 && a.words[lower[i:j]] {
				return true
			}
		}
		i = j
	}
	return false
}
