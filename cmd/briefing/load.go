package main

import (
	"errors"
	"fmt"
	"log/slog"
	"runtime"
	"time"

	"github.com/briefing-tools/briefing/internal/briefing"
	"github.com/briefing-tools/briefing/internal/extract"
	"github.com/briefing-tools/briefing/internal/ingest"
)

// errNothingLoaded is returned when no input gave a document.
var errNothingLoaded = errors.New("no document could be loaded")

// load reads and analyses the documents. Each warning is printed to
// stderr as it would be shown in the UI; loading fails only when no
// document could be read.
func load(paths []string, opts *options, io streams) (briefing.Briefing, error) {
	start := time.Now()
	g, err := extract.LoadGazetteer(opts.gazetteers...)
	if err != nil {
		return briefing.Briefing{}, usageError{err}
	}
	res := ingest.Load(paths, ingest.Options{MaxDocSize: int64(opts.maxDocSize), Stdin: io.in})
	for _, w := range res.Warnings {
		fmt.Fprintf(io.err, "briefing: warning: %s\n", w)
	}
	if len(res.Documents) == 0 {
		return briefing.Briefing{Warnings: res.Warnings}, errNothingLoaded
	}
	e := extract.New(g)
	e.Workers = runtime.NumCPU()
	b := e.Run(res.Documents)
	b.Warnings = res.Warnings
	slog.Info("loaded", "documents", len(b.Documents), "warnings", len(b.Warnings),
		"actors", len(b.Actors), "assets", len(b.Assets), "questions", len(b.Questions), "took", time.Since(start))
	return b, nil
}
