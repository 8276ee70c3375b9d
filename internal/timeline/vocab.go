// Package timeline finds the dates a document gives — absolute ("7
// January 2026", "8–9 January", "June 2025"), and relative ("on
// Saturday", "two days earlier", "earlier this month") resolved against
// the document's date — and turns each into an event of the briefing's
// timeline. The words it knows are data (data/dates.yaml).
package timeline

import (
	"bytes"
	_ "embed"
	"fmt"
	"strings"
	"sync"

	"gopkg.in/yaml.v3"

	"github.com/briefing-tools/briefing/internal/briefing"
	"github.com/briefing-tools/briefing/internal/dataform"
)

//go:embed data/dates.yaml
var datesYAML []byte

// datesForm is dates.yaml decoded, in the flat form of package dataform:
// reading it costs a fraction of parsing the YAML at every start. A test
// checks that it holds what the YAML says.
//
//go:generate go test -run TestDatesForm -regenerate .
//go:embed data/dates.form
var datesForm string

// vocab is the parsed, validated date vocabulary.
type vocab struct {
	Months []struct {
		Number int      `yaml:"number"`
		Names  []string `yaml:"names"`
	} `yaml:"months"`
	Weekdays []struct {
		Number int      `yaml:"number"`
		Names  []string `yaml:"names"`
	} `yaml:"weekdays"`
	Numbers map[string]int `yaml:"numbers"`
	Units   []struct {
		Names     []string           `yaml:"names"`
		Unit      string             `yaml:"unit"`
		Precision briefing.Precision `yaml:"precision"`
	} `yaml:"units"`
	Directions []struct {
		Word   string `yaml:"word"`
		Sign   int    `yaml:"sign"`
		Anchor anchor `yaml:"anchor"`
	} `yaml:"directions"`
	Relative []relRule `yaml:"relative"`
	Parts    []struct {
		Words []string `yaml:"words"`
		First int      `yaml:"first"`
		Last  int      `yaml:"last"`
	} `yaml:"parts"`
	Leads []struct {
		Word      string `yaml:"word"`
		Direction string `yaml:"direction"`
	} `yaml:"leads"`
	Dayparts   []string `yaml:"dayparts"`
	FutureCues []string `yaml:"future_cues"`

	// look-ups built from the lists above
	month, weekday map[string]int
	fullMonth      map[string]bool // a month's full name, never abbreviated
	unit           map[string]unitRule
	direction      map[string]dirRule
	lead           map[string]int // word → -1 past, +1 future, 0 none
	daypart        map[string]bool
	relWords       [][]string // each relative phrase as words, longest first
	relByIndex     []int      // relWords[i] is Relative[relByIndex[i]]
	partWords      [][]string
	partByIndex    []int
	// relByFirst lists the relative phrases by their first word, longest
	// first; starts holds every word a date expression can begin with
	relByFirst  map[string][]int
	partByFirst map[string][]int
	starts      map[string]bool
	// leadOnly: lead words that start nothing themselves ("in", "on"),
	// which begin a date only before a number or a word of afterLead
	leadOnly  map[string]bool
	afterLead map[string]bool
	// phraseOnly: words that start a date only as the first of a phrase
	// of several ("the day before", "the end of"), with the words that
	// may come second: "the" begins nothing before "army"
	phraseOnly map[string]map[string]bool
	anchors    anchorSet
}

// anchor is what a relative date counts from.
type anchor string

const (
	fromDoc      anchor = "doc"
	fromPrevious anchor = "previous"
)

type relRule struct {
	Phrase    string             `yaml:"phrase"`
	Anchor    anchor             `yaml:"anchor"`
	Days      int                `yaml:"days"`
	Months    int                `yaml:"months"`
	Years     int                `yaml:"years"`
	SpanDays  int                `yaml:"span_days"`
	Precision briefing.Precision `yaml:"precision"`
}

type unitRule struct {
	unit      string
	precision briefing.Precision
}

type dirRule struct {
	sign   int
	anchor anchor
}

var (
	vocabOnce sync.Once
	theVocab  *vocab
	vocabErr  error
)

// loadVocab reads the embedded vocabulary once, from its precompiled
// form when that fits the types, else from the YAML.
func loadVocab() (*vocab, error) {
	vocabOnce.Do(func() {
		var v vocab
		if dataform.Decode(datesForm, &v) == nil {
			theVocab, vocabErr = v.compile()
			return
		}
		theVocab, vocabErr = parseVocab(datesYAML)
	})
	return theVocab, vocabErr
}

// parseVocab decodes strictly and checks every entry, so a typo in the
// data is an error at load rather than a date silently missed.
func parseVocab(data []byte) (*vocab, error) {
	var v vocab
	if err := decodeVocab(data, &v); err != nil {
		return nil, err
	}
	return v.compile()
}

// decodeVocab decodes the YAML strictly: an unknown key is an error.
func decodeVocab(data []byte, v *vocab) error {
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(v); err != nil {
		return fmt.Errorf("dates.yaml: %w", err)
	}
	return nil
}

// compile checks every entry and builds the look-up tables.
func (v *vocab) compile() (*vocab, error) {
	var errs []string
	bad := func(format string, args ...any) { errs = append(errs, fmt.Sprintf(format, args...)) }
	word := func(s string) string { return strings.TrimSpace(strings.ToLower(s)) }
	v.month, v.weekday, v.fullMonth = map[string]int{}, map[string]int{}, map[string]bool{}
	for _, m := range v.Months {
		if m.Number < 1 || m.Number > 12 || len(m.Names) == 0 {
			bad("month %d: number 1–12 and at least one name", m.Number)
		}
		for i, n := range m.Names {
			v.month[word(n)] = m.Number
			if i == 0 {
				v.fullMonth[word(n)] = true
			}
		}
	}
	if len(v.Months) != 12 {
		bad("%d months, want 12", len(v.Months))
	}
	for _, d := range v.Weekdays {
		if d.Number < 0 || d.Number > 6 || len(d.Names) == 0 {
			bad("weekday %d: number 0–6 and at least one name", d.Number)
		}
		for _, n := range d.Names {
			v.weekday[word(n)] = d.Number
		}
	}
	if len(v.Weekdays) != 7 {
		bad("%d weekdays, want 7", len(v.Weekdays))
	}
	for w, n := range v.Numbers {
		if n <= 0 || strings.Contains(w, " ") {
			bad("number %q: one word, a positive value", w)
		}
	}
	v.unit = map[string]unitRule{}
	for _, u := range v.Units {
		switch u.Unit {
		case "day", "week", "month", "year":
		default:
			bad("unit %q: day, week, month or year", u.Unit)
		}
		if !validPrecision(u.Precision) {
			bad("unit %q: unknown precision %q", u.Unit, u.Precision)
		}
		for _, n := range u.Names {
			v.unit[word(n)] = unitRule{u.Unit, u.Precision}
		}
	}
	v.direction = map[string]dirRule{}
	for _, d := range v.Directions {
		if d.Sign != 1 && d.Sign != -1 || !validAnchor(d.Anchor) {
			bad("direction %q: sign ±1 and anchor doc or previous", d.Word)
		}
		v.direction[word(d.Word)] = dirRule{d.Sign, d.Anchor}
	}
	for i, r := range v.Relative {
		if r.Phrase == "" || !validAnchor(r.Anchor) || !validPrecision(r.Precision) {
			bad("relative phrase %q: a phrase, anchor doc or previous, and a precision", r.Phrase)
		}
		if (r.SpanDays > 0) != (r.Precision == briefing.Range) {
			bad("relative phrase %q: span_days goes with precision range, and only with it", r.Phrase)
		}
		v.relWords = append(v.relWords, strings.Fields(word(r.Phrase)))
		v.relByIndex = append(v.relByIndex, i)
	}
	sortLongestFirst(v.relWords, v.relByIndex)
	for i, p := range v.Parts {
		if p.First < 1 || p.Last > 31 || p.First > p.Last {
			bad("part %v: days within 1–31, first ≤ last", p.Words)
		}
		for _, w := range p.Words {
			v.partWords = append(v.partWords, strings.Fields(word(w)))
			v.partByIndex = append(v.partByIndex, i)
		}
	}
	sortLongestFirst(v.partWords, v.partByIndex)
	v.lead = map[string]int{}
	for _, l := range v.Leads {
		switch l.Direction {
		case "":
			v.lead[word(l.Word)] = 0
		case "past":
			v.lead[word(l.Word)] = -1
		case "future":
			v.lead[word(l.Word)] = 1
		default:
			bad("lead %q: direction past, future or none", l.Word)
		}
	}
	v.daypart = map[string]bool{}
	for _, d := range v.Dayparts {
		v.daypart[word(d)] = true
	}
	for i, c := range v.FutureCues {
		v.FutureCues[i] = word(c)
	}
	v.relByFirst, v.starts = map[string][]int{}, map[string]bool{}
	for i, words := range v.relWords {
		if len(words) > 0 {
			v.relByFirst[words[0]] = append(v.relByFirst[words[0]], i)
		}
	}
	for _, set := range []map[string]int{v.month, v.weekday, v.Numbers, v.lead} {
		for w := range set {
			v.starts[w] = true
		}
	}
	for w := range v.relByFirst {
		v.starts[w] = true
	}
	v.partByFirst = map[string][]int{}
	for i, words := range v.partWords {
		v.starts[words[0]] = true
		v.partByFirst[words[0]] = append(v.partByFirst[words[0]], i)
	}
	v.leadOnly, v.afterLead = map[string]bool{}, map[string]bool{}
	for _, set := range []map[string]int{v.month, v.weekday} {
		for w := range set {
			v.afterLead[w] = true
		}
	}
	for w := range v.partByFirst {
		v.afterLead[w] = true
	}
	for w := range v.lead {
		_, month := v.month[w]
		_, weekday := v.weekday[w]
		_, number := v.Numbers[w]
		_, relative := v.relByFirst[w]
		_, part := v.partByFirst[w]
		if !month && !weekday && !number && !relative && !part {
			v.leadOnly[w] = true
		}
	}
	v.phraseOnly = map[string]map[string]bool{}
	single := map[string]bool{}
	for _, set := range []map[string]int{v.month, v.weekday, v.Numbers, v.lead} {
		for w := range set {
			single[w] = true
		}
	}
	for _, list := range [][][]string{v.relWords, v.partWords} {
		for _, words := range list {
			if len(words) == 1 {
				single[words[0]] = true
			}
		}
	}
	for _, list := range [][][]string{v.relWords, v.partWords} {
		for _, words := range list {
			if len(words) > 1 && !single[words[0]] {
				if v.phraseOnly[words[0]] == nil {
					v.phraseOnly[words[0]] = map[string]bool{}
				}
				v.phraseOnly[words[0]][words[1]] = true
			}
		}
	}
	v.anchors = newAnchorSet(v)
	if len(errs) > 0 {
		return nil, fmt.Errorf("dates.yaml: %s", strings.Join(errs, "; "))
	}
	return v, nil
}

func validAnchor(a anchor) bool { return a == fromDoc || a == fromPrevious }

func validPrecision(p briefing.Precision) bool {
	switch p {
	case briefing.Day, briefing.Week, briefing.Month, briefing.Year, briefing.Range:
		return true
	}
	return false
}

// sortLongestFirst orders phrases (and their indexes alike) by word
// count, longest first, so "earlier this month" wins over "this month".
func sortLongestFirst(words [][]string, idx []int) {
	for i := 1; i < len(words); i++ {
		for j := i; j > 0 && len(words[j]) > len(words[j-1]); j-- {
			words[j], words[j-1] = words[j-1], words[j]
			idx[j], idx[j-1] = idx[j-1], idx[j]
		}
	}
}
