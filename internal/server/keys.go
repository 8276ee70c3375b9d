package server

import (
	"bufio"
	"bytes"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/pem"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/charmbracelet/ssh"
	gossh "golang.org/x/crypto/ssh"
)

// authorizedKeys is the set of client keys allowed in, parsed once at
// start-up so that a bad line stops the server instead of silently
// refusing everyone after it (as a lazily re-read file would).
type authorizedKeys struct {
	keys []gossh.PublicKey
	// ignored lists key options (from=, command=, no-pty) this server
	// does not enforce, so that start-up can warn about them.
	ignored []string
}

// howToCreate tells an operator how to make an authorized_keys file.
func howToCreate(path string) string {
	return fmt.Sprintf("create it with one public key per line, for example:\n  cat ~/.ssh/id_ed25519.pub >> %s\n(make a key first with: ssh-keygen -t ed25519)", path)
}

// loadAuthorizedKeys parses an OpenSSH authorized_keys file. Blank lines
// and comments are skipped; any other line that does not parse is an
// error naming its line number.
func loadAuthorizedKeys(path string) (*authorizedKeys, error) {
	data, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("authorized keys file %s does not exist; %s", path, howToCreate(path))
	}
	if err != nil {
		return nil, fmt.Errorf("read authorized keys %s: %w", path, err)
	}
	ak := &authorizedKeys{}
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		key, _, options, _, err := gossh.ParseAuthorizedKey([]byte(line))
		if err != nil {
			return nil, fmt.Errorf("authorized keys %s line %d: %v", path, n, err)
		}
		if len(options) > 0 {
			ak.ignored = append(ak.ignored, fmt.Sprintf("line %d: %s", n, strings.Join(options, ",")))
		}
		ak.keys = append(ak.keys, key)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read authorized keys %s: %w", path, err)
	}
	if len(ak.keys) == 0 {
		return nil, fmt.Errorf("authorized keys file %s holds no keys, so nobody could log in; %s", path, howToCreate(path))
	}
	return ak, nil
}

// allows reports whether a key is one of the authorized keys.
func (ak *authorizedKeys) allows(key ssh.PublicKey) bool {
	if key == nil {
		return false
	}
	for _, k := range ak.keys {
		if ssh.KeysEqual(k, key) {
			return true
		}
	}
	return false
}

// hostKey loads the server's ed25519 host key, creating it (mode 0600,
// in a directory of mode 0700) when the file does not exist yet.
func hostKey(path string) (gossh.Signer, error) {
	data, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		data, err = createHostKey(path)
	}
	if err != nil {
		return nil, fmt.Errorf("host key %s: %w", path, err)
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
