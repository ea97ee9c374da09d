package main

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"testing"

	"rosterdesk/internal/check"
	"rosterdesk/internal/i18n"
	"rosterdesk/internal/roster"
	"rosterdesk/internal/sheet"
)

// TestWriteReportIsTheEncodersOutput checks that the report written a
// problem at a time is, byte for byte, what json.Encoder writes of the
// whole report held at once, with problems (a quote and <&> among them,
// which must not be escaped as HTML) and without.
func TestWriteReportIsTheEncodersOutput(t *testing.T) {
	path := filepath.Join("..", "..", "internal", "sheet", "testdata", "import", "libreoffice.xlsx")
	imp, err := sheet.ReadAll([]string{path}, sheet.ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	row := imp.Roster.Rows[1]
	problems := append(check.Check(imp.Roster), check.Problem{Row: row.ID, Field: roster.School,
		Severity: check.Warning, Code: check.CodeWhitespace, Message: i18n.T("say %q", `"a<&>b"`)})
	for _, list := range [][]check.Problem{problems, nil} {
		whole := newReport(imp)
		places := newPlaces(imp)
		for _, p := range list {
			whole.Problems = append(whole.Problems, places.report(p))
		}
		var want bytes.Buffer
		enc := json.NewEncoder(&want)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		if err := enc.Encode(whole); err != nil {
			t.Fatal(err)
		}
		var got bytes.Buffer
		if err := writeReport(&got, imp, list); err != nil {
			t.Fatal(err)
		}
		if len(list) > 0 && !bytes.Contains(got.Bytes(), []byte(`<&>`)) {
			t.Errorf("no message holds <&>:\n%s", got.Bytes())
		}
		if !bytes.Equal(got.Bytes(), want.Bytes()) {
			t.Errorf("%d problems: written\n%s\nencoder\n%s", len(list), got.Bytes(), want.Bytes())
		}
	}
}
