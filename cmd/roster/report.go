package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"

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
// row, Row the row number the user sees there. A problem of a whole file
// (protected_unknown of a school-data export) has no row: File names it.
type reportProblem struct {
	File     string `json:"file"`
	Sheet    string `json:"sheet"`
	Row      int    `json:"row,omitempty"`
	Field    string `json:"field"`
	Column   string `json:"column"`
	Severity string `json:"severity"`
	Code     string `json:"code"`
	Message  string `json:"message"`
}

// newReport is the report of imp with an empty list of problems:
// writeReport writes them one at a time.
func newReport(imp *sheet.Import) report {
	c := imp.Roster.Count()
	rep := report{
		File: imp.Path, Sheet: imp.Sheet, HeaderRow: imp.HeaderRow,
		Sources: make([]reportSource, 0, len(imp.Sources)),
		Rows:    c.Rows, Students: c.Students, Teachers: c.Teachers, Protected: c.Protected, LeftOut: c.LeftOut,
		Columns:  map[string]string{},
		Notices:  make([]reportNotice, 0, len(imp.Notices)),
		Problems: []reportProblem{},
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
	for _, n := range imp.AllNotices() {
		rep.Notices = append(rep.Notices, reportNotice{File: n.File, Sheet: n.Sheet, Code: n.Code, Message: n.Message.String()})
	}
	return rep
}

// report is problem p as the report lists it.
func (pl places) report(p check.Problem) reportProblem {
	src, line := pl.of(p)
	column := p.Column
	if column == "" && p.Field.Valid() {
		column = src.Columns[p.Field]
	}
	return reportProblem{
		File: src.File, Sheet: src.Sheet, Row: line, Field: p.Field.String(), Column: column,
		Severity: p.Severity.String(), Code: string(p.Code), Message: p.Message.String(),
	}
}

// writeReport writes the report of imp and its problems to w as one
// indented JSON object, as json.Encoder with SetIndent("", "  ") writes
// it, but a problem at a time: a million rows can have a million
// problems, and neither their report records nor the whole text are
// held at once.
func writeReport(w io.Writer, imp *sheet.Import, problems []check.Problem) error {
	head, err := indentedJSON(newReport(imp))
	if err != nil {
		return err
	}
	if len(problems) == 0 {
		_, err := w.Write(head)
		return err
	}
	bw := bufio.NewWriterSize(w, 64<<10)
	// The head ends with `"problems": []` and the object's closing brace.
	cut := bytes.LastIndex(head, []byte("[]"))
	bw.Write(head[:cut])
	bw.WriteString("[\n")
	var one bytes.Buffer
	item := json.NewEncoder(&one)
	item.SetIndent(problemIndent, "  ")
	item.SetEscapeHTML(false)
	places := newPlaces(imp)
	for i, p := range problems {
		if i > 0 {
			bw.WriteString(",\n")
		}
		one.Reset()
		if err := item.Encode(places.report(p)); err != nil {
			return err
		}
		bw.WriteString(problemIndent)
		bw.Write(bytes.TrimSuffix(one.Bytes(), []byte("\n")))
	}
	bw.WriteString("\n  ]")
	bw.Write(head[cut+2:])
	return bw.Flush()
}

// problemIndent is the indent of a problem in the report's list.
const problemIndent = "    "

// indentedJSON is v as json.Encoder with SetIndent("", "  ") and no HTML
// escaping writes it, final newline included.
func indentedJSON(v any) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	err := enc.Encode(v)
	return b.Bytes(), err
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
