package sheet

import (
	"errors"
	"io"
	"os"
	"time"

	"rosterdesk/internal/check"
	"rosterdesk/internal/roster"
	"rosterdesk/internal/schooldata"
	"rosterdesk/internal/xlsxread"
)

// Import is a file read into a roster.
type Import struct {
	Roster *roster.Roster
	// Path is the file's path as given.
	Path string
	// Format is "xlsx" or "csv", or a school-data standard: "SDS",
	// "SS12000", "OneRoster".
	Format string
	// Sheet is the xlsx sheet read; "" for csv; for a school-data export,
	// the people's file its rows are numbered in ("users.csv").
	Sheet string
	// HeaderRow is the row (csv: line) of the header, as the user sees it.
	HeaderRow int
	// Columns maps each field found to the source header it came from.
	Columns map[roster.Field]string
	// ProtectedColumn is the header of the protected-identity column, or "".
	ProtectedColumn string
	// Problems are what the reader found about protected identity in the
	// rows: a mark that is no known yes, a name that stands in for a
	// hidden one. The checker lists them (check.Checker.Hold); a column
	// that may be a mark it finds itself (roster.UnsettledMarkColumns).
	Problems []check.Problem
	// Mapped lists the headers of ReadOptions.Map this file has.
	Mapped []string
	// SourceColumns lists the header's named columns, in order, with what
	// each was read as and its first values.
	SourceColumns []SourceColumn
	// Trimmed counts the cells whose surrounding whitespace was removed;
	// trimmedIn counts them by file (Path), for a notice per file.
	Trimmed   int
	trimmedIn map[string]int
	// formulaTexts counts the csv cells written ="…" read as their text.
	formulaTexts int
	// Encoding names the text encoding of a csv file: "UTF-8",
	// "UTF-8 with BOM", "Windows-1252", "Mac Roman", "UTF-16LE" or
	// "UTF-16BE".
	Encoding string
	// Delimiter is the separator of a csv file: ',', ';' or '\t'.
	Delimiter rune
	// Notices say what the import did on its own, in the order done.
	Notices []Notice
	// ProtectedUnknown says the source is a school-data export whose
	// format has no protected-identity field and nothing answered for it:
	// Problems hold the error protected_unknown, which the window lifts
	// when the user confirms (ReadOptions.SchoolData.NoProtectedMarks).
	ProtectedUnknown bool
	// MarksUndecided says the source is a working copy saved while the
	// word on protected identity was owed: its Protected column says
	// unknown on some row (workcopyunknown.go). It is ProtectedUnknown
	// too, unless the word was given.
	MarksUndecided bool
	// SheetsRead names the sheets of a workbook looked at: every data
	// sheet, or those ReadOptions.Sheets names.
	SheetsRead []string
	// ReadFor is the export date the file was read for (ReadOptions.Date,
	// today when not given): who has left by it, what of a school-data
	// export is valid on it. Turns are the days on which a school-data
	// export would read otherwise (roster.DateTurns): for another export
	// date across one, it must be read again.
	ReadFor time.Time
	Turns   roster.DateTurns
	// LeaversDate is the day by which the leavers (a status or end-date
	// column) were decided: ReadOptions.Date, or the day read.
	LeaversDate time.Time
	// Sources lists the sheets and files read, in order, each with its
	// own header and columns; the fields above are those of the first.
	// Each row's Source numbers its source in Roster.Sources, which
	// lists the same in the same order.
	Sources []Source

	// titles counts the job titles read as teacher, by their lower-case
	// spelling, until finishNotices says so in one notice; titleSpelling
	// gives each as first read.
	titles        map[string]int
	titleSpelling map[string]string
	// tableTitles are the title lines of the sheet, above its header and
	// between its tables, in order (see titleLine).
	tableTitles []tableTitle
	// preferred says which columns were read in place of the first named
	// as their field, until finishNotices says so.
	preferred preferredUse

	// headers are the header row's cells, cleaned, by column.
	headers []string

	// maps are the user's mappings the reader applies.
	maps []ColumnMap
	// dataRows counts the data rows read, blank ones left out.
	dataRows int
	// identityColumn is the first column mapped to a field that holds
	// personal identity numbers, or "".
	identityColumn string
	// outside are the protection marks of sheets not read as people (a
	// hidden sheet, a leavers' sheet): they still protect the people of
	// the list (protectCopies).
	outside []protectedMark
	// filtered says the sheet has a filter and hides rows
	// (roster.Source.Filtered).
	filtered bool
	// leavers are the people of a leavers' sheet not read as people
	// ("Utskrivna elever"): a row of the list that is one of them gets a
	// warning (noteLeavers).
	leavers []protectedMark
	// undecided are the rows whose Protected cell says unknown
	// (workcopyunknown.go).
	undecided []roster.RowID
}

// sniffSize is how much of a file is looked at to tell its kind.
const sniffSize = 4096

// ReadFile reads a roster from an xlsx or csv file, telling them apart by
// their content, not their name.
func ReadFile(path string) (*Import, error) {
	return ReadFileWith(path, ReadOptions{})
}

// ReadOptions say how to read a file.
type ReadOptions struct {
	// Password opens an encrypted workbook. Without it such a workbook
	// is ErrEncrypted; with a wrong one, ErrWrongPassword.
	Password string
	// Map says what source columns hold, overriding what their headers
	// say (roster --map "HEADER=TARGET"). A column mapped to a field must
	// not hold personal identity numbers: such a file is refused.
	Map []ColumnMap
	// SchoolData says how to read a school-data export (a folder, zip or
	// JSON file of SDS, SS12000 or OneRoster); its Map comes from Map.
	SchoolData schooldata.Options
	// Sheets, when given, are the only sheets of a workbook read (names
	// match ignoring case; roster --sheet); a csv is read whole.
	Sheets []string
	// SkipSheets are sheets of a workbook not to read (names match
	// ignoring case): the window's answer to a TableSheetsError.
	SkipSheets []string
	// Municipality, when not "", fills every empty Municipality cell
	// (roster --municipality), with a notice per source of how many; in
	// a school-data export it is every row's municipality (unless
	// SchoolData.Municipality is given), with a notice of what it replaced.
	Municipality string
	// Date is the export date: a person whose end date is before it has
	// left, and what a school-data export holds counts when valid on it
	// (unless SchoolData.Date is given). The zero date is today.
	Date time.Time
}

// ReadFileWith is ReadFile with options. A reader that panics on a file
// gives an error, never a crash.
func ReadFileWith(path string, opts ReadOptions) (imp *Import, err error) {
	if opts.Date.IsZero() {
		opts.Date = time.Now()
	}
	date := opts.Date
	imp, err = readFile(path, opts)
	if err != nil {
		return nil, err
	}
	if imp.identityColumn != "" {
		return nil, fileError(path, errIdentityMapped(imp.identityColumn))
	}
	imp.ReadFor = date
	imp.LeaversDate = date
	if imp.IsWorkingCopy() {
		// The working copy holds the user's word: classes as they left
		// them, rows left out or taken back in.
		imp.readWorkingCopyMarks()
		imp.readUndecided(opts.SchoolData.NoProtectedMarks)
	} else {
		imp.readSourceColumns(date)
	}
	imp.seal()
	// The same person twice in one sheet or export, marked on one row
	// only (a pupil who moved class mid-year, two person records after a
	// move between schools): both rows are protected, as copies in two
	// files are (tester T27). Safe to run again when files are combined.
	imp.protectCopies()
	imp.fillMunicipality(opts.Municipality)
	return imp, nil
}

// readFile is ReadFileWith without the check of the mapped columns.
func readFile(path string, opts ReadOptions) (imp *Import, err error) {
	defer func() {
		if p := recover(); p != nil {
			imp, err = nil, fileError(path, xlsxread.ErrReaderPanic)
		}
	}()
	f, err := os.Open(path)
	if err != nil {
		return nil, fileError(path, osReason(err))
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, fileError(path, osReason(err))
	}
	if info.IsDir() {
		return readSchoolData(path, opts)
	}
	if info.Size() > xlsxread.MaxFileSize {
		return nil, fileError(path, ErrTooLarge)
	}
	head := make([]byte, sniffSize)
	n, err := io.ReadFull(f, head)
	if err != nil && err != io.ErrUnexpectedEOF && err != io.EOF {
		return nil, fileError(path, osReason(err))
	}
	head = head[:n]
	kind := sniff(head)
	if isSchoolData(path, kind, head) {
		return readSchoolData(path, opts)
	}
	switch kind {
	case kindZip:
		return readWorkbook(f, info.Size(), path, true, opts)
	case kindText:
		if _, err := f.Seek(0, io.SeekStart); err != nil {
			return nil, fileError(path, osReason(err))
		}
		return readCSV(f, path, opts.Map)
	case kindOLE:
		// The directory that names an EncryptionInfo stream can be
		// anywhere in the file.
		if _, err := f.Seek(0, io.SeekStart); err == nil {
			if all, err := io.ReadAll(f); err == nil {
				head = all
			}
		}
		err := kind.err(head)
		if errors.Is(err, ErrEncrypted) && opts.Password != "" {
			return readEncrypted(head, path, opts)
		}
		return nil, fileError(path, err)
	default:
		return nil, fileError(path, kind.err(head))
	}
}
