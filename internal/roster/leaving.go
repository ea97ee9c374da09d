package roster

import (
	"strconv"
	"strings"
	"time"
)

// StatusKind says what a column that marks leavers holds.
type StatusKind int

// The kinds of leaver column.
const (
	// NoStatus: not a leaver column.
	NoStatus StatusKind = iota
	// StatusWords: a status ("Status", "Tila"): "Aktiv", "Utskriven",
	// "Inactive", "Eronnut".
	StatusWords
	// StatusEnd: an end date or a yes/no that the person has left
	// ("Utskriven", "Slutdatum", "Avgångsdatum", "Päättymispäivä",
	// "End date"): a date, a status word, or an explicit yes or no.
	StatusEnd
)

// statusHeaders are the header keys (see HeaderKey) of leaver columns.
var statusHeaders = map[string]StatusKind{
	"status": StatusWords, "elevstatus": StatusWords, "anstallningsstatus": StatusWords,
	"tila": StatusWords, "oppilaantila": StatusWords, "opiskelijantila": StatusWords,
	"userstatus": StatusWords, "accountstatus": StatusWords,

	"utskriven": StatusEnd, "utskrivningsdatum": StatusEnd, "utskrivendatum": StatusEnd,
	"slutdatum": StatusEnd, "avgangsdatum": StatusEnd, "slutat": StatusEnd,
	"paattymispaiva": StatusEnd, "lopetuspaiva": StatusEnd, "eroamispaiva": StatusEnd,
	"enddate": StatusEnd, "leavingdate": StatusEnd, "leftdate": StatusEnd,
}

// StatusHeader returns the kind of leaver column a header names, or
// NoStatus.
func StatusHeader(header string) StatusKind { return statusHeaders[HeaderKey(header)] }

// StatusColumn is an extra column that marks leavers.
type StatusColumn struct {
	// Index is the column's place in Roster.ExtraColumns.
	Index int
	Kind  StatusKind
}

// StatusColumns lists every extra column whose header names a leaver
// column (a status and an end date may both be there: a person has left
// when either says so).
func (r *Roster) StatusColumns() []StatusColumn {
	var out []StatusColumn
	for i, name := range r.ExtraColumns {
		if k := StatusHeader(name); k != NoStatus {
			out = append(out, StatusColumn{Index: i, Kind: k})
		}
	}
	return out
}

// Leaving is a leaver cell read: a word that says the person has left,
// or the date they leave or left.
type Leaving struct {
	// Clear is false for a value the program cannot read: neither a
	// known status word, a yes or no where the column takes them, nor a
	// date. Such a row is kept, and warned of.
	Clear bool
	// Left says a word or a yes says the person has left.
	Left bool
	// End is the end date, zero when the cell gives none.
	End time.Time
	// Date says an unclear value is a date all the same, one that gives
	// no single day ("2026-11", "nov 2026"); Readings holds the two days
	// of a slashed date that reads both as day/month and month/day
	// ("03/04/2026").
	Date     bool
	Readings []time.Time
}

// LeftBy reports whether the person has left by date: a word says so, or
// the end date is before date (on the end date itself they are still
// there).
func (l Leaving) LeftBy(date time.Time) bool {
	if l.Left {
		return true
	}
	if l.End.IsZero() {
		return false
	}
	y, m, d := date.Date()
	return l.End.Before(time.Date(y, m, d, 0, 0, 0, 0, time.UTC))
}

// RowLeftBy reports whether the row's leaver columns (cols, from
// StatusColumns) say the person has left by date: one readable cell that
// says so is enough. The import leaves such rows out; the export asks
// again for its own date.
func RowLeftBy(row *Row, cols []StatusColumn, date time.Time) bool {
	for _, c := range cols {
		if l := ReadLeaving(c.Kind, row.ExtraValue(c.Index)); l.Clear && l.LeftBy(date) {
			return true
		}
	}
	return false
}

// leaverWords and stayWords are status words, folded (see foldStatus),
// that say a person has left or is still there.
var (
	leaverWords = wordSet("utskriven", "utskrivna", "utskriven elev", "slutat", "slutade", "har slutat",
		"avslutad", "avslutat", "avslutade", "inaktiv", "inaktiverad", "inaktivt", "avgatt", "avgangen",
		"flyttat", "flyttad", "avregistrerad", "left", "inactive", "ended", "terminated", "withdrawn",
		"deactivated", "disabled", "former", "leaver", "eronnut", "lopettanut", "lopettaneet",
		"poistunut", "paattynyt", "ei aktiivinen", "passiivinen", "valmistunut",
		"utflyttad", "utflyttat", "avford", "avforts", "gatt ut", "utgatt", "ej aktiv", "inte aktiv",
		"lamnat", "lamnat skolan", "avliden", "lahtenyt", "muuttanut", "ei kirjoilla")
	stayWords = wordSet("aktiv", "aktiverad", "aktuell", "inskriven", "pagaende", "active", "enrolled",
		"current", "aktiivinen", "voimassa", "lasna", "kirjoilla", "normal", "ok",
		"ny", "nyinskriven", "new", "uusi")
	// yesWords and noWords answer a column such as "Utskriven".
	yesWords = wordSet("ja", "j", "yes", "y", "x", "kylla", "k", "1", "true", "sant", "tosi")
	noWords  = wordSet("nej", "n", "no", "ei", "e", "0", "false", "falskt", "epatosi", "-")
)

func wordSet(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// foldStatus is the form status words are compared in: lower case,
// å ä ö as a a o, invisible characters gone, single spaces.
func foldStatus(s string) string {
	s = strings.Map(func(r rune) rune {
		switch {
		case r == 'å' || r == 'ä':
			return 'a'
		case r == 'ö':
			return 'o'
		case Invisible(r):
			return -1
		}
		return r
	}, strings.ToLower(s))
	return strings.Join(strings.Fields(s), " ")
}

// endLayouts are the date forms an end date is read in: ISO 8601 (as the
// importer writes a date cell, and as Swedish systems export), with a
// time after it, compact, and the Finnish day.month.year.
var endLayouts = []string{"2006-01-02", "2006-01-02 15:04:05", "2006-01-02T15:04:05", "2006-01-02 15:04",
	"20060102", "2006/01/02", "2.1.2006", "02.01.2006", "2.1.2006 15:04", "2.1.2006 15:04:05"}

// ReadLeaving reads a leaver column's cell. An empty cell is a person
// still there.
func ReadLeaving(kind StatusKind, value string) Leaving {
	v := foldStatus(value)
	switch {
	case v == "":
		return Leaving{Clear: true}
	case leaverWords[v]:
		return Leaving{Clear: true, Left: true}
	case stayWords[v]:
		return Leaving{Clear: true}
	case kind == StatusEnd && yesWords[v]:
		return Leaving{Clear: true, Left: true}
	case kind == StatusEnd && noWords[v]:
		return Leaving{Clear: true}
	}
	for _, layout := range endLayouts {
		if t, err := time.Parse(layout, v); err == nil {
			return Leaving{Clear: true, End: t}
		}
	}
	if t, ok := excelSerialDay(v); ok {
		return Leaving{Clear: true, End: t}
	}
	if l, ok := slashedDate(v); ok {
		return l
	}
	return Leaving{Date: strings.ContainsFunc(v, func(r rune) bool { return r >= '0' && r <= '9' })}
}

// excelSerialDay reads a day as Excel counts it, days since 1899-12-30,
// as a csv or a cell without its date format gives it ("46341" is
// 2026-11-15): a whole number, or one with the time as a fraction, from
// 2000 to 2099.
func excelSerialDay(v string) (time.Time, bool) {
	whole, _, _ := strings.Cut(v, ".")
	n, err := strconv.Atoi(whole)
	if err != nil || n < 36526 || n > 73050 {
		return time.Time{}, false
	}
	if _, err := strconv.ParseFloat(v, 64); err != nil {
		return time.Time{}, false
	}
	return time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC).AddDate(0, 0, n), true
}

// slashedDate reads a date written with slashes, as Excel shows one in
// another country: day/month/year ("15/11/2026") or month/day/year
// ("11/15/2026"). One that reads both ways as two days ("03/04/2026") is
// no clear end date: the person may have left in March or in April.
func slashedDate(v string) (Leaving, bool) {
	dm, errDM := time.Parse("2/1/2006", v)
	md, errMD := time.Parse("1/2/2006", v)
	switch {
	case errDM == nil && errMD == nil && !dm.Equal(md):
		return Leaving{Date: true, Readings: []time.Time{dm, md}}, true
	case errDM == nil:
		return Leaving{Clear: true, End: dm}, true
	case errMD == nil:
		return Leaving{Clear: true, End: md}, true
	}
	return Leaving{}, false
}
