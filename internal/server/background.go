package server

import (
	"bytes"
	"io"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"github.com/charmbracelet/x/ansi"
)

// backgroundQueryTimeout bounds the wait for a terminal's answer to the
// background-colour query: a client that never answers gets its first
// frame this late at most, drawn for a dark background.
const backgroundQueryTimeout = time.Second

// sessionInput is a session's input as its program reads it. It asks the
// terminal for its background colour and takes the answer out of the
// input, so that the program owns the only reader of the session and a
// silent client cannot hold the session up: whatever arrives, the
// background is known (or assumed dark) within backgroundQueryTimeout.
type sessionInput struct {
	pr *io.PipeReader
	pw *io.PipeWriter

	once    sync.Once
	bg      chan background
	settled atomic.Bool // the background is known, or assumed
}

// background is what the terminal said of its background colour.
type background struct {
	dark     bool
	answered bool // false: no answer, dark assumed
}

// newSessionInput starts reading src (the session) and sends the
// background-colour and device-attributes queries to out.
func newSessionInput(src io.Reader, out io.Writer, onPanic func(any)) *sessionInput {
	pr, pw := io.Pipe()
	in := &sessionInput{pr: pr, pw: pw, bg: make(chan background, 1)}
	_, err := io.WriteString(out, ansi.RequestBackgroundColor+ansi.RequestPrimaryDeviceAttributes)
	if err != nil {
		in.report(background{dark: true})
	}
	go in.pump(src, onPanic)
	return in
}

// Background waits (at most timeout) for the terminal's answer.
func (in *sessionInput) Background(timeout time.Duration) background {
	t := time.NewTimer(timeout)
	defer t.Stop()
	select {
	case b := <-in.bg:
		return b
	case <-t.C:
		in.report(background{dark: true}) // the pump now passes input on
		return background{dark: true}
	}
}

func (in *sessionInput) report(b background) {
	in.once.Do(func() {
		in.bg <- b
		in.settled.Store(true)
	})
}

func (in *sessionInput) Read(p []byte) (int, error) { return in.pr.Read(p) }

// Close ends the program's input.
func (in *sessionInput) Close() error { return in.pr.CloseWithError(io.EOF) }

// pump copies the session's input to the program. Until the terminal has
// answered (or the wait is over) it holds the input back, so that the
// answer can be taken out whole; afterwards it still drops answers that
// arrive late in one piece, rather than pass them on as keys. (Input
// held when the wait ran out goes on with the next read.)
func (in *sessionInput) pump(src io.Reader, onPanic func(any)) {
	defer func() {
		if r := recover(); r != nil {
			onPanic(r)
			_ = in.pw.CloseWithError(io.ErrUnexpectedEOF)
		}
	}()
	var held []byte
	buf := make([]byte, 4096)
	for {
		n, err := src.Read(buf)
		data := buf[:n]
		if held != nil || !in.settled.Load() {
			held = append(held, data...)
			rest, b, done := takeReplies(held)
			if done || err != nil {
				in.report(b)
			}
			if !in.settled.Load() {
				continue
			}
			data, held = rest, nil
		} else {
			data, _, _ = takeReplies(data)
		}
		if len(data) > 0 {
			if _, werr := in.pw.Write(data); werr != nil {
				return // the program has ended
			}
		}
		if err != nil {
			_ = in.pw.CloseWithError(err)
			return
		}
	}
}

// takeReplies removes complete background-colour (OSC 11) and device
// attributes (DA1) answers from b. It returns the rest, the background
// if one was answered (dark otherwise), and whether the DA1 answer, which
// a terminal sends last, has arrived.
func takeReplies(b []byte) (rest []byte, bg background, done bool) {
	bg.dark = true
	rest = make([]byte, 0, len(b))
	for i := 0; i < len(b); {
		if b[i] != ansi.ESC || i+1 >= len(b) {
			rest = append(rest, b[i])
			i++
			continue
		}
		if n, dark, ok := osc11Reply(b[i:]); ok {
			bg = background{dark: dark, answered: true}
			i += n
			continue
		}
		if n := da1Reply(b[i:]); n > 0 {
			done = true
			i += n
			continue
		}
		rest = append(rest, b[i])
		i++
	}
	return rest, bg, done
}

// osc11Reply parses "ESC ] 11 ; rgb:RRRR/GGGG/BBBB" ended by BEL or
// ESC \ at the start of b: its length and whether the colour is dark.
func osc11Reply(b []byte) (n int, dark, ok bool) {
	const prefix = "\x1b]11;"
	if !bytes.HasPrefix(b, []byte(prefix)) {
		return 0, false, false
	}
	end, stLen := -1, 0
	for i := len(prefix); i < len(b) && i < 64; i++ {
		if b[i] == ansi.BEL {
			end, stLen = i, 1
			break
		}
		if b[i] == ansi.ESC && i+1 < len(b) && b[i+1] == '\\' {
			end, stLen = i, 2
			break
		}
	}
	if end < 0 {
		return 0, false, false
	}
	dark = true
	if l, valid := lightness(string(b[len(prefix):end])); valid {
		dark = l < 0.5
	}
	return end + stLen, dark, true
}

// lightness is the HSL lightness of an X11 "rgb:R/G/B" colour (1 to 4
// hex digits a channel).
func lightness(spec string) (float64, bool) {
	rest, ok := bytes.CutPrefix([]byte(spec), []byte("rgb:"))
	if !ok {
		return 0, false
	}
	parts := bytes.Split(rest, []byte("/"))
	if len(parts) != 3 {
		return 0, false
	}
	lo, hi := 1.0, 0.0
	for _, p := range parts {
		if len(p) < 1 || len(p) > 4 {
			return 0, false
		}
		v, err := strconv.ParseUint(string(p), 16, 16)
		if err != nil {
			return 0, false
		}
		c := float64(v) / float64(uint64(1)<<(4*len(p))-1)
		lo, hi = min(lo, c), max(hi, c)
	}
	return (lo + hi) / 2, true
}

// da1Reply is the length of a "ESC [ ? 62 ; 22 c" answer at the start
// of b, 0 when there is none.
func da1Reply(b []byte) int {
	if !bytes.HasPrefix(b, []byte("\x1b[?")) {
		return 0
	}
	for i := 3; i < len(b) && i < 64; i++ {
		switch c := b[i]; {
		case c == 'c':
			return i + 1
		case c == ';' || (c >= '0' && c <= '9'):
		default:
			return 0
		}
	}
	return 0
}
