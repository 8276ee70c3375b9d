package server

import (
	"fmt"

	"github.com/charmbracelet/ssh"
)

// authorizeKey is the public key handler: a listed key whose line's
// from= and expiry-time admit this client at this time. The session
// checks again (enforceKeyOptions): nothing is trusted from here.
func (s *Server) authorizeKey(ctx ssh.Context, key ssh.PublicKey) bool {
	_, err := s.keys.authorize(key, ctx.RemoteAddr(), s.cfg.Now())
	if err != nil && s.keys.allows(key) {
		// a listed key refused by its options is worth a line; strangers are not
		s.log.Warn("key refused: "+err.Error(), "user", ctx.User(), "remote", ctx.RemoteAddr().String())
	}
	return err == nil
}

// enforceKeyOptions applies the options of the session's key line: it
// checks from= and expiry-time again, runs a forced command, and keeps a
// no-pty (or restrict) key to the exports.
func (s *Server) enforceKeyOptions(next ssh.Handler) ssh.Handler {
	return func(sess ssh.Session) {
		e, err := s.keys.authorize(sess.PublicKey(), sess.RemoteAddr(), s.cfg.Now())
		if err != nil {
			s.log.Warn("session refused: "+err.Error(), "user", sess.User(), "remote", sess.RemoteAddr().String())
			fmt.Fprint(sess.Stderr(), "briefing: this key is not authorized on this server now\r\n")
			_ = sess.Exit(1)
			if conn, ok := sess.Context().Value(ssh.ContextKeyConn).(interface{ Close() error }); ok {
				_ = conn.Close()
			}
			return
		}
		switch {
		case e.command != "":
			sess = forcedSession{Session: sess, command: []string{e.command}}
		case e.noPTY && len(sess.Command()) == 0:
			s.log.Info("dashboard refused: the key's line forbids a terminal", "line", e.line, "user", sess.User(), "remote", sess.RemoteAddr().String())
			fmt.Fprint(sess.Stderr(), "briefing: this key may not open the dashboard (no-pty or restrict in authorized_keys); it may ask for an export: ssh HOST json | markdown\r\n")
			_ = sess.Exit(1)
			return
		}
		next(sess)
	}
}

// forcedSession runs the command forced by command="..." whatever the
// client asked for, as sshd does.
type forcedSession struct {
	ssh.Session
	command []string
}

func (f forcedSession) Command() []string { return f.command }

func (f forcedSession) RawCommand() string { return f.command[0] }
