package extract

import (
	"maps"
	"slices"
	"strings"

	"github.com/briefing-tools/briefing/internal/briefing"
)

// orgKind types an organisation found by the shape of its name: a
// non-state armed group ("Azawad Liberation Front", "the al-Fath
// Brigade", "Arakan Army") when its head is a group's and no state owns
// it; an organisation otherwise ("Indian Army", "Ministry of Defence").
func (og *orgStage) orgKind(first, last int, affiliation string) briefing.ActorKind {
	if affiliation != "" || og.is(first, lexInstitutionStart) {
		return briefing.Organization
	}
	for j := first; j <= last; j++ {
		if _, ok := og.stateAt(j); ok || og.isStateWord(og.wordText(j)) {
			return briefing.Organization
		}
		if og.inSet(j, setNameArticle) && j < last && og.gapText(j+1) == "-" {
			return briefing.Group // "al-Fath": an Arabic article inside
		}
	}
	if og.lexicon.GroupHeads[og.lowerWord(last)] {
		return briefing.Group
	}
	return briefing.Organization
}

// ambiguousForm marks a short form that several names share ("Defence
// Ministry" of two states): it joins none of them.
const ambiguousForm = "\x00ambiguous"

// foldShortForms moves the mentions of an organisation named by its
// short form ("the Border Guard") into the full name found elsewhere in
// the document ("the Finnish Border Guard"), whichever came first.
func (og *orgStage) foldShortForms(shortForms map[string]string) {
	for _, short := range slices.Sorted(maps.Keys(shortForms)) {
		fullKey := shortForms[short]
		if fullKey == ambiguousForm {
			continue
		}
		from, ok := og.actorKeys["org:"+short]
		full := og.actorKeys[fullKey]
		if !ok || full == nil || from == full {
			continue
		}
		og.moveActorMentions(from, full)
	}
	og.dropEmptyActors()
}

// moveActorMentions makes every mention of from one of to's; from is
// left without mentions (see dropEmptyActors).
func (c *mentionCtx) moveActorMentions(from, to *actorDraft) {
	to.mentions = append(to.mentions, from.mentions...)
	for _, f := range from.surfaces.list {
		to.surfaces.add(f.form, c.normName)
	}
	for _, m := range from.mentions {
		c.actorStart.set(m.first, to)
		for w := m.first; w <= m.last; w++ {
			c.actorWord.set(w, to)
		}
	}
	from.mentions = nil
	delete(c.actorKeys, from.key)
}

// dropEmptyActors removes the drafts whose mentions moved elsewhere.
func (og *orgStage) dropEmptyActors() {
	kept := og.actors[:0]
	for _, d := range og.actors {
		if len(d.mentions) > 0 {
			kept = append(kept, d)
		}
	}
	og.actors = kept
}

// foldParentGroups: in a report on one branch of a group with branches
// ("ISWAP", "Islamic State in the Sahel"), the group named bare ("the
// Islamic State group killed six soldiers") is that branch. With two
// branches or none, the group stays itself.
func (og *orgStage) foldParentGroups() {
	moved := false
	for _, parent := range og.actors {
		k, ok := og.ix.organizations.get(og.normKey(parent.name))
		if !ok || !og.g.Organizations[k].Branches || len(parent.mentions) == 0 {
			continue
		}
		prefix := strings.ToLower(parent.name) + " "
		var branch *actorDraft
		core, one := "", true
		for _, d := range og.actors {
			name := strings.ToLower(d.name)
			if d == parent || len(d.mentions) == 0 || !strings.HasPrefix(name, prefix) {
				continue
			}
			// "Islamic State West Africa Province" and "Islamic State in
			// West Africa" are one branch, written two ways
			c := og.branchCore(name[len(prefix):])
			if branch != nil && c != core {
				one = false
			}
			if branch == nil || len(d.mentions) > len(branch.mentions) {
				branch = d
			}
			core = c
		}
		if branch != nil && one {
			og.moveActorMentions(parent, branch)
			moved = true
		}
	}
	if moved {
		og.dropEmptyActors()
	}
}

// ethnicAt reports that the demonym at word i names a people: after
// "ethnic", or after another demonym ("Kosovar Albanian").
func (c *mentionCtx) ethnicAt(i int) bool {
	k := i - 1
	if k < 0 || c.gapText(i) != " " {
		return false
	}
	return c.lexicon.EthnicMarkers[c.lowerWord(k)] || c.isDemonym(k)
}

// officeAt finds where an office's title starts in a capitalised name,
// or -1: an office's head word before "of" ("Chief of the Naval Staff",
// "Army Chief of Staff", "Director of Naval Intelligence"); "Joint
// Chiefs of Staff" is a body. A body's name may come first ("Department
// of Defence Head of Communication").
func (og *orgStage) officeAt(first, last int) int {
	for j := first; j < last; j++ {
		if og.lexicon.OfficeHeads[og.lowerWord(j)] && og.lowerWord(j+1) == "of" {
			if j == first+1 && !og.is(first, lexInstitutionHead) {
				return first // "Army Chief of Staff": a service's office
			}
			return j
		}
	}
	return -1
}

// releaseState removes the state mention at word i (it becomes part of
// an organisation's name) and returns the state.
func (m *mentionState) releaseState(i int) string {
	if d, _ := m.actorStart.get(i); d != nil {
		for k, r := range d.mentions {
			if r.first == i && r.last == i && d.kind == briefing.State {
				d.mentions = append(d.mentions[:k], d.mentions[k+1:]...)
				m.taken[i] = false
				m.actorWord.set(i, nil)
				m.actorStart.set(i, nil)
				return d.name
			}
		}
	}
	return ""
}

// orgNameRun returns the last word of a run of capitalised words from
// first, with "of", "for", "and", "the" allowed inside.
// companyName returns the last word of a name that a company noun
// introduces ("firm Seatrace", "the operator Nordlink Telecom").
func (og *orgStage) companyName(i int) (int, bool) {
	if i == 0 || og.gapText(i) != " " || og.words[i-1].cap || !og.lexicon.CompanyNouns[og.lowerWord(i-1)] ||
		og.isDemonym(i) || og.rankAt(i) || og.is(i, lexRoleNoun) {
		return 0, false
	}
	last := max(og.orgNameRun(i), i)
	from := i
	// "the monitoring group Sahel Watch": a place may begin the name
	if k, ok := og.placeStart.get(i); ok && og.places[k].last == i && last > i {
		from = i + 1
	}
	if !og.free(from, last) {
		return 0, false
	}
	return last, true
}

// placeOrStateAt returns the last word of the place or state mention
// starting at word j.
func (og *orgStage) placeOrStateAt(j int) (int, bool) {
	if k, ok := og.placeStart.get(j); ok {
		return og.places[k].last, true
	}
	if k, ok := og.stateWord.get(j); ok && og.states[k].first == j {
		return og.states[k].last, true
	}
	return 0, false
}

// stateInsideName reports a state's one-word mention at j that a longer
// name goes on past: "Organization of American States", "Association
// for Relations Across the Taiwan Strait".
func (og *orgStage) stateInsideName(j int) bool {
	k, ok := og.stateWord.get(j)
	if !ok || og.states[k].first != j || og.states[k].last != j || j+1 >= len(og.words) {
		return false
	}
	next := j + 1
	return og.words[next].cap && !og.taken[next] && og.gapText(next) == " " && !og.is(next, lexNotName)
}

// acronymCloses reports a bracketed acronym right after word last whose
// letters are the initials of the capitalised words first..last.
func (og *orgStage) acronymCloses(first, last int) bool {
	next := last + 1
	if next >= len(og.words) || og.gapText(next) != " (" || !og.words[next].upper {
		return false
	}
	acronym := og.wordText(next)
	k := 0
	for j := first; j <= last; j++ {
		if !og.words[j].cap {
			continue // "of", "the"
		}
		if k >= len(acronym) || og.text[og.words[j].start] != acronym[k] {
			return false
		}
		k++
	}
	return k == len(acronym)
}

func (og *orgStage) orgNameRun(first int) int {
	last := first
	starts := og.is(first, lexInstitutionStart)
	for j := first + 1; j < len(og.words) && j-first < 10; j++ {
		gap := og.gapText(j)
		if og.words[j-1].possessive && strings.HasSuffix(gap, "s ") {
			gap = " " // "Fishermen's Association"
		}
		// "al-Fath", and "Counter-Terrorism Directorate": a hyphen inside
		// the name between an article or two capitalised words
		hyphen := gap == "-" && (og.inSet(j-1, setNameArticle) || og.words[j-1].cap && og.words[j].cap)
		// "Border Guard Bangladesh (BGB)": the acronym says the state's
		// name ends the institution's
		if gap == " " && og.taken[j] && og.acronymCloses(first, j) {
			return j
		}
		if !og.words[j].soft || gap != " " && !hyphen || og.taken[j] && !og.stateInsideName(j) {
			break
		}
		lw := og.lowerWord(j)
		if og.rankAt(j) && !og.is(j, lexInstitutionHead) {
			break
		}
		if og.words[j].cap && !og.is(j, lexNotName) {
			last = j
			// "Fishermen's Association": an owner inside the name
			if og.words[j].possessive && !(j+1 < len(og.words) && og.words[j+1].cap && og.is(j+1, lexInstitutionHead)) {
				break
			}
			continue
		}
		// "between Kikli and Government of National Unity": one name, then
		// an institution's of its own
		if lw == "and" && j-1 == first && j+1 < len(og.words) && og.is(j+1, lexInstitutionStart|lexInstitutionHead) {
			break
		}
		if (lw == "of" || lw == "for" || lw == "and" || lw == "the") && j+1 < len(og.words) && og.words[j+1].cap && (!og.taken[j+1] || og.stateInsideName(j+1)) {
			continue
		}
		// "Council for the Safeguard of the Homeland": two small words
		if (lw == "of" || lw == "for") && j+2 < len(og.words) && og.lowerWord(j+1) == "the" && og.words[j+2].cap && !og.taken[j+2] {
			continue
		}
		// "Association for Relations Across the Taiwan Strait": a place
		// or state closes the name of an institution
		if starts && (lw == "the" || lw == "of" || lw == "for") && j+1 < len(og.words) && og.words[j+1].cap && og.taken[j+1] {
			if end, ok := og.placeOrStateAt(j + 1); ok {
				last = end
				j = end
				continue
			}
		}
		// "Ansar al-Wadi", "Nusrat al-Islam": an Arabic article and a name
		if og.inSet(j, setNameArticle) && j+1 < len(og.words) && og.gapText(j+1) == "-" && og.words[j+1].cap && !og.taken[j+1] {
			continue
		}
		break
	}
	return last
}

// branchCore is what tells a group's branch from another: its name after
// the group's, without the words every branch name may carry.
func (og *orgStage) branchCore(rest string) string {
	var core []string
	for _, w := range strings.Fields(rest) {
		if !og.lexicon.BranchFillers[w] {
			core = append(core, w)
		}
	}
	return strings.Join(core, " ")
}

// foldOwnerlessInstitutions joins an institution named without its owner
// ("the Defense Ministry") to the one the document names with it ("the
// Japanese Defense Ministry"): the same body, written shorter the second
// time. Only within one document, where the owner is not in doubt.
func (og *orgStage) foldOwnerlessInstitutions() {
	for _, bare := range og.actors {
		if bare.kind != briefing.Organization || bare.affiliation != "" || len(bare.mentions) == 0 {
			continue
		}
		key := og.normName(bare.name)
		var owned *actorDraft
		for _, d := range og.actors {
			if d == bare || d.kind != briefing.Organization || d.affiliation == "" || len(d.mentions) == 0 {
				continue
			}
			for _, f := range d.surfaces.list {
				if short := og.ownerless(f.form); short != "" && og.normName(short) == key {
					if owned != nil && owned != d {
						owned = nil // two owners' bodies of that name: neither is meant
						break
					}
					owned = d
				}
			}
		}
		if owned == nil {
			continue
		}
		og.absorbActor(owned, bare)
	}
}
