package ingest

import (
	"strings"

	"github.com/briefing-tools/briefing/internal/briefing"
)

// sectionNames maps the headings authors use for curated sections to the
// section they hold. Headings are compared lower-cased, without
// punctuation; a leading "key", "main" or "principal" is optional.
var sectionNames = map[string]briefing.Section{
	"actors": briefing.SectionActors, "players": briefing.SectionActors, "people": briefing.SectionActors,
	"personalities": briefing.SectionActors, "parties": briefing.SectionActors, "whos who": briefing.SectionActors,
	"actors and organisations": briefing.SectionActors, "actors and organizations": briefing.SectionActors,
	"key figures": briefing.SectionActors, "figures": briefing.SectionActors, "stakeholders": briefing.SectionActors,

	"order of battle": briefing.SectionAssets, "orbat": briefing.SectionAssets, "forces": briefing.SectionAssets,
	"assets": briefing.SectionAssets, "military assets": briefing.SectionAssets, "forces and assets": briefing.SectionAssets,
	"force posture": briefing.SectionAssets, "forces deployed": briefing.SectionAssets, "deployed forces": briefing.SectionAssets,
	"platforms": briefing.SectionAssets, "equipment": briefing.SectionAssets, "force laydown": briefing.SectionAssets,
	"forces in theatre": briefing.SectionAssets, "forces in theater": briefing.SectionAssets, "order of battle orbat": briefing.SectionAssets,

	"open questions": briefing.SectionQuestions, "questions": briefing.SectionQuestions, "unknowns": briefing.SectionQuestions,
	"outstanding questions": briefing.SectionQuestions, "unresolved questions": briefing.SectionQuestions,
	"intelligence gaps": briefing.SectionQuestions, "information gaps": briefing.SectionQuestions, "gaps": briefing.SectionQuestions,
	"what we dont know": briefing.SectionQuestions, "what to watch": briefing.SectionQuestions, "watch points": briefing.SectionQuestions,
	"questions to watch": briefing.SectionQuestions, "remaining questions": briefing.SectionQuestions,
}

// curatedSection returns the section a heading opens, if any.
func curatedSection(heading string) (briefing.Section, bool) {
	var b strings.Builder
	for _, r := range strings.ToLower(heading) {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9', r == ' ':
			b.WriteRune(r)
		case r == '&':
			b.WriteString(" and ")
		case r == '-' || r == '/':
			b.WriteRune(' ')
		}
	}
	name := strings.Join(strings.Fields(b.String()), " ")
	for _, prefix := range []string{"key ", "main ", "principal ", "major "} {
		if s, ok := sectionNames[strings.TrimPrefix(name, prefix)]; ok && strings.HasPrefix(name, prefix) {
			return s, true
		}
	}
	s, ok := sectionNames[name]
	return s, ok
}
