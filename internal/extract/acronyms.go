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
func (a *analysis) findAcronyms() {
	acronyms := map[string]*actorDraft{}
	for _, c := range a.capitals {
		i := int(c)
		w := a.words[i]
		if i == 0 {
			continue
		}
		// "the People's Defense Force (PDF)"; "the People's Defense Force,
		// or PDF," (the words around, read before the word's letters)
		named := i - 1
		switch {
		case a.gapHas(i, gapBracket) && strings.HasSuffix(a.gapText(i), "(") && strings.HasPrefix(a.text[w.end:], ")"):
		case i > 1 && a.lowerWord(i-1) == "or" && strings.Contains(a.gapText(i-1), ",") && a.gapText(i) == " " &&
			(int(w.end) == len(a.text) || a.text[w.end] == ',' || a.text[w.end] == '.'):
			named = i - 2
		default:
			continue
		}
		if !a.acronymWord(i) {
			continue
		}
		d, _ := a.actorWord.get(named)
		if d == nil {
			if d = a.describedBody(named, i); d != nil {
				acronyms[a.wordText(i)] = d
				continue
			}
			if d = a.spelledOutBody(named, i); d != nil {
				acronyms[a.wordText(i)] = d
				continue
			}
		}
		if d == nil || d.kind != briefing.Organization && d.kind != briefing.Group {
			continue
		}
		if owner, _ := a.actorWord.get(i); owner == d {
			continue // the gazetteer already knows it by this acronym
		}
		acronyms[a.wordText(i)] = d
	}
	if len(acronyms) == 0 {
		return
	}
	for _, c := range a.capitals {
		i := int(c)
		d, ok := acronyms[a.wordText(i)] // a few words: cheaper than acronymWord
		if !ok || !a.acronymWord(i) {
			continue
		}
		if owner, _ := a.actorWord.get(i); owner != nil {
			if owner == d || !a.dropMention(owner, i) {
				continue
			}
		} else if a.taken[i] {
			continue // part of an asset's name
		}
		a.addActor(d.key, i, i, a.wordText(i), func(*actorDraft) {})
	}
}

// acronymWord reports word i written as an acronym: in capitals
// ("PDF"), or with lower-case letters between capitals ("MoD", "DoD").
func (a *analysis) acronymWord(i int) bool {
	w := a.words[i]
	if w.upper {
		return true
	}
	text := a.wordText(i)
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
func (a *analysis) describedBody(head, i int) *actorDraft {
	if head < 0 || a.words[head].cap || a.taken[i] || !a.lexicon.AcronymBodyNouns[a.lowerWord(head)] {
		return nil
	}
	if d, _ := a.actorWord.get(i); d != nil {
		return nil
	}
	name := a.wordText(i)
	return a.addActor("org:"+a.normName(name), i, i, name, func(d *actorDraft) {
		d.name, d.kind, d.why = name, briefing.Organization, briefing.Why{Rule: "described-acronym", Cue: a.spanText(head, i) + ")"}
		// "Chile's human rights institute": the body is the state's
		for j := head - 1; j >= 0 && j >= head-4 && !a.gapHas(j+1, gapClause|gapPeriod|gapBracket); j-- {
			if a.words[j].possessive {
				d.affiliation = a.ownerAt(j)
				break
			}
		}
	})
}

// spelledOutBody makes an organisation of the capitalised words before
// the bracketed acronym at word i when their initials spell it:
// "Community Peacemaker Teams (CPT)". Small words may stand between
// ("Committee to Protect Journalists (CPJ)" has no initial for "to").
func (a *analysis) spelledOutBody(last, i int) *actorDraft {
	acronym := strings.ToUpper(a.wordText(i))
	if len(acronym) < 2 || last < 0 || !a.words[last].cap || a.taken[i] || strings.TrimSpace(a.gapText(i)) != "(" {
		return nil
	}
	if d, _ := a.actorWord.get(i); d != nil {
		return nil
	}
	// back from the bracket, one capitalised word per letter
	first, n := last+1, len(acronym)
	for j := last; j >= 0 && n > 0 && last-j < 2*len(acronym); j-- {
		if a.taken[j] || j < last && a.gapHas(j+1, gapClause|gapPeriod|gapBracket) {
			return nil
		}
		w := a.wordText(j)
		if !a.words[j].cap {
			if !a.lexicon.NameConnectors[a.lowerWord(j)] {
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
	name := oneLine(a.spanText(first, last))
	d := a.addActor("org:"+a.normName(name), first, last, name, func(d *actorDraft) {
		d.name, d.kind, d.why = name, briefing.Organization, briefing.Why{Rule: "spelled-out-acronym", Cue: a.spanText(first, i) + ")"}
	})
	a.addActor(d.key, i, i, a.wordText(i), nil)
	return d
}

// dropMention removes the one-word mention of actor d at word i, freeing
// the word for another reading; it reports whether there was one.
func (a *analysis) dropMention(d *actorDraft, i int) bool {
	for k, m := range d.mentions {
		if m.first == i && m.last == i {
			d.mentions = append(d.mentions[:k], d.mentions[k+1:]...)
			a.taken[i] = false
			a.actorWord.set(i, nil)
			a.actorStart.set(i, nil)
			return true
		}
	}
	return false
}

// allUpper reports a run written in capitals, as headings often are.
func (a *analysis) allUpper(first, last int) bool {
	for i := first; i <= last; i++ {
		if !a.words[i].upper || a.words[i].end-a.words[i].start < 2 {
			return false
		}
	}
	return last > first
}

// isRankRun reports a run that is only a title ("Chief of Staff").
func (a *analysis) isRankRun(first, last int) bool {
	k, ok := a.rankStart.get(first)
	return ok && a.ranks[k].last == last
}

// institutional reports a run that names an institution: it ends with a
// head noun ("… Border Guard"), starts like one ("Ministry of …"), or has
// one before "of" ("National Bureau of Investigation").
func (a *analysis) institutional(first, last int) bool {
	if a.is(last, lexInstitutionHead) || last > first && a.lexicon.GroupHeads[a.lowerWord(last)] {
		return true
	}
	for k := first; k < last; k++ {
		// "Ministry of …", "Association for …"; a head first ("Maritime
		// Programme") names no institution
		if a.is(k, lexInstitutionStart) && k == first || a.is(k, lexInstitutionHead|lexInstitutionStart) && (a.lowerWord(k+1) == "of" || a.lowerWord(k+1) == "for") {
			return true
		}
	}
	return false
}

// isStateWord reports a state's name or demonym ("Finnish", "Russian").
func (a *analysis) isStateWord(w string) bool {
	for _, r := range a.ix.lookup(w) {
		if r.kind == kindState && (r.form == formDemonym || r.form == formName) {
			return true
		}
	}
	return false
}

// assetAcronym returns the asset an acronym at m names: one the text
// defines in brackets right after the asset's name, remembered in
// defined for its later uses; nil for any other word.
func (a *analysis) assetAcronym(m match, defined *map[string]*assetDraft) *assetDraft {
	if m.first != m.last || !a.words[m.first].upper {
		return nil
	}
	acronym := a.wordText(m.first)
	if d := (*defined)[acronym]; d != nil {
		return d
	}
	if m.first == 0 || strings.TrimSpace(a.gapText(m.first)) != "(" || !strings.HasPrefix(a.text[a.words[m.first].end:], ")") {
		return nil
	}
	ref, ok := a.assetEnd.get(m.first - 1)
	if !ok || ref.asset == nil {
		return nil
	}
	if *defined == nil {
		*defined = map[string]*assetDraft{}
	}
	(*defined)[acronym] = ref.asset
	return ref.asset
}
