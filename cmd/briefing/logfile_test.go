package main

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// logFixture is a directory with a document, and that document's text.
func logFixture(t *testing.T) (dir, doc, text string) {
	t.Helper()
	dir = t.TempDir()
	doc = filepath.Join(dir, "doc.md")
	text = "# Note\n\nThe frigate sailed at dawn.\n"
	if err := os.WriteFile(doc, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir, doc, text
}

// The log never writes into an input: the same path, a hard link to it,
// a file in an input directory and a symbolic link are each refused as
// a usage error (2), before anything is written, by every command.
func TestLogFileNeverWritesAnInput(t *testing.T) {
	// serve would get as far as the server (and fail there) without the check
	serve := []string{"serve", "--authorized-keys", filepath.Join(t.TempDir(), "missing"), "--host-key", filepath.Join(t.TempDir(), "host_key")}
	for _, cmd := range [][]string{nil, {"extract"}, serve} {
		for name, setup := range map[string]func(t *testing.T, dir, doc string) (log string, inputs []string, want string){
			"the input itself": func(t *testing.T, dir, doc string) (string, []string, string) {
				return doc, []string{doc}, "also the input"
			},
			"the input by another path": func(t *testing.T, dir, doc string) (string, []string, string) {
				return dir + string(filepath.Separator) + "." + string(filepath.Separator) + "doc.md", []string{doc}, "also the input"
			},
			"a hard link to the input": func(t *testing.T, dir, doc string) (string, []string, string) {
				link := filepath.Join(t.TempDir(), "briefing.log")
				if err := os.Link(doc, link); err != nil {
					t.Skip("no hard links here:", err)
				}
				return link, []string{doc}, "also the input"
			},
			"an input among others": func(t *testing.T, dir, doc string) (string, []string, string) {
				other := filepath.Join(t.TempDir(), "other.txt")
				writeTestFile(t, other, "The destroyer sailed.\n")
				return doc, []string{other, "-", doc}, "also the input"
			},
			"a file in an input directory": func(t *testing.T, dir, doc string) (string, []string, string) {
				return filepath.Join(dir, "briefing.log"), []string{dir}, "inside the input directory"
			},
			"a file deep in an input directory": func(t *testing.T, dir, doc string) (string, []string, string) {
				sub := filepath.Join(dir, "a", "b")
				if err := os.MkdirAll(sub, 0o755); err != nil {
					t.Fatal(err)
				}
				return filepath.Join(sub, "new.md"), []string{dir}, "inside the input directory"
			},
			"a document an input directory links to": func(t *testing.T, dir, doc string) (string, []string, string) {
				log := filepath.Join(t.TempDir(), "briefing.log")
				writeTestFile(t, log, "")
				if err := os.Symlink(log, filepath.Join(dir, "linked.md")); err != nil {
					t.Skip("no symbolic links here:", err)
				}
				return log, []string{dir}, "also the input"
			},
			"a symbolic link to the input": func(t *testing.T, dir, doc string) (string, []string, string) {
				link := filepath.Join(t.TempDir(), "briefing.log")
				if err := os.Symlink(doc, link); err != nil {
					t.Skip("no symbolic links here:", err)
				}
				return link, []string{filepath.Join(dir, "missing.txt"), doc}, "symbolic link"
			},
			"a symbolic link elsewhere": func(t *testing.T, dir, doc string) (string, []string, string) {
				elsewhere := t.TempDir()
				target := filepath.Join(elsewhere, "target.log")
				writeTestFile(t, target, "")
				link := filepath.Join(elsewhere, "briefing.log")
				if err := os.Symlink(target, link); err != nil {
					t.Skip("no symbolic links here:", err)
				}
				other := filepath.Join(elsewhere, "other.txt")
				writeTestFile(t, other, "The destroyer sailed.\n")
				return link, []string{other}, "symbolic link"
			},
			"a dangling symbolic link": func(t *testing.T, dir, doc string) (string, []string, string) {
				elsewhere := t.TempDir()
				link := filepath.Join(elsewhere, "briefing.log")
				if err := os.Symlink(filepath.Join(elsewhere, "not-yet.log"), link); err != nil {
					t.Skip("no symbolic links here:", err)
				}
				return link, []string{doc}, "symbolic link"
			},
		} {
			t.Run(strings.Join(append(cmd[:min(len(cmd), 1):min(len(cmd), 1)], name), " "), func(t *testing.T) {
				dir, doc, text := logFixture(t)
				log, inputs, want := setup(t, dir, doc)
				before := snapshot(t, dir)
				args := append([]string{"--log-file", log}, cmd...)
				args = append(args, inputs...)
				code, _, errOut := runCLI(t, "stdin text\n", args...)
				if code != exitUsage {
					t.Errorf("exit %d, want %d (stderr %q)", code, exitUsage, errOut)
				}
				if !strings.Contains(errOut, want) || !strings.Contains(errOut, "--log-file") {
					t.Errorf("stderr %q lacks %q", errOut, want)
				}
				if got, _ := os.ReadFile(doc); string(got) != text {
					t.Errorf("the document was written to:\n%s", got)
				}
				if after := snapshot(t, dir); after != before {
					t.Errorf("the input directory changed:\n%s\nwas:\n%s", after, before)
				}
			})
		}
	}
}

// A log file outside the inputs is created with mode 0600 and appended
// to, never truncated.
func TestLogFileBesideInputs(t *testing.T) {
	dir, doc, text := logFixture(t)
	elsewhere := t.TempDir()
	log := filepath.Join(elsewhere, "briefing.log")
	code, _, errOut := runCLI(t, "", "--log-file", log, "extract", doc)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	data, err := os.ReadFile(log)
	if err != nil || !strings.Contains(string(data), "loaded") {
		t.Errorf("log: %q, %v", data, err)
	}
	if fi, err := os.Stat(log); err != nil || fi.Mode().Perm() != 0o600 {
		t.Errorf("log file mode: %v, %v; want 0600", fi.Mode(), err)
	}
	// appends, never truncates
	code, _, _ = runCLI(t, "", "--log-file", log, "extract", dir)
	again, _ := os.ReadFile(log)
	if code != exitOK || !strings.HasPrefix(string(again), string(data)) || len(again) <= len(data) {
		t.Errorf("second run: exit %d, log not appended to:\n%s", code, again)
	}
	if got, _ := os.ReadFile(doc); string(got) != text {
		t.Error("the document changed")
	}
	// only the file itself must not be a link: a linked directory is fine
	link := filepath.Join(t.TempDir(), "logs")
	if err := os.Symlink(elsewhere, link); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	if code, _, errOut := runCLI(t, "", "--log-file", filepath.Join(link, "briefing.log"), "extract", doc); code != exitOK {
		t.Errorf("a log in a linked directory: exit %d (stderr %q)", code, errOut)
	}
}

func writeTestFile(t *testing.T, path, data string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}

// snapshot lists a directory tree's files with their sizes.
func snapshot(t *testing.T, dir string) string {
	t.Helper()
	var b strings.Builder
	_ = filepath.Walk(dir, func(p string, info os.FileInfo, err error) error {
		if err == nil {
			b.WriteString(p + " " + info.Mode().String() + " " + strconv.FormatInt(info.Size(), 10) + "\n")
		}
		return nil
	})
	return b.String()
}
