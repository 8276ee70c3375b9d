package extract

import (
	"strings"

	"github.com/briefing-tools/briefing/internal/briefing"
)

// peopleStage finds people. It reads the window (words, the gazetteer's
// matches and nouns, the lexicon's name and role words) and the
// mentions found before it (ranks and titles, states, organisations, the
// words taken); it adds person drafts and their later short mentions.
// A rank before a ship's name ("the Admiral Levchenko") it leaves to
// ships.
type peopleStage struct {
	mentionCtx
	ships *shipStage
}

// find finds people: a rank or title followed by a name ("Adm.
// Brad Cooper", "President Donald Trump"), a name beside a verb of speech
// ("Mark Rutte said"), then every later mention of the surname.
func (ps *peopleStage) find() {
	for _, r := range ps.ranks {
		if !ps.free(r.first, r.last) || ps.ships.shipNamedForOfficer(r) {
			continue
		}
		// further titles and ranks may follow: "Chief of Staff Lt.-Gen."
		first := r.last + 1
		title := r
		for {
			k, ok := ps.rankStart.get(first)
			if !ok {
				break
			}
			title = ps.ranks[k]
			first = title.last + 1
		}
		// "President Vladimir Putin": the gazetteer named the person; the
		// text gives the title
		if d := ps.actorAt(first); d != nil && d.kind == briefing.Person && first < len(ps.words) && ps.words[first].soft {
			if d.title == "" {
				d.title = title.rank.Name
			}
			ps.describePerson(d, r.first, first, d.mentions[len(d.mentions)-1].last)
			continue
		}
		// "… asking the minister. Eirik Mo Tangen …": a title ends its sentence
		initials := ps.initialsAt(first) // "Air Marshal AK Bharti"
		if first >= len(ps.words) || !ps.startsName(first) && !initials || !ps.words[first].soft || ps.sentenceAt[first] != ps.sentenceAt[r.first] {
			continue
		}
		var last int
		if initials {
			if last = ps.personNameRun(first + 1); last <= first {
				continue
			}
		} else {
			last = ps.personNameRun(first)
		}
		// "Commander Lt-General Sakol …": a title's abbreviation is no name
		if last < first || last == first && ps.lexicon.UndottedTitles[ps.lowerWord(first)] {
			continue
		}
		d := ps.addPerson(first, last, "title-and-name")
		if d.title == "" {
			d.title = title.rank.Name
		}
		ps.describePerson(d, r.first, first, last)
	}
	// a role noun before a full name: "leader Kim Jong Un"; or a word
	// for who someone is: "Samoan man Manu Percival"
	for i := 0; i+2 < len(ps.words); i++ {
		// (a role in capitals is one too: "Dassault CEO Eric Trappier");
		// the next word's case, a bit, passes most words before any look-up
		if next := &ps.words[i+1]; !next.cap || next.upper || ps.words[i].cap && !(ps.words[i].upper && ps.is(i, lexRoleNoun)) || ps.gapText(i+1) != " " {
			continue
		}
		roleNoun := ps.is(i, lexRoleNoun)
		personNoun := !roleNoun && ps.inSet(i, setPersonNoun)
		if !roleNoun && !personNoun || !ps.startsName(i+1) {
			continue
		}
		last := ps.personNameRun(i + 1)
		// ("the rebel Free Aceh Movement": a name that goes on is a body's)
		goesOn := last+1 < len(ps.words) && ps.words[last+1].cap && ps.gapText(last+1) == " "
		if last < i+2 || personNoun && (goesOn || !ps.plainPersonName(i+1, last) || !ps.noCommonNameWord(i+1, last)) {
			continue
		}
		// ps.lower is reused; "volunteers X and Y": each a volunteer
		role := strings.Clone(strings.TrimSuffix(ps.lowerWord(i), "s"))
		d := ps.addPerson(i+1, last, "role-and-name")
		if d.role == "" && !personNoun { // "man" is no role
			d.role = role
		}
		ps.describePerson(d, i, i+1, last)
		// "volunteers Anucha Wongsawat and Vichayapol Sathong-aen": a
		// plural role names each of the full names listed after it
		if role != ps.lowerWord(i) {
			ps.peopleListedAfter(last, role)
		}
	}
	// "led by Amadou Koufa", "its spokesman, Ibrahim ag Hamma,": a name
	// after the words that introduce a person
	for _, c := range ps.capitals {
		i := int(c)
		if i < 2 || ps.taken[i] {
			continue
		}
		// the word or comma before, read first: few capitals follow one
		if prev := ps.lowerWord(i - 1); prev != "by" && prev != "named" && prev != "called" && prev != "to" &&
			!ps.gapHas(i, gapComma) || !ps.startsName(i) {
			continue
		}
		introduced := ps.lowerWord(i-1) == "by" && ps.lexicon.LeaderVerbs[ps.lowerWord(i-2)] ||
			ps.gapHas(i, gapComma) && ps.is(i-1, lexRoleNoun) && !ps.words[i-1].cap ||
			// "Guyana's Foreign Secretary, Anand Persaud,": a title, then the name
			ps.gapHas(i, gapComma) && ps.rankEndsAt(i-1) ||
			(ps.lowerWord(i-1) == "named" || ps.lowerWord(i-1) == "called") && ps.roleNounWithin(i-2, 8)
		// "According to Lars Eikeland, …": a source named in full
		accordingTo := ps.lowerWord(i-1) == "to" && ps.lowerWord(i-2) == "according"
		if !introduced && !accordingTo {
			continue
		}
		last := ps.personNameRun(i)
		if last <= i || accordingTo && !ps.plainPersonName(i, last) || ps.titledSurname(i, last) {
			continue
		}
		// "the Director, Naval Information, Commodore Chris Ezekobe": a
		// department between commas, then the rank and the name
		if last+1 < len(ps.words) && ps.gapHas(last+1, gapComma) && ps.rankAt(last+1) {
			continue
		}
		d := ps.addPerson(i, last, "introduced-name")
		if r, ok := ps.rankEnding(i - 1); ok && d.title == "" {
			d.title = r.rank.Name // "Guyana's Foreign Secretary, Anand Persaud,"
		}
		ps.describePerson(d, i, i, last)
	}
	// names beside a verb of speech
	for _, c := range ps.capitals {
		i := int(c)
		if ps.taken[i] || !ps.startsName(i) {
			continue
		}
		last := ps.personNameRun(i)
		// "NASA Administrator Bill Nelson said": the role is no part of
		// the name
		for i+1 < last && ps.is(i, lexRoleNoun) {
			i++
		}
		if last <= i || ps.titledSurname(i, last) || ps.knownSurname(i, last) {
			continue // "Dr Nolan said", "Berg Lind said": the surname is linked below
		}
		comma := last+1 < len(ps.words) && strings.HasPrefix(ps.gapText(last+1), ",")
		if i > 0 && ps.lowerWord(i-1) == "the" && !ps.words[i-1].cap {
			continue // "the Euphrates River, the spokesman said": a thing named
		}
		// a full name set off by commas beside a role: "The leader of the
		// Turkish Cypriots, Ersin Tatar,"; "Hikmet Hajiyev, foreign policy
		// adviser to …"
		closed := last+1 >= len(ps.words) || comma || ps.gapHas(last+1, gapPeriod)
		// (not "the Director, Naval Information, Commodore Ade Okon": a
		// department between a title and a rank)
		beside := ps.plainPersonName(i, last) && ps.noCommonNameWord(i, last) && (ps.roleBefore(i) && closed || comma && ps.roleAfter(last+1)) &&
			!(comma && last+1 < len(ps.words) && ps.rankAt(last+1))
		if (ps.speechAfter(last) && !comma) || (ps.is(i-1, lexSpeech) && ps.words[i].soft) || (comma && ps.appositionAt(last+1)) || beside ||
			ps.memberOf(last) || comma && ps.speechAfterApposition(i, last) || comma && ps.ageAt(last+1) ||
			comma && ps.nicknameAt(last+1) && ps.plainPersonName(i, last) ||
			// "Mahmoud al-Werfalli, who is wanted by …": bodies take "which"
			comma && ps.lowerWord(last+1) == "who" && ps.plainPersonName(i, last) && ps.noCommonNameWord(i, last) {
			d := ps.addPerson(i, last, "name-and-speech")
			ps.describePerson(d, i, i, last)
			if comma && ps.nicknameAt(last+1) {
				ps.addNickname(d, last+1)
			}
		}
	}
	ps.findGivenNames()
	ps.findSpeakerLabels()
	ps.findSurnames()
}

// findGivenNames reads a full name opened by a common given name as a
// person's, with no title, role or verb of speech beside it: "whether
// Mohammed Deif was among the dead". A run that goes on into a body's
// name ("Omar Mukhtar Brigade") or holds a word of one is no person.
func (ps *peopleStage) findGivenNames() {
	for _, c := range ps.capitals {
		i := int(c)
		if ps.taken[i] || !ps.inSet(i, setGivenName) || !ps.startsName(i) {
			continue
		}
		last := ps.personNameRun(i)
		if last <= i || !ps.plainPersonName(i, last) || !ps.noCommonNameWord(i, last) || ps.titledSurname(i, last) {
			continue
		}
		// "Nasser Hospital", "the David Granger administration", "the
		// Carlos Patiño structure": a place's or a body's name
		thing := func(j int) bool {
			w := ps.lowerWord(j)
			return ps.lexicon.NamePlaceHeads[w] || ps.is(j, lexInstitutionHead) || ps.lexicon.NamedGroupNouns[w] || ps.lexicon.AuthorityNouns[w]
		}
		next := last + 1
		goesOn := next < len(ps.words) && ps.gapText(next) == " " && (ps.words[next].cap || ps.words[next].digit || thing(next))
		for j := i + 1; j <= last && !goesOn; j++ {
			goesOn = thing(j)
		}
		if goesOn {
			continue
		}
		d := ps.addPerson(i, last, "given-name")
		ps.describePerson(d, i, i, last)
	}
}

// findSpeakerLabels reads a transcript's or a parliamentary answer's
// speaker labels: a full name at the start of a line, then a colon,
// perhaps after a bracketed note ("Des Browne [holding answer 4 March]:
// …"). A document is a transcript when two lines or more open so.
func (ps *peopleStage) findSpeakerLabels() {
	type label struct {
		first, last int
		noted       bool // "[holding answer …]" between the name and its colon
	}
	var labels []label
	for i := range ps.words {
		// a soft gap holds no line break: most words are passed at once
		if i > 0 && (ps.words[i].soft || !ps.gapHas(i, gapNewline)) {
			continue
		}
		first := i
		if r, ok := ps.rankStart.get(i); ok {
			first = ps.ranks[r].last + 1 // "Mr. Kevan Jones:"
		}
		if first >= len(ps.words) || !ps.words[first].cap || ps.words[first].upper {
			continue
		}
		last := first
		for last+1 < len(ps.words) && last-first < 3 && ps.gapText(last+1) == " " && ps.words[last+1].cap && !ps.words[last+1].upper {
			last++
		}
		if last == first {
			continue
		}
		if colon, noted := ps.speakerColonAfter(last); colon {
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
		seen[oneLine(ps.spanText(l.first, l.last))]++
	}
	for _, l := range labels {
		if (l.noted || seen[oneLine(ps.spanText(l.first, l.last))] > 1) && ps.free(l.first, l.last) &&
			ps.plainPersonName(l.first, l.last) && ps.noCommonNameWord(l.first, l.last) {
			ps.addPerson(l.first, l.last, "speaker-label")
		}
	}
}

// speakerColonAfter reports a colon right after word last, or after a
// bracketed note that follows it (noted).
func (ps *peopleStage) speakerColonAfter(last int) (colon, noted bool) {
	rest := ps.text[ps.words[last].end:]
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
func (ps *peopleStage) peopleListedAfter(last int, role string) {
	for n := 0; n < 6; n++ {
		next := last + 1
		if next >= len(ps.words) {
			return
		}
		switch {
		case ps.lowerWord(next) == "and" && !strings.Contains(ps.gapText(next), ","):
			next++
		case ps.gapText(next) == ", " && ps.lowerWord(next) != "and" && ps.lowerWord(next) != "while":
		default:
			return
		}
		if !ps.startsName(next) {
			return
		}
		end := ps.personNameRun(next)
		if end <= next || !ps.plainPersonName(next, end) {
			return
		}
		if d := ps.addPerson(next, end, "role-and-name"); d.role == "" {
			d.role = role
		}
		last = end
	}
}

// addPerson records a person mention; the key is the full name.
func (ps *peopleStage) addPerson(first, last int, rule string) *actorDraft {
	name := ps.personName(first, last)
	key := "person:" + ps.normName(name)
	// "Rear Admiral Mayhew" after "Rear Admiral Catherine Mayhew": the
	// person named in full
	if first == last {
		for _, d := range ps.actors {
			if d.kind == briefing.Person && d.key != key && strings.HasSuffix(d.name, " "+name) {
				key = d.key
				break
			}
		}
	}
	return ps.addActor(key, first, last, name, func(d *actorDraft) {
		d.name, d.kind, d.why.Rule = name, briefing.Person, rule
	})
}

// describePerson fills title, role and affiliation from the words before
// the name ("US CENTCOM Chief") and an apposition after it (", the
// commander of United States Central Command").
func (ps *peopleStage) describePerson(d *actorDraft, titleStart, nameFirst, nameLast int) {
	// modifiers before the title: states and organisations ("US CENTCOM")
	orgWord := ""
	for j := titleStart - 1; j >= 0 && j >= titleStart-4; j-- {
		if !ps.words[j+1].soft || strings.Contains(ps.gapText(j+1), ",") {
			break
		}
		if owner := ps.ownerAt(j); owner != "" {
			if d.affiliation == "" {
				d.affiliation = owner
			}
			if o, _ := ps.actorWord.get(j); o != nil && o.kind == briefing.Organization && orgWord == "" {
				orgWord = ps.spanText(j, j)
			}
			continue
		}
		break
	}
	// the titles before the name, but for the rank itself: "CENTCOM
	// Chief", "IDF Chief of Staff"
	var roleWords []string
	for w := titleStart; w < nameFirst; w++ {
		if k, ok := ps.rankStart.get(w); ok {
			if r := ps.ranks[k]; r.last < nameFirst && r.rank.Name != d.title {
				roleWords = append(roleWords, ps.spanText(r.first, r.last))
			}
		}
	}
	if d.role == "" && len(roleWords) > 0 {
		d.role = strings.TrimSpace(orgWord + " " + strings.Join(roleWords, " "))
	}
	if nameLast+1 < len(ps.words) && strings.HasPrefix(ps.gapText(nameLast+1), ",") {
		if role, owner := ps.apposition(nameLast + 1); role != "" {
			if d.role == "" {
				d.role = role
			}
			if d.affiliation == "" {
				d.affiliation = owner
			}
		}
	}
}
