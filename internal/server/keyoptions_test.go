package server

import (
	"net"
	"net/netip"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// loadLines writes an authorized_keys file of the given lines and loads
// it: each line is the options of a fresh key, a comment ("#…") or,
// when only spaces, a blank line.
func loadLines(t *testing.T, lines ...string) (*authorizedKeys, string, error) {
	t.Helper()
	var b strings.Builder
	for _, l := range lines {
		if (l != "" && strings.TrimSpace(l) == "") || strings.HasPrefix(l, "#") {
			b.WriteString(l + "\n")
			continue
		}
		b.WriteString(strings.TrimSpace(l+" "+authorizedLine(t)) + "\n")
	}
	path := filepath.Join(t.TempDir(), "authorized_keys")
	writeFile(t, path, b.String(), 0o600)
	ak, err := loadAuthorizedKeys(path)
	return ak, path, err
}

// Options the server enforces are read into the key's entry, in order,
// as sshd reads them.
func TestKeyOptionsEnforced(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		options string
		noPTY   bool
		command string
		expires string
		from    int
	}{
		{options: ""},
		{options: "no-pty", noPTY: true},
		{options: "NO-PTY", noPTY: true},
		{options: "restrict", noPTY: true},
		{options: "restrict,pty"},
		{options: "pty,restrict", noPTY: true},
		{options: `command="json"`, command: "json"},
		{options: `restrict,command="markdown"`, noPTY: true, command: "markdown"},
		{options: `command="md"`, command: "markdown"},
		{options: `expiry-time="20300102Z"`, expires: "2030-01-02T00:00:00Z"},
		{options: `expiry-time="203001021530Z"`, expires: "2030-01-02T15:30:00Z"},
		{options: `expiry-time="20300102153045Z",expiry-time="20290101Z"`, expires: "2029-01-01T00:00:00Z"},
		{options: `from="10.0.0.0/8,!10.1.0.0/16,192.168.1.*"`, from: 3},
		{options: "no-port-forwarding,no-agent-forwarding,no-X11-forwarding,no-user-rc"},
	} {
		t.Run(tt.options, func(t *testing.T) {
			t.Parallel()
			ak, _, err := loadLines(t, tt.options)
			if err != nil {
				t.Fatal(err)
			}
			e := ak.entries[0]
			if e.noPTY != tt.noPTY || e.command != tt.command || len(e.from) != tt.from {
				t.Errorf("noPTY %v, command %q, %d from patterns; want %v, %q, %d", e.noPTY, e.command, len(e.from), tt.noPTY, tt.command, tt.from)
			}
			got := ""
			if !e.expires.IsZero() {
				got = e.expires.UTC().Format(time.RFC3339)
			}
			if got != tt.expires {
				t.Errorf("expires %q, want %q", got, tt.expires)
			}
		})
	}
}

// An option the server does not enforce, or a forced command other than
// the exports, stops start-up naming the line: a key never gets more
// access than its line says.
func TestKeyOptionsRefused(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		options, want string
	}{
		{`command="/bin/sh"`, "command="},
		{`command="json; id"`, "command="},
		{`command=json`, "double quotes"},
		{"cert-authority", "not supported"},
		{`environment="NO_COLOR=1"`, "not supported"},
		{`permitopen="localhost:80"`, "not supported"},
		{`principals="alice"`, "not supported"},
		{`tunnel="0"`, "not supported"},
		{"agent-forwarding", "not supported"},
		{"port-forwarding", "not supported"},
		{"user-rc", "not supported"},
		{"X11-forwarding", "not supported"},
		{"no-touch-required", "not supported"},
		{"verify-required", "not supported"},
		{"no-pty=yes", "takes no value"},
		{"no-port-forwarding=1", "not supported"},
		{"from", "quoted value"},
		{`from="10.0.0.0/33"`, "address block"},
		{`from="10.0.0.1/8"`, "host bits"},
		{`from="10.0.0.0/8,,127.0.0.1"`, "empty pattern"},
		{`from="!"`, "empty pattern"},
		{`from="10.0.0.0/8",from="127.0.0.1"`, "more than one from="},
		{`command="json",command="markdown"`, "more than one command="},
		{`from="a b"`, "neither an address"},
		{`expiry-time="2030"`, "not a time"},
		{`expiry-time="20301301"`, "not a time"},
		{`expiry-time="tomorrow"`, "not a time"},
	} {
		t.Run(tt.options, func(t *testing.T) {
			t.Parallel()
			_, path, err := loadLines(t, "# ops", " ", "no-pty", tt.options, " ")
			if err == nil {
				t.Fatalf("%s was accepted", tt.options)
			}
			for _, want := range []string{path, "line 4", tt.want} {
				if !strings.Contains(err.Error(), want) {
					t.Errorf("error %q lacks %q", err, want)
				}
			}
		})
	}
}

// from= matches like sshd's: addresses, CIDR blocks and * ? wildcards
// against the client's address; a negated match refuses whatever else
// matches; no match refuses.
func TestFromPatterns(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		list string
		in   []string
		out  []string
	}{
		{"127.0.0.1", []string{"127.0.0.1", "::ffff:127.0.0.1"}, []string{"127.0.0.2", "::1"}},
		{"10.0.0.0/8", []string{"10.0.0.1", "10.255.255.255"}, []string{"127.0.0.1", "11.0.0.1"}},
		{"10.0.0.0/8,!10.1.0.0/16", []string{"10.2.0.1"}, []string{"10.1.2.3", "127.0.0.1"}},
		{"!10.1.0.0/16,10.0.0.0/8", []string{"10.2.0.1"}, []string{"10.1.2.3"}},
		{"*", []string{"127.0.0.1", "::1", "203.0.113.9"}, nil},
		{"!127.0.0.1,*", []string{"127.0.0.2"}, []string{"127.0.0.1"}},
		{"192.168.1.*", []string{"192.168.1.7", "192.168.1.200"}, []string{"192.168.10.1", "10.192.168.1"}},
		{"192.168.1.?", []string{"192.168.1.7"}, []string{"192.168.1.70"}},
		{"::1,fe80::/10", []string{"::1", "fe80::1"}, []string{"127.0.0.1", "2001:db8::1"}},
		{"2001:DB8::*", []string{"2001:db8::1"}, []string{"2001:db9::1"}},
		{"host.example.com", nil, []string{"127.0.0.1"}},
	} {
		pats, _, err := parseFrom(tt.list)
		if err != nil {
			t.Errorf("%s: %v", tt.list, err)
			continue
		}
		for _, a := range tt.in {
			if !allowsAddr(pats, netip.MustParseAddr(a)) {
				t.Errorf("from=%q refuses %s", tt.list, a)
			}
		}
		for _, a := range tt.out {
			if allowsAddr(pats, netip.MustParseAddr(a)) {
				t.Errorf("from=%q admits %s", tt.list, a)
			}
		}
	}
	// a host name can never match an address: noted at start-up
	if _, notes, _ := parseFrom("*.example.com,10.0.0.0/8"); len(notes) != 1 || !strings.Contains(notes[0], "no DNS") {
		t.Errorf("notes %q, want one about DNS", notes)
	}
}

func TestWildcardMatch(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		p, s string
		want bool
	}{
		{"*", "", true}, {"*", "abc", true}, {"a*c", "abc", true}, {"a*c", "abcbc", true}, {"a*c", "abcb", false},
		{"?", "a", true}, {"?", "", false}, {"a?c", "abc", true}, {"a?c", "ac", false}, {"**a", "ba", true},
		{"10.*.1", "10.2.3.1", true}, {"10.*.1", "10.2.3.12", false}, {"", "", true}, {"", "a", false},
	} {
		if got := wildcardMatch(tt.p, tt.s); got != tt.want {
			t.Errorf("wildcardMatch(%q, %q) = %v", tt.p, tt.s, got)
		}
	}
}

// A key past its expiry-time, or from an address its from= does not
// list, is refused; another line with the same key may still admit it,
// as in sshd.
func TestKeyEntryPermits(t *testing.T) {
	t.Parallel()
	e := &keyEntry{line: 3, expires: time.Date(2030, 1, 2, 0, 0, 0, 0, time.UTC)}
	local := &net.TCPAddr{IP: net.IPv4(127, 0, 0, 1), Port: 40000}
	if err := e.permits(local, e.expires); err != nil {
		t.Errorf("at its expiry time: %v", err)
	}
	if err := e.permits(local, e.expires.Add(time.Second)); err == nil || !strings.Contains(err.Error(), "expired") {
		t.Errorf("after its expiry time: %v", err)
	}
	e.expires = time.Time{}
	e.from, _, _ = parseFrom("10.0.0.0/8")
	if err := e.permits(local, time.Now()); err == nil || !strings.Contains(err.Error(), "from=") {
		t.Errorf("from 127.0.0.1 with from=10.0.0.0/8: %v", err)
	}
	if err := e.permits(&net.TCPAddr{IP: net.IPv4(10, 9, 8, 7), Port: 1}, time.Now()); err != nil {
		t.Errorf("from 10.9.8.7 with from=10.0.0.0/8: %v", err)
	}
	if err := e.permits(nil, time.Now()); err == nil {
		t.Error("no address at all passed a from= list")
	}

	// the same key twice: the first line that admits the client wins
	path := filepath.Join(t.TempDir(), "authorized_keys")
	key := authorizedLine(t)
	writeFile(t, path, `from="10.0.0.0/8" `+key+"\nno-pty "+key+"\n", 0o600)
	ak, err := loadAuthorizedKeys(path)
	if err != nil {
		t.Fatal(err)
	}
	got, err := ak.authorize(ak.entries[0].key, local, time.Now())
	if err != nil || got.line != 2 || !got.noPTY {
		t.Errorf("authorize from 127.0.0.1 = line %v, %v; want line 2 (no-pty)", got, err)
	}
	if e, ok := ak.lookup(ak.entries[0].key); !ok || e.line != 1 {
		t.Errorf("lookup = %v, %v; want line 1", e, ok)
	}
}
