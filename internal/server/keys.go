package server

import (
	"bufio"
	"bytes"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/pem"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/charmbracelet/ssh"
	gossh "golang.org/x/crypto/ssh"
)

// authorizedKeys is the set of client keys allowed in, parsed once at
// start-up so that a bad line stops the server instead of silently
// refusing everyone after it (as a lazily re-read file would).
type authorizedKeys struct {
	entries []*keyEntry
	// notes are worth a warning at start-up (a from= host name that can
	// never match, for one).
	notes []string
}

// howToCreate tells an operator how to make an authorized_keys file.
func howToCreate(path string) string {
	return fmt.Sprintf("create it with one public key per line, for example:\n  cat ~/.ssh/id_ed25519.pub >> %s\n(make a key first with: ssh-keygen -t ed25519)", path)
}

// loadAuthorizedKeys parses an OpenSSH authorized_keys file. Blank lines
// and comments are skipped; any other line that does not parse, or has
// an option this server does not enforce, is an error naming its line
// number. Like sshd's StrictModes, a file (or directory) that others may
// write is refused: they could add their own key.
func loadAuthorizedKeys(path string) (*authorizedKeys, error) {
	data, err := readPrivateFile(path, 0o022, "authorized keys", "writable by group or others, so they could add their own key", "chmod go-w")
	if errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("authorized keys file %s does not exist; %s", path, howToCreate(path))
	}
	if err != nil {
		return nil, err
	}
	dir := filepath.Dir(path)
	if fi, err := os.Stat(dir); err == nil && fi.Mode().Perm()&0o022 != 0 {
		return nil, fmt.Errorf("authorized keys %s is in directory %s, which is writable by group or others (mode %04o), so they could replace the file; fix it with: chmod go-w %s (or move the file)",
			path, dir, fi.Mode().Perm(), dir)
	}
	ak := &authorizedKeys{}
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		key, comment, options, _, err := gossh.ParseAuthorizedKey([]byte(line))
		if err != nil {
			return nil, fmt.Errorf("authorized keys %s line %d: %v", path, n, err)
		}
		e := &keyEntry{key: key, line: n, comment: comment}
		notes, err := parseKeyOptions(e, options)
		if err != nil {
			return nil, fmt.Errorf("authorized keys %s line %d: %v", path, n, err)
		}
		for _, note := range notes {
			ak.notes = append(ak.notes, fmt.Sprintf("authorized keys %s line %d: %s", path, n, note))
		}
		ak.entries = append(ak.entries, e)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read authorized keys %s: %w", path, err)
	}
	if len(ak.entries) == 0 {
		return nil, fmt.Errorf("authorized keys file %s holds no keys, so nobody could log in; %s", path, howToCreate(path))
	}
	return ak, nil
}

// readPrivateFile reads a file that must not grant others the mode bits
// in forbidden. The mode is checked on the opened file, so it is the
// file that is read.
func readPrivateFile(path string, forbidden os.FileMode, what, why, fix string) ([]byte, error) {
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil, err
	}
	if err != nil {
		return nil, fmt.Errorf("read %s %s: %w", what, path, err)
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return nil, fmt.Errorf("read %s %s: %w", what, path, err)
	}
	if mode := fi.Mode().Perm(); mode&forbidden != 0 {
		return nil, fmt.Errorf("%s %s is %s (mode %04o); fix it with: %s %s", what, path, why, mode, fix, path)
	}
	data, err := io.ReadAll(f)
	if err != nil {
		return nil, fmt.Errorf("read %s %s: %w", what, path, err)
	}
	return data, nil
}

// allows reports whether a key is one of the authorized keys, whatever
// its options say.
func (ak *authorizedKeys) allows(key ssh.PublicKey) bool {
	_, ok := ak.lookup(key)
	return ok
}

// lookup returns the first line of the file with this key.
func (ak *authorizedKeys) lookup(key ssh.PublicKey) (*keyEntry, bool) {
	if key == nil {
		return nil, false
	}
	for _, e := range ak.entries {
		if ssh.KeysEqual(e.key, key) {
			return e, true
		}
	}
	return nil, false
}

// authorize returns the line that lets key in from remote at time now:
// like sshd, the first line with the key whose from= and expiry-time
// allow it. The error says why the key is refused.
func (ak *authorizedKeys) authorize(key ssh.PublicKey, remote net.Addr, now time.Time) (*keyEntry, error) {
	if key == nil {
		return nil, errors.New("no public key")
	}
	var why error
	for _, e := range ak.entries {
		if !ssh.KeysEqual(e.key, key) {
			continue
		}
		err := e.permits(remote, now)
		if err == nil {
			return e, nil
		}
		if why == nil {
			why = err
		}
	}
	if why == nil {
		why = errors.New("the key is not in the authorized keys file")
	}
	return nil, why
}

// hostKey loads the server's ed25519 host key, creating it (mode 0600,
// in a directory of mode 0700) when the file does not exist yet. A key
// file that group or others may read or write is refused.
func hostKey(path string) (gossh.Signer, error) {
	// as sshd, refuse a private key that others may read or write
	data, err := readPrivateFile(path, 0o077, "host key", "readable or writable by group or others, so they could impersonate this server", "chmod 600")
	if errors.Is(err, os.ErrNotExist) {
		data, err = createHostKey(path)
		if err != nil {
			return nil, fmt.Errorf("host key %s: %w", path, err)
		}
	}
	if err != nil {
		return nil, err
	}
	signer, err := gossh.ParsePrivateKey(data)
	if err != nil {
		return nil, fmt.Errorf("host key %s: %w", path, err)
	}
	return signer, nil
}

func createHostKey(path string) ([]byte, error) {
	_, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		return nil, err
	}
	block, err := gossh.MarshalPrivateKey(priv, "briefing host key")
	if err != nil {
		return nil, err
	}
	data := pem.EncodeToMemory(block)
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, err
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return nil, err
	}
	if _, err := f.Write(data); err != nil {
		f.Close()
		return nil, err
	}
	return data, f.Close()
}

// DefaultHostKeyPath is where the host key lives unless told otherwise:
// the user's configuration directory, never the working directory.
func DefaultHostKeyPath() string {
	dir, err := os.UserConfigDir()
	if err != nil {
		dir = filepath.Join(os.TempDir(), "briefing-"+fmt.Sprint(os.Getuid()))
	}
	return filepath.Join(dir, "briefing", "ssh_host_ed25519_key")
}
