package extract

import (
	"strconv"
	"strings"
)

// What tells a person's name from other capitals: an age after it, a
// verb of speech, an apposition, words no institution has.

// ageAt reports a person's age set off after a name: "Noa Argamani, 26,"
// or "…, and Shlomi Ziv, 40." (a number from 1 to 110 ending the
// clause).
func (a *analysis) ageAt(j int) bool {
	if j >= len(a.words) || !a.words[j].digit || a.words[j].end-a.words[j].start > 3 {
		return false
	}
	age, err := strconv.Atoi(a.wordText(j))
	if err != nil || age < 1 || age > 110 {
		return false
	}
	if j+1 >= len(a.words) || a.sentenceAt[j+1] != a.sentenceAt[j] {
		return true
	}
	gap := a.gapText(j + 1)
	return strings.HasPrefix(gap, ",") || strings.HasPrefix(gap, ";")
}

// nicknameAt reports ", known as" or ", also known as" starting at word j:
// a person's nickname follows a full name ("Abdul Karim al-Tarhouni,
// known as 'Sheikh'").
func (a *analysis) nicknameAt(j int) bool {
	if j < len(a.words) && a.lowerWord(j) == "also" {
		j++
	}
	// "Victor Quispe Palomino, alias “Comrade Jose,”"
	if j < len(a.words) && (a.lowerWord(j) == "alias" || a.lowerWord(j) == "aka") {
		return true
	}
	return j+1 < len(a.words) && a.lowerWord(j) == "known" && a.lowerWord(j+1) == "as"
}

// addNickname makes the name after "aka", "alias" or "known as" at word
// j another mention of person d: "Víctor Quispe Palomino, aka Comrade
// José" is one person.
func (a *analysis) addNickname(d *actorDraft, j int) {
	for j < len(a.words) && !a.words[j].cap {
		j++ // past "also", "aka", "known as"
		if a.gapHas(j, gapClause|gapPeriod) {
			return
		}
	}
	last := -1
	for k := j; k < len(a.words) && k < j+3 && a.words[k].cap && !a.taken[k]; k++ {
		if k > j && !a.words[k].soft {
			break
		}
		last = k
	}
	if last >= j {
		a.addActor(d.key, j, last, oneLine(a.spanText(j, last)), nil)
	}
}

// plainPersonName reports words first..last that can only be a person's
// name: no acronym ("Amu TV") and no word of an institution's name ("the
// Defence Ministry").
func (a *analysis) plainPersonName(first, last int) bool {
	for j := first; j <= last; j++ {
		if a.words[j].upper || a.is(j, lexInstitutionHead) || a.at[j] >= 0 {
			return false
		}
	}
	return true
}

// speechAfter reports a verb of speech right after word last, or after
// one word that may stand between ("has said", "later wrote").
func (a *analysis) speechAfter(last int) bool {
	j := last + 1
	if j < len(a.words) && a.words[j].soft && a.lexicon.SpeechLeads[a.lowerWord(j)] {
		j++
	}
	return j < len(a.words) && a.words[j].soft && a.is(j, lexSpeech)
}

// speechAfterApposition reports a name set off by commas before a verb
// of speech ("the head of the Bureau, Jacek Siewiera, said"), or
// followed by a role between commas and then one ("Enayatullah
// Khowarazmi, Taliban Ministry of Defence spokesman, said").
func (a *analysis) speechAfterApposition(first, last int) bool {
	next := last + 1
	if next >= len(a.words) {
		return false
	}
	if first > 0 && a.gapHas(first, gapComma) && a.is(next, lexSpeech) {
		return true
	}
	// "Hafiz Zia Ahmad, Director of Public Communication for the Taliban
	// Foreign Ministry, said": a role first, then whose
	lead := next
	if a.lowerWord(lead) == "the" || a.lowerWord(lead) == "a" {
		lead++
	}
	if lead < len(a.words) && (a.is(lead, lexRoleNoun) || a.rankAt(lead)) {
		for k := lead + 1; k < len(a.words) && k-next < 16; k++ {
			if a.gapHas(k, gapClause|gapPeriod|gapBracket) {
				return a.gapHas(k, gapComma) && a.is(k, lexSpeech)
			}
		}
		return false
	}
	// the role's words up to the next comma, the last a role noun
	for k := next; k < len(a.words) && k-next < 8; k++ {
		if k > next && a.gapHas(k, gapClause|gapPeriod|gapBracket) {
			if !a.gapHas(k, gapComma) || !a.is(k-1, lexRoleNoun) || a.words[k-1].cap {
				return false
			}
			return a.is(k, lexSpeech)
		}
	}
	return false
}

// roleNounWithin reports a role noun ("analyst", "commander") among the
// n words up to word j, in one clause: "a Syrian analyst … named X".
func (a *analysis) roleNounWithin(j, n int) bool {
	for k := j; k >= 0 && k > j-n; k-- {
		if (a.is(k, lexRoleNoun) || a.lexicon.PersonNouns[a.lowerWord(k)]) && !a.words[k].cap {
			return true
		}
		if a.gapHas(k, gapClause|gapPeriod) {
			return false
		}
	}
	return false
}

// roleBefore reports a role noun among the words of the phrase that ends
// at the comma before word i: "The leader of the breakaway Turkish
// Cypriots, Ersin Tatar,"; "the Indian Ambassador to the country,
// Sridharan Madhusudhanan".
func (a *analysis) roleBefore(i int) bool {
	if i < 2 || !strings.HasPrefix(a.gapText(i), ",") {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		if a.is(k, lexRoleNoun) {
			return true
		}
		if a.gapHas(k, gapClause|gapPeriod) {
			return false
		}
	}
	return false
}

// roleAfter reports a role noun among the first words after the comma at
// word j: "Hikmet Hajiyev, foreign policy adviser to the President,";
// "Hafiz Zia Ahmad, Director of Public Communication for …".
func (a *analysis) roleAfter(j int) bool {
	for k := j; k < len(a.words) && k < j+4; k++ {
		if k > j && a.gapHas(k, gapClause|gapPeriod) {
			return false
		}
		if a.is(k, lexRoleNoun) {
			return true
		}
	}
	return false
}

// noCommonNameWord reports words first..last none of which is a role, a
// place's opener or an asset's noun: "Pangong Lake" and "Missile
// Defense" are no people.
func (a *analysis) noCommonNameWord(first, last int) bool {
	for j := first; j <= last; j++ {
		w := a.lowerWord(j)
		if a.is(j, lexRoleNoun) || a.lexicon.PlaceNameOpeners[w] || a.g.genericNoun(w) || a.g.genericNoun(w+"s") {
			return false
		}
	}
	return true
}
