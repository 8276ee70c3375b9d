package main

import (
	"context"
	"errors"
	"fmt"
	"runtime"

	"github.com/briefing-tools/briefing/internal/briefing"
	"github.com/briefing-tools/briefing/internal/extract"
	"github.com/briefing-tools/briefing/internal/ingest"
	"github.com/briefing-tools/briefing/internal/watch"
)

// loadWatched loads the paths for --watch: as load does, but through a
// watcher that keeps the briefing up to date. A folder with nothing to
// read yet is fine: documents may arrive.
func loadWatched(paths []string, opts *options, io streams) (*watch.Watcher, *briefing.Briefing, error) {
	for _, p := range paths {
		if p == ingest.StdinPath {
			return nil, nil, usageError{errors.New("--watch watches files and folders; it cannot watch standard input (-)")}
		}
	}
	g, err := extract.LoadGazetteer(opts.gazetteers...)
	if err != nil {
		return nil, nil, usageError{err}
	}
	e := extract.New(g)
	e.Workers = runtime.NumCPU()
	w, b := watch.New(watch.Config{Paths: paths, Load: ingest.Options{MaxDocSize: int64(opts.maxDocSize)}, Extractor: e})
	for _, wr := range b.Warnings {
		fmt.Fprintf(io.err, "briefing: warning: %s\n", wr)
	}
	return w, b, nil
}

// watchInBackground runs the watcher until the returned stop is called,
// handing every update to publish.
func watchInBackground(w *watch.Watcher, publish func(watch.Update)) (stop func()) {
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() {
		defer close(done)
		_ = w.Run(ctx, publish)
	}()
	return func() {
		cancel()
		<-done
	}
}
