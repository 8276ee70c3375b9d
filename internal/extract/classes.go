package extract

import "strings"

// findClasses finds ship and submarine classes written "X-class" or "X
// class", with the category noun that follows ("Arleigh Burke-class
// destroyers"), whether or not the gazetteer knows the class.
func (a *analysis) findClasses() {
	for i := 1; i < len(a.words); i++ {
		if a.lowerWord(i) != "class" || !a.words[i].soft || a.taken[i] {
			continue
		}
		first := i
		for j := i - 1; j >= 0 && i-j <= 5; j-- {
			w := a.words[j]
			// "Sejong the Great-class": a particle between capitals
			if a.is(j, lexParticle) && w.soft && j > 0 && a.words[j-1].cap && j < i-1 {
				continue
			}
			if !(w.cap || w.digit) || a.taken[j] || a.is(j, lexNotName) || a.startsActorName(j) {
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
		base := oneLine(dashes.Replace(a.spanText(first, i-1)))
		category := ""
		// the category noun after the class word belongs to the mention
		if m := a.matchAt(i + 1); m != nil && a.words[i+1].soft && bestRef(m.refs).kind == kindGeneric {
			category = a.g.Generic[bestRef(m.refs).index].Category
			noun = m.last
		}
		name := base + " class"
		var d *assetDraft
		if p, ok := a.platformNamed(name); ok {
			d = a.addAsset(platformKey(p), first, last, name, func(d *assetDraft) {
				d.fromPlatform(a.g, p)
				d.why.Rule = "class-name"
			})
		} else {
			d = a.addAsset("class:"+a.normName(name), first, last, name, func(d *assetDraft) {
				d.name, d.kind, d.category = name, "class", category
				d.why.Rule = "class-name"
				d.domain = a.ix.domainOf(category)
			})
		}
		if d.category == "" {
			d.category = category
		}
		// the noun belongs to the class mention but is not its name
		if noun > 0 {
			a.take(i+1, noun)
			a.absorbed.set(i, noun)
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
	if i, ok := c.ix.platforms[c.normKey(name)]; ok {
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
			if i, ok := c.ix.platforms[c.normKey(p.Parent)]; ok {
				return &c.g.Platforms[i], true
			}
		}
	}
	return nil, false
}

// startsActorName reports a gazetteer match of an organisation, a state
// or a person ending at word j (the words before a class name that name
// its owner).
func (a *analysis) startsActorName(j int) bool {
	k, ok := a.endAt.get(j)
	if !ok {
		return false
	}
	switch bestRef(a.matches[k].refs).kind {
	case kindOrganization, kindState, kindPerson:
		return true
	}
	return false
}
