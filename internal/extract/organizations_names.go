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
func (a *analysis) orgKind(first, last int, affiliation string) briefing.ActorKind {
	if affiliation != "" || a.is(first, lexInstitutionStart) {
		return briefing.Organization
	}
	for j := first; j <= last; j++ {
		if _, ok := a.stateAt(j); ok || a.isStateWord(a.wordText(j)) {
			return briefing.Organization
		}
		if a.lexicon.NameArticles[a.lowerWord(j)] && j < last && a.gapText(j+1) == "-" {
			return briefing.Group // "al-Fath": an Arabic article inside
		}
	}
	if a.lexicon.GroupHeads[a.lowerWord(last)] {
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
func (a *analysis) foldShortForms(shortForms map[string]string) {
	for _, short := range slices.Sorted(maps.Keys(shortForms)) {
		fullKey := shortForms[short]
		if fullKey == ambiguousForm {
			continue
		}
		from, ok := a.actorKeys["org:"+short]
		full := a.actorKeys[fullKey]
		if !ok || full == nil || from == full {
			continue
		}
		a.moveActorMentions(from, full)
	}
	a.dropEmptyActors()
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
func (a *analysis) dropEmptyActors() {
	kept := a.actors[:0]
	for _, d := range a.actors {
		if len(d.mentions) > 0 {
			kept = append(kept, d)
		}
	}
	a.actors = kept
}

// foldParentGroups: in a report on one branch of a group with branches
// ("ISWAP", "Islamic State in the Sahel"), the group named bare ("the
// Islamic State group killed six soldiers") is that branch. With two
// branches or none, the group stays itself.
func (a *analysis) foldParentGroups() {
	moved := false
	for _, parent := range a.actors {
		k, ok := a.ix.organizations[a.normKey(parent.name)]
		if !ok || !a.g.Organizations[k].Branches || len(parent.mentions) == 0 {
			continue
		}
		prefix := strings.ToLower(parent.name) + " "
		var branch *actorDraft
		core, one := "", true
		for _, d := range a.actors {
			name := strings.ToLower(d.name)
			if d == parent || len(d.mentions) == 0 || !strings.HasPrefix(name, prefix) {
				continue
			}
			// "Islamic State West Africa Province" and "Islamic State in
			// West Africa" are one branch, written two ways
			c := a.branchCore(name[len(prefix):])
			if branch != nil && c != core {
				one = false
			}
			if branch == nil || len(d.mentions) > len(branch.mentions) {
				branch = d
			}
			core = c
		}
		if branch != nil && one {
			a.moveActorMentions(parent, branch)
			moved = true
		}
	}
	if moved {
		a.dropEmptyActors()
	}
}

// ethnicAt reports that the demonym at word i names a people: after
// "ethnic", or after another demonym ("Kosovar Albanian").
func (a *analysis) ethnicAt(i int) bool {
	k := i - 1
	if k < 0 || a.gapText(i) != " " {
		return false
	}
	return a.lexicon.EthnicMarkers[a.lowerWord(k)] || a.isDemonym(k)
}

// officeAt finds where an office's title starts in a capitalised name,
// or -1: an office's head word before "of" ("Chief of the Naval Staff",
// "Army Chief of Staff", "Director of Naval Intelligence"); "Joint
// Chiefs of Staff" is a body. A body's name may come first ("Department
// of Defence Head of Communication").
func (a *analysis) officeAt(first, last int) int {
	for j := first; j < last; j++ {
		if a.lexicon.OfficeHeads[a.lowerWord(j)] && a.lowerWord(j+1) == "of" {
			if j == first+1 && !a.is(first, lexInstitutionHead) {
				return first // "Army Chief of Staff": a service's office
			}
			return j
		}
	}
	return -1
}

// releaseState removes the state mention at word i (it becomes part of
// an organisation's name) and returns the state.
func (a *analysis) releaseState(i int) string {
	if d, _ := a.actorStart.get(i); d != nil {
		for k, m := range d.mentions {
			if m.first == i && m.last == i && d.kind == briefing.State {
				d.mentions = append(d.mentions[:k], d.mentions[k+1:]...)
				a.taken[i] = false
				a.actorWord.set(i, nil)
				a.actorStart.set(i, nil)
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
func (a *analysis) companyName(i int) (int, bool) {
	if i == 0 || a.gapText(i) != " " || a.words[i-1].cap || !a.lexicon.CompanyNouns[a.lowerWord(i-1)] ||
		a.isDemonym(i) || a.rankAt(i) || a.is(i, lexRoleNoun) {
		return 0, false
	}
	last := max(a.orgNameRun(i), i)
	from := i
	// "the monitoring group Sahel Watch": a place may begin the name
	if k, ok := a.placeStart.get(i); ok && a.places[k].last == i && last > i {
		from = i + 1
	}
	if !a.free(from, last) {
		return 0, false
	}
	return last, true
}

// placeOrStateAt returns the last word of the place or state mention
// starting at word j.
func (a *analysis) placeOrStateAt(j int) (int, bool) {
	if k, ok := a.placeStart.get(j); ok {
		return a.places[k].last, true
	}
	if k, ok := a.stateWord.get(j); ok && a.states[k].first == j {
		return a.states[k].last, true
	}
	return 0, false
}

// stateInsideName reports a state's one-word mention at j that a longer
// name goes on past: "Organization of American States", "Association
// for Relations Across the Taiwan Strait".
func (a *analysis) stateInsideName(j int) bool {
	k, ok := a.stateWord.get(j)
	if !ok || a.states[k].first != j || a.states[k].last != j || j+1 >= len(a.words) {
		return false
	}
	next := j + 1
	return a.words[next].cap && !a.taken[next] && a.gapText(next) == " " && !a.is(next, lexNotName)
}

// acronymCloses reports a bracketed acronym right after word last whose
// letters are the initials of the capitalised words first..last.
func (a *analysis) acronymCloses(first, last int) bool {
	next := last + 1
	if next >= len(a.words) || a.gapText(next) != " (" || !a.words[next].upper {
		return false
	}
	acronym := a.wordText(next)
	k := 0
	for j := first; j <= last; j++ {
		if !a.words[j].cap {
			continue // "of", "the"
		}
		if k >= len(acronym) || a.text[a.words[j].start] != acronym[k] {
			return false
		}
		k++
	}
	return k == len(acronym)
}

func (a *analysis) orgNameRun(first int) int {
	last := first
	starts := a.is(first, lexInstitutionStart)
	for j := first + 1; j < len(a.words) && j-first < 10; j++ {
		gap := a.gapText(j)
		if a.words[j-1].possessive && strings.HasSuffix(gap, "s ") {
			gap = " " // "Fishermen's Association"
		}
		// "al-Fath", and "Counter-Terrorism Directorate": a hyphen inside
		// the name between an article or two capitalised words
		hyphen := gap == "-" && (a.lexicon.NameArticles[a.lowerWord(j-1)] || a.words[j-1].cap && a.words[j].cap)
		// "Border Guard Bangladesh (BGB)": the acronym says the state's
		// name ends the institution's
		if gap == " " && a.taken[j] && a.acronymCloses(first, j) {
			return j
		}
		if !a.words[j].soft || gap != " " && !hyphen || a.taken[j] && !a.stateInsideName(j) {
			break
		}
		lw := a.lowerWord(j)
		if a.rankAt(j) && !a.is(j, lexInstitutionHead) {
			break
		}
		if a.words[j].cap && !a.is(j, lexNotName) {
			last = j
			// "Fishermen's Association": an owner inside the name
			if a.words[j].possessive && !(j+1 < len(a.words) && a.words[j+1].cap && a.is(j+1, lexInstitutionHead)) {
				break
			}
			continue
		}
		// "between Kikli and Government of National Unity": one name, then
		// an institution's of its own
		if lw == "and" && j-1 == first && j+1 < len(a.words) && a.is(j+1, lexInstitutionStart|lexInstitutionHead) {
			break
		}
		if (lw == "of" || lw == "for" || lw == "and" || lw == "the") && j+1 < len(a.words) && a.words[j+1].cap && (!a.taken[j+1] || a.stateInsideName(j+1)) {
			continue
		}
		// "Council for the Safeguard of the Homeland": two small words
		if (lw == "of" || lw == "for") && j+2 < len(a.words) && a.lowerWord(j+1) == "the" && a.words[j+2].cap && !a.taken[j+2] {
			continue
		}
		// "Association for Relations Across the Taiwan Strait": a place
		// or state closes the name of an institution
		if starts && (lw == "the" || lw == "of" || lw == "for") && j+1 < len(a.words) && a.words[j+1].cap && a.taken[j+1] {
			if end, ok := a.placeOrStateAt(j + 1); ok {
				last = end
				j = end
				continue
			}
		}
		// "Ansar al-Wadi", "Nusrat al-Islam": an Arabic article and a name
		if a.lexicon.NameArticles[lw] && j+1 < len(a.words) && a.gapText(j+1) == "-" && a.words[j+1].cap && !a.taken[j+1] {
			continue
		}
		break
	}
	return last
}

// branchCore is what tells a group's branch from another: its name after
// the group's, without the words every branch name may carry.
func (a *analysis) branchCore(rest string) string {
	var core []string
	for _, w := range strings.Fields(rest) {
		if !a.lexicon.BranchFillers[w] {
			core = append(core, w)
		}
	}
	return strings.Join(core, " ")
}

// foldOwnerlessInstitutions joins an institution named without its owner
// ("the Defense Ministry") to the one the document names with it ("the
// Japanese Defense Ministry"): the same body, written shorter the second
// time. Only within one document, where the owner is not in doubt.
func (a *analysis) foldOwnerlessInstitutions() {
	for _, bare := range a.actors {
		if bare.kind != briefing.Organization || bare.affiliation != "" || len(bare.mentions) == 0 {
			continue
		}
		key := a.normName(bare.name)
		var owned *actorDraft
		for _, d := range a.actors {
			if d == bare || d.kind != briefing.Organization || d.affiliation == "" || len(d.mentions) == 0 {
				continue
			}
			for _, f := range d.surfaces.list {
				if short := a.ownerless(f.form); short != "" && a.normName(short) == key {
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
		a.absorbActor(owned, bare)
	}
}
