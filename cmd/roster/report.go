package main

import (
	"rosterdesk/internal/check"
	"rosterdesk/internal/roster"
	"rosterdesk/internal/sheet"
)

// report is the one JSON object `roster check --json` prints. Its keys are
// part of the command-line contract: add, never rename. File, Sheet and
// HeaderRow are those of the first source; Columns names, for each field,
// the header of the first source that has it.
type report struct {
	File      string         `json:"file"`
	Sheet     string         `json:"sheet"`
	HeaderRow int            `json:"header_row"`
	Sources   []reportSource `json:"sources"`
	Rows      int            `json:"rows"`
	Students  int            `json:"students"`
	Teachers  int            `json:"teachers"`
	Protected int            `json:"protected"`
	// LeftOut counts the other rows left out of the upload file: people
	// a status or end-date column says have left.
	LeftOut  int               `json:"left_out"`
	Columns  map[string]string `json:"columns"`
	Notices  []reportNotice    `json:"notices"`
	Problems []reportProblem   `json:"problems"`
}

// reportNotice is one thing the import did on its own, in English.
type reportNotice struct {
	File    string `json:"file"`
	Sheet   string `json:"sheet"`
	Code    string `json:"code"`
	Message string `json:"message"`
}

// reportSource is one sheet or csv file read, with its own columns.
type reportSource struct {
	File      string            `json:"file"`
	Sheet     string            `json:"sheet"`
	HeaderRow int               `json:"header_row"`
	Rows      int               `json:"rows"`
	Columns   map[string]string `json:"columns"`
}

// reportProblem is one problem; File and Sheet name the source of its
// row, Row the row number the user sees there.
type reportProblem struct {
	File     string `json:"file"`
	Sheet    string `json:"sheet"`
	Row      int    `json:"row"`
	Field    string `json:"field"`
	Column   string `json:"column"`
	Severity string `json:"severity"`
	Code     string `json:"code"`
	Message  string `json:"message"`
}

func newReport(imp *sheet.Import, problems []check.Problem) report {
	c := imp.Roster.Count()
	rep := report{
		File: imp.Path, Sheet: imp.Sheet, HeaderRow: imp.HeaderRow,
		Sources: make([]reportSource, 0, len(imp.Sources)),
		Rows:    c.Rows, Students: c.Students, Teachers: c.Teachers, Protected: c.Protected, LeftOut: c.LeftOut,
		Columns:  map[string]string{},
		Notices:  make([]reportNotice, 0, len(imp.Notices)),
		Problems: make([]reportProblem, 0, len(problems)),
	}
	counts := sourceCounts(imp)
	for i, s := range imp.Sources {
		columns := sourceColumns(s)
		rep.Sources = append(rep.Sources, reportSource{File: s.File, Sheet: s.Sheet, HeaderRow: s.HeaderRow,
			Rows: counts[i+1].Rows, Columns: columns})
		for f, header := range columns {
			if _, ok := rep.Columns[f]; !ok {
				rep.Columns[f] = header
			}
		}
	}
	for _, n := range imp.Notices {
		rep.Notices = append(rep.Notices, reportNotice{File: n.File, Sheet: n.Sheet, Code: n.Code, Message: n.Message.String()})
	}
	places := newPlaces(imp)
	for _, p := range problems {
		src, line := places.of(p)
		column := p.Column
		if column == "" && p.Field.Valid() {
			column = src.Columns[p.Field]
		}
		rep.Problems = append(rep.Problems, reportProblem{
			File: src.File, Sheet: src.Sheet, Row: line, Field: p.Field.String(), Column: column,
			Severity: p.Severity.String(), Code: string(p.Code), Message: p.Message.String(),
		})
	}
	return rep
}

// sourceColumns names, for each field the source has, the header it came
// from, and the protected-identity column as Protected.
func sourceColumns(s sheet.Source) map[string]string {
	columns := make(map[string]string, len(s.Columns)+1)
	for f, header := range s.Columns {
		columns[f.String()] = header
	}
	if s.ProtectedColumn != "" {
		columns[roster.ProtectedField.String()] = s.ProtectedColumn
	}
	return columns
}
