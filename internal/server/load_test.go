package server

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"os"
	"os/exec"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"
)

var loadTest = flag.Bool("load", false, "run TestLoad with 100 concurrent SSH sessions instead of 10")

// Environment of the client process of TestLoad.
const (
	loadAddrEnv = "BRIEFING_LOAD_ADDR"
	loadKeyEnv  = "BRIEFING_LOAD_KEY"
	loadNEnv    = "BRIEFING_LOAD_SESSIONS"
	// silent TCP connections from one address, opened before the sessions
	loadSilentEnv = "BRIEFING_LOAD_SILENT"
)

// heapBudget is DESIGN §8: at most 2 MB of heap per idle session.
const heapBudget = 2 << 20

// startLoadClients runs TestLoadClients in a child process against ts,
// with env added to its environment. It returns the child's stdin and
// expect, which reads the child's report up to a line starting with
// prefix and returns the rest of that line (a "LOAD error" line or an
// early end fails the test). The child is ended and waited for when the
// test ends.
func startLoadClients(t *testing.T, ts *testServer, env ...string) (io.Writer, func(prefix string) string) {
	t.Helper()
	keyPath := writeKeyFile(t, ts.priv)
	ctx, cancel := context.WithTimeout(context.Background(), 120*time.Second)
	t.Cleanup(cancel)
	child := exec.CommandContext(ctx, os.Args[0], "-test.run=^TestLoadClients$", "-test.count=1", "-test.timeout=110s")
	child.Env = append(append(os.Environ(), loadAddrEnv+"="+ts.addr, loadKeyEnv+"="+keyPath), env...)
	var childErr syncBuffer
	child.Stderr = &childErr
	stdin, err := child.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := child.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := child.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		_ = stdin.Close()
		_, _ = io.Copy(io.Discard, stdout) // read to the end before Wait
		if err := child.Wait(); err != nil {
			t.Errorf("client process: %v\n%s", err, childErr.String())
		}
	})
	lines := bufio.NewScanner(stdout)
	var transcript []string
	expect := func(prefix string) string {
		t.Helper()
		for lines.Scan() {
			l := lines.Text()
			transcript = append(transcript, l)
			if strings.HasPrefix(l, "LOAD error") {
				t.Fatalf("client process: %s\n%s", l, strings.Join(transcript, "\n"))
			}
			if strings.HasPrefix(l, prefix) {
				return strings.TrimSpace(strings.TrimPrefix(l, prefix))
			}
		}
		t.Fatalf("the client process ended before %q:\n%s\n%s", prefix, strings.Join(transcript, "\n"), childErr.String())
		return ""
	}
	return stdin, expect
}

// TestLoad opens many concurrent PTY sessions on loopback; each must get
// its first frame and answer a key. It reports the time to the first
// frame and the server's heap per idle session. The clients run in a
// child process (this test binary, TestLoadClients), so the heap measured
// here is the server's alone.
//
//	go test ./internal/server -run TestLoad -load -v    # 100 sessions
//
// Without -load it runs 10 sessions, so CI exercises the path cheaply.
func TestLoad(t *testing.T) {
	if os.Getenv(loadAddrEnv) != "" {
		t.Skip("this is the client process")
	}
	n := 10
	if *loadTest {
		n = 100
	}
	ts := startServer(t, func(c *Config) { c.MaxSessions = n + 4 })
	stdin, expect := startLoadClients(t, ts, loadNEnv+"="+strconv.Itoa(n))

	// a first session warms the server up (lazy globals), then it is gone
	expect("LOAD warm")
	eventually(t, 10*time.Second, "the warm-up session is still open", func() bool {
		return ts.srv.limiter.Open() == 0 && trackedPrograms(ts.srv) == 0
	})
	before, goBefore := heapAfterGC(), runtime.NumGoroutine()

	fmt.Fprintln(stdin, "go")
	frames := parseDurations(t, expect("LOAD frames"))
	keys := parseDurations(t, expect("LOAD keys"))
	if len(frames) != n || len(keys) != n {
		t.Fatalf("%d first frames and %d key answers from %d sessions", len(frames), len(keys), n)
	}
	eventually(t, 10*time.Second, "the server does not have every session open", func() bool {
		return ts.srv.limiter.Open() == n && trackedPrograms(ts.srv) == n
	})
	after, goAfter := heapAfterGC(), runtime.NumGoroutine()
	perSession := (int64(after) - int64(before)) / int64(n)

	t.Logf("%d concurrent sessions on loopback: first frame median %v, p99 %v, max %v",
		n, percentile(frames, 50), percentile(frames, 99), percentile(frames, 100))
	t.Logf("key → redraw: median %v, p99 %v", percentile(keys, 50), percentile(keys, 99))
	t.Logf("server heap per idle session: %.2f MB (%d → %d bytes), goroutines per session: %.1f (budget %.0f MB, DESIGN §8)",
		float64(perSession)/(1<<20), before, after, float64(goAfter-goBefore)/float64(n), float64(heapBudget)/(1<<20))
	if *loadTest && perSession > heapBudget {
		t.Errorf("%.2f MB of heap per idle session, over the %d MB budget", float64(perSession)/(1<<20), heapBudget>>20)
	}

	fmt.Fprintln(stdin, "done")
	expect("LOAD closed")
	eventually(t, 10*time.Second, "sessions are still open after their clients left", func() bool {
		return ts.srv.limiter.Open() == 0 && trackedPrograms(ts.srv) == 0
	})
}

func heapAfterGC() uint64 {
	var ms runtime.MemStats
	runtime.GC()
	runtime.GC()
	runtime.ReadMemStats(&ms)
	return ms.HeapAlloc
}

func parseDurations(t *testing.T, s string) []time.Duration {
	t.Helper()
	var ds []time.Duration
	for _, f := range strings.Fields(s) {
		d, err := time.ParseDuration(f)
		if err != nil {
			t.Fatalf("bad duration %q: %v", f, err)
		}
		ds = append(ds, d)
	}
	return ds
}

// percentile is the nearest-rank percentile (100: the maximum).
func percentile(ds []time.Duration, p int) time.Duration {
	s := slices.Clone(ds)
	slices.Sort(s)
	rank := (p*len(s) + 99) / 100
	return s[max(rank-1, 0)].Round(100 * time.Microsecond)
}

// TestLoadClients is the client process of TestLoad; it does nothing in a
// normal test run. It speaks to TestLoad in "LOAD …" lines on stdout and
// takes "go" and "done" on stdin.
func TestLoadClients(t *testing.T) {
	addr := os.Getenv(loadAddrEnv)
	if addr == "" {
		t.Skip("the client process of TestLoad")
	}
	fail := func(format string, args ...any) {
		fmt.Printf("LOAD error "+format+"\n", args...)
		t.Fatalf(format, args...)
	}
	n, err := strconv.Atoi(os.Getenv(loadNEnv))
	if err != nil {
		fail("sessions: %v", err)
	}
	data, err := os.ReadFile(os.Getenv(loadKeyEnv))
	if err != nil {
		fail("key: %v", err)
	}
	signer, err := gossh.ParsePrivateKey(data)
	if err != nil {
		fail("key: %v", err)
	}
	ts := &testServer{addr: addr, signer: signer}
	in := bufio.NewScanner(os.Stdin)
	await := func(word string) {
		for in.Scan() {
			if in.Text() == word {
				return
			}
		}
		fail("stdin closed before %q", word)
	}

	// one operator (the i-th, on an address of its own, 127.0.1.x, as
	// operators are): dashboard and a key. Like a user, an operator turned
	// away while the server has many connections starting tries again.
	var served, attempts []string
	var servedMu sync.Mutex
	session := func(i int) (*termClient, time.Duration, time.Duration, error) {
		start := time.Now()
		ip := fmt.Sprintf("127.0.%d.%d", 1+i/250, 1+i%250)
		var (
			c   *gossh.Client
			err error
		)
		tries := 0
		for {
			tries++
			c, err = ts.dialSSHFrom(ip)
			if err == nil || time.Since(start) > 30*time.Second {
				break
			}
			time.Sleep(time.Duration(20+rand.IntN(80)) * time.Millisecond)
		}
		if err != nil {
			return nil, 0, 0, fmt.Errorf("dial (%d tries): %w", tries, err)
		}
		authed := time.Now()
		tc, err := startPTY(t, c, 120, 40)
		if err != nil {
			return nil, 0, 0, err
		}
		if _, ok := tc.pollText(0, 60*time.Second, paneTitles...); !ok {
			tc.close()
			return nil, 0, 0, fmt.Errorf("no first frame within 60s: %q", lastRunes(tc.out.Text(0), 300))
		}
		frame := time.Since(start)
		servedMu.Lock()
		served = append(served, time.Since(authed).String())
		attempts = append(attempts, strconv.Itoa(tries))
		servedMu.Unlock()
		m := tc.out.Len()
		sent := time.Now()
		if _, err := io.WriteString(tc.stdin, "2"); err != nil {
			tc.close()
			return nil, 0, 0, err
		}
		if _, ok := tc.pollText(m, 30*time.Second, "┃Order of Battle"); !ok {
			tc.close()
			return nil, 0, 0, fmt.Errorf("no answer to a key within 30s")
		}
		return tc, frame, time.Since(sent), nil
	}

	warm, _, _, err := session(0)
	if err != nil {
		fail("warm-up session: %v", err)
	}
	warm.close()
	served, attempts = nil, nil
	fmt.Println("LOAD warm")
	await("go")

	if k, _ := strconv.Atoi(os.Getenv(loadSilentEnv)); k > 0 {
		var silent []net.Conn
		for i := 0; i < k; i++ {
			c, err := dialFrom("127.0.0.2", addr)
			if err != nil {
				fail("silent connection %d: %v", i, err)
			}
			silent = append(silent, c)
		}
		defer func() {
			for _, c := range silent {
				c.Close()
			}
		}()
		// those the server keeps have sent their banner and wait
		held := 0
		for _, c := range silent {
			_ = c.SetReadDeadline(time.Now().Add(100 * time.Millisecond))
			if _, err := c.Read(make([]byte, 1)); err == nil {
				held++
			}
		}
		fmt.Printf("LOAD silent %d %d\n", k, held)
	}

	var (
		wg     sync.WaitGroup
		mu     sync.Mutex
		open   []*termClient
		frames []string
		keys   []string
		errs   []string
	)
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			tc, frame, key, err := session(i + 1)
			mu.Lock()
			defer mu.Unlock()
			if err != nil {
				errs = append(errs, err.Error())
				return
			}
			open = append(open, tc)
			frames = append(frames, frame.String())
			keys = append(keys, key.String())
		}()
	}
	wg.Wait()
	if len(errs) > 0 {
		fail("%d of %d sessions failed; first: %s", len(errs), n, errs[0])
	}
	fmt.Println("LOAD frames " + strings.Join(frames, " "))
	fmt.Println("LOAD keys " + strings.Join(keys, " "))
	fmt.Println("LOAD served " + strings.Join(served, " "))
	fmt.Println("LOAD attempts " + strings.Join(attempts, " "))
	await("done")
	for _, tc := range open {
		tc.close()
	}
	fmt.Println("LOAD closed")
}
