package sheet

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"

	"rosterdesk/internal/i18n"
	"rosterdesk/internal/xlsxread"
)

// catalogs are the Swedish and Finnish words the errors are said in.
func catalogs(t *testing.T) map[string]i18n.Catalog {
	t.Helper()
	out := map[string]i18n.Catalog{}
	for _, l := range []string{"sv", "fi"} {
		c, err := i18n.Load(l)
		if err != nil {
			t.Fatal(err)
		}
		out[l] = c
	}
	return out
}

// verbs and words find printf verbs and words in a format string, so
// that "%s: %s" counts as having no words.
var (
	verbs = regexp.MustCompile(`%[a-z]`)
	words = regexp.MustCompile(`[A-Za-z]{2,}`)
)

// untranslated lists the formats in t, its arguments' Texts included,
// that c does not translate: missing, or the English words unchanged.
func untranslated(t i18n.Text, c i18n.Catalog) []string {
	var out []string
	s, ok := c[t.Format]
	if !ok || s == t.Format && words.MatchString(verbs.ReplaceAllString(t.Format, "")) {
		out = append(out, t.Format)
	}
	for _, a := range t.Args {
		if inner, ok := a.(i18n.Text); ok {
			out = append(out, untranslated(inner, c)...)
		}
	}
	return out
}

// assertSaid fails unless err has a Text, says want[language] in each of
// sv and fi with every part translated, and names no folder of path.
func assertSaid(t *testing.T, err error, path string, want map[string]string) {
	t.Helper()
	text, ok := i18n.TextOf(err)
	if !ok {
		t.Fatalf("%v: no i18n.Text in the chain", err)
	}
	for l, c := range catalogs(t) {
		got := text.In(c)
		if miss := untranslated(text, c); len(miss) > 0 {
			t.Errorf("%s: %q leaves %q in English", l, got, miss)
		}
		if w := want[l]; w != "" && !strings.Contains(got, w) {
			t.Errorf("%s: %q does not say %q", l, got, w)
		}
		if dir := filepath.Dir(path); dir != "." && strings.Contains(got, dir) {
			t.Errorf("%s: %q names the folder %s", l, got, dir)
		}
	}
	if dir := filepath.Dir(path); dir != "." && strings.Contains(err.Error(), dir) {
		t.Errorf("%q names the folder %s", err, dir)
	}
}

func TestReadErrorsSaidInSwedishAndFinnish(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(content), 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	imports := filepath.Join("testdata", "import")
	for _, tc := range []struct {
		name     string
		path     string
		password string
		kind     error
		want     map[string]string
	}{
		{"old xls", filepath.Join(imports, "old.xls"), "", ErrOldXLS, map[string]string{
			"sv": "old.xls: det här är en gammal Excel 97–2003-fil (.xls); öppna den i Excel och spara den som .xlsx",
			"fi": "old.xls: tämä on vanha Excel 97–2003 -tiedosto (.xls); avaa se Excelissä ja tallenna se .xlsx-muodossa"}},
		{"locked", filepath.Join(imports, "locked.xlsx"), "", ErrEncrypted, map[string]string{
			"sv": "locked.xlsx: arbetsboken är skyddad med lösenord: ange lösenordet (roster: --password)",
			"fi": "locked.xlsx: työkirja on suojattu salasanalla: anna salasana (roster: --password)"}},
		{"wrong password", filepath.Join(imports, "locked.xlsx"), "fel", ErrWrongPassword, map[string]string{
			"sv": "locked.xlsx: lösenordet är fel", "fi": "locked.xlsx: salasana on väärä"}},
		{"ods", filepath.Join(imports, "calc.ods"), "", ErrODS, map[string]string{
			"sv": "calc.ods: det här är ett OpenDocument-kalkylblad (.ods)", "fi": "calc.ods: tämä on OpenDocument-laskentataulukko"}},
		{"empty", write("tom.csv", ""), "", ErrEmpty, map[string]string{
			"sv": "tom.csv: filen är tom", "fi": "tom.csv: tiedosto on tyhjä"}},
		{"no header", write("lista.csv", "a;b;c\n1;2;3\n"), "", ErrNoHeader, map[string]string{
			"sv": "lista.csv: ingen rubrikrad hittades i filen; rubrikraden ska ha minst tre av kolumnerna E-post,",
			"fi": "lista.csv: otsikkoriviä ei löytynyt tiedostosta; otsikkorivillä pitää olla vähintään kolme sarakkeista Sähköposti,"}},
		{"unclosed quote", write("citat.csv", "Email,FirstName,LastName\na@b.se,\"Ann,Öberg\nc@d.se,Bo,Åberg\n"), "", nil, map[string]string{
			"sv": "citat.csv, rad 2, kolumn FirstName: ett citattecken (\") som börjar här avslutas aldrig",
			"fi": "citat.csv, rivi 2, sarake FirstName: tässä alkavaa lainausmerkkiä (\") ei suljeta koskaan"}},
		{"missing", filepath.Join(dir, "borta.xlsx"), "", fs.ErrNotExist, map[string]string{
			"sv": "borta.xlsx: filen finns inte", "fi": "borta.xlsx: tiedostoa ei ole olemassa"}},
		// A folder is read as a school data export; this one holds none.
		{"folder", dir, "", nil, map[string]string{
			"sv": ": ingen skoldataexport här", "fi": ": tässä ei ole koulutietojen vientiä"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ReadFileWith(tc.path, ReadOptions{Password: tc.password})
			if err == nil {
				t.Fatal("read without an error")
			}
			if tc.kind != nil && !errors.Is(err, tc.kind) {
				t.Errorf("%v is not %v", err, tc.kind)
			}
			assertSaid(t, err, tc.path, tc.want)
		})
	}
}

// TestEveryFixtureErrorTranslated reads every file of the hostile corpus
// and of the import fixtures: each one refused says why in Swedish and
// Finnish, every part of it translated.
func TestEveryFixtureErrorTranslated(t *testing.T) {
	var paths []string
	for _, d := range []string{"hostile", "import"} {
		m, _ := filepath.Glob(filepath.Join("testdata", d, "*.*"))
		paths = append(paths, m...)
	}
	refused := 0
	for _, p := range paths {
		if strings.HasSuffix(p, ".sh") {
			continue
		}
		if _, err := ReadFile(p); err != nil {
			refused++
			assertSaid(t, err, p, nil)
		}
	}
	if refused < 25 {
		t.Errorf("only %d fixtures refused: the corpus has lost its way", refused)
	}
}

func TestWriteErrorsSaidInSwedishAndFinnish(t *testing.T) {
	path := "/home/anna.berg/Elevlistor/Binogi_Borås_20260901.xlsx"
	for _, tc := range []struct {
		cause error
		kind  error
		want  map[string]string
	}{
		{syscall.EACCES, fs.ErrPermission, map[string]string{
			"sv": "Binogi_Borås_20260901.xlsx: du har inte behörighet att skriva i mappen Elevlistor; inget har ändrats",
			"fi": "Binogi_Borås_20260901.xlsx: sinulla ei ole oikeutta kirjoittaa kansioon Elevlistor; mitään ei muutettu"}},
		{syscall.EROFS, syscall.EROFS, map[string]string{"sv": "du har inte behörighet att skriva i mappen Elevlistor"}},
		{syscall.ENOSPC, syscall.ENOSPC, map[string]string{
			"sv": "Binogi_Borås_20260901.xlsx: disken är full; inget har ändrats",
			"fi": "Binogi_Borås_20260901.xlsx: levy on täynnä; mitään ei muutettu"}},
		{syscall.ENOENT, fs.ErrNotExist, map[string]string{"sv": "mappen Elevlistor finns inte", "fi": "kansiota Elevlistor ei ole olemassa"}},
		{syscall.EIO, syscall.EIO, map[string]string{"sv": "filen kunde inte skrivas; inget har ändrats", "fi": "tiedostoa ei voitu kirjoittaa"}},
	} {
		err := writeError(path, &fs.PathError{Op: "open", Path: path + ".tmp", Err: tc.cause})
		if !errors.Is(err, tc.kind) {
			t.Errorf("%v is not %v", err, tc.kind)
		}
		assertSaid(t, err, path, tc.want)
	}
}

func TestSaveErrorsSaidInSwedishAndFinnish(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "lista.xlsx")
	if err := SaveWorkingCopy(path, simpleRoster()); err != nil {
		t.Fatal(err)
	}
	stamp, err := StatFile(path)
	if err != nil {
		t.Fatal(err)
	}
	later := stamp.ModTime.Add(time.Second)
	if err := os.Chtimes(path, later, later); err != nil {
		t.Fatal(err)
	}
	err = SaveWorkingCopyIfUnchanged(path, simpleRoster(), stamp)
	if !errors.Is(err, ErrChangedOnDisk) {
		t.Fatalf("saving over a changed file: %v, want ErrChangedOnDisk", err)
	}
	assertSaid(t, err, path, map[string]string{
		"sv": "lista.xlsx: filen har ändrats av ett annat program sedan den öppnades; spara under ett nytt namn",
		"fi": "lista.xlsx: toinen ohjelma on muuttanut tiedostoa sen avaamisen jälkeen; tallenna uudella nimellä"})

	missing := filepath.Join(dir, "saknas", "lista.xlsx")
	err = SaveWorkingCopy(missing, simpleRoster())
	assertSaid(t, err, missing, map[string]string{"sv": "lista.xlsx: mappen saknas finns inte", "fi": "lista.xlsx: kansiota saknas ei ole olemassa"})
}

// TestSentinelsKeepTheirIdentity checks that the errors' texts did not
// cost errors.Is its meaning.
func TestSentinelsKeepTheirIdentity(t *testing.T) {
	for _, e := range []error{ErrODS, ErrXLSB} {
		if !errors.Is(e, ErrNotSpreadsheet) {
			t.Errorf("%v is not ErrNotSpreadsheet", e)
		}
	}
	if errors.Is(ErrOldXLS, ErrNotSpreadsheet) || errors.Is(ErrEncrypted, ErrWrongPassword) || errors.Is(ErrEmpty, ErrDamaged) {
		t.Error("distinct sentinels compare equal")
	}
	if d := xlsxread.Damaged(errors.New(`<c r="A1">Anna Öberg</c>`)); !errors.Is(d, ErrDamaged) || strings.Contains(d.Error(), "Anna") {
		t.Errorf("damaged: %q", d)
	} else if text, _ := i18n.TextOf(d); text.Format != "the file is damaged and cannot be read" {
		t.Errorf("damaged says %q", text.Format)
	}
}
