package work

import "testing"

// TestRunCacheKeepsWhatTheLastRunUsed: a value put or got in a run
// survives its Prune; one the run did not touch is dropped.
func TestRunCacheKeepsWhatTheLastRunUsed(t *testing.T) {
	var c RunCache[string, int]
	c.Put("a", 1)
	c.Put("b", 2)
	c.Prune()
	if v, ok := c.Get("a"); !ok || v != 1 {
		t.Fatalf("a: %v %v, want 1 kept", v, ok)
	}
	c.Prune() // b was not used in this run
	if _, ok := c.Get("b"); ok {
		t.Error("b kept though the last run did not use it")
	}
	if _, ok := c.Get("a"); !ok {
		t.Error("a dropped though the last run used it")
	}
	if c.Misses() != 2 {
		t.Errorf("%d misses, want the 2 values put", c.Misses())
	}
}
