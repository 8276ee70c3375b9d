package extract

import (
	"strings"

	"github.com/briefing-tools/briefing/internal/briefing"
	"github.com/briefing-tools/briefing/internal/fold"
)

// A person named again: a surname alone, or a title and a surname, after
// the full name ("Kamau", "Brig Kamau" after "Brig Richard Kamau").

// titledSurname reports a title written without its dot, then the
// surname of a person already named in full: "Brig Kamau" after "Brig
// Richard Kamau" is no new person.
func (ps *peopleStage) titledSurname(first, last int) bool {
	return last == first+1 && ps.lexicon.UndottedTitles[ps.lowerWord(first)] && ps.gapText(last) == " " && ps.knownSurname(last, last)
}

// knownSurname reports words first..last that end the full name of a
// person already found: "Berg Lind" after "Anna Berg Lind", "Kamau"
// after "Richard Kamau". It runs for each candidate name, so it compares
// the name's tail in place.
func (ps *peopleStage) knownSurname(first, last int) bool {
	tail := ps.text[ps.words[first].start:ps.words[last].end]
	if strings.ContainsAny(tail, "\n") {
		return false
	}
	for _, d := range ps.actors {
		if d.kind != briefing.Person || len(d.name) <= len(tail) {
			continue
		}
		if cut := len(d.name) - len(tail); d.name[cut-1] == ' ' && strings.EqualFold(d.name[cut:], tail) {
			return true
		}
	}
	return false
}

// findSurnames links later mentions of a person's surname (or full name
// without a title) to the person.
func (ps *peopleStage) findSurnames() {
	forms := &ps.surnameForms
	forms.reset()
	var buf [8]string // a name's words, without a list of them each time
	for _, d := range ps.actors {
		if d.kind == briefing.Person {
			words := buf[:0]
			for w := range strings.FieldsSeq(d.name) {
				words = append(words, w)
			}
			forms.add(words, d)
			// "Skoog Haslum" after "Ewa Skoog Haslum": a surname of two words
			if len(words) >= 3 {
				forms.add(words[1:], d)
			}
			// "Kikli" after "Abdul Ghani al-Kikli": the surname without its article
			if article, surname, ok := strings.Cut(words[len(words)-1], "-"); ok && len(words) > 1 && ps.lexicon.NameArticles[fold.Lower(article)] {
				forms.add([]string{surname}, d)
			}
		}
	}
	linkShortForms(ps.textView, ps.mentionState, *forms, func(d *actorDraft, first, last int) bool {
		if !ps.words[last].possessive && last+1 < len(ps.words) && ps.words[last+1].cap && ps.words[last+1].soft && ps.gapText(last+1) == " " {
			return true // part of a longer name, "Cooper Industries": not a mention
		}
		if first == last && ps.unknownNameWord(first-1) && !ps.titledSurname(first-1, last) {
			// "Belqasem Haftar" after "Khalifa Haftar": another of the family
			name := oneLine(ps.spanText(first-1, last))
			ps.addActor("person:"+ps.normName(name), first-1, last, name, func(p *actorDraft) {
				p.name, p.kind, p.why.Rule = name, briefing.Person, "family-name"
			})
			return true
		}
		ps.addActor(d.key, first, last, ps.spanText(first, last), func(*actorDraft) {})
		return true
	})
}
