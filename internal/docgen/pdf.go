package docgen

import (
	"bytes"
	"fmt"
	"strings"
	"time"

	"codeberg.org/go-pdf/fpdf"
)

// PDFOptions shape the PDF written.
type PDFOptions struct {
	// Hyphenate breaks long words at line ends with a hyphen, as a
	// typesetter does.
	Hyphenate bool
	// Encrypt protects the file with a user password.
	Encrypt string
	// Restrict encrypts the file with an owner password only: anyone may
	// open it, as with documents protected against copying or editing.
	Restrict bool
	// Uncompressed writes the page content as plain text.
	Uncompressed bool
}

const (
	bodySize   = 11.0
	lineHeight = 5.2 // mm
	left       = 20.0
	top        = 22.0
	pageW      = 210.0
	pageH      = 297.0
	bottom     = 24.0
)

// PDF writes d as a single-column A4 PDF with fpdf's core Helvetica
// (Windows-1252 text): a running header and a page-number footer on
// every page, and the title, author and date in its metadata.
func PDF(d Doc, opt PDFOptions) ([]byte, error) {
	f := fpdf.New("P", "mm", "A4", "")
	f.SetCompression(!opt.Uncompressed)
	f.SetCatalogSort(true) // the same document gives the same bytes
	f.SetMargins(left, top, left)
	f.SetAutoPageBreak(false, bottom)
	tr := f.UnicodeTranslatorFromDescriptor("")
	f.SetTitle(d.Title, true)
	f.SetAuthor(d.Author, true)
	f.SetCreator("briefing docgen", true)
	date := d.Date
	if date.IsZero() {
		date = time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	f.SetCreationDate(date)
	f.SetModificationDate(date)
	switch {
	case opt.Encrypt != "":
		f.SetProtection(fpdf.CnProtectPrint, opt.Encrypt, opt.Encrypt+"-owner")
	case opt.Restrict:
		f.SetProtection(fpdf.CnProtectPrint, "", "owner")
	}
	header := d.Header
	if header == "" {
		header = d.Title
	}
	f.SetHeaderFunc(func() {
		if f.PageNo() > 1 {
			f.SetFont("Helvetica", "I", 8)
			f.Text(left, 12, tr(header))
		}
	})
	f.SetFooterFunc(func() {
		f.SetFont("Helvetica", "", 8)
		label := fmt.Sprintf("Page %d", f.PageNo())
		f.Text((pageW-f.GetStringWidth(label))/2, pageH-12, label)
	})
	f.AddPage()
	y := top
	line := func(x float64, text string, style string, size float64, lh float64) {
		if y+lh > pageH-bottom {
			f.AddPage()
			y = top
		}
		f.SetFont("Helvetica", style, size)
		y += lh
		f.Text(x, y, tr(text))
	}
	width := pageW - 2*left
	for i, b := range d.Blocks {
		switch b.Kind {
		case Heading:
			size := 13.0
			if b.Level == 1 {
				size = 17
			}
			y += 2
			line(left, b.Text, "B", size, size*0.5)
			y += 2
		case Item:
			f.SetFont("Helvetica", "", bodySize)
			for j, l := range wrap(f, tr, b.Text, width-6, opt.Hyphenate) {
				if j == 0 {
					line(left, "•", "", bodySize, lineHeight)
					y -= lineHeight
				}
				line(left+6, l, "", bodySize, lineHeight)
			}
			if i+1 < len(d.Blocks) && d.Blocks[i+1].Kind != Item {
				y += 2
			}
		case Row:
			style := ""
			if i == 0 || d.Blocks[i-1].Kind != Row {
				style = "B"
			}
			line(left, strings.Join(b.Cells, " | "), style, bodySize-1, lineHeight)
			if i+1 < len(d.Blocks) && d.Blocks[i+1].Kind != Row {
				y += 2
			}
		default:
			f.SetFont("Helvetica", "", bodySize)
			for _, l := range wrap(f, tr, b.Text, width, opt.Hyphenate) {
				line(left, l, "", bodySize, lineHeight)
			}
			y += 2.5
		}
	}
	var buf bytes.Buffer
	if err := f.Output(&buf); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// wrap breaks text into lines no wider than width; with hyphenate, a
// long word that does not fit is split with a hyphen.
func wrap(f *fpdf.Fpdf, tr func(string) string, text string, width float64, hyphenate bool) []string {
	var lines []string
	cur := ""
	fits := func(s string) bool { return f.GetStringWidth(tr(s)) <= width }
	for _, word := range strings.Fields(text) {
		try := word
		if cur != "" {
			try = cur + " " + word
		}
		if fits(try) {
			cur = try
			continue
		}
		// a compound breaks after its own hyphen, as typesetters do
		if i := strings.Index(word, "-"); hyphenate && cur != "" && i > 0 && i < len(word)-1 && fits(cur+" "+word[:i+1]) {
			lines = append(lines, cur+" "+word[:i+1])
			cur = word[i+1:]
			continue
		}
		if hyphenate && len(word) >= 8 && cur != "" {
			// the longest head of at least three letters that fits
			for cut := len(word) - 3; cut >= 3; cut-- {
				head := word[:cut]
				if !isLetters(head) || !isLetters(word[cut:cut+1]) {
					continue
				}
				if fits(cur + " " + head + "-") {
					lines = append(lines, cur+" "+head+"-")
					cur = word[cut:]
					goto next
				}
			}
		}
		if cur != "" {
			lines = append(lines, cur)
		}
		cur = word
	next:
	}
	if cur != "" {
		lines = append(lines, cur)
	}
	return lines
}

func isLetters(s string) bool {
	for _, r := range s {
		if !(r >= 'a' && r <= 'z') {
			return false
		}
	}
	return s != ""
}
