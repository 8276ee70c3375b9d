package extract

import (
	"regexp"
	"slices"
	"strings"
	"sync"

	"github.com/briefing-tools/briefing/internal/briefing"
)

// applyGazetteer turns each free gazetteer match into a mention.
func (a *analysis) applyGazetteer() {
	var assetAcronyms map[string]*assetDraft // see assetAcronym
	for _, m := range a.matches {
		if !a.free(m.first, m.last) {
			continue
		}
		r := bestRef(m.refs)
		r.surface = a.surfaceFor(m.first, m.last, r.surface)
		switch r.kind {
		case kindPlatform:
			p := &a.g.Platforms[r.index]
			// "Interior Minister Emad Trabelsi": a title, then a first name
			if m.first > 0 && a.firstNameLike(m) && (a.is(m.first-1, lexRoleNoun) || a.rankEndsAt(m.first-1)) {
				continue
			}
			if a.inMerchantName(m) {
				continue // "MT Vectis Osprey", a tanker, not the V-22
			}
			if p.Kind == "ship" && m.first == m.last && !a.words[m.first].upper && !a.shipContext(m.first) {
				continue // "Fujian" the province, not the carrier
			}
			if p.Kind == "ship" {
				// "the cruiser Moskva": the noun describes the ship
				if n := len(a.genericMentions); n > 0 && a.genericMentions[n-1].last == m.first-1 && a.shipCategory(a.genericMentions[n-1].entry.Category) {
					a.genericMentions = a.genericMentions[:n-1]
				}
			}
			// "Chinook Mk3", "Puma HC2": a mark of the type is part of its name
			last, surface := m.last, r.surface
			if end := a.markAfter(m.last + 1); end > m.last {
				last, surface = end, oneLine(a.spanText(m.first, end))
			}
			a.addAsset(a.ix.platformKeys[r.index], m.first, last, surface, func(d *assetDraft) {
				d.fromPlatform(a.g, p)
				d.why.Rule = "gazetteer"
			})
		case kindGeneric:
			// "anti-tank rockets", "counter-drone systems": the noun says
			// what a weapon is for, and names no asset itself
			if a.modifierOnly(m.first, m.last) {
				continue
			}
			// "THAAD interceptors", "PL-15 long-range air-to-air missiles":
			// the noun says what the named platform is
			if d, k := a.describedAsset(m.first); d != nil {
				a.assetEnd.set(d.mentions[k].last, mentionRef{})
				d.mentions[k].last = m.last
				a.assetEnd.set(m.last, mentionRef{d, k})
				d.surfaces.add(a.spanText(d.mentions[k].first, m.last), a.normName)
				a.take(m.first, m.last)
				continue
			}
			// "pickup trucks with mounted machine guns": the weapon is the
			// vehicle's, one asset
			if a.armsVehicle(m) {
				g := &a.genericMentions[len(a.genericMentions)-1]
				g.last, g.surface = m.last, oneLine(a.spanText(g.first, m.last))
				a.take(m.first, m.last)
				continue
			}
			// resolved once specific assets are known
			a.take(m.first, m.last)
			a.genericMentions = append(a.genericMentions, genericMention{m.first, m.last, &a.g.Generic[r.index], r.surface, r.index})
			for w := m.first; w <= m.last; w++ {
				a.genericWord.set(w, true)
			}
		case kindOrganization:
			// "the Russian Black Sea Fleet (BSF)": the acronym names the
			// fleet, not India's Border Security Force
			if d := a.assetAcronym(m, &assetAcronyms); d != nil {
				a.addAsset(d.key, m.first, m.last, a.wordText(m.first), nil)
				continue
			}
			o := &a.g.Organizations[r.index]
			// "Mine Countermeasures Naval Group Black Sea": a name inside a
			// longer one the gazetteer does not know
			if a.insideLongerName(m) || a.shoutedWord(m) {
				continue
			}
			// "Islamic State in the Greater Sahel": a branch named whole
			if last := a.groupBranch(m.last); o.Branches && last > m.last {
				name := oneLine(a.spanText(m.first, last))
				a.addActor("group:"+a.normName(name), m.first, last, name, func(d *actorDraft) {
					d.name, d.kind, d.why.Rule = name, briefing.Group, "group-branch"
				})
				a.addState(stateMention{m.first, last, name, formName})
				continue
			}
			if a.foreignBody(m, o) || a.redefinedBody(m, o) {
				continue
			}
			// "the 7th Russian Military Base": a unit's name, not the
			// demonym's military
			if m.first > 0 && m.last > m.first && a.isOrdinal(m.first-1) && a.isStateWord(a.wordText(m.first)) {
				continue
			}
			a.addActor(a.ix.orgKeys[r.index], m.first, m.last, r.surface, func(d *actorDraft) {
				d.name, d.kind, d.affiliation, d.why.Rule = o.Name, o.actorKind(), o.Country, "gazetteer"
			})
			if o.Category == "armed group" {
				a.addState(stateMention{m.first, m.last, o.Name, formName})
			}
		case kindState:
			s := &a.g.States[r.index]
			if (r.form == formName || r.form == formCapital) && a.firstNameLike(m) {
				continue // "Wellington Koo", "Israel Katz"
			}
			if a.afterTitledFirstNames(m) {
				continue // "Rear Admiral Roy Vincent Trinidad"
			}
			if k := m.first - 1; k >= 0 && a.words[k].cap && a.gapText(m.first) == " " && a.lexicon.PlaceNameOpeners[a.lowerWord(k)] {
				continue // "Puerto Jordan", a town
			}
			if r.form == formCapital && a.dateline(m) {
				continue // "Cairo: Just two days after …", where the report was filed
			}
			// "Mocímboa da Praia": the last word of a longer place name
			if k := m.first - 1; k >= 1 && !a.words[k].cap && a.lexicon.NameParticles[a.lowerWord(k)] && a.lowerWord(k) != "of" &&
				a.lowerWord(k) != "the" && a.words[k-1].cap && a.words[k].soft {
				continue
			}
			// "a Kosovar Albanian officer", "Bosnian Serb forces", "ethnic
			// Albanians": a people, not the state of that name
			if r.form == formDemonym && a.ethnicAt(m.first) {
				continue
			}
			// "Togolese airline Asky": the flag a business flies
			if r.form == formDemonym && m.last+1 < len(a.words) && a.lexicon.CommercialNouns[a.lowerWord(m.last+1)] {
				continue
			}
			a.addState(stateMention{m.first, m.last, s.Name, r.form})
			a.addActor(a.ix.stateKeys[r.index], m.first, m.last, r.surface, func(d *actorDraft) {
				d.name, d.kind = s.Name, briefing.State
				d.why.Rule = "gazetteer"
			})
		case kindPerson:
			// who the person is comes from the gazetteer; title and role
			// come from the text when it gives them (see findPeople), the
			// gazetteer's title only otherwise
			p := &a.g.People[r.index]
			// "Teodoro Balani": a known surname as another man's first name
			if r.form == formAlias && a.firstNameLike(m) {
				continue
			}
			// "Saddam Haftar": the surname after another first name is
			// another person of the family
			if r.form == formAlias && m.first == m.last && a.unknownNameWord(m.first-1) {
				continue
			}
			a.addActor(a.personKey(r.index), m.first, m.last, r.surface, func(d *actorDraft) {
				d.name, d.kind, d.affiliation, d.knownTitle = p.Name, briefing.Person, p.Affiliation, p.Title
				d.why.Rule = "gazetteer"
			})
		case kindPlace:
			a.places = append(a.places, placeMention{m.first, m.last, a.g.Places[r.index].Name, a.g.Places[r.index].Kind})
			a.placeStart.set(m.first, len(a.places)-1)
			a.take(m.first, m.last)
		case kindRank:
			a.ranks = append(a.ranks, rankMention{m.first, m.last, &a.g.Ranks[r.index]})
			a.rankStart.set(m.first, len(a.ranks)-1)
		}
	}
}

// armsVehicle reports a generic weapon m right after a vehicle's generic
// noun and "with", "mounted with" or "with mounted": "pickup trucks with
// mounted machine guns", "trucks fitted with heavy weapons".
func (a *analysis) armsVehicle(m match) bool {
	n := len(a.genericMentions)
	if n == 0 {
		return false
	}
	v := a.genericMentions[n-1]
	if !strings.Contains(v.entry.Category, "vehicle") && !strings.Contains(v.entry.Category, "truck") {
		return false
	}
	// one or two words between, as the lexicon lists them
	between := ""
	switch m.first - v.last {
	case 2:
		between = a.lowerWord(v.last + 1)
	case 3:
		between = a.lowerWord(v.last+1) + " " + a.lowerWord(v.last+2)
	}
	return between != "" && a.lexicon.MountingPhrases[between] && a.sentenceAt[v.first] == a.sentenceAt[m.first]
}

// markAfter returns the last word of a mark designation starting at
// word i ("Mk3", "Mk 2", "Mark 4", "HC2", "FGR4"), or -1: letters, then
// a number, written as British and other services name a type's marks.
func (a *analysis) markAfter(i int) int {
	if i <= 0 || i >= len(a.words) || a.gapText(i) != " " || a.taken[i] {
		return -1
	}
	text := a.wordText(i)
	letters := strings.TrimRight(text, "0123456789")
	lower := strings.ToLower(letters)
	if (lower == "mk" || lower == "mark") && i+1 < len(a.words) && (a.gapText(i+1) == " " || a.gapText(i+1) == ".") && a.words[i+1].digit && len(a.wordText(i+1)) <= 2 {
		return i + 1 // "Mk 3", "Mark 4", "Mk.3"
	}
	digits := text[len(letters):]
	if letters == "" || digits == "" || len(digits) > 2 || len(letters) > 4 {
		return -1
	}
	if lower == "mk" || letters == strings.ToUpper(letters) && len(letters) >= 2 {
		return i // "Mk3", "HC2", "FGR4"
	}
	return -1
}

// unknownNameWord reports a capitalised word at i, right before the
// next word, that the gazetteer does not know and that may be part of a
// name: a first name the person's entry does not hold.
func (a *analysis) unknownNameWord(i int) bool {
	return i >= 0 && i+1 < len(a.words) && a.words[i].cap && !a.words[i].upper && a.at[i] < 0 && !a.taken[i] &&
		a.gapText(i+1) == " " && !a.words[i].possessive && !a.is(i, lexNotName|lexRoleNoun) && !a.inHeading(i)
}

// afterTitledFirstNames reports a one-word state name that ends a
// person's name: one or two unknown capitalised words between a rank
// and it ("Rear Admiral Roy Vincent Trinidad").
func (a *analysis) afterTitledFirstNames(m match) bool {
	if m.first != m.last {
		return false
	}
	for n := 1; n <= 2; n++ {
		first := m.first - n
		if first < 1 || !a.unknownNameWord(first) {
			return false
		}
		if k, ok := a.endAt.get(first - 1); ok && bestRef(a.matches[k].refs).kind == kindRank && a.gapText(first) == " " {
			return true
		}
	}
	return false
}

// modifierOnly reports a generic noun used to describe something else:
// after "anti-" or "counter-" ("anti-tank rockets"), or before a noun
// for an industry or a cover ("drone industry", "air defence umbrella").
func (a *analysis) modifierOnly(first, last int) bool {
	if first > 0 && a.gapText(first) == "-" && a.lexicon.NounPrefixes[a.lowerWord(first-1)] {
		return true
	}
	// "think tank", "fuel tank": a compound that names no asset
	if first > 0 && a.gapText(first) == " " && a.lexicon.NonAssetModifiers[a.lowerWord(first-1)] {
		return true
	}
	next := last + 1
	if next >= len(a.words) || !a.words[next].soft || a.gapText(next) != " " {
		return false
	}
	if a.lexicon.NonAssetHeads[a.lowerWord(next)] {
		return true
	}
	// "missile ship", "drone boat": the noun after is the asset
	if m := a.matchAt(next); m != nil {
		switch bestRef(m.refs).kind {
		case kindGeneric, kindPlatform:
			return true
		}
	}
	return false
}

// bestRef picks the ref a match stands for when a form names entries of
// several lists: a platform, organisation or person before a state, a
// state before a place, anything before a rank or a generic noun.
func bestRef(refs []ref) ref {
	best := refs[0]
	for _, r := range refs[1:] {
		if refPriority(r) < refPriority(best) {
			best = r
		}
	}
	return best
}

func refPriority(r ref) int {
	switch r.kind {
	case kindPlatform:
		return 0
	case kindOrganization:
		return 1
	case kindPerson:
		return 2
	case kindState:
		return 3
	case kindPlace:
		return 4
	case kindRank:
		return 5
	}
	return 6
}

// platformKey is the draft key of a platform (index.platformKeys holds
// them precomputed by index).
func platformKey(p *Platform) string { return "platform:" + p.Name }

// normalizeName folds a name for keys: case, punctuation and spacing.
func normalizeName(s string) string { return strings.TrimPrefix(normalizeKey(s), "the ") }

// firstNameLike reports a capital or state name used as a first name: a
// single word followed by a capitalised word the gazetteer does not know.
func (a *analysis) firstNameLike(m match) bool {
	next := m.last + 1
	if m.first != m.last || next >= len(a.words) || a.gapText(next) != " " || !a.words[next].cap || a.words[next].upper {
		return false
	}
	if a.at[next] >= 0 || a.is(next, lexNotName|lexInstitutionHead) {
		return false
	}
	if a.words[m.first].possessive || a.inHeading(m.first) {
		return false
	}
	// "Defence Minister Israel Katz": a title before makes it certain;
	// otherwise a lone state name before a capitalised word is a name
	// only when no verb-like word follows
	return true
}

// dateline reports a mention that opens a paragraph as the place a
// report was filed from ("Cairo: Just two days after …", "TOKYO
// (Reuters) - …", "KYIV, Ukraine (AP) — …"): where the reporter stood,
// not a government that acts.
func (a *analysis) dateline(m match) bool {
	start, end := int(a.words[m.first].start), int(a.words[m.last].end)
	b, ok := a.doc.BlockAt(start)
	if !ok || b.Kind == briefing.Heading {
		return false
	}
	tail := a.text[end:min(len(a.text), end+60)]
	// "(LONDON) -- Russia launched …": a dateline in brackets
	if pre := strings.TrimSpace(a.text[b.Start:start]); pre == "(" && strings.HasPrefix(tail, ")") {
		tail = tail[1:]
	} else if pre != "" {
		return false
	}
	return datelineOpens(tail) && datelineTail().MatchString(tail)
}

// personKey is the draft key of the gazetteer's person i, made once
// per worker: a known name recurs in every document that names it.
func (a *analysis) personKey(i int32) string {
	if a.personKeys == nil {
		a.personKeys = make([]string, len(a.g.People))
	}
	k := a.personKeys[i]
	if k == "" {
		k = "person:" + a.normName(a.g.People[i].Name)
		a.personKeys[i] = k
	}
	return k
}

// datelineOpens reports whether tail may match datelineTail: it opens
// with a comma, or (past spaces) a bracket, a colon or a dash. Most
// names at a block's start fail here, without running the expression.
func datelineOpens(tail string) bool {
	if strings.HasPrefix(tail, ",") {
		return true
	}
	tail = strings.TrimLeft(tail, " \t\n\f\r")                      // the expression's \s
	return tail != "" && strings.IndexByte("(:-\xe2", tail[0]) >= 0 // \xe2: the first byte of — and –
}

// datelineTail is what follows a dateline's place: a few capitalised
// words or a date after a comma (", Ukraine", ", Dec. 5"), an agency in
// brackets, then a colon or a dash. Compiled on first use, not at
// every start-up.
var datelineTail = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^(?:,(?:\s+[A-Z0-9][\w.']*){1,4})?(?:\s*\([A-Z][\w .&/'-]{0,24}\))?\s*(?::|[—–]|-{1,2})\s`)
})

// shipContext reports "the" or a ship noun right before word i.
func (a *analysis) shipContext(i int) bool {
	prev := a.lowerWord(i - 1)
	if prev == "the" || prev == "carrier" || prev == "ship" || prev == "vessel" {
		return true
	}
	for _, g := range a.genericMentions {
		if g.last == i-1 {
			return true
		}
	}
	return i > 0 && a.at[i-1] >= 0 && bestRef(a.matches[a.at[i-1]].refs).kind == kindGeneric
}

// assetEndingAt returns the asset with a mention ending at word i and the
// index of that mention.
func (a *analysis) assetEndingAt(i int) (*assetDraft, int) {
	if e, ok := a.assetEnd.get(i); ok && e.asset.kind != "generic" {
		return e.asset, e.mention
	}
	return nil, 0
}

func (a *analysis) addState(s stateMention) {
	a.states = append(a.states, s)
	a.stateStart.set(s.first, len(a.states)-1)
	a.statesSeen[s.state] = true
	for w := s.first; w <= s.last; w++ {
		a.stateWord.set(w, len(a.states)-1)
	}
}

// describedAsset returns the named asset a generic noun at word first
// follows, with at most three lowercase modifiers between them.
func (a *analysis) describedAsset(first int) (*assetDraft, int) {
	for k := first - 1; k >= 0 && k >= first-4; k-- {
		if !a.words[k+1].soft || a.gapHas(k+1, gapClause|gapPeriod|gapBracket) {
			return nil, 0
		}
		if d, n := a.assetEndingAt(k); d != nil {
			return d, n
		}
		if a.words[k].cap || a.taken[k] || a.words[k].digit || a.is(k, lexStatus|lexLink|lexSpeech|lexLocation|lexNotName|lexNumber) {
			return nil, 0
		}
	}
	return nil, 0
}

// foreignBody makes "Armenian MoD" and "Armenia's Ministry of Defence"
// Armenia's ministry: a form the gazetteer gives one state's body (o),
// owned in the text by another state. It reports whether it did.
func (a *analysis) foreignBody(m match, o *Organization) bool {
	i := m.first - 1
	if i < 0 || o.Country == "" || !a.lexicon.StateBodyCategories[o.Category] {
		return false
	}
	k, ok := a.stateWord.get(i)
	if !ok || a.states[k].state == o.Country {
		return false
	}
	owner, first := a.states[k].state, m.first
	switch {
	case a.words[i].possessive:
	case a.isDemonym(i) && a.gapText(m.first) == " ":
		first = a.states[k].first
		a.releaseState(i) // the demonym is part of the name
	case a.states[k].form == formName && a.states[k].last == i && a.gapText(m.first) == " " && a.words[i].cap:
		// "Taliban Ministry of Defence": the owner's name before the body's
	default:
		return false
	}
	name := oneLine(a.spanText(a.states[k].first, m.last))
	// every form of the body this owner is written with is one actor
	d := a.addActor("org:"+a.normName(owner+"|"+o.Name), first, m.last, oneLine(a.spanText(first, m.last)), func(d *actorDraft) {
		d.name, d.kind, d.affiliation, d.why.Rule = name, briefing.Organization, owner, "owned-institution"
	})
	a.addOwnerForms(d, owner, a.spanText(m.first, m.last))
	return true
}

// redefinedBody makes "The Ministry of Defence (MINDEF)" in a text about
// Singapore Singapore's ministry: a state body's generic name the text
// defines by an acronym of its own, in a window that never names the
// gazetteer body's state. The body is the state the window names most.
// It reports whether it did.
func (a *analysis) redefinedBody(m match, o *Organization) bool {
	n := m.last + 1
	if n >= len(a.words) || o.Country == "" || !a.lexicon.StateBodyCategories[o.Category] ||
		!strings.HasSuffix(a.gapText(n), "(") || !a.words[n].upper || !strings.HasPrefix(a.text[a.words[n].end:], ")") {
		return false
	}
	acronym := a.wordText(n)
	same := func(f string) bool { return strings.EqualFold(f, acronym) }
	if slices.ContainsFunc(o.Acronyms, same) || slices.ContainsFunc(o.Aliases, same) {
		return false
	}
	count := map[string]int{}
	for _, s := range a.states {
		count[s.state]++
	}
	if count[o.Country] > 0 {
		return false // the gazetteer's state is in the text: its body may be meant
	}
	owner, most := "", 0
	for _, s := range a.states {
		if _, state := a.ix.states[a.normKey(s.state)]; count[s.state] > most && state {
			owner, most = s.state, count[s.state]
		}
	}
	if owner == "" {
		return false
	}
	name := oneLine(a.spanText(m.first, m.last))
	d := a.addActor("org:"+a.normName(owner+"|"+o.Name), m.first, m.last, name, func(d *actorDraft) {
		d.name, d.kind, d.affiliation, d.why.Rule = name, briefing.Organization, owner, "owned-institution"
	})
	d.surfaces.add(owner+" "+name, a.normName)
	return true
}
