package extract

import (
	"github.com/briefing-tools/briefing/internal/briefing"
)

// The index's trie read back: following a word's edge, the refs of the
// forms that end at a node, and a surface form looked up whatever its
// case.

// lookup returns the refs of a surface form, whatever its case.
func (ix *index) lookup(form string) []ref {
	if len(form) > maxLookupForm || !isASCII(form) {
		return ix.lookupWords(splitForm(form))
	}
	// splitASCIIForm without its copies: the form lower-cased on the
	// stack, its words spans of that
	var buf [maxLookupForm]byte
	lower := buf[:len(form)]
	for i := 0; i < len(form); i++ {
		lower[i] = lowerByte(form[i])
	}
	var spans [8][2]int
	n, start := 0, -1
	for i := 0; i <= len(lower); i++ {
		if i < len(lower) && isASCIIWordByte(lower[i]) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			if n == len(spans) {
				return ix.lookupWords(splitForm(form))
			}
			spans[n] = [2]int{start, i}
			n++
			start = -1
		}
		// drop the "s" of a possessive
		if i+1 < len(lower) && lower[i] == '\'' && lower[i+1] == 's' && (i+2 == len(lower) || !isASCIIWordByte(lower[i+2])) {
			i++
		}
	}
	first := 0
	if n > 1 && string(lower[spans[0][0]:spans[0][1]]) == "the" {
		first = 1
	}
	node := int32(0)
	for _, sp := range spans[first:n] {
		w := lower[sp[0]:sp[1]]
		h := fnvOffset
		for _, c := range w {
			h = hashByte(h, c)
		}
		var ok bool
		if node, ok = ix.step(node, h, string(w)); !ok {
			return nil
		}
	}
	return ix.refsAt(node)
}

// maxLookupForm is the longest form lookup reads without copying it.
const maxLookupForm = 64

// lookupWords is lookup of a form split by splitForm.
func (ix *index) lookupWords(words []string) []ref {
	node := int32(0)
	for _, w := range words {
		var ok bool
		if node, ok = ix.step(node, hashWord(w), w); !ok {
			return nil
		}
	}
	return ix.refsAt(node)
}

// step follows word w, hashed h, from a trie node to its child.
func (ix *index) step(node int32, h uint32, w string) (int32, bool) {
	id := ix.vocab.lookup(h, w)
	if id < 0 {
		return 0, false
	}
	return ix.child(node, id)
}

// refsAt returns the refs of the forms ending at a trie node.
func (ix *index) refsAt(node int32) []ref {
	if !ix.terminal(node) {
		return nil
	}
	return ix.nodeRefs(node)
}

// nodeRefs returns the refs of the forms ending at node, a terminal.
func (ix *index) nodeRefs(node int32) []ref {
	start, end := ix.refStart[node], ix.refStart[node+1]
	return ix.refs[start:end:end]
}

// domainOf returns the domain of a category, however it is written.
func (ix *index) domainOf(category string) briefing.Domain {
	if d, ok := ix.categoryDomains[category]; ok {
		return d
	}
	return ix.categories[normalizeKey(category)].Domain
}

// child follows the trie edge of word id from node.
func (ix *index) child(node, id int32) (int32, bool) {
	if node == 0 {
		c := ix.words.root(id)
		return c, c != 0
	}
	return ix.edges.child(edgeKey(node, id))
}

// terminal reports a trie node where a surface form ends.
func (ix *index) terminal(node int32) bool {
	return int(node)/64 < len(ix.terminalNodes) && ix.terminalNodes[node/64]&(1<<(node%64)) != 0
}

// setRefs joins the refs of each trie node (by node) into ix.refs.
func (ix *index) setRefs(byNode [][]ref) {
	n := 0
	for _, refs := range byNode {
		n += len(refs)
	}
	ix.refs, ix.refStart = make([]ref, 0, n), make([]int32, len(byNode)+1)
	for node, refs := range byNode {
		ix.refs = append(ix.refs, refs...)
		ix.refStart[node+1] = int32(len(ix.refs))
	}
	ix.setTerminalNodes()
}

// setTerminalNodes marks the nodes with terminals (see terminal).
func (ix *index) setTerminalNodes() {
	nodes := len(ix.refStart) - 1
	ix.terminalNodes = make([]uint64, (max(nodes, 0)+63)/64)
	for node := 0; node < nodes; node++ {
		if ix.refStart[node+1] > ix.refStart[node] {
			ix.terminalNodes[node/64] |= 1 << (node % 64)
		}
	}
}
