package ingest

import (
	"bytes"
	"errors"
	"fmt"
	"math"
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/briefing-tools/briefing/internal/briefing"
	"github.com/briefing-tools/briefing/internal/pdf"
)

// DefaultMaxPages is the most pages of a PDF read unless told otherwise.
const DefaultMaxPages = 2000

// pdfGlyph is one glyph as the page draws it.
type pdfGlyph = pdf.Text

// pdfLine is one line of a page: its text, baseline and font size.
type pdfLine struct {
	text   string
	y      float64
	size   float64
	x, end float64
	// bold: every glyph is in a bold font
	bold bool
}

// errNoTextLayer is the warning for a PDF of scanned pages.
var errNoTextLayer = errors.New("PDF has no text layer (its pages are images, perhaps scanned): run it through OCR first")

// parsePDF reads a PDF's text page by page within opt's limits. Every
// failure of the PDF library, a panic included, is one warning.
func parsePDF(path string, data []byte, opt Options) (docs []briefing.Document, notes []string, err error) {
	defer func() {
		if r := recover(); r != nil {
			docs, notes = nil, nil
			err = describePDFPanic(r)
		}
	}()
	r, err := pdf.NewReaderLimited(bytes.NewReader(data), int64(len(data)), opt.PDF)
	if err != nil {
		return nil, nil, describePDFError(err)
	}
	n := r.NumPage()
	maxPages := opt.MaxPages
	if maxPages <= 0 {
		maxPages = DefaultMaxPages
	}
	if n > maxPages {
		return nil, nil, fmt.Errorf("PDF has %d pages, over the %d-page limit", n, maxPages)
	}
	if n <= 0 {
		return nil, nil, errors.New("damaged PDF: it has no pages")
	}
	var pages [][]pdfLine
	// the text may be larger than the file (it is compressed there), but
	// not without end
	maxText, total := 4*opt.MaxDocSize, int64(0)
	for i := 1; i <= n; i++ {
		p := r.Page(i)
		if p.V.IsNull() {
			notes = append(notes, fmt.Sprintf("page %d could not be found; skipped", i))
			continue
		}
		lines := readingOrder(pageLines(p.Content().Text))
		for _, l := range lines {
			total += int64(len(l.text))
		}
		if total > maxText {
			return nil, nil, fmt.Errorf("PDF stopped by a safety limit: its text is over %s", humanSize(maxText))
		}
		pages = append(pages, lines)
	}
	doc := briefing.Document{Path: path, Format: briefing.FormatPDF}
	layoutPDF(&doc, pages)
	if strings.TrimSpace(doc.Text) == "" {
		return nil, notes, errNoTextLayer
	}
	pdfInfo(&doc, r.Trailer().Key("Info"))
	if doc.Title == "" {
		doc.Title, doc.TitleFromPath = titleFromPath(path), true
	}
	return []briefing.Document{doc}, notes, nil
}

// describePDFError phrases what stopped a PDF from opening.
func describePDFError(err error) error {
	var le *pdf.LimitError
	switch {
	case errors.As(err, &le):
		return fmt.Errorf("PDF stopped by a safety limit: %s", le.What)
	case strings.Contains(err.Error(), "unsupported PDF: encryption"):
		return errors.New("encrypted PDF: its kind of encryption (such as AES-256) cannot be read; save a copy without protection")
	case errors.Is(err, pdf.ErrInvalidPassword), strings.Contains(err.Error(), "encrypt"), strings.Contains(err.Error(), "AES"):
		return errors.New("encrypted PDF: it cannot be read without its password")
	case strings.Contains(err.Error(), "not a PDF file: missing %%EOF"), strings.Contains(err.Error(), "truncated"),
		strings.Contains(err.Error(), "startxref"):
		return errors.New("truncated or damaged PDF: its end (cross-reference table) is missing")
	}
	return fmt.Errorf("damaged PDF: %v", err)
}

// describePDFPanic turns what the PDF library panicked with into the
// warning for the file.
func describePDFPanic(r any) error {
	if le, ok := r.(*pdf.LimitError); ok {
		return fmt.Errorf("PDF stopped by a safety limit: %s", le.What)
	}
	msg := fmt.Sprint(r)
	if strings.Contains(msg, "AES") || strings.Contains(msg, "encrypt") {
		return errors.New("encrypted PDF: it cannot be read without its password")
	}
	return fmt.Errorf("damaged PDF: %s", msg)
}

// pdfInfo copies title, author and date from the Info dictionary.
func pdfInfo(doc *briefing.Document, info pdf.Value) {
	if info.IsNull() {
		return
	}
	doc.Title = SanitizeLine(strings.TrimSpace(info.Key("Title").Text()))
	doc.Author = SanitizeLine(strings.TrimSpace(info.Key("Author").Text()))
	for _, key := range []string{"CreationDate", "ModDate"} {
		if d := pdfDate(info.Key(key).Text()); d != "" {
			doc.Date = d
			break
		}
	}
}

// pdfDate turns "D:20250312093000Z" into "2025-03-12".
func pdfDate(s string) string {
	s = strings.TrimPrefix(strings.TrimSpace(s), "D:")
	if len(s) < 8 {
		return ""
	}
	t, err := time.Parse("20060102", s[:8])
	if err != nil {
		return ""
	}
	return t.Format("2006-01-02")
}

// pageLines groups a page's glyphs into lines in the order the page
// draws them (the reading order of single-column text), inserting the
// spaces PDF leaves out as gaps.
func pageLines(glyphs []pdfGlyph) []pdfLine {
	var lines []pdfLine
	var cur strings.Builder
	var curY, curSize, curX, lastEnd float64
	started, bold := false, true
	flush := func() {
		if started && strings.TrimSpace(cur.String()) != "" {
			lines = append(lines, pdfLine{text: strings.TrimSpace(cur.String()), y: curY, size: curSize, x: curX, end: lastEnd, bold: bold})
		}
		cur.Reset()
		started, bold = false, true
	}
	space := false
	for _, g := range glyphs {
		size := math.Abs(g.FontSize)
		if size == 0 {
			size = 10
		}
		if g.S == "" {
			continue
		}
		if g.S == " " {
			space = true
			continue
		}
		if started && (math.Abs(g.Y-curY) > size*0.5 || g.X < lastEnd-size*2) {
			flush()
		}
		if !started {
			started, curY, curSize, curX = true, g.Y, size, g.X
		} else if space || g.X-lastEnd > size*0.15 {
			cur.WriteByte(' ')
		}
		space = false
		cur.WriteString(expandLigatures(g.S))
		bold = bold && isBoldFont(g.Font)
		w := g.W
		if w <= 0 {
			w = size * 0.5
		}
		lastEnd = g.X + w
		curSize = max(curSize, size)
	}
	flush()
	return lines
}

// ligatures are the typographic ligatures PDF writers draw as one glyph.
var ligatures = strings.NewReplacer("\ufb00", "ff", "\ufb01", "fi", "\ufb02", "fl", "\ufb03", "ffi", "\ufb04", "ffl", "\ufb05", "st", "\ufb06", "st")

func expandLigatures(s string) string {
	if r, _ := utf8.DecodeRuneInString(s); r >= 0xfb00 && r <= 0xfb06 || len(s) > 3 {
		return ligatures.Replace(s)
	}
	return s
}

// isBoldFont tells a bold face by its name ("Times-Bold",
// "ABCDEF+Helvetica-BoldOblique", "TimesNewRomanPS-BoldMT").
func isBoldFont(name string) bool {
	n := strings.ToLower(name)
	return strings.Contains(n, "bold") || strings.Contains(n, "black") || strings.Contains(n, "heavy")
}

// readingOrder puts the lines of a single-column page top to bottom,
// whatever order the page draws them in (some writers draw footers or
// headers first). A page with two lines side by side on one baseline
// has columns or a table, and keeps the order it was drawn in, which is
// the reading order its writer chose.
func readingOrder(lines []pdfLine) []pdfLine {
	byY := slices.Clone(lines)
	sort.SliceStable(byY, func(i, j int) bool { return byY[i].y > byY[j].y })
	for i := 1; i < len(byY); i++ {
		if math.Abs(byY[i].y-byY[i-1].y) < min(byY[i].size, byY[i-1].size)*0.5 {
			return lines
		}
	}
	return byY
}

// pageNumber matches a line that is only a page number ("12", "- 12 -",
// "Page 3 of 9"). Compiled on first use: only PDFs need it.
var pageNumber = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)^[\s\-–—]*(page\s*)?\d{1,4}(\s*(of|/)\s*\d{1,4})?[\s\-–—]*$`)
})

// runningKey is a line with its digits blanked, so "Report — 3" and
// "Report — 4" are the same running header.
func runningKey(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsDigit(r) {
			return '#'
		}
		return r
	}, strings.ToLower(strings.Join(strings.Fields(s), " ")))
}

// edgeLines is how many lines at the top and at the bottom of a page may
// be a running header or footer.
const edgeLines = 2

// dropRunning removes page numbers and the lines repeated at the top or
// bottom of most pages (running headers and footers). The first page
// often has none, so "most" counts the pages after it; a document of
// two pages has one such page, and a line there counts as running only
// when it is also set smaller than the body text.
func dropRunning(pages [][]pdfLine, body, gap float64) [][]pdfLine {
	counts := map[string]int{}
	for p, lines := range pages {
		if p == 0 && len(pages) > 1 {
			continue
		}
		seen := map[string]bool{}
		for i, l := range lines {
			if i < edgeLines || i >= len(lines)-edgeLines {
				k := runningKey(l.text)
				if !seen[k] {
					seen[k] = true
					counts[k]++
				}
			}
		}
	}
	later := max(len(pages)-1, 1)
	threshold := max(1, (later*6+9)/10)
	out := make([][]pdfLine, len(pages))
	for p, lines := range pages {
		for i, l := range lines {
			edge := i < edgeLines || i >= len(lines)-edgeLines
			running := counts[runningKey(l.text)] >= threshold && len(pages) > 1
			if running && later < 2 && !(l.size < body*0.95) {
				running = false
			}
			if edge && isolated(lines, i, gap) && (pageNumber().MatchString(l.text) || running) {
				continue
			}
			out[p] = append(out[p], l)
		}
	}
	return out
}

// isolated reports a line set apart from the text flow, as running
// headers and footers are: further from its neighbour towards the middle
// of the page than lines of a paragraph are from each other.
func isolated(lines []pdfLine, i int, gap float64) bool {
	var d float64
	switch {
	case len(lines) == 1:
		return true
	case i < len(lines)/2 || i == 0:
		d = lines[i].y - lines[i+1].y
	default:
		d = lines[i-1].y - lines[i].y
	}
	return d > gap*1.4 || d < 0
}

// layoutPDF builds the document's text from its pages: lines close
// together form a paragraph, a line in a larger font than the body is a
// heading, a word hyphenated at a line end is joined, and a marker block
// ("— page 2 —") separates pages. A paragraph that runs over a page
// break is kept whole, and the marker follows it.
func layoutPDF(doc *briefing.Document, pages [][]pdfLine) {
	body := bodySize(pages)
	gap := bodyGap(pages, body)
	pages = dropRunning(pages, body, gap)
	right := rightEdge(pages)
	compounds := compoundWords(pages)
	var w structWriter
	var para strings.Builder
	isItem := false
	flush := func() {
		if isItem {
			w.item(para.String())
		} else if para.Len() > 0 {
			w.paragraph(para.String())
		}
		para.Reset()
		isItem = false
	}
	var pendingBreak []int
	breaks := func() {
		for _, n := range pendingBreak {
			w.pageBreak(fmt.Sprintf("— page %d —", n))
		}
		pendingBreak = nil
	}
	var prev *pdfLine
	for p, lines := range pages {
		for i := range lines {
			l := lines[i]
			bigger := l.size > body*1.15 && utf8.RuneCountInString(l.text) < 120
			boldLine := l.bold && shortTitle(l.text) && (i+1 >= len(lines) || !lines[i+1].bold)
			if bigger || boldLine {
				flush()
				breaks()
				level := 2
				if l.size > body*1.6 {
					level = 1
				}
				w.heading(level, l.text)
				prev = nil
				continue
			}
			bullet, rest := bulletLine(l.text)
			newPara := para.Len() == 0 || bullet
			if prev != nil {
				// a line indented from the last, or the last ending a
				// sentence short of the right margin, starts a paragraph
				// (on a new page too); on the same page, so does a gap
				if l.x > prev.x+body*1.5 && !isItem || endsSentence(prev.text) && prev.end < right-body*2 {
					newPara = true
				}
				if i > 0 {
					if d := prev.y - l.y; d > gap*1.4 || d < 0 {
						newPara = true
					}
				}
			}
			prev = &lines[i]
			if newPara && para.Len() > 0 {
				flush()
			}
			if para.Len() == 0 {
				breaks()
			}
			if bullet {
				isItem = true
				joinLine(&para, rest, compounds)
				continue
			}
			joinLine(&para, l.text, compounds)
		}
		if p < len(pages)-1 {
			pendingBreak = append(pendingBreak, p+2)
		}
	}
	flush()
	w.tb.finish(doc)
	// the first heading titles the document when the metadata does not
	if len(doc.Blocks) > 0 && doc.Blocks[0].Kind == briefing.Heading {
		doc.Blocks[0].Level = 1
		doc.Title = SanitizeLine(doc.Text[doc.Blocks[0].Start:doc.Blocks[0].End])
	}
}

// bulletLine tells a list item's first line ("• The frigate…") and
// returns its words without the bullet.
func bulletLine(s string) (bool, string) {
	for _, b := range []string{"•", "▪", "◦", "‣", "-", "–", "*"} {
		if rest, ok := strings.CutPrefix(s, b); ok && strings.HasPrefix(rest, " ") {
			return true, strings.TrimSpace(rest)
		}
	}
	return false, s
}

// rightEdge is where full lines of text end: the right margin.
func rightEdge(pages [][]pdfLine) float64 {
	var ends []float64
	for _, lines := range pages {
		for _, l := range lines {
			ends = append(ends, l.end)
		}
	}
	if len(ends) == 0 {
		return 0
	}
	sort.Float64s(ends)
	return ends[len(ends)*9/10]
}

// shortTitle reports a line short enough, and not ending like a
// sentence, to be a heading when set in bold ("2. Forces deployed").
func shortTitle(s string) bool {
	last, _ := utf8.DecodeLastRuneInString(s)
	return len(strings.Fields(s)) <= 12 && !strings.ContainsRune(".,;", last)
}

// endsSentence reports a line whose last word closes a sentence.
func endsSentence(s string) bool {
	last, _ := utf8.DecodeLastRuneInString(strings.TrimRight(s, " "))
	return strings.ContainsRune(".!?:\"”’)", last)
}

// joinLine appends a line to a paragraph, joining a word hyphenated at
// the end of the previous line. A compound the document writes with its
// hyphen elsewhere ("long-range") keeps it when broken there.
func joinLine(para *strings.Builder, line string, compounds map[string]bool) {
	s := para.String()
	switch {
	case s == "":
	case strings.HasSuffix(s, "\u00ad"):
		cut := strings.TrimSuffix(s, "\u00ad")
		para.Reset()
		para.WriteString(cut)
	case hyphenated(s, line):
		head := strings.TrimSuffix(strings.TrimSuffix(s, "-"), "\u2010")
		if !compounds[strings.ToLower(lastWord(head)+"-"+firstWord(line))] {
			para.Reset()
			para.WriteString(head)
		}
	default:
		para.WriteByte(' ')
	}
	para.WriteString(line)
}

// hyphenated reports a line that ends in a hyphen after a letter while
// the next starts with a lower-case letter: a word broken by the layout
// ("recon-" + "naissance"), not a compound ("anti-" + "Ship").
func hyphenated(s, next string) bool {
	if !strings.HasSuffix(s, "-") && !strings.HasSuffix(s, "\u2010") {
		return false
	}
	trimmed := strings.TrimSuffix(strings.TrimSuffix(s, "-"), "\u2010")
	last, _ := utf8.DecodeLastRuneInString(trimmed)
	first, _ := utf8.DecodeRuneInString(next)
	return unicode.IsLetter(last) && unicode.IsLower(first)
}

// lastWord and firstWord are the letters at the end and the start of s.
func lastWord(s string) string {
	i := strings.LastIndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
	return s[i+1:]
}

func firstWord(s string) string {
	if i := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }); i >= 0 {
		return s[:i]
	}
	return s
}

// compoundWords are the hyphenated words written whole inside the lines
// ("long-range"), lower-cased.
func compoundWords(pages [][]pdfLine) map[string]bool {
	out := map[string]bool{}
	for _, lines := range pages {
		for _, l := range lines {
			for _, w := range strings.Fields(l.text) {
				w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) })
				parts := strings.Split(w, "-")
				for i := 1; i < len(parts); i++ {
					if parts[i-1] != "" && parts[i] != "" {
						out[strings.ToLower(lastWord(parts[i-1])+"-"+firstWord(parts[i]))] = true
					}
				}
			}
		}
	}
	return out
}

// bodySize is the most common font size of the lines: the body text.
func bodySize(pages [][]pdfLine) float64 {
	counts := map[float64]int{}
	for _, lines := range pages {
		for _, l := range lines {
			counts[math.Round(l.size*2)/2] += len(l.text)
		}
	}
	best, n := 10.0, -1
	for size, c := range counts {
		if c > n || (c == n && size < best) {
			best, n = size, c
		}
	}
	return best
}

// bodyGap is the usual distance between two lines of body text.
func bodyGap(pages [][]pdfLine, body float64) float64 {
	var gaps []float64
	for _, lines := range pages {
		for i := 1; i < len(lines); i++ {
			d := lines[i-1].y - lines[i].y
			if d > 0 && math.Abs(lines[i].size-body) < 0.5 {
				gaps = append(gaps, d)
			}
		}
	}
	if len(gaps) == 0 {
		return body * 1.2
	}
	sort.Float64s(gaps)
	return gaps[len(gaps)/4] // a low quartile: paragraphs gaps are the larger ones
}
