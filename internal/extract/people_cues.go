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
func (ps *peopleStage) ageAt(j int) bool {
	if j >= len(ps.words) || !ps.words[j].digit || ps.words[j].end-ps.words[j].start > 3 {
		return false
	}
	age, err := strconv.Atoi(ps.wordText(j))
	if err != nil || age < 1 || age > 110 {
		return false
	}
	if j+1 >= len(ps.words) || ps.sentenceAt[j+1] != ps.sentenceAt[j] {
		return true
	}
	gap := ps.gapText(j + 1)
	return strings.HasPrefix(gap, ",") || strings.HasPrefix(gap, ";")
}

// nicknameAt reports ", known as" or ", also known as" starting at word j:
// a person's nickname follows a full name ("Abdul Karim al-Tarhouni,
// known as 'Sheikh'").
func (ps *peopleStage) nicknameAt(j int) bool {
	if j < len(ps.words) && ps.lowerWord(j) == "also" {
		j++
	}
	// "Victor Quispe Palomino, alias “Comrade Jose,”"
	if j < len(ps.words) && (ps.lowerWord(j) == "alias" || ps.lowerWord(j) == "aka") {
		return true
	}
	return j+1 < len(ps.words) && ps.lowerWord(j) == "known" && ps.lowerWord(j+1) == "as"
}

// addNickname makes the name after "aka", "alias" or "known as" at word
// j another mention of person d: "Víctor Quispe Palomino, aka Comrade
// José" is one person.
func (ps *peopleStage) addNickname(d *actorDraft, j int) {
	for j < len(ps.words) && !ps.words[j].cap {
		j++ // past "also", "aka", "known as"
		if ps.gapHas(j, gapClause|gapPeriod) {
			return
		}
	}
	last := -1
	for k := j; k < len(ps.words) && k < j+3 && ps.words[k].cap && !ps.taken[k]; k++ {
		if k > j && !ps.words[k].soft {
			break
		}
		last = k
	}
	if last >= j {
		ps.addActor(d.key, j, last, oneLine(ps.spanText(j, last)), nil)
	}
}

// plainPersonName reports words first..last that can only be a person's
// name: no acronym ("Amu TV") and no word of an institution's name ("the
// Defence Ministry").
func (ps *peopleStage) plainPersonName(first, last int) bool {
	for j := first; j <= last; j++ {
		if ps.words[j].upper || ps.is(j, lexInstitutionHead) || ps.at[j] >= 0 {
			return false
		}
	}
	return true
}

// speechAfter reports a verb of speech right after word last, or after
// one word that may stand between ("has said", "later wrote").
func (ps *peopleStage) speechAfter(last int) bool {
	j := last + 1
	if j < len(ps.words) && ps.words[j].soft && ps.lexicon.SpeechLeads[ps.lowerWord(j)] {
		j++
	}
	return j < len(ps.words) && ps.words[j].soft && ps.is(j, lexSpeech)
}

// speechAfterApposition reports a name set off by commas before a verb
// of speech ("the head of the Bureau, Jacek Siewiera, said"), or
// followed by a role between commas and then one ("Enayatullah
// Khowarazmi, Taliban Ministry of Defence spokesman, said").
func (ps *peopleStage) speechAfterApposition(first, last int) bool {
	next := last + 1
	if next >= len(ps.words) {
		return false
	}
	if first > 0 && ps.gapHas(first, gapComma) && ps.is(next, lexSpeech) {
		return true
	}
	// "Hafiz Zia Ahmad, Director of Public Communication for the Taliban
	// Foreign Ministry, said": a role first, then whose
	lead := next
	if ps.lowerWord(lead) == "the" || ps.lowerWord(lead) == "a" {
		lead++
	}
	if lead < len(ps.words) && (ps.is(lead, lexRoleNoun) || ps.rankAt(lead)) {
		for k := lead + 1; k < len(ps.words) && k-next < 16; k++ {
			if ps.gapHas(k, gapClause|gapPeriod|gapBracket) {
				return ps.gapHas(k, gapComma) && ps.is(k, lexSpeech)
			}
		}
		return false
	}
	// the role's words up to the next comma, the last a role noun
	for k := next; k < len(ps.words) && k-next < 8; k++ {
		if k > next && ps.gapHas(k, gapClause|gapPeriod|gapBracket) {
			if !ps.gapHas(k, gapComma) || !ps.is(k-1, lexRoleNoun) || ps.words[k-1].cap {
				return false
			}
			return ps.is(k, lexSpeech)
		}
	}
	return false
}

// roleNounWithin reports a role noun ("analyst", "commander") among the
// n words up to word j, in one clause: "a Syrian analyst … named X".
func (ps *peopleStage) roleNounWithin(j, n int) bool {
	for k := j; k >= 0 && k > j-n; k-- {
		if (ps.is(k, lexRoleNoun) || ps.inSet(k, setPersonNoun)) && !ps.words[k].cap {
			return true
		}
		if ps.gapHas(k, gapClause|gapPeriod) {
			return false
		}
	}
	return false
}

// roleBefore reports a role noun among the words of the phrase that ends
// at the comma before word i: "The leader of the breakaway Turkish
// Cypriots, Ersin Tatar,"; "the Indian Ambassador to the country,
// Sridharan Madhusudhanan".
func (ps *peopleStage) roleBefore(i int) bool {
	if i < 2 || !strings.HasPrefix(ps.gapText(i), ",") {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		if ps.is(k, lexRoleNoun) {
			return true
		}
		if ps.gapHas(k, gapClause|gapPeriod) {
			return false
		}
	}
	return false
}

// roleAfter reports a role noun among the first words after the comma at
// word j: "Hikmet Hajiyev, foreign policy adviser to the President,";
// "Hafiz Zia Ahmad, Director of Public Communication for …".
func (ps *peopleStage) roleAfter(j int) bool {
	for k := j; k < len(ps.words) && k < j+4; k++ {
		if k > j && ps.gapHas(k, gapClause|gapPeriod) {
			return false
		}
		if ps.is(k, lexRoleNoun) {
			return true
		}
	}
	return false
}

// noCommonNameWord reports words first..last none of which is a role, a
// place's opener or an asset's noun: "Pangong Lake" and "Missile
// Defense" are no people.
func (ps *peopleStage) noCommonNameWord(first, last int) bool {
	for j := first; j <= last; j++ {
		w := ps.lowerWord(j)
		if ps.is(j, lexRoleNoun) || ps.lexicon.PlaceNameOpeners[w] || ps.g.genericNoun(w) || ps.g.genericNoun(w+"s") {
			return false
		}
	}
	return true
}
