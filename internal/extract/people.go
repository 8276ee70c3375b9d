package extract

import (
	"strings"

	"github.com/briefing-tools/briefing/internal/briefing"
)

// findPeople finds people: a rank or title followed by a name ("Adm.
// Brad Cooper", "President Donald Trump"), a name beside a verb of speech
// ("Mark Rutte said"), then every later mention of the surname.
func (a *analysis) findPeople() {
	for _, r := range a.ranks {
		if !a.free(r.first, r.last) || a.ships.shipNamedForOfficer(r) {
			continue
		}
		// further titles and ranks may follow: "Chief of Staff Lt.-Gen."
		first := r.last + 1
		title := r
		for {
			k, ok := a.rankStart.get(first)
			if !ok {
				break
			}
			title = a.ranks[k]
			first = title.last + 1
		}
		// "President Vladimir Putin": the gazetteer named the person; the
		// text gives the title
		if d := a.actorAt(first); d != nil && d.kind == briefing.Person && first < len(a.words) && a.words[first].soft {
			if d.title == "" {
				d.title = title.rank.Name
			}
			a.describePerson(d, r.first, first, d.mentions[len(d.mentions)-1].last)
			continue
		}
		// "… asking the minister. Eirik Mo Tangen …": a title ends its sentence
		initials := a.initialsAt(first) // "Air Marshal AK Bharti"
		if first >= len(a.words) || !a.startsName(first) && !initials || !a.words[first].soft || a.sentenceAt[first] != a.sentenceAt[r.first] {
			continue
		}
		var last int
		if initials {
			if last = a.personNameRun(first + 1); last <= first {
				continue
			}
		} else {
			last = a.personNameRun(first)
		}
		// "Commander Lt-General Sakol …": a title's abbreviation is no name
		if last < first || last == first && a.lexicon.UndottedTitles[a.lowerWord(first)] {
			continue
		}
		d := a.addPerson(first, last, "title-and-name")
		if d.title == "" {
			d.title = title.rank.Name
		}
		a.describePerson(d, r.first, first, last)
	}
	// a role noun before a full name: "leader Kim Jong Un"; or a word
	// for who someone is: "Samoan man Manu Percival"
	for i := 0; i+2 < len(a.words); i++ {
		// (a role in capitals is one too: "Dassault CEO Eric Trappier");
		// the next word's case, a bit, passes most words before any look-up
		if next := &a.words[i+1]; !next.cap || next.upper || a.words[i].cap && !(a.words[i].upper && a.is(i, lexRoleNoun)) || a.gapText(i+1) != " " {
			continue
		}
		roleNoun := a.is(i, lexRoleNoun)
		personNoun := !roleNoun && a.lexicon.PersonNouns[a.lowerWord(i)]
		if !roleNoun && !personNoun || !a.startsName(i+1) {
			continue
		}
		last := a.personNameRun(i + 1)
		// ("the rebel Free Aceh Movement": a name that goes on is a body's)
		goesOn := last+1 < len(a.words) && a.words[last+1].cap && a.gapText(last+1) == " "
		if last < i+2 || personNoun && (goesOn || !a.plainPersonName(i+1, last) || !a.noCommonNameWord(i+1, last)) {
			continue
		}
		// a.lower is reused; "volunteers X and Y": each a volunteer
		role := strings.Clone(strings.TrimSuffix(a.lowerWord(i), "s"))
		d := a.addPerson(i+1, last, "role-and-name")
		if d.role == "" && !personNoun { // "man" is no role
			d.role = role
		}
		a.describePerson(d, i, i+1, last)
		// "volunteers Anucha Wongsawat and Vichayapol Sathong-aen": a
		// plural role names each of the full names listed after it
		if role != a.lowerWord(i) {
			a.peopleListedAfter(last, role)
		}
	}
	// "led by Amadou Koufa", "its spokesman, Ibrahim ag Hamma,": a name
	// after the words that introduce a person
	for _, c := range a.capitals {
		i := int(c)
		if i < 2 || a.taken[i] {
			continue
		}
		// the word or comma before, read first: few capitals follow one
		if prev := a.lowerWord(i - 1); prev != "by" && prev != "named" && prev != "called" && prev != "to" &&
			!a.gapHas(i, gapComma) || !a.startsName(i) {
			continue
		}
		introduced := a.lowerWord(i-1) == "by" && a.lexicon.LeaderVerbs[a.lowerWord(i-2)] ||
			a.gapHas(i, gapComma) && a.is(i-1, lexRoleNoun) && !a.words[i-1].cap ||
			// "Guyana's Foreign Secretary, Anand Persaud,": a title, then the name
			a.gapHas(i, gapComma) && a.rankEndsAt(i-1) ||
			(a.lowerWord(i-1) == "named" || a.lowerWord(i-1) == "called") && a.roleNounWithin(i-2, 8)
		// "According to Lars Eikeland, …": a source named in full
		accordingTo := a.lowerWord(i-1) == "to" && a.lowerWord(i-2) == "according"
		if !introduced && !accordingTo {
			continue
		}
		last := a.personNameRun(i)
		if last <= i || accordingTo && !a.plainPersonName(i, last) || a.titledSurname(i, last) {
			continue
		}
		// "the Director, Naval Information, Commodore Chris Ezekobe": a
		// department between commas, then the rank and the name
		if last+1 < len(a.words) && a.gapHas(last+1, gapComma) && a.rankAt(last+1) {
			continue
		}
		d := a.addPerson(i, last, "introduced-name")
		if r, ok := a.rankEnding(i - 1); ok && d.title == "" {
			d.title = r.rank.Name // "Guyana's Foreign Secretary, Anand Persaud,"
		}
		a.describePerson(d, i, i, last)
	}
	// names beside a verb of speech
	for _, c := range a.capitals {
		i := int(c)
		if a.taken[i] || !a.startsName(i) {
			continue
		}
		last := a.personNameRun(i)
		// "NASA Administrator Bill Nelson said": the role is no part of
		// the name
		for i+1 < last && a.is(i, lexRoleNoun) {
			i++
		}
		if last <= i || a.titledSurname(i, last) || a.knownSurname(i, last) {
			continue // "Dr Nolan said", "Berg Lind said": the surname is linked below
		}
		comma := last+1 < len(a.words) && strings.HasPrefix(a.gapText(last+1), ",")
		if i > 0 && a.lowerWord(i-1) == "the" && !a.words[i-1].cap {
			continue // "the Euphrates River, the spokesman said": a thing named
		}
		// a full name set off by commas beside a role: "The leader of the
		// Turkish Cypriots, Ersin Tatar,"; "Hikmet Hajiyev, foreign policy
		// adviser to …"
		closed := last+1 >= len(a.words) || comma || a.gapHas(last+1, gapPeriod)
		// (not "the Director, Naval Information, Commodore Ade Okon": a
		// department between a title and a rank)
		beside := a.plainPersonName(i, last) && a.noCommonNameWord(i, last) && (a.roleBefore(i) && closed || comma && a.roleAfter(last+1)) &&
			!(comma && last+1 < len(a.words) && a.rankAt(last+1))
		if (a.speechAfter(last) && !comma) || (a.is(i-1, lexSpeech) && a.words[i].soft) || (comma && a.appositionAt(last+1)) || beside ||
			a.memberOf(last) || comma && a.speechAfterApposition(i, last) || comma && a.ageAt(last+1) ||
			comma && a.nicknameAt(last+1) && a.plainPersonName(i, last) ||
			// "Mahmoud al-Werfalli, who is wanted by …": bodies take "which"
			comma && a.lowerWord(last+1) == "who" && a.plainPersonName(i, last) && a.noCommonNameWord(i, last) {
			d := a.addPerson(i, last, "name-and-speech")
			a.describePerson(d, i, i, last)
			if comma && a.nicknameAt(last+1) {
				a.addNickname(d, last+1)
			}
		}
	}
	a.findGivenNames()
	a.findSpeakerLabels()
	a.findSurnames()
}

// findGivenNames reads a full name opened by a common given name as a
// person's, with no title, role or verb of speech beside it: "whether
// Mohammed Deif was among the dead". A run that goes on into a body's
// name ("Omar Mukhtar Brigade") or holds a word of one is no person.
func (a *analysis) findGivenNames() {
	for _, c := range a.capitals {
		i := int(c)
		if a.taken[i] || !a.lexicon.GivenNames[a.lowerWord(i)] || !a.startsName(i) {
			continue
		}
		last := a.personNameRun(i)
		if last <= i || !a.plainPersonName(i, last) || !a.noCommonNameWord(i, last) || a.titledSurname(i, last) {
			continue
		}
		// "Nasser Hospital", "the David Granger administration", "the
		// Carlos Patiño structure": a place's or a body's name
		thing := func(j int) bool {
			w := a.lowerWord(j)
			return a.lexicon.NamePlaceHeads[w] || a.is(j, lexInstitutionHead) || a.lexicon.NamedGroupNouns[w] || a.lexicon.AuthorityNouns[w]
		}
		next := last + 1
		goesOn := next < len(a.words) && a.gapText(next) == " " && (a.words[next].cap || a.words[next].digit || thing(next))
		for j := i + 1; j <= last && !goesOn; j++ {
			goesOn = thing(j)
		}
		if goesOn {
			continue
		}
		d := a.addPerson(i, last, "given-name")
		a.describePerson(d, i, i, last)
	}
}

// findSpeakerLabels reads a transcript's or a parliamentary answer's
// speaker labels: a full name at the start of a line, then a colon,
// perhaps after a bracketed note ("Des Browne [holding answer 4 March]:
// …"). A document is a transcript when two lines or more open so.
func (a *analysis) findSpeakerLabels() {
	type label struct {
		first, last int
		noted       bool // "[holding answer …]" between the name and its colon
	}
	var labels []label
	for i := range a.words {
		// a soft gap holds no line break: most words are passed at once
		if i > 0 && (a.words[i].soft || !strings.Contains(a.gapText(i), "\n")) {
			continue
		}
		first := i
		if r, ok := a.rankStart.get(i); ok {
			first = a.ranks[r].last + 1 // "Mr. Kevan Jones:"
		}
		if first >= len(a.words) || !a.words[first].cap || a.words[first].upper {
			continue
		}
		last := first
		for last+1 < len(a.words) && last-first < 3 && a.gapText(last+1) == " " && a.words[last+1].cap && !a.words[last+1].upper {
			last++
		}
		if last == first {
			continue
		}
		if colon, noted := a.speakerColonAfter(last); colon {
			labels = append(labels, label{first, last, noted})
		}
	}
	if len(labels) < 2 {
		return
	}
	// a label speaks when it carries a note ("[holding answer …]") or
	// opens two lines or more; "Key Points:" once is a heading
	seen := map[string]int{}
	for _, l := range labels {
		seen[oneLine(a.spanText(l.first, l.last))]++
	}
	for _, l := range labels {
		if (l.noted || seen[oneLine(a.spanText(l.first, l.last))] > 1) && a.free(l.first, l.last) &&
			a.plainPersonName(l.first, l.last) && a.noCommonNameWord(l.first, l.last) {
			a.addPerson(l.first, l.last, "speaker-label")
		}
	}
}

// speakerColonAfter reports a colon right after word last, or after a
// bracketed note that follows it (noted).
func (a *analysis) speakerColonAfter(last int) (colon, noted bool) {
	rest := a.text[a.words[last].end:]
	if strings.HasPrefix(rest, ":") {
		return true, false
	}
	if strings.HasPrefix(rest, " [") || strings.HasPrefix(rest, " (") {
		if end := strings.IndexAny(rest, "])\n"); end > 0 && rest[end] != '\n' && strings.HasPrefix(rest[end+1:], ":") {
			return true, true
		}
	}
	return false, false
}

// peopleListedAfter adds the full names listed after word last, joined
// by commas or "and", each of two words or more.
func (a *analysis) peopleListedAfter(last int, role string) {
	for n := 0; n < 6; n++ {
		next := last + 1
		if next >= len(a.words) {
			return
		}
		switch {
		case a.lowerWord(next) == "and" && !strings.Contains(a.gapText(next), ","):
			next++
		case a.gapText(next) == ", " && a.lowerWord(next) != "and" && a.lowerWord(next) != "while":
		default:
			return
		}
		if !a.startsName(next) {
			return
		}
		end := a.personNameRun(next)
		if end <= next || !a.plainPersonName(next, end) {
			return
		}
		if d := a.addPerson(next, end, "role-and-name"); d.role == "" {
			d.role = role
		}
		last = end
	}
}

// addPerson records a person mention; the key is the full name.
func (a *analysis) addPerson(first, last int, rule string) *actorDraft {
	name := a.personName(first, last)
	key := "person:" + a.normName(name)
	// "Rear Admiral Mayhew" after "Rear Admiral Catherine Mayhew": the
	// person named in full
	if first == last {
		for _, d := range a.actors {
			if d.kind == briefing.Person && d.key != key && strings.HasSuffix(d.name, " "+name) {
				key = d.key
				break
			}
		}
	}
	return a.addActor(key, first, last, name, func(d *actorDraft) {
		d.name, d.kind, d.why.Rule = name, briefing.Person, rule
	})
}

// describePerson fills title, role and affiliation from the words before
// the name ("US CENTCOM Chief") and an apposition after it (", the
// commander of United States Central Command").
func (a *analysis) describePerson(d *actorDraft, titleStart, nameFirst, nameLast int) {
	// modifiers before the title: states and organisations ("US CENTCOM")
	orgWord := ""
	for j := titleStart - 1; j >= 0 && j >= titleStart-4; j-- {
		if !a.words[j+1].soft || strings.Contains(a.gapText(j+1), ",") {
			break
		}
		if owner := a.ownerAt(j); owner != "" {
			if d.affiliation == "" {
				d.affiliation = owner
			}
			if o, _ := a.actorWord.get(j); o != nil && o.kind == briefing.Organization && orgWord == "" {
				orgWord = a.spanText(j, j)
			}
			continue
		}
		break
	}
	// the titles before the name, but for the rank itself: "CENTCOM
	// Chief", "IDF Chief of Staff"
	var roleWords []string
	for w := titleStart; w < nameFirst; w++ {
		if k, ok := a.rankStart.get(w); ok {
			if r := a.ranks[k]; r.last < nameFirst && r.rank.Name != d.title {
				roleWords = append(roleWords, a.spanText(r.first, r.last))
			}
		}
	}
	if d.role == "" && len(roleWords) > 0 {
		d.role = strings.TrimSpace(orgWord + " " + strings.Join(roleWords, " "))
	}
	if nameLast+1 < len(a.words) && strings.HasPrefix(a.gapText(nameLast+1), ",") {
		if role, owner := a.apposition(nameLast + 1); role != "" {
			if d.role == "" {
				d.role = role
			}
			if d.affiliation == "" {
				d.affiliation = owner
			}
		}
	}
}
