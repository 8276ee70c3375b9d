// Package ingest reads briefing documents in every supported format,
// sanitises their text and reports bad input as warnings, so one bad
// file never stops the others from loading.
package ingest

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"

	"github.com/briefing-tools/briefing/internal/briefing"
	"github.com/briefing-tools/briefing/internal/pdf"
	"github.com/briefing-tools/briefing/internal/work"
)

// DefaultMaxDocSize is the largest document read unless told otherwise.
const DefaultMaxDocSize = 16 << 20

// StdinPath is the path argument that means standard input.
const StdinPath = "-"

// Options control loading.
type Options struct {
	// MaxDocSize is the largest input in bytes; DefaultMaxDocSize when zero.
	MaxDocSize int64
	// Stdin is read for the path "-".
	Stdin io.Reader
	// PDF bounds the work of reading one PDF; zero fields take the
	// defaults of pdf.DefaultLimits.
	PDF pdf.Limits
	// MaxPages is the most pages a PDF may have; DefaultMaxPages when zero.
	MaxPages int
	// Files, when set, keeps what each file gave, and a file whose size
	// and modification time are unchanged is not read again (--watch).
	Files *FileCache
}

// Result is what loading produced: the documents that could be read, in
// order, and one warning per problem.
type Result struct {
	Documents []briefing.Document
	Warnings  []briefing.Warning
}

// input is one thing to read: a file found on disk, or standard input.
// An input with a problem carries it instead, so warnings keep the order
// of the paths they are about.
type input struct {
	path    string
	format  briefing.Format // empty: sniff the content
	problem string
}

// Load reads every path (a file, a directory walked recursively in sorted
// order, or "-" for stdin). Documents get ids d1, d2, … in load order.
func Load(paths []string, opt Options) Result {
	if opt.MaxDocSize <= 0 {
		opt.MaxDocSize = DefaultMaxDocSize
	}
	var res Result
	inputs := collect(paths)

	type outcome struct {
		docs     []briefing.Document
		warnings []briefing.Warning
	}
	outcomes := make([]outcome, len(inputs))
	work.Each(len(inputs), runtime.GOMAXPROCS(0), func() func(int) {
		return func(i int) {
			key, cacheable := opt.Files.key(inputs[i])
			if cacheable {
				if docs, warns, ok := opt.Files.get(key); ok {
					outcomes[i] = outcome{docs, warns}
					return
				}
			}
			docs, warns := readInput(inputs[i], opt)
			if cacheable {
				opt.Files.put(key, docs, warns)
			}
			outcomes[i] = outcome{docs, warns}
		}
	})
	opt.Files.prune()
	for _, o := range outcomes {
		res.Documents = append(res.Documents, o.docs...)
		res.Warnings = append(res.Warnings, o.warnings...)
	}
	for i := range res.Documents {
		assignID(&res.Documents[i], fmt.Sprintf("d%d", i+1))
	}
	cleanResult(&res)
	return res
}

// collect expands the paths into inputs, noting what cannot be read.
func collect(paths []string) []input {
	var inputs []input
	seen := map[string]bool{}
	add := func(in input) {
		key := in.path
		if abs, err := filepath.Abs(in.path); err == nil && in.path != StdinPath {
			key = abs
		}
		if seen[key] {
			return
		}
		seen[key] = true
		inputs = append(inputs, in)
	}
	// a path named twice (on the command line and inside a directory
	// given too) is read, or warned about, once
	warn := func(path, msg string) { add(input{path: path, problem: msg}) }
	for _, p := range paths {
		if p == StdinPath {
			add(input{path: StdinPath})
			continue
		}
		info, err := os.Stat(p)
		if err != nil {
			warn(p, describeOpenError(err))
			continue
		}
		if !info.IsDir() {
			if problem := notReadable(p, info.Mode()); problem != "" {
				warn(p, problem)
				continue
			}
			// A file named on the command line is read even without a
			// known extension (its content decides the format).
			format, known := formatOf(p)
			if !known && filepath.Ext(p) != "" {
				warn(p, unsupported(p, fmt.Sprintf("unsupported format %q; supported: %s", filepath.Ext(p), supportedList)))
				continue
			}
			add(input{path: p, format: format})
			continue
		}
		walkErr := filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				warn(path, describeOpenError(err))
				if d != nil && d.IsDir() && path != p {
					return fs.SkipDir
				}
				return nil
			}
			if path != p && strings.HasPrefix(d.Name(), ".") {
				if d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if d.IsDir() {
				return nil
			}
			if isAnnotation(path) {
				return nil
			}
			format, known := formatOf(path)
			if !known {
				warn(path, unsupported(path, fmt.Sprintf("unsupported format %q; skipped", filepath.Ext(path))))
				return nil
			}
			if info, err := os.Stat(path); err != nil {
				warn(path, describeOpenError(err))
				return nil
			} else if problem := notReadable(path, info.Mode()); problem != "" {
				warn(path, problem)
				return nil
			}
			add(input{path: path, format: format})
			return nil
		})
		if walkErr != nil {
			warn(p, walkErr.Error())
		}
	}
	return inputs
}

// notReadable explains why a path that is not a directory cannot be
// read as a document, or returns "". A named pipe, a device or a socket
// could block the load forever or never end; the pipes a shell hands
// over for process substitution (/dev/fd/N, as in <(cmd)) are the one
// exception, since the shell has a writer on them.
func notReadable(path string, mode fs.FileMode) string {
	switch {
	case mode.IsRegular():
		return ""
	case mode&fs.ModeNamedPipe != 0 && isShellPipe(path):
		return ""
	case mode&fs.ModeNamedPipe != 0:
		return "a named pipe, not a regular file; skipped (pipe its content to standard input instead: briefing - < PATH)"
	case mode&fs.ModeSocket != 0:
		return "a socket, not a regular file; skipped"
	case mode&fs.ModeDevice != 0:
		return "a device, not a regular file; skipped"
	}
	return "not a regular file; skipped"
}

// isShellPipe reports the file-descriptor paths a shell passes for
// process substitution.
func isShellPipe(path string) bool {
	for _, dir := range []string{"/dev/fd/", "/proc/self/fd/"} {
		if strings.HasPrefix(path, dir) {
			return true
		}
	}
	return path == "/dev/stdin"
}

// isAnnotation reports gold annotation files kept beside fixtures; they
// describe documents and are not documents themselves.
func isAnnotation(path string) bool {
	return strings.HasSuffix(strings.ToLower(path), ".gold.yaml")
}

// formatOf maps a file extension to a format.
func formatOf(path string) (briefing.Format, bool) {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".txt", ".text":
		return briefing.FormatText, true
	case ".md", ".markdown":
		return briefing.FormatMarkdown, true
	case ".html", ".htm", ".xhtml":
		return briefing.FormatHTML, true
	case ".json":
		return briefing.FormatJSON, true
	case ".pdf":
		return briefing.FormatPDF, true
	case ".docx":
		return briefing.FormatDOCX, true
	}
	return "", false
}

// supportedList names the extensions read, for warnings.
const supportedList = ".txt, .md, .html, .json, .pdf, .docx"

// officeFormats are document formats a briefing may well arrive in but
// that are not read: the warning says what to convert them to.
var officeFormats = map[string]string{
	".doc": "Word 97-2003", ".rtf": "Rich Text", ".odt": "OpenDocument text",
	".xls": "Excel", ".xlsx": "Excel", ".ods": "OpenDocument spreadsheet",
	".ppt": "PowerPoint", ".pptx": "PowerPoint", ".odp": "OpenDocument presentation",
	".pages": "Pages", ".epub": "EPUB",
}

// unsupported words the warning for a file not read: an office format
// gets advice, anything else the given message.
func unsupported(path, otherwise string) string {
	ext := strings.ToLower(filepath.Ext(path))
	if kind, ok := officeFormats[ext]; ok {
		return fmt.Sprintf("unsupported format %q (%s); save it as .docx, .pdf or .txt to load it", ext, kind)
	}
	return otherwise
}

// readInput reads and parses one input; problems become warnings. A
// panic in a parser is a bug, but it costs only this one input.
func readInput(in input, opt Options) (docs []briefing.Document, warns []briefing.Warning) {
	name := in.path
	if name == StdinPath {
		name = "stdin"
	}
	defer func() {
		if r := recover(); r != nil {
			docs = nil
			warns = []briefing.Warning{{Path: name, Message: fmt.Sprintf("internal error while reading (please report): %v", r)}}
		}
	}()
	fail := func(err error) ([]briefing.Document, []briefing.Warning) {
		return nil, []briefing.Warning{{Path: name, Message: err.Error()}}
	}
	if in.problem != "" {
		return nil, []briefing.Warning{{Path: name, Message: in.problem}}
	}
	data, err := readSource(in, opt)
	if err != nil {
		return fail(err)
	}
	if binary := binaryFormat(in.format, data); binary != "" {
		docs, more, err := parseBinary(name, binary, data, opt)
		if err != nil {
			return fail(err)
		}
		for _, n := range more {
			warns = append(warns, briefing.Warning{Path: name, Message: n})
		}
		return docs, warns
	}
	text, notes, err := decodeText(data)
	if err != nil {
		return fail(err)
	}
	format := in.format
	if format == "" {
		format = sniff(text)
	}
	docs, more, err := parse(name, format, text)
	if err != nil {
		return fail(err)
	}
	for _, n := range append(notes, more...) {
		warns = append(warns, briefing.Warning{Path: name, Message: n})
	}
	return docs, warns
}

func readSource(in input, opt Options) ([]byte, error) {
	if in.path == StdinPath {
		if opt.Stdin == nil {
			return nil, fmt.Errorf("standard input is not available")
		}
		return readAll(opt.Stdin, 0, opt.MaxDocSize)
	}
	// non-blocking, so that a file swapped for a FIFO after it was
	// checked cannot hang the open; the mode is checked again on the
	// open file
	f, err := os.OpenFile(in.path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return nil, fmt.Errorf("%s", describeOpenError(err))
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, fmt.Errorf("cannot read: %s", describeOpenError(err))
	}
	if problem := notReadable(in.path, info.Mode()); problem != "" {
		return nil, errors.New(problem)
	}
	var size int64
	if info.Mode().IsRegular() {
		size = info.Size()
	}
	data, err := readAll(f, size, opt.MaxDocSize)
	if err != nil {
		if _, ok := err.(errTooLarge); ok {
			return nil, err
		}
		return nil, fmt.Errorf("cannot read: %s", describeOpenError(err))
	}
	return data, nil
}

// binaryFormat tells which binary format data is in, from its extension
// or, without one, its first bytes; "" for text.
func binaryFormat(format briefing.Format, data []byte) briefing.Format {
	switch {
	case format == briefing.FormatPDF, format == briefing.FormatDOCX:
		return format
	case format != "":
		return ""
	case bytes.HasPrefix(data, []byte("%PDF-")):
		return briefing.FormatPDF
	case bytes.HasPrefix(data, []byte("PK\x03\x04")):
		return briefing.FormatDOCX
	}
	return ""
}

// parseBinary reads a PDF or a DOCX file.
func parseBinary(path string, format briefing.Format, data []byte, opt Options) ([]briefing.Document, []string, error) {
	if format == briefing.FormatPDF {
		return parsePDF(path, data, opt)
	}
	return parseDOCX(path, data, opt)
}

// parse turns decoded text into documents of the given format.
func parse(path string, format briefing.Format, text string) ([]briefing.Document, []string, error) {
	if format == briefing.FormatJSON {
		return parseExport(path, text)
	}
	doc := briefing.Document{Path: path, Format: format}
	var notes []string
	switch format {
	case briefing.FormatMarkdown:
		notes = parseMarkdown(&doc, text)
	case briefing.FormatHTML:
		parseHTML(&doc, text)
	default:
		doc.Format = briefing.FormatText
		parseText(&doc, text)
	}
	if strings.TrimSpace(doc.Text) == "" {
		return nil, notes, errEmpty
	}
	if doc.Title == "" {
		doc.Title, doc.TitleFromPath = titleFromPath(path), true
	}
	return []briefing.Document{doc}, notes, nil
}

// sniff guesses the format of content with no file name to go by.
func sniff(text string) briefing.Format {
	t := strings.TrimSpace(text)
	lower := strings.ToLower(t[:min(len(t), 512)])
	switch {
	case strings.HasPrefix(t, "{"):
		return briefing.FormatJSON
	case strings.HasPrefix(lower, "<!doctype html"), strings.HasPrefix(lower, "<html"),
		strings.HasPrefix(lower, "<") && strings.Contains(lower, "<body"):
		return briefing.FormatHTML
	case strings.HasPrefix(t, "---\n"), strings.HasPrefix(t, "# "), strings.Contains(t, "\n## "), strings.Contains(t, "\n# "):
		return briefing.FormatMarkdown
	}
	return briefing.FormatText
}

// titleFromPath names a document that gives itself no title.
func titleFromPath(path string) string {
	if path == "stdin" {
		return "stdin"
	}
	base := filepath.Base(path)
	return strings.TrimSuffix(base, filepath.Ext(base))
}

// describeOpenError phrases file-system errors without repeating the path,
// which every warning already carries.
func describeOpenError(err error) string {
	switch {
	case os.IsNotExist(err):
		return "no such file or directory"
	case os.IsPermission(err):
		return "permission denied: the file cannot be read"
	}
	if pe, ok := err.(*fs.PathError); ok {
		return pe.Err.Error()
	}
	return err.Error()
}

// assignID gives a document its id and points the spans of any imported
// items at it.
func assignID(doc *briefing.Document, id string) {
	doc.ID = id
	for i := range doc.Curated {
		doc.Curated[i].Span.Doc = id
	}
	if doc.Imported != nil {
		retargetImported(doc.Imported, id)
	}
}
