// Package dataform writes a decoded data file (a YAML file's value) in
// a flat form that is read back without parsing: the value's exported
// fields in order, as varints and length-prefixed strings, a map's
// pairs in key order (so that writing the same value gives the same
// bytes). Reading it allocates only the value's slices and maps; its
// strings share the form's memory, which for an embedded form is the
// binary's. Decoding YAML at start-up cost every process milliseconds
// of CPU for data that changes only with the program.
//
// A form begins with its type's signature (kinds and field names), so
// that a form made for other types is refused rather than misread.
package dataform

import (
	"encoding/binary"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strings"
)

// ErrMismatch is returned for a form of other types, or damaged.
var ErrMismatch = errors.New("data form does not fit the types")

// Encode returns the form of the value v points to.
func Encode(v any) ([]byte, error) {
	rv := reflect.ValueOf(v).Elem()
	var w writer
	w.str(signature(rv.Type()))
	if err := w.value(rv); err != nil {
		return nil, err
	}
	return w.buf, nil
}

// Decode reads form into the value into points to. An empty slice or
// map is left nil.
func Decode(form string, into any) error {
	rv := reflect.ValueOf(into).Elem()
	r := reader{s: form, ok: true}
	if r.str() != signature(rv.Type()) {
		return ErrMismatch
	}
	r.value(rv)
	if !r.ok || r.off != len(form) {
		return ErrMismatch
	}
	return nil
}

// signature spells out t's layout as the form writes it.
func signature(t reflect.Type) string {
	var b strings.Builder
	var sig func(t reflect.Type)
	sig = func(t reflect.Type) {
		switch t.Kind() {
		case reflect.Slice:
			b.WriteString("[]")
			sig(t.Elem())
		case reflect.Map:
			b.WriteString("map[")
			sig(t.Key())
			b.WriteString("]")
			sig(t.Elem())
		case reflect.Struct:
			b.WriteString("{")
			for i := range t.NumField() {
				if f := t.Field(i); f.IsExported() {
					b.WriteString(f.Name)
					b.WriteString(" ")
					sig(f.Type)
					b.WriteString(";")
				}
			}
			b.WriteString("}")
		default:
			b.WriteString(t.Kind().String())
		}
	}
	sig(t)
	return b.String()
}

type writer struct{ buf []byte }

func (w *writer) uint(v uint64) { w.buf = binary.AppendUvarint(w.buf, v) }
func (w *writer) str(s string)  { w.uint(uint64(len(s))); w.buf = append(w.buf, s...) }

// value writes v; a kind the form does not hold is an error.
func (w *writer) value(v reflect.Value) error {
	switch v.Kind() {
	case reflect.String:
		w.str(v.String())
	case reflect.Bool:
		if v.Bool() {
			w.uint(1)
		} else {
			w.uint(0)
		}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		i := v.Int()
		w.uint(uint64(i<<1) ^ uint64(i>>63)) // zig-zag: small negatives stay short
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		w.uint(v.Uint())
	case reflect.Slice:
		w.uint(uint64(v.Len()))
		for i := range v.Len() {
			if err := w.value(v.Index(i)); err != nil {
				return err
			}
		}
	case reflect.Map:
		if v.Type().Key().Kind() != reflect.String {
			return fmt.Errorf("data form: map key %s", v.Type().Key())
		}
		keys := v.MapKeys()
		slices.SortFunc(keys, func(a, b reflect.Value) int { return strings.Compare(a.String(), b.String()) })
		w.uint(uint64(len(keys)))
		for _, k := range keys {
			w.str(k.String())
			if err := w.value(v.MapIndex(k)); err != nil {
				return err
			}
		}
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				if err := w.value(v.Field(i)); err != nil {
					return err
				}
			}
		}
	default:
		return fmt.Errorf("data form: cannot hold a %s", v.Type())
	}
	return nil
}

// reader reads what writer wrote; a read past the end or a malformed
// number clears ok, and every later read returns zero.
type reader struct {
	s   string
	off int
	ok  bool
	// strs is where lists of strings are cut from: a data file holds
	// thousands of short ones, and one allocation each was most of
	// reading it
	strs []string
}

var stringsType = reflect.TypeFor[[]string]()

func (r *reader) uint() uint64 {
	var v uint64
	for shift := uint(0); shift < 64 && r.off < len(r.s); shift += 7 {
		c := r.s[r.off]
		r.off++
		v |= uint64(c&0x7f) << shift
		if c < 0x80 {
			return v
		}
	}
	r.ok = false
	r.off = len(r.s)
	return 0
}

func (r *reader) str() string {
	n := r.uint()
	if n > uint64(len(r.s)-r.off) {
		r.ok = false
		r.off = len(r.s)
		return ""
	}
	s := r.s[r.off : r.off+int(n)]
	r.off += int(n)
	return s
}

// count reads a number of elements, each at least a byte long.
func (r *reader) count() int {
	n := r.uint()
	if n > uint64(len(r.s)-r.off) {
		r.ok = false
		r.off = len(r.s)
		return 0
	}
	return int(n)
}

// value reads into v, which is addressable, what writer.value wrote.
func (r *reader) value(v reflect.Value) {
	switch v.Kind() {
	case reflect.String:
		v.SetString(r.str())
	case reflect.Bool:
		v.SetBool(r.uint() != 0)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		u := r.uint()
		v.SetInt(int64(u>>1) ^ -int64(u&1))
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		v.SetUint(r.uint())
	case reflect.Slice:
		n := r.count()
		if n == 0 {
			return
		}
		if v.Type() == stringsType {
			if len(r.strs) < n {
				r.strs = make([]string, max(n, 1024))
			}
			list := r.strs[:n:n] // full: an append elsewhere copies it
			r.strs = r.strs[n:]
			for i := range list {
				list[i] = r.str()
			}
			*v.Addr().Interface().(*[]string) = list
			return
		}
		s := reflect.MakeSlice(v.Type(), n, n)
		for i := 0; i < n && r.ok; i++ {
			r.value(s.Index(i))
		}
		v.Set(s)
	case reflect.Map:
		n := r.count()
		if n == 0 {
			return
		}
		t := v.Type()
		m := reflect.MakeMapWithSize(t, n)
		key, elem := reflect.New(t.Key()).Elem(), reflect.New(t.Elem()).Elem()
		for ; n > 0 && r.ok; n-- {
			key.SetString(r.str())
			elem.SetZero()
			r.value(elem)
			m.SetMapIndex(key, elem)
		}
		v.Set(m)
	case reflect.Struct:
		for i := range v.NumField() {
			// v is addressable, so a field is settable when exported:
			// cheaper to ask than the type's description of the field
			if f := v.Field(i); f.CanSet() {
				r.value(f)
			}
		}
	default:
		r.ok = false
	}
}
