package pdf

import "strings"

// fontInfo is what reading text needs from a font, looked up once per
// page rather than once per glyph (every Value lookup parses the file
// again).
type fontInfo struct {
	name      string
	enc       TextEncoding
	toUnicode *cmap
	// type0 fonts use codes of the ToUnicode code space (often two
	// bytes) and CID widths; simple fonts one byte per code
	type0  bool
	first  int
	widths []float64
	cidW   map[int]float64
	dw     float64
	// fallback is the width of a glyph the font gives none for
	fallback float64
}

func newFontInfo(f Font) *fontInfo {
	fi := &fontInfo{name: f.BaseFont(), dw: 1000}
	if i := strings.Index(fi.name, "+"); i >= 0 {
		fi.name = fi.name[i+1:]
	}
	if tu := f.V.Key("ToUnicode"); tu.Kind() == Stream || tu.Kind() == Dict {
		fi.toUnicode = readCmap(tu)
	}
	fi.enc = f.baseEncoder()
	if f.V.Key("Subtype").Name() == "Type0" {
		fi.type0 = true
		desc := f.V.Key("DescendantFonts").Index(0)
		if dw := desc.Key("DW"); dw.Kind() == Integer || dw.Kind() == Real {
			fi.dw = dw.Float64()
		}
		fi.cidW = cidWidths(desc.Key("W"))
		return fi
	}
	fi.first = f.FirstChar()
	w := f.V.Key("Widths")
	for i := 0; i < w.Len() && i < 1<<16; i++ {
		fi.widths = append(fi.widths, w.Index(i).Float64())
	}
	fi.fallback = fi.defaultWidth()
	return fi
}

// cidWidths reads a W array: "c [w1 w2 …]" and "c1 c2 w" entries.
func cidWidths(w Value) map[int]float64 {
	out := map[int]float64{}
	for i := 0; i+1 < w.Len(); {
		c := int(w.Index(i).Int64())
		next := w.Index(i + 1)
		if next.Kind() == Array {
			for j := 0; j < next.Len() && j < 1<<16; j++ {
				out[c+j] = next.Index(j).Float64()
			}
			i += 2
			continue
		}
		if i+2 >= w.Len() {
			break
		}
		last, width := int(next.Int64()), w.Index(i+2).Float64()
		for cid := c; cid <= last && cid-c < 1<<16; cid++ {
			out[cid] = width
		}
		i += 3
	}
	return out
}

// glyphCode is one code of a shown string with its text and width.
type glyphCode struct {
	text  string
	width float64 // in thousandths of the font size
	space bool    // the single-byte code 32, which gets word spacing
}

// codes splits a shown string into the font's codes.
func (fi *fontInfo) codes(raw string) []glyphCode {
	var out []glyphCode
	if fi.type0 {
		for len(raw) > 0 {
			n := 2
			if fi.toUnicode != nil {
				n = fi.toUnicode.codeLen(raw)
			}
			n = min(n, len(raw))
			code := raw[:n]
			raw = raw[n:]
			cid := 0
			for i := 0; i < len(code); i++ {
				cid = cid<<8 | int(code[i])
			}
			w, ok := fi.cidW[cid]
			if !ok {
				w = fi.dw
			}
			text := ""
			if fi.toUnicode != nil {
				text, _ = fi.toUnicode.lookup(code)
			}
			out = append(out, glyphCode{text: text, width: w})
		}
		return out
	}
	for i := 0; i < len(raw); i++ {
		code := raw[i : i+1]
		text, ok := "", false
		if fi.toUnicode != nil {
			if text, ok = fi.toUnicode.lookup(code); !ok {
				text, ok = fi.toUnicode.lookup("\x00" + code)
			}
		}
		if !ok {
			text = fi.enc.Decode(code)
		}
		w := fi.fallback
		if j := int(raw[i]) - fi.first; j >= 0 && j < len(fi.widths) {
			w = fi.widths[j]
		}
		out = append(out, glyphCode{text: text, width: w, space: raw[i] == ' '})
	}
	return out
}

// codeLen is the length of the code raw starts with, by the code space.
func (m *cmap) codeLen(raw string) int {
	for n := 1; n <= 4 && n <= len(raw); n++ {
		for _, space := range m.space[n-1] {
			if space[0] <= raw[:n] && raw[:n] <= space[1] {
				return n
			}
		}
	}
	return 1
}

// lookup maps one code to its text.
func (m *cmap) lookup(code string) (string, bool) {
	for _, bf := range m.bfrange {
		if len(bf.lo) != len(code) || code < bf.lo || code > bf.hi {
			continue
		}
		off := int(code[len(code)-1]) - int(bf.lo[len(bf.lo)-1])
		switch bf.dst.Kind() {
		case String:
			s := []byte(bf.dst.RawString())
			if len(s) == 0 {
				return "", false
			}
			s[len(s)-1] += byte(off)
			return utf16Decode(string(s)), true
		case Array:
			if d := bf.dst.Index(off); d.Kind() == String {
				return utf16Decode(d.RawString()), true
			}
		}
		return "", false
	}
	return "", false
}

// defaultWidth stands in for a glyph width the font does not give (the
// standard 14 fonts need not list theirs): an average letter, so glyphs
// advance along the line; the spaces of such text are explicit codes.
func (fi *fontInfo) defaultWidth() float64 {
	if len(fi.widths) > 0 {
		return 0
	}
	if strings.Contains(strings.ToLower(fi.name), "courier") {
		return 600
	}
	return 500
}
