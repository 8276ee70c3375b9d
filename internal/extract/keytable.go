package extract

// keyTable maps keys (an entry's normalised name) to entries' indices:
// a vocabulary of the keys whose ids are the indices, so that the
// embedded index's tables are read in place from the binary (see
// vocabulary) rather than built into maps at every start.
type keyTable struct{ *vocabulary }

func newKeyTable(m map[string]int) keyTable {
	ids := make(map[string]int32, len(m))
	for k, i := range m {
		ids[k] = int32(i)
	}
	return keyTable{newVocabulary(ids)}
}

// get returns the index under key k.
func (t keyTable) get(k string) (int, bool) {
	if t.vocabulary == nil {
		return 0, false
	}
	i := t.lookup(hashWord(k), k)
	return int(i), i >= 0
}
