package extract

import (
	"slices"
	"strings"

	"github.com/briefing-tools/briefing/internal/briefing"
)

// findOrganizations finds organisations the gazetteer does not know, by
// the shape of their names, and acronyms defined in brackets after a name.
func (a *analysis) findOrganizations() {
	// organisations known by a national name ("Finnish Border Guard")
	// are also written without it ("the Border Guard")
	shortForms := map[string]string{}
	for _, d := range a.actors {
		if d.kind != briefing.Organization {
			continue
		}
		if first, rest, ok := strings.Cut(d.name, " "); ok && strings.Contains(rest, " ") && a.isStateWord(first) {
			shortForms[a.normName(rest)] = d.key
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
			if _, isState := a.g.stateNamed(owner); isState {
				shortForms[a.normName(rest)] = d.key
			}
		}
	}
	next := 0 // the first word a name may still start at
	for _, c := range a.capitals {
		i := int(c)
		if i < next {
			continue
		}
		next = i + 1
		// "Kinmen Defense Command", "Kashmir Tigers": a place names the body
		placeFirst := false
		if k, ok := a.placeStart.get(i); ok && a.places[k].last == i && i+1 < len(a.words) && a.words[i+1].cap &&
			!a.taken[i+1] && a.gapText(i+1) == " " && !a.words[i].possessive {
			if last := a.orgNameRun(i + 1); a.is(last, lexInstitutionHead) || a.lexicon.GroupHeads[a.lowerWord(last)] {
				placeFirst = true
			}
		}
		if k, ok := a.placeStart.get(i); ok && a.places[k].last == i && i > 0 && a.lexicon.CompanyNouns[a.lowerWord(i-1)] {
			placeFirst = true // "the monitoring group Sahel Watch"
		}
		if a.taken[i] && !a.isDemonym(i) && !placeFirst {
			continue
		}
		if !a.words[i].cap || a.is(i, lexNotName) && !a.isDemonym(i) {
			continue
		}
		// "Fighters of the Lanna Liberation Front took …": a plural noun the
		// sentence's start capitalised, then the name
		if start := i == 0 || a.sentenceAt[i-1] != a.sentenceAt[i]; start && a.at[i] < 0 && !a.words[i].upper &&
			strings.HasSuffix(a.lowerWord(i), "s") && i+2 < len(a.words) && (a.lowerWord(i+1) == "of" || a.lowerWord(i+1) == "from") {
			next = i + 2
			continue
		}
		// "Katiba Macina", "Ansar al-Wadi": a group's name by its first word
		if a.lexicon.GroupStarters[a.lowerWord(i)] {
			if last := a.orgNameRun(i); last > i && a.free(i, last) {
				name := oneLine(a.spanText(i, last))
				a.addActor("group:"+a.normName(name), i, last, name, func(d *actorDraft) {
					d.name, d.kind, d.why.Rule = name, briefing.Group, "group-name-start"
				})
				next = last + 1
				continue
			}
		}
		// "ship-tracking firm Seatrace": a company by the noun before it
		if last, ok := a.companyName(i); ok {
			name := oneLine(a.spanText(i, last))
			a.addActor("org:"+a.normName(name), i, last, name, func(d *actorDraft) {
				d.name, d.kind, d.why.Rule = name, briefing.Organization, "company-name"
			})
			next = last + 1
			continue
		}
		last := a.orgNameRun(i)
		if last <= i || a.titleCaseHeading(i) {
			continue // in a title-case heading a run of capitals is no name
		}
		// "Taiwan's Ministry of Defense": the name starts after the owner;
		// "Norwegian Fishermen's Association" keeps its own
		for k := i; k < last && !a.isDemonym(i); k++ {
			if a.words[k].possessive {
				i = k + 1
				next = i + 1
			}
		}
		if a.allUpper(i, last) || a.isRankRun(i, last) || last <= i {
			continue
		}
		// "Chief of the Naval Staff" is an office, and holds no "Naval
		// Staff"; "Department of Defence Head of Communication" ends
		// before the office
		if j := a.officeAt(i, last); j == i {
			next = last + 1
			continue
		} else if j > i {
			last = j - 1
		}
		// ("Border Guard Bangladesh (BGB)": the institution before its state)
		if !a.institutional(i, last) && !(a.acronymCloses(i, last) && last > i+1 && a.institutional(i, last-1)) {
			continue
		}
		// "the Ministry" alone is no name
		if last-i < 1 || (a.isDemonym(i) && last == i+1 && !a.is(last, lexInstitutionHead)) {
			continue
		}
		// "the Federal Government of Somalia": the state itself, named by
		// its government
		if a.lowerWord(last) == "government" && a.lowerWord(last+1) == "of" {
			if _, ok := a.stateStart.get(last + 2); ok {
				next = last + 1
				continue
			}
		}
		affiliation := ""
		if a.isDemonym(i) {
			affiliation = a.releaseState(i)
		} else if i > 0 && a.words[i-1].possessive {
			affiliation = a.ownerAt(i - 1)
		}
		// "Moscow's Defense Ministry" is the Russian Ministry of Defence the
		// gazetteer knows
		if affiliation != "" {
			if k, ok := a.countryOrg(affiliation, a.spanText(i, last)); ok {
				d := a.addActor(a.ix.orgKeys[k], i, last, oneLine(a.spanText(i, last)), func(d *actorDraft) {
					o := &a.g.Organizations[k]
					d.name, d.kind, d.affiliation, d.why.Rule = o.Name, o.actorKind(), o.Country, "country-institution"
				})
				if !a.isDemonym(i) {
					a.addOwnerForms(d, affiliation, a.spanText(i, last))
				}
				next = last + 1
				continue
			}
		}
		// "the al-Fath Brigade": the article's particle belongs to the name
		if i > 0 && a.gapText(i) == "-" && a.lexicon.NameArticles[a.lowerWord(i-1)] && !a.taken[i-1] {
			i--
		}
		for j := i + 1; j < last; j++ {
			if a.stateInsideName(j) {
				a.releaseState(j)
			}
		}
		// "Border Guard Bangladesh (BGB)": the state closing the name is
		// its owner
		if _, ok := a.stateWord.get(last); ok && a.acronymCloses(i, last) {
			if owner := a.releaseState(last); affiliation == "" {
				affiliation = owner
			}
		}
		name := oneLine(a.spanText(i, last))
		key := "org:" + a.normName(name)
		// "Main Directorate of Intelligence (HUR)": the gazetteer knows it
		// by its acronym
		// (not "the Indonesian Ministry of Defense (MoD)": another state's
		// body, which the acronym then names, see findAcronyms)
		if d := a.actorAt(last + 1); d != nil && d.kind == briefing.Organization && strings.HasSuffix(a.gapText(last+1), "(") &&
			(affiliation == "" || d.affiliation == "" || d.affiliation == affiliation) {
			key = d.key
		}
		// "Armenia's Defence Ministry" and "Azerbaijan's Defence
		// Ministry" are two ministries: a name a state owns in the text
		// is its owner's, and the bare name its short form while only one
		// owner has one
		bare, display := name, name
		if _, ok := a.stateWord.get(i - 1); ok && affiliation != "" && a.words[i-1].possessive && key == "org:"+a.normName(name) {
			display = affiliation + "'s " + name
			key = "org:" + a.normName(display)
			if have, seen := shortForms[a.normName(bare)]; seen && have != key {
				shortForms[a.normName(bare)] = ambiguousForm
			} else {
				shortForms[a.normName(bare)] = key
			}
		} else if d, ok := shortForms[a.normName(name)]; ok && d != ambiguousForm {
			key = d
		}
		kind := a.orgKind(i, last, affiliation)
		d := a.addActor(key, i, last, name, func(d *actorDraft) {
			d.name, d.kind, d.affiliation = display, kind, affiliation
			d.why.Rule = "institution-name"
			if kind == briefing.Group {
				d.why.Rule = "group-name"
			}
		})
		if display != bare {
			a.addOwnerForms(d, affiliation, bare)
		} else if a.isDemonym(i) || affiliation != "" {
			// "the Border Guard" later means "the Finnish Border Guard"
			shortForms[a.normName(a.spanText(i+1, last))] = d.key
		}
		if a.isDemonym(i) {
			// "South Korean Joint Chiefs of Staff" is also written without
			// its owner
			d.surfaces.add(oneLine(a.spanText(i+1, last)), a.normName)
		}
		next = last + 1
	}
	a.foldShortForms(shortForms)
	a.findAcronyms()
}

// addOwnerForms gives an institution named after its owner ("Russia's
// Defence Ministry") the forms reporting also writes: with the owner's
// demonym ("Russian Defence Ministry") and without an owner ("Defence
// Ministry").
func (a *analysis) addOwnerForms(d *actorDraft, owner, rest string) {
	rest = oneLine(rest)
	if i, ok := a.ix.states[a.normKey(owner)]; ok && len(a.g.States[i].Demonyms) > 0 {
		d.surfaces.add(a.g.States[i].Demonyms[0]+" "+rest, a.normName)
	}
	if strings.Contains(rest, " ") {
		d.surfaces.add(rest, a.normName)
	}
}

// countryOrg finds the organisation of a country the gazetteer knows
// under another wording of name: "Defense Ministry" of Russia is the
// Russian Ministry of Defence; "general staff" of Ukraine its General
// Staff. Words are compared as a set, the country's own words left out.
// A name's words are remembered: the rules ask of the same few names
// (and the lexicon's words for a state's forces) in every document.
func (a *analysis) countryOrg(country, name string) (int, bool) {
	key := a.institutionKeys.get(name, func(s string) string { return institutionKey(s, a.g) })
	if key == "" {
		return 0, false
	}
	k, ok := a.ix.countryOrgs.get(country + "|" + key)
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
