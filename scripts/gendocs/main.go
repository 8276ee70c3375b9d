// Command gendocs writes the sample PDF and DOCX briefings of fixtures/
// from the Markdown sources beside it (our own words), so they can be
// rebuilt: go run ./scripts/gendocs
//
// NAME.md becomes fixtures/NAME.pdf or fixtures/NAME.docx as listed in
// outputs; each fixture keeps its hand-written NAME.gold.yaml.
package main

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/briefing-tools/briefing/internal/docgen"
)

var outputs = []struct{ source, format string }{
	{"barents-patrol-report.md", "pdf"},
	{"horn-of-africa-update.md", "docx"},
}

func main() {
	if err := run("scripts/gendocs", "fixtures"); err != nil {
		fmt.Fprintln(os.Stderr, "gendocs:", err)
		os.Exit(1)
	}
}

func run(srcDir, outDir string) error {
	for _, o := range outputs {
		src, err := os.ReadFile(filepath.Join(srcDir, o.source))
		if err != nil {
			return err
		}
		doc := docgen.FromMarkdown(string(src))
		var data []byte
		switch o.format {
		case "pdf":
			data, err = docgen.PDF(doc, docgen.PDFOptions{Hyphenate: true})
		case "docx":
			data, err = docgen.DOCX(doc)
		}
		if err != nil {
			return fmt.Errorf("%s: %w", o.source, err)
		}
		out := filepath.Join(outDir, o.source[:len(o.source)-len(filepath.Ext(o.source))]+"."+o.format)
		if err := os.WriteFile(out, data, 0o644); err != nil {
			return err
		}
		fmt.Fprintln(os.Stderr, "wrote", out)
	}
	return nil
}
