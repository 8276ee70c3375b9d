package ingest

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"unicode/utf8"

	"golang.org/x/text/encoding/unicode"
)

// errEmpty and friends are the reasons a document is skipped.
var (
	errEmpty  = errors.New("empty document: nothing to analyse")
	errBinary = errors.New("binary content (NUL bytes or undecodable data): not a text document")
)

// errTooLarge says how large an input is and what the limit is. A stream
// (standard input, a pipe) has no size to tell until read to its end,
// which may never come: size is then unknown (-1).
type errTooLarge struct{ size, limit int64 }

func (e errTooLarge) Error() string {
	if e.size < 0 {
		return fmt.Sprintf("input holds more than the %s limit; raise --max-doc-size to load it", humanSize(e.limit))
	}
	return fmt.Sprintf("file is %s, over the %s limit; raise --max-doc-size to load it", humanSize(e.size), humanSize(e.limit))
}

// readAll reads at most limit bytes from r and fails, without reading
// further, when there is more.
func readAll(r io.Reader, size, limit int64) ([]byte, error) {
	if size > limit {
		return nil, errTooLarge{size, limit}
	}
	// a file's size at its opening sizes the buffer, with the room a
	// last read needs to see the end: io.ReadAll would grow it from
	// 512 bytes, copying the text a dozen times
	buf := bytes.NewBuffer(make([]byte, 0, max(size, 0)+bytes.MinRead))
	if _, err := buf.ReadFrom(io.LimitReader(r, limit+1)); err != nil {
		return nil, err
	}
	data := buf.Bytes()
	if int64(len(data)) > limit {
		// the size read is the limit plus one byte, not the input's size
		return nil, errTooLarge{-1, limit}
	}
	return data, nil
}

// decodeText turns raw bytes into a string: UTF-16 with a byte-order mark
// is converted, a UTF-8 BOM dropped, and invalid UTF-8 replaced by U+FFFD
// with a note. Binary data is refused.
func decodeText(data []byte) (text string, notes []string, err error) {
	if bytes.HasPrefix(data, []byte{0xff, 0xfe}) || bytes.HasPrefix(data, []byte{0xfe, 0xff}) {
		dec := unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder()
		u, derr := dec.Bytes(data)
		if derr != nil {
			return "", nil, fmt.Errorf("UTF-16 text could not be decoded: %w", derr)
		}
		data = u
		notes = append(notes, "decoded from UTF-16")
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if bytes.IndexByte(data, 0) >= 0 {
		return "", nil, errBinary
	}
	if !utf8.Valid(data) {
		if invalidShare(data) > 0.3 {
			return "", nil, errBinary
		}
		notes = append(notes, "invalid UTF-8 replaced with U+FFFD")
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return "", notes, errEmpty
	}
	return string(data), notes, nil
}

// invalidShare is the fraction of bytes that are not valid UTF-8.
func invalidShare(data []byte) float64 {
	bad := 0
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size == 1 {
			bad++
		}
		i += size
	}
	return float64(bad) / float64(len(data))
}

func humanSize(n int64) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KiB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
}
