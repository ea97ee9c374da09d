package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// An export that leaves no one to export prints its warnings first: they
// may say why, as security_marking_missing does for an SS12000 export in
// which only the protected pupil carries securityMarking (tester T31).
func TestExportSaysWhyNoOneIsLeft(t *testing.T) {
	dir := t.TempDir()
	person := func(id, mark string) string {
		p := `{"id":"` + id + `","givenName":"A","familyName":"B","emails":[{"value":"` + id + `@ale.example.se","type":"Skola elev"}],"enrolments":[{"enroledAt":{"id":"s"}}]`
		if mark != "" {
			p += `,"securityMarking":"` + mark + `"`
		}
		return p + "}"
	}
	files := map[string]string{
		"organisations.json": `{"data":[{"id":"s","displayName":"Norrskolan","organisationType":"Skolenhet","municipalityCode":"1440"}]}`,
		"persons.json":       `{"data":[` + person("p1", "Skyddad folkbokföring") + `,` + person("p2", "") + `]}`,
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	code, _, stderr := runRoster("export", "--out", t.TempDir(), "--date", "20260115", dir)
	warning := strings.Index(stderr, "warning: people without securityMarking, while others in the export have it: 1 of 2")
	nothing := strings.Index(stderr, "nothing written: the list has no one to export")
	if code != exitProblems || warning < 0 || nothing < warning {
		t.Errorf("exit %d, stderr:\n%s", code, stderr)
	}
}
