package extract

import "github.com/briefing-tools/briefing/internal/briefing"

// What an apposition says of a person: their role and owner ("Lt. Gen.
// X, the army's spokesman"), ranks that end a title, and membership.

// ownerAt returns the state or organisation that a mention at word i
// names, for affiliations: an organisation's country when it has one.
func (a *analysis) ownerAt(i int) string {
	if s, ok := a.stateAt(i); ok {
		return s
	}
	if d, _ := a.actorWord.get(i); d != nil && d.kind == briefing.Organization {
		return firstNonEmpty(d.affiliation, d.name)
	}
	return ""
}

// appositionAt reports ", the <role> of …" or ", a <role> …" at word i.
func (a *analysis) appositionAt(i int) bool {
	role, _ := a.apposition(i)
	return role != ""
}

// apposition reads ", the commander of X," starting at word i (the word
// after the comma) and returns the role and the owner it names.
func (a *analysis) apposition(i int) (role, owner string) {
	det := a.lowerWord(i)
	if a.words[i].possessive && i+1 < len(a.words) && a.is(i+1, lexRoleNoun) {
		if owner = a.ownerAt(i); owner != "" {
			end := i + 1
			for end < len(a.words) && end-i < 6 && !a.gapHas(end, gapClause|gapPeriod|gapBracket) {
				end++
			}
			return oneLine(a.spanText(i+1, end-1)), owner
		}
	}
	if det != "the" && det != "a" && det != "an" {
		return a.bareApposition(i)
	}
	end := i + 1
	for end < len(a.words) && end-i < 12 && !a.gapHas(end, gapClause|gapPeriod|gapBracket) {
		end++
	}
	if end-i < 2 {
		return "", ""
	}
	// "a Baku-based military analyst": the role noun among the first words
	hasRole := false
	for k := i + 1; k < end && k <= i+4; k++ {
		// a capital is a name's ("a Reuters reporter"), unless the word is
		// all capitals, a title's abbreviation ("an MP")
		if a.is(k, lexRoleNoun) && (!a.words[k].cap || a.words[k].upper) {
			hasRole = true
			break
		}
	}
	if !hasRole {
		return "", ""
	}
	for j := i + 1; j < end; j++ {
		if o := a.ownerAt(j); o != "" {
			owner = o
			break
		}
	}
	return oneLine(a.spanText(i+1, end-1)), owner
}

// rankEndsAt reports a rank or title whose last word is j.
func (a *analysis) rankEndsAt(j int) bool {
	_, ok := a.rankEnding(j)
	return ok
}

// rankEnding returns the rank or title whose last word is j.
func (a *analysis) rankEnding(j int) (rankMention, bool) {
	for _, r := range a.ranks {
		if r.last == j {
			return r, true
		}
	}
	return rankMention{}, false
}

// memberOf reports "of the Centre Party", "of the Socialist Left" after
// a name ending at word last: a member of a party or body speaks.
func (a *analysis) memberOf(last int) bool {
	j := last + 1
	if j+2 >= len(a.words) || a.lowerWord(j) != "of" || a.gapText(j) != " " {
		return false
	}
	j++
	if a.lowerWord(j) == "the" {
		j++
	}
	if j >= len(a.words) || !a.words[j].cap {
		return false
	}
	// the body: a party the text names, or a capitalised name ending in
	// an institution's head ("Conservative Party")
	end := j
	for end+1 < len(a.words) && a.words[end+1].cap && a.gapText(end+1) == " " && end-j < 4 {
		end++
	}
	if d := a.actorAt(j); d != nil && d.kind != briefing.Person && d.kind != briefing.State {
		return true
	}
	return a.is(end, lexInstitutionHead) || a.lowerWord(end) == "left" || a.lowerWord(end) == "right"
}

// bareApposition reads ", spokesman for the Department of …," starting
// at word i: a role noun without an article, then what it serves.
func (a *analysis) bareApposition(i int) (role, owner string) {
	if a.words[i].cap || !a.is(i, lexRoleNoun) || i+1 >= len(a.words) || a.gapHas(i+1, gapClause|gapPeriod|gapBracket) {
		return "", ""
	}
	// "deputy director-general of the CGA": the role may run on a word
	k := i + 1
	for k < len(a.words) && k <= i+2 && !a.words[k].cap && a.lowerWord(k) != "for" && a.lowerWord(k) != "of" &&
		a.lowerWord(k) != "at" && a.lowerWord(k) != "with" && a.lowerWord(k) != "in" && !a.gapHas(k, gapClause|gapPeriod|gapBracket) {
		k++
	}
	switch a.lowerWord(k) {
	case "for", "of", "at", "with", "in":
	default:
		return "", ""
	}
	end := k
	for end < len(a.words) && end-i < 12 && !a.gapHas(end, gapClause|gapPeriod|gapBracket) {
		end++
	}
	for j := i + 1; j < end; j++ {
		if o := a.ownerAt(j); o != "" {
			owner = o
			break
		}
	}
	return oneLine(a.spanText(i, end-1)), owner
}
