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
