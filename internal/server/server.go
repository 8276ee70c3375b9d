// Package server serves the dashboard over SSH with wish: public keys
// only, a limit on concurrent sessions, timeouts that the user's input
// drives, and a clean shutdown. Every session gets its own program and
// renderer over one shared, read-only briefing.
package server

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"sync"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/log"
	"github.com/charmbracelet/ssh"
	"github.com/charmbracelet/wish"
	"github.com/charmbracelet/wish/activeterm"
	bm "github.com/charmbracelet/wish/bubbletea"
	"github.com/charmbracelet/wish/logging"
	wishrecover "github.com/charmbracelet/wish/recover"
	"github.com/muesli/termenv"

	"github.com/briefing-tools/briefing/internal/briefing"
	"github.com/briefing-tools/briefing/internal/export"
	"github.com/briefing-tools/briefing/tui"
)

// Config configures a server.
type Config struct {
	Listen             string
	HostKeyPath        string
	AuthorizedKeysPath string
	MaxSessions        int
	IdleTimeout        time.Duration
	MaxTimeout         time.Duration
	// HandshakeTimeout drops clients that connect and open no session.
	HandshakeTimeout time.Duration
	// FPS is the frame rate of sessions: lower than local, for slow links.
	FPS int
	// Log receives the server's log; never a session.
	Log io.Writer
	// Now is the clock (tests inject one).
	Now func() time.Time
}

// Defaults for the flags of "briefing serve".
const (
	DefaultListen      = "127.0.0.1:2222"
	DefaultMaxSessions = 32
	DefaultIdleTimeout = 15 * time.Minute
	DefaultMaxTimeout  = 8 * time.Hour
	DefaultHandshake   = 10 * time.Second
	DefaultFPS         = 20
	shutdownGrace      = 10 * time.Second
)

// Server is a running (or ready) SSH server for one briefing.
type Server struct {
	cfg      Config
	b        *briefing.Briefing
	json, md []byte
	keys     *authorizedKeys
	log      *log.Logger
	limiter  *connLimiter
	ssh      *ssh.Server

	mu       sync.Mutex
	live     map[ssh.Session]*liveSession
	stopping bool // set by Shutdown: no new session starts
	sessions sync.WaitGroup
}

// liveSession is a running dashboard: its program, to tell it the server
// stops, and its state, for the goodbye line.
type liveSession struct {
	program *tea.Program
	state   *sessionState
	once    sync.Once
}

// New checks the configuration (authorized keys, host key) and builds
// the server. Nothing listens until Serve or ListenAndServe.
func New(b *briefing.Briefing, cfg Config) (*Server, error) {
	if cfg.Listen == "" {
		cfg.Listen = DefaultListen
	}
	if cfg.HostKeyPath == "" {
		cfg.HostKeyPath = DefaultHostKeyPath()
	}
	if cfg.HandshakeTimeout <= 0 {
		cfg.HandshakeTimeout = DefaultHandshake
	}
	if cfg.FPS <= 0 {
		cfg.FPS = DefaultFPS
	}
	if cfg.Log == nil {
		cfg.Log = io.Discard
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.AuthorizedKeysPath == "" {
		return nil, errors.New("no --authorized-keys file given: only listed public keys may log in; " + howToCreate("authorized_keys"))
	}
	keys, err := loadAuthorizedKeys(cfg.AuthorizedKeysPath)
	if err != nil {
		return nil, err
	}
	signer, err := hostKey(cfg.HostKeyPath)
	if err != nil {
		return nil, err
	}
	s := &Server{
		cfg: cfg, b: b, keys: keys, live: map[ssh.Session]*liveSession{},
		log:     log.NewWithOptions(cfg.Log, log.Options{ReportTimestamp: true, Prefix: "briefing-ssh"}),
		limiter: &connLimiter{max: cfg.MaxSessions},
	}
	for _, n := range keys.notes {
		s.log.Warn(n)
	}
	var jsonOut, mdOut bytes.Buffer
	if err := export.JSON(&jsonOut, *b); err != nil {
		return nil, err
	}
	if err := export.Markdown(&mdOut, *b); err != nil {
		return nil, err
	}
	s.json, s.md = jsonOut.Bytes(), mdOut.Bytes()

	backstop := time.Duration(0)
	if cfg.MaxTimeout > 0 {
		backstop = cfg.MaxTimeout + 30*time.Second // the app ends first, cleanly
	}
	srv, err := wish.NewServer(
		wish.WithAddress(cfg.Listen),
		func(srv *ssh.Server) error {
			srv.AddHostKey(signer)
			srv.ConnCallback = s.limiter.connCallback(cfg.HandshakeTimeout)
			srv.Version = "Briefing"
			return nil
		},
		// public keys only: no password or keyboard-interactive handler is set
		wish.WithPublicKeyAuth(s.authorizeKey),
		wish.WithMaxTimeout(backstop),
		// middleware runs last-first: recover wraps everything below it
		wish.WithMiddleware(
			wishrecover.MiddlewareWithLogger(s.log,
				// Ascii is the floor, not a cap: each client keeps the
				// colours its terminal reports
				bm.MiddlewareWithProgramHandler(s.programFor, termenv.Ascii),
				s.goodbye,
				activeterm.Middleware(),
				s.commands,
				s.enforceKeyOptions, // keyaccess.go: the key line's options
				s.admit,
			),
			logging.StructuredMiddlewareWithLogger(s.log, log.InfoLevel),
		),
	)
	if err != nil {
		return nil, fmt.Errorf("ssh server: %w", err)
	}
	s.ssh = srv
	return s, nil
}

// SSH returns the underlying server (for tests that serve on their own listener).
func (s *Server) SSH() *ssh.Server { return s.ssh }

// ListenAndServe listens on the configured address until Shutdown.
func (s *Server) ListenAndServe() error {
	l, err := net.Listen("tcp", s.cfg.Listen)
	if err != nil {
		return fmt.Errorf("listen on %s: %w", s.cfg.Listen, err)
	}
	return s.Serve(l)
}

// Serve accepts connections on l until Shutdown.
func (s *Server) Serve(l net.Listener) error {
	if s.isStopping() {
		_ = l.Close()
		return nil
	}
	s.log.Info("serving", "address", l.Addr().String(), "documents", len(s.b.Documents),
		"max_sessions", s.cfg.MaxSessions, "idle_timeout", s.cfg.IdleTimeout, "max_timeout", s.cfg.MaxTimeout)
	err := s.ssh.Serve(l)
	if errors.Is(err, ssh.ErrServerClosed) {
		return nil
	}
	return err
}

// Shutdown stops accepting, tells every session to end (each restores
// its client's terminal and says goodbye), waits for them until the
// context or a 10 s grace period ends, then closes what is left.
func (s *Server) Shutdown(ctx context.Context) error {
	s.log.Info("shutting down", "sessions", s.limiter.Open())
	ctx, cancel := context.WithTimeout(ctx, shutdownGrace)
	defer cancel()
	s.mu.Lock()
	s.stopping = true
	for _, l := range s.live {
		l.program.Send(shutDownMsg{})
	}
	s.mu.Unlock()
	done := make(chan struct{})
	go func() {
		s.sessions.Wait()
		close(done)
	}()
	// stop accepting now; the sessions end by themselves above
	shut := make(chan error, 1)
	go func() { shut <- s.ssh.Shutdown(ctx) }()
	select {
	case <-done:
	case <-ctx.Done():
		s.log.Warn("sessions did not end in time; closing them")
	}
	err := s.ssh.Close()
	if errors.Is(err, ssh.ErrServerClosed) {
		err = nil
	}
	select {
	case serr := <-shut:
		if serr != nil && !errors.Is(serr, ssh.ErrServerClosed) && !errors.Is(serr, context.Canceled) && !errors.Is(serr, context.DeadlineExceeded) && err == nil {
			err = serr
		}
	case <-time.After(time.Second):
	}
	return err
}

func (s *Server) isStopping() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.stopping
}

// admit turns away sessions over the limit and keys that are not (or no
// longer) authorized: the key is checked again here rather than trusted
// from the authentication callback.
func (s *Server) admit(next ssh.Handler) ssh.Handler {
	return func(sess ssh.Session) {
		refuse := func(why, msg string) {
			s.log.Warn("session refused: "+why, "user", sess.User(), "remote", sess.RemoteAddr().String())
			fmt.Fprint(sess.Stderr(), msg)
			_ = sess.Exit(1)
			// hang up, so a refused client cannot keep its slot
			if conn, ok := sess.Context().Value(ssh.ContextKeyConn).(interface{ Close() error }); ok {
				_ = conn.Close()
			}
		}
		if !s.keys.allows(sess.PublicKey()) {
			refuse("key not authorized", "briefing: this key is not authorized on this server\r\n")
			return
		}
		if over, _ := sess.Context().Value(overLimitKey).(bool); over {
			refuse("too many sessions", fmt.Sprintf("briefing: the server is busy (%d sessions open, the limit); try again later\r\n", s.cfg.MaxSessions))
			return
		}
		if s.isStopping() {
			refuse("shutting down", "briefing: the server is shutting down; try again later\r\n")
			return
		}
		if g, ok := sess.Context().Value(guardKey).(*handshakeGuard); ok {
			g.started()
		}
		next(sess)
	}
}

// commands answers "ssh host json" and "ssh host markdown" without a
// terminal, and explains itself to a client that asked for none.
func (s *Server) commands(next ssh.Handler) ssh.Handler {
	return func(sess ssh.Session) {
		cmd := sess.Command()
		if len(cmd) > 0 {
			switch {
			case len(cmd) == 1 && cmd[0] == "json":
				_, _ = sess.Write(s.json)
				_ = sess.Exit(0)
			case len(cmd) == 1 && (cmd[0] == "markdown" || cmd[0] == "md"):
				_, _ = sess.Write(s.md)
				_ = sess.Exit(0)
			default:
				fmt.Fprintf(sess.Stderr(), "usage: ssh [-t] -p PORT HOST [json|markdown]  (unknown command %q)\n", cmd[0])
				_ = sess.Exit(2)
			}
			return
		}
		if _, _, hasPty := sess.Pty(); !hasPty {
			fmt.Fprintln(sess.Stderr(), "briefing: this is a terminal dashboard; connect with ssh -t, or ask for an export with: ssh HOST json | markdown")
			_ = sess.Exit(1)
			return
		}
		next(sess)
	}
}

// goodbye writes why a session ended, once the program has restored the
// client's terminal.
func (s *Server) goodbye(next ssh.Handler) ssh.Handler {
	return func(sess ssh.Session) {
		next(sess)
		s.mu.Lock()
		l := s.live[sess]
		s.mu.Unlock()
		if l == nil {
			return
		}
		if reason := l.state.ended(); reason != "" {
			fmt.Fprintf(sess, "briefing: %s. Goodbye.\r\n", reason)
		}
		// the exit status goes out before Shutdown may close the connection
		_ = sess.Exit(0)
		s.untrack(sess)
	}
}

// programFor builds the program of one session: its own renderer (so
// colours and background fit that client), the shared briefing, and the
// session's limits.
func (s *Server) programFor(sess ssh.Session) *tea.Program {
	r := bm.MakeRenderer(sess)
	theme := tui.ThemeAuto
	for _, kv := range sess.Environ() {
		if len(kv) > 9 && kv[:9] == "NO_COLOR=" {
			theme = tui.ThemeNone
		}
	}
	pty, _, _ := sess.Pty()
	inner := tui.New(s.b, tui.Options{Renderer: r, Theme: theme, Mouse: true})
	state := &sessionState{}
	model := newSessionModel(inner, state, s.cfg.IdleTimeout, s.cfg.MaxTimeout, s.cfg.Now)
	opts := append(bm.MakeOptions(sess), tea.WithAltScreen(), tea.WithMouseCellMotion(), tea.WithFPS(s.cfg.FPS))
	p := tea.NewProgram(model, opts...)
	// the first frame fits the client's window from the start
	go func() {
		defer func() { _ = recover() }()
		p.Send(tea.WindowSizeMsg{Width: pty.Window.Width, Height: pty.Window.Height})
	}()
	if !s.track(p, sess, state) {
		return nil // the server began shutting down meanwhile
	}
	return p
}

// track registers a running dashboard until its session ends, for
// Shutdown and the goodbye line. It refuses once Shutdown has begun.
func (s *Server) track(p *tea.Program, sess ssh.Session, state *sessionState) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.stopping {
		return false
	}
	s.live[sess] = &liveSession{program: p, state: state}
	s.sessions.Add(1)
	// a connection that drops before the goodbye still counts as ended
	go func() {
		defer func() { _ = recover() }()
		<-sess.Context().Done()
		s.untrack(sess)
	}()
	return true
}

// untrack forgets a session once; it returns what was tracked.
func (s *Server) untrack(sess ssh.Session) *liveSession {
	s.mu.Lock()
	l := s.live[sess]
	delete(s.live, sess)
	s.mu.Unlock()
	if l != nil {
		l.once.Do(s.sessions.Done)
	}
	return l
}
