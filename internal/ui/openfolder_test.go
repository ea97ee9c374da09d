package ui

import "testing"

func TestFolderURL(t *testing.T) {
	for _, c := range []struct{ dir, want string }{
		{"/home/anna/Elevlistor för åk 9", "file:///home/anna/Elevlistor%20f%C3%B6r%20%C3%A5k%209"},
		{`C:/Elevlistor för åk 9`, "file:///C:/Elevlistor%20f%C3%B6r%20%C3%A5k%209"},
	} {
		if got := folderURL(c.dir).String(); got != c.want {
			t.Errorf("folderURL(%q) = %s, want %s", c.dir, got, c.want)
		}
	}
}
