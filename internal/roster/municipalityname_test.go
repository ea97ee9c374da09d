package roster

import (
	"bufio"
	"os"
	"slices"
	"strings"
	"testing"
)

func TestMunicipalityName(t *testing.T) {
	cases := []struct {
		value, name string
		municipal   bool
	}{
		{"Ale", "Ale", true},
		{"ale", "Ale", true},
		{"Ale kommun", "Ale", true},
		{"Upplands Väsby kommun", "Upplands Väsby", true},
		{"Stockholms stad", "Stockholm", true},
		{"Borås Stad", "Borås", true},
		{"Falu kommun", "Falun", true},
		{"Helsingin kaupunki", "Helsinki", true},
		{"Turun kaupunki", "Turku", true},
		{"Tampereen kaupunki", "Tampere", true},
		{"Lahden kaupunki", "Lahti", true},
		{"Kauniaisten kaupunki", "Kauniainen", true},
		{"Espoon kaupunki", "Espoo", true},
		{"Lappeenrannan kaupunki", "Lappeenranta", true},
		{"Rovaniemen kaupunki", "Rovaniemi", true},
		{"Seinäjoen kaupunki", "Seinäjoki", true},
		{"Hangon kaupunki", "Hanko", true},
		{"Liedon kunta", "Lieto", true},
		{"1440", "Ale", true},
		{" 0180 ", "Stockholm", true},
		{"091", "Helsinki", true},
		{"Helsinki/Helsingfors", "Helsinki", true},
		{"Espoo – Esbo", "Espoo", true},
		{"Raasepori / Raseborg", "Raasepori", true},
		{"Upplands-Bro", "Upplands-Bro", true},
		{"Exempelby kommun", "Exempelby", true},
		{"Uudenkaupungin kaupunki", "Uusikaupunki", true},
		{"Kristiinankaupungin kaupunki", "Kristiinankaupunki", true},
		{"Jyväskylän kaupunki", "Jyväskylä", true},
		{"Mänttä-Vilppulan kaupunki", "Mänttä-Vilppula", true},
		{"Keksityn kaupunki", "Keksityn", true},
		{"Lärkan Utbildning AB", "Lärkan Utbildning AB", false},
		{"kommun", "kommun", false},
		{"140", "140", false},
		{"9999", "9999", false},
		{"Exempelby", "Exempelby", false},
		{"Helsingin", "Helsingin", false},
	}
	for _, c := range cases {
		name, municipal := MunicipalityName(c.value)
		if name != c.name || municipal != c.municipal {
			t.Errorf("MunicipalityName(%q) = %q, %v; want %q, %v", c.value, name, municipal, c.name, c.municipal)
		}
	}
}

func TestMunicipalityCodes(t *testing.T) {
	cases := map[string][]string{
		"1440": {"Ale"}, "091": {"Helsinki"}, "140": {"Iisalmi", "Nykvarn"}, "180": {"Stockholm"},
		"9999": nil, "14400": nil, "14": nil, "Ale": nil, "": nil,
	}
	for code, want := range cases {
		if got := MunicipalityCodes(code); !slices.Equal(got, want) {
			t.Errorf("MunicipalityCodes(%q) = %q, want %q", code, got, want)
		}
	}
}

// No genitive made by the rules stands for two municipalities or is the
// name of another.
func TestFinnishGenitivesAreOnes(t *testing.T) {
	for g, name := range finnishGenitives {
		if other, ok := knownMunicipalities[g]; ok && other != name {
			t.Errorf("genitive %q of %s is the municipality %s", g, name, other)
		}
	}
	if len(finnishGenitives) < 300 {
		t.Errorf("%d genitives, want one or more for most of Finland's 300-odd municipalities", len(finnishGenitives))
	}
}

// The generated table is the committed source file: go generate was run
// after its last change.
func TestMunicipalityTableIsItsSource(t *testing.T) {
	f, err := os.Open("municipalities.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	s := bufio.NewScanner(f)
	n, se, fi := 0, 0, 0
	for s.Scan() {
		line := s.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		parts := strings.Split(line, "\t")
		if len(parts) != 3 {
			t.Fatalf("bad line %q", line)
		}
		if municipalityCodes[parts[1]] != parts[2] {
			t.Errorf("code %s: table has %q, source %q: run go generate", parts[1], municipalityCodes[parts[1]], parts[2])
		}
		switch parts[0] {
		case "SE":
			se++
		case "FI":
			fi++
		}
		n++
	}
	if n != len(municipalityCodes) {
		t.Errorf("table has %d codes, source %d: run go generate", len(municipalityCodes), n)
	}
	if se != 290 || fi < 300 {
		t.Errorf("%d Swedish and %d Finnish municipalities, want Sweden's 290 and Finland's 300-odd", se, fi)
	}
}

// A municipality spelt as the table spells it, most rows' value, costs
// no allocation: the checker reads every row's.
func TestMunicipalityNameOfATableNameAllocatesNothing(t *testing.T) {
	if n := testing.AllocsPerRun(100, func() { MunicipalityName("Borås") }); n != 0 {
		t.Errorf("%v allocations", n)
	}
}

// TestMunicipalitiesStarting: the names offered as a municipality is
// typed, ignoring case, in order, at most as many as asked.
func TestMunicipalitiesStarting(t *testing.T) {
	if got := MunicipalitiesStarting(" borå", 5); !slices.Equal(got, []string{"Borås"}) {
		t.Errorf("borå: %q", got)
	}
	if got := MunicipalitiesStarting("s", 3); len(got) != 3 || !slices.IsSorted(got) {
		t.Errorf("s: %q", got)
	}
	if got := MunicipalitiesStarting("zzz", 3); len(got) != 0 {
		t.Errorf("zzz: %q", got)
	}
}
