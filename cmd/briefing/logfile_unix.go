//go:build unix

package main

import (
	"errors"
	"syscall"
)

// oNoFollow makes opening a symbolic link fail (with ELOOP).
const oNoFollow = syscall.O_NOFOLLOW

func isSymlinkLoop(err error) bool { return errors.Is(err, syscall.ELOOP) }
