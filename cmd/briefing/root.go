package main

import (
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"

	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/briefing-tools/briefing/internal/export"
	"github.com/briefing-tools/briefing/internal/ingest"
	"github.com/briefing-tools/briefing/internal/watch"
	"github.com/briefing-tools/briefing/tui"
)

// Exit codes.
const (
	exitOK      = 0
	exitFailure = 1 // nothing could be loaded, or a fatal error
	exitUsage   = 2
)

// streams are the process's standard streams, injected for tests.
type streams struct {
	in       io.Reader
	out, err io.Writer
}

// terminal returns the dashboard's output and keyboard when stdout is a
// terminal; otherwise the brief is printed instead. When documents come
// through a pipe ("cat x | briefing -"), keys are read from /dev/tty.
func (s streams) terminal() (out *os.File, keys io.Reader, ok bool) {
	f, isFile := s.out.(*os.File)
	if !isFile || !term.IsTerminal(int(f.Fd())) {
		return nil, nil, false
	}
	if in, isFile := s.in.(*os.File); isFile && term.IsTerminal(int(in.Fd())) {
		return f, in, true
	}
	tty, err := os.Open("/dev/tty")
	if err != nil {
		return nil, nil, false
	}
	return f, tty, true
}

// usageError marks errors in how the command was called.
type usageError struct{ error }

// options are the flags shared by every command that loads documents.
type options struct {
	maxDocSize byteSize
	logFile    string
	logOut     *os.File // the opened --log-file, nil without one
	gazetteers []string
	theme      string
	themeName  tui.ThemeName // theme, checked
	watch      bool          // --watch, of the dashboard and of serve
	store      string        // --store: a SQLite path or a postgres:// URL
	// oneShot: the command loads, prints and exits (extract), so its
	// collector may be tuned for the load (see collectOftenWhenLarge)
	oneShot bool
}

// readAll reads stdin whole.
func (s streams) readAll() ([]byte, error) {
	if s.in == nil {
		return nil, errors.New("no stdin")
	}
	return io.ReadAll(s.in)
}

// run executes the command line and returns the exit code.
func run(args []string, io streams) int {
	root, opts := newRootCommand(io)
	defer opts.closeLog()
	root.SetArgs(args)
	err := root.Execute()
	if err == nil {
		return exitOK
	}
	// an error may quote a path or a value from the command line or a
	// file: it is untrusted text like any other
	fmt.Fprintf(io.err, "briefing: %s\n", ingest.Sanitize(err.Error()))
	var ue usageError
	if errors.As(err, &ue) {
		fmt.Fprintln(io.err, "Run 'briefing --help' for usage.")
		return exitUsage
	}
	return exitFailure
}

func newRootCommand(io streams) (*cobra.Command, *options) {
	opts := &options{maxDocSize: byteSize(ingest.DefaultMaxDocSize)}
	root := &cobra.Command{
		Use:   "briefing [flags] PATH...",
		Short: "Key actors, order of battle and open questions from briefing documents",
		Long: `Briefing loads briefing documents (.txt, .md, .html, .pdf, .docx, or a briefing/v1 .json export;
a directory is read recursively, "-" reads stdin) and extracts the key actors, the
order of battle and the open questions, each tied to the words it came from.

On a terminal, briefing opens the dashboard; otherwise (briefing x.txt | less) it
prints the Markdown brief.`,
		Example: `  briefing fixtures
  briefing --watch ~/incoming
  briefing extract --format json report.md > brief.json
  cat notes.txt | briefing extract -`,
		SilenceUsage:  true,
		SilenceErrors: true,
		Args:          cobra.ArbitraryArgs, // paths, not subcommands
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				_ = cmd.Usage()
				return usageError{errors.New("no PATH given: name a document, a directory or - for stdin")}
			}
			if opts.watch {
				return runWatched(args, opts, io)
			}
			b, err := load(args, opts, io)
			if err != nil {
				return err
			}
			if out, keys, ok := io.terminal(); ok {
				st, err := newLazyStore(opts.store)
				if err != nil {
					return err
				}
				defer st.Close()
				return tui.Run(&b, opts.themeName, keys, out, tui.Work{Marker: st, Who: localIdentity(), Events: st.Subscribe})
			}
			if err := withMarks(&b, opts.store); err != nil {
				return err
			}
			return export.Markdown(io.out, b)
		},
	}
	root.Flags().BoolVar(&opts.watch, "watch", false, "keep watching the paths: documents added, changed or removed show up in the open dashboard")
	root.SetIn(io.in)
	root.SetOut(io.out)
	root.SetErr(io.err)
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageError{err} })
	flags := root.PersistentFlags()
	flags.Var(&opts.maxDocSize, "max-doc-size", "largest document to read (e.g. 16MiB, 512KiB)")
	flags.StringVar(&opts.logFile, "log-file", "", "write a diagnostic log to this file (never to the terminal)")
	flags.StringVar(&opts.theme, "theme", "auto", "dashboard colours: auto, dark, light or none (NO_COLOR is honoured)")
	flags.StringArrayVar(&opts.gazetteers, "gazetteer", nil, "extra gazetteer entries (YAML, the embedded format; repeatable)")
	flags.StringVar(&opts.store, "store", "", "where marks and notes are kept: a SQLite file or a postgres:// URL (default: the data directory's briefing/briefing.db)")
	// common flags are checked before any command runs, whichever it is
	root.PersistentPreRunE = func(_ *cobra.Command, args []string) error {
		theme, ok := tui.ParseTheme(opts.theme)
		if !ok {
			return usageError{fmt.Errorf("unknown --theme %q: use auto, dark, light or none", opts.theme)}
		}
		opts.themeName = theme
		// the arguments of every command that takes any are its inputs
		return opts.setUpLogging(args)
	}

	root.AddCommand(newExtractCommand(opts, io), newServeCommand(opts, io), newVersionCommand(io),
		newMarkCommand(opts, io), newNoteCommand(opts, io), newLogCommand(opts, io))
	return root, opts
}

// setUpLogging sends the log to --log-file, or nowhere. The file is
// opened once, here, for every command (serve writes its server log
// there too).
func (o *options) setUpLogging(inputs []string) error {
	if o.logFile == "" {
		slog.SetDefault(slog.New(slog.DiscardHandler))
		return nil
	}
	f, err := openLogFile(o.logFile, inputs)
	if err != nil {
		return err
	}
	o.logOut = f
	slog.SetDefault(slog.New(slog.NewTextHandler(f, nil)))
	return nil
}

// closeLog closes the log file, if one was opened.
func (o *options) closeLog() {
	if o.logOut != nil {
		slog.SetDefault(slog.New(slog.DiscardHandler))
		_ = o.logOut.Close()
		o.logOut = nil
	}
}

// argsError turns cobra's argument validation into a usage error.
func argsError(fn cobra.PositionalArgs) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if err := fn(cmd, args); err != nil {
			return usageError{err}
		}
		return nil
	}
}

// runWatched opens the dashboard on the paths and keeps it up to date.
func runWatched(paths []string, opts *options, io streams) error {
	out, keys, ok := io.terminal()
	if !ok {
		return usageError{errors.New("--watch needs a terminal: it keeps the dashboard up to date")}
	}
	w, b, err := loadWatched(paths, opts, io)
	if err != nil {
		return err
	}
	st, err := newLazyStore(opts.store)
	if err != nil {
		return err
	}
	defer st.Close()
	updates := make(chan tui.BriefingUpdatedMsg, 1)
	stop := watchInBackground(w, func(u watch.Update) {
		updates <- tui.BriefingUpdatedMsg{Briefing: u.Briefing, Status: u.Status, Seq: u.Seq}
	})
	defer stop()
	return tui.Run(b, opts.themeName, keys, out, tui.Work{Marker: st, Who: localIdentity(), Events: st.Subscribe, Updates: updates})
}
