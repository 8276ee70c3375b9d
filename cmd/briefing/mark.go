package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/briefing-tools/briefing/internal/ingest"
	"github.com/briefing-tools/briefing/internal/marks"
	"github.com/briefing-tools/briefing/internal/store"
)

func newMarkCommand(opts *options, io streams) *cobra.Command {
	var priority string
	cmd := &cobra.Command{
		Use:   "mark [--store S] [--priority P] ID STATUS PATH...",
		Short: "Set a question's status or priority, or flag an actor or asset",
		Long: `Mark records a mark in the store, as an event (who, when, before, after).
ID is the item's id as 'briefing extract' prints it for the same documents (act1,
ast3, q2). STATUS is open, watching, answered or dismissed for a question, and
confirmed, disputed or wrong for an actor or asset. --priority (high, medium, low)
sets a question's priority, with or without a STATUS.`,
		Example: `  briefing mark q2 answered fixtures
  briefing mark --priority high q5 fixtures
  briefing mark ast3 wrong fixtures/red-sea-shipping.txt`,
		Args: argsError(cobra.MinimumNArgs(2)),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, rest := args[0], args[1:]
			status := ""
			if priority == "" || isMarkValue(rest[0]) {
				status, rest = rest[0], rest[1:]
			}
			if len(rest) == 0 {
				return usageError{errors.New("no PATH given: name the documents the id comes from")}
			}
			if priority != "" && !slices.Contains(marks.Vocab().Priority.Names(), priority) {
				return usageError{fmt.Errorf("unknown --priority %q: use %s", priority, strings.Join(marks.Vocab().Priority.Names(), ", "))}
			}
			// a status that does not fit the item is refused before the
			// store is opened (and created)
			fits := func(ref marks.Ref) error {
				if status == "" {
					return nil
				}
				_, err := marks.Vocab().FieldFor(ref.Target, status)
				return err
			}
			return withItem(opts, io, id, rest, fits, func(m *marks.Marks, ref marks.Ref, s store.Store) error {
				var events []store.Event
				if status != "" {
					field, _ := marks.Vocab().FieldFor(ref.Target, status) // checked by fits
					e, err := m.Event(ref, field, status, localIdentity())
					if err != nil {
						return usageError{err}
					}
					events = append(events, e)
				}
				if priority != "" {
					e, err := m.Event(ref, store.PriorityField, priority, localIdentity())
					if err != nil {
						return usageError{err}
					}
					events = append(events, e)
				}
				for _, e := range events {
					saved, err := s.Append(context.Background(), e)
					if err != nil {
						return err
					}
					printEvent(io.out, id, saved)
				}
				return nil
			})
		},
	}
	cmd.Flags().StringVar(&priority, "priority", "", "a question's priority: high, medium or low")
	return cmd
}

func newNoteCommand(opts *options, io streams) *cobra.Command {
	return &cobra.Command{
		Use:   "note [--store S] ID TEXT PATH...",
		Short: "Add a note to an actor, asset, question or document",
		Long: `Note adds a note to an item, as an event in the store. ID is as 'briefing extract'
prints it (act1, ast3, q2, d1); TEXT may hold several lines; "-" reads it from stdin.`,
		Example: `  briefing note q2 "Confirmed by the harbour master at 14:00" fixtures`,
		Args:    argsError(cobra.MinimumNArgs(3)),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, text, paths := args[0], args[1], args[2:]
			if text == "-" {
				if slices.Contains(paths, "-") {
					return usageError{errors.New("stdin cannot give both the note and a document")}
				}
				data, err := io.readAll()
				if err != nil {
					return err
				}
				text = string(data)
			}
			text = strings.TrimSpace(text)
			if text == "" {
				return usageError{errors.New("the note is empty")}
			}
			return withItem(opts, io, id, paths, nil, func(m *marks.Marks, ref marks.Ref, s store.Store) error {
				e, err := m.Event(ref, store.NoteField, text, localIdentity())
				if err != nil {
					return usageError{err}
				}
				saved, err := s.Append(context.Background(), e)
				if err != nil {
					return err
				}
				printEvent(io.out, id, saved)
				return nil
			})
		},
	}
}

// withItem loads the documents, finds the item, checks it (check may be
// nil) and opens the store (creating it: these commands write) before
// calling fn: a mistake in the command line creates no store.
func withItem(opts *options, io streams, id string, paths []string, check func(marks.Ref) error, fn func(*marks.Marks, marks.Ref, store.Store) error) error {
	b, err := load(paths, opts, io)
	if err != nil {
		return err
	}
	keys := marks.NewIndex(&b)
	ref, err := keys.Find(id)
	if err != nil {
		return usageError{err}
	}
	if check != nil {
		if err := check(ref); err != nil {
			return usageError{err}
		}
	}
	s, err := openStore(opts.store, false)
	if err != nil {
		return err
	}
	defer s.Close()
	events, err := s.Events(context.Background(), 0)
	if err != nil {
		return err
	}
	return fn(keys.Attach(store.Derive(events)), ref, s)
}

func isMarkValue(v string) bool {
	for _, f := range []marks.FieldVocab{marks.Vocab().Status, marks.Vocab().Flag, marks.Vocab().Priority} {
		if slices.Contains(f.Names(), v) {
			return true
		}
	}
	return false
}

// printEvent confirms a change on one line.
func printEvent(w io.Writer, id string, e store.Event) {
	if e.Field == store.NoteField {
		fmt.Fprintf(w, "%s: note added (%d line(s)) by %s\n", id, strings.Count(e.After, "\n")+1, ingest.SanitizeLine(e.Who))
		return
	}
	before := e.Before
	if before == "" {
		before = "(none)"
	}
	// before is whatever the store held: another client may have written it
	fmt.Fprintf(w, "%s %s: %s → %s by %s\n", id, e.Field, ingest.SanitizeLine(before), ingest.SanitizeLine(e.After), ingest.SanitizeLine(e.Who))
}
