package main

import (
	"rosterdesk/internal/check"
	"rosterdesk/internal/roster"
	"rosterdesk/internal/sheet"
)

// report is the one JSON object `roster check --json` prints. Its keys are
// part of the command-line contract: add, never rename.
type report struct {
	File      string `json:"file"`
	Sheet     string `json:"sheet"`
	HeaderRow int    `json:"header_row"`
	Rows      int    `json:"rows"`
	Students  int    `json:"students"`
	Teachers  int    `json:"teachers"`
	Protected int    `json:"protected"`
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

type reportProblem struct {
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
		Rows: c.Rows, Students: c.Students, Teachers: c.Teachers, Protected: c.Protected, LeftOut: c.LeftOut,
		Columns:  make(map[string]string, len(imp.Columns)),
		Notices:  make([]reportNotice, 0, len(imp.Notices)),
		Problems: make([]reportProblem, 0, len(problems)),
	}
	for _, n := range imp.Notices {
		rep.Notices = append(rep.Notices, reportNotice{File: n.File, Sheet: n.Sheet, Code: n.Code, Message: n.Message.String()})
	}
	for f, header := range imp.Columns {
		rep.Columns[f.String()] = header
	}
	if imp.ProtectedColumn != "" {
		rep.Columns[roster.ProtectedField.String()] = imp.ProtectedColumn
	}
	lines := sourceLines(imp)
	for _, p := range problems {
		column := p.Column
		if column == "" && p.Field.Valid() {
			column = imp.Columns[p.Field]
		}
		rep.Problems = append(rep.Problems, reportProblem{
			Row: lines[p.Row], Field: p.Field.String(), Column: column, Severity: p.Severity.String(),
			Code: string(p.Code), Message: p.Message.String(),
		})
	}
	return rep
}
