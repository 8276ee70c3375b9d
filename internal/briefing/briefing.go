// Package briefing holds the domain types shared by every stage of the
// pipeline: documents as loaded, and the actors, assets and open questions
// extracted from them. It does no I/O and knows nothing of the UI.
package briefing

// Schema names the version of the export format these types serialise to.
const Schema = "briefing/v1"

// Briefing is the result of loading and analysing a set of documents.
type Briefing struct {
	Documents []Document `json:"documents"`
	Actors    []Actor    `json:"actors"`
	Assets    []Asset    `json:"assets"`
	Questions []Question `json:"questions"`
	Warnings  []Warning  `json:"warnings"`
	// Timeline holds the dated events of every document, by date.
	Timeline []Event `json:"timeline,omitempty"`
	// Marks and Notes are the analyst's work from the store, when one
	// was read; older exports have neither.
	Marks []Mark `json:"marks,omitempty"`
	Notes []Note `json:"notes,omitempty"`
}

// Document returns the document with the given id, or nil.
func (b *Briefing) Document(id string) *Document {
	for i := range b.Documents {
		if b.Documents[i].ID == id {
			return &b.Documents[i]
		}
	}
	return nil
}

// Origin says where an item came from.
type Origin string

const (
	// Extracted items were found in the text by the pipeline.
	Extracted Origin = "extracted"
	// Curated items were listed by the author in a dedicated section.
	Curated Origin = "curated"
)

// Span is a half-open range of UTF-8 byte offsets into a document's Text.
// Every mention and every piece of evidence is a Span.
type Span struct {
	Doc   string `json:"doc"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// Len is the span's length in bytes.
func (s Span) Len() int { return s.End - s.Start }

// Warning reports a problem with one input; other inputs still load.
type Warning struct {
	Path    string `json:"path"`
	Message string `json:"message"`
}

func (w Warning) String() string {
	if w.Path == "" {
		return w.Message
	}
	return w.Path + ": " + w.Message
}
