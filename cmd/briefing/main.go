// Command briefing loads briefing documents and shows their key actors,
// order of battle and open questions.
package main

import (
	"os"
)

func main() {
	os.Exit(run(os.Args[1:], streams{in: os.Stdin, out: os.Stdout, err: os.Stderr}))
}
