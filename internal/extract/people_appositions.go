package extract

import "github.com/briefing-tools/briefing/internal/briefing"

// What an apposition says of a person: their role and owner ("Lt. Gen.
// X, the army's spokesman"), ranks that end a title, and membership.

// ownerAt returns the state or organisation that a mention at word i
// names, for affiliations: an organisation's country when it has one.
func (m *mentionState) ownerAt(i int) string {
	if s, ok := m.stateAt(i); ok {
		return s
	}
	if d, _ := m.actorWord.get(i); d != nil && d.kind == briefing.Organization {
		return firstNonEmpty(d.affiliation, d.name)
	}
	return ""
}

// appositionAt reports ", the <role> of …" or ", a <role> …" at word i.
func (ps *peopleStage) appositionAt(i int) bool {
	role, _ := ps.apposition(i)
	return role != ""
}

// apposition reads ", the commander of X," starting at word i (the word
// after the comma) and returns the role and the owner it names.
func (ps *peopleStage) apposition(i int) (role, owner string) {
	det := ps.lowerWord(i)
	if ps.words[i].possessive && i+1 < len(ps.words) && ps.is(i+1, lexRoleNoun) {
		if owner = ps.ownerAt(i); owner != "" {
			end := i + 1
			for end < len(ps.words) && end-i < 6 && !ps.gapHas(end, gapClause|gapPeriod|gapBracket) {
				end++
			}
			return oneLine(ps.spanText(i+1, end-1)), owner
		}
	}
	if det != "the" && det != "a" && det != "an" {
		return ps.bareApposition(i)
	}
	end := i + 1
	for end < len(ps.words) && end-i < 12 && !ps.gapHas(end, gapClause|gapPeriod|gapBracket) {
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
		if ps.is(k, lexRoleNoun) && (!ps.words[k].cap || ps.words[k].upper) {
			hasRole = true
			break
		}
	}
	if !hasRole {
		return "", ""
	}
	for j := i + 1; j < end; j++ {
		if o := ps.ownerAt(j); o != "" {
			owner = o
			break
		}
	}
	return oneLine(ps.spanText(i+1, end-1)), owner
}

// rankEndsAt reports a rank or title whose last word is j.
func (m *mentionState) rankEndsAt(j int) bool {
	_, ok := m.rankEnding(j)
	return ok
}

// rankEnding returns the rank or title whose last word is j.
func (m *mentionState) rankEnding(j int) (rankMention, bool) {
	for _, r := range m.ranks {
		if r.last == j {
			return r, true
		}
	}
	return rankMention{}, false
}

// memberOf reports "of the Centre Party", "of the Socialist Left" after
// a name ending at word last: a member of a party or body speaks.
func (ps *peopleStage) memberOf(last int) bool {
	j := last + 1
	if j+2 >= len(ps.words) || ps.lowerWord(j) != "of" || ps.gapText(j) != " " {
		return false
	}
	j++
	if ps.lowerWord(j) == "the" {
		j++
	}
	if j >= len(ps.words) || !ps.words[j].cap {
		return false
	}
	// the body: a party the text names, or a capitalised name ending in
	// an institution's head ("Conservative Party")
	end := j
	for end+1 < len(ps.words) && ps.words[end+1].cap && ps.gapText(end+1) == " " && end-j < 4 {
		end++
	}
	if d := ps.actorAt(j); d != nil && d.kind != briefing.Person && d.kind != briefing.State {
		return true
	}
	return ps.is(end, lexInstitutionHead) || ps.lowerWord(end) == "left" || ps.lowerWord(end) == "right"
}

// bareApposition reads ", spokesman for the Department of …," starting
// at word i: a role noun without an article, then what it serves.
func (ps *peopleStage) bareApposition(i int) (role, owner string) {
	if ps.words[i].cap || !ps.is(i, lexRoleNoun) || i+1 >= len(ps.words) || ps.gapHas(i+1, gapClause|gapPeriod|gapBracket) {
		return "", ""
	}
	// "deputy director-general of the CGA": the role may run on a word
	k := i + 1
	for k < len(ps.words) && k <= i+2 && !ps.words[k].cap && ps.lowerWord(k) != "for" && ps.lowerWord(k) != "of" &&
		ps.lowerWord(k) != "at" && ps.lowerWord(k) != "with" && ps.lowerWord(k) != "in" && !ps.gapHas(k, gapClause|gapPeriod|gapBracket) {
		k++
	}
	switch ps.lowerWord(k) {
	case "for", "of", "at", "with", "in":
	default:
		return "", ""
	}
	end := k
	for end < len(ps.words) && end-i < 12 && !ps.gapHas(end, gapClause|gapPeriod|gapBracket) {
		end++
	}
	for j := i + 1; j < end; j++ {
		if o := ps.ownerAt(j); o != "" {
			owner = o
			break
		}
	}
	return oneLine(ps.spanText(i, end-1)), owner
}
