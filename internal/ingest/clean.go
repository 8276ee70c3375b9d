package ingest

import (
	"reflect"
)

// cleanResult is the one gate every loaded string passes before anything
// shows it: whatever a parser forgot to sanitise (a file name, a title
// derived from it, an imported id or kind, a warning quoting either)
// is sanitised here, so no field can carry an escape to a terminal.
func cleanResult(res *Result) {
	for i := range res.Documents {
		cleanStrings(reflect.ValueOf(&res.Documents[i]).Elem(), false)
	}
	for i := range res.Warnings {
		cleanStrings(reflect.ValueOf(&res.Warnings[i]).Elem(), false)
	}
}

// multilineTag marks a string field whose line breaks are part of it
// (a document's text). Every other string is one line.
const multilineTag = "multiline"

// cleanStrings sanitises every string reachable from v in place: struct
// fields, slice and array elements, map keys and values, pointers.
func cleanStrings(v reflect.Value, multiline bool) {
	switch v.Kind() {
	case reflect.String:
		// a string that is already safe stays byte for byte (and costs
		// one scan, not a copy), so spans and offsets computed from it
		// still hold
		s := v.String()
		if isSafe(s, multiline) || !v.CanSet() {
			return
		}
		if multiline {
			v.SetString(Sanitize(s))
		} else {
			v.SetString(SanitizeLine(s))
		}
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			cleanStrings(v.Elem(), false)
		}
	case reflect.Struct:
		t := v.Type()
		for i := 0; i < v.NumField(); i++ {
			if t.Field(i).IsExported() {
				cleanStrings(v.Field(i), t.Field(i).Tag.Get("sanitize") == multilineTag)
			}
		}
	case reflect.Slice, reflect.Array:
		for i := 0; i < v.Len(); i++ {
			cleanStrings(v.Index(i), multiline)
		}
	case reflect.Map:
		if v.IsNil() || !v.CanSet() {
			return
		}
		clean := reflect.MakeMapWithSize(v.Type(), v.Len())
		iter := v.MapRange()
		for iter.Next() {
			k := reflect.New(v.Type().Key()).Elem()
			k.Set(iter.Key())
			e := reflect.New(v.Type().Elem()).Elem()
			e.Set(iter.Value())
			cleanStrings(k, false)
			cleanStrings(e, multiline)
			clean.SetMapIndex(k, e)
		}
		v.Set(clean)
	}
}
