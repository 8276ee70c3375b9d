package extract

import (
	"slices"
	"strings"

	"github.com/briefing-tools/briefing/internal/briefing"
)

// wordRange is a mention's words, inclusive.
type wordRange struct{ first, last int }

// actorDraft collects one actor's mentions and attributes in a document.
type actorDraft struct {
	key, name   string
	kind        briefing.ActorKind
	title, role string
	affiliation string
	// knownTitle is the gazetteer's title, used when the text gives none.
	knownTitle string
	surfaces   surfaceSet
	mentions   []wordRange
	// why names the rule that found the actor and the words it keyed on
	why briefing.Why
}

// assetDraft collects one asset's mentions and attributes in a document.
type assetDraft struct {
	key, name string
	category  string
	domain    briefing.Domain
	operators []string
	kind      string // type, variant, class, ship, unit, generic
	hull      string
	side      string
	// sideRank orders how side was learnt: lower is more certain.
	sideRank int
	// foes are the parties seen acting on it ("the army downed the
	// drones"): never its side by a guess from the context
	foes     []string
	quantity string
	location string
	status   briefing.Status
	parent   *assetDraft
	surfaces surfaceSet
	mentions []wordRange
	// why names the rule that found the asset and the words it keyed on
	why briefing.Why
}

type genericMention struct {
	first, last int
	entry       *Generic
	surface     string
	index       int32 // of entry in the gazetteer
}

// pool keeps the drafts of earlier documents for reuse: a draft lives
// only while its document is analysed (items copy what they keep), and
// reusing it with its slices saves most of the allocations of a
// document's mentions.
type pool[T any] struct {
	items []*T
	used  int
}

func (p *pool[T]) get() *T {
	if p.used == len(p.items) {
		p.items = append(p.items, new(T))
	}
	p.used++
	return p.items[p.used-1]
}

func (p *pool[T]) reset() { p.used = 0 }

// newActor starts the draft of an actor not seen yet in the document.
func (m *mentionState) newActor(key string) *actorDraft {
	d := m.actorPool.get()
	*d = actorDraft{key: key, mentions: d.mentions[:0], surfaces: surfaceSet{d.surfaces.list[:0]}}
	m.actorKeys[key] = d
	m.actors = append(m.actors, d)
	return d
}

// newAsset starts the draft of an asset not seen yet in the document.
func (m *mentionState) newAsset(key string) *assetDraft {
	d := m.assetPool.get()
	*d = assetDraft{key: key, sideRank: sideUnknown, mentions: d.mentions[:0], surfaces: surfaceSet{d.surfaces.list[:0]}, foes: d.foes[:0]}
	m.assetKeys[key] = d
	m.assets = append(m.assets, d)
	return d
}

func (c *mentionCtx) addActor(key string, first, last int, surface string, init func(*actorDraft)) *actorDraft {
	d, ok := c.actorKeys[key]
	if !ok {
		d = c.newActor(key)
		init(d)
		if d.why.Cue == "" && d.why.Rule != "" {
			d.why.Cue = oneLine(c.spanText(first, last))
		}
	}
	d.mentions = append(d.mentions, wordRange{first, last})
	d.surfaces.add(surface, c.normName)
	c.take(first, last)
	c.actorStart.set(first, d)
	for w := first; w <= last; w++ {
		c.actorWord.set(w, d)
	}
	return d
}

func (c *mentionCtx) addAsset(key string, first, last int, surface string, init func(*assetDraft)) *assetDraft {
	d, ok := c.assetKeys[key]
	if !ok {
		d = c.newAsset(key)
		init(d)
		if d.why.Cue == "" && d.why.Rule != "" {
			d.why.Cue = oneLine(c.spanText(first, last))
		}
	}
	d.mentions = append(d.mentions, wordRange{first, last})
	d.surfaces.add(surface, c.normName)
	c.take(first, last)
	c.assetEnd.set(last, mentionRef{d, len(d.mentions) - 1})
	return d
}

// surfaceSet holds the distinct forms an item is written in, with their
// folded keys so that adding one costs no re-folding.
type surfaceSet struct {
	list []surface
}

type surface struct{ form, key string }

func (s *surfaceSet) add(form string, norm func(string) string) {
	for _, x := range s.list {
		if x.form == form {
			return
		}
	}
	k := norm(form)
	for _, x := range s.list {
		if x.key == k {
			return
		}
	}
	s.list = append(s.list, surface{form, k})
}

// fromPlatform fills a draft from its gazetteer entry.
func (d *assetDraft) fromPlatform(g *Gazetteer, p *Platform) {
	d.name, d.category, d.kind, d.hull = p.Name, p.Category, p.Kind, p.Hull
	d.operators = p.Operators
	d.domain = p.Domain
	if d.domain == "" {
		d.domain = g.index.domainOf(p.Category)
	}
	if d.kind == "" {
		d.kind = "type"
	}
}

// ownerless is an organisation's name without the owner it starts or
// ends with: "IDF Northern Command" → "Northern Command", "Joint Staff
// of Japan" → "Joint Staff"; "" when there is none (or one word is left).
func (c *mentionCtx) ownerless(name string) string {
	if strings.Count(name, " ") < 2 {
		return "" // most names: too short to have an owner and a rest
	}
	// remembered: asked of every organisation's name in every window
	return c.owners.get(name, c.findOwnerless)
}

// findOwnerless is ownerless worked out, for the memo.
func (c *mentionCtx) findOwnerless(name string) string {
	words := strings.Fields(name)
	if len(words) < 3 {
		return ""
	}
	first := words[0]
	if c.g.isOwnerWord(first) {
		return strings.Join(words[1:], " ")
	}
	if n := len(words); n >= 4 && words[n-2] == "of" && c.g.isOwnerWord(words[n-1]) {
		return strings.Join(words[:n-2], " ")
	}
	return ""
}

// itemStage turns the drafts into the window's items: it reads the
// mention state's actors and assets (and the window's text, for their
// spans) and writes the item lists the merger takes.
type itemStage struct {
	mentionCtx
	*itemLists
}

// aliasesOf lists the surface forms that differ from the name.
// The list is in a buffer of itemLists reused for the next document, like
// spans; nil when there is none.
func (it *itemStage) aliasesOf(name string, surfaces surfaceSet) []string {
	from := len(it.aliasBuf)
	k, known := "", false
	for _, s := range surfaces.list {
		if s.form == name {
			k, known = s.key, true // folded already, as most names are
			break
		}
	}
	if !known {
		k = it.normName(name)
	}
	for _, s := range surfaces.list {
		if s.key != k {
			it.aliasBuf = append(it.aliasBuf, s.form)
		}
	}
	if len(it.aliasBuf) == from {
		return nil
	}
	return it.aliasBuf[from:len(it.aliasBuf):len(it.aliasBuf)]
}

// spans lists the spans of the mentions, sorted, in a buffer of itemLists
// reused for the next document (the merger copies them).
func (it *itemStage) spans(ms []wordRange) []briefing.Span {
	from := len(it.spanBuf)
	for _, m := range ms {
		it.spanBuf = append(it.spanBuf, it.span(m.first, m.last))
	}
	out := it.spanBuf[from:len(it.spanBuf):len(it.spanBuf)]
	slices.SortFunc(out, func(x, y briefing.Span) int { return x.Start - y.Start })
	return slices.Compact(out)
}

// actorItems lists the document's actors in a buffer of itemLists, valid
// until the next document (the merger copies what it keeps).
func (it *itemStage) actorItems() []briefing.Actor {
	out := it.actorList[:0]
	defer func() { it.actorList = out }()
	for _, d := range it.actors {
		if len(d.mentions) == 0 {
			continue // every mention went to another reading (an acronym the text defines)
		}
		if d.kind == briefing.Organization {
			if bare := it.ownerless(d.name); bare != "" {
				d.surfaces.add(bare, it.normName)
			}
		}
		out = append(out, briefing.Actor{
			ID: d.key, Name: d.name, Kind: d.kind, Title: firstNonEmpty(d.title, d.knownTitle), Role: d.role, Affiliation: d.affiliation,
			Aliases: it.aliasesOf(d.name, d.surfaces), Origin: briefing.Extracted, Mentions: it.spans(d.mentions), Why: d.why,
		})
	}
	return out
}

// absorbActor makes one actor of two drafts found to be the same: from's
// mentions and forms go to into, and its words point there.
func (c *mentionCtx) absorbActor(into, from *actorDraft) {
	into.surfaces.add(from.name, c.normName)
	c.moveActorMentions(from, into)
	slices.SortFunc(into.mentions, func(x, y wordRange) int { return x.first - y.first })
}

// absorbAsset is absorbActor for assets: from's mentions and forms go to
// into, and the mentions' ends point there.
func (c *mentionCtx) absorbAsset(into, from *assetDraft) {
	into.mentions = append(into.mentions, from.mentions...)
	slices.SortFunc(into.mentions, func(x, y wordRange) int { return x.first - y.first })
	for _, f := range from.surfaces.list {
		into.surfaces.add(f.form, c.normName)
	}
	for k, m := range into.mentions {
		c.assetEnd.set(m.last, mentionRef{into, k})
	}
	from.mentions = nil
}

// assetItems lists the document's assets, in a buffer like actorItems.
func (it *itemStage) assetItems() []briefing.Asset {
	out := it.assetList[:0]
	defer func() { it.assetList = out }()
	for _, d := range it.assets {
		if len(d.mentions) == 0 {
			continue
		}
		status := d.status
		if status == "" {
			status = briefing.UnknownStatus
		}
		domain := d.domain
		if domain == "" {
			domain = briefing.UnknownDomain
		}
		item := briefing.Asset{
			ID: d.key, Name: d.name, Aliases: it.aliasesOf(d.name, d.surfaces), Category: d.category, Domain: domain,
			Side: d.side, Quantity: d.quantity, Status: status, Location: d.location,
			Origin: briefing.Extracted, Mentions: it.spans(d.mentions), Why: d.why,
		}
		if d.parent != nil {
			item.Parent = d.parent.key
		}
		out = append(out, item)
	}
	return out
}
