package ingest

import (
	"fmt"
	"strings"
	"time"

	"gopkg.in/yaml.v3"

	"github.com/briefing-tools/briefing/internal/briefing"
)

// splitFrontMatter separates a leading YAML block fenced by "---" lines
// from the Markdown body. ok is false when the text has none.
func splitFrontMatter(text string) (front, body string, ok bool, err error) {
	if !strings.HasPrefix(text, "---\n") && !strings.HasPrefix(text, "---\r\n") {
		return "", text, false, nil
	}
	rest := text[strings.IndexByte(text, '\n')+1:]
	for off := 0; off < len(rest); {
		end := strings.IndexByte(rest[off:], '\n')
		lineEnd := len(rest)
		if end >= 0 {
			lineEnd = off + end
		}
		l := strings.TrimRight(rest[off:lineEnd], " \r")
		if l == "---" || l == "..." {
			body = ""
			if lineEnd < len(rest) {
				body = rest[lineEnd+1:]
			}
			return rest[:off], body, true, nil
		}
		off = lineEnd + 1
	}
	return "", text, false, fmt.Errorf("front matter is not closed by a \"---\" line; read as Markdown")
}

// Front matter is a few lines of metadata; these limits stop a hostile
// block before YAML decoding, whose duplicate-key check is quadratic in
// the keys of a mapping (50,000 keys took a minute).
const (
	maxFrontMatterSize = 64 << 10
	maxFrontMatterKeys = 512
)

// applyFrontMatter copies the known fields of a YAML front matter block
// into doc. A malformed or oversized block is reported and ignored.
func applyFrontMatter(doc *briefing.Document, front string) error {
	if len(front) > maxFrontMatterSize {
		return fmt.Errorf("front matter is %s, over the %s limit; body loaded without it", humanSize(int64(len(front))), humanSize(maxFrontMatterSize))
	}
	// parsing to a node is linear; only a block of sane size is decoded
	var node yaml.Node
	if err := yaml.Unmarshal([]byte(front), &node); err != nil {
		return fmt.Errorf("malformed front matter (%s); body loaded without it", firstLine(err.Error()))
	}
	if n := mappingKeys(&node); n > maxFrontMatterKeys {
		return fmt.Errorf("front matter has %d keys, over the limit of %d; body loaded without it", n, maxFrontMatterKeys)
	}
	var fields map[string]any
	if node.Kind != 0 {
		if err := node.Decode(&fields); err != nil {
			return fmt.Errorf("malformed front matter (%s); body loaded without it", firstLine(err.Error()))
		}
	}
	get := func(keys ...string) string {
		for _, k := range keys {
			for name, v := range fields {
				if strings.EqualFold(name, k) {
					return SanitizeLine(scalarString(v))
				}
			}
		}
		return ""
	}
	doc.Title = get("title")
	doc.Date = get("date", "published", "created")
	doc.Source = get("source", "publisher", "outlet")
	doc.Author = get("author", "authors", "by")
	doc.Classification = get("classification", "marking")
	return nil
}

// mappingKeys counts the keys of every mapping in a parsed block. Aliases
// are not followed, so the count is linear in the block's size.
func mappingKeys(n *yaml.Node) int {
	count := 0
	if n.Kind == yaml.MappingNode {
		count += len(n.Content) / 2
	}
	for _, c := range n.Content {
		count += mappingKeys(c)
	}
	return count
}

func scalarString(v any) string {
	switch x := v.(type) {
	case nil:
		return ""
	case string:
		return x
	case time.Time:
		if x.Hour() == 0 && x.Minute() == 0 && x.Second() == 0 {
			return x.Format("2006-01-02")
		}
		return x.Format(time.RFC3339)
	case []any:
		parts := make([]string, 0, len(x))
		for _, e := range x {
			parts = append(parts, scalarString(e))
		}
		return strings.Join(parts, ", ")
	case map[string]any:
		return ""
	}
	return fmt.Sprint(v)
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}
