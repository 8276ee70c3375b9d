package extract

import (
	"strings"
	"unicode/utf8"
)

// The forms a surface takes in the index: acronyms, plurals, ASCII case.

// isAcronym reports a word written in capitals in its surface form
// (IDF, ISI), which takes no plural ending.
func isAcronym(word, surface string) bool {
	if len(word) > 5 {
		return false
	}
	if !isASCII(word) {
		up := strings.ToUpper(word)
		return up != word && strings.Contains(surface, up)
	}
	// as above without the copy: word has a small letter, and surface
	// holds word in capitals
	lower := false
	for i := 0; i < len(word); i++ {
		lower = lower || word[i] >= 'a' && word[i] <= 'z'
	}
	if !lower {
		return false
	}
	for i := 0; i+len(word) <= len(surface); i++ {
		j := 0
		for j < len(word) && surface[i+j] == upperASCII(word[j]) {
			j++
		}
		if j == len(word) {
			return true
		}
	}
	return false
}

func upperASCII(c byte) byte {
	if c >= 'a' && c <= 'z' {
		return c - 'a' + 'A'
	}
	return c
}

// hasFoldASCII reports whether s holds sub, an ASCII lower-case text,
// in any case of its ASCII letters: a string whose strings.ToLower holds
// sub does (no other rune lowers to an ASCII letter but the Kelvin
// sign's k and the dotted İ's i).
func hasFoldASCII(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		j := 0
		for j < len(sub) && (s[i+j] == sub[j] || upperASCII(sub[j]) == s[i+j]) {
			j++
		}
		if j == len(sub) {
			return true
		}
	}
	return false
}

func pluralForms(w string) []string {
	if utf8.RuneCountInString(w) < 2 {
		return nil
	}
	last := w[len(w)-1]
	switch {
	case last >= '0' && last <= '9':
		return []string{w + "s"}
	case strings.HasSuffix(w, "s") || strings.HasSuffix(w, "x") || strings.HasSuffix(w, "ch") || strings.HasSuffix(w, "sh"):
		return []string{w + "es"}
	case last == 'y' && len(w) > 2 && !strings.ContainsRune("aeiou", rune(w[len(w)-2])):
		return []string{w[:len(w)-1] + "ies", w + "s"}
	}
	return []string{w + "s"}
}

// formCount is how many names and other forms the entries list: about
// the number of words and trie edges build makes.
func (g *Gazetteer) formCount() int {
	n := 0
	for _, p := range g.Platforms {
		n += 1 + len(p.Aliases)
	}
	for _, e := range g.Generic {
		n += 1 + len(e.Aliases)
	}
	for _, s := range g.States {
		n += 1 + len(s.Aliases) + len(s.Demonyms) + len(s.Capitals) + len(s.Metonyms)
	}
	for _, o := range g.Organizations {
		n += 1 + len(o.Acronyms) + len(o.Aliases)
	}
	for _, p := range g.Places {
		n += 1 + len(p.Aliases)
	}
	for _, p := range g.People {
		n += 1 + len(p.Aliases)
	}
	for _, r := range g.Ranks {
		n += 1 + len(r.Abbreviations)
	}
	return n
}
