package extract

import (
	"bytes"
	"flag"
	"os"
	"reflect"
	"slices"
	"testing"

	"github.com/briefing-tools/briefing/internal/dataform"
)

// regenerate rewrites the precompiled form from the YAML (go generate).
var regenerate = flag.Bool("regenerate", false, "rewrite "+precompiledFile+" from the YAML data files")

// TestPrecompiledData decodes every embedded data file from its YAML and
// checks that the precompiled form the program loads holds the same
// values, file by file; with -regenerate it writes the form instead.
func TestPrecompiledData(t *testing.T) {
	fromYAML := map[string]any{}
	dataReads = func(name string, value any) { fromYAML[name] = value }
	_, err := readEmbedded()
	dataReads = nil
	if err != nil {
		t.Fatal(err)
	}
	blobs := map[string][]byte{}
	for name, v := range fromYAML {
		b, err := dataform.Encode(v)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		blobs[name] = b
	}
	form := encodeContainer(blobs)
	if *regenerate {
		if err := os.WriteFile(precompiledFile, form, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("wrote %s: %d files, %d bytes", precompiledFile, len(blobs), len(form))
		writeIndexSnapshot(t, checksum(string(form)))
		return
	}
	// the form is written in a fixed order: regenerating changes nothing
	if !bytes.Equal(form, []byte(precompiledData)) {
		t.Errorf("%s differs from what the YAML gives; run go generate ./internal/extract", precompiledFile)
	}
	forms := precompiled()
	if len(forms) == 0 {
		t.Fatalf("%s is missing or unreadable; run go generate ./internal/extract", precompiledFile)
	}
	var names, stale []string
	for name := range fromYAML {
		names = append(names, name)
	}
	slices.Sort(names)
	for _, name := range names {
		want := fromYAML[name]
		got := reflect.New(reflect.TypeOf(want).Elem())
		blob, ok := forms[name]
		if !ok {
			stale = append(stale, name+" (missing)")
			continue
		}
		if err := dataform.Decode(blob, got.Interface()); err != nil {
			stale = append(stale, name+" ("+err.Error()+")")
			continue
		}
		if !equalData(got.Elem(), reflect.ValueOf(want).Elem()) {
			stale = append(stale, name)
		}
	}
	for name := range forms {
		if _, ok := fromYAML[name]; !ok {
			stale = append(stale, name+" (no longer a data file)")
		}
	}
	if len(stale) > 0 {
		t.Errorf("%s is stale for %q: run go generate ./internal/extract", precompiledFile, stale)
	}
}

// writeIndexSnapshot builds the embedded gazetteer's index from the YAML
// and writes its snapshot, for the data whose checksum is sum.
func writeIndexSnapshot(t *testing.T, sum uint32) {
	dataReads = func(string, any) {} // the YAML, not the precompiled form being replaced
	g, err := readEmbedded()
	dataReads = nil
	if err != nil {
		t.Fatal(err)
	}
	g.build()
	snap := encodeIndex(g.index, sum)
	if err := os.WriteFile(indexSnapshotFile, snap, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("wrote %s: %d bytes", indexSnapshotFile, len(snap))
}

// TestIndexSnapshot: the index loaded from the snapshot is the one a
// build from the data makes, field by field; building twice gives the
// same snapshot, byte for byte.
func TestIndexSnapshot(t *testing.T) {
	g, err := readEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	loaded, err := decodeIndex(indexSnapshot, g)
	if err != nil {
		t.Fatalf("%s: %v; run go generate ./internal/extract", indexSnapshotFile, err)
	}
	g.build()
	if !reflect.DeepEqual(loaded, g.index) {
		t.Errorf("%s differs from the index a build makes; run go generate ./internal/extract", indexSnapshotFile)
	}
	first := encodeIndex(g.index, dataChecksum())
	g.build()
	if again := encodeIndex(g.index, dataChecksum()); !bytes.Equal(first, again) {
		t.Error("two builds of the index give different snapshots")
	}
	if !bytes.Equal(first, []byte(indexSnapshot)) {
		t.Errorf("%s is stale; run go generate ./internal/extract", indexSnapshotFile)
	}
}

// TestIndexSnapshotRefusesDamage: a truncated or altered snapshot, or
// one of other data, is refused rather than read as an index.
func TestIndexSnapshotRefusesDamage(t *testing.T) {
	g, err := readEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	g.build()
	good := string(encodeIndex(g.index, dataChecksum()))
	cases := map[string]string{
		"empty":          "",
		"truncated":      good[:len(good)/2],
		"one byte short": good[:len(good)-1],
		"trailing bytes": good + "\x00",
		"other data":     string(encodeIndex(g.index, dataChecksum()+1)),
		"other version":  "\x7f" + good[1:],
	}
	for name, snap := range cases {
		if _, err := decodeIndex(snap, g); err == nil {
			t.Errorf("%s: snapshot accepted", name)
		}
	}
}

// equalData is reflect.DeepEqual, except that an empty list or map
// equals a missing one (the form reads them as nil).
func equalData(a, b reflect.Value) bool {
	switch a.Kind() {
	case reflect.Slice, reflect.Map:
		if a.Len() == 0 && b.Len() == 0 {
			return true
		}
		if a.Len() != b.Len() {
			return false
		}
		if a.Kind() == reflect.Slice {
			for i := 0; i < a.Len(); i++ {
				if !equalData(a.Index(i), b.Index(i)) {
					return false
				}
			}
			return true
		}
		for _, k := range a.MapKeys() {
			bv := b.MapIndex(k)
			if !bv.IsValid() || !equalData(a.MapIndex(k), bv) {
				return false
			}
		}
		return true
	case reflect.Struct:
		for i := 0; i < a.NumField(); i++ {
			if a.Type().Field(i).IsExported() && !equalData(a.Field(i), b.Field(i)) {
				return false
			}
		}
		return true
	case reflect.Pointer:
		if a.IsNil() || b.IsNil() {
			return a.IsNil() == b.IsNil()
		}
		return equalData(a.Elem(), b.Elem())
	}
	return reflect.DeepEqual(a.Interface(), b.Interface())
}
