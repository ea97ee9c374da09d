package sheet

import (
	"strings"

	"rosterdesk/internal/roster"
	"rosterdesk/internal/schooldata"
)

// isSchoolData reports whether the file at path, whose first bytes are
// head and kind, is a school-data export: JSON, or a zip that is
// named as no workbook is and holds CSV or JSON files (a workbook's name
// spares it a second look at its directory).
func isSchoolData(path string, kind fileKind, head []byte) bool {
	switch {
	case kind == kindText:
		return schooldata.IsJSON(head)
	case kind == kindZip:
		lower := strings.ToLower(path)
		return !strings.HasSuffix(lower, ".xlsx") && !strings.HasSuffix(lower, ".xlsm") && schooldata.Is(path)
	}
	return false
}

// readSchoolData reads a school-data export (SDS, SS12000, OneRoster)
// into an Import: the people's file is its sheet, its notices and problems
// are the import's.
func readSchoolData(path string, opts ReadOptions) (*Import, error) {
	so := opts.SchoolData
	if so.Municipality == "" {
		// --municipality names every row's municipality, as the export's
		// own may be a district's or an organiser's name.
		m, _ := roster.CleanText(opts.Municipality)
		so.Municipality = strings.TrimSpace(m)
	}
	if so.Date.IsZero() {
		so.Date = opts.Date
	}
	for _, m := range opts.Map {
		switch m.Target.Kind {
		case TargetProtected:
			so.Map = append(so.Map, schooldata.Mapping{Header: m.Header, Protected: true})
		case TargetIgnore:
			so.Map = append(so.Map, schooldata.Mapping{Header: m.Header})
		}
	}
	res, err := schooldata.Read(path, so)
	if err != nil {
		return nil, fileError(path, err)
	}
	imp := &Import{Roster: res.Roster, Path: path, Format: string(res.Format), Sheet: res.PeopleFile,
		Columns: res.Columns, ProtectedColumn: res.ProtectedColumn, Problems: res.Problems,
		Mapped: res.Mapped, ProtectedUnknown: res.NoMarks, Turns: res.Turns}
	if strings.HasSuffix(res.PeopleFile, ".csv") {
		imp.HeaderRow = 1
	}
	for _, n := range res.Notices {
		imp.Notices = append(imp.Notices, Notice{File: path, Sheet: imp.Sheet, Code: n.Code, Message: n.Message})
	}
	return imp, nil
}
