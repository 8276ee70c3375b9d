package pdf

import (
	"fmt"
	"io"
	"time"
)

// Limits bound the work one file can cost. A file that reaches one is
// stopped with a *LimitError; a zero field takes its default.
type Limits struct {
	// MaxInflated is the most bytes all of a file's streams may decode to.
	MaxInflated int64
	// MaxDepth is the deepest nesting of arrays and dictionaries, and of
	// objects stored inside object streams.
	MaxDepth int
	// MaxOps is the most tokens read and objects looked up, in total.
	MaxOps int64
	// MaxObjects is the largest object number (cross-reference size).
	MaxObjects int64
	// MaxPageGlyphs is the most glyphs one page may draw (a dense page
	// of text draws a few thousand).
	MaxPageGlyphs int
	// Budget is the wall-clock time the file may take.
	Budget time.Duration
}

// DefaultLimits suit documents of up to a few hundred pages.
var DefaultLimits = Limits{
	MaxInflated:   64 << 20,
	MaxDepth:      64,
	MaxOps:        40_000_000,
	MaxObjects:    1_000_000,
	MaxPageGlyphs: 200_000,
	Budget:        10 * time.Second,
}

func (l Limits) withDefaults() Limits {
	d := DefaultLimits
	if l.MaxInflated > 0 {
		d.MaxInflated = l.MaxInflated
	}
	if l.MaxDepth > 0 {
		d.MaxDepth = l.MaxDepth
	}
	if l.MaxOps > 0 {
		d.MaxOps = l.MaxOps
	}
	if l.MaxObjects > 0 {
		d.MaxObjects = l.MaxObjects
	}
	if l.MaxPageGlyphs > 0 {
		d.MaxPageGlyphs = l.MaxPageGlyphs
	}
	if l.Budget > 0 {
		d.Budget = l.Budget
	}
	return d
}

// LimitError says which limit stopped a file.
type LimitError struct{ What string }

func (e *LimitError) Error() string { return e.What }

// budget is what is left of a file's limits; the parser charges it as it
// goes and panics with a *LimitError when one runs out (the library
// reports every error by panicking; Reader users recover).
type budget struct {
	lim      Limits
	inflated int64
	ops      int64
	deadline time.Time
}

func newBudget(l Limits) *budget {
	l = l.withDefaults()
	return &budget{lim: l, deadline: time.Now().Add(l.Budget)}
}

// op charges n units of work; the clock is read every few thousand.
func (bg *budget) op(n int64) {
	if bg == nil {
		return
	}
	before := bg.ops
	bg.ops += n
	if bg.ops > bg.lim.MaxOps {
		panic(&LimitError{fmt.Sprintf("more than %d parsing steps", bg.lim.MaxOps)})
	}
	if before>>12 != bg.ops>>12 && time.Now().After(bg.deadline) {
		panic(&LimitError{fmt.Sprintf("took longer than %s", bg.lim.Budget)})
	}
}

func (bg *budget) depth(d int) {
	if bg != nil && d > bg.lim.MaxDepth {
		panic(&LimitError{fmt.Sprintf("objects nested more than %d deep", bg.lim.MaxDepth)})
	}
}

// glyphs stops a page drawing more glyphs than the limit.
func (bg *budget) glyphs(n int) {
	if bg != nil && n > bg.lim.MaxPageGlyphs {
		panic(&LimitError{fmt.Sprintf("a page draws more than %d glyphs", bg.lim.MaxPageGlyphs)})
	}
}

func (bg *budget) objects(n int64) {
	if bg != nil && (n < 0 || n > bg.lim.MaxObjects) {
		panic(&LimitError{fmt.Sprintf("more than %d objects", bg.lim.MaxObjects)})
	}
}

// meter counts the bytes a decoded stream yields against the budget.
type meter struct {
	r  io.Reader
	bg *budget
}

func (m meter) Read(p []byte) (int, error) {
	n, err := m.r.Read(p)
	m.bg.inflated += int64(n)
	if m.bg.inflated > m.bg.lim.MaxInflated {
		panic(&LimitError{fmt.Sprintf("streams decompress to more than %d MiB", m.bg.lim.MaxInflated>>20)})
	}
	m.bg.op(int64(n)/512 + 1)
	return n, err
}
