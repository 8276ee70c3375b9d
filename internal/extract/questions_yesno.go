package extract

import (
	"slices"
	"strings"
)

// yesNo asks whether a clause is so: subject sub, predicate pred
// starting with its finite verb. "the drones struck the depot" → "Did
// the drones strike the depot".
func (q *qctx) yesNo(sub subject, pred []tok) string {
	if sub.text == "" || len(pred) == 0 {
		return ""
	}
	// "that no more troops would be needed" asks whether more will be
	if rest, ok := strings.CutPrefix(sub.text, "no more "); ok {
		sub.text = "more " + rest
	}
	if f := q.subjectCase(sub.text); f != sub.text {
		sub.text, sub.plural = f, f == "they" || f == "we"
	}
	v := pred[0].low
	neg := strings.HasSuffix(v, "n't")
	if neg {
		v = strings.TrimSuffix(v, "n't")
		if v == "won" {
			v = "will"
		} else if v == "can" || v == "ca" {
			v = "can"
		}
	}
	rest := pred[1:]
	for len(rest) > 1 && (q.lx.dropAdverb.hasTok(&rest[0]) || strings.HasSuffix(rest[0].low, "ly") && !rest[0].cap && q.isVerbForm(rest[1].low)) {
		rest = rest[1:]
	}
	join := func(parts ...string) string {
		n := 0
		for _, p := range parts {
			n += len(p) + 1
		}
		var b strings.Builder
		b.Grow(n)
		for _, p := range parts {
			if p == "" {
				continue
			}
			if b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(p)
		}
		return b.String()
	}
	do := "Does"
	if sub.plural {
		do = "Do"
	}
	switch {
	case q.lx.modal.has(v):
		// "could belong to a class and had previously left its base":
		// the deed in another tense is not what could be
		for k := 1; k+1 < len(rest); k++ {
			if rest[k].low == "and" && (q.lx.aux.hasTok(&rest[k+1]) && !q.lx.modal.hasTok(&rest[k+1]) || q.pastTense(rest[k+1].low) && !rest[k+1].cap) {
				rest = rest[:k]
				break
			}
		}
		if len(rest) > 1 && rest[0].low == "have" {
			if base, ok := q.vb.participleBase(rest[1].low); ok && rest[1].low != "been" {
				return join("Did", sub.text, base, render(rest[2:]))
			}
			if rest[1].low == "been" {
				be := "Was"
				if sub.plural {
					be = "Were"
				}
				return join(be, sub.text, render(rest[2:]))
			}
		}
		// "could constitute a breach": whether it does, now
		if (v == "could" || v == "may" || v == "might") && len(rest) > 0 && q.lx.stative.hasTok(&rest[0]) {
			return join(do, sub.text, render(rest))
		}
		// "his name may be an amalgamation of …", "banditry may be evolving
		// in dangerous ways": what it is, or is doing, now
		if (v == "could" || v == "may" || v == "might") && len(rest) > 1 && rest[0].low == "be" &&
			(rest[1].low == "a" || rest[1].low == "an" || strings.HasSuffix(rest[1].low, "ing") && q.isVerbForm(rest[1].low)) {
			be := "Is"
			if sub.plural {
				be = "Are"
			}
			return join(be, sub.text, render(rest[1:]))
		}
		lead := "Will"
		switch v {
		case "can":
			lead = "Can"
		case "should":
			lead = "Should"
		case "must":
			lead = "Must"
		}
		return join(lead, sub.text, render(rest))
	case v == "is" || v == "are" || v == "was" || v == "were" || v == "am":
		return join(upperFirst(v), sub.text, render(rest))
	case v == "has" || v == "have":
		// "has more than doubled", "has nearly halved": a degree before
		// the participle
		at := 0
		for at < len(rest)-1 && at < 2 && (rest[at].low == "more" || rest[at].low == "less" || rest[at].low == "than" ||
			strings.HasSuffix(rest[at].low, "ly") && !q.lx.lyNoun.hasTok(&rest[at])) {
			at++
		}
		if at < len(rest) {
			// (a verb the lexicon lacks, in -ed, is a participle too:
			// "has shuttled")
			ed := len(rest[at].low) > 4 && strings.HasSuffix(rest[at].low, "ed")
			if _, ok := q.vb.participleBase(rest[at].low); ok || ed || rest[at].low == "been" {
				return join(upperFirst(v), sub.text, render(rest))
			}
		}
		return join(do, sub.text, "have", render(rest))
	case v == "had":
		// "had since moved": an adverb before the participle
		for len(rest) > 1 && (q.lx.dropAdverb.hasTok(&rest[0]) || rest[0].low == "since") && rest[0].low != "not" && rest[0].low != "never" {
			rest = rest[1:]
		}
		if len(rest) > 0 && rest[0].low == "been" {
			be := "Was"
			if sub.plural {
				be = "Were"
			}
			return join(be, sub.text, render(rest[1:]))
		}
		if len(rest) > 0 {
			if base, ok := q.vb.participleBase(rest[0].low); ok {
				return join("Did", sub.text, base, render(q.baseCoordinated(rest[1:])))
			}
		}
		return join("Did", sub.text, "have", render(rest))
	case v == "do" || v == "does" || v == "did":
		lead := "Did"
		if v != "did" {
			lead = do
		}
		return join(lead, sub.text, render(rest))
	}
	if base, ok := q.vb.pastBase(v); ok {
		return join("Did", sub.text, base, render(q.baseCoordinated(rest)))
	}
	if base, ok := q.vb.thirdBase(v); ok {
		return join("Does", sub.text, base, render(rest))
	}
	if q.vb.base.has(v) {
		return join(do, sub.text, v, render(rest))
	}
	return ""
}

// baseCoordinated puts the verbs joined to a question's first one in
// their base form: "planted a flag, filmed it and ran" after "Did they
// plant" reads "a flag, film it and run". A relative clause's verbs
// stay as they are ("militants who launched a surprise and coordinated
// strike").
func (q *qctx) baseCoordinated(rest []tok) []tok {
	var out []tok
	for i, t := range rest {
		if t.low == "who" || t.low == "which" || t.low == "that" {
			break
		}
		// (not "in Dargo, located in Boulsa province": a participle set
		// beside a name, then where)
		aside := i > 0 && rest[i-1].brk && rest[i-1].cap && i+1 < len(rest) && q.lx.prep.hasTok(&rest[i+1])
		if i > 0 && (rest[i-1].low == "and" || rest[i-1].low == "or" || rest[i-1].brk) && !t.cap && !aside {
			if base, ok := q.vb.pastBase(t.low); ok && base != t.low {
				if out == nil {
					out = slices.Clone(rest)
				}
				out[i] = synth(base)
				out[i].brk = t.brk
			}
		}
	}
	if out == nil {
		return rest
	}
	return out
}

// isVerbForm reports a verb's base, past, participle or gerund.
func (q *qctx) isVerbForm(w string) bool {
	if q.vb.base.has(w) {
		return true
	}
	if _, ok := q.vb.participleBase(w); ok {
		return true
	}
	_, ok := q.vb.gerundBase(w)
	return ok
}

// askClause asks whether the clause ts[from:to] is so, finding its
// subject and verb. It returns "" when it finds no verb.
func (q *qctx) askClause(ts []tok, from, to int) string {
	for from < to && (ts[from].low == "that" || ts[from].low == "and" || ts[from].low == "but") {
		from++
	}
	// "whether any of them were taken out": them, the drones named before
	if from+3 < to && ts[from+1].low == "of" && ts[from+2].low == "them" {
		// (ts may be a piece of the sentence: the search runs in the whole)
		at := slices.IndexFunc(q.ts, func(t tok) bool { return t.at == ts[from].at && t.wi >= 0 })
		if np := q.pluralBefore(q.ts, at); at > 0 && len(np) > 0 {
			clause := append(append(slices.Clone(ts[from:from+2]), np...), ts[from+3:to]...)
			return q.askClause(clause, 0, len(clause))
		}
	}
	// "While no one was hurt, the destroyer shot down …": the main clause
	if from < to && q.lx.subordinator.hasTok(&ts[from]) {
		for j := from; j < to-1; j++ {
			if ts[j].brk {
				from = j + 1
				break
			}
		}
	}
	k := q.finite(ts, from, to)
	if k <= from {
		return ""
	}
	return q.yesNo(q.subjectOf(ts[from:k]), ts[k:to])
}

// subordinator reports a word opening a subordinate clause.
func (q *qctx) subordinator(w string) bool { return q.lx.subordinator.has(w) }

// subjectCase puts an object pronoun made a question's subject in its
// subject form: "urged them to stick to the truce" → "they".
func (q *qctx) subjectCase(text string) string {
	if f, ok := q.lx.subjectForm[text]; ok {
		return f
	}
	return text
}
