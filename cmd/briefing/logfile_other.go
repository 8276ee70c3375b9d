//go:build !unix

package main

// oNoFollow is not available here: the Lstat check before opening has
// to do.
const oNoFollow = 0

func isSymlinkLoop(error) bool { return false }
