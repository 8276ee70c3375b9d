package marks

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/briefing-tools/briefing/internal/briefing"
	"github.com/briefing-tools/briefing/internal/store"
)

// An item's key is target:document-hash:identity, where the document
// hash is the sha256 of the text of a document that mentions the item,
// and the identity is what stays the same when the extractor improves:
//
//   - an actor or asset: its normalised name (any of its names and
//     aliases matches, so a renamed item keeps its marks);
//   - a question: the hash of its claim (the normalised evidence
//     sentence) and of its normalised wording; when the wording changes
//     but one question still rests on that claim, the marks follow it;
//   - a document: nothing more.
//
// The actor's kind (person, organisation…) is left out on purpose: an
// improved extractor that reclassifies "Hamas" must not orphan its marks.

// docHash is the sha256 of a document's text, in hex.
func docHash(d *briefing.Document) string {
	sum := sha256.Sum256([]byte(d.Text))
	return hex.EncodeToString(sum[:])
}

// Normalize folds a name or a sentence for matching: NFKC, lower case,
// letters and digits kept, everything else one space.
func Normalize(s string) string {
	s = norm.NFKC.String(s)
	var b strings.Builder
	space := false
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(unicode.ToLower(r))
		} else {
			space = true
		}
	}
	return b.String()
}

func shortHash(s string) string {
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:8])
}

// nameKey keys a name already normalised (Normalize).
func nameKey(target store.Target, doc, norm string) string {
	return string(target) + ":" + doc + ":" + norm
}

// questionKey keys a question by its claim and the short hash of its
// normalised wording.
func questionKey(doc, claim, wording string) string {
	return string(store.QuestionTarget) + ":" + doc + ":" + shortHash(Normalize(claim)) + "/" + wording
}

// claimPrefix is the part of a question key that names its claim.
func claimPrefix(key string) string {
	if i := strings.LastIndexByte(key, '/'); i > 0 {
		return key[:i]
	}
	return key
}

func documentKey(doc string) string { return fmt.Sprintf("%s:%s:", store.DocumentTarget, doc) }
