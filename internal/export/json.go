// Package export writes a briefing as versioned JSON (briefing/v1) or as
// a readable Markdown brief.
package export

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"

	"github.com/briefing-tools/briefing/internal/briefing"
)

// JSON writes b as an indented briefing/v1 document: every field the
// schema names, document text included, so a file reads back
// losslessly. Empty lists are written as [] so consumers never meet
// null. The export is streamed element by element (a document's text is
// the bulk of it), so memory holds one element's encoding, not the
// whole output.
func JSON(w io.Writer, b briefing.Briefing) error {
	s := &jsonStream{w: bufio.NewWriterSize(w, 64<<10)}
	s.raw("{\n  \"schema\": ")
	s.value(briefing.Schema, "  ")
	s.raw(",\n  \"documents\": ")
	writeList(s, b.Documents, func(d briefing.Document) any { return d })
	s.raw(",\n  \"actors\": ")
	writeList(s, b.Actors, func(a briefing.Actor) any {
		a.Mentions = orEmpty(a.Mentions)
		return a
	})
	s.raw(",\n  \"assets\": ")
	writeList(s, b.Assets, func(a briefing.Asset) any {
		a.Mentions = orEmpty(a.Mentions)
		return a
	})
	s.raw(",\n  \"questions\": ")
	writeList(s, b.Questions, func(q briefing.Question) any {
		q.Evidence = orEmpty(q.Evidence)
		return q
	})
	s.raw(",\n  \"warnings\": ")
	writeList(s, b.Warnings, func(w briefing.Warning) any { return w })
	// the analyst's work, added to the schema later: written only when
	// there is some, so exports without a store are unchanged
	if len(b.Marks) > 0 {
		s.raw(",\n  \"marks\": ")
		writeList(s, b.Marks, func(m briefing.Mark) any { return m })
	}
	if len(b.Notes) > 0 {
		s.raw(",\n  \"notes\": ")
		writeList(s, b.Notes, func(n briefing.Note) any { return n })
	}
	s.raw("\n}\n")
	if s.err != nil {
		return s.err
	}
	return s.w.Flush()
}

// jsonStream writes JSON pieces, keeping the first error.
type jsonStream struct {
	w   *bufio.Writer
	buf bytes.Buffer
	err error
}

func (s *jsonStream) raw(text string) {
	if s.err == nil {
		_, s.err = s.w.WriteString(text)
	}
}

// value writes v indented as it would be at that depth of the whole
// document (prefix), HTML characters left as they are.
func (s *jsonStream) value(v any, prefix string) {
	if s.err != nil {
		return
	}
	s.buf.Reset()
	enc := json.NewEncoder(&s.buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent(prefix, "  ")
	if s.err = enc.Encode(v); s.err != nil {
		return
	}
	_, s.err = s.w.Write(bytes.TrimSuffix(s.buf.Bytes(), []byte("\n")))
}

// writeList writes a top-level list, one element at a time.
func writeList[T any](s *jsonStream, list []T, shape func(T) any) {
	if len(list) == 0 {
		s.raw("[]")
		return
	}
	s.raw("[\n    ")
	for i, e := range list {
		if i > 0 {
			s.raw(",\n    ")
		}
		s.value(shape(e), "    ")
	}
	s.raw("\n  ]")
}

func orEmpty[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}
