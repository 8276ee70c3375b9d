// Package pdf reads the text of PDF files. It is rsc.io/pdf v0.1.1
// (BSD licence, see LICENSE) with bounds added so that a hostile file
// cannot exhaust memory, time or the stack: NewReaderLimited charges
// every token, object lookup, nesting level and decompressed byte to
// a budget (limits.go) and stops the file with a *LimitError. Other
// changes: PDF 2.0 headers are accepted, a page's content may be an
// array of streams, fonts are read once per page (widths, ToUnicode maps
// with bfchar, CID widths), parsed objects are kept, RC4 object keys
// have the length the standard gives, and nothing is printed.
package pdf
