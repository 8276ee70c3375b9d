package briefing

// Mark is an analyst's mark on an item as exported: a question's status
// or priority, or an actor's or asset's flag.
type Mark struct {
	// Item is the id of the marked item; empty when the mark is
	// orphaned (its item is no longer extracted from these documents).
	Item  string `json:"item,omitempty"`
	Key   string `json:"key"`
	Label string `json:"label,omitempty"`
	Field string `json:"field"`
	Value string `json:"value"`
	Who   string `json:"who"`
	At    string `json:"at"` // RFC 3339, UTC
}

// Note is an analyst's note on an item as exported.
type Note struct {
	Item  string `json:"item,omitempty"` // empty when orphaned
	Key   string `json:"key"`
	Label string `json:"label,omitempty"`
	Text  string `json:"text"`
	Who   string `json:"who"`
	At    string `json:"at"`
}
