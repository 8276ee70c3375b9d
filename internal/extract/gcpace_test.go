package extract

import (
	"runtime"
	"runtime/metrics"
	"testing"
	"time"
)

// TestWithoutCollectingPutsGOGCBack checks that a load puts off the
// first collection and that this collection restores the process's GOGC.
func TestWithoutCollectingPutsGOGCBack(t *testing.T) {
	gogc := func() int {
		s := []metrics.Sample{{Name: "/gc/gogc:percent"}}
		metrics.Read(s)
		return int(s[0].Value.Uint64())
	}
	if startGOGC() != 100 {
		t.Skipf("GOGC=%d", startGOGC())
	}
	var kept []byte
	withoutCollecting(func() { kept = make([]byte, 16<<20) })
	if p := gogc(); p <= 100 {
		t.Errorf("GOGC after a 16 MiB load = %d, want the first collection put off", p)
	}
	runtime.KeepAlive(kept)
	for deadline := time.Now().Add(5 * time.Second); gogc() != 100; time.Sleep(time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatal("GOGC not put back to 100 after a collection")
		}
		runtime.GC()
	}
}
