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

// MostRestrictive returns the marking a view of several documents must
// carry: the most restrictive level among them, followed by every
// caveat any of them carries ("SECRET//NOFORN" and
// "CONFIDENTIAL//FOR TRAINING" give "SECRET//NOFORN//FOR TRAINING"), in
// the order first met, each once. A caveat is what follows "//".
func MostRestrictive(docs []Document) string {
	level, rank := "", -1
	var caveats []string
	seen := map[string]bool{}
	for _, d := range docs {
		if d.Classification == "" {
			continue
		}
		parts := strings.Split(d.Classification, "//")
		if r := ClassificationRank(parts[0]); r > rank {
			level, rank = strings.TrimSpace(parts[0]), r
		}
		for _, c := range parts[1:] {
			c = strings.TrimSpace(c)
			if key := strings.ToUpper(c); c != "" && !seen[key] {
				seen[key] = true
				caveats = append(caveats, c)
			}
		}
	}
	if rank < 0 {
		return ""
	}
	return strings.Join(append([]string{level}, caveats...), "//")
}
