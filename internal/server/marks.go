package server

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"slices"

	"github.com/charmbracelet/ssh"
	gossh "golang.org/x/crypto/ssh"

	"github.com/briefing-tools/briefing/internal/briefing"
	"github.com/briefing-tools/briefing/internal/marks"
	"github.com/briefing-tools/briefing/internal/store"
	"github.com/briefing-tools/briefing/tui"
)

// marksHub follows the store for every session of this server: it
// keeps the events so far (a new session starts from them) and
// broadcasts each new batch, whether a session here or another serve
// host on the same PostgreSQL made it.
type marksHub struct {
	keys   *marks.Index
	events []store.Event // guarded by Server.marksMu
	stop   context.CancelFunc
}

// startMarks loads the store's events and follows it until Shutdown.
func (s *Server) startMarks() error {
	st := s.cfg.Store
	ctx, cancel := context.WithCancel(context.Background())
	events, err := st.Events(ctx, 0)
	if err != nil {
		cancel()
		return err
	}
	s.hub = &marksHub{keys: marks.NewIndex(s.b), events: events, stop: cancel}
	var after int64
	if len(events) > 0 {
		after = events[len(events)-1].ID
	}
	go func() {
		for batch := range st.Subscribe(ctx, after) {
			// under marksMu, so a session starting now either has these
			// events in its snapshot or is registered to receive them
			s.marksMu.Lock()
			s.hub.events = append(s.hub.events, batch...)
			s.broadcast(tui.MarksMsg{Events: batch})
			s.marksMu.Unlock()
		}
	}()
	return nil
}

// workOptions are a session's marks: the store, the identity of the
// session's key, and the events so far. The caller holds marksMu until
// the session's program is tracked.
func (s *Server) workOptions(sess ssh.Session, opts tui.Options) tui.Options {
	if s.hub == nil {
		return opts
	}
	opts.Marker = s.cfg.Store
	opts.Who = s.identity(sess.PublicKey())
	opts.Events = slices.Clone(s.hub.events)
	opts.MarkKeys = s.hub.keys
	return opts
}

// identity names the person behind a key: the comment of its line in
// authorized_keys and its SHA256 fingerprint.
func (s *Server) identity(key ssh.PublicKey) string {
	if key == nil {
		return "unknown key"
	}
	fp := gossh.FingerprintSHA256(key)
	if e, ok := s.keys.lookup(key); ok && e.comment != "" {
		return fmt.Sprintf("%s %s", e.comment, fp)
	}
	return fp
}

// exportWithMarks is the export with the marks and notes as they are
// now; without a store (or any mark) it is the one made at start.
func (s *Server) exportWithMarks(write func(io.Writer, briefing.Briefing) error, plain []byte) []byte {
	if s.hub == nil {
		return plain
	}
	s.marksMu.Lock()
	events := slices.Clone(s.hub.events)
	s.marksMu.Unlock()
	if len(events) == 0 {
		return plain
	}
	s.marksMu.Lock()
	keys := s.hub.keys
	s.marksMu.Unlock()
	b := *s.briefing()
	b.Marks, b.Notes = keys.Attach(store.Derive(events)).Export()
	var out bytes.Buffer
	if err := write(&out, b); err != nil {
		s.log.Error("export with marks", "error", err)
		return plain
	}
	return out.Bytes()
}
