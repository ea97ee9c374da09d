package editor

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"rosterdesk/internal/i18n"
)

// saidIn returns err's message in language l, failing when it has none or
// when the words are the English ones.
func saidIn(t *testing.T, err error, l string) string {
	t.Helper()
	te, ok := errors.AsType[*i18n.Error](err)
	if !ok {
		t.Fatalf("%v has no i18n.Text", err)
	}
	c, lerr := i18n.Load(l)
	if lerr != nil {
		t.Fatal(lerr)
	}
	got := te.Text().In(c)
	if got == te.Text().String() {
		t.Errorf("%s: %q is not translated", l, got)
	}
	return got
}

func TestErrorsSaidInSwedishAndFinnish(t *testing.T) {
	for _, tc := range []struct {
		err    error
		sv, fi string
	}{
		{ErrNeedsName, "listan har inte sparats än: välj ett namn", "luetteloa ei ole vielä tallennettu: valitse nimi"},
		{ErrHasErrors, "listan har fel: rätta dem innan du exporterar", "luettelossa on virheitä: korjaa ne ennen vientiä"},
		{ErrWouldOverwriteSource, "det här är filen som listan lästes från: spara arbetskopian under ett annat namn, så att skolsystemets export förblir som den var",
			"tämä on tiedosto, josta luettelo luettiin: tallenna työkopio toisella nimellä, jotta koulun järjestelmän vienti säilyy ennallaan"},
		{errLocked, "återställningsfilen används redan", "palautustiedosto on jo käytössä"},
	} {
		if got := saidIn(t, tc.err, "sv"); got != tc.sv {
			t.Errorf("sv: %q, want %q", got, tc.sv)
		}
		if got := saidIn(t, tc.err, "fi"); got != tc.fi {
			t.Errorf("fi: %q, want %q", got, tc.fi)
		}
	}
}

// TestRecoveryOffSaysWhyWithoutThePath starts a journal where no folder
// can be made (under a file, which stops root too): the error is said in
// the user's language, names no path and keeps the system's cause.
func TestRecoveryOffSaysWhyWithoutThePath(t *testing.T) {
	file := filepath.Join(t.TempDir(), "anna.berg")
	if err := os.WriteFile(file, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	err := openSample(t).StartJournal(filepath.Join(file, "recovery"))
	if err == nil {
		t.Fatal("a journal started under a file")
	}
	var pe *fs.PathError
	if !errors.As(err, &pe) {
		t.Errorf("%v lost the system's cause", err)
	}
	for l, want := range map[string]string{"sv": "det går inte att skriva i mappen för återställningsfiler", "fi": "palautustiedostojen kansioon ei voi kirjoittaa"} {
		if got := saidIn(t, err, l); got != want {
			t.Errorf("%s: %q, want %q", l, got, want)
		}
	}
	if strings.Contains(err.Error(), "anna.berg") {
		t.Errorf("%q names the path", err)
	}
}
