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
	if who.text == "" || len(thing) == 0 || from >= len(ts) || !q.lx.det.hasTok(&thing[0]) && !thing[0].cap {
		return phrased{}, false
	}
	for _, t := range thing {
		if t.brk {
			return phrased{}, false // "condemned the attack, describing it as …": another clause
		}
	}
	end := q.clauseEnd(ts, from)
	if end <= from || !q.lx.det.hasTok(&ts[from]) {
		return phrased{}, false
	}
	be := "Was "
	if q.isPlural(thing) {
		be = "Were "
	}
	core := be + q.nounPhrase(withDefinite(thing)) + " " + render(cutBreak(ts[from:end]))
	return phrased{core: core, creditBy: &voice{who: who, verb: "says"}, statement: true}, true
}
