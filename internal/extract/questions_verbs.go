package extract

import (
	"fmt"
	"strings"
)

// verbData is data/verbs.yaml: base forms of common verbs and the
// irregular ones' past and participle.
type verbData struct {
	Verbs     []string   `yaml:"verbs"`
	Irregular [][]string `yaml:"irregular"`
}

// verbLexicon tells a verb form from other words and finds its base:
// "targeted" → target, "placing" → place, "carries" → carry, "shot" →
// shoot. Questions are made by moving or adding an auxiliary, which
// needs the base form ("Did the drones strike …?").
type verbLexicon struct {
	// base holds the base forms (a set: a value per word was 128 KB of
	// every process's start-up)
	base wordMap[struct{}]
	// past and participle map irregular forms to their base
	past, participle strTable
	// participleOf maps an irregular base to its participle
	participleOf map[string]string
}

func compileVerbs(d verbData) (*verbLexicon, []error) {
	var errs []error
	// sized from the data: growing them was most of what the compile
	// allocated
	n := len(d.Irregular)
	v := &verbMaps{base: make(map[string]struct{}, len(d.Verbs)), past: make(map[string]string, n),
		participle: make(map[string]string, n), participleOf: make(map[string]string, n)}
	for _, w := range d.Verbs {
		if w == "" || w != strings.ToLower(w) || strings.ContainsAny(w, " \t") {
			errs = append(errs, fmt.Errorf("verbs.yaml: %q must be one lower-case word", w))
			continue
		}
		if _, twice := v.base[w]; twice {
			errs = append(errs, fmt.Errorf("verbs.yaml: %q is listed twice", w))
		}
		v.base[w] = struct{}{}
	}
	for _, row := range d.Irregular {
		if len(row) != 3 {
			errs = append(errs, fmt.Errorf("verbs.yaml: irregular %v must be [base, past, participle]", row))
			continue
		}
		base := row[0]
		if _, ok := v.base[base]; !ok {
			errs = append(errs, fmt.Errorf("verbs.yaml: irregular %q is not in verbs", base))
		}
		for _, p := range strings.Split(row[1], "|") {
			if _, taken := v.past[p]; !taken {
				v.past[p] = base
			}
		}
		for _, p := range strings.Split(row[2], "|") {
			if _, taken := v.participle[p]; !taken {
				v.participle[p] = base
			}
			if _, taken := v.participleOf[base]; !taken {
				v.participleOf[base] = p
			}
		}
	}
	if len(v.base) < 100 {
		errs = append(errs, fmt.Errorf("verbs.yaml: only %d verbs", len(v.base)))
	}
	return &verbLexicon{base: newWordMap(v.base), past: newStrTable(v.past), participle: newStrTable(v.participle),
		participleOf: v.participleOf}, errs
}

// verbMaps is a verbLexicon being read.
type verbMaps struct {
	base                           map[string]struct{}
	past, participle, participleOf map[string]string
}

// strTable maps words to words (see wordMap).
type strTable = wordMap[string]

func newStrTable(m map[string]string) strTable { return newWordMap(m) }

func readVerbs() (*verbLexicon, error) {
	var d verbData
	if err := readData("data/verbs.yaml", &d); err != nil {
		return nil, err
	}
	v, errs := compileVerbs(d)
	if len(errs) > 0 {
		return nil, errs[0]
	}
	return v, nil
}

// pastBase returns the base of a simple past ("inspected", "struck").
func (v *verbLexicon) pastBase(w string) (string, bool) {
	if b, ok := v.past.get(w); ok {
		return b, true
	}
	return v.edBase(w)
}

// participleBase returns the base of a past participle ("drawn",
// "targeted").
func (v *verbLexicon) participleBase(w string) (string, bool) {
	if b, ok := v.participle.get(w); ok {
		return b, true
	}
	return v.edBase(w)
}

// participleFor makes the past participle of a base: arrest → arrested,
// seize → seized, carry → carried, ban → banned, shoot → shot.
func (v *verbLexicon) participleFor(base string) string {
	if p, ok := v.participleOf[base]; ok {
		return p
	}
	n := len(base)
	switch {
	case strings.HasSuffix(base, "e"):
		return base + "d"
	case n > 1 && base[n-1] == 'y' && !strings.ContainsRune("aeiou", rune(base[n-2])):
		return base[:n-1] + "ied"
	case n >= 3 && strings.Count(base, "a")+strings.Count(base, "e")+strings.Count(base, "i")+strings.Count(base, "o")+strings.Count(base, "u") == 1 &&
		strings.ContainsRune("aeiou", rune(base[n-2])) && !strings.ContainsRune("aeiouwxy", rune(base[n-1])):
		return base + string(base[n-1]) + "ed" // one syllable: ban → banned, stop → stopped
	}
	return base + "ed"
}

// edBase undoes a regular "-ed": aimed, placed, carried, planned.
func (v *verbLexicon) edBase(w string) (string, bool) {
	stem, ok := strings.CutSuffix(w, "ed")
	if !ok || len(stem) < 2 {
		return "", false
	}
	switch {
	case v.base.has(stem):
		return stem, true // aimed, focused, downed
	case v.base.has(stem + "e"):
		return stem + "e", true // placed, used
	case strings.HasSuffix(stem, "i") && v.base.has(stem[:len(stem)-1]+"y"):
		return stem[:len(stem)-1] + "y", true // carried
	case doubled(stem) && v.base.has(stem[:len(stem)-1]):
		return stem[:len(stem)-1], true // planned, referred
	}
	return "", false
}

// gerundBase undoes "-ing": killing, placing, planning, dying.
func (v *verbLexicon) gerundBase(w string) (string, bool) {
	stem, ok := strings.CutSuffix(w, "ing")
	if !ok || len(stem) < 2 {
		return "", false
	}
	switch {
	case v.base.has(stem):
		return stem, true
	case v.base.has(stem + "e"):
		return stem + "e", true
	case doubled(stem) && v.base.has(stem[:len(stem)-1]):
		return stem[:len(stem)-1], true
	case strings.HasSuffix(stem, "y") && v.base.has(stem[:len(stem)-1]+"ie"):
		return stem[:len(stem)-1] + "ie", true // dying, lying
	}
	return "", false
}

// thirdBase undoes a third-person "-s": wants, carries, watches, goes.
func (v *verbLexicon) thirdBase(w string) (string, bool) {
	if w == "has" {
		return "have", true
	}
	if w == "does" {
		return "do", true
	}
	if w == "is" {
		return "be", true
	}
	stem, ok := strings.CutSuffix(w, "s")
	if !ok || len(stem) < 2 || strings.HasSuffix(stem, "s") && !strings.HasSuffix(stem, "es") {
		return "", false
	}
	switch {
	case v.base.has(stem):
		return stem, true
	case strings.HasSuffix(stem, "ie") && v.base.has(stem[:len(stem)-2]+"y"):
		return stem[:len(stem)-2] + "y", true
	case strings.HasSuffix(stem, "e") && v.base.has(stem[:len(stem)-1]):
		return stem[:len(stem)-1], true // watches, goes
	}
	return "", false
}

func doubled(stem string) bool {
	n := len(stem)
	return n > 2 && stem[n-1] == stem[n-2] && !strings.ContainsRune("aeiou", rune(stem[n-1]))
}

// thirdPerson makes the present of a base for a singular subject:
// "claim" → "claims", "deny" → "denies".
func thirdPerson(base string) string {
	switch base {
	case "have":
		return "has"
	case "be":
		return "is"
	case "do", "go":
		return base + "es"
	}
	switch {
	case strings.HasSuffix(base, "y") && len(base) > 2 && !strings.ContainsRune("aeiou", rune(base[len(base)-2])):
		return base[:len(base)-1] + "ies"
	case strings.HasSuffix(base, "s") || strings.HasSuffix(base, "sh") || strings.HasSuffix(base, "ch") || strings.HasSuffix(base, "x") || strings.HasSuffix(base, "z"):
		return base + "es"
	}
	return base + "s"
}

// anyForm reports a form of a verb the lexicon knows, finite or not:
// "led", "based", "leading".
func (v *verbLexicon) anyForm(w string) bool {
	if v.base.has(w) {
		return true
	}
	for _, form := range []func(string) (string, bool){v.pastBase, v.participleBase, v.gerundBase, v.thirdBase} {
		if _, ok := form(w); ok {
			return true
		}
	}
	return false
}

// isParticipleOfDeed reports a past participle of a verb that is not a
// schedule's ("built", "deployed"; not "held", "extended").
func (q *qctx) isParticipleOfDeed(w string) bool {
	base, ok := q.vb.participleBase(w)
	return ok && !q.lx.scheduleVerb.has(base)
}
