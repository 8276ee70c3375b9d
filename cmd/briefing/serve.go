package main

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"github.com/briefing-tools/briefing/internal/briefing"
	"github.com/briefing-tools/briefing/internal/server"
	"github.com/briefing-tools/briefing/internal/watch"
)

func newServeCommand(opts *options, io streams) *cobra.Command {
	cfg := server.Config{}
	cmd := &cobra.Command{
		Use:   "serve [flags] PATH...",
		Short: "Serve the dashboard over SSH",
		Long: `Serve loads the documents once and serves the dashboard to operators over SSH.
Only public keys listed in the authorized_keys file may log in. Without a terminal,
"ssh -p PORT HOST json" and "ssh -p PORT HOST markdown" print the export. The key
options from=, no-pty, restrict, pty, command="json"|"markdown" and expiry-time are
enforced; a line with any other option (bar no-*-forwarding, no-user-rc) stops start-up.

The host key (ed25519) is created at --host-key with mode 0600 when missing and reused
afterwards. The server log goes to stderr, or to --log-file.

Marks and notes go to --store (a SQLite file, or postgres://… so that several serve
hosts share them live); each is made under the key's authorized_keys comment and its
SHA256 fingerprint, and appears in every session within a second.`,
		Example: `  cat ~/.ssh/id_ed25519.pub >> briefing_authorized_keys
  briefing serve --authorized-keys briefing_authorized_keys fixtures
  ssh -p 2222 127.0.0.1`,
		Args: argsError(cobra.MinimumNArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			if cfg.AuthorizedKeysPath == "" {
				return usageError{fmt.Errorf("--authorized-keys is required: only the public keys listed there may log in (for example: cat ~/.ssh/id_ed25519.pub >> briefing_authorized_keys)")}
			}
			var b *briefing.Briefing
			var watcher *watch.Watcher
			if opts.watch {
				w, wb, err := loadWatched(args, opts, io)
				if err != nil {
					return err
				}
				watcher, b = w, wb
			} else {
				loaded, err := load(args, opts, io)
				if err != nil {
					return err
				}
				b = &loaded
			}
			st, err := openStore(opts.store, false)
			if err != nil {
				return err
			}
			defer st.Close()
			cfg.Store = st
			cfg.Log = io.err
			if opts.logOut != nil {
				cfg.Log = opts.logOut // opened (and checked) by setUpLogging
			}
			srv, err := server.New(b, cfg)
			if err != nil {
				return err
			}
			if watcher != nil {
				stop := watchInBackground(watcher, func(u watch.Update) {
					if err := srv.Update(u.Briefing, u.Status, u.Seq); err != nil {
						slog.Error("update failed", "error", err)
					}
				})
				defer stop()
			}
			ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			done := make(chan error, 1)
			go func() { done <- srv.ListenAndServe() }()
			fmt.Fprintf(io.err, "briefing: serving %d documents on %s (ssh -p PORT HOST), marks in %s; Ctrl+C stops\n", len(b.Documents), cfg.Listen, st.Where())
			select {
			case err := <-done:
				return err
			case <-ctx.Done():
			}
			fmt.Fprintln(io.err, "briefing: stopping: telling sessions, waiting up to 10s")
			shutdownCtx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
			defer cancel()
			if err := srv.Shutdown(shutdownCtx); err != nil {
				return fmt.Errorf("shutdown: %w", err)
			}
			return <-done
		},
	}
	f := cmd.Flags()
	f.BoolVar(&opts.watch, "watch", false, "keep watching the paths: every session, and the exports, follow documents added, changed or removed")
	f.StringVar(&cfg.Listen, "listen", server.DefaultListen, "address to listen on")
	f.StringVar(&cfg.HostKeyPath, "host-key", server.DefaultHostKeyPath(), "ed25519 host key file (created when missing)")
	f.StringVar(&cfg.AuthorizedKeysPath, "authorized-keys", "", "OpenSSH authorized_keys file of the keys allowed in (required)")
	f.IntVar(&cfg.MaxSessions, "max-sessions", server.DefaultMaxSessions, "most concurrent sessions; more are refused with a message")
	f.DurationVar(&cfg.IdleTimeout, "idle-timeout", server.DefaultIdleTimeout, "end a session after this long without the user's input")
	f.DurationVar(&cfg.MaxTimeout, "max-timeout", server.DefaultMaxTimeout, "longest a session may last")
	f.Var(startupsFlag{&cfg.MaxStartups}, "max-startups", "connections that have not opened a session yet, as start:rate:full: from start on, new ones are refused with rate percent chance, rising to all at full")
	f.IntVar(&cfg.MaxStartupsPerIP, "max-startups-per-ip", server.DefaultStartupsPerIP, "connections one address may have that have not opened a session yet (-1: no cap)")
	return cmd
}

// startupsFlag reads --max-startups (start:rate:full).
type startupsFlag struct{ s *server.Startups }

func (f startupsFlag) String() string {
	if f.s == nil || *f.s == (server.Startups{}) {
		return server.DefaultStartups.String()
	}
	return f.s.String()
}

func (f startupsFlag) Set(text string) error {
	s, err := server.ParseStartups(text)
	if err != nil {
		return err
	}
	*f.s = s
	return nil
}

func (startupsFlag) Type() string { return "start:rate:full" }
