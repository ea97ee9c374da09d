package sheet

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"rosterdesk/internal/check"
	"rosterdesk/internal/roster"
	"rosterdesk/internal/xlsxread/xlsxtest"
)

// The protected-identity part of the hostile corpus (issue 14): every way
// a school system was seen to mark, or half-mark, a pupil whose identity
// is protected. Each file holds two pupils: Tova (row 2), marked "Nej",
// and Aino (row 3), marked with the variant. Written again with
//
//	ROSTER_GEN_HOSTILE=1 go test ./internal/sheet -run TestGenerateHostile

// protectedCase is what one file must give: whether Aino is protected,
// and the code of the problem the reader finds ("" for none).
type protectedCase struct {
	file      string
	header    string // the mark column's header
	mark      string // Aino's mark: inline text, or a raw <c> body after "raw:"
	protected bool
	code      check.Code
	// edit, when set, changes Aino's record (a placeholder name).
	edit func(rec []string)
}

var protectedCases = []protectedCase{
	// Values of a recognised column.
	{file: "protected_value_ja_skyddad.xlsx", header: "Skyddad identitet", mark: "Ja, skyddad", protected: true, code: check.CodeProtectedValue},
	{file: "protected_value_sekretessmarkerat.xlsx", header: "Skyddad identitet", mark: "Sekretessmarkerat", protected: true},
	{file: "protected_value_ja_zwsp.xlsx", header: "Skyddad identitet", mark: "Ja\u200b", protected: true},
	{file: "protected_value_yes_protected.xlsx", header: "Skyddad identitet", mark: "Yes (protected)", protected: true, code: check.CodeProtectedValue},
	{file: "protected_value_skyddad_id.xlsx", header: "Skyddad identitet", mark: "Skyddad ID", protected: true, code: check.CodeProtectedValue},
	{file: "protected_value_date.xlsx", header: "Skyddad identitet", mark: "2019-05-01", protected: true, code: check.CodeProtectedValue},
	{file: "protected_value_cyrillic_ja.xlsx", header: "Skyddad identitet", mark: "\u0408\u0430", protected: true, code: check.CodeProtectedValue},
	{file: "protected_value_number_1_0.xlsx", header: "Skyddad identitet", mark: "raw:<v>1.0</v>", protected: true},
	{file: "protected_value_number_2.xlsx", header: "Skyddad identitet", mark: "raw:<v>2</v>", protected: true, code: check.CodeProtectedValue},
	{file: "protected_value_boolean_true.xlsx", header: "Skyddad identitet", mark: `raw:t="b"><v>1</v>`, protected: true},
	{file: "protected_value_ballot_x.xlsx", header: "Skyddad identitet", mark: "☒", protected: true},
	{file: "protected_value_soft_hyphen_ja.xlsx", header: "Skyddad identitet", mark: "J\u00ada\u2060", protected: true},
	{file: "protected_value_nej_zwsp.xlsx", header: "Skyddad identitet", mark: "\ufeffNej\u200b", protected: false},
	{file: "protected_value_dash.xlsx", header: "Skyddad identitet", mark: " - ", protected: false},

	// Headers.
	{file: "protected_header_skyddad_folkbokforing.xlsx", header: "Skyddad folkbokföring", mark: "Ja", protected: true},
	{file: "protected_header_sekretessmarkerad.xlsx", header: "Sekretessmarkerad", mark: "Ja", protected: true},
	{file: "protected_header_sekretessmarkerat.xlsx", header: "Sekretessmarkerat", mark: "Ja", protected: true},
	{file: "protected_header_sekretessmarkering.xlsx", header: "Sekretessmarkering", mark: "Ja", protected: true},
	{file: "protected_header_personuppgiftssparr.xlsx", header: "Personuppgiftsspärr", mark: "Ja", protected: true},
	{file: "protected_header_skyddade_personuppgifter.xlsx", header: "Skyddade personuppgifter", mark: "Ja", protected: true},
	{file: "protected_header_skyddad_id.xlsx", header: "Skyddad ID", mark: "Ja", protected: true},
	{file: "protected_header_question.xlsx", header: "Skyddad identitet?", mark: "Ja", protected: true},
	{file: "protected_header_zwsp.xlsx", header: "Skyddad\u200b identitet", mark: "Ja", protected: true},
	{file: "protected_header_turvakielto.xlsx", header: "Turvakielto", mark: "Kyllä", protected: true},
	{file: "protected_header_suojattu.xlsx", header: "Suojattu henkilöllisyys", mark: "Kyllä", protected: true},
	{file: "protected_header_protected_identity.xlsx", header: "Protected identity", mark: "Yes", protected: true},
	{file: "protected_header_protected_id.xlsx", header: "Protected ID", mark: "Yes", protected: true},
	{file: "protected_header_confidential.xlsx", header: "Confidential", mark: "Y", protected: true},
	// A header that only sounds like a mark: an error until mapped.
	{file: "protected_header_unknown.xlsx", header: "Spärrmarkering", mark: "Ja", protected: false, code: check.CodeProtectedColumnUnknown},

	// Placeholders for a hidden name or address, with no mark column.
	{file: "protected_placeholder_asterisks.xlsx", protected: true, code: check.CodeProtectedPlaceholder,
		edit: func(rec []string) { rec[1], rec[2] = "***", "***" }},
	{file: "protected_placeholder_xxx.xlsx", protected: true, code: check.CodeProtectedPlaceholder,
		edit: func(rec []string) { rec[2] = "XXXX" }},
	{file: "protected_placeholder_skyddad.xlsx", protected: true, code: check.CodeProtectedPlaceholder,
		edit: func(rec []string) { rec[1], rec[2] = "Skyddad", "Skyddad" }},
	{file: "protected_placeholder_hemlig.xlsx", protected: true, code: check.CodeProtectedPlaceholder,
		edit: func(rec []string) { rec[2] = "HEMLIG" }},
	{file: "protected_placeholder_turvakielto.xlsx", protected: true, code: check.CodeProtectedPlaceholder,
		edit: func(rec []string) { rec[1] = "turvakielto" }},
	{file: "protected_placeholder_email.xlsx", protected: true, code: check.CodeProtectedPlaceholder,
		edit: func(rec []string) { rec[0] = "sekretess@skola.example.se" }},
}

// protectedFile is the workbook of one case.
func protectedFile(t *testing.T, tc protectedCase) []byte {
	header := append([]string(nil), hostileHeader...)
	tova, aino := hostileRecord(0), hostileRecord(2)
	if tc.header != "" {
		header = append(header, tc.header)
		tova = append(tova, "Nej")
		aino = append(aino, "")
	}
	if tc.edit != nil {
		tc.edit(aino)
	}
	row3 := xlsxtest.InlineRow(3, aino...)
	if tc.header != "" {
		cell := `<c r="I3" t="inlineStr"><is><t>` + xlsxtest.XMLEscape(tc.mark) + `</t></is></c>`
		if raw, ok := strings.CutPrefix(tc.mark, "raw:"); ok {
			if strings.HasPrefix(raw, "<") {
				raw = ">" + raw
			} else {
				raw = " " + raw // attributes
			}
			cell = `<c r="I3"` + raw + `</c>`
		}
		row3 = strings.Replace(row3, "</row>", cell+"</row>", 1)
	}
	return xlsxtest.Zip(t, xlsxtest.OneSheet(xlsxtest.Worksheet(xlsxtest.InlineRow(1, header...)+xlsxtest.InlineRow(2, tova...)+row3, "")))
}

// hostileProtectedFiles is this part of the corpus, by file name.
func hostileProtectedFiles(t *testing.T) map[string][]byte {
	files := map[string][]byte{}
	for _, tc := range protectedCases {
		files[tc.file] = protectedFile(t, tc)
	}
	return files
}

// TestHostileProtected reads every protected-identity file with both
// readers: Tova is never protected, Aino exactly when the case says, and
// the reader's problems are the case's one code.
func TestHostileProtected(t *testing.T) {
	for _, tc := range protectedCases {
		t.Run(tc.file, func(t *testing.T) {
			path := filepath.Join("testdata", "hostile", tc.file)
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			for _, fast := range []bool{true, false} {
				imp, err := readXLSX(bytes.NewReader(data), int64(len(data)), path, fast)
				if err != nil {
					t.Fatalf("fast %v: %v", fast, err)
				}
				rows := imp.Roster.Rows
				if len(rows) != 2 || rows[0].Values[roster.FirstName] != "Tova" {
					t.Fatalf("fast %v: rows %d", fast, len(rows))
				}
				if rows[0].Protected || rows[1].Protected != tc.protected {
					t.Errorf("fast %v: protected Tova %v, Aino %v; want false, %v", fast, rows[0].Protected, rows[1].Protected, tc.protected)
				}
				c := check.NewChecker(imp.Roster)
				c.Hold(imp.Problems...)
				var codes []check.Code
				for _, p := range c.Problems() {
					if p.Code != check.CodeProtectedValue && p.Code != check.CodeProtectedPlaceholder && p.Code != check.CodeProtectedColumnUnknown {
						continue // the rules' own problems
					}
					codes = append(codes, p.Code)
					if p.Code == check.CodeProtectedColumnUnknown {
						if p.Row != 0 || p.Column != tc.header || p.Severity != check.Error {
							t.Errorf("fast %v: %+v, want an error of the whole file on column %q", fast, p, tc.header)
						}
					} else if p.Row != rows[1].ID || p.Severity != check.Warning {
						t.Errorf("fast %v: %+v, want a warning on Aino's row", fast, p)
					}
					if p.Code == check.CodeProtectedValue && (p.Field != roster.ProtectedField || p.Column != tc.header) {
						t.Errorf("fast %v: %+v, want field Protected, column %q", fast, p, tc.header)
					}
				}
				if tc.code == "" && len(codes) != 0 || tc.code != "" && (len(codes) == 0 || codes[0] != tc.code) {
					t.Errorf("fast %v: problems %v, want %q", fast, codes, tc.code)
				}
			}
		})
	}
}
