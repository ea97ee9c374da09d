package sheet

import (
	"cmp"
	"path/filepath"
	"slices"

	"rosterdesk/internal/i18n"
	"rosterdesk/internal/roster"
)

// Source is one sheet of a workbook, or one csv file, read into an
// Import, with its own header and columns.
type Source struct {
	roster.Source
	// Format is "xlsx" or "csv".
	Format string
	// HeaderRow is the row (csv: line) of the source's header.
	HeaderRow int
	// Columns maps each field found to the source header it came from.
	Columns map[roster.Field]string
	// ProtectedColumn is the header of the protected-identity column, or "".
	ProtectedColumn string
	// Encoding and Delimiter are a csv file's (see Import).
	Encoding  string
	Delimiter rune
	// Rows counts the source's rows (wholly blank ones are not read).
	Rows int
	// Headers are the cells of the header row, by column.
	Headers []string
}

// HasColumn reports whether the source has a column headed header.
func (s Source) HasColumn(header string) bool {
	return header != "" && slices.Contains(s.Headers, header)
}

// seal makes imp, as one reader left it, one source: its rows point to
// it. An Import that is one already, or combines several, is left as it is.
func (imp *Import) seal() {
	if len(imp.Sources) > 0 {
		return
	}
	if imp.Roster == nil {
		imp.Roster = roster.New()
	}
	s := Source{Source: roster.Source{File: imp.Path, Sheet: imp.Sheet, Filtered: imp.filtered}, Format: imp.Format,
		HeaderRow: imp.HeaderRow, Columns: imp.Columns, ProtectedColumn: imp.ProtectedColumn,
		Encoding: imp.Encoding, Delimiter: imp.Delimiter, Rows: len(imp.Roster.Rows), Headers: imp.headers}
	imp.Sources = []Source{s}
	n := imp.Roster.AddSource(s.Source)
	for _, row := range imp.Roster.Rows {
		row.Source = n
	}
	for i, p := range imp.Problems {
		if p.Row == 0 && p.Source == 0 {
			imp.Problems[i].Source = n
		}
	}
}

// sealed seals the Import a reader returned, if any.
func sealed(imp *Import, err error) (*Import, error) {
	if err == nil {
		imp.seal()
	}
	return imp, err
}

// Append adds other's rows after imp's, as one list: rows get new ids in
// imp's roster and keep their source, file, sheet and row number; extra
// columns of the same name become one; other's sources, notices and
// reader's problems follow imp's. Path, Sheet, HeaderRow, Format, Columns
// and the rest stay those of imp's first source. other is used up.
func (imp *Import) Append(other *Import) {
	imp.seal()
	other.seal()
	sources := slices.Clone(other.Roster.Sources)
	rows, ids := imp.Roster.TakeRows(other.Roster)
	imp.Roster.Rows = append(imp.Roster.Rows, rows...)
	for _, p := range other.Problems {
		p.Row, p.Source = ids[p.Row], imp.Roster.FileOf(sources, p.Source)
		imp.Problems = append(imp.Problems, p)
	}
	imp.Sources = append(imp.Sources, other.Sources...)
	imp.Notices = append(imp.Notices, other.Notices...)
	for _, h := range other.Mapped {
		if !slices.Contains(imp.Mapped, h) {
			imp.Mapped = append(imp.Mapped, h)
		}
	}
	imp.SheetsRead = append(imp.SheetsRead, other.SheetsRead...)
	// The mapping dialog offers every column of the list once: a header
	// on several sheets or files is one column, read as it was first.
	for _, c := range other.SourceColumns {
		if !slices.ContainsFunc(imp.SourceColumns, func(have SourceColumn) bool { return SameHeader(have.Header, c.Header) }) {
			imp.SourceColumns = append(imp.SourceColumns, c)
		}
	}
	imp.Trimmed += other.Trimmed
	for file, n := range other.trimmedIn {
		if imp.trimmedIn == nil {
			imp.trimmedIn = make(map[string]int)
		}
		imp.trimmedIn[file] += n
	}
	imp.Turns.Merge(other.Turns)
	imp.ProtectedUnknown = imp.ProtectedUnknown || other.ProtectedUnknown
	imp.MarksUndecided = imp.MarksUndecided || other.MarksUndecided
	imp.identityColumn = cmp.Or(imp.identityColumn, other.identityColumn)
	imp.outside = append(imp.outside, other.outside...)
	imp.leavers = append(imp.leavers, other.leavers...)
	*other = Import{}
}

var errGivenTwice error = &i18n.Error{Message: i18n.T("this file is given twice: give each file once")}

// ReadAll reads every file of paths, each with its own encoding,
// delimiter, header and columns, into one list (see Append). A file that
// cannot be read makes the whole read fail, with an error that names it:
// a list without one of its files is never taken for the whole. The
// protected list of opts.SchoolData applies to every source, flat files
// too (applyProtectedList).
func ReadAll(paths []string, opts ReadOptions) (*Import, error) {
	reads := make([]FileRead, len(paths))
	for i, path := range paths {
		reads[i] = FileRead{Path: path, Options: opts}
	}
	return ReadFiles(reads, nil)
}

// FileRead is one file of a list and the options it is read with.
type FileRead struct {
	Path    string
	Options ReadOptions
}

// ReadFiles reads each file with its own options into one list, as
// ReadAll does: the window reads a list of several files again this way
// (another column mapping, another export date), each file as it was
// added. alone, when not nil, sees each file's Import as read by itself,
// before it joins the list (its SourceColumns are then the file's own).
// The protected list of the first file's options applies to every source.
func ReadFiles(reads []FileRead, alone func(i int, imp *Import)) (*Import, error) {
	var all *Import
	given := map[string]bool{}
	for i, r := range reads {
		key := r.Path
		if abs, err := filepath.Abs(r.Path); err == nil {
			key = abs
		}
		if given[key] {
			// Read twice, every person would be a duplicate of themself.
			return nil, fileError(r.Path, errGivenTwice)
		}
		given[key] = true
		imp, err := ReadFileWith(r.Path, r.Options)
		if err != nil {
			return nil, err
		}
		if alone != nil {
			alone(i, imp)
		}
		if all == nil {
			all = imp
			continue
		}
		all.Append(imp)
	}
	if all == nil {
		return nil, fileError("", ErrEmpty)
	}
	all.seal()
	first := reads[0].Options.SchoolData
	all.applyProtectedList(first.ProtectedList, first.ProtectedListName)
	all.noteSharedPeople()
	return all, nil
}
