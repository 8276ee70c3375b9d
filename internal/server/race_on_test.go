//go:build race

package server

// raceEnabled: the tests run under the race detector (slower, more memory).
const raceEnabled = true
