// Package export writes a briefing as versioned JSON (briefing/v1) or as
// a readable Markdown brief.
package export

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"unicode/utf8"

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
	writeDocuments(s, b.Documents)
	s.raw(",\n  \"actors\": ")
	writeList(s, b.Actors, func(a briefing.Actor) {
		spans := a.Mentions
		a.Mentions = []briefing.Span{}
		s.valueWithList(a, "    ", "mentions", spans)
	})
	s.raw(",\n  \"assets\": ")
	writeList(s, b.Assets, func(a briefing.Asset) {
		spans := a.Mentions
		a.Mentions = []briefing.Span{}
		s.valueWithList(a, "    ", "mentions", spans)
	})
	s.raw(",\n  \"questions\": ")
	writeList(s, b.Questions, func(q briefing.Question) {
		spans := q.Evidence
		q.Evidence = []briefing.Span{}
		s.valueWithList(q, "    ", "evidence", spans)
	})
	s.raw(",\n  \"warnings\": ")
	writeList(s, b.Warnings, func(w briefing.Warning) { s.value(w, "    ") })
	if len(b.Timeline) > 0 { // additive: a briefing without dates reads as before
		s.raw(",\n  \"timeline\": ")
		writeList(s, b.Timeline, func(e briefing.Event) { s.value(e, "    ") })
	}
	// the analyst's work, added to the schema later: written only when
	// there is some, so exports without a store are unchanged
	if len(b.Marks) > 0 {
		s.raw(",\n  \"marks\": ")
		writeList(s, b.Marks, func(m briefing.Mark) { s.value(m, "    ") })
	}
	if len(b.Notes) > 0 {
		s.raw(",\n  \"notes\": ")
		writeList(s, b.Notes, func(n briefing.Note) { s.value(n, "    ") })
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
	buf bytes.Buffer // a value's compact encoding
	out []byte       // and laid out
	err error
}

// encode encodes v as encoding/json would with the indent of that
// depth (prefix), HTML characters left as they are, without the final
// newline. The result is valid until the next call.
func (s *jsonStream) encode(v any, prefix string) ([]byte, bool) {
	if s.err != nil {
		return nil, false
	}
	s.buf.Reset()
	enc := json.NewEncoder(&s.buf)
	enc.SetEscapeHTML(false)
	if s.err = enc.Encode(v); s.err != nil {
		return nil, false
	}
	s.out = appendIndented(s.out[:0], bytes.TrimSuffix(s.buf.Bytes(), []byte("\n")), prefix, "  ")
	return s.out, true
}

func (s *jsonStream) raw(text string) {
	if s.err == nil {
		_, s.err = s.w.WriteString(text)
	}
}

// value writes v indented as it would be at that depth of the whole
// document (prefix), HTML characters left as they are.
func (s *jsonStream) value(v any, prefix string) {
	if b, ok := s.encode(v, prefix); ok {
		s.write(b)
	}
}

// writeList writes a top-level list, one element at a time.
func writeList[T any](s *jsonStream, list []T, write func(T)) {
	if len(list) == 0 {
		s.raw("[]")
		return
	}
	s.raw("[\n    ")
	for i, e := range list {
		if i > 0 {
			s.raw(",\n    ")
		}
		write(e)
	}
	s.raw("\n  ]")
}

// The pieces below keep what a long element holds (a document's text and
// blocks, an item's thousand mentions) out of memory as one encoding:
// the element is encoded with that field empty, the field's part of the
// encoding cut off, and its contents written piece by piece in the same
// layout encoding/json gives them.

// valueWithList writes v, whose field named field was emptied to []
// from list, with list's elements written one by one in its place.
func (s *jsonStream) valueWithList(v any, prefix, field string, list []briefing.Span) {
	head, tail, ok := s.encodeAround(v, prefix, field, "[]")
	if !ok {
		return
	}
	s.write(head)
	s.writeSpans(list, prefix+"  ")
	s.write(tail)
}

// writeSpans writes spans as writeElements would, without reflection:
// an item's spans are most of the export after the texts.
func (s *jsonStream) writeSpans(list []briefing.Span, prefix string) {
	if len(list) == 0 {
		s.raw("[]")
		return
	}
	in, field := prefix+"  ", prefix+"    "
	b := append(s.out[:0], "[\n"...)
	for i, sp := range list {
		if i > 0 {
			b = append(b, ",\n"...)
		}
		b = append(append(b, in...), "{\n"...)
		b = append(append(b, field...), `"doc": `...)
		b = appendString(b, sp.Doc)
		b = append(append(append(b, ",\n"...), field...), `"start": `...)
		b = strconv.AppendInt(b, int64(sp.Start), 10)
		b = append(append(append(b, ",\n"...), field...), `"end": `...)
		b = strconv.AppendInt(b, int64(sp.End), 10)
		b = append(append(append(b, '\n'), in...), '}')
		if len(b) > textChunk {
			s.write(b)
			b = b[:0]
		}
	}
	b = append(append(append(b, '\n'), prefix...), ']')
	s.write(b)
	s.out = b[:0]
}

// appendString appends text as a JSON string, as encoding/json writes
// it without HTML escaping: as it is when it needs no escape (ids do
// not), else by the encoder.
func appendString(b []byte, text string) []byte {
	for i := 0; i < len(text); i++ {
		if c := text[i]; c < 0x20 || c >= 0x7f || c == '"' || c == '\\' {
			var buf bytes.Buffer
			enc := json.NewEncoder(&buf)
			enc.SetEscapeHTML(false)
			_ = enc.Encode(text) // a string always encodes
			return append(b, bytes.TrimSuffix(buf.Bytes(), []byte("\n"))...)
		}
	}
	return append(append(append(b, '"'), text...), '"')
}

// writeElements writes a list of values as the encoder indents a field's
// list at depth prefix (the field's own indentation).
func writeElements[T any](s *jsonStream, list []T, prefix string) {
	if len(list) == 0 {
		s.raw("[]")
		return
	}
	s.raw("[\n" + prefix + "  ")
	for i, e := range list {
		if i > 0 {
			s.raw(",\n" + prefix + "  ")
		}
		s.value(e, prefix+"  ")
	}
	s.raw("\n" + prefix + "]")
}

// encodeAround encodes v and cuts the encoding around the value of its
// field named field, which must be empty (written as empty): the part
// before the value and the part after it, without the final newline.
func (s *jsonStream) encodeAround(v any, prefix, field, empty string) (head, tail []byte, ok bool) {
	b, ok := s.encode(v, prefix)
	if !ok {
		return nil, nil, false
	}
	// the field at v's own depth: nested values are indented further
	key := []byte("\n" + prefix + "  \"" + field + "\": ")
	at := bytes.Index(b, key)
	if at < 0 || !bytes.HasPrefix(b[at+len(key):], []byte(empty)) {
		s.err = fmt.Errorf("export: %T has no empty %q field", v, field)
		return nil, nil, false
	}
	cut := at + len(key)
	// the tail is copied: writing the field's contents reuses s.out
	return b[:cut], bytes.Clone(b[cut+len(empty):]), true
}

func (s *jsonStream) write(b []byte) {
	if s.err == nil {
		_, s.err = s.w.Write(b)
	}
}

// writeDocuments writes the documents, each with its text escaped in
// chunks and its blocks one by one.
func writeDocuments(s *jsonStream, docs []briefing.Document) {
	writeList(s, docs, func(d briefing.Document) {
		text, blocks := d.Text, d.Blocks
		d.Text, d.Blocks = "", nil // empty blocks are omitted: they are written after the text
		head, tail, ok := s.encodeAround(d, "    ", "text", `""`)
		if !ok {
			return
		}
		s.write(head)
		s.writeString(text)
		if len(blocks) > 0 {
			s.raw(",\n      \"blocks\": ")
			writeElements(s, blocks, "      ")
		}
		s.write(tail)
	})
}

// textChunk is how much of a text is escaped at once.
const textChunk = 64 << 10

// writeString writes text as a JSON string, escaped as encoding/json
// escapes it (without HTML escaping), a chunk at a time. Chunks are cut
// before the first byte of a character: the encoder escapes character by
// character (an invalid byte on its own), so the pieces join to the
// encoding of the whole.
func (s *jsonStream) writeString(text string) {
	s.raw(`"`)
	for len(text) > 0 && s.err == nil {
		n := min(len(text), textChunk)
		for n < len(text) && !utf8.RuneStart(text[n]) {
			n++
		}
		s.buf.Reset()
		enc := json.NewEncoder(&s.buf)
		enc.SetEscapeHTML(false)
		if s.err = enc.Encode(text[:n]); s.err != nil {
			return
		}
		b := s.buf.Bytes()
		s.write(b[1 : len(b)-2]) // without the quotes and the newline
		text = text[n:]
	}
	s.raw(`"`)
}
