package extract

// Guards on gazetteer matches: names that stand inside longer names the
// gazetteer does not know (a merchant ship's, an organisation's), and the
// branch an armed group's name goes on to.

// insideLongerName reports a match with capitalised words of an unknown
// name on both sides of it, or two before it, or one after "the": "the
// Public Security Service" is not the Security Service the gazetteer knows.
func (gz *gazetteerStage) insideLongerName(m match) bool {
	nameWord := func(j int) bool {
		return j >= 0 && j < len(gz.words) && gz.words[j].cap && !gz.words[j].upper && gz.at[j] < 0 &&
			!gz.is(j, lexNotName|lexRoleNoun) && !gz.words[j].possessive
	}
	prev := m.first - 1
	if !nameWord(prev) || gz.gapText(m.first) != " " || gz.gapHas(prev, gapPeriod) || prev == 0 {
		return false
	}
	after := nameWord(m.last+1) && gz.gapText(m.last+1) == " "
	twoBefore := nameWord(prev-1) && gz.gapText(prev) == " "
	theBefore := gz.lowerWord(prev-1) == "the" && !gz.words[prev-1].cap && gz.gapText(prev) == " "
	return after || twoBefore || theBefore
}

// inMerchantName reports a match inside a merchant ship's name: after
// a prefix such as "MT" and the capitalised words of the name.
func (gz *gazetteerStage) inMerchantName(m match) bool {
	for j := m.first - 1; j >= 0 && j >= m.first-4; j-- {
		if gz.gapText(j+1) != " " {
			return false
		}
		if gz.words[j].upper && gz.lexicon.MerchantPrefixes[gz.lowerWord(j)] {
			return true
		}
		if !gz.words[j].cap {
			return false
		}
	}
	return false
}

// groupBranch returns the last word of a region that names a branch of
// the armed group ending at word last: "in the Greater Sahel", "in
// Somalia" (last itself when none follows).
func (gz *gazetteerStage) groupBranch(last int) int {
	j := last + 1
	if j >= len(gz.words) || gz.lowerWord(j) != "in" || gz.gapText(j) != " " {
		return last
	}
	j++
	if gz.lowerWord(j) == "the" {
		j++
	}
	end := last
	for k := j; k < len(gz.words) && k < j+3 && gz.words[k].cap && gz.words[k].soft && !gz.gapHas(k, gapClause|gapPeriod); k++ {
		end = k
	}
	return end
}

// shoutedWord reports a two-letter acronym match inside words written
// in capitals: "THIS IS A HEADLINE" holds no "IS" (Islamic State).
func (gz *gazetteerStage) shoutedWord(m match) bool {
	if m.first != m.last || gz.words[m.first].end-gz.words[m.first].start > 2 {
		return false
	}
	// (a neighbour in the same sentence: "THIS IS A HEADLINE" above "IS
	// claimed the attack" shouts nothing at it)
	upper := func(i int) bool {
		return i >= 0 && i < len(gz.words) && gz.sentenceAt[i] == gz.sentenceAt[m.first] &&
			gz.words[i].upper && gz.words[i].end-gz.words[i].start > 1
	}
	return upper(m.first-1) || upper(m.first+1)
}
