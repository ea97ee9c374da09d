package ui

import "testing"

// TestSaveIntoReadOnlyFolderSaidInSwedish saves into /sys, a folder where
// no one, root included, may make a file: the window says so in Swedish,
// naming the folder but not its path.
func TestSaveIntoReadOnlyFolderSaidInSwedish(t *testing.T) {
	inLanguage(t, "sv")
	err := openSample(t).Save("/sys/lista.xlsx")
	if got, want := errorText(err), "lista.xlsx: du har inte behörighet att skriva i mappen sys; inget har ändrats"; got != want {
		t.Errorf("errorText = %q, want %q", got, want)
	}
}
