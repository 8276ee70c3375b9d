// Package marks ties the store's events to the items of a briefing:
// the stable key of each item, what values a mark may take, and the
// current marks and notes of every item, orphans included.
package marks

import (
	_ "embed"
	"fmt"
	"slices"
	"strings"
	"sync"

	"gopkg.in/yaml.v3"

	"github.com/briefing-tools/briefing/internal/store"
)

//go:embed vocab.yaml
var vocabYAML []byte

// Value is one value a field may take.
type Value struct {
	Value string `yaml:"value"`
	Glyph string `yaml:"glyph"`
	Help  string `yaml:"help"`
}

// FieldVocab is what one field may hold, and on which items.
type FieldVocab struct {
	Targets []store.Target `yaml:"targets"`
	Values  []Value        `yaml:"values"`
}

// Vocabulary is the whole of vocab.yaml.
type Vocabulary struct {
	Status    FieldVocab `yaml:"status"`
	Priority  FieldVocab `yaml:"priority"`
	Flag      FieldVocab `yaml:"flag"`
	NoteGlyph string     `yaml:"note_glyph"`
}

// Vocab returns the embedded vocabulary, read and checked on first use:
// as a package-level value it was decoded at every process's start,
// marks or not.
var Vocab = sync.OnceValue(func() Vocabulary { return mustVocab(vocabYAML) })

func mustVocab(data []byte) Vocabulary {
	v, err := parseVocab(data)
	if err != nil {
		panic("marks/vocab.yaml: " + err.Error())
	}
	return v
}

func parseVocab(data []byte) (Vocabulary, error) {
	var v Vocabulary
	dec := yaml.NewDecoder(strings.NewReader(string(data)))
	dec.KnownFields(true)
	if err := dec.Decode(&v); err != nil {
		return v, err
	}
	for _, f := range []store.Field{store.StatusField, store.PriorityField, store.FlagField} {
		fv := v.Field(f)
		if len(fv.Values) == 0 || len(fv.Targets) == 0 {
			return v, fmt.Errorf("%s: no values or no targets", f)
		}
		seen := map[string]bool{}
		for _, val := range fv.Values {
			if val.Value == "" || len([]rune(val.Glyph)) != 1 || seen[val.Value] {
				return v, fmt.Errorf("%s: value %q needs a name, one glyph and no twin", f, val.Value)
			}
			seen[val.Value] = true
		}
	}
	if len([]rune(v.NoteGlyph)) != 1 {
		return v, fmt.Errorf("note_glyph must be one character")
	}
	return v, nil
}

// Field returns the vocabulary of a field (empty for notes).
func (v Vocabulary) Field(f store.Field) FieldVocab {
	switch f {
	case store.StatusField:
		return v.Status
	case store.PriorityField:
		return v.Priority
	case store.FlagField:
		return v.Flag
	}
	return FieldVocab{}
}

// Names lists a field's values.
func (fv FieldVocab) Names() []string {
	out := make([]string, len(fv.Values))
	for i, v := range fv.Values {
		out[i] = v.Value
	}
	return out
}

// Glyph is the glyph of a value, or "".
func (fv FieldVocab) Glyph(value string) string {
	for _, v := range fv.Values {
		if v.Value == value {
			return v.Glyph
		}
	}
	return ""
}

// Next is the value after current, cycling; from "" it is the first.
func (fv FieldVocab) Next(current string) string {
	names := fv.Names()
	i := slices.Index(names, current)
	return names[(i+1)%len(names)]
}

// FieldFor says which field a value belongs to on a target: a status
// or priority on a question, a flag on an actor or asset.
func (v Vocabulary) FieldFor(target store.Target, value string) (store.Field, error) {
	var allowed []string
	for _, f := range []store.Field{store.StatusField, store.PriorityField, store.FlagField} {
		fv := v.Field(f)
		if !slices.Contains(fv.Targets, target) {
			continue
		}
		if slices.Contains(fv.Names(), value) {
			return f, nil
		}
		if f != store.PriorityField {
			allowed = append(allowed, fv.Names()...)
		}
	}
	if len(allowed) == 0 {
		return "", fmt.Errorf("%s %s takes notes, not marks", article(string(target)), target)
	}
	return "", fmt.Errorf("%q is not a mark for %s %s: use %s", value, article(string(target)), target, strings.Join(allowed, ", "))
}

// Check refuses a value the field does not take on that target.
func (v Vocabulary) Check(target store.Target, f store.Field, value string) error {
	fv := v.Field(f)
	if !slices.Contains(fv.Targets, target) {
		return fmt.Errorf("%s %s has no %s", article(string(target)), target, f)
	}
	if !slices.Contains(fv.Names(), value) {
		return fmt.Errorf("%q is not a %s: use %s", value, f, strings.Join(fv.Names(), ", "))
	}
	return nil
}

// article is "a" or "an" before a word.
func article(word string) string {
	if word != "" && strings.ContainsRune("aeiou", rune(word[0])) {
		return "an"
	}
	return "a"
}
