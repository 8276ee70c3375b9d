package extract

import "github.com/briefing-tools/briefing/internal/briefing"

// findSatellites finds satellites named by their series and a number:
// "Kosmos 2576", "USA 245", "Yaogan-30". The series says who operates
// them; the series word alone is left to the other stages ("USA" is
// the state).
func (a *analysis) findSatellites() {
	for i := 0; i+1 < len(a.words); i++ {
		if !a.words[i].cap || !a.words[i+1].digit || a.taken[i] || a.taken[i+1] {
			continue
		}
		state, ok := a.lexicon.seriesState[a.lowerWord(i)]
		if gap := a.gapText(i + 1); !ok || gap != " " && gap != "-" {
			continue
		}
		name := oneLine(a.spanText(i, i+1))
		a.addAsset("satellite:"+a.normName(name), i, i+1, name, func(d *assetDraft) {
			d.name, d.kind, d.category, d.domain = name, "satellite", "satellite", briefing.Space
			d.side, d.sideRank = state, sideAdjacent
			d.why.Rule = "satellite-series"
		})
		i++
	}
}
