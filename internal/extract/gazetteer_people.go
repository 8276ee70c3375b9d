package extract

// Gazetteer names inside a person's name: a capital or state written as
// a first name, a state name ending a titled name, and the keys of the
// gazetteer's people.

// unknownNameWord reports a capitalised word at i, right before the
// next word, that the gazetteer does not know and that may be part of a
// name: a first name the person's entry does not hold.
func (c *mentionCtx) unknownNameWord(i int) bool {
	return i >= 0 && i+1 < len(c.words) && c.words[i].cap && !c.words[i].upper && c.at[i] < 0 && !c.taken[i] &&
		c.gapText(i+1) == " " && !c.words[i].possessive && !c.is(i, lexNotName|lexRoleNoun) && !c.inHeading(i)
}

// afterTitledFirstNames reports a one-word state name that ends a
// person's name: one or two unknown capitalised words between a rank
// and it ("Rear Admiral Roy Vincent Trinidad").
func (gz *gazetteerStage) afterTitledFirstNames(m match) bool {
	if m.first != m.last {
		return false
	}
	for n := 1; n <= 2; n++ {
		first := m.first - n
		if first < 1 || !gz.unknownNameWord(first) {
			return false
		}
		if k, ok := gz.endAt.get(first - 1); ok && bestRef(gz.matches[k].refs).kind == kindRank && gz.gapText(first) == " " {
			return true
		}
	}
	return false
}

// firstNameLike reports a capital or state name used as a first name: a
// single word followed by a capitalised word the gazetteer does not know.
func (gz *gazetteerStage) firstNameLike(m match) bool {
	next := m.last + 1
	if m.first != m.last || next >= len(gz.words) || gz.gapText(next) != " " || !gz.words[next].cap || gz.words[next].upper {
		return false
	}
	if gz.at[next] >= 0 || gz.is(next, lexNotName|lexInstitutionHead) {
		return false
	}
	if gz.words[m.first].possessive || gz.inHeading(m.first) {
		return false
	}
	// "Defence Minister Israel Katz": a title before makes it certain;
	// otherwise a lone state name before a capitalised word is a name
	// only when no verb-like word follows
	return true
}

// personKey is the draft key of the gazetteer's person i, made once
// per worker: a known name recurs in every document that names it.
func (gz *gazetteerStage) personKey(i int32) string {
	if gz.personKeys == nil {
		gz.personKeys = make([]string, len(gz.g.People))
	}
	k := gz.personKeys[i]
	if k == "" {
		k = "person:" + gz.normName(gz.g.People[i].Name)
		gz.personKeys[i] = k
	}
	return k
}
