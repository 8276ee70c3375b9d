package tui

import (
	"fmt"
	"strings"
	"testing"
)

func TestScratch(t *testing.T) {
	b := fixtures(t)
	m := newTestModel(t, b, 120, 40)
	m, _ = press(t, m, "d", "G", "j", "j", "pgdown", "pgdown")
	fmt.Println(strings.Contains(screen(m), "utf16.txt: decoded"))
	m, _ = press(t, m, "esc")
	m = resize(t, m, 120, 60)
	m, _ = press(t, m, "d")
	fmt.Println(strings.Contains(screen(m), "utf16.txt: decoded"))
	m = resize(t, m, 60, 20)
	m, _ = press(t, m, "esc")
	fmt.Println(screen(m))
	m, _ = press(t, m, "tab")
	fmt.Println(screen(m))
	m, _ = press(t, m, "/")
	m = typeText(t, m, "sea")
	fmt.Println(screen(m))
	m, _ = press(t, m, "enter")
	fmt.Println(screen(m))
	m = resize(t, m, 40, 12)
	fmt.Println(screen(m))
}
