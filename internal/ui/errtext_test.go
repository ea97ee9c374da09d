package ui

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"rosterdesk/internal/editor"
	"rosterdesk/internal/roster"
	"rosterdesk/internal/sheet"
)

// inLanguage makes lang.L speak l for one test, and English after it.
func inLanguage(t *testing.T, l string) {
	t.Helper()
	var words languageChoice
	t.Cleanup(func() { _ = words.use("en") }) // the other tests read English
	if err := words.use(l); err != nil {
		t.Fatal(err)
	}
}

func TestErrorTextTranslates(t *testing.T) {
	inLanguage(t, "sv")
	err := &sheet.FileError{Path: "/x/Elevlistor för åk 9/lista.xlsx", Row: 12, Column: "C", Err: sheet.ErrWrongPassword}
	if got, want := errorText(err), "lista.xlsx, rad 12, kolumn C: lösenordet är fel"; got != want {
		t.Errorf("errorText = %q, want %q", got, want)
	}
	plain := errors.New("the disk is full")
	if got := errorText(plain); got != "the disk is full" {
		t.Errorf("an error without a Text keeps its words, got %q", got)
	}
}

// fixture is a file of internal/sheet's test data.
func fixture(name string) string { return filepath.Join("..", "sheet", "testdata", "import", name) }

// TestOpenErrorsSaidInTheWindowsLanguage opens files the window refuses
// and checks the words it would show, in Swedish and in Finnish.
func TestOpenErrorsSaidInTheWindowsLanguage(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(content), 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	files := []string{fixture("old.xls"), fixture("locked.xlsx"), write("tom.csv", ""), write("utan rubrik.csv", "a;b;c\n1;2;3\n")}
	want := map[string][]string{
		"sv": {
			"old.xls: det här är en gammal Excel 97–2003-fil (.xls); öppna den i Excel och spara den som .xlsx",
			"locked.xlsx: arbetsboken är skyddad med lösenord: ange lösenordet (roster: --password), eller ta bort lösenordet i Excel och spara filen igen",
			"tom.csv: filen är tom",
			"utan rubrik.csv: ingen rubrikrad hittades i filen; rubrikraden ska ha minst tre av kolumnerna E-post, Förnamn, Efternamn, Klass, Skola, Kommun, Roll, SSOID (på svenska, finska eller engelska)",
		},
		"fi": {
			"old.xls: tämä on vanha Excel 97–2003 -tiedosto (.xls); avaa se Excelissä ja tallenna se .xlsx-muodossa",
			"locked.xlsx: työkirja on suojattu salasanalla: anna salasana (roster: --password) tai poista salasana Excelissä ja tallenna tiedosto uudelleen",
			"tom.csv: tiedosto on tyhjä",
			"utan rubrik.csv: otsikkoriviä ei löytynyt tiedostosta; otsikkorivillä pitää olla vähintään kolme sarakkeista Sähköposti, Etunimi, Sukunimi, Luokka, Koulu, Kunta, Rooli, SSOID (suomeksi, ruotsiksi tai englanniksi)",
		},
	}
	for _, l := range []string{"sv", "fi"} {
		inLanguage(t, l)
		for i, path := range files {
			_, err := editor.Open(path)
			if err == nil {
				t.Fatalf("%s opened", path)
			}
			if got := errorText(err); got != want[l][i] {
				t.Errorf("%s: %q,\nwant %q", l, got, want[l][i])
			}
		}
	}
}

// TestSaveOverChangedFileSaysSoInSwedish saves a list whose file another
// program changed: the window's dialog says so in Swedish.
func TestSaveOverChangedFileSaysSoInSwedish(t *testing.T) {
	inLanguage(t, "sv")
	u := newTestUI(t)
	path := filepath.Join(t.TempDir(), "lista.xlsx")
	if err := u.doc.Save(path); err != nil {
		t.Fatal(err)
	}
	later := time.Now().Add(time.Minute)
	if err := os.Chtimes(path, later, later); err != nil {
		t.Fatal(err)
	}
	u.doc.SetCell(u.doc.Row(0).ID, editor.FieldColumn(roster.Email), "ny@skola.example.se")
	u.onSave()
	want := "lista.xlsx: filen har ändrats av ett annat program sedan den öppnades; spara under ett nytt namn"
	if got := overlayText(u); !strings.Contains(got, want) || !strings.Contains(got, "Kunde inte spara") {
		t.Errorf("dialog says %q, want %q under \"Kunde inte spara\"", got, want)
	}
}

// TestSaveIntoMissingFolderSaidInFinnish saves where the folder is gone.
func TestSaveIntoMissingFolderSaidInFinnish(t *testing.T) {
	inLanguage(t, "fi")
	d := openSample(t)
	err := d.Save(filepath.Join(t.TempDir(), "poistettu", "lista.xlsx"))
	if got, want := errorText(err), "lista.xlsx: kansiota poistettu ei ole olemassa"; got != want {
		t.Errorf("errorText = %q, want %q", got, want)
	}
}

// TestRecoveryOffSaidInFinnish keeps recovery files where no folder can
// be made (under a file): the window says why in Finnish, without the
// path.
func TestRecoveryOffSaidInFinnish(t *testing.T) {
	inLanguage(t, "fi")
	u := newTestUI(t)
	file := filepath.Join(t.TempDir(), "tiedosto")
	if err := os.WriteFile(file, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	u.EnableRecovery(filepath.Join(file, "recovery"))
	got := overlayText(u)
	if want := ": palautustiedostojen kansioon ei voi kirjoittaa"; !strings.Contains(got, want) || strings.Contains(got, file) {
		t.Errorf("dialog says %q, want %q and no path", got, want)
	}
}
