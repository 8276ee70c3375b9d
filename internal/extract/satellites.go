package extract

import "github.com/briefing-tools/briefing/internal/briefing"

// satelliteStage finds satellites named by their series and a number:
// "Kosmos 2576", "USA 245", "Yaogan-30". It reads the window's words and
// the lexicon's series, and adds satellites to the mention state.
type satelliteStage struct{ mentionCtx }

// find reads every series word before a number. The series says who
// operates them; the series word alone is left to the other stages
// ("USA" is the state).
func (s *satelliteStage) find() {
	for i := 0; i+1 < len(s.words); i++ {
		if !s.words[i].cap || !s.words[i+1].digit || s.taken[i] || s.taken[i+1] {
			continue
		}
		state, ok := s.lexicon.seriesState[s.lowerWord(i)]
		if gap := s.gapText(i + 1); !ok || gap != " " && gap != "-" {
			continue
		}
		name := oneLine(s.spanText(i, i+1))
		s.addAsset("satellite:"+s.normName(name), i, i+1, name, func(d *assetDraft) {
			d.name, d.kind, d.category, d.domain = name, "satellite", "satellite", briefing.Space
			d.side, d.sideRank = state, sideAdjacent
			d.why.Rule = "satellite-series"
		})
		i++
	}
}
