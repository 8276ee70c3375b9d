package server

import (
	"net"
	"sync"
	"sync/atomic"
	"time"

	"github.com/charmbracelet/ssh"
)

type ctxKey string

const (
	overLimitKey ctxKey = "briefing-over-limit"
	guardKey     ctxKey = "briefing-handshake-guard"
)

// connLimiter counts open connections. Connections past the limit are
// still shaken hands with, so that they can be told why they are turned
// away; past twice the limit they are dropped at once.
type connLimiter struct {
	max  int
	open atomic.Int64
}

// handshakeGuard closes a connection that has not opened a session
// within the handshake deadline: a client that connects and says
// nothing must not hold a goroutine for the whole maximum session time.
type handshakeGuard struct {
	net.Conn
	once  sync.Once
	timer *time.Timer
	done  func()
}

// started stops the deadline: the client opened a session.
func (g *handshakeGuard) started() { g.timer.Stop() }

func (g *handshakeGuard) Close() error {
	g.once.Do(func() {
		g.timer.Stop()
		g.done()
	})
	return g.Conn.Close()
}

// connCallback applies the connection limit and the handshake deadline.
func (l *connLimiter) connCallback(handshake time.Duration) ssh.ConnCallback {
	return func(ctx ssh.Context, conn net.Conn) net.Conn {
		n := l.open.Add(1)
		if l.max > 0 && n > int64(2*l.max) {
			l.open.Add(-1)
			return nil
		}
		if l.max > 0 && n > int64(l.max) {
			ctx.SetValue(overLimitKey, true)
		}
		g := &handshakeGuard{Conn: conn, done: func() { l.open.Add(-1) }}
		g.timer = time.AfterFunc(handshake, func() { _ = conn.Close() })
		ctx.SetValue(guardKey, g)
		return g
	}
}

// Open returns how many connections are open now.
func (l *connLimiter) Open() int { return int(l.open.Load()) }
