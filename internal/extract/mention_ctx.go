package extract

// mentionCtx is what every mention stage is handed: the window it reads
// (its text view and the gazetteer's matches in it, the gazetteer, its
// index and the lexicon) and the mention state it writes, with the memos
// of names' keys as scratch. It is built once per worker (newAnalysis)
// and points at the analysis' values, so the stages share its buffers.
// Each stage's own rules are methods of the stage; only what several
// stages ask is a method of mentionCtx.
type mentionCtx struct {
	*textView
	*gazetteerMatches
	*mentionState
	*nameKeys
	g       *Gazetteer
	ix      *index
	lexicon *lexiconData
}

// nameKeys remembers the keys of names across windows: the same names
// recur from window to window, and folding them costs.
type nameKeys struct {
	names           memo // normalizeName's answers
	keys            memo // normalizeKey's
	owners          memo // ownerless'
	institutionKeys memo // institutionKey's
}

func (k *nameKeys) normName(s string) string { return k.names.get(s, normalizeName) }

func (k *nameKeys) normKey(s string) string { return k.keys.get(s, normalizeKey) }
