package dataform

import (
	"reflect"
	"testing"
)

type place struct {
	Name    string
	Aliases []string
	Pop     int
	Capital bool
	Parts   map[string][]string
	note    string
}

// TestRoundTrip: a value reads back as written, an empty list or map as
// nil.
func TestRoundTrip(t *testing.T) {
	in := []place{
		{Name: "Kharkiv", Aliases: []string{"Kharkov"}, Pop: -3, Parts: map[string][]string{"b": {"x"}, "a": nil}},
		{Name: "Kyiv", Capital: true, Aliases: []string{}},
	}
	form, err := Encode(&in)
	if err != nil {
		t.Fatal(err)
	}
	again, _ := Encode(&in)
	if string(again) != string(form) {
		t.Error("two encodings of one value differ")
	}
	var out []place
	if err := Decode(string(form), &out); err != nil {
		t.Fatal(err)
	}
	in[1].Aliases = nil
	in[0].Parts["a"] = nil
	if !reflect.DeepEqual(in, out) {
		t.Errorf("read back %+v, want %+v", out, in)
	}
}

// TestRefusesOtherTypes: a form read into other types, or damaged, is
// refused.
func TestRefusesOtherTypes(t *testing.T) {
	form, err := Encode(&[]place{{Name: "Kharkiv", Aliases: []string{"Kharkov"}}})
	if err != nil {
		t.Fatal(err)
	}
	var names []struct{ Name string }
	if err := Decode(string(form), &names); err == nil {
		t.Error("a list of places was read as names")
	}
	var places []place
	for _, damaged := range []string{"", string(form[:len(form)-1]), string(form) + "\x00"} {
		if err := Decode(damaged, &places); err == nil {
			t.Errorf("damaged form %q read", damaged)
		}
	}
}
