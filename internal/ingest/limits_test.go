package ingest

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// loadWithin loads paths and fails the test when loading does not end
// within a generous bound: these inputs used to hang or take a minute.
func loadWithin(t *testing.T, paths []string, opt Options) Result {
	t.Helper()
	done := make(chan Result, 1)
	go func() { done <- Load(paths, opt) }()
	select {
	case res := <-done:
		return res
	case <-time.After(20 * time.Second):
		t.Fatalf("loading %v did not end", paths)
	}
	return Result{}
}

// TestFrontMatterWithManyKeys: YAML decoding is quadratic in a mapping's
// keys, so a block of 50,000 keys is refused before decoding, with a
// warning, and the body still loads; so is a block under the size limit
// with more keys than any real front matter.
func TestFrontMatterWithManyKeys(t *testing.T) {
	for _, keys := range []int{50_000, 2_000} {
		var b strings.Builder
		b.WriteString("---\n")
		for i := range keys {
			fmt.Fprintf(&b, "k%d: v\n", i)
		}
		b.WriteString("---\n# Carrier moves\n\nThe USS Nimitz sailed from Bahrain.\n")
		path := write(t, t.TempDir(), "many.md", []byte(b.String()))
		res := loadWithin(t, []string{path}, Options{})
		if len(res.Documents) != 1 || !strings.Contains(res.Documents[0].Text, "Nimitz") {
			t.Fatalf("%d keys: the body did not load (warnings %v)", keys, res.Warnings)
		}
		if len(res.Warnings) != 1 || !strings.Contains(res.Warnings[0].Message, "front matter") || !strings.Contains(res.Warnings[0].Message, "limit") {
			t.Errorf("%d keys: warnings %v, want one about the front matter's limit", keys, res.Warnings)
		}
	}
	// a flow mapping hides its keys on one line
	flow := "---\nx: {" + strings.Repeat("a: 1, ", 3000) + "}\n---\nThe USS Nimitz sailed.\n"
	res := loadWithin(t, []string{write(t, t.TempDir(), "flow.md", []byte(flow))}, Options{})
	if len(res.Documents) != 1 || len(res.Warnings) != 1 {
		t.Errorf("flow mapping: %d documents, warnings %v", len(res.Documents), res.Warnings)
	}
}

// TestNamedPipeOnTheCommandLine: a FIFO named on the command line would
// block the load forever; it is refused, like one found in a directory,
// and the other documents still load.
func TestNamedPipeOnTheCommandLine(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "p.txt")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skipf("no FIFOs here: %v", err)
	}
	good := write(t, dir, "good.txt", []byte("The USS Nimitz sailed.\n"))
	res := loadWithin(t, []string{fifo, good}, Options{})
	if len(res.Documents) != 1 || len(res.Warnings) != 1 || res.Warnings[0].Path != fifo || !strings.Contains(res.Warnings[0].Message, "named pipe") {
		t.Fatalf("%d documents, warnings %v; want the good one and a warning about the pipe", len(res.Documents), res.Warnings)
	}
}

// TestFileSwappedForAPipe: a file checked as regular and replaced by a
// FIFO before it is read cannot hang the open.
func TestFileSwappedForAPipe(t *testing.T) {
	fifo := filepath.Join(t.TempDir(), "p.txt")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skipf("no FIFOs here: %v", err)
	}
	done := make(chan error, 1)
	go func() {
		_, err := readSource(input{path: fifo}, Options{MaxDocSize: DefaultMaxDocSize})
		done <- err
	}()
	select {
	case err := <-done:
		if err == nil || !strings.Contains(err.Error(), "named pipe") {
			t.Errorf("err = %v, want a refusal naming the pipe", err)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("opening a FIFO blocked")
	}
}

// TestStdinOverTheLimit: a stream has no size until it ends; the warning
// says it holds more than the limit rather than giving the limit as its
// size.
func TestStdinOverTheLimit(t *testing.T) {
	res := Load([]string{StdinPath}, Options{MaxDocSize: 1 << 10, Stdin: strings.NewReader(strings.Repeat("The frigate sailed. ", 1000))})
	if len(res.Warnings) != 1 {
		t.Fatalf("warnings %v", res.Warnings)
	}
	msg := res.Warnings[0].Message
	if !strings.Contains(msg, "more than the 1.0 KiB limit") || strings.Contains(msg, "is 1.0 KiB") {
		t.Errorf("message %q: want it to say the input holds more than the limit", msg)
	}
}

// TestProcessSubstitutionIsRead: the pipes a shell passes for <(cmd)
// are read, not refused with the named pipes.
func TestProcessSubstitutionIsRead(t *testing.T) {
	if _, err := os.Stat("/dev/fd/0"); err != nil {
		t.Skip("no /dev/fd here")
	}
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	go func() {
		fmt.Fprint(w, "The USS Nimitz sailed.\n")
		w.Close()
	}()
	defer r.Close()
	res := loadWithin(t, []string{fmt.Sprintf("/dev/fd/%d", r.Fd())}, Options{})
	if len(res.Documents) != 1 {
		t.Fatalf("warnings %v", res.Warnings)
	}
}

// TestPathNamedTwiceWarnsOnce: a bad file named on the command line and
// found again in a directory also named gives one warning, as a good one
// gives one document.
func TestPathNamedTwiceWarnsOnce(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "p.txt")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skipf("no FIFOs here: %v", err)
	}
	missing := filepath.Join(dir, "gone.txt")
	res := loadWithin(t, []string{dir, fifo, missing, missing}, Options{})
	if len(res.Warnings) != 2 {
		t.Errorf("warnings %v, want one for the pipe and one for the missing file", res.Warnings)
	}
}
