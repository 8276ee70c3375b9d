package extract

import (
	"regexp"
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
				if n := len(a.genericMentions); n > 0 && a.genericMentions[n-1].last == m.first-1 && a.lexicon.shipCategory(a.genericMentions[n-1].entry.Category) {
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
			// come from the text when it gives them (see peopleStage), the
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
