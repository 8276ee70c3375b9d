package extract

import (
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"sync"
)

// minHeapGoal is the collector's heap goal before its first collection,
// at GOGC=100: it scales with GOGC (see the Go GC guide).
const minHeapGoal = 4 << 20

// startGOGC is the process's GOGC, read (and the collector turned off)
// at the first load: later loads find it changed by the earlier ones.
var startGOGC = sync.OnceValue(func() int { return debug.SetGCPercent(-1) })

// withoutCollecting runs load with the collector off. Most of what
// loading allocates stays live, so a collection during it, or right
// after it, would only mark the same tables to find them live. After
// load, the first collection waits until the heap has grown by what
// load left (at GOGC=100), the goal a collection now would set, so a
// short run (one small document) never collects; that collection puts
// the process's GOGC back. Seed extract: ~7 ms of CPU less.
func withoutCollecting(load func()) {
	percent := startGOGC()
	debug.SetGCPercent(-1)
	load()
	if percent < 0 {
		return // GOGC=off: as the user asked
	}
	// (runtime.ReadMemStats would flush every cache of free memory)
	heap := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	metrics.Read(heap)
	goal := heap[0].Value.Uint64() * uint64(100+percent) / 100
	debug.SetGCPercent(max(percent, int(goal*100/minHeapGoal)))
	// a pointer's holder, so that it is not in a tiny block kept live
	// by its neighbours
	sentinel := new(*int)
	runtime.AddCleanup(sentinel, func(percent int) { debug.SetGCPercent(percent) }, percent)
}
