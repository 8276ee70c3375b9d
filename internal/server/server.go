// Package server serves the dashboard over SSH with wish: public keys
// only, a limit on concurrent sessions, timeouts that the user's input
// drives, and a clean shutdown. Every session gets its own program and
// renderer over one shared, read-only briefing.
package server

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"strings"
	"sync"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/log"
	"github.com/charmbracelet/ssh"
	"github.com/charmbracelet/wish"
	"github.com/charmbracelet/wish/activeterm"
	"github.com/charmbracelet/wish/logging"
	wishrecover "github.com/charmbracelet/wish/recover"
	"github.com/muesli/termenv"

	"github.com/briefing-tools/briefing/internal/briefing"
	"github.com/briefing-tools/briefing/internal/export"
	"github.com/briefing-tools/briefing/internal/store"
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
	// MaxStartups bounds the connections that have not opened a session
	// yet (sshd's MaxStartups); zero is DefaultStartups.
	MaxStartups Startups
	// MaxStartupsPerIP caps those per client address; zero is
	// DefaultStartupsPerIP, negative no cap.
	MaxStartupsPerIP int
	// FPS is the frame rate of sessions: lower than local, for slow links.
	FPS int
	// Log receives the server's log; never a session.
	Log io.Writer
	// Now is the clock (tests inject one).
	Now func() time.Time
	// Store keeps the analyst's marks and notes; every session reads
	// and writes it, and sees the others' marks live. Nil: marks off.
	Store store.Store

	// wrapModel, for tests, wraps each session's dashboard model.
	wrapModel func(tea.Model) tea.Model
	// shutdownGrace, for tests, replaces the 10 s of Shutdown.
	shutdownGrace time.Duration
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
	cfg Config
	// b and its exports are replaced by Update (broadcast.go); read them
	// under mu, through briefing() and the export methods
	b        *briefing.Briefing
	json, md []byte
	keys     *authorizedKeys
	log      *log.Logger
	limiter  *sessionLimiter
	startups *startupGate
	ssh      *ssh.Server

	hub     *marksHub  // marks.go; nil without a store
	marksMu sync.Mutex // orders a session's start against a broadcast

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
	if cfg.MaxStartups == (Startups{}) {
		cfg.MaxStartups = DefaultStartups
	}
	if cfg.MaxStartupsPerIP == 0 {
		cfg.MaxStartupsPerIP = DefaultStartupsPerIP
	}
	if cfg.shutdownGrace <= 0 {
		cfg.shutdownGrace = shutdownGrace
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
		log:      log.NewWithOptions(cfg.Log, log.Options{ReportTimestamp: true, Prefix: "briefing-ssh"}),
		limiter:  &sessionLimiter{max: cfg.MaxSessions},
		startups: newStartupGate(cfg.MaxStartups, cfg.MaxStartupsPerIP),
	}
	for _, n := range keys.notes {
		s.log.Warn(n)
	}
	if s.json, s.md, err = exports(b); err != nil {
		return nil, err
	}

	backstop := time.Duration(0)
	if cfg.MaxTimeout > 0 {
		backstop = cfg.MaxTimeout + 30*time.Second // the app ends first, cleanly
	}
	srv, err := wish.NewServer(
		wish.WithAddress(cfg.Listen),
		func(srv *ssh.Server) error {
			srv.AddHostKey(signer)
			srv.ConnCallback = s.startups.connCallback(cfg.HandshakeTimeout)
			srv.Version = "Briefing"
			return nil
		},
		// public keys only: no password or keyboard-interactive handler is set
		wish.WithPublicKeyAuth(s.authorizeKey),
		wish.WithMaxTimeout(backstop),
		// middleware runs last-first: recover wraps everything below it
		wish.WithMiddleware(
			wishrecover.MiddlewareWithLogger(s.log,
				s.dashboard,
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
	if cfg.Store != nil {
		if err := s.startMarks(); err != nil {
			return nil, err
		}
	}
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
	s.log.Info("serving", "address", l.Addr().String(), "documents", len(s.briefing().Documents),
		"max_sessions", s.cfg.MaxSessions, "idle_timeout", s.cfg.IdleTimeout, "max_timeout", s.cfg.MaxTimeout)
	err := s.ssh.Serve(l)
	if errors.Is(err, ssh.ErrServerClosed) {
		return nil
	}
	return err
}

// Shutdown stops accepting, tells every session to end (each restores
// its client's terminal and says goodbye), waits for them until the
// context or a 10 s grace period ends, then closes what is left. It
// returns within that period even when sessions are stuck drawing.
func (s *Server) Shutdown(ctx context.Context) error {
	ctx, cancel := context.WithTimeout(ctx, s.cfg.shutdownGrace)
	defer cancel()
	if s.hub != nil {
		s.hub.stop()
	}
	s.mu.Lock()
	s.stopping = true
	live := make([]*liveSession, 0, len(s.live))
	for _, l := range s.live {
		live = append(live, l)
	}
	s.mu.Unlock()
	s.log.Info("shutting down", "sessions", s.limiter.Open(), "dashboards", len(live), "connecting", s.startups.Waiting())
	for _, l := range live {
		// Send waits while a program is busy drawing; Shutdown never does
		go func() {
			defer func() { _ = recover() }()
			l.program.Send(shutDownMsg{})
		}()
	}
	// sessions get the grace period less a moment to close what is left
	deadline, _ := ctx.Deadline()
	drainCtx, cancelDrain := context.WithDeadline(ctx, deadline.Add(-min(time.Second, time.Until(deadline)/5)))
	defer cancelDrain()
	done := make(chan struct{})
	go func() {
		s.sessions.Wait()
		close(done)
	}()
	// stop accepting now; the sessions end by themselves above
	shut := make(chan error, 1)
	go func() { shut <- s.ssh.Shutdown(drainCtx) }()
	select {
	case <-done:
	case <-drainCtx.Done():
		s.log.Warn("sessions did not end in time; closing them", "sessions", s.limiter.Open())
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
	case <-ctx.Done():
	}
	return err
}

func (s *Server) isStopping() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.stopping
}

// admit turns away keys that are not (or no longer) authorized (the key
// is checked again here rather than trusted from the authentication
// callback) and sessions over the limit. A session slot is taken here,
// after authentication and the session request, and held until the
// session ends.
func (s *Server) admit(next ssh.Handler) ssh.Handler {
	return func(sess ssh.Session) {
		refuse := func(why, msg string) {
			s.log.Warn("session refused: "+why, "user", sess.User(), "remote", sess.RemoteAddr().String())
			fmt.Fprint(sess.Stderr(), msg)
			_ = sess.Exit(1)
			// hang up, so a refused client cannot keep its connection
			if conn, ok := sess.Context().Value(ssh.ContextKeyConn).(interface{ Close() error }); ok {
				_ = conn.Close()
			}
		}
		if !s.keys.allows(sess.PublicKey()) {
			refuse("key not authorized", "briefing: this key is not authorized on this server\r\n")
			return
		}
		if s.isStopping() {
			refuse("shutting down", "briefing: the server is shutting down; try again later\r\n")
			return
		}
		if !s.limiter.acquire() {
			refuse("too many sessions", fmt.Sprintf("briefing: the server is busy (%d sessions open, the limit); try again later\r\n", s.cfg.MaxSessions))
			return
		}
		defer s.limiter.release()
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
				_, _ = sess.Write(s.exportWithMarks(export.JSON, s.exportJSON()))
				_ = sess.Exit(0)
			case len(cmd) == 1 && (cmd[0] == "markdown" || cmd[0] == "md"):
				_, _ = sess.Write(s.exportWithMarks(export.Markdown, s.exportMarkdown()))
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

// dashboard runs a session's program: its input comes through a
// sessionInput (which settles the background colour in bounded time) and
// its window size through forwardWindow (which clamps it).
func (s *Server) dashboard(next ssh.Handler) ssh.Handler {
	return func(sess ssh.Session) {
		_, changes, _ := sess.Pty() // commands let only PTY sessions through
		in := newSessionInput(sess, sess, func(r any) {
			s.log.Error("panic while reading a session's input", "panic", r, "remote", sess.RemoteAddr().String())
		})
		defer in.Close()
		p := s.programFor(sess, in)
		if p == nil {
			next(sess)
			return
		}
		ctx, cancel := context.WithCancel(sess.Context())
		defer cancel()
		go s.forwardWindow(ctx, p, changes)
		if _, err := p.Run(); err != nil && !errors.Is(err, tea.ErrProgramKilled) {
			s.log.Error("session ended with an error", "error", err, "user", sess.User(), "remote", sess.RemoteAddr().String())
		}
		// Kill restores the client's terminal if the program crashed
		p.Kill()
		cancel()
		_ = in.Close()
		next(sess)
	}
}

// programFor builds the program of one session: its own renderer (so
// colours and background fit that client), the shared briefing, and the
// session's limits, counted from now.
func (s *Server) programFor(sess ssh.Session, in *sessionInput) *tea.Program {
	start := s.cfg.Now()
	pty, _, _ := sess.Pty()
	r := newRenderer(sess, pty.Term)
	bg := in.Background(backgroundQueryTimeout)
	r.SetHasDarkBackground(bg.dark)
	theme := tui.ThemeAuto
	if sessionEnv(sess.Environ()).Getenv("NO_COLOR") != "" {
		theme = tui.ThemeNone
		tui.KeepEmphasis(r, pty.Term)
	}
	s.marksMu.Lock()
	defer s.marksMu.Unlock()
	var inner tea.Model = tui.New(s.briefing(), s.workOptions(sess, tui.Options{Renderer: r, Theme: theme, Mouse: true}))
	if s.cfg.wrapModel != nil {
		inner = s.cfg.wrapModel(inner)
	}
	state := &sessionState{}
	model := newSessionModel(inner, state, s.cfg.IdleTimeout, s.cfg.MaxTimeout, s.cfg.Now).since(start)
	p := tea.NewProgram(model, tea.WithInput(in), tea.WithOutput(sess),
		tea.WithAltScreen(), tea.WithMouseCellMotion(), tea.WithFPS(s.cfg.FPS), tea.WithoutSignalHandler())
	if !s.track(p, sess, state) {
		return nil // the server began shutting down meanwhile
	}
	return p
}

// newRenderer is the session's lipgloss renderer: the colour profile
// from the client's TERM and environment, never a query to its terminal
// (the background is set by the caller).
func newRenderer(sess ssh.Session, term string) *lipgloss.Renderer {
	if term == "" || term == "dumb" {
		return lipgloss.NewRenderer(sess, termenv.WithProfile(termenv.Ascii))
	}
	return lipgloss.NewRenderer(sess, termenv.WithEnvironment(sessionEnv(sess.Environ())),
		termenv.WithUnsafe(), termenv.WithColorCache(true))
}

// sessionEnv is a client's environment as termenv reads it.
type sessionEnv []string

func (e sessionEnv) Environ() []string { return e }

func (e sessionEnv) Getenv(key string) string {
	for _, kv := range e {
		if k, v, ok := strings.Cut(kv, "="); ok && k == key {
			return v
		}
	}
	return ""
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
