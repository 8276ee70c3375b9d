package extract

// Guards on gazetteer matches: names that stand inside longer names the
// gazetteer does not know (a merchant ship's, an organisation's), and the
// branch an armed group's name goes on to.

// insideLongerName reports a match with capitalised words of an unknown
// name on both sides of it, or two before it, or one after "the": "the
// Public Security Service" is not the Security Service the gazetteer knows.
func (a *analysis) insideLongerName(m match) bool {
	nameWord := func(j int) bool {
		return j >= 0 && j < len(a.words) && a.words[j].cap && !a.words[j].upper && a.at[j] < 0 &&
			!a.is(j, lexNotName|lexRoleNoun) && !a.words[j].possessive
	}
	prev := m.first - 1
	if !nameWord(prev) || a.gapText(m.first) != " " || a.gapHas(prev, gapPeriod) || prev == 0 {
		return false
	}
	after := nameWord(m.last+1) && a.gapText(m.last+1) == " "
	twoBefore := nameWord(prev-1) && a.gapText(prev) == " "
	theBefore := a.lowerWord(prev-1) == "the" && !a.words[prev-1].cap && a.gapText(prev) == " "
	return after || twoBefore || theBefore
}

// inMerchantName reports a match inside a merchant ship's name: after
// a prefix such as "MT" and the capitalised words of the name.
func (a *analysis) inMerchantName(m match) bool {
	for j := m.first - 1; j >= 0 && j >= m.first-4; j-- {
		if a.gapText(j+1) != " " {
			return false
		}
		if a.words[j].upper && a.lexicon.MerchantPrefixes[a.lowerWord(j)] {
			return true
		}
		if !a.words[j].cap {
			return false
		}
	}
	return false
}

// groupBranch returns the last word of a region that names a branch of
// the armed group ending at word last: "in the Greater Sahel", "in
// Somalia" (last itself when none follows).
func (a *analysis) groupBranch(last int) int {
	j := last + 1
	if j >= len(a.words) || a.lowerWord(j) != "in" || a.gapText(j) != " " {
		return last
	}
	j++
	if a.lowerWord(j) == "the" {
		j++
	}
	end := last
	for k := j; k < len(a.words) && k < j+3 && a.words[k].cap && a.words[k].soft && !a.gapHas(k, gapClause|gapPeriod); k++ {
		end = k
	}
	return end
}

// shoutedWord reports a two-letter acronym match inside words written
// in capitals: "THIS IS A HEADLINE" holds no "IS" (Islamic State).
func (a *analysis) shoutedWord(m match) bool {
	if m.first != m.last || a.words[m.first].end-a.words[m.first].start > 2 {
		return false
	}
	// (a neighbour in the same sentence: "THIS IS A HEADLINE" above "IS
	// claimed the attack" shouts nothing at it)
	upper := func(i int) bool {
		return i >= 0 && i < len(a.words) && a.sentenceAt[i] == a.sentenceAt[m.first] &&
			a.words[i].upper && a.words[i].end-a.words[i].start > 1
	}
	return upper(m.first-1) || upper(m.first+1)
}
