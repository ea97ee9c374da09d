package ui

import (
	"encoding/json"
	"testing"

	"rosterdesk/assets/translations"
)

// Fyne's own dialog words have Swedish and Finnish, and "File" and
// "Folder" are in small letters, as the middle of a title needs them.
func TestFyneWordsTranslated(t *testing.T) {
	for _, l := range []string{"sv", "fi"} {
		data, err := translations.Files.ReadFile(l + ".json")
		if err != nil {
			t.Fatal(err)
		}
		var m map[string]string
		if err := json.Unmarshal(data, &m); err != nil {
			t.Fatal(err)
		}
		keys := []string{"File", "Folder", "Enter filename", "Yes", "No", "OK", "Confirm", "Show Hidden Files",
			"New Folder", "Create Folder", "file.name", "file.parent"}
		if len(keys) != len(fyneWords()) {
			t.Fatal("the test's keys and fyneWords differ")
		}
		for _, w := range keys {
			if m[w] == "" {
				t.Errorf("%s: Fyne's word %q has no translation", l, w)
			}
		}
		for _, w := range []string{"File", "Folder"} {
			if v := m[w]; v == "" || v[0] < 'a' || v[0] > 'z' {
				t.Errorf("%s: %q is %q, want small letters for \"Save %s\"", l, w, v, w)
			}
		}
	}
}
