package store

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// crashChild names the variable that turns the test binary into the
// writer that TestKillDuringBurstKeepsCommittedMarks kills.
const crashChild = "BRIEFING_STORE_CRASH_CHILD"

func init() {
	if path := os.Getenv(crashChild); path != "" {
		os.Exit(writeBurst(path))
	}
}

// writeBurst appends marks as fast as it can, printing each one's id
// once Append has returned (committed), until it is killed.
func writeBurst(path string) int {
	s, err := Open(context.Background(), path, Options{})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	out := bufio.NewWriter(os.Stdout)
	for i := 0; ; i++ {
		e, err := s.Append(context.Background(), Event{Who: "child", Key: fmt.Sprintf("q/%d", i%17), Target: QuestionTarget, Field: StatusField, After: fmt.Sprintf("v%d", i)})
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			return 1
		}
		fmt.Fprintf(out, "%d %s\n", e.ID, e.After)
		out.Flush()
	}
}

// TestKillDuringBurstKeepsCommittedMarks: a process writing marks is
// killed with SIGKILL mid-burst; the database opens and holds every
// mark the process saw committed.
func TestKillDuringBurstKeepsCommittedMarks(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a writer process")
	}
	path := filepath.Join(t.TempDir(), "briefing.db")
	for round := range 3 {
		cmd := exec.Command(os.Args[0], "-test.run=^$")
		cmd.Env = append(os.Environ(), crashChild+"="+path)
		stdout, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		var stderr strings.Builder
		cmd.Stderr = &stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		printed := map[int64]string{}
		lines := bufio.NewScanner(stdout)
		deadline := time.Now().Add(10 * time.Second)
		for lines.Scan() {
			id, value, _ := strings.Cut(lines.Text(), " ")
			n, err := strconv.ParseInt(id, 10, 64)
			if err != nil {
				t.Fatalf("child printed %q", lines.Text())
			}
			printed[n] = value
			if len(printed) == 150+round*50 || time.Now().After(deadline) {
				_ = cmd.Process.Signal(syscall.SIGKILL)
				break
			}
		}
		for lines.Scan() { // marks committed between the signal and the death
			id, value, _ := strings.Cut(lines.Text(), " ")
			if n, err := strconv.ParseInt(id, 10, 64); err == nil {
				printed[n] = value
			}
		}
		_ = cmd.Wait()
		if len(printed) == 0 {
			t.Fatalf("the writer committed nothing: %s", stderr.String())
		}

		s, err := Open(context.Background(), path, Options{MustExist: true})
		if err != nil {
			t.Fatalf("round %d: the store does not open after the kill: %v", round, err)
		}
		events, err := s.Events(context.Background(), 0)
		s.Close()
		if err != nil {
			t.Fatal(err)
		}
		stored := map[int64]string{}
		for _, e := range events {
			stored[e.ID] = e.After
		}
		for id, value := range printed {
			if stored[id] != value {
				t.Errorf("round %d: committed mark %d (%s) is missing after the kill", round, id, value)
			}
		}
		t.Logf("round %d: %d marks committed before the kill, %d events in the store", round, len(printed), len(events))
	}
}
