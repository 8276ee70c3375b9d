package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// openLogFile opens the --log-file for appending (created with mode
// 0600). A log must never write into a document, so it refuses a
// symbolic link (not even followed at open), a file that is one of the
// inputs, and a file in an input directory; these are usage errors.
func openLogFile(path string, inputs []string) (*os.File, error) {
	before, err := os.Lstat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		before = nil
	case err != nil:
		return nil, fmt.Errorf("open log file: %w", err)
	case before.Mode()&fs.ModeSymlink != 0:
		return nil, symlinkError(path)
	}
	if err := logIsNoInput(path, before, inputs); err != nil {
		return nil, usageError{err}
	}
	f, err := os.OpenFile(path, os.O_CREATE|os.O_WRONLY|os.O_APPEND|oNoFollow, 0o600)
	if isSymlinkLoop(err) {
		return nil, symlinkError(path)
	}
	if err != nil {
		return nil, fmt.Errorf("open log file: %w", err)
	}
	// the file opened must be the one checked, not one swapped in since
	if after, err := f.Stat(); err != nil || (before != nil && !os.SameFile(before, after)) {
		f.Close()
		return nil, fmt.Errorf("open log file %s: it changed while being opened; try again", path)
	}
	return f, nil
}

func symlinkError(path string) error {
	return usageError{fmt.Errorf("--log-file %s is a symbolic link; name the file itself (the log never follows links)", path)}
}

// logIsNoInput checks the log path against every input: the same file
// (by inode, so hard links and links in input directories count too) or
// a file inside an input directory is refused. existing is the log's
// current file, nil when it does not exist yet.
func logIsNoInput(path string, existing fs.FileInfo, inputs []string) error {
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil
	}
	for _, in := range inputs {
		if in == "-" {
			continue
		}
		info, err := os.Stat(in)
		if err != nil {
			continue // the loader reports it
		}
		if !info.IsDir() {
			if existing != nil && os.SameFile(existing, info) {
				return fmt.Errorf("--log-file %s is also the input %s: the log would write into a document; choose another log file", path, in)
			}
			continue
		}
		for d := filepath.Dir(abs); ; d = filepath.Dir(d) {
			if di, err := os.Stat(d); err == nil && os.SameFile(di, info) {
				return fmt.Errorf("--log-file %s is inside the input directory %s: the log would become a document; choose a log file outside it", path, in)
			}
			if filepath.Dir(d) == d {
				break
			}
		}
		if existing == nil {
			continue
		}
		var found string
		_ = filepath.WalkDir(in, func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return nil
			}
			if fi, err := os.Stat(p); err == nil && os.SameFile(existing, fi) {
				found = p
				return fs.SkipAll
			}
			return nil
		})
		if found != "" {
			return fmt.Errorf("--log-file %s is also the input %s: the log would write into a document; choose another log file", path, found)
		}
	}
	return nil
}
