package server

import (
	"errors"
	"fmt"
	"net"
	"net/netip"
	"strings"
	"time"

	gossh "golang.org/x/crypto/ssh"
)

// keyEntry is one line of authorized_keys: the key and the options that
// restrict it. Options this server cannot enforce refuse the line at
// start-up instead, so that a restricted key never gets full access.
type keyEntry struct {
	key     gossh.PublicKey
	line    int
	comment string // the line's comment: who the key belongs to
	// from limits the client addresses (from="..."); empty: any.
	from []addrPattern
	// noPTY (no-pty, restrict) keeps the key to the exports: no dashboard.
	noPTY bool
	// command is the export forced by command="json" or "markdown".
	command string
	// expires is when the key stops working (expiry-time); zero: never.
	expires time.Time
}

// harmlessOptions restrict what this server never offers (forwarding,
// ~/.ssh/rc), so they are accepted as they are.
var harmlessOptions = map[string]bool{
	"no-port-forwarding":  true,
	"no-agent-forwarding": true,
	"no-x11-forwarding":   true,
	"no-user-rc":          true,
}

// forcedCommands maps the commands command="..." may force to the
// exports they run; any other forced command refuses the line.
var forcedCommands = map[string]string{"json": "json", "markdown": "markdown", "md": "markdown"}

// parseKeyOptions applies a line's options to e in order, as sshd does
// ("restrict,pty" allows a PTY, "pty,restrict" does not). It returns a
// note for the operator when an option is accepted but can never match.
func parseKeyOptions(e *keyEntry, options []string) (notes []string, err error) {
	var sawFrom, sawCommand bool
	for _, opt := range options {
		name, value, hasValue := strings.Cut(opt, "=")
		name = strings.ToLower(name)
		switch name {
		case "restrict", "no-pty", "pty":
			if hasValue {
				return nil, fmt.Errorf("option %q takes no value", opt)
			}
			e.noPTY = name != "pty"
		case "from", "command", "expiry-time":
			if !hasValue {
				return nil, fmt.Errorf("option %s needs a quoted value, as in %s=\"...\"", name, name)
			}
			v, err := dequote(value)
			if err != nil {
				return nil, fmt.Errorf("option %s: %w", name, err)
			}
			switch name {
			case "from":
				if sawFrom {
					return nil, errors.New("more than one from= option")
				}
				sawFrom = true
				var n []string
				if e.from, n, err = parseFrom(v); err != nil {
					return nil, fmt.Errorf("from=%q: %w", v, err)
				}
				notes = append(notes, n...)
			case "command":
				if sawCommand {
					return nil, errors.New("more than one command= option")
				}
				sawCommand = true
				cmd, ok := forcedCommands[strings.TrimSpace(v)]
				if !ok {
					return nil, fmt.Errorf("command=%q cannot be run: this server forces only command=\"json\" or command=\"markdown\"", v)
				}
				e.command = cmd
			case "expiry-time":
				t, err := parseExpiry(v)
				if err != nil {
					return nil, err
				}
				if e.expires.IsZero() || t.Before(e.expires) {
					e.expires = t // sshd keeps the earliest of several
				}
			}
		default:
			if harmlessOptions[name] && !hasValue {
				continue
			}
			return nil, fmt.Errorf("option %q is not supported: the server would not enforce it, and a key must never get more access than its line says; "+
				"remove the option (supported: from=, command=\"json\"|\"markdown\", no-pty, restrict, pty, expiry-time=, no-port-forwarding, no-agent-forwarding, no-X11-forwarding, no-user-rc)", opt)
		}
	}
	return notes, nil
}

// dequote undoes the quoting of an option value, as sshd does: the value
// is in double quotes, and \" stands for a quote inside it.
func dequote(v string) (string, error) {
	if len(v) < 2 || v[0] != '"' || v[len(v)-1] != '"' {
		return "", fmt.Errorf("value %s is not in double quotes", v)
	}
	return strings.ReplaceAll(v[1:len(v)-1], `\"`, `"`), nil
}

// parseExpiry reads expiry-time's YYYYMMDD[HHMM[SS]] in the server's
// local time, or in UTC with a trailing Z, as sshd does.
func parseExpiry(v string) (time.Time, error) {
	loc := time.Local
	digits := v
	if strings.HasSuffix(v, "Z") || strings.HasSuffix(v, "z") {
		loc, digits = time.UTC, v[:len(v)-1]
	}
	layouts := map[int]string{8: "20060102", 12: "200601021504", 14: "20060102150405"}
	layout, ok := layouts[len(digits)]
	if ok {
		if t, err := time.ParseInLocation(layout, digits, loc); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("expiry-time=%q is not a time: write YYYYMMDD[HHMM[SS]], with Z for UTC", v)
}

// addrPattern is one entry of a from= list: an address or CIDR block, or
// else a wildcard pattern (* and ?) matched against the address text.
type addrPattern struct {
	negate bool
	prefix netip.Prefix
	glob   string
}

// parseFrom parses a from= pattern list. Host names are accepted but
// noted: the server matches the client's address only, without DNS (as
// sshd with UseDNS no), so a positive host name never matches.
func parseFrom(list string) ([]addrPattern, []string, error) {
	var pats []addrPattern
	var notes []string
	for _, raw := range strings.Split(list, ",") {
		p := addrPattern{}
		s := raw
		if strings.HasPrefix(s, "!") {
			p.negate, s = true, s[1:]
		}
		if s == "" {
			return nil, nil, errors.New("an empty pattern in the list")
		}
		switch {
		case strings.Contains(s, "/"):
			prefix, err := netip.ParsePrefix(s)
			if err != nil {
				return nil, nil, fmt.Errorf("%q is not an address block such as 10.0.0.0/8", s)
			}
			if prefix != prefix.Masked() {
				return nil, nil, fmt.Errorf("%q has host bits set; did you mean %s?", s, prefix.Masked())
			}
			p.prefix = prefix
		default:
			if a, err := netip.ParseAddr(s); err == nil {
				p.prefix = netip.PrefixFrom(a.Unmap(), a.Unmap().BitLen())
				break
			}
			for _, r := range s {
				if !strings.ContainsRune("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-_:*?", r) {
					return nil, nil, fmt.Errorf("%q is neither an address, an address block nor a host name pattern", s)
				}
			}
			p.glob = strings.ToLower(s)
			if !p.negate && strings.ContainsAny(p.glob, "abcdefghijklmnopqrstuvwxyz_") {
				notes = append(notes, fmt.Sprintf("from= pattern %q names a host; this server checks the client's address only (no DNS), so it never matches", s))
			}
		}
		pats = append(pats, p)
	}
	return pats, notes, nil
}

// allowsAddr reports whether a from= list lets addr in: a negated match
// refuses, else any match admits, else the address is refused.
func allowsAddr(pats []addrPattern, addr netip.Addr) bool {
	addr = addr.Unmap()
	text := strings.ToLower(addr.WithZone("").String())
	allowed := false
	for _, p := range pats {
		var m bool
		if p.prefix.IsValid() {
			m = p.prefix.Contains(addr.WithZone(""))
		} else {
			m = wildcardMatch(p.glob, text)
		}
		if m && p.negate {
			return false
		}
		allowed = allowed || m
	}
	return allowed
}

// wildcardMatch matches s against a pattern where * is any run of
// characters and ? any one character (sshd's match_pattern).
func wildcardMatch(pattern, s string) bool {
	star, mark := -1, 0
	i, j := 0, 0
	for j < len(s) {
		switch {
		case i < len(pattern) && (pattern[i] == '?' || pattern[i] == s[j]):
			i++
			j++
		case i < len(pattern) && pattern[i] == '*':
			star, mark = i, j
			i++
		case star >= 0:
			i, mark = star+1, mark+1
			j = mark
		default:
			return false
		}
	}
	for i < len(pattern) && pattern[i] == '*' {
		i++
	}
	return i == len(pattern)
}

// permits reports why the entry refuses a client at remote at time now,
// or nil when its from= and expiry-time let it in.
func (e *keyEntry) permits(remote net.Addr, now time.Time) error {
	if !e.expires.IsZero() && now.After(e.expires) {
		return fmt.Errorf("the key of line %d expired at %s", e.line, e.expires.Format(time.RFC3339))
	}
	if len(e.from) == 0 {
		return nil
	}
	var addr netip.Addr
	if remote != nil {
		if ap, err := netip.ParseAddrPort(remote.String()); err == nil {
			addr = ap.Addr()
		}
	}
	if !addr.IsValid() || !allowsAddr(e.from, addr) {
		return fmt.Errorf("the key of line %d may not log in from %v (from= option)", e.line, remote)
	}
	return nil
}
