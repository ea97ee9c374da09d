package editor

import (
	"slices"

	"rosterdesk/internal/i18n"
	"rosterdesk/internal/sheet"
)

// fileRead is one file of the list: its path, the options it was read
// with, and the headed columns it had alone (nil where not known: a file
// of an Import that came combined).
type fileRead struct {
	sheet.FileRead
	columns []sheet.SourceColumn
}

// headerKey names the file's header set (sheet.HeaderSetKey), under which
// the window remembers its column mapping; "" where its columns are not
// known.
func (f fileRead) headerKey() string {
	if f.columns == nil {
		return ""
	}
	headers := make([]string, len(f.columns))
	for i, c := range f.columns {
		headers[i] = c.Header
	}
	return sheet.HeaderSetKey(headers)
}

// filesOf lists the files an Import was read from, in order: the first
// with the Import's columns, the others (an Import of several files
// combined) without.
func filesOf(imp *sheet.Import) []fileRead {
	files := []fileRead{{FileRead: sheet.FileRead{Path: imp.Path}, columns: imp.SourceColumns}}
	for _, s := range imp.Sources {
		if !slices.ContainsFunc(files, func(f fileRead) bool { return f.Path == s.File }) {
			files = append(files, fileRead{FileRead: sheet.FileRead{Path: s.File}})
		}
	}
	return files
}

// hasColumn reports whether cols has a column headed header (as
// sheet.SameHeader compares headers).
func hasColumn(cols []sheet.SourceColumn, header string) bool {
	return slices.ContainsFunc(cols, func(c sheet.SourceColumn) bool { return sheet.SameHeader(c.Header, header) })
}

// AddFile adds the rows of a file read with opts, as AddRows does, and
// keeps the file among the list's: reading the list again (another
// column mapping, another export date) reads it again too, with opts,
// and its columns are offered for mapping.
func (d *Document) AddFile(imp *sheet.Import, opts sheet.ReadOptions) int {
	var file *fileRead
	if d.imported != nil && imp != nil {
		file = &fileRead{FileRead: sheet.FileRead{Path: imp.Path, Options: opts}, columns: imp.SourceColumns}
		for _, c := range imp.SourceColumns {
			if !hasColumn(d.imported.columns, c.Header) {
				d.imported.columns = append(d.imported.columns, c)
			}
		}
	}
	unchanged := !d.EditedSinceRead()
	n := d.addRows(imp)
	if file != nil && n > 0 {
		d.imported.files = append(d.imported.files, *file)
		if unchanged {
			d.imported.readAt = d.history.pos
		}
	}
	return n
}

// EditedSinceRead reports whether the list was changed since its files
// were read (adding a file is reading it): reading them again would lose
// those changes. A list not read from a file has only changes.
func (d *Document) EditedSinceRead() bool {
	return d.imported == nil || d.history.pos != d.imported.readAt
}

// HeaderMaps splits maps by the files of the list they concern, for the
// window to remember each file's under its header set: for each file
// whose columns are known, the maps of its headers.
func (d *Document) HeaderMaps(maps []sheet.ColumnMap) map[string][]sheet.ColumnMap {
	out := map[string][]sheet.ColumnMap{}
	if d.imported == nil {
		return out
	}
	for _, f := range d.imported.files {
		key := f.headerKey()
		if key == "" {
			continue
		}
		var own []sheet.ColumnMap
		for _, m := range maps {
			if hasColumn(f.columns, m.Header) {
				own = append(own, m)
			}
		}
		out[key] = own
	}
	return out
}

// ColumnFiles returns the paths of the list's files that have a column
// headed header, in the order they were read, for the mapping dialog to
// say where each column is; nil where no file's columns are known to
// have it.
func (d *Document) ColumnFiles(header string) []string {
	if d.imported == nil {
		return nil
	}
	var out []string
	for _, f := range d.imported.files {
		if f.columns != nil && hasColumn(f.columns, header) && !slices.Contains(out, f.Path) {
			out = append(out, f.Path)
		}
	}
	return out
}

// ColumnsShareAFile reports whether one file of the list has columns
// headed a and b (a workbook's sheets are one file): one field is read
// from one column of a file, while each file of several has its own.
// It is true where the files' columns are not known.
func (d *Document) ColumnsShareAFile(a, b string) bool {
	if d.imported == nil {
		return true
	}
	for _, f := range d.imported.files {
		if f.columns == nil || hasColumn(f.columns, a) && hasColumn(f.columns, b) {
			return true
		}
	}
	return false
}

// readAgain reads the list's files again, each with the options it was
// read with as change changes them, into a new document (sheet.ReadFiles):
// every file that still has a row in the list, in the order they were
// read. The rows typed or pasted in, and every edit, are not carried over.
func (d *Document) readAgain(change func(*sheet.ReadOptions)) (*Document, error) {
	if d.imported == nil {
		return nil, errNotReadHere
	}
	files := d.filesInUse()
	reads := make([]sheet.FileRead, len(files))
	for i, f := range files {
		reads[i] = f.FileRead
		change(&reads[i].Options)
	}
	columns := make([][]sheet.SourceColumn, len(reads))
	imp, err := sheet.ReadFiles(reads, func(i int, alone *sheet.Import) { columns[i] = alone.SourceColumns })
	if err != nil {
		return nil, err
	}
	next := FromImport(imp)
	next.imported.files = make([]fileRead, len(reads))
	for i, r := range reads {
		next.imported.files[i] = fileRead{FileRead: r, columns: columns[i]}
	}
	return next, nil
}

// errNotReadHere refuses to read again a list that was not read from its
// files in this session: one restored after the program stopped keeps
// its rows and edits but not how its files were read (the files added,
// the sheets, the mapping, the password, the date), and reading its first
// file alone with no options would drop rows and what the user mapped.
var errNotReadHere = &i18n.Error{Message: i18n.T("this list was not read from its files now (it was restored after the program stopped, or typed in), so how to read them again is not known: open the file again with File > Open")}

// filesInUse returns the list's files that still have a row in it, in
// the order they were read; the first file where none has (every row
// deleted or typed in), as reading the list again starts from it. The
// document must have been read from its files (d.imported).
func (d *Document) filesInUse() []fileRead {
	used := map[string]bool{}
	for _, row := range d.roster.Rows {
		if s, ok := d.roster.SourceOf(row); ok {
			used[s.File] = true
		}
	}
	var files []fileRead
	for _, f := range d.imported.files {
		if used[f.Path] {
			files = append(files, f)
		}
	}
	if len(files) == 0 {
		files = d.imported.files[:1]
	}
	return files
}

// FileToAdd is a file read to be added to the list (AddFile).
type FileToAdd struct {
	Import *sheet.Import
	// Options are those it was read with, to read it again so.
	Options sheet.ReadOptions
	// Mapped is the remembered mapping it was read with, if any; MapErr
	// why the remembered mapping could not be applied (it was then read
	// as its headers say).
	Mapped []sheet.ColumnMap
	MapErr error
}

// ReadToAdd reads path with opts to be added to the list, as a file
// opened is read: with the mapping remembered for its header set (what
// remembered returns for the key), if it has one and opts maps nothing.
// It touches no document, so that it can run off the window's goroutine.
func ReadToAdd(path string, opts sheet.ReadOptions, remembered func(headerKey string) []sheet.ColumnMap) (FileToAdd, error) {
	imp, err := sheet.ReadFileWith(path, opts)
	if err != nil {
		return FileToAdd{}, err
	}
	plain := FileToAdd{Import: imp, Options: opts}
	maps := remembered(fileRead{columns: imp.SourceColumns}.headerKey())
	if len(maps) == 0 || len(opts.Map) > 0 {
		return plain, nil
	}
	mappedOpts := opts
	mappedOpts.Map = maps
	mapped, err := sheet.ReadFileWith(path, mappedOpts)
	if err != nil {
		plain.MapErr = err
		return plain, nil
	}
	return FileToAdd{Import: mapped, Options: mappedOpts, Mapped: maps}, nil
}
