package server

import (
	"fmt"
	"math/rand/v2"
	"net"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/charmbracelet/ssh"
)

type ctxKey string

const guardKey ctxKey = "briefing-handshake-guard"

// sessionLimiter counts running sessions (dashboards and exports). A slot
// is taken only once a client has authenticated and asked for a session,
// so connections that never get that far cannot lock operators out.
type sessionLimiter struct {
	max  int
	open atomic.Int64
}

// acquire takes a slot; false when all are taken.
func (l *sessionLimiter) acquire() bool {
	n := l.open.Add(1)
	if l.max > 0 && n > int64(l.max) {
		l.open.Add(-1)
		return false
	}
	return true
}

func (l *sessionLimiter) release() { l.open.Add(-1) }

// Open returns how many sessions run now.
func (l *sessionLimiter) Open() int { return int(l.open.Load()) }

// Startups bounds connections that have not yet opened a session, as
// sshd's MaxStartups "start:rate:full" does: below Start all are let in;
// from Start on, a new one is refused with probability Rate percent,
// rising linearly to 100 % at Full.
type Startups struct {
	Start, Rate, Full int
}

// DefaultStartups is sshd's default, 10:30:100.
var DefaultStartups = Startups{Start: 10, Rate: 30, Full: 100}

// DefaultStartupsPerIP caps the connections one address may have waiting
// to open a session.
const DefaultStartupsPerIP = 10

func (s Startups) String() string { return fmt.Sprintf("%d:%d:%d", s.Start, s.Rate, s.Full) }

// ParseStartups reads "start:rate:full" (or a single number, which is
// both start and full).
func ParseStartups(text string) (Startups, error) {
	parts := strings.Split(text, ":")
	nums := make([]int, len(parts))
	for i, p := range parts {
		n, err := strconv.Atoi(strings.TrimSpace(p))
		if err != nil || n < 0 {
			return Startups{}, fmt.Errorf("max startups %q: want start:rate:full, for example 10:30:100", text)
		}
		nums[i] = n
	}
	var s Startups
	switch len(nums) {
	case 1:
		s = Startups{Start: nums[0], Rate: 100, Full: nums[0]}
	case 3:
		s = Startups{Start: nums[0], Rate: nums[1], Full: nums[2]}
	default:
		return Startups{}, fmt.Errorf("max startups %q: want start:rate:full, for example 10:30:100", text)
	}
	if s.Start < 1 || s.Full < s.Start || s.Rate > 100 {
		return Startups{}, fmt.Errorf("max startups %q: want 1 ≤ start ≤ full and rate ≤ 100", text)
	}
	return s, nil
}

// refuseChance is the probability of refusing a new connection while n
// others wait to open a session.
func (s Startups) refuseChance(n int) float64 {
	switch {
	case n < s.Start:
		return 0
	case n >= s.Full:
		return 1
	}
	return (float64(s.Rate) + float64(100-s.Rate)*float64(n-s.Start)/float64(s.Full-s.Start)) / 100
}

// startupGate is the budget of connections that have not opened a
// session yet (the handshake, authentication and the session request):
// a total with random early refusal, and a cap per address.
type startupGate struct {
	limits Startups
	perIP  int
	chance func() float64 // uniform in [0, 1); tests inject one

	mu    sync.Mutex
	total int
	byIP  map[string]int
}

func newStartupGate(limits Startups, perIP int) *startupGate {
	return &startupGate{limits: limits, perIP: perIP, chance: rand.Float64, byIP: map[string]int{}}
}

// enter takes a place for a new connection from ip; false refuses it.
func (g *startupGate) enter(ip string) bool {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.perIP > 0 && g.byIP[ip] >= g.perIP {
		return false
	}
	if p := g.limits.refuseChance(g.total); p > 0 && g.chance() < p {
		return false
	}
	g.total++
	g.byIP[ip]++
	return true
}

// leave gives a place back.
func (g *startupGate) leave(ip string) {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.total--
	if g.byIP[ip]--; g.byIP[ip] <= 0 {
		delete(g.byIP, ip)
	}
}

// Waiting returns how many connections have not opened a session yet.
func (g *startupGate) Waiting() int {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.total
}

// handshakeGuard holds a connection's place in the startup budget until
// it opens a session, and closes it if it has not within the handshake
// deadline: a client that connects and says nothing must hold neither a
// goroutine for the whole maximum session time nor a place for long.
type handshakeGuard struct {
	net.Conn
	once  sync.Once
	timer *time.Timer
	leave func()
}

// started stops the deadline and frees the startup place: the client
// opened a session. Later sessions on the connection change nothing.
func (g *handshakeGuard) started() {
	g.timer.Stop()
	g.once.Do(g.leave)
}

func (g *handshakeGuard) Close() error {
	g.timer.Stop()
	return g.expire()
}

// expire frees the startup place and closes the connection. The
// deadline's timer calls it, not Close: the timer may fire before
// connCallback has even stored it in g.timer.
func (g *handshakeGuard) expire() error {
	g.once.Do(g.leave)
	return g.Conn.Close()
}

// connCallback applies the startup budget and the handshake deadline.
// A refused connection is closed before the SSH version exchange.
func (g *startupGate) connCallback(handshake time.Duration) ssh.ConnCallback {
	return func(ctx ssh.Context, conn net.Conn) net.Conn {
		ip := remoteIP(conn.RemoteAddr())
		if !g.enter(ip) {
			return nil
		}
		guard := &handshakeGuard{Conn: conn, leave: func() { g.leave(ip) }}
		guard.timer = time.AfterFunc(handshake, func() { _ = guard.expire() })
		ctx.SetValue(guardKey, guard)
		return guard
	}
}

// remoteIP is the address without its port.
func remoteIP(a net.Addr) string {
	if t, ok := a.(*net.TCPAddr); ok {
		return t.IP.String()
	}
	host, _, err := net.SplitHostPort(a.String())
	if err != nil {
		return a.String()
	}
	return host
}
