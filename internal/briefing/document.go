package briefing

// Format is the input format a document was read from.
type Format string

const (
	FormatText     Format = "txt"
	FormatMarkdown Format = "md"
	FormatHTML     Format = "html"
	FormatJSON     Format = "json"
	FormatPDF      Format = "pdf"
	FormatDOCX     Format = "docx"
)

// Document is one loaded, sanitised document. Text is what every offset
// refers to; it never contains terminal control sequences.
type Document struct {
	ID     string `json:"id"`
	Path   string `json:"path"`
	Format Format `json:"format"`
	Title  string `json:"title,omitempty"`
	// TitleFromPath marks a title made from the file name because the
	// document gave none.
	TitleFromPath  bool   `json:"title_from_path,omitempty"`
	Date           string `json:"date,omitempty"`
	Source         string `json:"source,omitempty"`
	Author         string `json:"author,omitempty"`
	Classification string `json:"classification,omitempty"`
	Text           string `json:"text" sanitize:"multiline"`
	// Blocks are the paragraphs, headings and list items of Text, in order.
	Blocks []Block `json:"blocks,omitempty"`

	// Curated holds the items of the author's own "Key actors", "Order of
	// battle" and "Open questions" sections; extraction merges them in.
	Curated []CuratedItem `json:"-"`
	// Imported holds the items of a loaded export. When set, the document
	// is not analysed again: the export's results are kept as they were.
	Imported *Items `json:"-"`
}

// BlockKind tells a paragraph from a heading or a list item.
type BlockKind string

const (
	Paragraph BlockKind = "paragraph"
	Heading   BlockKind = "heading"
	ListItem  BlockKind = "item"
	// PageBreak is the marker line between two pages of a paged
	// document (PDF), such as "— page 2 —".
	PageBreak BlockKind = "page"
)

// Block is a structural unit of a document's Text.
type Block struct {
	Kind  BlockKind `json:"kind"`
	Start int       `json:"start"`
	End   int       `json:"end"`
	// Level is the heading level (1 for a title); zero for other blocks.
	Level int `json:"level,omitempty"`
}

// Section names the curated section a list item was found in.
type Section string

const (
	SectionActors    Section = "actors"
	SectionAssets    Section = "assets"
	SectionQuestions Section = "questions"
)

// CuratedItem is one entry of a curated section, as the author wrote it.
type CuratedItem struct {
	Section Section
	// Text is the item's text; Span locates it in the document's Text.
	Text string
	Span Span
	// Group is the sub-heading or parent list item the item sits under
	// ("United States" in an order of battle grouped by side).
	Group string
	// Fields holds named columns when the section was a table
	// (lower-cased header → cell), and is nil for list items.
	Fields map[string]string
}

// Items groups the three kinds of extracted items.
type Items struct {
	Actors    []Actor
	Assets    []Asset
	Questions []Question
}

// BlockAt returns the block holding a byte offset of the text. Blocks
// are in text order, so this is a binary search.
func (d *Document) BlockAt(offset int) (Block, bool) {
	lo, hi := 0, len(d.Blocks)
	for lo < hi {
		mid := (lo + hi) / 2
		if d.Blocks[mid].End <= offset {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	if lo < len(d.Blocks) && d.Blocks[lo].Start <= offset && offset < d.Blocks[lo].End {
		return d.Blocks[lo], true
	}
	return Block{}, false
}
