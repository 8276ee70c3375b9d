package extract

import (
	"regexp"
	"strings"
	"sync"

	"github.com/briefing-tools/briefing/internal/briefing"
)

// gazetteerStage turns the gazetteer's matches into mentions of the
// actors, assets, places, states and ranks they name, with the guards
// that keep a match out of a longer name. It reads the window (words,
// the gazetteer's matches and entries, the lexicon) and the mentions
// found before it (the words taken, assets' ends, states); it adds
// drafts and the mention state's states, places, ranks and generic
// nouns, and may take a state's word back into a body's name.
type gazetteerStage struct {
	mentionCtx
	personKeys []string // personKey's answers, by the gazetteer's index
}

// find turns each free gazetteer match into a mention.
func (gz *gazetteerStage) find() {
	var assetAcronyms map[string]*assetDraft // see assetAcronym
	for _, m := range gz.matches {
		if !gz.free(m.first, m.last) {
			continue
		}
		r := bestRef(m.refs)
		r.surface = gz.surfaceFor(m.first, m.last, r.surface)
		switch r.kind {
		case kindPlatform:
			p := &gz.g.Platforms[r.index]
			// "Interior Minister Emad Trabelsi": a title, then a first name
			if m.first > 0 && gz.firstNameLike(m) && (gz.is(m.first-1, lexRoleNoun) || gz.rankEndsAt(m.first-1)) {
				continue
			}
			if gz.inMerchantName(m) {
				continue // "MT Vectis Osprey", a tanker, not the V-22
			}
			if p.Kind == "ship" && m.first == m.last && !gz.words[m.first].upper && !gz.shipContext(m.first) {
				continue // "Fujian" the province, not the carrier
			}
			if p.Kind == "ship" {
				// "the cruiser Moskva": the noun describes the ship
				if n := len(gz.genericMentions); n > 0 && gz.genericMentions[n-1].last == m.first-1 && gz.lexicon.shipCategory(gz.genericMentions[n-1].entry.Category) {
					gz.genericMentions = gz.genericMentions[:n-1]
				}
			}
			// "Chinook Mk3", "Puma HC2": a mark of the type is part of its name
			last, surface := m.last, r.surface
			if end := gz.markAfter(m.last + 1); end > m.last {
				last, surface = end, oneLine(gz.spanText(m.first, end))
			}
			gz.addAsset(gz.ix.platformKeys[r.index], m.first, last, surface, func(d *assetDraft) {
				d.fromPlatform(gz.g, p)
				d.why.Rule = "gazetteer"
			})
		case kindGeneric:
			// "anti-tank rockets", "counter-drone systems": the noun says
			// what a weapon is for, and names no asset itself
			if gz.modifierOnly(m.first, m.last) {
				continue
			}
			// "THAAD interceptors", "PL-15 long-range air-to-air missiles":
			// the noun says what the named platform is
			if d, k := gz.describedAsset(m.first); d != nil {
				gz.assetEnd.set(d.mentions[k].last, mentionRef{})
				d.mentions[k].last = m.last
				gz.assetEnd.set(m.last, mentionRef{d, k})
				d.surfaces.add(gz.spanText(d.mentions[k].first, m.last), gz.normName)
				gz.take(m.first, m.last)
				continue
			}
			// "pickup trucks with mounted machine guns": the weapon is the
			// vehicle's, one asset
			if gz.armsVehicle(m) {
				g := &gz.genericMentions[len(gz.genericMentions)-1]
				g.last, g.surface = m.last, oneLine(gz.spanText(g.first, m.last))
				gz.take(m.first, m.last)
				continue
			}
			// resolved once specific assets are known
			gz.take(m.first, m.last)
			gz.genericMentions = append(gz.genericMentions, genericMention{m.first, m.last, &gz.g.Generic[r.index], r.surface, r.index})
			for w := m.first; w <= m.last; w++ {
				gz.genericWord.set(w, true)
			}
		case kindOrganization:
			// "the Russian Black Sea Fleet (BSF)": the acronym names the
			// fleet, not India's Border Security Force
			if d := gz.assetAcronym(m, &assetAcronyms); d != nil {
				gz.addAsset(d.key, m.first, m.last, gz.wordText(m.first), nil)
				continue
			}
			o := &gz.g.Organizations[r.index]
			// "Mine Countermeasures Naval Group Black Sea": a name inside a
			// longer one the gazetteer does not know
			if gz.insideLongerName(m) || gz.shoutedWord(m) {
				continue
			}
			// "Islamic State in the Greater Sahel": a branch named whole
			if last := gz.groupBranch(m.last); o.Branches && last > m.last {
				name := oneLine(gz.spanText(m.first, last))
				gz.addActor("group:"+gz.normName(name), m.first, last, name, func(d *actorDraft) {
					d.name, d.kind, d.why.Rule = name, briefing.Group, "group-branch"
				})
				gz.addState(stateMention{m.first, last, name, formName})
				continue
			}
			if gz.foreignBody(m, o) || gz.redefinedBody(m, o) {
				continue
			}
			// "the 7th Russian Military Base": a unit's name, not the
			// demonym's military
			if m.first > 0 && m.last > m.first && gz.isOrdinal(m.first-1) && gz.isStateWord(gz.wordText(m.first)) {
				continue
			}
			gz.addActor(gz.ix.orgKeys[r.index], m.first, m.last, r.surface, func(d *actorDraft) {
				d.name, d.kind, d.affiliation, d.why.Rule = o.Name, o.actorKind(), o.Country, "gazetteer"
			})
			if o.Category == "armed group" {
				gz.addState(stateMention{m.first, m.last, o.Name, formName})
			}
		case kindState:
			s := &gz.g.States[r.index]
			if (r.form == formName || r.form == formCapital) && gz.firstNameLike(m) {
				continue // "Wellington Koo", "Israel Katz"
			}
			if gz.afterTitledFirstNames(m) {
				continue // "Rear Admiral Roy Vincent Trinidad"
			}
			if k := m.first - 1; k >= 0 && gz.words[k].cap && gz.gapText(m.first) == " " && gz.lexicon.PlaceNameOpeners[gz.lowerWord(k)] {
				continue // "Puerto Jordan", a town
			}
			if r.form == formCapital && gz.dateline(m) {
				continue // "Cairo: Just two days after …", where the report was filed
			}
			// "Mocímboa da Praia": the last word of a longer place name
			if k := m.first - 1; k >= 1 && !gz.words[k].cap && gz.inSet(k, setNameParticle) && gz.lowerWord(k) != "of" &&
				gz.lowerWord(k) != "the" && gz.words[k-1].cap && gz.words[k].soft {
				continue
			}
			// "a Kosovar Albanian officer", "Bosnian Serb forces", "ethnic
			// Albanians": a people, not the state of that name
			if r.form == formDemonym && gz.ethnicAt(m.first) {
				continue
			}
			// "Togolese airline Asky": the flag a business flies
			if r.form == formDemonym && m.last+1 < len(gz.words) && gz.lexicon.CommercialNouns[gz.lowerWord(m.last+1)] {
				continue
			}
			gz.addState(stateMention{m.first, m.last, s.Name, r.form})
			gz.addActor(gz.ix.stateKeys[r.index], m.first, m.last, r.surface, func(d *actorDraft) {
				d.name, d.kind = s.Name, briefing.State
				d.why.Rule = "gazetteer"
			})
		case kindPerson:
			// who the person is comes from the gazetteer; title and role
			// come from the text when it gives them (see peopleStage), the
			// gazetteer's title only otherwise
			p := &gz.g.People[r.index]
			// "Teodoro Balani": a known surname as another man's first name
			if r.form == formAlias && gz.firstNameLike(m) {
				continue
			}
			// "Saddam Haftar": the surname after another first name is
			// another person of the family
			if r.form == formAlias && m.first == m.last && gz.unknownNameWord(m.first-1) {
				continue
			}
			gz.addActor(gz.personKey(r.index), m.first, m.last, r.surface, func(d *actorDraft) {
				d.name, d.kind, d.affiliation, d.knownTitle = p.Name, briefing.Person, p.Affiliation, p.Title
				d.why.Rule = "gazetteer"
			})
		case kindPlace:
			gz.places = append(gz.places, placeMention{m.first, m.last, gz.g.Places[r.index].Name, gz.g.Places[r.index].Kind})
			gz.placeStart.set(m.first, len(gz.places)-1)
			gz.take(m.first, m.last)
		case kindRank:
			gz.ranks = append(gz.ranks, rankMention{m.first, m.last, &gz.g.Ranks[r.index]})
			gz.rankStart.set(m.first, len(gz.ranks)-1)
		}
	}
}

// armsVehicle reports a generic weapon m right after a vehicle's generic
// noun and "with", "mounted with" or "with mounted": "pickup trucks with
// mounted machine guns", "trucks fitted with heavy weapons".
func (gz *gazetteerStage) armsVehicle(m match) bool {
	n := len(gz.genericMentions)
	if n == 0 {
		return false
	}
	v := gz.genericMentions[n-1]
	if !strings.Contains(v.entry.Category, "vehicle") && !strings.Contains(v.entry.Category, "truck") {
		return false
	}
	// one or two words between, as the lexicon lists them
	between := ""
	switch m.first - v.last {
	case 2:
		between = gz.lowerWord(v.last + 1)
	case 3:
		between = gz.lowerWord(v.last+1) + " " + gz.lowerWord(v.last+2)
	}
	return between != "" && gz.lexicon.MountingPhrases[between] && gz.sentenceAt[v.first] == gz.sentenceAt[m.first]
}

// markAfter returns the last word of a mark designation starting at
// word i ("Mk3", "Mk 2", "Mark 4", "HC2", "FGR4"), or -1: letters, then
// a number, written as British and other services name a type's marks.
func (gz *gazetteerStage) markAfter(i int) int {
	if i <= 0 || i >= len(gz.words) || gz.gapText(i) != " " || gz.taken[i] {
		return -1
	}
	text := gz.wordText(i)
	letters := strings.TrimRight(text, "0123456789")
	lower := strings.ToLower(letters)
	if (lower == "mk" || lower == "mark") && i+1 < len(gz.words) && (gz.gapText(i+1) == " " || gz.gapText(i+1) == ".") && gz.words[i+1].digit && len(gz.wordText(i+1)) <= 2 {
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
func (gz *gazetteerStage) modifierOnly(first, last int) bool {
	if first > 0 && gz.gapText(first) == "-" && gz.lexicon.NounPrefixes[gz.lowerWord(first-1)] {
		return true
	}
	// "think tank", "fuel tank": a compound that names no asset
	if first > 0 && gz.gapText(first) == " " && gz.lexicon.NonAssetModifiers[gz.lowerWord(first-1)] {
		return true
	}
	// "flown under the radar", "a smoking gun": an idiom's last word
	if last == first {
		phrase := gz.lowerWord(first)
		for j := first - 1; j >= 0 && j >= first-3 && gz.gapText(j+1) == " "; j-- {
			if phrase = gz.lowerWord(j) + " " + phrase; gz.lexicon.IdiomPhrases[phrase] {
				return true
			}
		}
	}
	next := last + 1
	if next >= len(gz.words) || !gz.words[next].soft || gz.gapText(next) != " " {
		return false
	}
	if gz.lexicon.NonAssetHeads[gz.lowerWord(next)] {
		return true
	}
	// "missile ship", "drone boat": the noun after is the asset
	if m := gz.matchAt(next); m != nil {
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
func (gz *gazetteerStage) dateline(m match) bool {
	start, end := int(gz.words[m.first].start), int(gz.words[m.last].end)
	b, ok := gz.doc.BlockAt(start)
	if !ok || b.Kind == briefing.Heading {
		return false
	}
	tail := gz.text[end:min(len(gz.text), end+60)]
	// "(LONDON) -- Russia launched …": a dateline in brackets
	if pre := strings.TrimSpace(gz.text[b.Start:start]); pre == "(" && strings.HasPrefix(tail, ")") {
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
func (gz *gazetteerStage) shipContext(i int) bool {
	prev := gz.lowerWord(i - 1)
	if prev == "the" || prev == "carrier" || prev == "ship" || prev == "vessel" {
		return true
	}
	for _, g := range gz.genericMentions {
		if g.last == i-1 {
			return true
		}
	}
	return i > 0 && gz.at[i-1] >= 0 && bestRef(gz.matches[gz.at[i-1]].refs).kind == kindGeneric
}

// assetEndingAt returns the asset with a mention ending at word i and the
// index of that mention.
func (gz *gazetteerStage) assetEndingAt(i int) (*assetDraft, int) {
	if e, ok := gz.assetEnd.get(i); ok && e.asset.kind != "generic" {
		return e.asset, e.mention
	}
	return nil, 0
}

func (m *mentionState) addState(s stateMention) {
	m.states = append(m.states, s)
	m.stateStart.set(s.first, len(m.states)-1)
	m.statesSeen[s.state] = true
	for w := s.first; w <= s.last; w++ {
		m.stateWord.set(w, len(m.states)-1)
	}
}

// describedAsset returns the named asset a generic noun at word first
// follows, with at most three lowercase modifiers between them.
func (gz *gazetteerStage) describedAsset(first int) (*assetDraft, int) {
	for k := first - 1; k >= 0 && k >= first-4; k-- {
		if !gz.words[k+1].soft || gz.gapHas(k+1, gapClause|gapPeriod|gapBracket) {
			return nil, 0
		}
		if d, n := gz.assetEndingAt(k); d != nil {
			return d, n
		}
		if gz.words[k].cap || gz.taken[k] || gz.words[k].digit || gz.is(k, lexStatus|lexLink|lexSpeech|lexLocation|lexNotName|lexNumber) {
			return nil, 0
		}
	}
	return nil, 0
}
