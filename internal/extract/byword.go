package extract

import "slices"

// byWord maps word indexes to values in a slice sized to the document's
// words and reused across documents: far cheaper than a hash map for
// the lookups every rule makes. The zero value of T means "none".
type byWord[T comparable] struct{ v []T }

func (m *byWord[T]) reset(n int) {
	m.v = slices.Grow(m.v[:0], n)[:n]
	clear(m.v)
}

func (m *byWord[T]) get(i int) (T, bool) {
	var zero T
	if i < 0 || i >= len(m.v) {
		return zero, false
	}
	return m.v[i], m.v[i] != zero
}

func (m *byWord[T]) set(i int, x T) {
	if i >= 0 && i < len(m.v) {
		m.v[i] = x
	}
}

// indexByWord maps word indexes to positions in another slice; it
// stores position+1 so that zero still means "none".
type indexByWord struct{ byWord[int32] }

func (m *indexByWord) get(i int) (int, bool) {
	x, ok := m.byWord.get(i)
	return int(x) - 1, ok
}

func (m *indexByWord) set(i, pos int) { m.byWord.set(i, int32(pos+1)) }
