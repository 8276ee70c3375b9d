package briefing

// Precision says how finely a date is known.
type Precision string

const (
	Day   Precision = "day"
	Week  Precision = "week"
	Month Precision = "month"
	Year  Precision = "year"
	// Range: a span of days ("8–9 January", "mid-March").
	Range Precision = "range"
)

// DateBasis says how an event's date was obtained.
type DateBasis string

const (
	// Stated: written in full in the text ("7 January 2026").
	Stated DateBasis = "stated"
	// Resolved: computed from the document's date or a nearby date
	// ("on Saturday", "two days earlier", "7 January" in a dated report).
	Resolved DateBasis = "resolved"
	// Unresolved: listed as written; nothing to anchor it on.
	Unresolved DateBasis = "unresolved"
)

// Event is one dated happening of the timeline.
type Event struct {
	ID string `json:"id"`
	// Date is ISO 8601: 2026-01-07 (day), 2026-W02 (week), 2026-01
	// (month), 2026 (year), 2026-01-08/2026-01-09 (range), or --01-07
	// for a day whose year nothing gives; empty when unresolved.
	Date      string    `json:"date,omitempty"`
	Precision Precision `json:"precision,omitempty"`
	Basis     DateBasis `json:"basis"`
	// Stated is the date expression as written ("two days earlier").
	Stated string `json:"stated"`
	// Text is what happened: a short phrase of the date's clause.
	Text string `json:"text"`
	// Actors and Assets hold the ids of the items named in the sentence.
	Actors []string `json:"actors,omitempty"`
	Assets []string `json:"assets,omitempty"`
	// Document names the document (title or file name); Evidence.Doc
	// keeps its id.
	Document string `json:"document,omitempty"`
	// Evidence is the sentence; DateSpan the date expression in it.
	Evidence Span `json:"evidence"`
	DateSpan Span `json:"date_span"`
}

// Sources says who reports an item: the documents that mention it and
// the distinct sources behind them (publisher or author from the
// metadata, else the document itself).
type Sources struct {
	Documents     []DocRef `json:"documents"`
	Distinct      []string `json:"distinct"`
	DocumentCount int      `json:"document_count"`
	SourceCount   int      `json:"source_count"`
}

// DocRef names a document by id and by the name a reader knows it by.
type DocRef struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

// Report is what one document says of an asset's attributes, kept beside
// the merged values so documents that disagree can be told apart.
type Report struct {
	Doc      string `json:"doc"`
	Origin   Origin `json:"origin,omitempty"`
	Side     string `json:"side,omitempty"`
	Quantity string `json:"quantity,omitempty"`
	Status   Status `json:"status,omitempty"`
	Location string `json:"location,omitempty"`
}

// Name is how a reader knows the document: its title, else its file
// name.
func (d *Document) Name() string {
	if d.Title != "" {
		return d.Title
	}
	name := d.Path
	for i := len(name) - 1; i >= 0; i-- {
		if name[i] == '/' || name[i] == '\\' {
			return name[i+1:]
		}
	}
	if name == "" {
		return d.ID
	}
	return name
}

// DocName is the name of the document with the given id, or the id
// when no such document is loaded.
func (b *Briefing) DocName(id string) string {
	if d := b.Document(id); d != nil {
		return d.Name()
	}
	return id
}
