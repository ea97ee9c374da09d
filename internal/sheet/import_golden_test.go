package sheet

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"rosterdesk/internal/roster"
)

var update = flag.Bool("update", false, "rewrite the golden files of the import tests")

// importFixtures are the readable files made by testdata/import/make.sh.
var importFixtures = []string{
	"libreoffice.xlsx", "gnumeric.xlsx", "openpyxl.xlsx", "excelize.xlsx",
	"csv_comma_utf8.csv", "csv_comma_utf8bom.csv", "csv_comma_cp1252.csv", "csv_comma_utf16le.csv",
	"csv_semicolon_utf8.csv", "csv_semicolon_utf8bom.csv", "csv_semicolon_cp1252.csv", "csv_semicolon_utf16le.csv",
	"csv_tab_utf8.csv", "csv_tab_utf8bom.csv", "csv_tab_cp1252.csv", "csv_tab_utf16le.csv",
	"csv_sep_line.csv", "csv_multiline.csv",
}

// importSummary is what a golden file holds about an import.
type importSummary struct {
	Format          string
	Sheet           string            `json:",omitempty"`
	HeaderRow       int               `json:"header_row"`
	Columns         map[string]string `json:"columns"`
	ProtectedColumn string            `json:"protected_column,omitempty"`
	ExtraColumns    []string          `json:"extra_columns,omitempty"`
	Encoding        string            `json:",omitempty"`
	Delimiter       string            `json:",omitempty"`
	Trimmed         int               `json:"trimmed"`
	Rows            []rowSummary      `json:"rows"`
}

type rowSummary struct {
	Line      int               `json:"line"`
	Values    map[string]string `json:"values"`
	Extra     []string          `json:"extra,omitempty"`
	Protected bool              `json:"protected,omitempty"`
}

func summarise(imp *Import) importSummary {
	s := importSummary{Format: imp.Format, Sheet: imp.Sheet, HeaderRow: imp.HeaderRow,
		Columns: map[string]string{}, ProtectedColumn: imp.ProtectedColumn,
		ExtraColumns: imp.Roster.ExtraColumns, Encoding: imp.Encoding, Trimmed: imp.Trimmed,
		Rows: []rowSummary{}}
	if imp.Delimiter != 0 {
		s.Delimiter = string(imp.Delimiter)
	}
	for f, h := range imp.Columns {
		s.Columns[f.String()] = h
	}
	for _, row := range imp.Roster.Rows {
		rs := rowSummary{Line: row.SourceLine, Values: map[string]string{}, Extra: row.Extra, Protected: row.Protected}
		for _, f := range roster.Fields {
			if v := row.Values[f]; v != "" {
				rs.Values[f.String()] = v
			}
		}
		s.Rows = append(s.Rows, rs)
	}
	return s
}

func TestImportGolden(t *testing.T) {
	for _, name := range importFixtures {
		t.Run(name, func(t *testing.T) {
			imp, err := ReadFile(filepath.Join("testdata", "import", name))
			if err != nil {
				t.Fatal(err)
			}
			got, err := json.MarshalIndent(summarise(imp), "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			golden := filepath.Join("testdata", "import", "golden", strings.TrimSuffix(name, filepath.Ext(name))+".json")
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update to write it)", err)
			}
			if string(got) != string(want) {
				t.Errorf("import of %s differs from %s:\n%s", name, golden, got)
			}
		})
	}
}
