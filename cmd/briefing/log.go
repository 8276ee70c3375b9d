package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/briefing-tools/briefing/internal/ingest"
	"github.com/briefing-tools/briefing/internal/marks"
	"github.com/briefing-tools/briefing/internal/store"
)

func newLogCommand(opts *options, io streams) *cobra.Command {
	return &cobra.Command{
		Use:   "log [--store S] [PATH...]",
		Short: "Print the store's history of marks and notes, one event a line",
		Long: `Log prints every event of the store, oldest first: id, time (UTC), who, what was
marked, the change, and the item's name. Given the documents, each line also says
which item the mark is on now, or that it is orphaned (its item is no longer
extracted), and the orphans are listed at the end. Log never creates a store.`,
		Args: cobra.ArbitraryArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			s, err := openStore(opts.store, true)
			if errors.Is(err, store.ErrNotExist) {
				fmt.Fprintln(io.err, "briefing: nothing has been marked yet (no store at "+storeName(opts.store)+")")
				return nil
			}
			if err != nil {
				return err
			}
			defer s.Close()
			events, err := s.Events(context.Background(), 0)
			if err != nil {
				return err
			}
			var attached *marks.Marks
			if len(args) > 0 {
				b, err := load(args, opts, io)
				if err != nil {
					return err
				}
				attached = marks.NewIndex(&b).Attach(store.Derive(events))
			}
			writeLog(io.out, events, attached)
			return nil
		},
	}
}

// writeLog prints events one a line; everything from the store is
// sanitised, notes on one line with their line breaks shown as ⏎.
func writeLog(w io.Writer, events []store.Event, m *marks.Marks) {
	where := map[string]string{}
	if m != nil {
		marked, notes := m.Export()
		for _, x := range marked {
			where[x.Key] = x.Item
		}
		for _, x := range notes {
			where[x.Key] = x.Item
		}
	}
	oneLine := func(s string) string {
		return ingest.SanitizeLine(strings.ReplaceAll(s, "\n", " ⏎ "))
	}
	for _, e := range events {
		change := e.Before + " → " + e.After
		if e.Before == "" {
			change = "→ " + e.After
		}
		if e.Field == store.NoteField {
			change = "“" + e.After + "”"
		}
		item := ""
		if m != nil {
			item = where[e.Key]
			if item == "" {
				item = "orphaned"
			}
			item = " [" + item + "]"
		}
		fmt.Fprintf(w, "%d\t%s\t%s\t%s %s%s\t%s\t%s\n", e.ID, e.At.UTC().Format("2006-01-02T15:04:05Z"), oneLine(e.Who),
			oneLine(string(e.Target)), oneLine(string(e.Field)), item, oneLine(change), oneLine(e.Label))
	}
	if m != nil {
		for _, o := range m.Orphans() {
			fmt.Fprintf(w, "orphaned: %s %q (%s) — its item is not in these documents; the mark is kept\n", o.Target, oneLine(o.Label), o.Key)
		}
	}
}
