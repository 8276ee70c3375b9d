// Package export writes a briefing as versioned JSON (briefing/v1) or as
// a readable Markdown brief.
package export

import (
	"encoding/json"
	"io"
	"slices"

	"github.com/briefing-tools/briefing/internal/briefing"
)

// file is the JSON shape of an export: every field the schema names,
// document text included, so a file reads back losslessly.
type file struct {
	Schema    string              `json:"schema"`
	Documents []briefing.Document `json:"documents"`
	Actors    []briefing.Actor    `json:"actors"`
	Assets    []briefing.Asset    `json:"assets"`
	Questions []briefing.Question `json:"questions"`
	Warnings  []briefing.Warning  `json:"warnings"`
}

// JSON writes b as an indented briefing/v1 document. Empty lists are
// written as [] so consumers never meet null.
func JSON(w io.Writer, b briefing.Briefing) error {
	f := file{
		Schema:    briefing.Schema,
		Documents: orEmpty(b.Documents),
		Actors:    slices.Clone(orEmpty(b.Actors)),
		Assets:    slices.Clone(orEmpty(b.Assets)),
		Questions: slices.Clone(orEmpty(b.Questions)),
		Warnings:  orEmpty(b.Warnings),
	}
	for i := range f.Actors {
		f.Actors[i].Mentions = orEmpty(f.Actors[i].Mentions)
	}
	for i := range f.Assets {
		f.Assets[i].Mentions = orEmpty(f.Assets[i].Mentions)
	}
	for i := range f.Questions {
		f.Questions[i].Evidence = orEmpty(f.Questions[i].Evidence)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(f)
}

func orEmpty[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}
