package extract

import "strings"

// classStage finds ship and submarine classes. It reads the window (the
// words, the gazetteer's matches and platforms) and the words taken; it
// adds class drafts with the category noun that follows them.
type classStage struct{ mentionCtx }

// find finds classes written "X-class" or "X class", with the category
// noun that follows ("Arleigh Burke-class destroyers"), whether or not
// the gazetteer knows the class.
func (cs *classStage) find() {
	for i := 1; i < len(cs.words); i++ {
		if cs.lowerWord(i) != "class" || !cs.words[i].soft || cs.taken[i] {
			continue
		}
		first := i
		for j := i - 1; j >= 0 && i-j <= 5; j-- {
			w := cs.words[j]
			// "Sejong the Great-class": a particle between capitals
			if cs.is(j, lexParticle) && w.soft && j > 0 && cs.words[j-1].cap && j < i-1 {
				continue
			}
			if !(w.cap || w.digit) || cs.taken[j] || cs.is(j, lexNotName) || cs.startsActorName(j) {
				break // "US Navy Virginia-class": the navy owns the class
			}
			first = j
			if !w.soft {
				break
			}
		}
		if first == i {
			continue
		}
		last, noun := i, -1
		base := oneLine(dashes.Replace(cs.spanText(first, i-1)))
		category := ""
		// the category noun after the class word belongs to the mention
		if m := cs.matchAt(i + 1); m != nil && cs.words[i+1].soft && bestRef(m.refs).kind == kindGeneric {
			category = cs.g.Generic[bestRef(m.refs).index].Category
			noun = m.last
		}
		name := base + " class"
		var d *assetDraft
		if p, ok := cs.platformNamed(name); ok {
			d = cs.addAsset(platformKey(p), first, last, name, func(d *assetDraft) {
				d.fromPlatform(cs.g, p)
				d.why.Rule = "class-name"
			})
		} else {
			d = cs.addAsset("class:"+cs.normName(name), first, last, name, func(d *assetDraft) {
				d.name, d.kind, d.category = name, "class", category
				d.why.Rule = "class-name"
				d.domain = cs.ix.domainOf(category)
			})
		}
		if d.category == "" {
			d.category = category
		}
		// the noun belongs to the class mention but is not its name
		if noun > 0 {
			cs.take(i+1, noun)
			cs.absorbed.set(i, noun)
			i = noun
		}
	}
}

// dashes are spaces in a class name ("Arleigh Burke–class").
var dashes = strings.NewReplacer("-", " ", "–", " ", "—", " ")

// matchAt returns the gazetteer match starting at word i, if any.
func (m *gazetteerMatches) matchAt(i int) *match {
	if i < 0 || i >= len(m.at) || m.at[i] < 0 {
		return nil
	}
	return &m.matches[m.at[i]]
}

// platformNamed finds a platform by its canonical name or, for classes,
// by the name a ship of the class bears.
func (c *mentionCtx) platformNamed(name string) (*Platform, bool) {
	if i, ok := c.ix.platforms.get(c.normKey(name)); ok {
		return &c.g.Platforms[i], true
	}
	base := strings.TrimSuffix(name, " class")
	for _, form := range []string{name, base} {
		p, ok := c.g.lookupPlatform(form)
		if !ok {
			continue
		}
		if p.Kind == "class" {
			return p, true
		}
		// "Vasily Bykov-class": the class a ship of that name leads
		if p.Kind == "ship" && p.Parent != "" {
			if i, ok := c.ix.platforms.get(c.normKey(p.Parent)); ok {
				return &c.g.Platforms[i], true
			}
		}
	}
	return nil, false
}

// startsActorName reports a gazetteer match of an organisation, a state
// or a person ending at word j (the words before a class name that name
// its owner).
func (cs *classStage) startsActorName(j int) bool {
	k, ok := cs.endAt.get(j)
	if !ok {
		return false
	}
	switch bestRef(cs.matches[k].refs).kind {
	case kindOrganization, kindState, kindPerson:
		return true
	}
	return false
}
