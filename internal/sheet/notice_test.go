package sheet

import (
	"path/filepath"
	"reflect"
	"testing"

	"rosterdesk/internal/roster"
)

// TestImportReadsTeacherTitles reads staff lists as Swedish Excel's cp1252
// csv and openpyxl write them: job titles built on a teacher word become
// teacher, said in one notice per source; other titles stay as they are.
func TestImportReadsTeacherTitles(t *testing.T) {
	tests := []struct {
		file, sheet string
		roles       []string
		notice      string
	}{
		{"titles_cp1252.csv", "",
			[]string{"teacher", "teacher", "teacher", "teacher", "teacher", "teacher", "Skolsköterska", "Lärarstudent",
				"student", "student", "student", "student"},
			"read 4 job titles as teacher: Förstelärare ×2, Lärare i fritidshem ×1, Speciallärare i matematik ×1"},
		{"titles_openpyxl.xlsx", "Henkilöstö",
			[]string{"teacher", "teacher", "teacher", "teacher", "Koulunkäynninohjaaja", "student"},
			"read 2 job titles as teacher: Musiikinopettaja ×2"},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			path := filepath.Join("testdata", "import", tt.file)
			imp, err := ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			var roles []string
			for _, row := range imp.Roster.Rows {
				roles = append(roles, row.Values[roster.Role])
			}
			if !reflect.DeepEqual(roles, tt.roles) {
				t.Errorf("roles = %q, want %q", roles, tt.roles)
			}
			want := []Notice{{File: path, Sheet: tt.sheet, Code: NoticeTeacherTitles}}
			if len(imp.Notices) != 1 {
				t.Fatalf("notices = %v, want one", imp.Notices)
			}
			got := imp.Notices[0]
			if got.File != want[0].File || got.Sheet != want[0].Sheet || got.Code != want[0].Code || got.Message.String() != tt.notice {
				t.Errorf("notice = %+v %q, want %+v %q", got, got.Message.String(), want[0], tt.notice)
			}
		})
	}
}

// TestImportWithoutTitlesHasNoNotice: a list of role words alone says
// nothing.
func TestImportWithoutTitlesHasNoNotice(t *testing.T) {
	imp, err := ReadFile(filepath.Join("testdata", "import", "csv_semicolon_cp1252.csv"))
	if err != nil {
		t.Fatal(err)
	}
	if len(imp.Notices) != 0 {
		t.Errorf("notices = %+v, want none", imp.Notices)
	}
}

func TestNoticeOfOneTitle(t *testing.T) {
	imp := &Import{Path: "staff.csv"}
	imp.countTitle(" Lektor ")
	imp.countTitle("Lärare")
	imp.countTitle("Kurator")
	imp.finishNotices()
	if len(imp.Notices) != 1 || imp.Notices[0].Message.String() != "read 1 job title as teacher: Lektor ×1" {
		t.Errorf("notices = %+v", imp.Notices)
	}
}
