package work

import (
	"sync/atomic"
	"testing"
)

func TestEachVisitsEveryIndexOnce(t *testing.T) {
	for _, workers := range []int{0, 1, 3, 64} {
		seen := make([]int32, 100)
		var made atomic.Int32
		Each(len(seen), workers, func() func(int) {
			made.Add(1)
			return func(i int) { atomic.AddInt32(&seen[i], 1) }
		})
		for i, n := range seen {
			if n != 1 {
				t.Fatalf("workers %d: index %d visited %d times", workers, i, n)
			}
		}
		if made.Load() > int32(max(workers, 1)) {
			t.Errorf("workers %d: %d worker functions made", workers, made.Load())
		}
	}
	Each(0, 4, func() func(int) { t.Fatal("no work, no worker"); return nil })
}

func TestInOrderConsumesInIndexOrder(t *testing.T) {
	for _, workers := range []int{1, 3, 16} {
		var order []int
		running := 0
		InOrder(200, workers, func() (func(int), func(int)) {
			var made int // the worker's own buffer, valid until consume
			return func(i int) { made = i * i }, func(i int) {
				running++
				if running != 1 {
					t.Errorf("workers %d: consume of %d alongside another", workers, i)
				}
				if made != i*i {
					t.Errorf("workers %d: consume of %d saw %d, made for another index", workers, i, made)
				}
				order = append(order, i)
				running--
			}
		})
		for i, got := range order {
			if got != i {
				t.Fatalf("workers %d: consumed %v, want 0..199 in order", workers, order)
			}
		}
		if len(order) != 200 {
			t.Fatalf("workers %d: consumed %d indexes, want 200", workers, len(order))
		}
	}
}
