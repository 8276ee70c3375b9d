package extract

import (
	"bytes"
	"fmt"
	"reflect"
	"strings"
	"sync"

	_ "embed"

	"gopkg.in/yaml.v3"

	"github.com/briefing-tools/briefing/internal/dataform"
)

// The embedded YAML files are decoded once, when the data changes, into
// compiled/data.bin (see package dataform): decoding YAML cost every
// process some 50 ms of CPU and 320,000 allocations before anything
// else. A test checks that the precompiled form holds exactly what the
// YAML says.
//
//go:generate go test -run TestPrecompiledData -regenerate .
const precompiledFile = "compiled/data.bin"

// strictFiles are decoded with unknown keys refused: a misspelt key in
// them would silently switch a rule off.
var strictFiles = map[string]bool{"data/questions.yaml": true, lexiconFile: true}

// precompiled is the decoded contents of precompiledFile: each data
// file's name to its value in the precompiled form, sharing the
// embedded string's memory. It is empty when the file does not decode,
// and every read then falls back to YAML.
var precompiled = sync.OnceValue(func() map[string]string {
	m, err := readContainer(precompiledData)
	if err != nil {
		return nil
	}
	return m
})

//go:embed compiled/data.bin
var precompiledData string

// dataReads, when set (by the test that regenerates the precompiled
// form), records every data file read and the value decoded from it.
var dataReads func(name string, value any)

// readData decodes the embedded data file name into into, from the
// precompiled form when it holds the file, else from the YAML.
func readData(name string, into any) error {
	if dataReads == nil {
		if blob, ok := precompiled()[name]; ok {
			if err := dataform.Decode(blob, into); err == nil {
				return nil
			}
			// a form that no longer fits the types: the YAML decides
			reflect.ValueOf(into).Elem().SetZero()
		}
	}
	if err := readYAML(name, into); err != nil {
		return err
	}
	if dataReads != nil {
		dataReads(name, into)
	}
	return nil
}

// readYAML decodes the embedded YAML file name into into. The files of
// a directory, each a list, are decoded in name order and joined.
func readYAML(name string, into any) error {
	if files, err := data.ReadDir(name); err == nil {
		list := reflect.ValueOf(into).Elem()
		for _, f := range files {
			part := reflect.New(list.Type())
			if err := readYAML(name+"/"+f.Name(), part.Interface()); err != nil {
				return err
			}
			list.Set(reflect.AppendSlice(list, part.Elem()))
		}
		return nil
	}
	raw, err := data.ReadFile(name)
	if err != nil {
		return fmt.Errorf("gazetteer %s: %w", name, err)
	}
	dec := yaml.NewDecoder(bytes.NewReader(raw))
	dec.KnownFields(strictFiles[name])
	if err := dec.Decode(into); err != nil {
		return fmt.Errorf("gazetteer %s: %w", strings.TrimPrefix(name, "data/"), err)
	}
	return nil
}
