package server

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	gossh "golang.org/x/crypto/ssh"
)

// newWith builds a server from the fixtures with the given files.
func newWith(t *testing.T, authorizedKeys, hostKey string) (*Server, error) {
	t.Helper()
	return New(testBriefing(), Config{AuthorizedKeysPath: authorizedKeys, HostKeyPath: hostKey})
}

func authorizedLine(t *testing.T) string {
	t.Helper()
	_, s := newClientKey(t)
	return strings.TrimSpace(string(gossh.MarshalAuthorizedKey(s.PublicKey())))
}

// A line that does not parse stops start-up, naming the file and the
// line (comments and blank lines count), instead of silently refusing
// every key after it.
func TestAuthorizedKeysBadLine(t *testing.T) {
	t.Parallel()
	for name, tt := range map[string]struct {
		data string
		line string
	}{
		"garbage":        {"# ops\n" + authorizedLine(t) + "\nnot a key at all\n" + authorizedLine(t) + "\n", "line 3"},
		"truncated key":  {"\n\n\n" + authorizedLine(t)[:40] + "\n", "line 4"},
		"private key":    {authorizedLine(t) + "\n-----BEGIN OPENSSH PRIVATE KEY-----\n", "line 2"},
		"unknown type":   {"# a\n# b\n\nssh-foo AAAAB3NzaC1yc2EAAAADAQABAAABAQ== x\n", "line 4"},
		"crlf, bad last": {authorizedLine(t) + "\r\n" + authorizedLine(t) + "\r\nssh-ed25519 !!!\r\n", "line 3"},
	} {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			dir := t.TempDir()
			path := filepath.Join(dir, "authorized_keys")
			writeFile(t, path, tt.data, 0o600)
			srv, err := newWith(t, path, filepath.Join(dir, "host_key"))
			if err == nil {
				t.Fatalf("New accepted a bad authorized_keys file (server %v)", srv != nil)
			}
			if !strings.Contains(err.Error(), tt.line) || !strings.Contains(err.Error(), path) {
				t.Errorf("error %q does not name %s of %s", err, tt.line, path)
			}
		})
	}
}

// No keys, no start: a missing file, an empty one, one with comments only
// and no --authorized-keys at all each say how to make one.
func TestAuthorizedKeysMissingOrEmpty(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty")
	writeFile(t, empty, "", 0o600)
	comments := filepath.Join(dir, "comments")
	writeFile(t, comments, "# nobody yet\n\n   \n# ssh-ed25519 AAAA… alice\n", 0o600)
	for name, path := range map[string]string{
		"missing":       filepath.Join(dir, "nope", "authorized_keys"),
		"empty":         empty,
		"comments only": comments,
		"not given":     "",
	} {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			_, err := newWith(t, path, filepath.Join(t.TempDir(), "host_key"))
			if err == nil {
				t.Fatal("New started without any authorized key")
			}
			msg := err.Error()
			if !strings.Contains(msg, "cat ~/.ssh/id_ed25519.pub") || !strings.Contains(msg, "ssh-keygen") {
				t.Errorf("error does not tell how to create the file: %q", msg)
			}
			if path != "" && !strings.Contains(msg, path) {
				t.Errorf("error does not name %s: %q", path, msg)
			}
		})
	}
	t.Run("unreadable", func(t *testing.T) {
		t.Parallel()
		if os.Geteuid() == 0 {
			t.Skip("root reads any file")
		}
		path := filepath.Join(t.TempDir(), "authorized_keys")
		writeFile(t, path, authorizedLine(t)+"\n", 0o000)
		if _, err := newWith(t, path, filepath.Join(t.TempDir(), "host_key")); err == nil || !strings.Contains(err.Error(), path) {
			t.Errorf("unreadable file: %v", err)
		}
	})
}

func hostFingerprint(t *testing.T, s *Server) string {
	t.Helper()
	if len(s.SSH().HostSigners) != 1 {
		t.Fatalf("%d host keys, want 1", len(s.SSH().HostSigners))
	}
	k := s.SSH().HostSigners[0].PublicKey()
	if k.Type() != gossh.KeyAlgoED25519 {
		t.Errorf("host key type %s, want ed25519", k.Type())
	}
	return gossh.FingerprintSHA256(k)
}

// A missing host key is created (ed25519, mode 0600, its directory 0700)
// and the same key is used on the next start.
func TestHostKeyCreatedOnceAndReused(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	ak := filepath.Join(dir, "authorized_keys")
	writeFile(t, ak, authorizedLine(t)+"\n", 0o600)
	hk := filepath.Join(dir, "state", "briefing", "ssh_host_ed25519_key")

	s1, err := newWith(t, ak, hk)
	if err != nil {
		t.Fatal(err)
	}
	fi, err := os.Stat(hk)
	if err != nil {
		t.Fatalf("the host key was not written: %v", err)
	}
	if mode := fi.Mode().Perm(); mode != 0o600 {
		t.Errorf("host key mode %o, want 600", mode)
	}
	if di, err := os.Stat(filepath.Dir(hk)); err != nil || di.Mode().Perm() != 0o700 {
		t.Errorf("host key directory: %v, mode %v, want 700", err, di.Mode().Perm())
	}
	data, err := os.ReadFile(hk)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := gossh.ParsePrivateKey(data); err != nil {
		t.Errorf("the host key file is not an OpenSSH private key: %v", err)
	}
	first := hostFingerprint(t, s1)

	s2, err := newWith(t, ak, hk)
	if err != nil {
		t.Fatal(err)
	}
	if again := hostFingerprint(t, s2); again != first {
		t.Errorf("the host key changed between starts: %s then %s", first, again)
	}
	after, _ := os.ReadFile(hk)
	if string(after) != string(data) {
		t.Error("the host key file was rewritten")
	}
}

// A host key file that is not a key stops start-up, naming it, and is
// left alone.
func TestHostKeyCorrupt(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	ak := filepath.Join(dir, "authorized_keys")
	writeFile(t, ak, authorizedLine(t)+"\n", 0o600)
	hk := filepath.Join(dir, "host_key")
	writeFile(t, hk, "not a key\n", 0o600)
	_, err := newWith(t, ak, hk)
	if err == nil || !strings.Contains(err.Error(), hk) {
		t.Fatalf("a corrupt host key: %v, want an error naming %s", err, hk)
	}
	if data, _ := os.ReadFile(hk); string(data) != "not a key\n" {
		t.Error("the corrupt host key was overwritten")
	}
}

// By default the host key lives in the user's configuration directory,
// never in the working directory.
func TestDefaultHostKeyPath(t *testing.T) {
	// not parallel: it changes the environment and the working directory
	config := t.TempDir()
	t.Setenv("XDG_CONFIG_HOME", config)
	t.Setenv("HOME", t.TempDir())
	work := t.TempDir()
	t.Chdir(work)

	p := DefaultHostKeyPath()
	if !filepath.IsAbs(p) {
		t.Fatalf("DefaultHostKeyPath() = %q, not absolute", p)
	}
	if want := filepath.Join(config, "briefing", "ssh_host_ed25519_key"); p != want {
		t.Errorf("DefaultHostKeyPath() = %q, want %q", p, want)
	}

	ak := filepath.Join(t.TempDir(), "authorized_keys")
	writeFile(t, ak, authorizedLine(t)+"\n", 0o600)
	if _, err := New(testBriefing(), Config{AuthorizedKeysPath: ak}); err != nil {
		t.Fatal(err)
	}
	if fi, err := os.Stat(p); err != nil || fi.Mode().Perm() != 0o600 {
		t.Errorf("default host key: %v", err)
	}
	if entries, _ := os.ReadDir(work); len(entries) != 0 {
		t.Errorf("New wrote into the working directory: %v", entries)
	}

	// no configuration directory at all: still absolute, still not here
	t.Setenv("XDG_CONFIG_HOME", "")
	t.Setenv("HOME", "")
	if p := DefaultHostKeyPath(); !filepath.IsAbs(p) {
		t.Errorf("without HOME: DefaultHostKeyPath() = %q, not absolute", p)
	}
}

// As sshd's StrictModes: an authorized_keys file, or its directory, that
// group or others may write is refused, and the error says how to fix
// it. Whoever runs the test (root too), the modes decide.
func TestAuthorizedKeysModes(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		name          string
		file, dir     os.FileMode
		refused, what string
	}{
		{"private", 0o600, 0o700, "", ""},
		{"readable by all", 0o644, 0o755, "", ""},
		{"group-writable", 0o660, 0o700, "chmod go-w", "file"},
		{"world-writable", 0o606, 0o700, "chmod go-w", "file"},
		{"group-writable directory", 0o600, 0o770, "chmod go-w", "dir"},
		{"world-writable directory", 0o600, 0o777, "chmod go-w", "dir"},
		{"sticky world-writable directory", 0o600, 0o1777, "chmod go-w", "dir"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			dir := filepath.Join(t.TempDir(), "keys")
			if err := os.Mkdir(dir, 0o700); err != nil {
				t.Fatal(err)
			}
			path := filepath.Join(dir, "authorized_keys")
			writeFile(t, path, authorizedLine(t)+"\n", 0o600)
			// chmod, not the create mode: the umask must not hide a bit
			if err := os.Chmod(path, tt.file); err != nil {
				t.Fatal(err)
			}
			if err := os.Chmod(dir, tt.dir); err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { _ = os.Chmod(dir, 0o700) })
			_, err := loadAuthorizedKeys(path)
			if tt.refused == "" {
				if err != nil {
					t.Errorf("refused: %v", err)
				}
				return
			}
			if err == nil {
				t.Fatalf("file %04o in directory %04o was accepted", tt.file, tt.dir)
			}
			want := tt.refused + " " + path
			if tt.what == "dir" {
				want = tt.refused + " " + dir
			}
			if !strings.Contains(err.Error(), want) {
				t.Errorf("error %q does not say %q", err, want)
			}
		})
	}
}

// As sshd: a host key that group or others may read or write is refused
// (and left as it is), with the fix in the message.
func TestHostKeyModes(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	ak := filepath.Join(dir, "authorized_keys")
	writeFile(t, ak, authorizedLine(t)+"\n", 0o600)
	made := filepath.Join(dir, "made_key")
	if _, err := newWith(t, ak, made); err != nil {
		t.Fatal(err)
	}
	key, err := os.ReadFile(made)
	if err != nil {
		t.Fatal(err)
	}
	for _, mode := range []os.FileMode{0o644, 0o640, 0o604, 0o620, 0o602, 0o660, 0o666} {
		hk := filepath.Join(dir, "host_key_"+mode.String()[1:])
		writeFile(t, hk, string(key), 0o600)
		if err := os.Chmod(hk, mode); err != nil {
			t.Fatal(err)
		}
		_, err := newWith(t, ak, hk)
		if err == nil || !strings.Contains(err.Error(), "chmod 600 "+hk) {
			t.Errorf("host key of mode %04o: %v, want a refusal saying chmod 600 %s", mode, err, hk)
		}
		if after, _ := os.ReadFile(hk); string(after) != string(key) {
			t.Errorf("host key of mode %04o was rewritten", mode)
		}
	}
	if err := os.Chmod(made, 0o400); err != nil {
		t.Fatal(err)
	}
	if _, err := newWith(t, ak, made); err != nil {
		t.Errorf("a read-only (0400) host key: %v", err)
	}
}
