package work

import "sync"

// RunCache keeps what a run computed for each key for the runs after
// it: a run asks Get, computes what it misses and Puts it, and Prune at
// its end drops what it did not use, so the cache holds what the
// current inputs need. The zero value is ready; Get and Put are safe
// from several goroutines.
type RunCache[K comparable, V any] struct {
	mu      sync.Mutex
	entries map[K]V
	used    map[K]bool
	misses  int
}

// Get returns the value kept for k and marks it used by this run.
func (c *RunCache[K, V]) Get(k K) (V, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	v, ok := c.entries[k]
	if ok {
		c.use(k)
	}
	return v, ok
}

// Put keeps v for k, used by this run, and counts a miss.
func (c *RunCache[K, V]) Put(k K, v V) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.entries == nil {
		c.entries = map[K]V{}
	}
	c.entries[k] = v
	c.use(k)
	c.misses++
}

func (c *RunCache[K, V]) use(k K) {
	if c.used == nil {
		c.used = map[K]bool{}
	}
	c.used[k] = true
}

// Prune ends a run: the entries it did not use are dropped.
func (c *RunCache[K, V]) Prune() {
	c.mu.Lock()
	defer c.mu.Unlock()
	for k := range c.entries {
		if !c.used[k] {
			delete(c.entries, k)
		}
	}
	clear(c.used)
}

// Misses counts the values put, that is computed, over every run.
func (c *RunCache[K, V]) Misses() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.misses
}
