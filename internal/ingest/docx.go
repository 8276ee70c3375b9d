package ingest

import (
	"errors"

	"github.com/briefing-tools/briefing/internal/briefing"
)

func parseDOCX(path string, data []byte, opt Options) ([]briefing.Document, []string, error) {
	return nil, nil, errors.New("DOCX not yet read")
}
