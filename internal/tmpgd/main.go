package main

import (
	"os"
	"time"

	"github.com/briefing-tools/briefing/internal/docgen"
)

func main() {
	src, _ := os.ReadFile(os.Args[1])
	d := docgen.FromMarkdown(string(src))
	d.Author = "Test Author"
	d.Date = time.Date(2025, 3, 4, 0, 0, 0, 0, time.UTC)
	p, err := docgen.PDF(d, docgen.PDFOptions{Hyphenate: true})
	if err != nil {
		panic(err)
	}
	os.WriteFile(os.Args[2]+".pdf", p, 0o644)
	x, _ := docgen.DOCX(d)
	os.WriteFile(os.Args[2]+".docx", x, 0o644)
}
