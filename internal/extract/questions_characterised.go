package extract

// askCharacterised asks whether what a party condemns as something is
// so: "Kabul has condemned the strikes as a violation of sovereignty" →
// "Were the strikes a violation of sovereignty, as Kabul says". Only a
// characterisation (a noun phrase after "as") is asked, not a role
// ("denounced him as leader").
func (q *qctx) askCharacterised(m cueMatch) (phrased, bool) {
	ts := q.ts
	who := q.speakerBefore(m.first)
	thing := ts[m.first+1 : m.last]
	from := m.after()
	// ("circulated images of wreckage": a participle may open the phrase)
	_, participle := q.vb.participleBase(firstLow(thing))
	if who.text == "" || len(thing) == 0 || from >= len(ts) || !q.lx.det.hasTok(&thing[0]) && !thing[0].cap && !participle {
		return phrased{}, false
	}
	for _, t := range thing {
		if t.brk {
			return phrased{}, false // "condemned the attack, describing it as …": another clause
		}
	}
	end := q.clauseEnd(ts, from)
	// a noun phrase or an adjective ("as unrelated or outdated"), not a
	// role ("as leader")
	if end <= from || q.lx.prep.hasTok(&ts[from]) || q.lx.pronoun.hasTok(&ts[from]) || ts[from].wi >= 0 && q.a.is(int(ts[from].wi), lexRoleNoun) {
		return phrased{}, false
	}
	be := "Was "
	if q.isPlural(thing) {
		be = "Were "
	}
	np := withDefinite(thing)
	if participle {
		np = append([]tok{synth("the")}, thing...) // "the circulated images"
	}
	core := be + q.nounPhrase(np) + " " + render(cutBreak(ts[from:end]))
	return phrased{core: core, creditBy: &voice{who: who, verb: "says"}, statement: true}, true
}
