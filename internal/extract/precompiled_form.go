package extract

// The precompiled form holds each data file's decoded value in the flat
// form of package dataform, by file name. gob, which it replaces,
// copied every blob and string, and its decoding and page faults were a
// fifth of the start-up.

// encodeContainer writes the encoded values of the data files, by name,
// in name order.
func encodeContainer(blobs map[string][]byte) []byte {
	var w snapWriter
	writeMap(&w, blobs, func(b []byte) { w.str(string(b)) })
	return w.buf
}

// readContainer reads what encodeContainer wrote; the values share s.
func readContainer(s string) (map[string]string, error) {
	r := snapReader{s: s}
	n := r.uint()
	if n > uint64(len(s)) {
		return nil, errStaleSnapshot
	}
	m := make(map[string]string, n)
	for ; n > 0 && r.err == nil; n-- {
		name := r.str()
		m[name] = r.str()
	}
	if r.err != nil || r.off != len(s) {
		return nil, errStaleSnapshot
	}
	return m, nil
}
