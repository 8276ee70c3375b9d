package main

import (
	"fmt"
	"strconv"
	"strings"
)

// byteSize is a flag value for sizes such as "16MiB", "512KB" or "1048576".
type byteSize int64

var sizeUnits = []struct {
	suffix string
	factor int64
}{
	{"gib", 1 << 30}, {"mib", 1 << 20}, {"kib", 1 << 10},
	{"gb", 1 << 30}, {"mb", 1 << 20}, {"kb", 1 << 10},
	{"g", 1 << 30}, {"m", 1 << 20}, {"k", 1 << 10}, {"b", 1},
}

func (s *byteSize) Set(v string) error {
	t := strings.ToLower(strings.TrimSpace(v))
	factor := int64(1)
	for _, u := range sizeUnits {
		if strings.HasSuffix(t, u.suffix) {
			t, factor = strings.TrimSpace(strings.TrimSuffix(t, u.suffix)), u.factor
			break
		}
	}
	n, err := strconv.ParseFloat(t, 64)
	if err != nil || n <= 0 || n*float64(factor) > 1<<40 {
		return fmt.Errorf("%q is not a size: use a number with an optional unit, such as 16MiB", v)
	}
	*s = byteSize(n * float64(factor))
	return nil
}

func (s *byteSize) String() string {
	n := int64(*s)
	switch {
	case n%(1<<20) == 0 && n > 0:
		return fmt.Sprintf("%dMiB", n>>20)
	case n%(1<<10) == 0 && n > 0:
		return fmt.Sprintf("%dKiB", n>>10)
	}
	return strconv.FormatInt(n, 10)
}

func (*byteSize) Type() string { return "size" }
