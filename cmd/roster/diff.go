package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"

	"rosterdesk/internal/roster"
	"rosterdesk/internal/sheet"
)

// runDiff implements `roster diff [--json] OLD NEW`: what changed since
// the previous export. It exits 0 when both files were read, 1 when more
// than a fifth of the previous list is gone (the wrong file or half a
// list), and 2 when a file cannot be read.
func (r *runner) runDiff(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("diff", flag.ContinueOnError)
	asJSON := fs.Bool("json", false, "print one JSON object instead of text")
	quietFlags(fs)
	var files []string
	for {
		if err := fs.Parse(args); err != nil {
			r.sayFlagError(fs.Name(), err, stderr)
			return exitUnreadable
		}
		if fs.NArg() == 0 {
			break
		}
		files = append(files, fs.Arg(0))
		args = fs.Args()[1:]
	}
	if *asJSON {
		r.words = nil // scripts read English: the report and any error line
	}
	if len(files) != 2 {
		fmt.Fprintln(stderr, r.tr("roster diff: give the previous file and the new one"))
		return exitUnreadable
	}
	var imps [2]*sheet.Import
	for i, path := range files {
		imp, err := sheet.ReadFile(path)
		if err != nil {
			fmt.Fprintln(stderr, r.sayError(err))
			return exitUnreadable
		}
		imps[i] = imp
	}
	d := roster.Compare(imps[0].Roster, imps[1].Roster)
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		if err := enc.Encode(newDiffReport(files, imps, d)); err != nil {
			fmt.Fprintf(stderr, "roster diff: %v\n", err)
			return exitUnreadable
		}
	} else {
		r.printDiff(stdout, files, imps, d)
	}
	if d.LargeLoss() {
		return exitProblems
	}
	return exitOK
}

// diffReport is the --json output of roster diff. Rows are the row
// numbers the user sees in each file, with their sheet when the file has
// several; from and to are the school or class before and after (never
// names or addresses).
type diffReport struct {
	Old       string       `json:"old"`
	New       string       `json:"new"`
	OldRows   int          `json:"old_rows"`
	NewRows   int          `json:"new_rows"`
	Matched   int          `json:"matched"`
	Removed   int          `json:"removed"`
	LargeLoss bool         `json:"large_loss"`
	Changes   []diffChange `json:"changes"`
}

type diffChange struct {
	Kind     string `json:"kind"`
	OldSheet string `json:"old_sheet,omitempty"`
	OldRow   int    `json:"old_row,omitempty"`
	NewSheet string `json:"new_sheet,omitempty"`
	NewRow   int    `json:"new_row,omitempty"`
	From     string `json:"from,omitempty"`
	To       string `json:"to,omitempty"`
}

func newDiffReport(files []string, imps [2]*sheet.Import, d roster.Diff) diffReport {
	rep := diffReport{Old: files[0], New: files[1], OldRows: d.OldRows, NewRows: d.NewRows,
		Matched: d.Matched, Removed: d.Removed(), LargeLoss: d.LargeLoss(), Changes: []diffChange{}}
	for _, c := range d.Changes {
		rep.Changes = append(rep.Changes, toDiffChange(imps, c))
	}
	return rep
}

func toDiffChange(imps [2]*sheet.Import, c roster.Change) diffChange {
	out := diffChange{Kind: c.Kind.String()}
	if c.Old != nil {
		out.OldSheet, out.OldRow = sheetOf(imps[0], c.Old), c.Old.SourceLine
	}
	if c.New != nil {
		out.NewSheet, out.NewRow = sheetOf(imps[1], c.New), c.New.SourceLine
	}
	switch c.Kind {
	case roster.MovedSchool:
		out.From, out.To = c.Old.Values[roster.School], c.New.Values[roster.School]
	case roster.MovedClass:
		out.From, out.To = c.Old.Values[roster.Class], c.New.Values[roster.Class]
	}
	return out
}

// sheetOf names the sheet a row of imp came from when imp has several
// (a row number alone would be ambiguous), else "".
func sheetOf(imp *sheet.Import, row *roster.Row) string {
	if len(imp.Sources) < 2 || row.Source < 1 || row.Source > len(imp.Sources) {
		return ""
	}
	return imp.Sources[row.Source-1].Sheet
}

// rowName says a row as the user finds it: "row 6", or "sheet "Lärare",
// row 6" in a workbook of several sheets.
func (r *runner) rowName(sheetName string, line int) string {
	if sheetName == "" {
		return r.tr("row %d", line)
	}
	return r.tr("sheet %q, row %d", sheetName, line)
}

// printDiff writes the summary line, one line per change, and the
// warning when much of the previous list is gone.
func (r *runner) printDiff(w io.Writer, files []string, imps [2]*sheet.Import, d roster.Diff) {
	counts := map[roster.ChangeKind]int{}
	for _, c := range d.Changes {
		counts[c.Kind]++
	}
	fmt.Fprintln(w, r.tr("%s → %s: %d before, %d now: %d added, %d removed, %d moved school, %d moved class, %d new addresses",
		files[0], files[1], d.OldRows, d.NewRows, counts[roster.Added], counts[roster.Removed],
		counts[roster.MovedSchool], counts[roster.MovedClass], counts[roster.EmailChanged]))
	for _, c := range d.Changes {
		dc := toDiffChange(imps, c)
		now, before := r.rowName(dc.NewSheet, dc.NewRow), r.rowName(dc.OldSheet, dc.OldRow)
		switch c.Kind {
		case roster.Added:
			fmt.Fprintln(w, r.tr("added: %s", now))
		case roster.Removed:
			fmt.Fprintln(w, r.tr("removed: %s of the previous file", before))
		case roster.MovedSchool:
			fmt.Fprintln(w, r.tr("moved school: %s (%s before): %s → %s", now, before, dc.From, dc.To))
		case roster.MovedClass:
			fmt.Fprintln(w, r.tr("moved class: %s (%s before): %s → %s", now, before, dc.From, dc.To))
		case roster.EmailChanged:
			fmt.Fprintln(w, r.tr("new address: %s (%s before)", now, before))
		}
	}
	if d.LargeLoss() {
		fmt.Fprintln(w, r.tr("warning: %d of the %d people of the previous list are gone: is this the whole list, and the right file?",
			d.Removed(), d.OldRows))
	}
}
