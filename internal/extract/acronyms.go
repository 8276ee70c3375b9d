package extract

import (
	"strings"
	"unicode"

	"github.com/briefing-tools/briefing/internal/briefing"
)

// findAcronyms links "(CENTCOM)"-style acronyms to the actor named just
// before them, then every other use of the acronym. An acronym the text
// defines wins over the gazetteer's: in a document that writes "Armed
// Forces of the Philippines (AFP)", AFP is not the news agency.
func (og *orgStage) findAcronyms() {
	acronyms := map[string]*actorDraft{}
	for _, c := range og.capitals {
		i := int(c)
		w := og.words[i]
		if i == 0 {
			continue
		}
		// "the People's Defense Force (PDF)"; "the People's Defense Force,
		// or PDF," (the words around, read before the word's letters)
		named := i - 1
		switch {
		case og.gapHas(i, gapBracket) && strings.HasSuffix(og.gapText(i), "(") && strings.HasPrefix(og.text[w.end:], ")"):
		case i > 1 && og.lowerWord(i-1) == "or" && strings.Contains(og.gapText(i-1), ",") && og.gapText(i) == " " &&
			(int(w.end) == len(og.text) || og.text[w.end] == ',' || og.text[w.end] == '.'):
			named = i - 2
		default:
			continue
		}
		if !og.acronymWord(i) {
			continue
		}
		d, _ := og.actorWord.get(named)
		if d == nil {
			if d = og.describedBody(named, i); d != nil {
				acronyms[og.wordText(i)] = d
				continue
			}
			if d = og.spelledOutBody(named, i); d != nil {
				acronyms[og.wordText(i)] = d
				continue
			}
		}
		if d == nil || d.kind != briefing.Organization && d.kind != briefing.Group {
			continue
		}
		if owner, _ := og.actorWord.get(i); owner == d {
			continue // the gazetteer already knows it by this acronym
		}
		acronyms[og.wordText(i)] = d
	}
	if len(acronyms) == 0 {
		return
	}
	for _, c := range og.capitals {
		i := int(c)
		d, ok := acronyms[og.wordText(i)] // a few words: cheaper than acronymWord
		if !ok || !og.acronymWord(i) {
			continue
		}
		if owner, _ := og.actorWord.get(i); owner != nil {
			if owner == d || !og.dropMention(owner, i) {
				continue
			}
		} else if og.taken[i] {
			continue // part of an asset's name
		}
		og.addActor(d.key, i, i, og.wordText(i), func(*actorDraft) {})
	}
}

// acronymWord reports word i written as an acronym: in capitals
// ("PDF"), or with lower-case letters between capitals ("MoD", "DoD").
func (og *orgStage) acronymWord(i int) bool {
	w := og.words[i]
	if w.upper {
		return true
	}
	text := og.wordText(i)
	if !w.cap || len(text) > 6 || !unicode.IsUpper(rune(text[len(text)-1])) {
		return false
	}
	capitals := 0
	for _, r := range text {
		if unicode.IsUpper(r) {
			capitals++
		}
	}
	return capitals >= 2
}

// describedBody makes an organisation of the acronym at word i when the
// words before its bracket describe a body in lower case: "Chile's human
// rights institute (INDH)". The acronym is the body's only name.
func (og *orgStage) describedBody(head, i int) *actorDraft {
	if head < 0 || og.words[head].cap || og.taken[i] || !og.lexicon.AcronymBodyNouns[og.lowerWord(head)] {
		return nil
	}
	if d, _ := og.actorWord.get(i); d != nil {
		return nil
	}
	name := og.wordText(i)
	return og.addActor("org:"+og.normName(name), i, i, name, func(d *actorDraft) {
		d.name, d.kind, d.why = name, briefing.Organization, briefing.Why{Rule: "described-acronym", Cue: og.spanText(head, i) + ")"}
		// "Chile's human rights institute": the body is the state's
		for j := head - 1; j >= 0 && j >= head-4 && !og.gapHas(j+1, gapClause|gapPeriod|gapBracket); j-- {
			if og.words[j].possessive {
				d.affiliation = og.ownerAt(j)
				break
			}
		}
	})
}

// spelledOutBody makes an organisation of the capitalised words before
// the bracketed acronym at word i when their initials spell it:
// "Community Peacemaker Teams (CPT)". Small words may stand between
// ("Committee to Protect Journalists (CPJ)" has no initial for "to").
func (og *orgStage) spelledOutBody(last, i int) *actorDraft {
	acronym := strings.ToUpper(og.wordText(i))
	if len(acronym) < 2 || last < 0 || !og.words[last].cap || og.taken[i] || strings.TrimSpace(og.gapText(i)) != "(" {
		return nil
	}
	if d, _ := og.actorWord.get(i); d != nil {
		return nil
	}
	// back from the bracket, one capitalised word per letter
	first, n := last+1, len(acronym)
	for j := last; j >= 0 && n > 0 && last-j < 2*len(acronym); j-- {
		if og.taken[j] || j < last && og.gapHas(j+1, gapClause|gapPeriod|gapBracket) {
			return nil
		}
		w := og.wordText(j)
		if !og.words[j].cap {
			if !og.lexicon.NameConnectors[og.lowerWord(j)] {
				return nil
			}
			continue
		}
		n--
		if n < 0 || !strings.EqualFold(w[:1], acronym[n:n+1]) {
			return nil
		}
		first = j
	}
	if n != 0 || first > last {
		return nil
	}
	name := oneLine(og.spanText(first, last))
	d := og.addActor("org:"+og.normName(name), first, last, name, func(d *actorDraft) {
		d.name, d.kind, d.why = name, briefing.Organization, briefing.Why{Rule: "spelled-out-acronym", Cue: og.spanText(first, i) + ")"}
	})
	og.addActor(d.key, i, i, og.wordText(i), nil)
	return d
}

// dropMention removes the one-word mention of actor d at word i, freeing
// the word for another reading; it reports whether there was one.
func (og *orgStage) dropMention(d *actorDraft, i int) bool {
	for k, m := range d.mentions {
		if m.first == i && m.last == i {
			d.mentions = append(d.mentions[:k], d.mentions[k+1:]...)
			og.taken[i] = false
			og.actorWord.set(i, nil)
			og.actorStart.set(i, nil)
			return true
		}
	}
	return false
}

// allUpper reports a run written in capitals, as headings often are.
func (og *orgStage) allUpper(first, last int) bool {
	for i := first; i <= last; i++ {
		if !og.words[i].upper || og.words[i].end-og.words[i].start < 2 {
			return false
		}
	}
	return last > first
}

// isRankRun reports a run that is only a title ("Chief of Staff").
func (og *orgStage) isRankRun(first, last int) bool {
	k, ok := og.rankStart.get(first)
	return ok && og.ranks[k].last == last
}

// institutional reports a run that names an institution: it ends with a
// head noun ("… Border Guard"), starts like one ("Ministry of …"), or has
// one before "of" ("National Bureau of Investigation").
func (og *orgStage) institutional(first, last int) bool {
	if og.is(last, lexInstitutionHead) || last > first && og.lexicon.GroupHeads[og.lowerWord(last)] {
		return true
	}
	for k := first; k < last; k++ {
		// "Ministry of …", "Association for …"; a head first ("Maritime
		// Programme") names no institution
		if og.is(k, lexInstitutionStart) && k == first || og.is(k, lexInstitutionHead|lexInstitutionStart) && (og.lowerWord(k+1) == "of" || og.lowerWord(k+1) == "for") {
			return true
		}
	}
	return false
}

// isStateWord reports a state's name or demonym ("Finnish", "Russian").
func (c *mentionCtx) isStateWord(w string) bool {
	for _, r := range c.ix.lookup(w) {
		if r.kind == kindState && (r.form == formDemonym || r.form == formName) {
			return true
		}
	}
	return false
}

// assetAcronym returns the asset an acronym at m names: one the text
// defines in brackets right after the asset's name, remembered in
// defined for its later uses; nil for any other word.
func (c *mentionCtx) assetAcronym(m match, defined *map[string]*assetDraft) *assetDraft {
	if m.first != m.last || !c.words[m.first].upper {
		return nil
	}
	acronym := c.wordText(m.first)
	if d := (*defined)[acronym]; d != nil {
		return d
	}
	if m.first == 0 || strings.TrimSpace(c.gapText(m.first)) != "(" || !strings.HasPrefix(c.text[c.words[m.first].end:], ")") {
		return nil
	}
	ref, ok := c.assetEnd.get(m.first - 1)
	if !ok || ref.asset == nil {
		return nil
	}
	if *defined == nil {
		*defined = map[string]*assetDraft{}
	}
	(*defined)[acronym] = ref.asset
	return ref.asset
}
