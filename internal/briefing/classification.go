package briefing

import "strings"

// ClassificationRank orders security markings from least (0: none or
// unclassified) to most restrictive (5: top secret).
func ClassificationRank(c string) int {
	c = strings.ToUpper(c)
	switch {
	case strings.Contains(c, "TOP SECRET"):
		return 5
	case strings.Contains(c, "SECRET"):
		return 4
	case strings.Contains(c, "CONFIDENTIAL"):
		return 3
	case strings.Contains(c, "RESTRICTED"):
		return 2
	case strings.Contains(c, "CUI"), strings.Contains(c, "CONTROLLED"), strings.Contains(c, "OFFICIAL"):
		return 1
	}
	return 0
}

// MostRestrictive returns the most restrictive marking of the documents,
// which a view of all of them must carry.
func MostRestrictive(docs []Document) string {
	best, rank := "", -1
	for _, d := range docs {
		if r := ClassificationRank(d.Classification); d.Classification != "" && r > rank {
			best, rank = d.Classification, r
		}
	}
	return best
}
