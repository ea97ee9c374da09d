package schooldata

import (
	"bufio"
	"os"
	"strings"
	"testing"
)

func TestMunicipalityName(t *testing.T) {
	cases := []struct {
		org, name string
		municipal bool
	}{
		{"Ale kommun", "Ale", true},
		{"Hallstahammars kommun", "Hallstahammar", true},
		{"Stockholms stad", "Stockholm", true},
		{"Borås Stad", "Borås", true},
		{"Göteborgs Stad", "Göteborg", true},
		{"Upplands Väsby kommun", "Upplands Väsby", true},
		{"Espoon kaupunki", "Espoo", true},
		{"Uppsala", "Uppsala", true},
		{"  Malmö   stad ", "Malmö", true},
		{"Exempelby kommun", "Exempelby", true},
		{"Lärkan Utbildning AB", "Lärkan Utbildning AB", false},
		{"kommun", "kommun", false},
	}
	for _, c := range cases {
		name, municipal := MunicipalityName(c.org)
		if name != c.name || municipal != c.municipal {
			t.Errorf("MunicipalityName(%q) = %q, %v; want %q, %v", c.org, name, municipal, c.name, c.municipal)
		}
	}
}

func TestMunicipalityByCode(t *testing.T) {
	for code, want := range map[string]string{"1440": "Ale", "0180": "Stockholm", "2584": "Kiruna", "091": "Helsinki", "049": "Espoo", "478": "Maarianhamina"} {
		if got, ok := MunicipalityByCode(code); !ok || got != want {
			t.Errorf("MunicipalityByCode(%q) = %q, %v; want %q", code, got, ok, want)
		}
	}
	for _, code := range []string{"", "9999", "1", "099"} {
		if got, ok := MunicipalityByCode(code); ok {
			t.Errorf("MunicipalityByCode(%q) = %q, want none", code, got)
		}
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
