package extract

import (
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strings"
)

// The precompiled form writes each data file's decoded value field by
// field with snapWriter: varints and length-prefixed strings in the
// order of the type's exported fields, a map's pairs in key order (so
// regenerating gives the same bytes). Reading it allocates only the
// value's slices and maps; its strings share the embedded bytes. gob,
// which it replaces, copied every blob and string, and its decoding
// and page faults were a fifth of the start-up.
//
// A value is preceded by its type's signature, so that a form made for
// other types is refused (and the YAML read) rather than misread.

var errFormType = errors.New("precompiled form of other types")

// encodeContainer writes the encoded values of the data files, by name,
// in name order.
func encodeContainer(blobs map[string][]byte) []byte {
	var w snapWriter
	names := make([]string, 0, len(blobs))
	for name := range blobs {
		names = append(names, name)
	}
	slices.Sort(names)
	w.int(len(names))
	for _, name := range names {
		w.str(name)
		w.str(string(blobs[name]))
	}
	return w.buf
}

// readContainer reads what encodeContainer wrote; the values share s.
func readContainer(s string) (map[string]string, error) {
	r := snapReader{s: s}
	n := r.uint()
	if n > uint64(len(s)) {
		return nil, errStaleSnapshot
	}
	m := make(map[string]string, n)
	for ; n > 0 && r.err == nil; n-- {
		name := r.str()
		m[name] = r.str()
	}
	if r.err != nil || r.off != len(s) {
		return nil, errStaleSnapshot
	}
	return m, nil
}

// encodeForm writes the value v points to, after its type's signature.
func encodeForm(v any) ([]byte, error) {
	rv := reflect.ValueOf(v).Elem()
	var w snapWriter
	w.str(typeSignature(rv.Type()))
	if err := w.value(rv); err != nil {
		return nil, err
	}
	return w.buf, nil
}

// decodeForm reads what encodeForm wrote into the value into points to.
func decodeForm(s string, into any) error {
	rv := reflect.ValueOf(into).Elem()
	r := snapReader{s: s}
	if r.str() != typeSignature(rv.Type()) {
		return errFormType
	}
	r.value(rv)
	if r.err == nil && r.off != len(s) {
		r.err = errStaleSnapshot
	}
	return r.err
}

// typeSignature spells out t's layout as the form writes it: kinds,
// and the names of struct fields.
func typeSignature(t reflect.Type) string {
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

// value writes v; a kind the form does not hold is an error.
func (w *snapWriter) value(v reflect.Value) error {
	switch v.Kind() {
	case reflect.String:
		w.str(v.String())
	case reflect.Bool:
		w.bool(v.Bool())
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		i := v.Int()
		w.uint(uint64(i<<1) ^ uint64(i>>63)) // zig-zag: small negatives stay short
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		w.uint(v.Uint())
	case reflect.Slice:
		w.int(v.Len())
		for i := range v.Len() {
			if err := w.value(v.Index(i)); err != nil {
				return err
			}
		}
	case reflect.Map:
		if v.Type().Key().Kind() != reflect.String {
			return fmt.Errorf("precompiled form: map key %s", v.Type().Key())
		}
		keys := v.MapKeys()
		slices.SortFunc(keys, func(a, b reflect.Value) int { return strings.Compare(a.String(), b.String()) })
		w.int(len(keys))
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
		return fmt.Errorf("precompiled form: cannot hold a %s", v.Type())
	}
	return nil
}

// value reads into v what snapWriter.value wrote. An empty slice or map
// is left nil, as gob left it.
func (r *snapReader) value(v reflect.Value) {
	switch v.Kind() {
	case reflect.String:
		v.SetString(r.str())
	case reflect.Bool:
		v.SetBool(r.bool())
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
		s := reflect.MakeSlice(v.Type(), n, n)
		for i := 0; i < n && r.err == nil; i++ {
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
		for ; n > 0 && r.err == nil; n-- {
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
		r.err = errFormType
	}
}

// count reads a number of elements, each at least a byte long.
func (r *snapReader) count() int {
	n := r.uint()
	if r.err == nil && n > uint64(len(r.s)-r.off) {
		r.err = errStaleSnapshot
	}
	if r.err != nil {
		return 0
	}
	return int(n)
}
