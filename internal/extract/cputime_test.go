package extract_test

import (
	"syscall"
	"testing"
	"time"
)

// processCPU is the CPU time the process has used so far, user and
// system, all threads (the collector's included).
func processCPU(b *testing.B) time.Duration {
	b.Helper()
	var u syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &u); err != nil {
		b.Fatal(err)
	}
	return time.Duration(u.Utime.Nano() + u.Stime.Nano())
}

// cpuMeter reports the CPU time per iteration as cpu-ms/op: on a shared
// machine wall time swings with the neighbours' load, CPU time much less.
type cpuMeter struct {
	b     *testing.B
	start time.Duration
	n     int
}

func startCPU(b *testing.B) *cpuMeter { return &cpuMeter{b: b, start: processCPU(b)} }

// tick counts one iteration.
func (m *cpuMeter) tick() { m.n++ }

// report adds the metric; call it after the loop.
func (m *cpuMeter) report() {
	if m.n > 0 {
		used := processCPU(m.b) - m.start
		m.b.ReportMetric(float64(used.Microseconds())/1000/float64(m.n), "cpu-ms/op")
	}
}
