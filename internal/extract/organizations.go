package extract

import (
	"slices"
	"strings"

	"github.com/briefing-tools/briefing/internal/briefing"
)

// orgStage finds organisations the gazetteer does not know, by the shape
// of their names or after their owner, the acronyms a text defines, and
// then folds the drafts that name one body twice. It reads the window
// (words, the gazetteer's matches, organisations and states, the
// lexicon's institution words) and the mentions found before it (states,
// places, ranks, people, the words taken); it adds organisation drafts,
// and may take a state's word into a name (releaseState).
type orgStage struct{ mentionCtx }

// find finds organisations the gazetteer does not know, by the shape of
// their names, and acronyms defined in brackets after a name.
func (og *orgStage) find() {
	// organisations known by a national name ("Finnish Border Guard")
	// are also written without it ("the Border Guard")
	shortForms := map[string]string{}
	for _, d := range og.actors {
		if d.kind != briefing.Organization {
			continue
		}
		if first, rest, ok := strings.Cut(d.name, " "); ok && strings.Contains(rest, " ") && og.isStateWord(first) {
			shortForms[og.normName(rest)] = d.key
		}
		// "Venezuela’s Armed Forces", written so, is later "the Armed Forces"
		for _, sf := range d.surfaces.list {
			head, rest, ok := strings.Cut(sf.form, " ")
			if !ok || !strings.Contains(rest, " ") {
				continue
			}
			owner, poss := strings.CutSuffix(head, "'s")
			if !poss {
				owner, poss = strings.CutSuffix(head, "’s")
			}
			if !poss {
				continue // most forms: no owner to look up
			}
			if _, isState := og.g.stateNamed(owner); isState {
				shortForms[og.normName(rest)] = d.key
			}
		}
	}
	next := 0 // the first word a name may still start at
	for _, c := range og.capitals {
		i := int(c)
		if i < next {
			continue
		}
		next = i + 1
		// "Kinmen Defense Command", "Kashmir Tigers": a place names the body
		placeFirst := false
		if k, ok := og.placeStart.get(i); ok && og.places[k].last == i && i+1 < len(og.words) && og.words[i+1].cap &&
			!og.taken[i+1] && og.gapText(i+1) == " " && !og.words[i].possessive {
			if last := og.orgNameRun(i + 1); og.is(last, lexInstitutionHead) || og.lexicon.GroupHeads[og.lowerWord(last)] {
				placeFirst = true
			}
		}
		if k, ok := og.placeStart.get(i); ok && og.places[k].last == i && i > 0 && og.lexicon.CompanyNouns[og.lowerWord(i-1)] {
			placeFirst = true // "the monitoring group Sahel Watch"
		}
		if og.taken[i] && !og.isDemonym(i) && !placeFirst {
			continue
		}
		if !og.words[i].cap || og.is(i, lexNotName) && !og.isDemonym(i) {
			continue
		}
		// "Fighters of the Lanna Liberation Front took …": a plural noun the
		// sentence's start capitalised, then the name
		if start := i == 0 || og.sentenceAt[i-1] != og.sentenceAt[i]; start && og.at[i] < 0 && !og.words[i].upper &&
			strings.HasSuffix(og.lowerWord(i), "s") && i+2 < len(og.words) && (og.lowerWord(i+1) == "of" || og.lowerWord(i+1) == "from") {
			next = i + 2
			continue
		}
		// "Katiba Macina", "Ansar al-Wadi": a group's name by its first word
		if og.inSet(i, setGroupStarter) {
			if last := og.orgNameRun(i); last > i && og.free(i, last) {
				name := oneLine(og.spanText(i, last))
				og.addActor("group:"+og.normName(name), i, last, name, func(d *actorDraft) {
					d.name, d.kind, d.why.Rule = name, briefing.Group, "group-name-start"
				})
				next = last + 1
				continue
			}
		}
		// "ship-tracking firm Seatrace": a company by the noun before it
		if last, ok := og.companyName(i); ok {
			name := oneLine(og.spanText(i, last))
			og.addActor("org:"+og.normName(name), i, last, name, func(d *actorDraft) {
				d.name, d.kind, d.why.Rule = name, briefing.Organization, "company-name"
			})
			next = last + 1
			continue
		}
		last := og.orgNameRun(i)
		if last <= i || og.titleCaseHeading(i) {
			continue // in a title-case heading a run of capitals is no name
		}
		// "Taiwan's Ministry of Defense": the name starts after the owner;
		// "Norwegian Fishermen's Association" keeps its own
		for k := i; k < last && !og.isDemonym(i); k++ {
			if og.words[k].possessive {
				i = k + 1
				next = i + 1
			}
		}
		if og.allUpper(i, last) || og.isRankRun(i, last) || last <= i {
			continue
		}
		// "Chief of the Naval Staff" is an office, and holds no "Naval
		// Staff"; "Department of Defence Head of Communication" ends
		// before the office
		if j := og.officeAt(i, last); j == i {
			next = last + 1
			continue
		} else if j > i {
			last = j - 1
		}
		// ("Border Guard Bangladesh (BGB)": the institution before its state)
		if !og.institutional(i, last) && !(og.acronymCloses(i, last) && last > i+1 && og.institutional(i, last-1)) {
			continue
		}
		// "the Ministry" alone is no name
		if last-i < 1 || (og.isDemonym(i) && last == i+1 && !og.is(last, lexInstitutionHead)) {
			continue
		}
		// "the Federal Government of Somalia": the state itself, named by
		// its government
		if og.lowerWord(last) == "government" && og.lowerWord(last+1) == "of" {
			if _, ok := og.stateStart.get(last + 2); ok {
				next = last + 1
				continue
			}
		}
		affiliation := ""
		if og.isDemonym(i) {
			affiliation = og.releaseState(i)
		} else if i > 0 && og.words[i-1].possessive {
			affiliation = og.ownerAt(i - 1)
		}
		// "Moscow's Defense Ministry" is the Russian Ministry of Defence the
		// gazetteer knows
		if affiliation != "" {
			if k, ok := og.countryOrg(affiliation, og.spanText(i, last)); ok {
				d := og.addActor(og.ix.orgKeys[k], i, last, oneLine(og.spanText(i, last)), func(d *actorDraft) {
					o := &og.g.Organizations[k]
					d.name, d.kind, d.affiliation, d.why.Rule = o.Name, o.actorKind(), o.Country, "country-institution"
				})
				if !og.isDemonym(i) {
					og.addOwnerForms(d, affiliation, og.spanText(i, last))
				}
				next = last + 1
				continue
			}
		}
		// "the al-Fath Brigade": the article's particle belongs to the name
		if i > 0 && og.gapText(i) == "-" && og.inSet(i-1, setNameArticle) && !og.taken[i-1] {
			i--
		}
		for j := i + 1; j < last; j++ {
			if og.stateInsideName(j) {
				og.releaseState(j)
			}
		}
		// "Border Guard Bangladesh (BGB)": the state closing the name is
		// its owner
		if _, ok := og.stateWord.get(last); ok && og.acronymCloses(i, last) {
			if owner := og.releaseState(last); affiliation == "" {
				affiliation = owner
			}
		}
		name := oneLine(og.spanText(i, last))
		key := "org:" + og.normName(name)
		// "Main Directorate of Intelligence (HUR)": the gazetteer knows it
		// by its acronym
		// (not "the Indonesian Ministry of Defense (MoD)": another state's
		// body, which the acronym then names, see findAcronyms)
		if d := og.actorAt(last + 1); d != nil && d.kind == briefing.Organization && strings.HasSuffix(og.gapText(last+1), "(") &&
			(affiliation == "" || d.affiliation == "" || d.affiliation == affiliation) {
			key = d.key
		}
		// "Armenia's Defence Ministry" and "Azerbaijan's Defence
		// Ministry" are two ministries: a name a state owns in the text
		// is its owner's, and the bare name its short form while only one
		// owner has one
		bare, display := name, name
		if _, ok := og.stateWord.get(i - 1); ok && affiliation != "" && og.words[i-1].possessive && key == "org:"+og.normName(name) {
			display = affiliation + "'s " + name
			key = "org:" + og.normName(display)
			if have, seen := shortForms[og.normName(bare)]; seen && have != key {
				shortForms[og.normName(bare)] = ambiguousForm
			} else {
				shortForms[og.normName(bare)] = key
			}
		} else if d, ok := shortForms[og.normName(name)]; ok && d != ambiguousForm {
			key = d
		}
		kind := og.orgKind(i, last, affiliation)
		d := og.addActor(key, i, last, name, func(d *actorDraft) {
			d.name, d.kind, d.affiliation = display, kind, affiliation
			d.why.Rule = "institution-name"
			if kind == briefing.Group {
				d.why.Rule = "group-name"
			}
		})
		if display != bare {
			og.addOwnerForms(d, affiliation, bare)
		} else if og.isDemonym(i) || affiliation != "" {
			// "the Border Guard" later means "the Finnish Border Guard"
			shortForms[og.normName(og.spanText(i+1, last))] = d.key
		}
		if og.isDemonym(i) {
			// "South Korean Joint Chiefs of Staff" is also written without
			// its owner
			d.surfaces.add(oneLine(og.spanText(i+1, last)), og.normName)
		}
		next = last + 1
	}
	og.foldShortForms(shortForms)
	og.findAcronyms()
}

// addOwnerForms gives an institution named after its owner ("Russia's
// Defence Ministry") the forms reporting also writes: with the owner's
// demonym ("Russian Defence Ministry") and without an owner ("Defence
// Ministry").
func (c *mentionCtx) addOwnerForms(d *actorDraft, owner, rest string) {
	rest = oneLine(rest)
	if i, ok := c.ix.states[c.normKey(owner)]; ok && len(c.g.States[i].Demonyms) > 0 {
		d.surfaces.add(c.g.States[i].Demonyms[0]+" "+rest, c.normName)
	}
	if strings.Contains(rest, " ") {
		d.surfaces.add(rest, c.normName)
	}
}

// countryOrg finds the organisation of a country the gazetteer knows
// under another wording of name: "Defense Ministry" of Russia is the
// Russian Ministry of Defence; "general staff" of Ukraine its General
// Staff. Words are compared as a set, the country's own words left out.
// A name's words are remembered: the rules ask of the same few names
// (and the lexicon's words for a state's forces) in every document.
func (c *mentionCtx) countryOrg(country, name string) (int, bool) {
	key := c.institutionKeys.get(name, func(s string) string { return institutionKey(s, c.g) })
	if key == "" {
		return 0, false
	}
	k, ok := c.ix.countryOrgs.get(country + "|" + key)
	return k, ok
}

// institutionKey is a name's institutionWords joined by spaces.
func institutionKey(name string, g *Gazetteer) string {
	return strings.Join(institutionWords(name, g), " ")
}

// institutionWords is the sorted set of an institution name's words,
// spelled one way, without articles, "of" and state words.
func institutionWords(name string, g *Gazetteer) []string {
	return institutionWordsOf(name, func(w string) bool {
		_, ok := g.stateNamed(w)
		return ok || g.isDemonymForm(w)
	})
}

// institutionWordsOf is institutionWords with the test of a state word
// given: the index's build asks it of the same words again and again.
func institutionWordsOf(name string, stateWord func(string) bool) []string {
	var out []string
	for _, w := range strings.Fields(normalizeKey(strings.ReplaceAll(name, "'s", ""))) {
		switch w {
		case "the", "of", "and":
			continue
		case "defense":
			w = "defence"
		}
		if stateWord(w) {
			continue
		}
		out = append(out, w)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// isOwnerWord reports a word that names an owner before an institution:
// a state's name or demonym ("Taiwan", "Japanese") or an acronym ("IDF").
func (g *Gazetteer) isOwnerWord(w string) bool {
	if len(w) >= 2 && len(w) <= 5 && noLower(w) && isASCII(w) {
		return true
	}
	_, ok := g.stateNamed(w)
	return ok || g.isDemonymForm(strings.ToLower(w))
}

// isDemonymForm reports a state's demonym ("russian").
func (g *Gazetteer) isDemonymForm(w string) bool {
	for _, r := range g.index.lookup(w) {
		if r.kind == kindState && r.form == formDemonym {
			return true
		}
	}
	return false
}
