package sheet

import (
	"io"
	"strconv"
	"strings"

	"rosterdesk/internal/check"
	"rosterdesk/internal/i18n"
	"rosterdesk/internal/roster"
	"rosterdesk/internal/xlsxread"
)

// Codes of the notices about a workbook's sheets.
const (
	// NoticeSheetsNotRead: sheets with no list of people (a title or
	// information page, an empty sheet) were not read.
	NoticeSheetsNotRead = "sheets_not_read"
	// NoticeClassFromSheet: a sheet without a class column is named as a
	// class (9A), and its rows got that class.
	NoticeClassFromSheet = "class_from_sheet_name"
)

// A sheet "looks like a table" when at least tableRows of its first rows
// have at least tableCells filled cells: a list whose header could not be
// found, which is an error rather than a sheet passed by.
const (
	tableRows  = 3
	tableCells = 3
)

// sheetShape is what the first rows of a sheet without a header hold.
type sheetShape struct {
	// lines counts the rows with anything in them; wide those with at
	// least tableCells filled cells; people those that look like a
	// person (personLike).
	lines, wide, people int
	// mention is the first row whose text mentions protected identity
	// (mentionsProtection), 0 for none.
	mention int
	// named says the sheet holds something and its name mentions
	// protected identity (protectionSheet): "Skyddade" with names only.
	named bool
}

// mentioned reports whether a sheet that holds no list mentions
// protected identity, on a row or by its name.
func (s sheetShape) mentioned() bool { return s.mention > 0 || s.named }

// mentionOf is the warning and the notice of a sheet, which holds no
// list and was not read, that mentions protected identity.
func mentionOf(path, name string, s sheetShape) (check.Problem, Notice) {
	if s.mention == 0 {
		return check.SheetNameMentionsProtection(name), Notice{File: path, Code: NoticeSheetsNotRead,
			Message: i18n.T("NOTE: sheet %q holds no list of people and was not read, but its name mentions protected identity: read it before you export (the warning says so too)", name)}
	}
	return check.SheetMentionsProtection(name, s.mention), Notice{File: path, Code: NoticeSheetsNotRead,
		Message: i18n.T("NOTE: sheet %q holds no list of people and was not read, but its row %d mentions protected identity: read it before you export (the warning says so too)", name, s.mention)}
}

// table reports whether the sheet looks like a list of something: several
// wide rows, or one row that looks like a person (tester A15: a sheet of
// two new pupils typed without a header was passed by with a notice, and
// they were missing from the upload file with 0 errors).
func (s sheetShape) table() bool { return s.wide >= tableRows || s.people > 0 }

// shapeOf sums up the first records of a sheet.
func shapeOf(records []headRecord) sheetShape {
	var s sheetShape
	for _, r := range records {
		filled := 0
		for _, c := range r.cells {
			if strings.TrimSpace(c) != "" {
				filled++
			}
		}
		if filled > 0 {
			s.lines++
		}
		if s.mention == 0 && mentionsProtection(r.cells) {
			s.mention = r.line
		}
		if filled >= tableCells {
			s.wide++
		}
		if personLike(r.cells) {
			s.people++
		}
	}
	return s
}

// personLike reports whether a row of cells holds a cell that is only an
// e-mail address ("ebba.berg@skola.se"), as a person's row does; an
// address inside a sentence of an information page ("Frågor till
// anna@skola.se") is not.
func personLike(cells []string) bool {
	for _, c := range cells {
		c = strings.TrimSpace(c)
		at := strings.IndexByte(c, '@')
		if at > 0 && strings.Count(c, "@") == 1 && !strings.ContainsAny(c, " \t,;:<>()") && strings.Contains(c[at+1:], ".") {
			return true
		}
	}
	return false
}

// sheetRead is what reading one sheet gave: the import, or nil and the
// shape of its first rows when it has no header; skipped is set for a
// sheet --sheet leaves out.
type sheetRead struct {
	name            string
	imp             *Import
	shape           sheetShape
	hidden, skipped bool
	// unasked is set for a sheet that --sheet does not name: it is read
	// for the leavers and protection marks it holds, not as people.
	unasked bool
	// leavers says the sheet's name says it lists people who have left.
	leavers bool
}

// readWorkbook reads every data sheet of an xlsx workbook whose header
// can be found into one list, each sheet with its own header and columns,
// in the order xlsxread gives them (visible sheets first). opts.Sheets,
// when given, limits it to those sheets. A sheet that looks like a table
// but has no header is an error naming it; other sheets without a header
// (a title page, an empty sheet) are named in a notice.
func readWorkbook(r io.ReaderAt, size int64, path string, fast bool, opts ReadOptions) (*Import, error) {
	reads, err := xlsxread.Read(r, size, path, xlsxread.Options{ExcelizeOnly: !fast, AllSheets: true},
		func(s xlsxread.Sheet) (sheetRead, bool, error) {
			if opts.skips(s.Name) {
				return sheetRead{name: s.Name, skipped: true}, false, nil
			}
			imp, shape, err := readSheetRows(&Import{Path: path, Format: "xlsx", Sheet: s.Name, maps: opts.Map}, s)
			if imp != nil && s.Marks != nil {
				imp.readMarks(s.Marks())
			}
			if protectionSheet(s.Name) {
				if imp != nil && imp.ProtectedColumn == "" {
					imp.protectAll()
				}
				shape.named = shape.lines > 0
			}
			if !opts.wantsSheet(s.Name) {
				// Left out by --sheet, but still consulted: a leavers'
				// sheet for who has left, any list for its protection
				// marks, and named in a notice (tester A2). A sheet
				// that cannot be read is left out as before.
				if err != nil {
					imp, shape = nil, sheetShape{}
				}
				return sheetRead{name: s.Name, imp: imp, shape: shape, unasked: true, leavers: leaversSheet(s.Name)}, false, nil
			}
			if len(opts.Sheets) == 0 && leaversSheet(s.Name) {
				// Not read as people, but read for its protection marks.
				return sheetRead{name: s.Name, imp: imp, leavers: true}, false, err
			}
			if imp != nil && s.Hidden != nil {
				hides := false
				for _, row := range imp.Roster.Rows {
					row.Hidden = s.Hidden(row.SourceLine)
					hides = hides || row.Hidden
				}
				// Rows hidden on a sheet with a filter may be hidden
				// only by it (tester A16).
				imp.filtered = hides && s.Filtered != nil && s.Filtered()
			}
			return sheetRead{name: s.Name, imp: imp, shape: shape, hidden: s.SheetHidden}, false, err
		})
	if err != nil {
		return nil, err
	}
	// A hidden sheet with a list is read only when no visible sheet has
	// one, or when --sheet names it: the user does not see it, and it
	// may be an old list kept out of the way.
	visibleList := false
	for _, s := range reads {
		visibleList = visibleList || s.imp != nil && !s.hidden
	}
	var all *Import
	var searched, notRead, hidden, leavers, named, tables, leftOut, unasked []string
	var outside, leaverRows []protectedMark
	var mentions []check.Problem
	var mentionNotices []Notice
	for _, s := range reads {
		if !s.skipped && !s.unasked {
			named = append(named, s.name)
		}
		switch {
		case s.skipped && opts.skips(s.name):
			leftOut = append(leftOut, strconv.Quote(s.name))
		case s.skipped:
		case s.unasked && s.leavers && s.imp != nil:
			leavers = append(leavers, strconv.Quote(s.name))
			outside = append(outside, s.imp.protectedMarks()...)
			leaverRows = append(leaverRows, s.imp.peopleMarks()...)
		case s.unasked && s.imp != nil:
			unasked = append(unasked, strconv.Quote(s.name))
			outside = append(outside, s.imp.protectedMarks()...)
		case s.unasked && s.shape.table():
			unasked = append(unasked, strconv.Quote(s.name))
		case s.unasked && !s.shape.mentioned():
		case s.unasked: // a note on protected identity is said whatever --sheet names
			problem, notice := mentionOf(path, s.name, s.shape)
			mentions, mentionNotices = append(mentions, problem), append(mentionNotices, notice)
		case s.leavers:
			leavers = append(leavers, strconv.Quote(s.name))
			outside = append(outside, s.imp.protectedMarks()...)
			leaverRows = append(leaverRows, s.imp.peopleMarks()...)
		case s.imp != nil && s.hidden && visibleList && len(opts.Sheets) == 0:
			hidden = append(hidden, strconv.Quote(s.name))
			outside = append(outside, s.imp.protectedMarks()...)
		case s.imp != nil:
			s.imp.classFromSheetName()
			s.imp.seal()
			if all == nil {
				all = s.imp
			} else {
				all.Append(s.imp)
			}
		case s.shape.table():
			tables = append(tables, s.name)
		default:
			searched = append(searched, strconv.Quote(s.name))
			if s.shape.mentioned() {
				// Its own notice, not one name among the sheets passed by.
				problem, notice := mentionOf(path, s.name, s.shape)
				mentions, mentionNotices = append(mentions, problem), append(mentionNotices, notice)
			} else {
				notRead = append(notRead, strconv.Quote(s.name))
			}
		}
	}
	if len(tables) > 0 {
		return nil, fileError(path, &TableSheetsError{Sheets: tables})
	}
	if all == nil {
		if len(named) == 0 && len(opts.Sheets) > 0 {
			return nil, fileError(path, &i18n.Error{Message: i18n.T("the workbook has no sheet named %s", quoteJoined(opts.Sheets, " or "))})
		}
		if len(leavers) > 0 && len(searched) == 0 {
			return nil, fileError(path, &i18n.Error{Message: i18n.T("the workbook's only list is on %s, whose name says it lists people who have left; name the sheet with --sheet to read it", strings.Join(leavers, ", ")),
				Window: i18n.T("the workbook's only list is on %s, whose name says it lists people who have left; if they are still at the school, give the sheet another name in Excel and open the file again", strings.Join(leavers, ", "))})
		}
		return nil, fileError(path, noHeader(sheetsSearched(searched)))
	}
	all.SheetsRead = named
	for i := range mentions {
		// A problem of this workbook, whose first sheet read stands
		// for the file (the sheet it is about is named in it).
		mentions[i].Source = 1
	}
	all.Problems = append(all.Problems, mentions...)
	all.Notices = append(all.Notices, mentionNotices...)
	all.outside = append(all.outside, outside...)
	all.leavers = append(all.leavers, leaverRows...)
	if len(notRead) > 0 {
		message := i18n.T("sheet %s holds no list of people and was not read", notRead[0])
		if len(notRead) > 1 {
			message = i18n.T("sheets %s hold no list of people and were not read", strings.Join(notRead, ", "))
		}
		all.Notices = append(all.Notices, Notice{File: path, Code: NoticeSheetsNotRead, Message: message})
	}
	if len(leftOut) > 0 {
		all.Notices = append(all.Notices, Notice{File: path, Code: NoticeSheetsNotRead,
			Message: i18n.T("left out, as asked: %s, which looked like a list whose columns could not be named", strings.Join(leftOut, ", "))})
	}
	if len(unasked) > 0 {
		message := i18n.T("sheet %s seems to list people but was not read, as --sheet names other sheets: name it too if its people belong in the upload file", unasked[0])
		if len(unasked) > 1 {
			message = i18n.T("sheets %s seem to list people but were not read, as --sheet names other sheets: name them too if their people belong in the upload file", strings.Join(unasked, ", "))
		}
		all.Notices = append(all.Notices, Notice{File: path, Code: NoticeSheetsNotRead, Message: message})
	}
	if len(leavers) > 0 {
		message := i18n.T("sheet %s was not read: its name says it lists people who have left; name it with --sheet to read it", leavers[0])
		window := i18n.T("sheet %s was not read: its name says it lists people who have left; if they are still at the school, give the sheet another name in Excel and open the file again", leavers[0])
		if len(leavers) > 1 {
			message = i18n.T("sheets %s were not read: their names say they list people who have left; name them with --sheet to read them", strings.Join(leavers, ", "))
			window = i18n.T("sheets %s were not read: their names say they list people who have left; if they are still at the school, give the sheets other names in Excel and open the file again", strings.Join(leavers, ", "))
		}
		all.Notices = append(all.Notices, Notice{File: path, Code: NoticeSheetsNotRead, Message: message, Window: window})
	}
	if len(hidden) > 0 {
		message := i18n.T("hidden sheet %s has a list of people but was not read, as it is hidden; name it with --sheet to read it", hidden[0])
		window := i18n.T("hidden sheet %s has a list of people but was not read, as it is hidden; to read it, show it in Excel (right-click a sheet tab, Unhide) and open the file again", hidden[0])
		if len(hidden) > 1 {
			message = i18n.T("hidden sheets %s have lists of people but were not read, as they are hidden; name them with --sheet to read them", strings.Join(hidden, ", "))
			window = i18n.T("hidden sheets %s have lists of people but were not read, as they are hidden; to read them, show them in Excel (right-click a sheet tab, Unhide) and open the file again", strings.Join(hidden, ", "))
		}
		all.Notices = append(all.Notices, Notice{File: path, Code: NoticeSheetsNotRead, Message: message, Window: window})
	}
	all.noteSharedPeople()
	return all, nil
}

// wantsSheet reports whether the sheet named name is to be read: every
// sheet, unless Sheets names some (ignoring case), but none SkipSheets
// names.
func (o ReadOptions) wantsSheet(name string) bool {
	if o.skips(name) {
		return false
	}
	return len(o.Sheets) == 0 || sheetNamed(o.Sheets, name)
}

// skips reports whether SkipSheets names the sheet.
func (o ReadOptions) skips(name string) bool { return sheetNamed(o.SkipSheets, name) }

// sheetNamed reports whether names holds name, ignoring case and
// surrounding spaces.
func sheetNamed(names []string, name string) bool {
	for _, s := range names {
		if strings.EqualFold(strings.TrimSpace(s), strings.TrimSpace(name)) {
			return true
		}
	}
	return false
}

// classFromSheetName gives the rows of a sheet without a class column
// the class its name is ("9A", "Klass 9B"), and says so.
func (imp *Import) classFromSheetName() {
	if _, ok := imp.Columns[roster.Class]; ok || imp.Roster == nil {
		return
	}
	class := roster.ParseClass(imp.Sheet)
	if class.Form != roster.ClassStandard {
		return
	}
	n := 0
	for _, row := range imp.Roster.Rows {
		if row.Kind() == roster.Teacher || row.Values[roster.Class] != "" {
			continue
		}
		row.Values[roster.Class] = class.Canonical
		n++
	}
	if n == 0 {
		return
	}
	message := i18n.T("sheet %q has no class column: its %d rows were given the class %s, the sheet's name", imp.Sheet, n, class.Canonical)
	if n == 1 {
		message = i18n.T("sheet %q has no class column: its %d row was given the class %s, the sheet's name", imp.Sheet, n, class.Canonical)
	}
	imp.Notices = append(imp.Notices, Notice{File: imp.Path, Sheet: imp.Sheet, Code: NoticeClassFromSheet, Message: message})
}

// leaverWords are parts of a sheet's name that say it lists people who
// have left the school (Swedish, Finnish, English), in lower case.
var leaverWords = []string{"utskriv", "slutat", "avgång", "avgått", "avgangn", "tidigare", "före detta", "f.d.",
	"lämnat", "flyttat", "historik", "arkiv", "leaver", "former", "päättyn", "lähtenee", "lähteneet", "entiset",
	"eronnee", "eronneet", "poistunee", "arkisto"}

// leaversSheet reports whether a sheet's name says it lists people who
// have left ("Utskrivna elever", "Slutat", "Avgångna 2026", "Tidigare
// elever"): such a list is never read as current pupils unless --sheet
// names it.
func leaversSheet(name string) bool {
	lower := strings.ToLower(name)
	for _, w := range leaverWords {
		if strings.Contains(lower, w) {
			return true
		}
	}
	return false
}
